// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "devicespage.h"

#include "addpumpdialog.h"
#include "democontrols.h"
#include "audit/permissiongate.h"
#include "pumptablemodel.h"

#include "core/messagetext.h"
#include "core/paths.h"
#include "device/connectionhelp.h"
#include "services/democontroller.h"
#include "models/balanceregistry.h"
#include "services/calibrationstatus.h"
#include "services/deviceservice.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using PumpStudio::Device::PumpCommand;

namespace PumpStudio {

namespace {

QString number(const std::optional<double> &v, int decimals, const QString &unit)
{
    // messageNumber: a device answering 3.4e38 must not fill the panel with 39 digits.
    return v ? messageNumber(*v, decimals, QLocale()) + u' ' + unit : QStringLiteral("–");
}

} // namespace

DevicesPage::DevicesPage(Services::DeviceService &devices, Services::DemoController &demo, QWidget *parent)
    : QWidget(parent), m_devices(devices), m_demo(demo)
{
    m_pumps = new PumpTableModel(this);
    for (const Device::PumpSnapshot &s : devices.pumps())
        m_pumps->upsert(s);

    auto *add = new QPushButton(tr("Add Pump…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_connect = new QPushButton(tr("Connect"), this);
    m_disconnect = new QPushButton(tr("Disconnect"), this);
    auto *stopAll = new QPushButton(tr("Stop All Pumps"), this);
    stopAll->setToolTip(tr("Send stop to every connected pump"));
    // Scenario and Start/Stop Demo; the scenario switches while the demo runs (issue 16 item 13).
    m_demoControls = new DemoControls(m_demo, this);
    connect(m_demoControls, &DemoControls::statusMessage, this, &DevicesPage::statusMessage);

    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(m_remove);
    bar->addWidget(m_connect);
    bar->addWidget(m_disconnect);
    bar->addSpacing(16);
    bar->addWidget(stopAll);
    bar->addStretch();
    bar->addWidget(m_demoControls);

    m_pumpView = new QTableView(this);
    m_pumpView->setModel(m_pumps);
    m_pumpView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pumpView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pumpView->verticalHeader()->hide();
    m_pumpView->horizontalHeader()->setStretchLastSection(true);
    m_pumpView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pumpView->horizontalHeader()->setSectionResizeMode(PumpTableModel::LastError, QHeaderView::Stretch);
    // A port path (/tmp/PumpStudio-FMUhpe/reglo, /dev/serial/by-id/usb-FTDI_…), a model and a device's
    // identity are long: at 1280 px they pushed the link state off the table. They get a width
    // of their own, cut in the middle (the whole text is the tooltip), and can be widened.
    m_pumpView->setTextElideMode(Qt::ElideMiddle);
    m_pumpView->setWordWrap(false);
    for (const auto &[column, width] : {std::pair{int(PumpTableModel::Model), 190}, std::pair{int(PumpTableModel::Port), 170},
                                         std::pair{int(PumpTableModel::Identity), 220}}) {
        m_pumpView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_pumpView->horizontalHeader()->resizeSection(column, width);
    }

    // Details of the selected pump.
    m_statusText = new QLabel(this);
    m_statusText->setTextFormat(Qt::RichText);
    m_statusText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_statsText = new QLabel(this);
    m_statsText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_statsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusBox = new QGroupBox(tr("Pump"), this);
    (new QVBoxLayout(statusBox))->addWidget(m_statusText);
    auto *statsBox = new QGroupBox(tr("Link statistics"), this);
    (new QVBoxLayout(statsBox))->addWidget(m_statsText);

    m_control = new QGroupBox(tr("Control"), this);
    m_speed = new QDoubleSpinBox(m_control);
    m_speed->setDecimals(2);
    m_speed->setSuffix(tr(" rpm"));
    m_speed->setRange(0, 10000);
    auto *setSpeed = new QPushButton(tr("Set Speed"), m_control);
    auto *start = new QPushButton(tr("Start"), m_control);
    auto *stop = new QPushButton(tr("Stop"), m_control);
    auto *cw = new QPushButton(tr("CW"), m_control);
    auto *ccw = new QPushButton(tr("CCW"), m_control);
    cw->setToolTip(tr("Clockwise"));
    ccw->setToolTip(tr("Counter-clockwise"));
    auto *controlLayout = new QGridLayout(m_control);
    controlLayout->addWidget(m_speed, 0, 0, 1, 2);
    controlLayout->addWidget(setSpeed, 0, 2);
    controlLayout->addWidget(start, 1, 0);
    controlLayout->addWidget(stop, 1, 1);
    controlLayout->addWidget(cw, 2, 0);
    controlLayout->addWidget(ccw, 2, 1);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(statusBox);
    detailsLayout->addWidget(m_control);
    detailsLayout->addWidget(statsBox, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_pumpView);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    // Ports: listed, never opened, unless the user asks for a scan.
    m_ports = new QTableWidget(0, 4, this);
    m_ports->setHorizontalHeaderLabels({tr("Port"), tr("Description"), tr("USB VID:PID"), tr("Serial number")});
    m_ports->verticalHeader()->hide();
    m_ports->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ports->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ports->horizontalHeader()->setStretchLastSection(true);
    m_ports->setMaximumHeight(150);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *scan = new QPushButton(tr("Scan Selected Port"), this);
    scan->setToolTip(tr("Sends each model's harmless identity query at its serial settings. Other equipment on the port "
                        "will see these bytes: scan only ports you know."));
    auto *portsBox = new QGroupBox(tr("Serial ports"), this);
    auto *portsLayout = new QVBoxLayout(portsBox);
    auto *portButtons = new QHBoxLayout;
    portButtons->addWidget(refresh);
    portButtons->addWidget(scan);
    portButtons->addStretch();
    portsLayout->addWidget(m_ports);
    portsLayout->addLayout(portButtons);

    // A bad model file in the user's models folder is skipped; say so here, not only in the log.
    m_modelErrors = new QLabel(this);
    m_modelErrors->setObjectName(u"modelErrors"_s);
    m_modelErrors->setWordWrap(true);
    m_modelErrors->setTextFormat(Qt::RichText);
    m_modelErrors->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_modelErrors->setOpenExternalLinks(true);
    m_modelErrors->setStyleSheet(u"QLabel { background:#fde0dc; color:#7f1010; padding:6px; border-radius:4px; }"_s);
    showModelErrors();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_modelErrors);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    // Balances are devices too (the Calibration wizard weighs with them): shown while there are any.
    auto *balancesBox = new QGroupBox(tr("Balances"), this);
    m_balancesBox = balancesBox;
    m_balances = new QTableWidget(0, 4, balancesBox);
    m_balances->setObjectName(u"balances"_s);
    m_balances->setHorizontalHeaderLabels({tr("Balance"), tr("Type"), tr("Model"), tr("Port")});
    m_balances->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_balances->horizontalHeader()->setStretchLastSection(true);
    m_balances->verticalHeader()->hide();
    m_balances->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_balances->setMaximumHeight(90);
    auto *balancesLayout = new QVBoxLayout(balancesBox);
    balancesLayout->addWidget(m_balances);
    layout->addWidget(balancesBox);
    layout->addWidget(portsBox);
    connect(&m_demo, &Services::DemoController::demoStarted, this, &DevicesPage::showBalances);
    connect(&m_demo, &Services::DemoController::demoStopped, this, &DevicesPage::showBalances);
    showBalances();

    connect(add, &QPushButton::clicked, this, &DevicesPage::addPump);
    connect(m_remove, &QPushButton::clicked, this, &DevicesPage::removeSelected);
    connect(m_connect, &QPushButton::clicked, this, [this] { m_devices.connectPump(selectedId()); });
    connect(m_disconnect, &QPushButton::clicked, this, [this] { m_devices.disconnectPump(selectedId()); });
    connect(stopAll, &QPushButton::clicked, &m_devices, &Services::DeviceService::stopAll);
    // What the role acting now may not do is not offered (the core refuses it anyway).
    auto *gate = new PermissionGate(m_devices, this);
    add->setObjectName(u"addPump"_s);
    m_remove->setObjectName(u"removePump"_s);
    m_connect->setObjectName(u"connectPump"_s);
    m_disconnect->setObjectName(u"disconnectPump"_s);
    m_control->setObjectName(u"pumpControl"_s);
    stopAll->setObjectName(u"stopAllPumps"_s);
    gate->require(add, Accounts::Permission::ConfigurePumps);
    gate->require(m_remove, Accounts::Permission::ConfigurePumps);
    gate->require(m_connect, Accounts::Permission::ControlPumps);
    gate->require(m_disconnect, Accounts::Permission::ControlPumps);
    gate->require(m_control, Accounts::Permission::ControlPumps);
    gate->require(stopAll, Accounts::Permission::StopPumps);
    const auto command = [this](PumpCommand c) { m_devices.sendCommand(selectedId(), c); };
    m_speed->setObjectName(u"speed"_s);
    setSpeed->setObjectName(u"setSpeed"_s);
    connect(setSpeed, &QPushButton::clicked, this, [this, command] {
        command(PumpCommand{PumpCommand::Kind::Speed, Device::Direction::Clockwise, m_speed->value(), std::nullopt});
    });
    // The box shows the pump's setpoint until the user types another one; a value the pump
    // refused goes back to the setpoint it kept.
    connect(m_speed, &QDoubleSpinBox::valueChanged, this, [this] { m_speedEdited = true; });
    connect(start, &QPushButton::clicked, this, [command] { command(PumpCommand{PumpCommand::Kind::Start, {}, 0, {}}); });
    connect(stop, &QPushButton::clicked, this, [command] { command(PumpCommand{PumpCommand::Kind::Stop, {}, 0, {}}); });
    connect(cw, &QPushButton::clicked, this, [command] {
        command(PumpCommand{PumpCommand::Kind::Direction, Device::Direction::Clockwise, 0, {}});
    });
    connect(ccw, &QPushButton::clicked, this, [command] {
        command(PumpCommand{PumpCommand::Kind::Direction, Device::Direction::CounterClockwise, 0, {}});
    });
    connect(refresh, &QPushButton::clicked, &m_devices, &Services::DeviceService::refreshPorts);
    connect(scan, &QPushButton::clicked, this, &DevicesPage::scanSelectedPort);
    connect(m_pumpView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_speedEdited = false;
        showDetails();
        updateButtons();
    });

    connect(&m_devices, &Services::DeviceService::pumpChanged, this, [this](const Device::PumpSnapshot &s) {
        m_pumps->upsert(s);
        if (m_pumpView->selectionModel()->selectedRows().isEmpty() && m_pumps->rowCount() > 0)
            m_pumpView->selectRow(0);
        if (s.config.id == selectedId()) {
            showDetails();
            updateButtons();
        }
    });
    connect(&m_devices, &Services::DeviceService::pumpRemoved, m_pumps, &PumpTableModel::remove);
    // Calibration due states: cached by the service, so nothing here reads the history.
    Services::CalibrationStatus &calibration = m_devices.calibrationStatus();
    connect(&calibration, &Services::CalibrationStatus::changed, this,
            [this, &calibration](const QString &id) { m_pumps->setCalibration(id, calibration.state(id)); });
    for (const Device::PumpSnapshot &s : m_devices.pumps())
        m_pumps->setCalibration(s.config.id, calibration.state(s.config.id));
    connect(&m_devices, &Services::DeviceService::portsListed, this, [this](const QList<Device::PortDescription> &ports) {
        m_ports->setRowCount(static_cast<int>(ports.size()));
        for (int i = 0; i < ports.size(); ++i) {
            const Device::PortDescription &p = ports.at(i);
            m_ports->setItem(i, 0, new QTableWidgetItem(p.systemLocation));
            m_ports->setItem(i, 1, new QTableWidgetItem(p.description));
            m_ports->setItem(i, 2, new QTableWidgetItem(p.vidPid()));
            m_ports->setItem(i, 3, new QTableWidgetItem(p.serialNumber));
        }
    });
    connect(&m_devices, &Services::DeviceService::scanFinished, this,
            [this](const QString &path, const QList<Device::ScanHit> &hits, const QString &error,
                   const QList<Device::ScanAttempt> &tried) {
                // What was asked (models, bauds, addresses) and what answered (issue 16 item 15).
                QMessageBox::information(this, tr("Scan Finished"),
                                         Device::scanReportText(path, hits, error, tried, m_devices.models()));
            });
    connect(&m_devices, &Services::DeviceService::commandFinished, this,
            [this](const QString &id, const Device::PumpCommand &sent, const Result<void> &result) {
                // Taken or refused, the box shows what the pump runs at now (the next status
                // read brings a setpoint it took).
                if (id == selectedId() && sent.kind == PumpCommand::Kind::Speed) {
                    if (result)
                        m_speedEdited = false;
                    else
                        showSetpoint(true);
                }
                Q_EMIT statusMessage(result ? sent.doneText() : tr("Refused: %1").arg(result.error().message));
            });
    connect(&m_demo, &Services::DemoController::demoFault, this, &DevicesPage::statusMessage);

    m_devices.refreshPorts();
    updateButtons();
    showDetails();
}

void DevicesPage::showModelErrors()
{
    constexpr std::size_t kListed = 5;
    const auto &errors = m_devices.models().errors();
    m_modelErrors->setVisible(!errors.empty());
    if (errors.empty()) {
        m_modelErrors->clear();
        return;
    }
    QStringList lines;
    QStringList all;
    for (const Models::ModelLoadError &e : errors) {
        all << e.text();
        if (static_cast<std::size_t>(lines.size()) < kListed)
            lines << e.text().toHtmlEscaped();
    }
    if (errors.size() > kListed)
        lines << tr("… and %n more (see the log)", nullptr, static_cast<int>(errors.size() - kListed));
    const QString folder = Paths::dataSubdir(u"models"_s);
    m_modelErrors->setText(
        u"<b>%1</b> %2<br>%3"_s.arg(tr("%n model file(s) could not be loaded.", nullptr, static_cast<int>(errors.size())),
                                    tr("Their pumps cannot be added until the file is fixed in <a href=\"%1\">%2</a>; "
                                       "the other models work.")
                                        .arg(QUrl::fromLocalFile(folder).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                             QDir::toNativeSeparators(folder).toHtmlEscaped()),
                                    lines.join(u"<br>"_s)));
    m_modelErrors->setToolTip(all.join(u'\n'));
}

void DevicesPage::showSetpoint(bool evenWhileTyping)
{
    if (!evenWhileTyping && (m_speedEdited || m_speed->hasFocus()))
        return;
    m_speedEdited = false;
    const auto snapshot = m_devices.pump(selectedId());
    const std::optional<double> rpm = snapshot && snapshot->status ? snapshot->status->setSpeedRpm : std::nullopt;
    const QSignalBlocker quiet(m_speed);
    m_speed->setValue(rpm.value_or(0.0));
}

void DevicesPage::showBalances()
{
    Models::BalanceRegistry registry;
    const auto balances = m_demo.balances();
    if (!balances.isEmpty())
        registry.loadDefault();
    m_balances->setRowCount(0);
    for (const Sim::DemoSimulation::BalanceLine &b : balances) {
        const Models::BalanceModel *model = registry.find(b.modelId);
        const QString modelName = model ? model->displayName : b.modelId;
        const int row = m_balances->rowCount();
        m_balances->insertRow(row);
        m_balances->setItem(row, 0, new QTableWidgetItem(tr("Demo %1").arg(modelName)));
        m_balances->setItem(row, 1, new QTableWidgetItem(tr("Balance")));
        m_balances->setItem(row, 2, new QTableWidgetItem(u"%1 (%2)"_s.arg(modelName, b.modelId)));
        m_balances->setItem(row, 3, new QTableWidgetItem(b.path));
    }
    m_balancesBox->setVisible(!balances.isEmpty());
}

QString DevicesPage::selectedId() const
{
    const QModelIndexList rows = m_pumpView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(PumpTableModel::IdRole).toString();
}

void DevicesPage::startDemo()
{
    m_demoControls->startDemo();
}

void DevicesPage::addPump()
{
    QStringList ports;
    for (int row = 0; row < m_ports->rowCount(); ++row)
        ports << m_ports->item(row, 0)->text();
    AddPumpDialog dialog(m_devices.models(), ports, this);
    dialog.setConnectionTester(&m_devices);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = m_devices.addPump(dialog.config());
    if (id.isEmpty())
        return;
    m_devices.connectPump(id);
    // The new pump is selected, its details (and a failed connect's error) shown, and its row
    // scrolled into view with the error column (issue 16 item 15: it was off-screen in Chinese).
    const int row = m_pumps->rowOf(id);
    if (row >= 0) {
        m_pumpView->selectRow(row);
        m_pumpView->scrollTo(m_pumps->index(row, PumpTableModel::LastError));
    }
}

void DevicesPage::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const auto snapshot = m_devices.pump(id);
    if (QMessageBox::question(this, tr("Remove Pump"),
                              tr("Remove %1? It is disconnected first; a running pump is not stopped.")
                                  .arg(snapshot ? snapshot->config.displayName() : id))
        != QMessageBox::Yes)
        return;
    m_devices.removePump(id);
}

