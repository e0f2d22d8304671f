// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "monitorpage.h"

#include "accounts/session.h"
#include "audit/audittrail.h"
#include "audit/permissiongate.h"
#include "services/deviceservice.h"
#include "monitor/alarmmodel.h"
#include "monitor/devicestyles.h"
#include "monitor/flowlayout.h"
#include "monitor/groupstartdialog.h"
#include "services/monitorsession.h"
#include "monitor/pumpbackdialog.h"
#include "monitor/pumppanel.h"
#include "monitor/trendchart.h"
#include "records/csvexport.h"
#include "records/runrecordreader.h"
#include "records/backgroundexport.h"
#include "records/runreport.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

MonitorPage::MonitorPage(Services::DeviceService &devices, Services::MonitorSession &session, QWidget *parent)
    : QWidget(parent), m_devices(devices), m_session(session), m_library(Profiles::ProfileLibrary::atDefaultLocation())
{
    auto *layout = new QVBoxLayout(this);

    // The banner: unacknowledged alarms, impossible to miss.
    m_banner = new QFrame(this);
    m_banner->setObjectName(u"alarmBanner"_s);
    m_banner->setStyleSheet(u"#alarmBanner { background: #b00020; border-radius: 4px; } #alarmBanner QLabel { color: white; font-weight: bold; }"_s);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    auto *ack = new QPushButton(tr("Acknowledge all"), m_banner);
    ack->setObjectName(u"acknowledgeAll"_s);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(ack);
    m_banner->hide();
    layout->addWidget(m_banner);
    connect(ack, &QPushButton::clicked, &session, &Services::MonitorSession::acknowledgeAll);

    auto *bar = new QHBoxLayout;
    auto *startAll = new QPushButton(tr("Start all"), this);
    startAll->setObjectName(u"startAll"_s);
    auto *stopAll = new QPushButton(tr("Stop all"), this);
    stopAll->setObjectName(u"stopAll"_s);
    stopAll->setStyleSheet(u"font-weight: bold;"_s);
    m_groupButton = new QPushButton(tr("Run profiles together…"), this);
    m_groupButton->setObjectName(u"runTogether"_s);
    connect(m_groupButton, &QPushButton::clicked, this, &MonitorPage::openGroupStart);
    m_runLabel = new QLabel(this);
    m_runLabel->setObjectName(u"runLabel"_s);
    m_recordButton = new QPushButton(this);
    m_recordButton->setObjectName(u"recordButton"_s);
    m_recordButton->setToolTip(tr("Runs are recorded by themselves when a pump starts. Record now also records "
                                  "lines with sensors only; End run closes the record."));
    connect(m_recordButton, &QPushButton::clicked, this, [this] {
        if (m_session.runActive())
            m_session.endRun(tr("Ended by the operator"));
        else
            m_session.startRunNow();
    });
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    auto *png = new QPushButton(tr("Chart as PNG…"), this);
    auto *svg = new QPushButton(tr("Chart as SVG…"), this);
    auto *pdf = new QPushButton(tr("Run report (PDF)…"), this);
    bar->addWidget(startAll);
    bar->addWidget(stopAll);
    bar->addWidget(m_groupButton);
    bar->addWidget(m_recordButton);
    bar->addWidget(m_runLabel, 1);
    bar->addWidget(csv);
    bar->addWidget(png);
    bar->addWidget(svg);
    bar->addWidget(pdf);
    layout->addLayout(bar);
    connect(startAll, &QPushButton::clicked, this, [this] {
        for (const auto &p : m_devices.pumps()) {
            const auto *model = m_devices.models().find(p.config.modelId);
            if (p.link == Device::LinkState::Connected && model && model->kind != Models::Kind::PressureSensor) {
                const Device::PumpCommand start{Device::PumpCommand::Kind::Start, Device::Direction::Clockwise, 0, std::nullopt};
                m_devices.sendCommand(p.config.id, start);
            }
        }
    });
    connect(stopAll, &QPushButton::clicked, &m_devices, &Services::DeviceService::stopAll);
    connect(csv, &QPushButton::clicked, this, &MonitorPage::exportCsv);
    connect(png, &QPushButton::clicked, this, [this] { exportImage(false); });
    connect(svg, &QPushButton::clicked, this, [this] { exportImage(true); });
    connect(pdf, &QPushButton::clicked, this, &MonitorPage::exportReport);
    // What the role acting now may not do is not offered (the core refuses it anyway).
    auto *gate = new PermissionGate(m_devices, this);
    gate->require(startAll, Accounts::Permission::ControlPumps);
    gate->require(stopAll, Accounts::Permission::StopPumps);
    gate->require(m_groupButton, Accounts::Permission::RunProfiles);
    gate->require(ack, Accounts::Permission::AcknowledgeAlarms);
    for (QPushButton *b : {csv, png, svg, pdf})
        gate->require(b, Accounts::Permission::ExportData);

    // The panels wrap into rows at their natural width (squeezed side by side they cut their
    // numbers and units short); the strip scrolls down when the splitter gives it less height.
    auto *panels = new QWidget;
    panels->setObjectName(u"panelStrip"_s);
    m_panelRow = new FlowLayout(panels);
    m_noPumps = new QLabel(tr("No pump is connected. Connect pumps on the Devices page, or start the demo there."), panels);
    m_noPumps->setObjectName(u"noPumps"_s);
    m_panelRow->addWidget(m_noPumps);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"panelScroll"_s);
    scroll->setWidget(panels);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_chart = new TrendChart(this);
    m_styles = std::make_shared<DeviceStyles>();
    m_chart->setDeviceStyles(m_styles);
    m_chart->setStore(session.store());

    m_alarmModel = new AlarmModel(this);
    m_alarmView = new QTableView(this);
    m_alarmView->setObjectName(u"alarmView"_s);
    m_alarmView->setModel(m_alarmModel);
    m_alarmView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Time, source, value and state as wide as what they hold (in either language); the message
    // takes the rest.
    for (int column = 0; column < AlarmModel::ColumnCount; ++column)
        m_alarmView->horizontalHeader()->setSectionResizeMode(column, column == AlarmModel::Message ? QHeaderView::Stretch
                                                                                                     : QHeaderView::ResizeToContents);
    m_alarmView->verticalHeader()->hide();
    m_alarmView->setToolTip(tr("Double-click an alarm to acknowledge it."));
    connect(m_alarmView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { m_session.acknowledge(index.data(AlarmModel::AlarmIdRole).toInt()); });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"monitorSplitter"_s);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_alarmView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({290, 470, 110});  // a row of compact panels, whole, at 1280 x 800
    layout->addWidget(m_splitter, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterSetByUser = true; });

    connect(&devices, &Services::DeviceService::pumpChanged, this, &MonitorPage::onPumpChanged);
    connect(&devices, &Services::DeviceService::pumpRemoved, this, &MonitorPage::onPumpRemoved);
    connect(&session, &Services::MonitorSession::alarmConfigChanged, this, &MonitorPage::updateLimitLines);
    connect(&session, &Services::MonitorSession::liveChanged, this, [this](const QString &id) {
        if (PumpPanel *p = m_panels.value(id))
            p->updateLive();
    });
    connect(&devices, &Services::DeviceService::profileStarted, this, [this](const QString &id, const Profiles::Profile &profile) {
        m_profileNames.insert(id, profile.name);
        if (PumpPanel *panel = m_panels.value(id))
            panel->showProfileStarting(profile.name);
    });
    connect(&devices, &Services::DeviceService::profileProgressChanged, this, &MonitorPage::onProfileProgress);
    connect(&devices, &Services::DeviceService::profileFinished, this,
            [this](const QString &id, Profiles::ProfileRunner::State state, const QString &message) {
                if (PumpPanel *panel = m_panels.value(id)) {
                    Profiles::ProfileRunner::Progress p = m_devices.profileProgress(id).value_or(Profiles::ProfileRunner::Progress{});
                    p.state = state;
                    p.message = message;
                    panel->updateProfile(p);
                }
                m_pumpBackSeen.remove(id);
                closePumpBack(id);
                Q_EMIT statusMessage(message);
            });
    connect(&session, &Services::MonitorSession::alarmsChanged, this, &MonitorPage::onAlarmsChanged);
    connect(&session, &Services::MonitorSession::alarmRaised, this, &MonitorPage::onAlarmRaised);
    connect(&session, &Services::MonitorSession::runStarted, this, &MonitorPage::updateRunLabel);
    connect(&session, &Services::MonitorSession::runEnded, this, &MonitorPage::updateRunLabel);
    connect(&session, &Services::MonitorSession::recordError, this, [this](const QString &message) {
        Q_EMIT statusMessage(message);
        m_runLabel->setText(message);
    });
    for (const auto &p : devices.pumps())
        onPumpChanged(p);
    updateGroupButton();
    updateRunLabel();
}

