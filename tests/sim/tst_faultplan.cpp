// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/faultplan.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Sim;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Kind = FaultEvent::Kind;

class TestFaultPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("ms") << u"200ms"_s << qint64(200);
        QTest::newRow("seconds") << u"10s"_s << qint64(10000);
        QTest::newRow("fraction") << u"1.5s"_s << qint64(1500);
        QTest::newRow("minutes") << u"2min"_s << qint64(120000);
        QTest::newRow("leading point") << u".25s"_s << qint64(250);
        QTest::newRow("spaces") << u" 3 s "_s << qint64(3000);
    }

    void parsesDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = FaultPlan::parseDuration(text);
        QVERIFY2(parsed.ok(), parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->count(), ms);
    }

    void parsesTheDocumentedExample()
    {
        const auto plan = FaultPlan::parseSpec(
            u"drop=0.05,corrupt=0.02,garbage=0.01,slow=200ms,unplug@10s:3s,stall@20s,overtemp@30s,occlusion@5s,powercycle@40s"_s);
        QVERIFY2(plan.ok(), plan ? "" : qPrintable(plan.error().message));
        const auto &events = plan->events;
        QCOMPARE(events.size(), std::size_t(9));
        // Sorted by time; rates first (time 0) in the order written.
        QCOMPARE(events[0].kind, Kind::Drop);
        QCOMPARE(events[0].probability, 0.05);
        QCOMPARE(events[1].kind, Kind::Corrupt);
        QCOMPARE(events[2].kind, Kind::Garbage);
        QCOMPARE(events[3].kind, Kind::Slow);
        QCOMPARE(events[3].delay, 200ms);
        QCOMPARE(events[4].kind, Kind::Occlusion);
        QCOMPARE(events[4].at, 5s);
        QCOMPARE(events[5].kind, Kind::Unplug);
        QCOMPARE(events[5].at, 10s);
        QCOMPARE(events[5].duration, std::optional<std::chrono::milliseconds>(3s));
        QCOMPARE(events[6].kind, Kind::Stall);
        QVERIFY(!events[6].duration);
        QCOMPARE(events[7].kind, Kind::OverTemperature);
        QCOMPARE(events[8].kind, Kind::PowerCycle);
        QCOMPARE(events[8].at, 40s);
    }

    void parsesAddressAndPercent()
    {
        const auto plan = FaultPlan::parseSpec(u" stall/2@1.5s , drop=5% "_s);
        QVERIFY2(plan.ok(), plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->events.size(), std::size_t(2));
        QCOMPARE(plan->events[0].kind, Kind::Drop);
        QCOMPARE(plan->events[0].probability, 0.05);
        QCOMPARE(plan->events[1].address, std::optional<int>(2));
        QCOMPARE(plan->events[1].at, 1500ms);
    }

    // Issue 12: a line that only echoes or stays silent, for the fault matrix; alone they
    // hold for the whole run, with a time they start then (and may end).
    void parsesEchoAndSilentLines()
    {
        const auto plan = FaultPlan::parseSpec(u"echo, silent@2s:1s"_s);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->events.size(), 2u);
        QCOMPARE(plan->events[0].kind, FaultEvent::Kind::Echo);
        QCOMPARE(plan->events[0].at, 0ms);
        QVERIFY(!plan->events[0].duration);
        QCOMPARE(plan->events[1].kind, FaultEvent::Kind::Silent);
        QCOMPARE(plan->events[1].at, 2000ms);
        QCOMPARE(plan->events[1].duration, std::optional(1000ms));
    }

    // Issue 12, defect 1: a duration of 1e308 s was rounded into a wrapped-around integer.
    void refusesDurationsTheClockCannotHold()
    {
        QVERIFY(!FaultPlan::parseDuration(u"1e308s"_s));
        QVERIFY(!FaultPlan::parseSpec(u"unplug@100000000000000000000s"_s));
        QVERIFY(!FaultPlan::parseScenario(R"([{"at": 1e308, "fault": "stall"}])", u"x"_s));
        QVERIFY(FaultPlan::parseDuration(u"3650d"_s).ok() == false);  // not a unit
        QCOMPARE(FaultPlan::parseDuration(u"10min"_s).value(), 600000ms);
    }

    void acceptsAnEmptySpec()
    {
        const auto plan = FaultPlan::parseSpec(u"  "_s);
        QVERIFY(plan.ok());
        QVERIFY(plan->events.empty());
    }

    void rejectsBadSpecAtItsColumn_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown fault") << u"drop=0.1,explode@3s"_s << 10 << u"explode"_s;
        QTest::newRow("unknown rate") << u"loss=0.1"_s << 1 << u"loss"_s;
        QTest::newRow("fault used as rate") << u"stall=1"_s << 1 << u"stall"_s;
        QTest::newRow("probability above one") << u"drop=1.5"_s << 6 << u"1.5"_s;
        QTest::newRow("missing at") << u"unplug:3s"_s << 7 << u"'@'"_s;
        QTest::newRow("bad time unit") << u"stall@20sec"_s << 7 << u"20sec"_s;
        QTest::newRow("bad duration") << u"unplug@10s:x"_s << 12 << u"'x'"_s;
        QTest::newRow("power cycle duration") << u"powercycle@4s:1s"_s << 14 << u"power cycle"_s;
        QTest::newRow("bad address") << u"stall/x@1s"_s << 7 << u"address"_s;
        QTest::newRow("trailing comma") << u"stall@1s,"_s << 10 << u"empty"_s;
        QTest::newRow("bad slow") << u"slow=fast"_s << 6 << u"fast"_s;
    }

    void rejectsBadSpecAtItsColumn()
    {
        QFETCH(QString, spec);
        QFETCH(int, column);
        QFETCH(QString, mentions);
        const auto plan = FaultPlan::parseSpec(spec);
        QVERIFY(!plan.ok());
        const QString message = plan.error().message;
        QCOMPARE(plan.error().code, Error::Code::InvalidArgument);
        QVERIFY2(message.contains(u"column %1:"_s.arg(column)), qPrintable(message));
        QVERIFY2(message.contains(mentions), qPrintable(message));
    }

    void loadsScenarioList()
    {
        const QByteArray json = R"([
            {"at": "10s", "fault": "unplug", "for": "3s"},
            {"at": 0, "fault": "drop", "value": 0.05},
            {"at": "20s", "fault": "stall", "address": 2},
            {"at": "30s", "fault": "slow", "value": "200ms"},
            {"at": 5.5, "fault": "occlusion", "for": 20}
        ])";
        const auto plan = FaultPlan::parseScenario(json, u"s.json"_s);
        QVERIFY2(plan.ok(), plan ? "" : qPrintable(plan.error().message));
        const auto &events = plan->events;
        QCOMPARE(events.size(), std::size_t(5));
        QCOMPARE(events[0].kind, Kind::Drop);
        QCOMPARE(events[0].probability, 0.05);
        QCOMPARE(events[1].kind, Kind::Occlusion);
        QCOMPARE(events[1].at, 5500ms);
        QCOMPARE(events[1].duration, std::optional<std::chrono::milliseconds>(20s));
        QCOMPARE(events[2].kind, Kind::Unplug);
        QCOMPARE(events[3].address, std::optional<int>(2));
        QCOMPARE(events[4].kind, Kind::Slow);
        QCOMPARE(events[4].delay, 200ms);
    }

    void loadsScenarioObjectFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"scenario.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "events": [{"at": "1min", "fault": "powercycle"}]})");
        file.close();
        const auto plan = FaultPlan::loadScenario(path);
        QVERIFY2(plan.ok(), plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->events.size(), std::size_t(1));
        QCOMPARE(plan->events[0].kind, Kind::PowerCycle);
        QCOMPARE(plan->events[0].at, 60s);
    }

    void rejectsBadScenario_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("syntax error with line") << QByteArray("[\n  {\"at\": \"1s\",, }\n]") << u"line 2"_s;
        QTest::newRow("not a list") << QByteArray(R"({"faults": []})") << u"\"events\""_s;
        QTest::newRow("newer version") << QByteArray(R"({"version": 2, "events": []})") << u"version 2"_s;
        QTest::newRow("event not an object") << QByteArray(R"([3])") << u"event 1"_s;
        QTest::newRow("unknown key") << QByteArray(R"([{"at": "1s", "fault": "stall", "when": 3}])") << u"\"when\""_s;
        QTest::newRow("unknown fault") << QByteArray(R"([{"at": "1s", "fault": "fire"}])") << u"\"fire\""_s;
        QTest::newRow("missing at") << QByteArray(R"([{"fault": "stall"}])") << u"\"at\""_s;
        QTest::newRow("bad at") << QByteArray(R"([{"at": "soon", "fault": "stall"}])") << u"soon"_s;
        QTest::newRow("negative at") << QByteArray(R"([{"at": -1, "fault": "stall"}])") << u"negative"_s;
        QTest::newRow("value on a fault") << QByteArray(R"([{"at": "1s", "fault": "stall", "value": 1}])") << u"\"value\""_s;
        QTest::newRow("bad probability") << QByteArray(R"([{"at": "1s", "fault": "drop", "value": 2}])") << u"probability"_s;
        QTest::newRow("address on a rate") << QByteArray(R"([{"at": "1s", "fault": "drop", "value": 0.1, "address": 1}])") << u"address"_s;
        QTest::newRow("second event wrong") << QByteArray(R"([{"at": "1s", "fault": "stall"}, {"at": "x", "fault": "stall"}])") << u"event 2"_s;
    }

    void rejectsBadScenario()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto plan = FaultPlan::parseScenario(json, u"bad.json"_s);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, Error::Code::BadFile);
        QVERIFY2(plan.error().message.startsWith(u"bad.json: "_s), qPrintable(plan.error().message));
        QVERIFY2(plan.error().message.contains(mentions), qPrintable(plan.error().message));
    }

    void reportsUnreadableScenario()
    {
        const auto plan = FaultPlan::loadScenario(u"/nonexistent/scenario.json"_s);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, Error::Code::Io);
        QVERIFY(plan.error().message.contains(u"/nonexistent/scenario.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestFaultPlan)
#include "tst_faultplan.moc"
