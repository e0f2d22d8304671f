// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "devicespage.h"
#include "pumptablemodel.h"

#include "core/appsettings.h"
#include "core/paths.h"
#include "services/democontroller.h"
#include "services/deviceservice.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
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
