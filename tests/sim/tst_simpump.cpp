// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/simpump.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace PumpStudio;
using namespace PumpStudio::Sim;
using namespace std::chrono_literals;

namespace {

SimPumpConfig quietConfig()
{
    SimPumpConfig config;
    config.mlPerRev = 1.0;
    config.rollers = 3;
    config.maxRpm = 200.0;
    config.accelerationRpmPerS = 100.0;
    config.pressureNoiseKPa = 0.0;
    config.pulsationDepth = 0.0;
    return config;
}

SimPumpConfig syringeConfig()
{
    SimPumpConfig config = quietConfig();
    config.kind = SimPumpConfig::Kind::Syringe;
    config.rollers = 0;
    config.mlPerRev = 0.1;
    config.syringeCapacityMl = 10.0;
    config.syringeInitialMl = 1.0;
    return config;
}

void advanceInSteps(SimPump &pump, std::chrono::nanoseconds total, std::chrono::nanoseconds step)
{
    for (auto done = std::chrono::nanoseconds::zero(); done < total; done += step)
        pump.advance(std::min(step, total - done));
}

} // namespace

class TestSimPump final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceleratesAtConfiguredRate()
    {
        SimPump pump(quietConfig());
        QVERIFY(pump.setTargetRpm(50.0));
        QVERIFY(pump.start());
        pump.advance(250ms);
        QCOMPARE(pump.actualRpm(), 25.0);
        pump.advance(250ms);
        QCOMPARE(pump.actualRpm(), 50.0);
        pump.advance(1s);
        QCOMPARE(pump.actualRpm(), 50.0);
        pump.stop();
        pump.advance(100ms);
        QCOMPARE(pump.actualRpm(), 40.0);
        pump.advance(1s);
        QCOMPARE(pump.actualRpm(), 0.0);
    }

    void integratesVolumeExactlyOverRamp_data()
    {
        QTest::addColumn<qint64>("stepNs");
        QTest::newRow("one step") << qint64(2'000'000'000);
        QTest::newRow("1 ms steps") << qint64(1'000'000);
        QTest::newRow("odd 37.3 ms steps") << qint64(37'300'001);
        QTest::newRow("10 us steps") << qint64(10'000);
    }

    void integratesVolumeExactlyOverRamp()
    {
        QFETCH(qint64, stepNs);
        SimPump pump(quietConfig());
        QVERIFY(pump.setTargetRpm(60.0));
        QVERIFY(pump.start());
        advanceInSteps(pump, 2s, std::chrono::nanoseconds(stepNs));
        // Ramp 0.6 s: 0.5 * 100 rpm/s * 0.6^2 s^2 / 60 = 0.3 rev; then 1.4 s at 1 rev/s.
        const double expected = 0.3 + 1.4;
        QVERIFY2(std::abs(pump.dispensedMl() - expected) < 1e-9, qPrintable(QString::number(pump.dispensedMl(), 'g', 17)));
    }

    void dispenseStopsExactlyAtVolume_data()
    {
        QTest::addColumn<double>("volume");
        QTest::addColumn<double>("rpm");
        QTest::newRow("reaches full speed") << 5.0 << 120.0;
        QTest::newRow("never reaches full speed") << 0.05 << 120.0;
        QTest::newRow("slow and long") << 2.5 << 7.5;
    }

    void dispenseStopsExactlyAtVolume()
    {
        QFETCH(double, volume);
        QFETCH(double, rpm);
        SimPump pump(quietConfig());
        std::vector<StopCause> causes;
        pump.setStopListener([&causes](StopCause cause) { causes.push_back(cause); });
        QVERIFY(pump.dispense(volume, rpm));
        advanceInSteps(pump, 60s, 37ms);
        QVERIFY2(std::abs(pump.dispensedMl() - volume) < 1e-9, qPrintable(QString::number(pump.dispensedMl(), 'g', 17)));
        QCOMPARE(pump.state(), MotorState::Stopped);
        QCOMPARE(pump.actualRpm(), 0.0);
        QCOMPARE(pump.remainingMl(), 0.0);
        QCOMPARE(causes, std::vector<StopCause>{StopCause::Completed});
    }

    void resumesDispenseAfterPause()
    {
        SimPump pump(quietConfig());
        QVERIFY(pump.dispense(3.0, 60.0));
        pump.advance(1s);
        pump.pause();
        pump.advance(5s);
        QCOMPARE(pump.state(), MotorState::Paused);
        QVERIFY(pump.remainingMl() > 0.5);
        QVERIFY(pump.start());
        pump.advance(30s);
        QVERIFY(std::abs(pump.dispensedMl() - 3.0) < 1e-9);
    }

    void timedRunBrakesAfterRunTime()
    {
        SimPump pump(quietConfig());
        std::vector<StopCause> causes;
        pump.setStopListener([&causes](StopCause cause) { causes.push_back(cause); });
        QVERIFY(pump.runFor(2s, 60.0));
        pump.advance(1999ms);
        QCOMPARE(pump.actualRpm(), 60.0);
        pump.advance(301ms);  // braking from 60 rpm at 100 rpm/s takes 0.6 s
        QCOMPARE(pump.state(), MotorState::Running);
        QVERIFY(std::abs(pump.actualRpm() - 30.0) < 1e-6);
        pump.advance(1s);
        QCOMPARE(pump.state(), MotorState::Stopped);
        QCOMPARE(causes, std::vector<StopCause>{StopCause::Completed});
    }

    void pulsationFrequencyIsRollersTimesRpm_data()
    {
        QTest::addColumn<int>("rollers");
        QTest::addColumn<double>("rpm");
        QTest::newRow("3 rollers 60 rpm") << 3 << 60.0;
        QTest::newRow("8 rollers 90 rpm") << 8 << 90.0;
        QTest::newRow("6 rollers 25 rpm") << 6 << 25.0;
    }

    void pulsationFrequencyIsRollersTimesRpm()
    {
        QFETCH(int, rollers);
        QFETCH(double, rpm);
        SimPumpConfig config = quietConfig();
        config.rollers = rollers;
        config.pulsationDepth = 0.2;
        SimPump pump(config);
        QVERIFY(pump.setTargetRpm(rpm));
        QVERIFY(pump.start());
        pump.advance(2s);  // at speed
        const double mean = pump.meanFlowMlPerMin();
        int risingCrossings = 0;
        bool above = pump.flowMlPerMin() > mean;
        for (int i = 0; i < 40000; ++i) {  // 4 s at 0.1 ms
            pump.advance(100us);
            const bool now = pump.flowMlPerMin() > mean;
            risingCrossings += (now && !above) ? 1 : 0;
            above = now;
        }
        const double expected = rollers * rpm / 60.0 * 4.0;
        QVERIFY2(std::abs(risingCrossings - expected) <= 1.0,
                 qPrintable(QStringLiteral("%1 ripples, expected %2").arg(risingCrossings).arg(expected)));
    }

    void pressureFollowsFlowThroughTubingResistance()
    {
        SimPumpConfig config = quietConfig();
        config.tubingResistanceKPaPerMlMin = 0.5;
        SimPump pump(config);
        QCOMPARE(pump.meanLinePressureKPa(), 0.0);
        QVERIFY(pump.setTargetRpm(40.0));
        QVERIFY(pump.start());
        pump.advance(2s);
        QCOMPARE(pump.meanLinePressureKPa(), 20.0);
        QCOMPARE(pump.linePressureKPa(), 20.0);  // no ripple, no noise configured
    }

    void occlusionMakesPressureClimb()
    {
        SimPump pump(quietConfig());
        QVERIFY(pump.setTargetRpm(40.0));
        QVERIFY(pump.start());
        pump.advance(2s);
        const double open = pump.meanLinePressureKPa();
        pump.setOcclusion(true);
        double previous = open;
        for (int i = 0; i < 10; ++i) {
            pump.advance(2s);
            QVERIFY(pump.meanLinePressureKPa() > previous);
            previous = pump.meanLinePressureKPa();
        }
        QVERIFY2(previous > 5.0 * open, qPrintable(QString::number(previous)));
        pump.setOcclusion(false);
        QCOMPARE(pump.meanLinePressureKPa(), open);
    }

    void pressureNoiseIsSeeded()
    {
        SimPumpConfig config = quietConfig();
        config.pressureNoiseKPa = 1.0;
        SimPump first(config);
        SimPump second(config);
        config.seed = 7;
        SimPump other(config);
        bool differs = false;
        double sumSquares = 0.0;
        constexpr int kSamples = 4000;
        for (int i = 0; i < kSamples; ++i) {
            const double a = first.linePressureKPa();
            QCOMPARE(second.linePressureKPa(), a);
            differs = differs || other.linePressureKPa() != a;
            sumSquares += a * a;
        }
        QVERIFY(differs);
        const double deviation = std::sqrt(sumSquares / kSamples);
        QVERIFY2(deviation > 0.9 && deviation < 1.1, qPrintable(QString::number(deviation)));
    }

    void syringeStallsAtTravelEnd()
    {
        SimPump pump(syringeConfig());
        std::vector<StopCause> causes;
        pump.setStopListener([&causes](StopCause cause) { causes.push_back(cause); });
        QVERIFY(pump.setTargetRpm(100.0));  // 10 mL/min: 1 mL takes about 6 s
        QVERIFY(pump.start());
        advanceInSteps(pump, 10s, 13ms);
        QCOMPARE(pump.alarm(), Alarm::Stall);
        QCOMPARE(pump.state(), MotorState::Stopped);
        QCOMPARE(pump.syringeContentMl(), 0.0);
        QVERIFY(std::abs(pump.dispensedMl() - 1.0) < 1e-9);
        QCOMPARE(causes, std::vector<StopCause>{StopCause::Stall});

        QVERIFY(!pump.start());  // refused while in alarm
        pump.clearAlarm();
        pump.setDirection(SimPump::Direction::CounterClockwise);  // withdraw: fills again
        QVERIFY(pump.start());
        pump.advance(3s);
        QVERIFY(pump.syringeContentMl() > 0.3);
        QCOMPARE(pump.alarm(), Alarm::None);
    }

    void reversingRampsThroughZero()
    {
        SimPump pump(quietConfig());
        QVERIFY(pump.setTargetRpm(60.0));
        QVERIFY(pump.start());
        pump.advance(1s);
        const double before = pump.dispensedMl();
        pump.setDirection(SimPump::Direction::CounterClockwise);
        pump.advance(600ms);
        QVERIFY(pump.actualRpm() < 1e-9);
        pump.advance(300ms);
        QVERIFY(std::abs(pump.actualRpm() - 30.0) < 1e-9);
        // Both directions count: 0.3 rev braking plus 0.075 rev accelerating the other way.
        QVERIFY(std::abs(pump.dispensedMl() - before - 0.375) < 1e-9);
    }

    void alarmStopsAtOnceAndRefusesStart()
    {
        SimPump pump(quietConfig());
        std::vector<StopCause> causes;
        pump.setStopListener([&causes](StopCause cause) { causes.push_back(cause); });
        QVERIFY(pump.start());
        pump.advance(1s);
        pump.raiseAlarm(Alarm::OverTemperature);
        QCOMPARE(pump.actualRpm(), 0.0);
        QCOMPARE(causes, std::vector<StopCause>{StopCause::OverTemperature});
        const auto refused = pump.start();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Refused);
        pump.clearAlarm();
        QVERIFY(pump.start());
    }

    void watchdogRaisesSafeModeTimeout()
    {
        SimPump pump(quietConfig());
        pump.setWatchdog(1000ms);
        pump.advance(800ms);
        pump.feedWatchdog();
        pump.advance(900ms);
        QCOMPARE(pump.alarm(), Alarm::None);
        pump.advance(200ms);
        QCOMPARE(pump.alarm(), Alarm::SafeModeTimeout);
    }

    void powerCycleForgetsSettings()
    {
        SimPumpConfig config = quietConfig();
        config.defaultRpm = 12.0;
        SimPump pump(config);
        std::vector<StopCause> causes;
        pump.setStopListener([&causes](StopCause cause) { causes.push_back(cause); });
        QVERIFY(pump.setTargetRpm(42.0));
        QVERIFY(pump.setMlPerRev(2.0));
        pump.setDirection(SimPump::Direction::CounterClockwise);
        pump.setFullSpeed(true);
        QVERIFY(pump.start());
        pump.advance(3s);
        pump.powerCycle();
        QCOMPARE(pump.targetRpm(), 12.0);
        QCOMPARE(pump.mlPerRev(), 1.0);
        QCOMPARE(pump.direction(), SimPump::Direction::Clockwise);
        QVERIFY(!pump.fullSpeed());
        QCOMPARE(pump.dispensedMl(), 0.0);
        QCOMPARE(pump.actualRpm(), 0.0);
        QCOMPARE(causes, std::vector<StopCause>{StopCause::PowerLoss});
    }

    void fullSpeedRunsAtMaxRpm()
    {
        SimPump pump(quietConfig());
        pump.setFullSpeed(true);
        QVERIFY(pump.start());
        pump.advance(5s);
        QCOMPARE(pump.actualRpm(), 200.0);
    }

    void rejectsOutOfRangeSpeed_data()
    {
        QTest::addColumn<double>("rpm");
        QTest::newRow("negative") << -1.0;
        QTest::newRow("above max") << 200.5;
        QTest::newRow("nan") << std::nan("");
    }

    void rejectsOutOfRangeSpeed()
    {
        QFETCH(double, rpm);
        SimPump pump(quietConfig());
        const auto set = pump.setTargetRpm(rpm);
        QVERIFY(!set);
        QCOMPARE(set.error().code, Error::Code::OutOfRange);
        QCOMPARE(pump.targetRpm(), quietConfig().defaultRpm);
    }

    void keepsCountedVolumeWhenCalibrationChanges()
    {
        SimPump pump(quietConfig());
        QVERIFY(pump.setTargetRpm(60.0));
        QVERIFY(pump.start());
        pump.advance(2s);
        const double before = pump.dispensedMl();
        QVERIFY(pump.setMlPerRev(0.5));
        QCOMPARE(pump.dispensedMl(), before);
        pump.advance(1s);
        QVERIFY(std::abs(pump.dispensedMl() - before - 0.5) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestSimPump)
#include "tst_simpump.moc"
