// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace PumpStudio::Device {
struct PumpSnapshot;
}
namespace PumpStudio::Services {
class DeviceService;
class DemoController;
}

namespace PumpStudio {

class DemoControls;
class PumpTableModel;

/// Devices: serial ports with their identity, the configured pumps with link state, statistics
/// and last error, adding and scanning, a direct control for the selected pump, and the demo.
class DevicesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesPage)

public:
    DevicesPage(Services::DeviceService &devices, Services::DemoController &demo, QWidget *parent = nullptr);

    PumpTableModel *pumpModel() const { return m_pumps; }
    QTableWidget *balanceTable() const { return m_balances; }
    /// Starts the demo with the scenario chosen in the page (the --demo option and the button).
    void startDemo();

Q_SIGNALS:
    /// A message for the status bar.
    void statusMessage(const QString &text);

private:
    QString selectedId() const;
    void addPump();
    void removeSelected();
    void showDetails();
    void scanSelectedPort();
    void updateButtons();
    void showModelErrors();
    /// The balances on the lines (the demo's while it runs), with their type and port.
    void showBalances();
    /// The selected pump's speed setpoint into the box, unless the user is typing another.
    void showSetpoint(bool evenWhileTyping = false);

    Services::DeviceService &m_devices;
    Services::DemoController &m_demo;
    PumpTableModel *m_pumps = nullptr;
    QTableView *m_pumpView = nullptr;
    QTableWidget *m_ports = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
    DemoControls *m_demoControls = nullptr;
    QLabel *m_modelErrors = nullptr;
    QLabel *m_statusText = nullptr;
    QLabel *m_statsText = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    bool m_speedEdited = false;  ///< the box holds a value the user typed and has not sent yet
    QWidget *m_control = nullptr;
    QWidget *m_balancesBox = nullptr;
    QTableWidget *m_balances = nullptr;
};

} // namespace PumpStudio
