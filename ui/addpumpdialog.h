// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/portscanner.h"
#include "device/pumpconfig.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio {

namespace Services {
class DeviceService;
}

/// Adds a pump: model first (none is chosen for the user), then port, address and serial
/// settings defaulted from the model. A port that is not there is refused; with a device
/// service, "Test connection" asks the pump for its identity before it is added, and says what
/// to check when it does not answer.
class AddPumpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddPumpDialog)

public:
    AddPumpDialog(const Models::ModelRegistry &models, const QStringList &ports, QWidget *parent = nullptr);

    /// Enables "Test connection" through `devices` (the Devices page passes its service).
    void setConnectionTester(Services::DeviceService *devices);

    Device::PumpConfig config() const;
    /// Chooses a model by id (the Devices page after a scan found one); false when unknown.
    bool chooseModel(const QString &modelId);

    QPushButton *okButton() const { return m_ok; }
    QPushButton *testButton() const { return m_test; }
    /// What stops OK, empty when nothing does.
    QString problemText() const;
    /// What the last connection test found, with what to check when it failed.
    QString testResultText() const;

Q_SIGNALS:
    /// A connection test finished; `answered` when the pump gave its identity.
    void connectionTested(bool answered);

private:
    void applyModelDefaults();
    void updateTubing();
    void validate();
    void testConnection();
    void showTestResult(quint64 token, const Device::ProbeResult &result);

    const Models::ModelRegistry &m_models;
    QStringList m_ports;
    Services::DeviceService *m_devices = nullptr;
    quint64 m_testToken = 0;  ///< the test waited for; 0 when none
    QLineEdit *m_name = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_port = nullptr;
    QSpinBox *m_address = nullptr;
    QComboBox *m_baud = nullptr;
    QComboBox *m_framing = nullptr;
    QComboBox *m_head = nullptr;
    QComboBox *m_tubing = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_test = nullptr;
};

} // namespace PumpStudio
