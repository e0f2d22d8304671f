// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "devicespage.h"
#include "pumptablemodel.h"

#include "calibration/calibrationstore.h"
#include "core/appsettings.h"
#include "device/balancedriver.h"
#include "device/balancefactory.h"
#include "device/serialbus.h"
#include "models/balanceregistry.h"
#include "core/paths.h"
#include "services/calibrationstatus.h"
#include "services/democontroller.h"
#include "services/deviceservice.h"
#include "records/runcatalog.h"
#include "support/runrecordfixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QHeaderView>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

class TestDevicesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsModelFilesThatCouldNotBeLoaded()
    {
        // Issue 12 item 11: a bad user model file was reported in the log only.
        const QString models = Paths::dataSubdir(u"models"_s);
        const QString bad = QDir(models).filePath(u"my-pump.json"_s);
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"format": 1, "id": "my-pump", "timing": {"minPollMs": -100}})");
        }
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        {
            Services::DeviceService devices(settings);
            Services::DemoController demo(devices);
            DevicesPage page(devices, demo);
            page.show();
            auto *label = page.findChild<QLabel *>(u"modelErrors"_s);
            QVERIFY(label);
            QVERIFY(label->isVisible());
            QVERIFY2(label->text().contains(u"my-pump.json"_s) && label->text().contains(u"1 model file"_s),
                     qPrintable(label->text()));
        }
        QVERIFY(QFile::remove(bad));
        Services::DeviceService devices(settings);
        Services::DemoController demo(devices);
        DevicesPage page(devices, demo);
        page.show();
        QVERIFY(!page.findChild<QLabel *>(u"modelErrors"_s)->isVisible());
    }

    void demoConnectsEverySimulatedDevice()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        Services::DeviceService devices(settings);
        Services::DemoController demo(devices);
        DevicesPage page(devices, demo);
        QAbstractItemModelTester tester(page.pumpModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        page.startDemo();
        QTRY_COMPARE_WITH_TIMEOUT(page.pumpModel()->rowCount(), 4, 5000);
        const auto allConnected = [&page] {
            for (int row = 0; row < page.pumpModel()->rowCount(); ++row) {
                const auto &s = page.pumpModel()->snapshotAt(row);
                if (s.link != Device::LinkState::Connected || !s.identity)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(), 15000);
        QVERIFY(demo.running());
        // At the width the main window gives the page at 1280 px, the link state is on screen:
        // long port paths and identities no longer push it off the table.
        page.resize(1190, 740);
        auto *view = page.findChild<QTableView *>();
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        const int linkRight = view->horizontalHeader()->sectionViewportPosition(PumpTableModel::Link)
                              + view->horizontalHeader()->sectionSize(PumpTableModel::Link);
        QVERIFY2(linkRight <= view->viewport()->width(),
                 qPrintable(u"link column ends at %1 px, the table shows %2 px"_s.arg(linkRight).arg(view->viewport()->width())));
        // Demo pumps are not remembered as the user's own.
        QVERIFY(settings.value(u"devices/pumps"_s).toString() == u"[]"_s);
    }

    // The Calibration column: each pump's state for the head and tubing fitted, from the cached
    // due states (refreshed when a calibration is stored, not read on every paint).
    void calibrationColumnShowsDueAndOverdue()
    {
        QTemporaryDir data;
        Paths::setDataDir(data.path());
        const auto restore = qScopeGuard([] { Paths::setDataDir({}); });
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        Services::DeviceService devices(settings);
        Services::DemoController demo(devices);
        DevicesPage page(devices, demo);
        QAbstractItemModelTester tester(page.pumpModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        page.startDemo();
        QTRY_COMPARE_WITH_TIMEOUT(page.pumpModel()->rowCount(), 4, 5000);
        PumpTableModel *model = page.pumpModel();
        const auto identified = [model](int row) { return model->snapshotAt(row).identity.has_value(); };
        QTRY_VERIFY_WITH_TIMEOUT(identified(0) && identified(1), 15000);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->index(row, PumpTableModel::CalibrationDue).data().toString().isEmpty());

        // Pump 0 calibrated 40 days ago (overdue), pump 1 25 days ago (due within a week);
        // the default interval is 30 days.
        Calibration::CalibrationStore store;
        QVERIFY(store.open(Calibration::CalibrationStore::defaultPath()));
        QStringList dueDates;
        for (int row : {0, 1}) {
            const Device::PumpSnapshot &s = model->snapshotAt(row);
            const Models::PumpModel *m = devices.models().find(s.config.modelId);
            QVERIFY(m);
            Calibration::CalibrationResult r;
            r.plan.modelId = m->id;
            r.plan.headId = s.config.headId.isEmpty() ? m->defaultHead : s.config.headId;
            r.plan.tubingId = s.config.tubingId.isEmpty() ? m->head(r.plan.headId)->defaultTubing : s.config.tubingId;
            r.plan.rpms = {20};
            r.plan.replicates = 1;
            r.pump = *s.identity;
            r.finishedUtc = QDateTime::currentDateTimeUtc().addDays(row == 0 ? -40 : -25);
            auto saved = store.save(r);
            QVERIFY(saved);
            dueDates.append(saved->dueUtc.toLocalTime().toString(u"yyyy-MM-dd"_s));
        }
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        devices.refreshCalibrations();
        QVERIFY(changed.count() >= 2);
        QCOMPARE(model->index(0, PumpTableModel::CalibrationDue).data().toString(), u"Calibration overdue since "_s + dueDates.at(0));
        QCOMPARE(model->index(1, PumpTableModel::CalibrationDue).data().toString(), u"Calibration due on "_s + dueDates.at(1));
        QVERIFY(model->index(0, PumpTableModel::CalibrationDue).data(Qt::ToolTipRole).toString().contains(u"PSC-"_s));
        QVERIFY(model->index(0, PumpTableModel::CalibrationDue).data(Qt::ForegroundRole).isValid());
        QVERIFY(model->index(2, PumpTableModel::CalibrationDue).data().toString().isEmpty());
        // Nothing changed since: a refresh reads the history again but says nothing new.
        changed.clear();
        devices.calibrationStatus().refresh();
        QCOMPARE(changed.count(), 0);
        // New tubing on pump 0: its calibration no longer applies.
        const Device::PumpSnapshot &first = model->snapshotAt(0);
        const Models::PumpModel *m0 = devices.models().find(first.config.modelId);
        const QString head = first.config.headId.isEmpty() ? m0->defaultHead : first.config.headId;
        QVERIFY(store.newTubingFitted(Calibration::pumpKey(m0->id, *first.identity), head,
                                      first.config.tubingId.isEmpty() ? m0->head(head)->defaultTubing : first.config.tubingId));
        devices.refreshCalibrations();
        QVERIFY(model->index(0, PumpTableModel::CalibrationDue).data().toString().isEmpty());

        // Pump 1 calibrated again with an interval of 2 pump hours, and the run records say it
        // turned 2.5 h since: overdue by pump hours, once they are counted (off this thread).
        const Device::PumpSnapshot &second = model->snapshotAt(1);
        const Models::PumpModel *m1 = devices.models().find(second.config.modelId);
        QVERIFY(store.setDueInterval(Calibration::pumpKey(m1->id, *second.identity), Calibration::DueInterval{{}, 2}));
        Calibration::CalibrationResult again;
        again.plan.modelId = m1->id;
        again.plan.headId = second.config.headId.isEmpty() ? m1->defaultHead : second.config.headId;
        again.plan.tubingId = second.config.tubingId.isEmpty() ? m1->head(again.plan.headId)->defaultTubing : second.config.tubingId;
        again.plan.rpms = {20};
        again.plan.replicates = 1;
        again.pump = *second.identity;
        again.finishedUtc = QDateTime::currentDateTimeUtc().addSecs(-4 * 3600);
        QVERIFY(store.save(again));
        QVERIFY(Test::writeRunRecord(QDir(Records::RunCatalog::defaultFolder()).filePath(u"run-hours.psrun"_s), again.finishedUtc.addSecs(60),
                                     {Test::RecordedPump{Test::channelOf(second), Test::runningSamples(9000, 30, {{0, 9000}})}}));
        devices.refreshCalibrations();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(1, PumpTableModel::CalibrationDue).data().toString(),
                                  u"Calibration overdue: 2.5 of 2 pump hours"_s, 10000);
        QVERIFY(model->index(1, PumpTableModel::CalibrationDue).data(Qt::ForegroundRole).isValid());
    }

    // The demo brings an MT-SICS balance under the Reglo's outlet: listed as a balance, and
    // through the real balance driver it reads what the running Reglo delivers.
    void demoBalanceIsListedAndWeighsWhatTheRegloDelivers()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        Services::DeviceService devices(settings);
        Services::DemoController demo(devices);
        DevicesPage page(devices, demo);
        page.show();
        QVERIFY(!page.balanceTable()->isVisible());
        QSignalSpy started(&demo, &Services::DemoController::demoStarted);
        page.startDemo();
        QVERIFY(started.wait(10000));
        QCOMPARE(demo.balances().size(), 1);
        const auto line = demo.balances().constFirst();
        QCOMPARE(line.modelId, u"mt-sics"_s);
        QTableWidget *table = page.balanceTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), u"Balance"_s);
        QCOMPARE(table->item(0, 3)->text(), line.path);

        Models::BalanceRegistry registry;
        registry.loadDefault();
        const Models::BalanceModel *model = registry.find(line.modelId);
        QVERIFY(model);
        auto bus = Device::createBalanceLink(*model, Device::defaultSerialSettings(*model, line.path));
        auto driver = Device::createBalanceDriver(*model, *bus);
        bus->open();
        QCOMPARE(bus->state(), Device::LinkState::Connected);
        std::optional<Device::BalanceIdentity> identity;
        driver->identify([&](Result<Device::BalanceIdentity> r) {
            if (r)
                identity = *r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(identity, 5000);
        QVERIFY(!identity->serialNumber.isEmpty());
        // The demo runs the Reglo: the pan gets heavier.
        const auto read = [&] {
            std::optional<double> grams;
            driver->readImmediate([&](Result<Device::BalanceReading> r) {
                grams = r ? r->grams : -1.0;
            });
            (void)QTest::qWaitFor([&] { return grams.has_value(); }, 5000);
            return grams.value_or(-1.0);
        };
        const double first = read();
        QVERIFY(first >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(read() > first + 0.01, 10000);
        bus->close();
        demo.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!page.balanceTable()->isVisible(), 5000);
    }

    void cablePulledScenarioRecoversTheSamePump()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        Services::DeviceService devices(settings);
        Services::DemoController demo(devices);
        DevicesPage page(devices, demo);
        demo.start(Sim::DemoSimulation::Scenario::CablePulled);
        const auto longer = [&page]() -> std::optional<Device::PumpSnapshot> {
            for (int row = 0; row < page.pumpModel()->rowCount(); ++row) {
                if (page.pumpModel()->snapshotAt(row).config.modelId == u"longer-bt100-2j"_s)
                    return page.pumpModel()->snapshotAt(row);
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(longer() && longer()->identity, 10000);
        // At 20 s the cable is pulled: the link is reported lost, once, and the user is told.
        QTRY_COMPARE_WITH_TIMEOUT(longer()->link, Device::LinkState::Reconnecting, 30000);
        QVERIFY(longer()->lastError && longer()->lastError->code == Error::Code::Disconnected);
        // At 28 s it is back: the same pump, re-identified; it kept running, so it was stopped.
        QTRY_COMPARE_WITH_TIMEOUT(longer()->link, Device::LinkState::Connected, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(longer()->lastError && longer()->lastError->code == Error::Code::Interrupted, 10000);
        QCOMPARE(longer()->stats.reconnects, 1u);
    }

    void controlBoxShowsTheSetpointAndRevertsARefusedOne()
    {
        // Issue 16 item 4: the box read 0.00 rpm while the pump ran at 33 rpm, and a refused
        // 999 stayed in it.
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        Services::DeviceService devices(settings);
        Services::DemoController demo(devices);
        DevicesPage page(devices, demo);
        page.show();
        demo.start(Sim::DemoSimulation::Scenario::NormalDosing);
        const auto regloRow = [&page] {
            for (int row = 0; row < page.pumpModel()->rowCount(); ++row) {
                const auto &s = page.pumpModel()->snapshotAt(row);
                if (s.config.modelId == u"reglo-icc"_s && s.status && s.status->running && s.status->setSpeedRpm.value_or(0) > 0)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(regloRow() >= 0, 15000);
        QTableView *view = nullptr;
        for (QTableView *v : page.findChildren<QTableView *>()) {
            if (v->model() == page.pumpModel())
                view = v;
        }
        QVERIFY(view);
        view->selectRow(regloRow());
        const QString id = page.pumpModel()->snapshotAt(regloRow()).config.id;
        const double running = *devices.pump(id)->status->setSpeedRpm;
        auto *speed = page.findChild<QDoubleSpinBox *>(u"speed"_s);
        QVERIFY(speed);
        QTRY_COMPARE_WITH_TIMEOUT(speed->value(), running, 5000);
        QVERIFY(running > 0);

        // A setpoint beyond the model's range is refused before anything is sent, and the box
        // goes back to what the pump runs at.
        speed->setValue(999);
        QSignalSpy finished(&devices, &Services::DeviceService::commandFinished);
        page.findChild<QPushButton *>(u"setSpeed"_s)->click();
        const auto refusal = [&]() -> std::optional<Result<void>> {
            for (const QList<QVariant> &call : std::as_const(finished)) {
                const auto command = call.at(1).value<Device::PumpCommand>();
                if (call.at(0).toString() == id && command.kind == Device::PumpCommand::Kind::Speed && command.value == 999)
                    return call.at(2).value<Result<void>>();
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(refusal().has_value(), 5000);
        QVERIFY(!refusal()->ok());
        QCOMPARE(speed->value(), running);
        QCOMPARE(devices.pump(id)->status->setSpeedRpm.value_or(0), running);
    }

    void remembersAddedPumpsAcrossSessions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        {
            AppSettings settings(path);
            Services::DeviceService devices(settings);
            Device::PumpConfig c;
            c.modelId = u"longer-bt100-2j"_s;
            c.serial.portName = u"/dev/ttyUSB7"_s;
            c.name = u"Buffer A"_s;
            devices.addPump(c);
            settings.sync();
        }
        AppSettings settings(path);
        Services::DeviceService devices(settings);
        QCOMPARE(devices.pumps().size(), 1);
        QCOMPARE(devices.pumps().constFirst().config.name, u"Buffer A"_s);
        QCOMPARE(devices.pumps().constFirst().config.serial.portName, u"/dev/ttyUSB7"_s);
    }
};

QTEST_MAIN(TestDevicesPage)
#include "tst_devicespage.moc"