void MonitorPage::onPumpChanged(const Device::PumpSnapshot &snapshot)
{
    PumpPanel *panel = m_panels.value(snapshot.config.id);
    const bool shown = snapshot.link != Device::LinkState::Closed || snapshot.identity;
    if (!panel && shown) {
        // A device keeps the look it has by its place among the configured devices.
        QStringList order;
        for (const auto &p : m_devices.pumps())
            order.append(p.config.id);
        m_styles->setOrder(order);
        panel = new PumpPanel(m_devices, m_session, snapshot.config.id);
        panel->setProfileLibrary(m_library);
        m_panels.insert(snapshot.config.id, panel);
        m_panelRow->insertWidget(m_panelRow->count(), panel);
        m_noPumps->hide();
        updateLimitLines();
        fitPanelRow();
    }
    if (panel)
        panel->updateSnapshot(snapshot);
    updateGroupButton();
}

void MonitorPage::fitPanelRow()
{
    // Until the operator places the splitter, the strip is as high as its first row of panels
    // (a Chinese panel is taller than an English one): whole, with no scroll bar for a few
    // pixels, and never more than 45 % of the page, so the chart keeps its room.
    if (m_splitterSetByUser)
        return;
    int row = 0;
    for (const PumpPanel *panel : std::as_const(m_panels))
        row = std::max(row, panel->sizeHint().height());
    if (row <= 0)
        return;
    const QMargins margins = m_panelRow->contentsMargins();
    const int wanted = row + margins.top() + margins.bottom() + 2 * std::max(0, m_panelRow->spacing());
    QList<int> sizes = m_splitter->sizes();
    const int total = std::accumulate(sizes.begin(), sizes.end(), 0);
    if (sizes.size() != 3 || total <= 0)
        return;
    const int strip = std::min(wanted, total * 45 / 100);
    const int rest = total - strip;
    const int chart = rest * 3 / 4;
    m_splitter->setSizes({strip, chart, rest - chart});
}

