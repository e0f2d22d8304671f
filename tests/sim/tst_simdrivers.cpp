// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "models/limits.h"
#include "support/simpumprig.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace PumpStudio;
using namespace PumpStudio::Sim;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 8000;

template <typename T>
struct Awaited
{
    std::optional<Result<T>> result;
    PumpStudio::Device::PumpDriver::Callback<T> callback()
    {
        return [this](Result<T> r) { result.emplace(std::move(r)); };
    }
};

/// QVERIFY2 evaluates its message even on success, so it must not touch a missing error.
template <typename T>
QString why(const std::optional<Result<T>> &result)
{
    return result && !result->ok() ? result->error().message : QString();
}

} // namespace

/// The app's real drivers against the simulator over a pseudo-terminal: proves both sides speak
/// the same bytes for every model, through QSerialPort and Qt SerialBus.
class TestSimDrivers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void driverRunsSimulatedPump_data()
    {
        QTest::addColumn<QString>("model");
        for (const char *id : {"reglo-icc", "longer-bt100-2j", "longer-wt600-2j", "leadfluid-bt100s", "kamoer-2802",
                               "ne-1000", "masterflex-ls-legacy", "masterflex-ls-serialcomms"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void driverRunsSimulatedPump()
    {
        QFETCH(QString, model);
        Test::SimPumpRig rig;  // the simulated pump, the app's real link and driver on it
        QVERIFY(rig.open(model));
        SimPump *pump = rig.pump;
        Device::PumpDriver &pd = *rig.driver;
        const Models::PumpModel *pumpModel = &pd.model();

        QSignalSpy events(&pd, &Device::PumpDriver::eventReceived);
        Awaited<Device::PumpIdentity> identity;
        pd.identify(identity.callback());
        QTRY_VERIFY_WITH_TIMEOUT(identity.result.has_value(), kTimeoutMs);
        QVERIFY2(identity.result->ok(), qPrintable(why(identity.result)));
        Awaited<void> prepared;
        pd.prepare(prepared.callback());
        QTRY_VERIFY_WITH_TIMEOUT(prepared.result.has_value(), kTimeoutMs);
        QVERIFY2(prepared.result->ok(), qPrintable(why(prepared.result)));
        if (pumpModel->protocol == Models::Protocol::NewEra) {
            // The simulated pump reports its power-up reset (A?R) once; the driver notes it and repeats.
            QCOMPARE(events.count(), 1);
            QCOMPARE(events.at(0).at(0).value<Device::PumpEvent>().kind, Device::PumpEvent::Kind::Alarm);
        }

        // Setpoint and start go out back to back, as the UI sends them: neither may undo the other
        // (E9 and Modbus drivers read, change and write whole settings).
        Awaited<double> setpoint;
        if (pumpModel->kind == Models::Kind::Syringe)
            pd.setFlow(1.0, setpoint.callback());
        else
            pd.setSpeed(std::min(20.0, pumpModel->maxRpm), setpoint.callback());
        Awaited<void> started;
        pd.start(started.callback());
        QTRY_VERIFY_WITH_TIMEOUT(setpoint.result.has_value() && started.result.has_value(), kTimeoutMs);
        QVERIFY2(setpoint.result->ok(), qPrintable(why(setpoint.result)));
        QVERIFY2(started.result->ok(), qPrintable(why(started.result)));
        QTRY_VERIFY_WITH_TIMEOUT(pump->actualRpm() > 0.0, kTimeoutMs);
        if (pumpModel->kind != Models::Kind::Syringe)
            QCOMPARE(pump->targetRpm(), std::min(20.0, pumpModel->maxRpm));

        Awaited<Device::PumpStatus> running;
        pd.readStatus(running.callback());
        QTRY_VERIFY_WITH_TIMEOUT(running.result.has_value(), kTimeoutMs);
        QVERIFY2(running.result->ok(), qPrintable(why(running.result)));
        QVERIFY(running.result->value().running);

        Awaited<void> stopped;
        pd.stop(stopped.callback());
        QTRY_VERIFY_WITH_TIMEOUT(stopped.result.has_value(), kTimeoutMs);
        QVERIFY2(stopped.result->ok(), qPrintable(why(stopped.result)));
        QVERIFY(pump->state() != MotorState::Running);
        rig.simulation.stop();
    }

    void driverReadsSimulatedPressure()
    {
        Models::ModelRegistry registry;
        registry.load(u":/models"_s, {});
        const Models::PumpModel *sensorModel = registry.find(u"pressure-modbus"_s);
        QVERIFY(sensorModel);
        Simulation simulation;
        QTemporaryDir dir;
        auto endpoint = std::make_unique<PtyEndpoint>();
        QVERIFY(endpoint->open(dir.filePath(u"pump"_s)).ok());
        const QString path = endpoint->path();
        const auto options = parsePumpSimArguments({u"pumpsim"_s, u"--model"_s, u"pressure-modbus"_s, u"--model"_s,
                                                    u"leadfluid-bt100s"_s, u"--address"_s, u"1"_s, u"--address"_s, u"2"_s});
        QVERIFY(options.ok());
        const auto bus = SimDeviceFactory::buildLine(*options, registry, simulation, std::move(endpoint));
        QVERIFY2(bus.ok(), bus ? "" : qPrintable(bus.error().message));
        SimPump *pump = (*bus)->responders().at(1)->pumps().front();
        QVERIFY(pump->setTargetRpm(100.0));
        QVERIFY(pump->start());
        simulation.advance(std::chrono::seconds(2));

        std::unique_ptr<Device::Link> link(Device::createLink(*sensorModel, Device::defaultSerialSettings(*sensorModel, path), nullptr));
        link->open();
        QTRY_COMPARE_WITH_TIMEOUT(link->state(), Device::LinkState::Connected, kTimeoutMs);
        auto driver = Device::createDriver(*sensorModel, *link, 1, nullptr);
        QVERIFY2(driver.ok(), driver ? "" : qPrintable(driver.error().message));
        Awaited<double> pressure;
        (*driver)->readPressure(pressure.callback());
        QTRY_VERIFY_WITH_TIMEOUT(pressure.result.has_value(), kTimeoutMs);
        QVERIFY2(pressure.result->ok(), qPrintable(why(pressure.result)));
        // 80 mL/min through 0.5 kPa per mL/min: about 0.4 bar.
        QVERIFY2(pressure.result->value() > 0.3 && pressure.result->value() < 0.5, qPrintable(QString::number(pressure.result->value())));
    }
};

QTEST_GUILESS_MAIN(TestSimDrivers)
#include "tst_simdrivers.moc"
