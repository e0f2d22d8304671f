// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "services/deviceservice.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace PumpStudio {

/// Asks how a profile run goes on once its pump answers again after a lost link: resume the
/// step, skip it or abort the run. Meant to be opened with open() (window-modal, never exec()):
/// the Monitor page closes it when the run leaves the lost-link state some other way.
class PumpBackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PumpBackDialog)

public:
    PumpBackDialog(const QString &pumpName, const QString &profileName, QWidget *parent = nullptr);

    void setProgress(const Profiles::ProfileRunner::Progress &progress);
    /// The button for Resume, Skip or Abort (null for the other actions).
    QPushButton *button(Services::ProfileAction action) const;

Q_SIGNALS:
    /// The operator chose; the dialog closes itself.
    void actionChosen(PumpStudio::Services::ProfileAction action);

private:
    QLabel *m_step = nullptr;
    QLabel *m_volume = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_abort = nullptr;
};

} // namespace PumpStudio
