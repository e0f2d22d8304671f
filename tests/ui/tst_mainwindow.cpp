// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/catalogpage.h"
#include "catalog/catalogtablemodel.h"
#include "democontrols.h"
#include "logpage.h"
#include "mainwindow.h"
#include "profiles/profileeditorpage.h"

#include "core/appsettings.h"
#include "core/logging.h"
#include "profiles/profile.h"
#include "profiles/profilelibrary.h"
#include "records/runrecordreader.h"
#include "services/democontroller.h"
#include "services/deviceservice.h"
#include "services/monitorsession.h"
#include "services/workbench.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(u"settings.ini"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Logging::Options options;
        options.console = false;
        options.memoryCapacity = 500;
        Logging::initialize(options);
    }

    void offersEveryWorkArea()
    {
        AppSettings settings(settingsPath());
        Services::Workbench workbench(settings);
        MainWindow window(workbench);
        QCOMPARE(window.pageIds(),
                 (QStringList{u"devices"_s, u"monitor"_s, u"records"_s, u"audit"_s, u"profiles"_s, u"calibration"_s, u"catalog"_s,
                              u"log"_s}));
    }

    void presentationStartsTheDemoWithCatalogAndSampleReady()
    {
        // Issue 16 item 13: a distributor's start, what main() does for --presentation.
        AppSettings settings(m_dir.filePath(u"presentation.ini"_s));
        QTemporaryDir profiles;
        Profiles::ProfileLibrary library(profiles.path());
        const auto samples = library.installSamples(u"en"_s);
        QVERIFY(samples && samples->size() == 4);
        Services::Workbench workbench(settings);
        MainWindow window(workbench);
        window.profilesPage()->setLibraryFolder(library.directory());
        window.show();
        window.startDemo();
        const QString sample = QDir(library.directory()).filePath(u"dose-and-pause-series.json"_s);
        QVERIFY(window.preparePresentation(sample));
        QCOMPARE(window.currentPageId(), u"monitor"_s);
        QCOMPARE(window.profilesPage()->openPath(), sample);
        QVERIFY(window.findChild<QCheckBox *>(u"catalogFits"_s)->isChecked());
        // The demo's controls are in the status bar, on every page.
        QVERIFY(window.demoControls()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(workbench.demo().running(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(workbench.devices().pumps().size(), 4, 10000);
        // The catalog now shows only what fits the demo's pumps.
        QTRY_VERIFY(window.catalogPage()->visibleRowCount() > 0);
        QVERIFY(window.catalogPage()->visibleRowCount() < int(window.catalogPage()->model()->catalog().items.size()));
        workbench.demo().stop();
        QVERIFY(workbench.devices().pumps().isEmpty());
        window.acceptShutdown();
    }

    void switchesEveryPageFromTheNavigationBar()
    {
        AppSettings settings(settingsPath());
        Services::Workbench workbench(settings);
        MainWindow window(workbench);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QToolBar *>(u"navigationBar"_s);
        QVERIFY(navigation);
        auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
        QVERIFY(pages);
        QSignalSpy changed(&window, &MainWindow::currentPageChanged);
        const QList<QAction *> actions = navigation->actions();
        QCOMPARE(actions.size(), window.pageIds().size());
        for (qsizetype i = actions.size() - 1; i >= 0; --i) {
            actions.at(i)->trigger();
            const QString id = window.pageIds().at(i);
            QCOMPARE(window.currentPageId(), id);
            QCOMPARE(pages->currentWidget()->objectName(), id + u"Page"_s);
            QVERIFY(pages->currentWidget()->isVisible());
            QVERIFY(actions.at(i)->isChecked());
        }
        QVERIFY(changed.count() >= actions.size() - 1);
    }

    void restoresLastPageAndGeometry()
    {
        QRect geometry;
        {
            AppSettings settings(settingsPath());
            Services::Workbench workbench(settings);
            MainWindow window(workbench);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.showPage(u"calibration"_s);
            geometry = window.geometry();
            window.close();
        }
        AppSettings settings(settingsPath());
        QCOMPARE(settings.lastPage(), u"calibration"_s);
        Services::Workbench workbench(settings);
        MainWindow reopened(workbench);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.currentPageId(), u"calibration"_s);
        QCOMPARE(reopened.size(), geometry.size());
    }

    void ignoresAnUnknownPage()
    {
        AppSettings settings(settingsPath());
        Services::Workbench workbench(settings);
        MainWindow window(workbench);
        window.showPage(u"monitor"_s);
        window.showPage(u"nonsense"_s);
        QCOMPARE(window.currentPageId(), u"monitor"_s);
    }

    void logPageShowsWhatWasLogged()
    {
        AppSettings settings(settingsPath());
        Services::Workbench workbench(settings);
        MainWindow window(workbench);
        window.show();
        window.showPage(u"log"_s);
        auto *page = window.findChild<LogPage *>();
        QVERIFY(page);
        const int before = page->visibleRowCount();
        Logging::get("device")->warn("pump 4 stopped answering");
        QTRY_COMPARE(page->visibleRowCount(), before + 1);
    }

    void closingWhileAProfileRunsAsksThenStopsThePumpAndFinishesTheRecord()
    {
        AppSettings settings(settingsPath());
        Services::Workbench workbench(settings);
        const QString records = m_dir.filePath(u"close-records"_s);
        workbench.monitor().setRecordFolder(records);
        MainWindow window(workbench);
        window.show();
        workbench.demo().start(Sim::DemoSimulation::Scenario::NormalDosing);
        const QString reglo = u"demo-reglo-icc-1"_s;
        QTRY_VERIFY_WITH_TIMEOUT(workbench.devices().pump(reglo) && workbench.devices().pump(reglo)->identity, 15000);
        Profiles::Profile profile;
        profile.name = u"long dose"_s;
        profile.modelId = u"reglo-icc"_s;
        profile.steps = {Profiles::constantFlow(Profiles::mlPerMin(1.0), Profiles::seconds(600))};
        workbench.devices().startProfile(reglo, profile);
        QTRY_VERIFY_WITH_TIMEOUT(workbench.devices().pump(reglo)->jobActive, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(workbench.monitor().runActive(), 10000);
        const QString record = workbench.monitor().recordPath();

        QSignalSpy finished(&workbench, &Services::Workbench::shutdownFinished);
        window.close();
        // Pumps this program runs are never left behind a closed window: it asks first.
        QTRY_VERIFY(window.closeQuestion());
        QVERIFY(window.isVisible());
        QVERIFY(workbench.devices().pump(reglo)->jobActive);
        auto *stop = window.closeQuestion()->findChild<QPushButton *>(u"stopAndQuit"_s);
        QVERIFY(stop);
        stop->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QTRY_VERIFY(!window.isVisible());
        // Every pump the program set moving confirmed its stop; the profile's among them.
        const auto stops = finished.at(0).at(0).value<QList<Device::ShutdownStop>>();
        const auto regloStop = std::find_if(stops.begin(), stops.end(), [&](const Device::ShutdownStop &s) { return s.pumpId == reglo; });
        QVERIFY(regloStop != stops.end());
        QVERIFY2(!regloStop->error, regloStop->error ? qPrintable(regloStop->error->message) : "");
        QVERIFY(!workbench.devices().pump(reglo)->jobActive);
        // The record was finished before the window went, and says how the run ended.
        Records::RunRecordReader reader;
        QVERIFY(reader.open(record).ok());
        QCOMPARE(reader.runInfo().endReason, Records::EndReason::Completed);
        const auto events = reader.events();
        QVERIFY(events.ok());
        bool profileAborted = false, stopSaid = false;
        for (const Records::RunEvent &e : *events) {
            profileAborted = profileAborted || (e.kind == u"profile-end"_s && e.text.contains(u"Aborted"_s));
            stopSaid = stopSaid || (e.kind == u"end"_s && e.text.contains(u"Demo Ismatec Reglo ICC"_s));
        }
        QVERIFY(profileAborted);
        QVERIFY(stopSaid);
        // And the pump itself reports it stands still (the device layer still runs).
        QTRY_VERIFY_WITH_TIMEOUT(workbench.devices().pump(reglo)->status && !workbench.devices().pump(reglo)->status->running, 5000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
