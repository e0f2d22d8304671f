// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The pressure interlock does not depend on the GUI thread: a transmitter and a pump on one
// simulated RS-485 line (simulated on a thread of its own, as a real line is outside the
// program), the real device service, and the GUI thread held busy in 2 s stretches while the
// pressure climbs to high-high. The stop must reach the pump within one poll of the reading.
#include "core/appsettings.h"
#include "device/driverfactory.h"
#include "models/modelregistry.h"
#include "services/deviceservice.h"
#include "support/simpumprig.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <mutex>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// The simulated line, made, run and destroyed on its own thread.
struct SimulatedLine : QObject
{
    std::unique_ptr<Test::SimPumpRig> rig;
    Sim::SimPump *pump = nullptr;
    QTimer *watch = nullptr;
    std::atomic<qint64> stoppedAtUs{0};  ///< when the simulated pump stopped (steady clock)
    std::atomic<bool> running{false};

    bool build()
    {
        rig = std::make_unique<Test::SimPumpRig>();  // the occlusion builds up in seconds at 4x
        if (!rig->openLine({u"--model"_s, u"pressure-modbus"_s, u"--address"_s, u"1"_s,
                            u"--model"_s, u"leadfluid-bt100s"_s, u"--address"_s, u"2"_s}, 4.0))
            return false;
        pump = rig->pump;
        watch = new QTimer(this);
        watch->setInterval(1);
        connect(watch, &QTimer::timeout, this, [this] {
            running = pump->running();
            if (stoppedAtUs == 0 && pump->running() == false && occluded)
                stoppedAtUs = nowUs();
        });
        watch->start();
        return true;
    }

    bool occluded = false;
};

} // namespace

class TestInterlock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void highHighStopsTheLineWhileTheGuiThreadIsBusy()
    {
        QTemporaryDir dir;
        QThread simThread;
        simThread.setObjectName(u"simulated line"_s);
        auto *line = new SimulatedLine;
        line->moveToThread(&simThread);
        connect(&simThread, &QThread::finished, line, &QObject::deleteLater);
        simThread.start();
        bool built = false;
        QString path;
        QMetaObject::invokeMethod(line, [&] {
            built = line->build();
            path = line->rig->path();
        }, Qt::BlockingQueuedConnection);
        QVERIFY(built);

        AppSettings settings(dir.filePath(u"settings.ini"_s));
        Services::DeviceService devices(settings);
        Models::ModelRegistry registry;
        registry.load(u":/models"_s, {});
        const auto config = [&](const QString &id, const QString &model, int address, int pollMs) {
            Device::PumpConfig c;
            c.id = id;
            c.modelId = model;
            c.serial = Device::defaultSerialSettings(*registry.find(u"pressure-modbus"_s), path);
            c.address = address;
            c.pollIntervalMs = pollMs;
            return c;
        };
        constexpr int kSensorPollMs = 400;
        devices.addPump(config(u"sensor"_s, u"pressure-modbus"_s, 1, kSensorPollMs));
        devices.addPump(config(u"pump"_s, u"leadfluid-bt100s"_s, 2, 200));
        Device::AlarmConfig limits = devices.alarmConfig(u"sensor"_s);
        limits.high.reset();
        limits.highHigh = Device::AlarmLimit{1.0, Device::AlarmAction::StopPumps};
        limits.delay = std::chrono::milliseconds(0);
        devices.setAlarmConfig(u"sensor"_s, limits);
        devices.connectPump(u"sensor"_s);
        devices.connectPump(u"pump"_s);
        QTRY_VERIFY_WITH_TIMEOUT(devices.pump(u"sensor"_s)->identity && devices.pump(u"pump"_s)->identity, 10000);
        devices.sendCommand(u"pump"_s, Device::PumpCommand::speed(60));
        devices.sendCommand(u"pump"_s, Device::PumpCommand::start());
        QTRY_VERIFY_WITH_TIMEOUT(line->running.load(), 10000);

        // The high-high reading, stamped where it arrived (the device thread), and what stopped.
        QSignalSpy transitions(&devices, &Services::DeviceService::alarmTransition);
        QSignalSpy interlocks(&devices, &Services::DeviceService::interlockStopped);
        QMetaObject::invokeMethod(line, [line] {
            line->occluded = true;
            line->pump->setOcclusion(true);
        }, Qt::BlockingQueuedConnection);

        // Busy GUI: 2 s stretches in which this thread runs no event loop at all, until the pump
        // has stopped. Each stretch is remembered, to show the stop fell inside one.
        std::vector<std::pair<qint64, qint64>> busy;
        QElapsedTimer deadline;
        deadline.start();
        while (line->stoppedAtUs == 0 && deadline.elapsed() < 60000) {
            const qint64 from = nowUs();
            QThread::sleep(2);  // the GUI thread blocked, as by a long synchronous export
            busy.emplace_back(from, nowUs());
            QCoreApplication::processEvents();  // a moment of life between stretches
        }
        const qint64 stoppedAt = line->stoppedAtUs;
        QVERIFY2(stoppedAt != 0, "the pump never stopped");
        QTRY_VERIFY_WITH_TIMEOUT(!interlocks.isEmpty(), 5000);
        QCOMPARE(interlocks.at(0).at(1).toStringList(), QStringList{u"pump"_s});
        // The reading that crossed high-high, as the device thread stamped it.
        qint64 crossedAt = 0;
        for (const QList<QVariant> &args : std::as_const(transitions)) {
            const auto t = args.at(2).value<Device::AlarmTransition>();
            if (args.at(0).toString() == u"sensor"_s && t.raised && t.kind == Device::AlarmKind::HighHigh) {
                crossedAt = t.tUs;
                break;
            }
        }
        QVERIFY(crossedAt != 0);
        QVERIFY(stoppedAt >= crossedAt);
        const bool stopWhileBusy = std::any_of(busy.begin(), busy.end(), [&](const auto &b) {
            return crossedAt >= b.first && stoppedAt <= b.second;
        });
        QVERIFY2(stopWhileBusy, "the reading and the stop must both fall inside one busy stretch of the GUI thread");
        // Within one poll of the sensor: the stop did not wait for the GUI, nor for the next reading.
        const qint64 lagUs = stoppedAt - crossedAt;
        qInfo("the pump stopped %lld ms after the high-high reading; the GUI thread was busy throughout", lagUs / 1000);
        QVERIFY2(lagUs < qint64(kSensorPollMs) * 1000, qPrintable(u"the pump stopped %1 ms after the reading"_s.arg(lagUs / 1000)));

        devices.sendCommand(u"pump"_s, Device::PumpCommand::stop());
        simThread.quit();
        simThread.wait();
    }
};

QTEST_GUILESS_MAIN(TestInterlock)
#include "tst_interlock.moc"
