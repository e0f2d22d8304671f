// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "mainwindow.h"

#include "aboutdialog.h"
#include "democontrols.h"
#include "audit/approvalbar.h"
#include "audit/auditpage.h"
#include "audit/sessioncontrols.h"
#include "devicespage.h"
#include "calibration/calibrationpage.h"
#include "catalog/catalogpage.h"
#include "catalog/usagesource.h"
#include "logpage.h"
#include "network/brokerstatuslabel.h"
#include "network/labnetworkdialog.h"
#include "monitor/monitorpage.h"
#include "monitor/trendchart.h"
#include "profiles/profileeditorpage.h"
#include "records/recordspage.h"
#include "ui_mainwindow.h"
#include "audit/prompts.h"

#include "accounts/session.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "audit/audittrail.h"
#include "core/paths.h"
#include "services/democontroller.h"
#include "services/deviceservice.h"
#include "services/dryrunservice.h"
#include "services/labnetwork.h"
#include "telemetry/publisherthread.h"
#include "services/monitorsession.h"
#include "services/profileapproval.h"
#include "services/workbench.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QFileInfo>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

MainWindow::MainWindow(Services::Workbench &workbench, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workbench(workbench), m_settings(workbench.settings()),
      m_devices(workbench.devices()), m_session(&workbench.monitor())
{
    Services::DeviceService &devices = m_devices;
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/pumpstudio.svg"_s));
    setCentralWidget(m_ui->pages);
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);

    m_devicesPage = new DevicesPage(devices, workbench.demo(), this);
    addPage(u"devices"_s, u"devices"_s, tr("Devices"), m_devicesPage);
    m_monitorPage = new MonitorPage(devices, *m_session, this);
    addPage(u"monitor"_s, u"monitor"_s, tr("Monitor"), m_monitorPage);
    m_recordsPage = new RecordsPage(this);
    m_recordsPage->setFolder(m_session->recordFolder());
    // A device looks the same in a replay as it does live.
    m_recordsPage->chart()->setDeviceStyles(m_monitorPage->deviceStyles());
    addPage(u"records"_s, u"records"_s, tr("Records"), m_recordsPage);
    connect(m_session, &Services::MonitorSession::runEnded, m_recordsPage, &RecordsPage::refresh);
    m_recordsPage->setSession(&workbench.session());
    m_recordsPage->setNetwork(&workbench.network(), workbench.trail().path());
    auto *auditPage = new AuditPage(workbench.session(), this);
    addPage(u"audit"_s, u"records"_s, tr("Audit"), auditPage);
    // The profile editor under its approval bar; the library's writes pass the session's guard.
    auto *profiles = new ProfileEditorPage(devices.models(), workbench.dryRuns(), this);
    m_profilesPage = profiles;
    profiles->setLibraryGuard(Services::libraryGuard(workbench.session(), [this](const QString &what) {
        return askReasonFor(what);
    }));
    auto *profilesHolder = new QWidget(this);
    auto *profilesLayout = new QVBoxLayout(profilesHolder);
    profilesLayout->setContentsMargins(0, 0, 0, 0);
    profilesLayout->setSpacing(0);
    profilesLayout->addWidget(new ApprovalBar(workbench.session(), *profiles, profilesHolder));
    profilesLayout->addWidget(profiles, 1);
    addPage(u"profiles"_s, u"profiles"_s, tr("Profiles"), profilesHolder);
    auto *calibration = new CalibrationPage(workbench, this);
    addPage(u"calibration"_s, u"calibration"_s, tr("Calibration"), calibration);
    connect(calibration, &CalibrationPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    auto *catalog = new CatalogPage(m_settings, this);
    m_catalogPage = catalog;
    catalog->setModelRegistry(&devices.models());
    addPage(u"catalog"_s, u"catalog"_s, tr("Catalog"), catalog);
    // "Fits my pumps" knows the pumps configured on the Devices page.
    const auto feedCatalog = [this, catalog] {
        std::vector<Catalog::PumpUsage> pumps;
        for (const Device::PumpSnapshot &s : m_devices.pumps())
            pumps.push_back(Catalog::PumpUsage{s.config.modelId, s.config.headId, s.config.tubingId, 0.0, {}});
        catalog->usageSource()->setConfiguredPumps(std::move(pumps));
    };
    connect(&m_devices, &Services::DeviceService::pumpChanged, catalog, feedCatalog);
    connect(&m_devices, &Services::DeviceService::pumpRemoved, catalog, feedCatalog);
    feedCatalog();
    addPage(u"log"_s, u"log"_s, tr("Log"), new LogPage(this));

    m_connectionLabel = new QLabel(this);
    m_demoLabel = new QLabel(tr("Demo: simulated pumps"), this);
    m_demoLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_demoLabel);
    // The scenario and Stop Demo where a distributor is looking, whichever page that is.
    m_demoControls = new DemoControls(workbench.demo(), this);
    m_demoControls->setObjectName(u"statusDemoControls"_s);
    m_demoControls->setVisible(false);
    statusBar()->addPermanentWidget(m_demoControls);
    connect(m_demoControls, &DemoControls::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    statusBar()->addPermanentWidget(m_connectionLabel);
    // Telemetry's state from the publisher's signals: off, connecting, connected, offline.
    m_brokerStatus = new BrokerStatusLabel(this);
    statusBar()->addPermanentWidget(m_brokerStatus);
    const auto showBroker = [this](bool running, const Telemetry::PublisherStatus &status) {
        Telemetry::PublisherThread *publisher = m_workbench.network().publisher();
        m_brokerStatus->setStatus(running, status, publisher ? publisher->baseTopic() : QString());
    };
    connect(&workbench.network(), &Services::LabNetwork::telemetryStatusChanged, this, showBroker);
    showBroker(workbench.network().telemetryRunning(), workbench.network().telemetryStatus());
    updateConnectionState(0, 0);
    connect(&devices, &Services::DeviceService::connectionSummaryChanged, this, &MainWindow::updateConnectionState);
    connect(m_devicesPage, &DevicesPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_monitorPage, &MonitorPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_recordsPage, &RecordsPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(auditPage, &AuditPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // What the core refused is said where the user looks, once each time.
    connect(&devices, &Services::DeviceService::refused, this, [this](const QString &, const Error &why) {
        statusBar()->showMessage(why.message, 10000);
    });
    connect(m_session, &Services::MonitorSession::actionRefused, this, [this](const QString &why) { statusBar()->showMessage(why, 10000); });
    connect(m_session, &Services::MonitorSession::recordRecovered, this, [this](const QString &path, const QString &what) {
        statusBar()->showMessage(tr("%1 was ended by a crash: marked interrupted, recovered %2.").arg(QFileInfo(path).fileName(), what), 15000);
    });
    m_sessionControls = new SessionControls(workbench, this);
    statusBar()->insertPermanentWidget(0, m_sessionControls->label());
    QMenu *sessionMenu = new QMenu(tr("&Session"), this);
    sessionMenu->setObjectName(u"menuSession"_s);
    m_sessionControls->populate(sessionMenu);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), sessionMenu);
    connect(m_sessionControls, &SessionControls::permissionsChanged, this, &MainWindow::applyPermissions);
    connect(&workbench.demo(), &Services::DemoController::demoStarted, this, [this] {
        m_demoLabel->setVisible(true);
        m_demoControls->setVisible(true);
        setWindowTitle(tr("PumpStudio (demo)"));
    });
    connect(&workbench.demo(), &Services::DemoController::demoStopped, this, [this] {
        m_demoLabel->setVisible(false);
        setWindowTitle(u"PumpStudio"_s);
    });

    QMenu *toolsMenu = new QMenu(tr("&Tools"), this);
    toolsMenu->setObjectName(u"menuTools"_s);
    QAction *labNetwork = toolsMenu->addAction(tr("&Lab Network…"), this, &MainWindow::showLabNetwork);
    labNetwork->setObjectName(u"actionLabNetwork"_s);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), toolsMenu);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionOpenDataFolder, &QAction::triggered, this,
            [] { QDesktopServices::openUrl(QUrl::fromLocalFile(Paths::dataDir())); });
    connect(m_ui->actionWebsite, &QAction::triggered, this,
            [] { QDesktopServices::openUrl(QUrl(u"https://www.ywfluid.com"_s)); });

    restoreLayout();
    applyPermissions();
}

