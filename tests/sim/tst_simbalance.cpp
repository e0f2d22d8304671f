// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/gravimetry.h"
#include "sim/simbalance.h"
#include "sim/simpump.h"

#include <QTest>

#include <cmath>

using namespace PumpStudio;
using namespace PumpStudio::Sim;
using namespace std::chrono_literals;

namespace {

void run(SimPump &pump, SimBalance &balance, std::chrono::milliseconds total, std::chrono::milliseconds step)
{
    for (auto t = 0ms; t < total; t += step) {
        pump.advance(step);
        balance.advance(step);
    }
}

} // namespace

class TestSimBalance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waterDensityMatchesTanaka()
    {
        QVERIFY(std::abs(Gravimetry::waterDensity(20) - 0.9982067) < 5e-8);
        QVERIFY(std::abs(Gravimetry::waterDensity(25) - 0.9970470) < 5e-8);
        // The familiar Z factor at 20 degC: about 1.0029 uL/mg.
        QVERIFY(std::abs(Gravimetry::zFactor(Gravimetry::waterDensity(20)) - 1.0029) < 0.0001);
        QVERIFY(std::abs(Gravimetry::volumeFromReading(Gravimetry::readingFromVolume(3.0, 0.998), 0.998) - 3.0) < 1e-12);
    }

    void settlesOnlyOnceTheLiquidStops_data()
    {
        QTest::addColumn<int>("stepMs");
        QTest::newRow("fine steps") << 10;
        QTest::newRow("coarse steps (speed-up)") << 500;
    }

    void settlesOnlyOnceTheLiquidStops()
    {
        QFETCH(int, stepMs);
        const auto step = std::chrono::milliseconds(stepMs);
        SimPumpConfig pc;
        pc.mlPerRev = 0.05;
        SimPump pump(pc);
        SimBalanceConfig bc;
        bc.readabilityG = 0.001;
        bc.waterCelsius = 25;
        SimBalance balance(bc, {&pump});
        run(pump, balance, 2000ms, step);
        QVERIFY(balance.stable());
        QVERIFY(pump.setTargetRpm(50).ok());
        QVERIFY(pump.start().ok());
        run(pump, balance, 1000ms, step);  // the motor's ramp
        for (int i = 0; i < 20; ++i) {
            run(pump, balance, step, step);
            QVERIFY2(!balance.stable(), qPrintable(QString::number(i)));
        }
        pump.stop();
        run(pump, balance, 5000ms, step);
        QVERIFY(balance.stable());
        const double expected = Gravimetry::readingFromVolume(pump.dispensedMl(), Gravimetry::waterDensity(25));
        QVERIFY(std::abs(balance.deliveredReadingG() - expected) < 1e-12);
        QVERIFY(std::abs(balance.reading() - expected) <= 0.004);
    }

    void overloadAndUnderload()
    {
        SimBalanceConfig bc;
        bc.capacityG = 100;
        bc.initialLoadG = 150;
        SimBalance balance(bc);
        QVERIFY(balance.overloaded());
        QVERIFY(!balance.stable());
        balance.addLoad(-160);
        balance.advance(10s);
        QVERIFY(!balance.overloaded());
        QVERIFY(balance.underloaded());
    }
};

QTEST_GUILESS_MAIN(TestSimBalance)
#include "tst_simbalance.moc"