void DevicesPage::scanSelectedPort()
{
    const auto rows = m_ports->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        QMessageBox::information(this, tr("Scan"), tr("Select a port to scan first."));
        return;
    }
    const QString path = m_ports->item(rows.constFirst().row(), 0)->text();
    Q_EMIT statusMessage(tr("Scanning %1…").arg(path));
    m_devices.scanPort(path);
}

void DevicesPage::updateButtons()
{
    const auto snapshot = m_devices.pump(selectedId());
    const bool connected = snapshot && snapshot->link != Device::LinkState::Closed && snapshot->link != Device::LinkState::Failed;
    m_remove->setEnabled(snapshot.has_value());
    m_connect->setEnabled(snapshot && !connected);
    m_disconnect->setEnabled(connected);
    m_control->setEnabled(snapshot && snapshot->link == Device::LinkState::Connected && snapshot->identity
                          && snapshot->config.modelId != u"pressure-modbus"_s);
}

void DevicesPage::showDetails()
{
    const auto s = m_devices.pump(selectedId());
    if (!s) {
        m_statusText->setText(tr("Add a pump, or start the demo to try PumpStudio with simulated pumps."));
        m_statsText->clear();
        return;
    }
    QString status;
    status += u"<b>%1</b><br>"_s.arg(s->config.displayName().toHtmlEscaped());
    status += tr("%1 on %2 (%3)").arg(s->config.modelId, s->config.serial.portName, s->config.serial.summary()).toHtmlEscaped()
              + u"<br>"_s;
    status += tr("Link: %1").arg(Device::linkStateText(s->link)) + u"<br>"_s;
    if (s->status) {
        const Device::PumpStatus &st = *s->status;
        if (st.pressure) {
            status += tr("Pressure: %1").arg(number(st.pressure, 3, st.pressureUnit)) + u"<br>"_s;
        } else {
            status += (st.running ? tr("Running") : tr("Stopped"));
            if (st.direction)
                status += u", "_s + Device::directionText(*st.direction);
            if (st.mode)
                status += u", "_s + Device::operatingModeText(*st.mode);
            status += u"<br>"_s + tr("Speed: %1").arg(number(st.setSpeedRpm, 2, tr("rpm")));
            status += u"<br>"_s + tr("Flow: %1").arg(number(st.flowMlPerMin, 3, tr("mL/min")));
            status += u"<br>"_s + tr("Dispensed: %1").arg(number(st.dispensedMl, 3, tr("mL")));
        }
    }
    showSetpoint();
    if (s->lastError)
        status += u"<br><span style='color:#c62828'>%1</span>"_s.arg(s->lastError->message.toHtmlEscaped());
    m_statusText->setText(status);
    const Device::LinkStats &t = s->stats;
    m_statsText->setText(tr("Frames sent: %1\nFrames received: %2\nTransactions ok / failed: %3 / %4\nTimeouts: %5\n"
                            "Retries: %6\nChecksum errors: %7\nGarbage bytes: %8\nUnsolicited frames: %9")
                             .arg(t.framesSent).arg(t.framesReceived).arg(t.transactionsOk).arg(t.transactionsFailed)
                             .arg(t.timeouts).arg(t.retries).arg(t.checksumErrors).arg(t.garbageBytes).arg(t.unsolicitedFrames)
                         + u"\n"_s
                         + tr("Disconnects / reconnects: %1 / %2").arg(t.disconnects).arg(t.reconnects));
}

} // namespace PumpStudio