MainWindow::~MainWindow() = default;

std::optional<QString> MainWindow::askReasonFor(const QString &what) { return askReason(this, what); }

void MainWindow::applyPermissions()
{
    using P = Accounts::Permission;
    const Accounts::Session &session = m_workbench.session();
    const bool nobody = session.isControlled() && !session.isLoggedIn() && !session.isDemoWithoutLogin();
    // Pages a role has no use for are not shown; the core refuses what is left anyway.
    const QHash<QString, QList<P>> needs{{u"records"_s, {P::ViewRecords}},
                                         {u"audit"_s, {P::ViewAudit}},
                                         {u"profiles"_s, {P::EditProfiles, P::ApproveProfiles, P::RunProfiles}},
                                         {u"calibration"_s, {P::Calibrate, P::CheckCalibration}},
                                         {u"catalog"_s, {P::UseCatalog}}};
    const QList<QAction *> actions = m_pageActions->actions();
    for (qsizetype i = 0; i < m_pageIds.size() && i < actions.size(); ++i) {
        const QList<P> wanted = needs.value(m_pageIds.at(i));
        bool visible = !nobody;
        if (visible && !wanted.isEmpty())
            visible = std::any_of(wanted.cbegin(), wanted.cend(), [&session](P p) { return session.may(p) || session.may(p, true); });
        actions.at(i)->setVisible(visible || m_pageIds.at(i) == u"log");
    }
    m_ui->pages->setEnabled(!nobody);
    const qsizetype current = m_pageIds.indexOf(currentPageId());
    if (current >= 0 && !actions.at(current)->isVisible()) {
        for (qsizetype i = 0; i < actions.size(); ++i) {
            if (actions.at(i)->isVisible()) {
                showPage(m_pageIds.at(i));
                break;
            }
        }
    }
}

