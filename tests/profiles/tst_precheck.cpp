// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "models/modelregistry.h"
#include "profiles/precheck.h"
#include "profiles/profileformat.h"

#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Profiles;
using namespace Qt::Literals::StringLiterals;

namespace {

Profile onePump(const QString &model, std::vector<Step> steps)
{
    Profile p;
    p.name = u"T"_s;
    p.modelId = model;
    p.steps = std::move(steps);
    return p;
}

QString describe(const PrecheckReport &report)
{
    QStringList lines;
    for (const auto *list : {&report.findings, &report.notes}) {
        for (const Finding &f : *list)
            lines.append(severityKey(f.severity) + u" ["_s + f.path + u"] "_s + f.message);
    }
    return lines.join(u'\n');
}

} // namespace

class TestPrecheck final : public QObject
{
    Q_OBJECT

    Models::ModelRegistry m_registry;
    const Models::PumpModel *model(QStringView id) { return m_registry.find(id.toString()); }

    Profile regloWithTubing279(std::vector<Step> steps)
    {
        Profile p = onePump(u"reglo-icc"_s, std::move(steps));
        p.headId = u"head-icc-cartridge"_s;
        p.tubingId = u"tube-3stop-2.79"_s;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_registry.load(u":/models"_s, {});
        QVERIFY(model(u"reglo-icc"));
        QVERIFY(model(u"ne-1000"));
    }

    void passesAProfileWithinTheLimits()
    {
        const auto profile = loadProfileFile(QFINDTESTDATA("data/good.json"));
        QVERIFY(profile);
        const PrecheckReport report = precheck(*profile, m_registry);
        QVERIFY2(report.findings.empty(), qPrintable(describe(report)));
        QVERIFY(!report.hasErrors());
    }

    void refusesARateAboveTheMaximumNamingStepAndLimit()
    {
        const Profile p = regloWithTubing279({pause(seconds(1)), pause(seconds(1)), dispense(ml(10), mlPerMin(120))});
        const PrecheckReport report = precheck(p, model(u"reglo-icc"));
        QCOMPARE(report.findings.size(), std::size_t(1));
        const Finding &f = report.findings.front();
        QCOMPARE(f.severity, Finding::Severity::Error);
        QCOMPARE(f.path, u"3"_s);
        QCOMPARE(f.message, u"Step 3 (dispense): rate 120 mL/min is above the Ismatec Reglo ICC's maximum of 30 mL/min "
                            "with 3-stop tubing 2.79 mm ID (100 rpm x 0.3 mL/rev)."_s);
    }

    void refusesARateBelowTheMinimumInTheUsersUnit()
    {
        const Profile p = regloWithTubing279({constantFlow({1, Unit::MicroliterPerMin}, seconds(60))});
        const PrecheckReport report = precheck(p, model(u"reglo-icc"));
        QCOMPARE(report.errorCount(), 1);
        QCOMPARE(report.findings.front().message,
                 u"Step 1 (constant flow): rate 1 uL/min (0.001 mL/min) is below the Ismatec Reglo ICC's minimum of "
                 "0.03 mL/min with 3-stop tubing 2.79 mm ID (0.1 rpm x 0.3 mL/rev)."_s);
    }

    void checksBothEndsOfARampAndNamesTheNestedStep()
    {
        const Profile p = regloWithTubing279({repeat(2, {pause(seconds(1)), ramp(mlPerMin(9), mlPerMin(40), seconds(30))})});
        const PrecheckReport report = precheck(p, model(u"reglo-icc"));
        QCOMPARE(report.findings.size(), std::size_t(1));  // once, not once per pass
        QCOMPARE(report.findings.front().path, u"1.2"_s);
        QVERIFY2(report.findings.front().message.startsWith(u"Step 1.2 (ramp): end rate 40 mL/min is above"_s),
                 qPrintable(describe(report)));
    }

    void warnsThatARampFromZeroStaysStoppedAtFirst()
    {
        const Profile p = regloWithTubing279({ramp(mlPerMin(0), mlPerMin(9), seconds(30))});
        const PrecheckReport report = precheck(p, model(u"reglo-icc"));
        QCOMPARE(report.errorCount(), 0);
        QCOMPARE(report.warningCount(), 1);
        QVERIFY(report.findings.front().message.contains(u"start rate is 0"_s));
    }

