// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "models/limits.h"
#include "models/modelregistry.h"

#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Models;
using namespace Qt::Literals::StringLiterals;

class TestLimits final : public QObject
{
    Q_OBJECT

    ModelRegistry m_registry;
    const PumpModel &model(QStringView id) { return *m_registry.find(id.toString()); }

private Q_SLOTS:
    void initTestCase() { m_registry.load(u":/models"_s, {}); }

    void roundsSpeedToTheWireResolution()
    {
        QCOMPARE(checkSpeed(model(u"longer-bt100-2j"), 23.34).value(), 23.3);
        QCOMPARE(checkSpeed(model(u"longer-wt600-2j"), 150.4).value(), 150.0);
        QCOMPARE(checkSpeed(model(u"reglo-icc"), 12.345).value(), 12.35);
        QCOMPARE(checkSpeed(model(u"kamoer-2802"), 12.345).value(), 12.345);  // float on the wire
    }

    void refusesSpeedAboveTheMaximumNamingTheLimit()
    {
        const auto r = checkSpeed(model(u"longer-bt100-2j"), 120);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::OutOfRange);
        QCOMPARE(r.error().message,
                 u"Speed 120.0 rpm is above the Longer BT100-2J maximum of 100.0 rpm; nothing was sent."_s);
    }

    void writesHugeNumbersShortly()
    {
        // Issue 12 item 13: "pumpctl speed 1e300" answered with a 300-digit number.
        const auto speed = checkSpeed(model(u"reglo-icc"), 1e300);
        QVERIFY(!speed);
        QCOMPARE(speed.error().message, u"Speed 1e+300 rpm is above the Ismatec Reglo ICC maximum of 100.0 rpm; nothing was sent."_s);
        const auto flow = checkFlow(model(u"longer-bt100-2j"), 0.8, 1e300);
        QVERIFY(!flow);
        QVERIFY2(flow.error().message.size() < 200, qPrintable(flow.error().message));
    }

    void refusesSpeedBelowTheMinimum()
    {
        const auto r = checkSpeed(model(u"longer-wt600-2j"), 0.4);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"minimum of 1.0 rpm"_s), qPrintable(r.error().message));
        QVERIFY(!checkSpeed(model(u"reglo-icc"), std::nan("")));
    }

    void convertsFlowThroughMlPerRev()
    {
        const PumpModel &bt100 = model(u"longer-bt100-2j");
        QCOMPARE(defaultMlPerRev(bt100), 0.8);
        const auto set = checkFlow(bt100, 0.8, 20.0);  // 25 rpm
        QVERIFY(set);
        QCOMPARE(*set, 20.0);
        // 1.0 mL/min at 0.8 mL/rev = 1.25 rpm, set as 1.3 rpm (0.1 rpm steps) = 1.04 mL/min
        QCOMPARE(checkFlow(bt100, 0.8, 1.0).value(), 1.3 * 0.8);
        QCOMPARE(rpmFromFlow(20.0, 0.8), 25.0);
        QCOMPARE(flowFromRpm(25.0, 0.8), 20.0);
    }

    void refusesFlowBeyondTheTubingsReachWithTheFlowLimit()
    {
        const auto r = checkFlow(model(u"longer-bt100-2j"), 0.8, 100.0);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"80.0 mL/min with this tubing"_s), qPrintable(r.error().message));
        QVERIFY(!checkFlow(model(u"longer-bt100-2j"), 0.0, 1.0));
    }

    void checksSyringeFlowAgainstTheRateRange()
    {
        const PumpModel &ne = model(u"ne-1000");
        QVERIFY(checkFlow(ne, 0, 5.0));
        const auto r = checkFlow(ne, 0, 50.0);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"maximum of 35.0 mL/min"_s), qPrintable(r.error().message));
    }

    void findsTubingMlPerRev()
    {
        QCOMPARE(mlPerRevFor(model(u"longer-wt600-2j"), u"head-yz25"_s, u"tube-18"_s), 3.8);
        QCOMPARE(mlPerRevFor(model(u"reglo-icc"), {}, {}), 0.094);
        QVERIFY(!mlPerRevFor(model(u"reglo-icc"), u"head-yz15"_s, {}));
    }

    void checksAddresses()
    {
        QVERIFY(checkAddress(model(u"reglo-icc"), 8));
        const auto r = checkAddress(model(u"reglo-icc"), 9);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"1-8"_s), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
