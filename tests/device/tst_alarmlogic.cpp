// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/alarmlogic.h"

#include <QLocale>
#include <QTest>

#include <cmath>

using namespace PumpStudio::Device;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kMs = 1000;

// Feeds (ms, value) pairs and collects every transition.
QList<AlarmTransition> run(AlarmEvaluator &evaluator, const QList<std::pair<qint64, double>> &samples)
{
    QList<AlarmTransition> all;
    for (const auto &[ms, value] : samples)
        all.append(evaluator.feed(ms * kMs, value));
    return all;
}

AlarmConfig flowConfig()
{
    AlarmConfig config;
    config.quantity = u"Flow"_s;
    config.unit = u"mL/min"_s;
    return config;
}

} // namespace

class TestAlarmLogic final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void raisesAboveHighAndClearsBelow()
    {
        AlarmConfig config = flowConfig();
        config.high = AlarmLimit{10, AlarmAction::Warn};
        AlarmEvaluator evaluator(config);
        QVERIFY(evaluator.feed(0, 9.5).isEmpty());
        QVERIFY(evaluator.feed(1, 10.0).isEmpty()); // at the limit is not beyond it
        const QList<AlarmTransition> raised = evaluator.feed(2 * kMs, 10.5);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised[0].kind, AlarmKind::High);
        QVERIFY(raised[0].raised);
        QCOMPARE(raised[0].tUs, 2 * kMs);
        QCOMPARE(raised[0].value, 10.5);
        QCOMPARE(raised[0].limit, 10.0);
        QCOMPARE(raised[0].action, AlarmAction::Warn);
        QVERIFY(evaluator.isRaised(AlarmKind::High));
        QVERIFY(evaluator.feed(3 * kMs, 11).isEmpty()); // raised once, not per sample
        const QList<AlarmTransition> cleared = evaluator.feed(4 * kMs, 9);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!cleared[0].raised);
        QVERIFY(!evaluator.isRaised(AlarmKind::High));
    }

    void hysteresisStopsChatteringAroundLimit()
    {
        AlarmConfig config = flowConfig();
        config.high = AlarmLimit{10, AlarmAction::Warn};
        config.hysteresis = 0.5;
        AlarmEvaluator evaluator(config);
        QList<std::pair<qint64, double>> noisy;
        for (int i = 0; i < 100; ++i)
            noisy.append({i, i % 2 ? 10.2 : 9.7}); // dithers across the limit, inside the band
        const QList<AlarmTransition> transitions = run(evaluator, noisy);
        QCOMPARE(transitions.size(), 1);
        QVERIFY(transitions[0].raised);
        QVERIFY(evaluator.feed(200 * kMs, 9.51).isEmpty()); // still above limit - hysteresis
        const QList<AlarmTransition> cleared = evaluator.feed(201 * kMs, 9.5);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!cleared[0].raised);
    }

    void lowHysteresisClearsAboveLimitPlusBand()
    {
        AlarmConfig config = flowConfig();
        config.low = AlarmLimit{2, AlarmAction::StopPumps};
        config.hysteresis = 0.25;
        AlarmEvaluator evaluator(config);
        const QList<AlarmTransition> transitions = run(evaluator, {{0, 3}, {1, 1.9}, {2, 2.1}, {3, 1.5}, {4, 2.2}, {5, 2.25}});
        QCOMPARE(transitions.size(), 2);
        QCOMPARE(transitions[0].kind, AlarmKind::Low);
        QVERIFY(transitions[0].raised);
        QCOMPARE(transitions[0].tUs, 1 * kMs);
        QCOMPARE(transitions[0].action, AlarmAction::StopPumps);
        QVERIFY(!transitions[1].raised);
        QCOMPARE(transitions[1].tUs, 5 * kMs);
    }

    void delayIgnoresShortSpikes()
    {
        AlarmConfig config = flowConfig();
        config.high = AlarmLimit{10, AlarmAction::Warn};
        config.delay = 500ms;
        AlarmEvaluator evaluator(config);
        // 400 ms above, one sample back inside, 400 ms above again: never 500 ms continuously.
        QList<std::pair<qint64, double>> spikes;
        for (qint64 ms = 0; ms <= 400; ms += 100)
            spikes.append({ms, 12});
        spikes.append({500, 9});
        for (qint64 ms = 600; ms <= 1000; ms += 100)
            spikes.append({ms, 12});
        QVERIFY(run(evaluator, spikes).isEmpty());
        // It raises on the first sample at which the condition has held for the delay.
        const QList<AlarmTransition> transitions = run(evaluator, {{1050, 12}, {1100, 12}, {1200, 12}});
        QCOMPARE(transitions.size(), 1);
        QCOMPARE(transitions[0].tUs, 1100 * kMs);
    }

    void highHighEscalatesOverHigh()
    {
        AlarmConfig config = flowConfig();
        config.high = AlarmLimit{10, AlarmAction::Warn};
        config.highHigh = AlarmLimit{15, AlarmAction::StopPumps};
        config.hysteresis = 1;
        AlarmEvaluator evaluator(config);
        QList<AlarmTransition> t = evaluator.feed(0, 12);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t[0].kind, AlarmKind::High);
        t = evaluator.feed(1 * kMs, 16);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t[0].kind, AlarmKind::HighHigh);
        QCOMPARE(t[0].action, AlarmAction::StopPumps);
        QVERIFY(evaluator.isRaised(AlarmKind::High));
        // Back under high-high: High is still raised.
        t = evaluator.feed(2 * kMs, 13);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t[0].kind, AlarmKind::HighHigh);
        QVERIFY(!t[0].raised);
        QVERIFY(evaluator.isRaised(AlarmKind::High));

        // Straight past both on one sample: High first, then HighHigh.
        AlarmEvaluator jump(config);
        t = jump.feed(0, 20);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0].kind, AlarmKind::High);
        QCOMPARE(t[1].kind, AlarmKind::HighHigh);
    }

    void deviationWaitsForDelayAndRestartsOnSetpointChange()
    {
        AlarmConfig config = flowConfig();
        config.deviation = DeviationLimit{10, ToleranceMode::Percent, AlarmAction::Warn};
        config.delay = 2s;
        AlarmEvaluator evaluator(config);
        QVERIFY(run(evaluator, {{0, 0}, {5000, 0}}).isEmpty()); // no setpoint: nothing to deviate from
        evaluator.setSetpoint(50);
        // Accelerating from 0 to 50 in 1.5 s: off by more than 5 but shorter than the delay.
        QVERIFY(run(evaluator, {{6000, 0}, {6500, 20}, {7000, 40}, {7500, 50}, {9000, 52}}).isEmpty());
        // Setpoint change while deviating: the delay starts again.
        QVERIFY(run(evaluator, {{10000, 60}, {11500, 60}}).isEmpty()); // 60 vs 50: beyond 5 for 1.5 s
        evaluator.setSetpoint(100);
        QVERIFY(run(evaluator, {{11600, 60}, {12000, 70}, {13500, 80}}).isEmpty());
        const QList<AlarmTransition> raised = evaluator.feed(13600 * kMs, 80);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised[0].kind, AlarmKind::Deviation);
        QCOMPARE(raised[0].limit, 10.0); // 10 % of 100
        const QList<AlarmTransition> cleared = evaluator.feed(14000 * kMs, 95);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!cleared[0].raised);
    }

    void absoluteDeviationAndStoppedPumpClears()
    {
        AlarmConfig config = flowConfig();
        config.deviation = DeviationLimit{1.5, ToleranceMode::Absolute, AlarmAction::StopPumps};
        AlarmEvaluator evaluator(config);
        evaluator.setSetpoint(10);
        QVERIFY(evaluator.feed(0, 11.5).isEmpty());
        const QList<AlarmTransition> raised = evaluator.feed(1, 8.4);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised[0].action, AlarmAction::StopPumps);
        evaluator.setSetpoint(std::nullopt);
        const QList<AlarmTransition> cleared = evaluator.feed(2, 0);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!cleared[0].raised);
    }

    void nanReadingIsIgnored()
    {
        AlarmConfig config = flowConfig();
        config.high = AlarmLimit{10, AlarmAction::Warn};
        config.delay = 100ms;
        AlarmEvaluator evaluator(config);
        const QList<AlarmTransition> t = run(evaluator, {{0, 11}, {50, std::nan("")}, {100, 11}});
        QCOMPARE(t.size(), 1);
        QCOMPARE(t[0].tUs, 100 * kMs);
    }

    void messagesNameLimitValueAndUnit_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("high") << int(AlarmKind::High) << 12.5 << u"Flow is 12.5 mL/min, above the high limit of 10 mL/min"_s;
        QTest::newRow("high-high") << int(AlarmKind::HighHigh) << 30.0 << u"Flow is 30 mL/min, above the high-high limit of 20 mL/min"_s;
        QTest::newRow("low") << int(AlarmKind::Low) << 0.5 << u"Flow is 0.5 mL/min, below the low limit of 1 mL/min"_s;
        QTest::newRow("deviation") << int(AlarmKind::Deviation) << 8.0
                                   << u"Flow is 8 mL/min, more than 1 mL/min away from the setpoint of 5 mL/min"_s;
    }

    void messagesNameLimitValueAndUnit()
    {
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(QString, expected);
        AlarmConfig config = flowConfig();
        config.high = AlarmLimit{10, AlarmAction::Warn};
        config.highHigh = AlarmLimit{20, AlarmAction::StopPumps};
        config.low = AlarmLimit{1, AlarmAction::Warn};
        config.deviation = DeviationLimit{1, ToleranceMode::Absolute, AlarmAction::Warn};
        AlarmEvaluator evaluator(config);
        evaluator.setSetpoint(5);
        const QList<AlarmTransition> transitions = evaluator.feed(0, value);
        const auto it = std::find_if(transitions.begin(), transitions.end(),
                                     [&](const AlarmTransition &t) { return int(t.kind) == kind; });
        QVERIFY(it != transitions.end());
        QCOMPARE(it->message, expected);
    }

    void clearMessageSaysBackWithin()
    {
        AlarmConfig config;
        config.unit = u"bar"_s;
        config.high = AlarmLimit{2, AlarmAction::Warn};
        AlarmEvaluator evaluator(config);
        evaluator.feed(0, 3);
        const QList<AlarmTransition> cleared = evaluator.feed(1, 1.5);
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(cleared[0].message, u"Value is back to 1.5 bar, below the high limit of 2 bar"_s);
    }
};

QTEST_GUILESS_MAIN(TestAlarmLogic)
#include "tst_alarmlogic.moc"