    void warnsWhenARateIsRoundedWithTheRoundedValue()
    {
        // 1 mL/min at 0.8 mL/rev = 1.25 rpm; the BT100-2J sets 0.1 rpm steps: 1.3 rpm = 1.04 mL/min.
        Profile p = onePump(u"longer-bt100-2j"_s, {constantFlow(mlPerMin(1), seconds(60))});
        p.tubingId = u"tube-16"_s;
        const PrecheckReport report = precheck(p, model(u"longer-bt100-2j"));
        QCOMPARE(report.findings.size(), std::size_t(1));
        const Finding &f = report.findings.front();
        QCOMPARE(f.severity, Finding::Severity::Warning);
        QCOMPARE(f.message, u"Step 1 (constant flow): rate 1 mL/min needs 1.25 rpm; the Longer BT100-2J sets speed in steps "
                            "of 0.1 rpm, so it will run at 1.3 rpm = 1.04 mL/min (+4.00 %)."_s);
        QVERIFY(!report.hasErrors());
    }

    void notesARoundingWithinTheAccuracyWithoutWarning()
    {
        // 8.02 mL/min at 0.8 mL/rev = 10.025 rpm; 0.1 rpm steps: 10 rpm = 8 mL/min, -0.25 %.
        Profile p = onePump(u"longer-bt100-2j"_s, {constantFlow(mlPerMin(8.02), seconds(60))});
        p.tubingId = u"tube-16"_s;
        const PrecheckReport report = precheck(p, model(u"longer-bt100-2j"));
        QVERIFY2(report.findings.empty(), qPrintable(describe(report)));  // nothing to confirm
        QCOMPARE(report.warningCount(), 0);
        QCOMPARE(report.notes.size(), std::size_t(1));
        const Finding &n = report.notes.front();
        QCOMPARE(n.severity, Finding::Severity::Note);
        QCOMPARE(n.path, u"1"_s);
        QVERIFY2(n.message.endsWith(u"so it will run at 10 rpm = 8 mL/min (-0.25 %)."_s), qPrintable(n.message));
        QCOMPARE(severityKey(n.severity), u"note"_s);
        QCOMPARE(severityText(n.severity), u"note"_s);
        // Just past the accuracy, the same rounding is a warning again: 1.04 mL/min at 0.8 mL/rev is
        // 1.3 rpm exactly, 1.035 mL/min needs 1.29375 rpm and gets 1.3 rpm (+0.48 %): a note; 1.01 mL/min
        // gets 1.3 rpm too (+2.97 %): a warning.
        p.steps = {constantFlow(mlPerMin(1.035), seconds(60)), constantFlow(mlPerMin(1.01), seconds(60))};
        const PrecheckReport two = precheck(p, model(u"longer-bt100-2j"));
        QCOMPARE(two.notes.size(), std::size_t(1));
        QCOMPARE(two.notes.front().path, u"1"_s);
        QCOMPARE(two.warningCount(), 1);
        QCOMPARE(two.findings.front().path, u"2"_s);
        QVERIFY2(two.findings.front().message.endsWith(u"(+2.97 %)."_s), qPrintable(describe(two)));
    }

    void doesNotWarnAboutRoundingOnAFloatSpeed()
    {
        const Profile p = onePump(u"kamoer-2802"_s, {constantFlow(mlPerMin(1.2345), seconds(60))});
        const PrecheckReport report = precheck(p, model(u"kamoer-2802"));
        QVERIFY2(report.findings.empty(), qPrintable(describe(report)));
    }

    void calibrationReplacesTheTubingsMlPerRev()
    {
        Profile p = regloWithTubing279({constantFlow(mlPerMin(40), seconds(60))});
        QVERIFY(precheck(p, model(u"reglo-icc")).hasErrors());  // 30 mL/min with nominal tubing
        p.mlPerRev = 0.5;
        QVERIFY(!precheck(p, model(u"reglo-icc")).hasErrors());
        PumpSetup setup;
        setup.mlPerRev = 0.25;  // the pump's own calibration wins over the profile's
        const PrecheckReport report = precheck(p, model(u"reglo-icc"), setup);
        QCOMPARE(report.errorCount(), 1);
        QVERIFY2(report.findings.front().message.contains(u"maximum of 25 mL/min with the calibration (100 rpm x 0.25 mL/rev)"_s),
                 qPrintable(describe(report)));
    }

