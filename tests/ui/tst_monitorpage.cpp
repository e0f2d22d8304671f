// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The Monitor and Records pages offscreen with the demo's simulated pumps behind the real
// device stack: panels, the live chart, limits refused before sending, the alarm banner and
// list, and a finished run listed, searched and replayed.
#include "core/appsettings.h"
#include "services/democontroller.h"
#include "services/deviceservice.h"
#include "monitor/alarmmodel.h"
#include "monitor/monitorpage.h"
#include "services/monitorsession.h"
#include "monitor/pumppanel.h"
#include "monitor/trendchart.h"
#include "profiles/profile.h"
#include "records/recordspage.h"
#include "records/runlistmodel.h"
#include "records/runrecordreader.h"
#include "records/runreport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

class TestMonitorPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void monitorsTheDemoAndReplaysTheRun()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        Services::DeviceService devices(settings);
        Services::MonitorSession session(devices, settings);
        Services::DemoController demo(devices);
        session.setRecordFolder(dir.filePath(u"records"_s));
        MonitorPage page(devices, session);
        page.resize(1400, 900);
        page.show();
        demo.start(Sim::DemoSimulation::Scenario::NormalDosing);

        const QString reglo = u"demo-reglo-icc-1"_s;
        const QString sensor = u"demo-pressure-modbus-1"_s;
        QTRY_VERIFY_WITH_TIMEOUT(page.panel(reglo) && page.panel(sensor) && page.panel(u"demo-longer-bt100-2j-1"_s)
                                     && page.panel(u"demo-leadfluid-bt100s-2"_s), 15000);
        // The demo starts its pumps: a run is recorded without anyone asking.
        QTRY_VERIFY_WITH_TIMEOUT(session.runActive(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(session.store()->channel(1) != nullptr, 10000);
        TrendChart *chart = page.chart();
        QTRY_VERIFY_WITH_TIMEOUT(chart->pointsInSeries() > 0, 10000);
        // Whatever the history, the series hold at most first/min/max/last per pixel column.
        const int lines = int(session.store()->channelIds().size());
        QVERIFY(chart->pointsInSeries() <= qsizetype(4 * chart->width() * lines));
        QVERIFY(chart->readoutAt(session.store()->lastTimeUs()).contains(u"mL/min"_s));

        // Issue 16 item 6: the panels wrap at their natural width, nothing in them cut short.
        QTRY_VERIFY_WITH_TIMEOUT(page.panel(reglo)->isVisible(), 5000);
        for (PumpPanel *p : page.findChildren<PumpPanel *>()) {
            QVERIFY2(p->width() >= p->sizeHint().width(), qPrintable(p->objectName()));
            for (QComboBox *combo : p->findChildren<QComboBox *>())
                QVERIFY2(combo->width() >= combo->minimumSizeHint().width(), qPrintable(p->objectName()));
        }
        auto *scroll = page.findChild<QScrollArea *>(u"panelScroll"_s);
        QVERIFY(scroll && !scroll->horizontalScrollBar()->isVisible());
        // One row of panels fits whole: no scroll bar for the last few pixels of a panel.
        QTRY_VERIFY(!scroll->verticalScrollBar()->isVisible());
        // The splitter's position is the user's: saved and restored.
        {
            auto *splitter = page.findChild<QSplitter *>(u"monitorSplitter"_s);
            QVERIFY(splitter);
            splitter->setSizes({300, 400, 100});
            const QList<int> sizes = splitter->sizes();
            MonitorPage other(devices, session);
            other.resize(page.size());
            other.restoreLayout(page.saveLayout());
            other.show();
            QTRY_COMPARE(other.findChild<QSplitter *>(u"monitorSplitter"_s)->sizes(), sizes);
        }

        // Limits are checked before anything is sent, and the limit is named.
        PumpPanel *panel = page.panel(reglo);
        // Scrolling over the panel does not turn its controls: a wheel event on an unfocused
        // direction box or setpoint changes nothing (and is left for the scroll area).
        for (const QString &name : {u"direction"_s, u"setpoint"_s}) {
            QWidget *control = panel->findChild<QWidget *>(name);
            QVERIFY2(control, qPrintable(name));
            QVERIFY(!control->hasFocus());
            const QVariant before = control->property(name == u"direction"_s ? "currentIndex" : "value");
            QWheelEvent wheel(QPointF(5, 5), control->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(control, &wheel);
            QCOMPARE(control->property(name == u"direction"_s ? "currentIndex" : "value"), before);
        }
        // The setpoint box shows what the pump is set to (issue 16 item 4), also when it was set
        // elsewhere (the Devices page, a script), not the box's start-up default.
        devices.sendCommand(reglo, Device::PumpCommand::speed(45));
        const auto pumpSetpoint = [&] {
            const auto s = devices.pump(reglo);
            return s && s->status && s->status->setSpeedRpm ? *s->status->setSpeedRpm : -1.0;
        };
        QTRY_COMPARE_WITH_TIMEOUT(pumpSetpoint(), 45.0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->setpointShown(), 45.0, 5000);
        QVERIFY(!panel->applySetpoint(5000, false));
        QVERIFY2(panel->feedback().contains(u"rpm"_s), qPrintable(panel->feedback()));
        QCOMPARE(panel->setpointShown(), 45.0);  // the refused value is not left in the box
        QVERIFY(panel->applySetpoint(20, false));
        QVERIFY(panel->feedback().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(panel->setpointShown(), 20.0, 5000);

        // A dosing profile from the Monitor panel: checked against the pump, run on the device
        // thread, its steps in the run record.
        {
            Profiles::Profile tooFast;
            tooFast.name = u"too fast"_s;
            tooFast.modelId = u"reglo-icc"_s;
            tooFast.steps = {Profiles::constantFlow(Profiles::mlPerMin(500), Profiles::seconds(1))};
            QVERIFY(!panel->runProfile(tooFast, false));
            QVERIFY2(panel->feedback().contains(u"above"_s), qPrintable(panel->feedback()));
            Profiles::Profile dose;
            dose.name = u"short dose"_s;
            dose.modelId = u"reglo-icc"_s;
            dose.steps = {Profiles::constantFlow(Profiles::mlPerMin(2), Profiles::seconds(1)), Profiles::pause(Profiles::seconds(0.5))};
            QVERIFY(panel->runProfile(dose, false));
            QTRY_VERIFY_WITH_TIMEOUT(devices.profileProgress(reglo)
                                         && devices.profileProgress(reglo)->state == Profiles::ProfileRunner::State::Finished, 15000);
            QVERIFY2(panel->profileText().contains(u"completed"_s), qPrintable(panel->profileText()));
        }

        // A limit the running line exceeds: the banner shows it until acknowledged.
        auto limits = session.alarmConfig(sensor);
        limits.high = Device::AlarmLimit{0.001, Device::AlarmAction::Warn};
        limits.delay = std::chrono::milliseconds(0);
        session.setAlarmConfig(sensor, limits);
        QTRY_VERIFY_WITH_TIMEOUT(page.bannerVisible(), 10000);
        QVERIFY(page.bannerText().contains(u"bar"_s));
        auto *alarmView = page.findChild<QTableView *>(u"alarmView"_s);
        QVERIFY(alarmView);
        QAbstractItemModelTester alarmTester(alarmView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(alarmView->model()->rowCount() >= 1);
        session.acknowledgeAll();
        QVERIFY(!page.bannerVisible());

        // The run ends; the Records page lists it, finds it, and replays it.
        QTest::qWait(1500);
        const QString record = session.recordPath();
        QSignalSpy ended(&session, &Services::MonitorSession::runEnded);
        session.endRun(u"test over"_s);
        QTRY_COMPARE(ended.count(), 1);  // written and closed on the records thread
        RecordsPage records;
        records.resize(1400, 900);
        records.show();
        QAbstractItemModelTester listTester(records.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        records.setFolder(dir.filePath(u"records"_s));
        QCOMPARE(records.model()->rowCount(), 1);
        QVERIFY(records.model()->run(0)->isReadable());
        QVERIFY(records.model()->run(0)->alarmCount >= 1);
        records.proxy()->setFilterFixedString(u"Reglo"_s);
        QCOMPARE(records.proxy()->rowCount(), 1);
        records.proxy()->setFilterFixedString(u"no such pump"_s);
        QCOMPARE(records.proxy()->rowCount(), 0);
        QSignalSpy loaded(&records, &RecordsPage::replayLoaded);
        records.openRecord(record);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        records.chart()->refresh();
        QVERIFY(records.chart()->pointsInSeries() > 0);
        QVERIFY(!records.chart()->isFollowing());
        // Zoomed to a second, the replay still draws.
        records.chart()->setVisibleRange(0, 1'000'000);
        QVERIFY(records.chart()->pointsInSeries() > 0);

        // The one-page report holds the summary, the channels and the alarms, as text.
        Records::RunRecordReader reader;
        QVERIFY(reader.open(record).ok());
        // The profile and each step's start and end are in the record.
        QStringList kinds;
        const auto events = reader.events();
        QVERIFY(events.ok());
        for (const auto &e : *events)
            kinds.append(e.kind);
        QVERIFY2(kinds.contains(u"profile-start"_s) && kinds.count(u"step-start"_s) == 2 && kinds.count(u"step-end"_s) == 2
                     && kinds.contains(u"profile-end"_s),
                 qPrintable(kinds.join(u", "_s)));
        const QString pdf = dir.filePath(u"report.pdf"_s);
        const auto written = writeRunReport(pdf, reader, reportFigures(*session.store(), records.chart()->reportImage()));
        QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        // NFKC undoes the ligatures Qt's PDF text map uses (ﬂ).
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
        QVERIFY2(text.contains(u"Run report"_s), qPrintable(text.left(300)));
        QVERIFY2(text.contains(u"(UTC+"_s) || text.contains(u"(UTC-"_s), qPrintable(text.left(300)));
        QVERIFY2(text.contains(u"Demo Ismatec Reglo ICC flow"_s), qPrintable(text));
        QVERIFY(text.contains(u"above the high limit"_s));
        // The profile that ran and its steps, each with what it did and when.
        QVERIFY2(text.contains(u"\"short dose\" on Demo Ismatec Reglo ICC"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Step 1: 0:"_s) && text.contains(u"constant flow, 2 mL/min for 1 s"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Step 2: 0:"_s) && text.contains(u"pause, 0.5 s"_s), qPrintable(text));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_MAIN(TestMonitorPage)
#include "tst_monitorpage.moc"
