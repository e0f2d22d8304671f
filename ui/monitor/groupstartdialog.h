// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profilelibrary.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace PumpStudio::Services {
class DeviceService;
}

namespace PumpStudio {

class GroupStartModel;

/// "Run profiles together": tick the connected pumps, choose a profile for each, read each
/// one's pre-run check, and start them at one instant on the device thread (all or none).
/// Errors keep Start disabled; warnings are listed and confirmed once.
class GroupStartDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupStartDialog)

public:
    GroupStartDialog(Services::DeviceService &devices, const Profiles::ProfileLibrary &library, QWidget *parent = nullptr);

    GroupStartModel *model() const { return m_model; }
    QPushButton *startButton() const { return m_start; }
    /// "Start despite the warnings": shown only when checked rows have warnings.
    QCheckBox *warningsConfirmation() const { return m_confirmWarnings; }

Q_SIGNALS:
    /// The runs were handed to the device thread; its answers come as profile progress.
    void started(const QStringList &pumpIds);

private:
    void updateState();
    void start();

    Services::DeviceService &m_devices;
    GroupStartModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_findings = nullptr;
    QCheckBox *m_confirmWarnings = nullptr;
    QLabel *m_blocker = nullptr;
    QPushButton *m_start = nullptr;
    QStringList m_confirmedWarnings;  ///< what m_confirmWarnings was ticked for
};

} // namespace PumpStudio