    void refusesReverseOnAPumpThatCannotChangeDirection()
    {
        Models::PumpModel oneWay = *model(u"longer-bt100-2j");
        oneWay.capabilities.direction = false;
        const Profile p = onePump(u"longer-bt100-2j"_s, {constantFlow(mlPerMin(8), seconds(10)),
                                                         constantFlow(mlPerMin(8), seconds(10), Direction::Reverse)});
        const PrecheckReport report = precheck(p, &oneWay);
        QCOMPARE(report.findings.size(), std::size_t(1));
        QCOMPARE(report.findings.front().path, u"2"_s);
        QCOMPARE(report.findings.front().message,
                 u"Step 2 (constant flow): runs in reverse, but the Longer BT100-2J cannot change direction over its interface."_s);
        QVERIFY(precheck(p, model(u"longer-bt100-2j")).findings.empty());
    }

    void saysWhatThePumpRoundsInItsOwnModes()
    {
        // The Reglo ICC meters dispenses and constant flows itself: 4 significant digits, 0.1 s.
        const Profile reglo = regloWithTubing279({dispense(ml(1.23456), mlPerMin(2)), constantFlow(mlPerMin(2), seconds(12.34)),
                                                  dispense(ml(1.5), mlPerMin(2))});
        const PrecheckReport r = precheck(reglo, model(u"reglo-icc"));
        QCOMPARE(r.errorCount(), 0);
        QCOMPARE(r.warningCount(), 0);  // both round by less than 1 %: notes
        QCOMPARE(r.notes.size(), std::size_t(2));  // the exact third step says nothing
        QCOMPARE(r.notes.at(0).path, u"1"_s);
        QCOMPARE(r.notes.at(0).message, u"Step 1 (dispense): the Ismatec Reglo ICC meters this step in its own volume mode and rounds: volume 1.23456 mL becomes 1.235 mL."_s);
        QCOMPARE(r.notes.at(1).message, u"Step 2 (constant flow): the Ismatec Reglo ICC meters this step in its own time mode and rounds: time 12.34 s becomes 12.3 s."_s);
        // A time cut by 2 % (2.04 s to 2 s) is more than the pump's accuracy: a warning.
        const PrecheckReport cut = precheck(regloWithTubing279({constantFlow(mlPerMin(2), seconds(2.04))}), model(u"reglo-icc"));
        QCOMPARE(cut.warningCount(), 1);
        QVERIFY(cut.notes.empty());
        QVERIFY(cut.findings.front().message.endsWith(u"time 2.04 s becomes 2 s."_s));
        // The NE-1000 runs a constant flow as the volume it gives in that time.
        const Profile ne = onePump(u"ne-1000"_s, {constantFlow(mlPerMin(1.23456), seconds(10))});
        const PrecheckReport n = precheck(ne, model(u"ne-1000"));
        QCOMPARE(n.warningCount(), 0);
        QCOMPARE(n.notes.size(), std::size_t(1));
        QCOMPARE(n.notes.at(0).message, u"Step 1 (constant flow): the New Era NE-1000 meters this step in its own volume mode and rounds: rate 1.23456 mL/min becomes 1.235 mL/min; volume 0.20576 mL becomes 0.2058 mL."_s);
        // A step already out of range gets its error, not a rounding note besides.
        const Profile fast = onePump(u"ne-1000"_s, {dispense(ml(1.23456), mlPerMin(40))});
        const PrecheckReport f = precheck(fast, model(u"ne-1000"));
        QCOMPARE(f.errorCount(), 1);
        QCOMPARE(f.warningCount(), 0);
        QVERIFY(f.notes.empty());
    }

    void checksSyringeFlowRange()
    {
        Profile p = onePump(u"ne-1000"_s, {constantFlow(mlPerMin(40), seconds(1)), constantFlow({0.0005, Unit::MicroliterPerHour}, seconds(1))});
        const PrecheckReport report = precheck(p, model(u"ne-1000"));
        QCOMPARE(report.errorCount(), 2);
        QCOMPARE(report.findings.at(0).message, u"Step 1 (constant flow): rate 40 mL/min is above the New Era NE-1000's maximum of 35 mL/min."_s);
        QVERIFY2(report.findings.at(1).message.startsWith(u"Step 2 (constant flow): rate 0.0005 uL/h"_s), qPrintable(describe(report)));
        QVERIFY(report.findings.at(1).message.contains(u"below the New Era NE-1000's minimum of 1.22e-05 mL/min"_s));
    }

