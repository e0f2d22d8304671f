// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/gravimetry.h"
#include "sim/balanceoptions.h"
#include "sim/pumpsimoptions.h"
#include "sim/simbalance.h"
#include "sim/simulation.h"
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

    void balanceOptionsAreChecked()
    {
        const auto ok = parsePumpSimArguments({QStringLiteral("pumpsim"), QStringLiteral("--model"), QStringLiteral("reglo-icc"),
                                               QStringLiteral("--balance"), QStringLiteral("sartorius-sbi"), QStringLiteral("--balance-link"),
                                               QStringLiteral("/tmp/b"), QStringLiteral("--temperature"), QStringLiteral("25"),
                                               QStringLiteral("--ml-per-rev"), QStringLiteral("0.123"), QStringLiteral("--balance-load"),
                                               QStringLiteral("12.5")});
        QVERIFY(ok);
        QCOMPARE(ok->balance, QStringLiteral("sartorius-sbi"));
        QCOMPARE(ok->balanceLink, QStringLiteral("/tmp/b"));
        QCOMPARE(ok->temperatureC, 25.0);
        QCOMPARE(ok->mlPerRev.value_or(0), 0.123);
        QCOMPARE(ok->balanceLoadG, 12.5);
        for (const QStringList &bad : {QStringList{QStringLiteral("--balance"), QStringLiteral("ohaus")},
                                       QStringList{QStringLiteral("--balance-link"), QStringLiteral("/tmp/b")},
                                       QStringList{QStringLiteral("--balance"), QStringLiteral("mt-sics"), QStringLiteral("--temperature"), QStringLiteral("80")},
                                       QStringList{QStringLiteral("--ml-per-rev"), QStringLiteral("0")},
                                       QStringList{QStringLiteral("--ml-per-rev"), QStringLiteral("x")}}) {
            const auto r = parsePumpSimArguments(QStringList{QStringLiteral("pumpsim"), QStringLiteral("--model"), QStringLiteral("reglo-icc")} + bad);
            QVERIFY2(!r, qPrintable(bad.join(u' ')));
            QVERIFY(r.error().message.contains(u"--"));
        }
    }

    // --ml-per-rev is the pumps' truth: what the balance sees follows it, not the tubing's figure.
    void trueVolumePerRevolutionReachesThePumps()
    {
        const auto options = parsePumpSimArguments({QStringLiteral("pumpsim"), QStringLiteral("--model"), QStringLiteral("reglo-icc"),
                                                    QStringLiteral("--ml-per-rev"), QStringLiteral("0.5")});
        QVERIFY(options);
        Simulation simulation;
        SimPump *pump = simulation.addPump(SimPumpConfig{});
        QVERIFY(BalanceOptions::applyToPumps(*options, simulation).ok());
        QCOMPARE(pump->mlPerRev(), 0.5);
        SimBalanceConfig bc;
        SimBalance balance(bc, {pump});
        QVERIFY(pump->dispense(1.0, 60).ok());
        run(*pump, balance, 10000ms, 10ms);
        QVERIFY(!pump->running());
        QVERIFY(std::abs(pump->revolutions() - 2.0) < 1e-9);  // 1 mL at 0.5 mL/rev
        QVERIFY(std::abs(balance.deliveredReadingG() - Gravimetry::readingFromVolume(1.0, Gravimetry::waterDensity(20))) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestSimBalance)
#include "tst_simbalance.moc"