void MonitorPage::updateLimitLines()
{
    QList<TrendChart::LimitLine> lines;
    for (const QString &id : m_panels.keys()) {
        const Device::AlarmConfig config = m_session.alarmConfig(id);
        const auto snapshot = m_devices.pump(id);
        const auto *model = snapshot ? m_devices.models().find(snapshot->config.modelId) : nullptr;
        const bool pressure = model && model->kind == Models::Kind::PressureSensor;
        const QString unit = config.unit;
        const auto add = [&](const std::optional<Device::AlarmLimit> &limit, const QString &label) {
            if (limit)
                lines.append(TrendChart::LimitLine{id, pressure, limit->value,
                                                   label.arg(QLocale().toString(limit->value, 'g', 4), unit).trimmed()});
        };
        add(config.low, tr("Low %1 %2"));
        add(config.high, tr("High %1 %2"));
        add(config.highHigh, tr("High-high %1 %2"));
    }
    m_chart->setLimitLines(lines);
}

void MonitorPage::onPumpRemoved(const QString &id)
{
    if (PumpPanel *panel = m_panels.take(id))
        panel->deleteLater();
    m_noPumps->setVisible(m_panels.isEmpty());
    m_pumpBackSeen.remove(id);
    closePumpBack(id);
    updateGroupButton();
}

QByteArray MonitorPage::saveLayout() const
{
    return m_splitter->saveState();
}

void MonitorPage::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty() && m_splitter->restoreState(state))
        m_splitterSetByUser = true;
}

void MonitorPage::setProfileFolder(const QString &folder)
{
    m_library = Profiles::ProfileLibrary(folder);
    for (PumpPanel *panel : std::as_const(m_panels))
        panel->setProfileLibrary(m_library);
}

void MonitorPage::updateGroupButton()
{
    qsizetype pumps = 0;
    for (const auto &p : m_devices.pumps()) {
        const auto *model = m_devices.models().find(p.config.modelId);
        if (p.link == Device::LinkState::Connected && model && model->kind != Models::Kind::PressureSensor)
            ++pumps;
    }
    m_groupButton->setEnabled(pumps >= 2);
    m_groupButton->setToolTip(pumps >= 2 ? tr("Start profiles on several pumps at one instant, all or none.")
                                         : tr("Needs at least two connected pumps."));
}