    void refusesMoreVolumeInOneStrokeThanTheSyringeHolds()
    {
        // Three 4 mL dispenses with a 10 mL syringe: the third pass runs out.
        Profile p = onePump(u"ne-1000"_s, {repeat(3, {dispense(ml(4), mlPerMin(5)), pause(seconds(5))})});
        p.syringeId = u"syringe-10ml"_s;
        const PrecheckReport report = precheck(p, model(u"ne-1000"));
        QCOMPARE(report.findings.size(), std::size_t(1));
        QCOMPARE(report.findings.front().path, u"1.1"_s);
        QCOMPARE(report.findings.front().message,
                 u"Step 1.1 (dispense), pass 3: by the end of this step the syringe must have moved 12 mL in one stroke, "
                 "more than the 10 mL syringe holds (10 mL)."_s);
        // Refilling between strokes keeps the travel within the syringe.
        p.steps = {repeat(5, {dispense(ml(8), mlPerMin(5), Direction::Reverse), dispense(ml(8), mlPerMin(5))})};
        QVERIFY2(precheck(p, model(u"ne-1000")).findings.empty(), qPrintable(describe(precheck(p, model(u"ne-1000")))));
        // The setup's smaller syringe is what counts.
        PumpSetup setup;
        setup.syringeId = u"syringe-5ml"_s;
        QVERIFY(precheck(p, model(u"ne-1000"), setup).hasErrors());
    }

    void reportsUnknownModelHeadTubingAndSyringe()
    {
        Profile p = onePump(u"no-such-pump"_s, {pause(seconds(1))});
        PrecheckReport report = precheck(p, m_registry);
        QCOMPARE(report.errorCount(), 1);
        QCOMPARE(report.findings.front().message, u"Unknown pump model \"no-such-pump\"."_s);

        p = regloWithTubing279({constantFlow(mlPerMin(1), seconds(1))});
        p.headId = u"head-x"_s;
        report = precheck(p, model(u"reglo-icc"));
        QCOMPARE(report.errorCount(), 1);
        QCOMPARE(report.findings.front().message, u"Head \"head-x\" is not one of the Ismatec Reglo ICC's heads (head-icc-cartridge)."_s);

        p = regloWithTubing279({constantFlow(mlPerMin(1), seconds(1))});
        p.tubingId = u"tube-x"_s;
        report = precheck(p, model(u"reglo-icc"));
        QCOMPARE(report.errorCount(), 1);
        QVERIFY2(report.findings.front().message.startsWith(u"Tubing \"tube-x\" is not one of the tubing sizes"_s), qPrintable(describe(report)));

        p = onePump(u"ne-1000"_s, {pause(seconds(1))});
        p.syringeId = u"syringe-x"_s;
        report = precheck(p, model(u"ne-1000"));
        QCOMPARE(report.errorCount(), 1);
        QVERIFY(report.findings.front().message.startsWith(u"Syringe \"syringe-x\" is not one of the New Era NE-1000's syringes"_s));
    }

    void refusesAPressureSensor()
    {
        const PrecheckReport report = precheck(onePump(u"pressure-modbus"_s, {pause(seconds(1))}), m_registry);
        QCOMPARE(report.errorCount(), 1);
        QVERIFY(report.findings.front().message.contains(u"is a pressure sensor"_s));
    }

    void warnsWhenCheckedAgainstAnotherModel()
    {
        const auto profile = loadProfileFile(QFINDTESTDATA("data/good.json"));
        PumpSetup setup;
        setup.modelId = u"kamoer-2802"_s;
        const PrecheckReport report = precheck(*profile, m_registry, setup);
        QCOMPARE(report.findings.size(), std::size_t(1));
        QCOMPARE(report.findings.front().severity, Finding::Severity::Warning);
        QVERIFY(report.findings.front().message.startsWith(u"The profile was written for \"reglo-icc\""_s));
    }

    void warnsAboutRunsLongerThanSevenDays()
    {
        const Profile p = onePump(u"reglo-icc"_s, {repeat(200, {pause({1, Unit::Hour})})});
        const PrecheckReport report = precheck(p, model(u"reglo-icc"));
        QCOMPARE(report.errorCount(), 0);
        QCOMPARE(report.warningCount(), 1);
        QCOMPARE(report.findings.front().message, u"The profile runs for 8 d 8 h, more than 7 d: check the repeat counts."_s);
    }

    void reportsAnInvalidProfileAsOneError()
    {
        const PrecheckReport report = precheck(onePump(u"reglo-icc"_s, {repeat(0, {pause(seconds(1))})}), model(u"reglo-icc"));
        QCOMPARE(report.findings.size(), std::size_t(1));
        QVERIFY(report.findings.front().message.contains(u"steps[0].count"_s));
    }

