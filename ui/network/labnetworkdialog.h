// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "services/labnetwork.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace PumpStudio {

/// Tools > Lab Network: the broker telemetry is published to (docs/mqtt.md) and the shared
/// archive (docs/archive.md). Addresses are checked as pumpctl checks them, each problem shown at
/// its field; passwords go to the system keychain, or, where there is none, are kept for this
/// session only (the dialog says so). Saving is audited and needs the right to change policies.
class LabNetworkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabNetworkDialog)

public:
    explicit LabNetworkDialog(Services::LabNetwork &network, QWidget *parent = nullptr);
    ~LabNetworkDialog() override;

    /// What the fields say now.
    Services::LabNetworkSettings settings() const;
    /// The problems shown, one line each (empty when none).
    QString problemsText() const;
    /// Checks the fields; true when they can be saved.
    bool check();

    void accept() override;

private:
    void load(const Services::LabNetworkSettings &s);
    void updateKeychainNote();
    QLineEdit *fieldFor(Services::LabNetworkProblem::Field field) const;

    Services::LabNetwork &m_network;
    QGroupBox *m_telemetry = nullptr;
    QLineEdit *m_brokerUrl = nullptr;
    QLineEdit *m_clientId = nullptr;
    QSpinBox *m_keepAlive = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_brokerPassword = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_prefix = nullptr;
    QCheckBox *m_remoteCommands = nullptr;
    QGroupBox *m_archive = nullptr;
    QLineEdit *m_archiveUrl = nullptr;
    QLineEdit *m_archivePassword = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_brokerPasswordEdited = false;
    bool m_archivePasswordEdited = false;
};

} // namespace PumpStudio