void MainWindow::addPage(const QString &id, const QString &iconName, const QString &title, QWidget *page)
{
    const int index = m_ui->pages->addWidget(page);
    page->setObjectName(id + u"Page"_s);
    auto *action = new QAction(QIcon(u":/icons/%1.svg"_s.arg(iconName)), title, m_pageActions);
    action->setCheckable(true);
    action->setData(id);
    action->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(index + 1)));
    action->setToolTip(u"%1 (%2)"_s.arg(title, action->shortcut().toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
    m_ui->navigationBar->addAction(action);
    m_ui->menuView->addAction(action);
    m_pageIds.append(id);
}

QStringList MainWindow::pageIds() const
{
    return m_pageIds;
}

QString MainWindow::currentPageId() const
{
    const int index = m_ui->pages->currentIndex();
    return index >= 0 && index < m_pageIds.size() ? m_pageIds.at(index) : QString();
}

void MainWindow::showPage(const QString &id)
{
    const auto index = m_pageIds.indexOf(id);
    if (index < 0) {
        Logging::get("ui")->warn("no page named \"{}\"", id);
        return;
    }
    m_pageActions->actions().at(index)->setChecked(true);
    if (m_ui->pages->currentIndex() == index)
        return;
    m_ui->pages->setCurrentIndex(static_cast<int>(index));
    Q_EMIT currentPageChanged(id);
}

void MainWindow::startDemo()
{
    m_demoControls->setVisible(true);
    m_demoControls->startDemo();
}

bool MainWindow::preparePresentation(const QString &profilePath)
{
    m_catalogPage->setFitsMyPumps(true);
    const bool opened = m_profilesPage->openProfile(profilePath);
    if (!opened)
        Logging::get("ui")->warn("presentation: the sample profile {} did not open", profilePath);
    showPage(u"monitor"_s);
    return opened;
}

void MainWindow::updateConnectionState(int connected, int lost)
{
    QString text;
    if (connected == 0 && lost == 0)
        text = tr("No pumps connected");
    else if (lost == 0)
        text = tr("%n pump(s) connected", nullptr, connected);
    else
        text = tr("%n pump(s) connected, %1 link(s) lost", nullptr, connected).arg(lost);
    m_connectionLabel->setText(text);
}

void MainWindow::showLabNetwork()
{
    LabNetworkDialog dialog(m_workbench.network(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Lab network settings saved."), 8000);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        // First start: most of the screen, centred.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(available.size() * 0.85);
        move(available.center() - rect().center());
    }
    restoreState(m_settings.mainWindowState());
    m_monitorPage->restoreLayout(m_settings.value(u"monitor/splitter"_s).toByteArray());
    const QString last = m_settings.lastPage();
    showPage(m_pageIds.contains(last) ? last : m_pageIds.constFirst());
}

void MainWindow::saveLayout()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setValue(u"monitor/splitter"_s, m_monitorPage->saveLayout());
    m_settings.setLastPage(currentPageId());
    m_settings.sync();
}

QStringList MainWindow::pumpsUnderControl() const
{
    QStringList names;
    for (const Device::PumpSnapshot &s : m_devices.pumps()) {
        if (s.jobActive || (s.startedByProgram && s.status && s.status->running))
            names.append(s.config.displayName());
    }
    return names;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_mayClose) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_workbench.shuttingDown() || m_closeQuestion)
        return;
    saveLayout();
    const QStringList running = pumpsUnderControl();
    if (running.isEmpty()) {
        shutDownAndClose();
        return;
    }
    // Pumps this program controls are not left running behind a closed window: stop or stay.
    m_closeQuestion = new QMessageBox(QMessageBox::Warning, tr("Pumps Are Running"),
                                      tr("PumpStudio controls pumps that are running: %1.\n\nClosing stops them, ends any "
                                         "running profile and finishes the run record.")
                                          .arg(running.join(tr(", "))),
                                      QMessageBox::NoButton, this);
    m_closeQuestion->setObjectName(u"closeQuestion"_s);
    QPushButton *stop = m_closeQuestion->addButton(tr("Stop All and Quit"), QMessageBox::DestructiveRole);
    stop->setObjectName(u"stopAndQuit"_s);
    QPushButton *cancel = m_closeQuestion->addButton(QMessageBox::Cancel);
    m_closeQuestion->setDefaultButton(cancel);
    m_closeQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_closeQuestion, &QMessageBox::finished, this, [this, stop] {
        const bool quit = m_closeQuestion->clickedButton() == stop;
        m_closeQuestion = nullptr;
        if (quit)
            shutDownAndClose();
    });
    m_closeQuestion->open();
}

void MainWindow::acceptShutdown()
{
    if (m_closeQuestion)
        m_closeQuestion->close();
    saveLayout();
    m_mayClose = true;
}

void MainWindow::shutDownAndClose()
{
    statusBar()->showMessage(tr("Stopping the pumps and finishing the run record…"));
    connect(&m_workbench, &Services::Workbench::shutdownFinished, this, [this] {
        m_mayClose = true;
        close();
    }, Qt::SingleShotConnection);
    m_workbench.shutdown();
}

} // namespace PumpStudio