    void plansTimelineAndTotalsOfAMultiStepProfile()
    {
        const auto profile = loadProfileFile(QFINDTESTDATA("data/good.json"));
        QVERIFY(profile);
        const Timeline plan = timeline(*profile);
        QVERIFY(!plan.truncated);
        // wait, flow, 3 x (dispense, pause), ramp
        QCOMPARE(plan.segments.size(), std::size_t(9));
        const Segment &wait = plan.segments.at(0);
        QVERIFY(wait.waitsForOperator);
        QCOMPARE(wait.path, u"1"_s);
        QCOMPARE(wait.endS, 0.0);
        QCOMPARE(wait.message, u"Connect the waste line."_s);
        const Segment &flow = plan.segments.at(1);
        QCOMPARE(flow.endS, 120.0);
        QCOMPARE(flow.startMlPerMin, 4.7);
        QCOMPARE(flow.endMlPerMin, 4.7);
        QVERIFY(qFuzzyCompare(flow.volumeMl, 9.4));
        const double dispenseS = 0.5 / 0.94 * 60;
        const Segment &firstDose = plan.segments.at(2);
        QCOMPARE(firstDose.path, u"3.1"_s);
        QCOMPARE(firstDose.passes, std::vector<int>{1});
        QCOMPARE(firstDose.startS, 120.0);
        QVERIFY(qFuzzyCompare(firstDose.endS, 120.0 + dispenseS));
        QCOMPARE(firstDose.volumeMl, 0.5);
        const Segment &lastPause = plan.segments.at(7);
        QCOMPARE(lastPause.path, u"3.2"_s);
        QCOMPARE(lastPause.passes, std::vector<int>{3});
        QCOMPARE(lastPause.volumeMl, 0.0);
        const Segment &rampDown = plan.segments.at(8);
        QCOMPARE(rampDown.path, u"4"_s);
        QCOMPARE(rampDown.direction, Direction::Reverse);
        QCOMPARE(rampDown.startMlPerMin, 4.7);
        QCOMPARE(rampDown.endMlPerMin, 0.94);
        QVERIFY(qFuzzyCompare(rampDown.volumeMl, 2.82));
        for (std::size_t i = 1; i < plan.segments.size(); ++i)
            QCOMPARE(plan.segments.at(i).startS, plan.segments.at(i - 1).endS);

        const Totals t = totals(*profile);
        const double expectedS = 120 + 3 * (dispenseS + 30) + 60;
        QVERIFY(qFuzzyCompare(t.durationS, expectedS));
        QVERIFY(qFuzzyCompare(t.durationS, rampDown.endS));
        QVERIFY(qFuzzyCompare(t.forwardMl, 10.9));
        QVERIFY(qFuzzyCompare(t.reverseMl, 2.82));
        QVERIFY(qFuzzyCompare(t.volumeMl, 13.72));
        QVERIFY(qFuzzyCompare(t.forwardS, 120 + 3 * dispenseS));
        QCOMPARE(t.reverseS, 60.0);
        QCOMPARE(t.operatorWaits, 1);
        QVERIFY2(t.text().startsWith(u"13.72 mL (10.9 mL forward, 2.82 mL reverse) in 6 min 6 s; 1 operator wait"_s), qPrintable(t.text()));
        QVERIFY(t.text().endsWith(u"counted as 0 s"_s));
        QCOMPARE(precheck(*profile, m_registry).totals.durationS, t.durationS);
    }

    void totalsOfNestedRepeatsMultiply()
    {
        const Profile p = onePump(u"reglo-icc"_s, {repeat(10, {repeat(10, {constantFlow(mlPerMin(6), seconds(10)), waitForOperator(u"ok"_s)})})});
        const Totals t = totals(p);
        QCOMPARE(t.durationS, 1000.0);
        QVERIFY(qFuzzyCompare(t.forwardMl, 100.0));
        QCOMPARE(t.operatorWaits, 100);
        QCOMPARE(timeline(p).segments.size(), std::size_t(200));
        QCOMPARE(timeline(p).segments.back().path, u"1.1.2"_s);
        QCOMPARE(timeline(p).segments.back().passes, (std::vector<int>{10, 10}));
    }
};

QTEST_GUILESS_MAIN(TestPrecheck)
#include "tst_precheck.moc"