GroupStartDialog *MonitorPage::groupStartDialog() const
{
    return m_groupStart;
}

PumpBackDialog *MonitorPage::pumpBackDialog(const QString &pumpId) const
{
    return m_pumpBack.value(pumpId);
}

void MonitorPage::openGroupStart()
{
    if (m_groupStart) {
        m_groupStart->raise();
        m_groupStart->activateWindow();
        return;
    }
    m_groupStart = new GroupStartDialog(m_devices, m_library, this);
    connect(m_groupStart, &QDialog::finished, m_groupStart, &QObject::deleteLater);
    connect(m_groupStart, &GroupStartDialog::started, this, [this](const QStringList &ids) {
        Q_EMIT statusMessage(tr("Starting %1 profiles together…").arg(ids.size()));
    });
    m_groupStart->open();
}

void MonitorPage::onProfileProgress(const QString &id, const Profiles::ProfileRunner::Progress &p)
{
    if (PumpPanel *panel = m_panels.value(id))
        panel->updateProfile(p);
    const bool back = p.state == Profiles::ProfileRunner::State::LinkLost && p.pumpBack;
    if (!back) {
        // Resumed, skipped or aborted from the panel, or the link went again: the question is moot.
        m_pumpBackSeen.remove(id);
        closePumpBack(id);
        return;
    }
    if (PumpBackDialog *open = m_pumpBack.value(id)) {
        open->setProgress(p);
        return;
    }
    if (m_pumpBackSeen.contains(id))
        return;  // asked once already and dismissed: the panel offers the same choice
    m_pumpBackSeen.insert(id);
    const auto snapshot = m_devices.pump(id);
    const QString pumpName = snapshot ? snapshot->config.displayName() : id;
    // Opened, never exec()'d: this runs in a signal handler, and the GUI goes on meanwhile.
    auto *dialog = new PumpBackDialog(pumpName, m_profileNames.value(id), this);
    dialog->setProgress(p);
    connect(dialog, &PumpBackDialog::actionChosen, this,
            [this, id](Services::ProfileAction action) { m_devices.controlProfile(id, action); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    m_pumpBack.insert(id, dialog);
    dialog->open();
    QApplication::beep();
    Q_EMIT statusMessage(tr("%1 is back: choose how its profile run goes on.").arg(pumpName));
}

void MonitorPage::closePumpBack(const QString &id)
{
    if (const QPointer<PumpBackDialog> dialog = m_pumpBack.take(id))
        dialog->done(QDialog::Rejected);
}

void MonitorPage::onAlarmsChanged()
{
    const auto alarms = m_session.alarms();
    m_alarmModel->setAlarms(alarms);
    QStringList open;
    for (const auto &a : alarms) {
        if (!a.acknowledged)
            open.append(a.message);
    }
    m_banner->setVisible(!open.isEmpty());
    if (!open.isEmpty())
        m_bannerText->setText(open.size() == 1 ? open.front()
                                               : tr("%n unacknowledged alarms. Newest: %1", nullptr, int(open.size())).arg(open.front()));
}

void MonitorPage::onAlarmRaised(const Monitor::AlarmEntry &alarm)
{
    QApplication::beep();  // the sound: the desktop's alert
    Q_EMIT statusMessage(tr("Alarm: %1").arg(alarm.message));
}

bool MonitorPage::bannerVisible() const
{
    return !m_banner->isHidden();
}

QString MonitorPage::bannerText() const
{
    return m_bannerText->text();
}

void MonitorPage::updateRunLabel()
{
    if (m_session.runActive()) {
        m_runLabel->setText(tr("Recording: %1").arg(QFileInfo(m_session.recordPath()).fileName()));
        m_recordButton->setText(tr("End run"));
    } else {
        m_runLabel->setText(tr("Not recording: a run starts by itself when a pump starts."));
        m_recordButton->setText(tr("Record now"));
    }
}

bool MonitorPage::mayExport(const QString &title)
{
    // The buttons are disabled for a role without the permission; asked again here, as the
    // Records page does, since who is logged in may have changed since.
    if (Accounts::Session *session = m_devices.session()) {
        if (auto allowed = session->check(Accounts::Permission::ExportData); !allowed) {
            QMessageBox::warning(this, title, allowed.error().message);
            return false;
        }
    }
    return true;
}

void MonitorPage::auditExport(const QString &target, const QString &action)
{
    // Exports are in the audit trail wherever they are made (issue 13): the record (or the
    // chart) as target, what was written where as the action.
    Accounts::Session *session = m_devices.session();
    if (!session)
        return;
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Export;
    draft.target = target;
    draft.action = action;
    (void)session->record(draft);
}

void MonitorPage::exportCsv()
{
    const QString record = m_session.recordPath();
    if (record.isEmpty()) {
        QMessageBox::information(this, tr("Export CSV"), tr("No run is being recorded. Past runs are exported from the Records page."));
        return;
    }
    if (!mayExport(tr("Export CSV")))
        return;
    const auto target = askCsvTarget(this, tr("Export CSV"), QFileInfo(record).completeBaseName() + u".csv"_s);
    if (target)
        exportCsvTo(target->path, target->layout);
}

void MonitorPage::exportCsvTo(const QString &path, Records::CsvLayout layout)
{
    const QString record = m_session.recordPath();
    if (record.isEmpty() || !mayExport(tr("Export CSV")))
        return;
    Records::CsvExportOptions options = Records::defaultCsvOptions();
    options.layout = layout;
    if (!m_chart->isFollowing()) {  // the range on screen, when the user picked one
        options.t0Us = m_chart->visibleStartUs();
        options.t1Us = m_chart->visibleEndUs();
    }
    // The record is being written on its thread; the export reads what is flushed so far.
    exportCsvInBackground(this, record, path, options, [this, record, path](const ExportOutcome &outcome) {
        if (outcome.ok) {
            auditExport(QFileInfo(record).fileName(), tr("Run being recorded exported as CSV to %1").arg(path));
            Q_EMIT statusMessage(outcome.message);
            Q_EMIT exported(path);
        } else if (outcome.error.code != Error::Code::Cancelled) {
            QMessageBox::warning(this, tr("Export CSV"), outcome.error.message);
        }
    });
}

void MonitorPage::exportImage(bool svg)
{
    if (!mayExport(svg ? tr("Chart as SVG") : tr("Chart as PNG")))
        return;
    const QString filter = svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, svg ? tr("Chart as SVG") : tr("Chart as PNG"),
                                                      svg ? u"chart.svg"_s : u"chart.png"_s, filter);
    if (!path.isEmpty())
        exportImageTo(path, svg);
}

bool MonitorPage::exportImageTo(const QString &path, bool svg)
{
    if (!mayExport(svg ? tr("Chart as SVG") : tr("Chart as PNG")))
        return false;
    QString error;
    if (!(svg ? m_chart->saveSvg(path, &error) : m_chart->savePng(path, &error))) {
        QMessageBox::warning(this, tr("Export"), error);
        return false;
    }
    const QString record = m_session.recordPath();
    auditExport(record.isEmpty() ? tr("live chart") : QFileInfo(record).fileName(),
                svg ? tr("Chart saved as SVG to %1").arg(path) : tr("Chart saved as PNG to %1").arg(path));
    Q_EMIT statusMessage(tr("Chart saved to %1").arg(path));
    Q_EMIT exported(path);
    return true;
}

void MonitorPage::exportReport()
{
    const QString record = m_session.recordPath();
    if (record.isEmpty()) {
        QMessageBox::information(this, tr("Run report"), tr("No run is being recorded. Reports of past runs are made on the Records page."));
        return;
    }
    if (!mayExport(tr("Run report")))
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Run report"), QFileInfo(record).completeBaseName() + u".pdf"_s,
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportReportTo(path);
}

void MonitorPage::exportReportTo(const QString &path)
{
    const QString record = m_session.recordPath();
    if (record.isEmpty() || !mayExport(tr("Run report")))
        return;
    writeRunReportInBackground(this, record, path, reportFigures(*m_session.store(), m_chart->reportImage()),
                               [this, record, path](const ExportOutcome &outcome) {
                                   if (outcome.ok) {
                                       auditExport(QFileInfo(record).fileName(), tr("Report of the run being recorded written to %1").arg(path));
                                       Q_EMIT statusMessage(outcome.message);
                                       Q_EMIT exported(path);
                                   } else if (outcome.error.code != Error::Code::Cancelled) {
                                       QMessageBox::warning(this, tr("Run report"), outcome.error.message);
                                   }
                               });
}

} // namespace PumpStudio
