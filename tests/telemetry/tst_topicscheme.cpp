// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "telemetry/brokerconfig.h"
#include "telemetry/offlinequeue.h"
#include "telemetry/payloads.h"
#include "telemetry/remotecommand.h"
#include "telemetry/topicscheme.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio::Telemetry;

class TestTopicScheme final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitizedLevelsHaveNoWildcardsSeparatorsOrEmptiness_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("level");
        QTest::newRow("plain") << u"Pump 1"_s << u"Pump 1"_s;
        QTest::newRow("plus") << u"a+b"_s << u"a_b"_s;
        QTest::newRow("hash") << u"#3"_s << u"_3"_s;
        QTest::newRow("slash") << u"line/2"_s << u"line_2"_s;
        QTest::newRow("empty") << QString() << u"_"_s;
        QTest::newRow("blank") << u"   "_s << u"_"_s;
        QTest::newRow("dollar") << u"$SYS"_s << u"_SYS"_s;
        QTest::newRow("control") << u"a\nb"_s << u"a_b"_s;
        QTest::newRow("chinese") << u"泵一"_s << u"泵一"_s;
        QTest::newRow("long") << QString(100, u'x') << QString(64, u'x');
    }
    void sanitizedLevelsHaveNoWildcardsSeparatorsOrEmptiness()
    {
        QFETCH(QString, name);
        QFETCH(QString, level);
        QCOMPARE(sanitizeLevel(name), level);
    }

    void topicsFollowTheScheme()
    {
        const TopicScheme t(u"lab2//pumps/"_s, u"bench#1"_s);
        QCOMPARE(t.base(), u"lab2/pumps/bench_1"_s);
        QCOMPARE(t.online(), u"lab2/pumps/bench_1/online"_s);
        QCOMPARE(t.device(u"p1"_s, u"state"), u"lab2/pumps/bench_1/device/p1/state"_s);
        QCOMPARE(t.samples(u"p1"_s, u"flow"_s), u"lab2/pumps/bench_1/device/p1/samples/flow"_s);
    }

    void brokerUrlsAreParsedAndBadOnesRefused()
    {
        auto plain = BrokerUrl::parse(u"mqtt://broker.lab"_s);
        QVERIFY(plain);
        QCOMPARE(plain->port, 1883);
        QVERIFY(!plain->tls);
        auto tls = BrokerUrl::parse(u"mqtts://10.0.0.5"_s);
        QVERIFY(tls);
        QCOMPARE(tls->port, 8883);
        QCOMPARE(tls->toString(), u"mqtts://10.0.0.5:8883"_s);
        QVERIFY(!BrokerUrl::parse(u"http://x"_s));
        QVERIFY(!BrokerUrl::parse(u"mqtt://user:secret@x"_s));  // no credentials in an address
        QVERIFY(!BrokerUrl::parse(u"mqtt://x/path"_s));
        QVERIFY(!BrokerUrl::parse(u"mqtt://"_s));
    }

    void samplesPayloadKeepsTimesAndValuesTogether()
    {
        const QJsonObject o = QJsonDocument::fromJson(samplesPayload(u"p1"_s, u"flow"_s, u"mL/min"_s, {{1000, 1.5}, {1010, 1.6}})).object();
        QCOMPARE(o.value(u"t"_s).toArray(), (QJsonArray{1000, 1010}));
        QCOMPARE(o.value(u"v"_s).toArray(), (QJsonArray{1.5, 1.6}));
        QCOMPARE(o.value(u"unit"_s).toString(), u"mL/min"_s);
    }

    void offlineQueueIsBoundedAndSurvivesAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"q.sqlite"_s);
        {
            OfflineQueue q(3);
            QVERIFY(q.open(path));
            for (int i = 1; i <= 5; ++i)
                QVERIFY(q.push(u"t"_s, QByteArray::number(i), false));
            QCOMPARE(q.size(), qint64(3));
            QCOMPARE(q.dropped(), qint64(2));  // the oldest went, counted
        }
        OfflineQueue q(3);
        QVERIFY(q.open(path));
        QCOMPARE(q.size(), qint64(3));
        const auto messages = q.peek(0, 10);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.first().payload, QByteArray("3"));
        q.remove(messages.first().seq);
        QCOMPARE(q.size(), qint64(2));
        QCOMPARE(q.peek(0, 10).first().payload, QByteArray("4"));
    }
    void remoteCommandsAreReadOrRefusedNamingTheProblem_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("problem");  // a part of it; empty: well-formed
        QTest::addColumn<QString>("id");       // kept even when refused
        QTest::newRow("start") << QByteArray(R"({"id":"a1","user":"tech","token":"t","command":"start"})") << QString() << u"a1"_s;
        QTest::newRow("flow") << QByteArray(R"({"id":"a2","user":"tech","token":"t","command":"setpoint","flowMlPerMin":2.5})")
                              << QString() << u"a2"_s;
        QTest::newRow("profile") << QByteArray(R"({"id":"a3","user":"tech","token":"t","command":"runProfile","profile":"Rinse"})")
                                 << QString() << u"a3"_s;
        QTest::newRow("no token is not malformed") << QByteArray(R"({"id":"a4","user":"tech","command":"stop"})") << QString()
                                                   << u"a4"_s;
        QTest::newRow("not json") << QByteArray("start!") << u"not JSON"_s << QString();
        QTest::newRow("array") << QByteArray("[1]") << u"JSON object"_s << QString();
        QTest::newRow("no id") << QByteArray(R"({"user":"tech","command":"stop"})") << u"\"id\" is missing"_s << QString();
        QTest::newRow("numeric id") << QByteArray(R"({"id":5,"user":"tech","command":"stop"})") << u"\"id\" must be a string"_s
                                    << QString();
        QTest::newRow("long id") << (R"({"id":")" + QByteArray(200, 'x') + R"(","user":"u","command":"stop"})")
                                 << u"longer than 128"_s << QString(128, u'x');
        QTest::newRow("no user") << QByteArray(R"({"id":"b1","command":"stop"})") << u"\"user\" is missing"_s << u"b1"_s;
        QTest::newRow("no command") << QByteArray(R"({"id":"b2","user":"u"})") << u"\"command\" is missing"_s << u"b2"_s;
        QTest::newRow("unknown") << QByteArray(R"({"id":"b3","user":"u","command":"format-disk"})") << u"Unknown command"_s << u"b3"_s;
        QTest::newRow("both setpoints") << QByteArray(R"({"id":"b4","user":"u","command":"setpoint","rpm":1,"flowMlPerMin":1})")
                                        << u"one of"_s << u"b4"_s;
        QTest::newRow("text rpm") << QByteArray(R"({"id":"b5","user":"u","command":"setpoint","rpm":"9"})") << u"must be a number"_s
                                  << u"b5"_s;
        QTest::newRow("no profile") << QByteArray(R"({"id":"b6","user":"u","command":"runProfile"})") << u"\"profile\""_s << u"b6"_s;
        QTest::newRow("huge") << QByteArray(kMaxCommandBytes + 1, ' ') << u"longer than"_s << QString();
    }
    void remoteCommandsAreReadOrRefusedNamingTheProblem()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, problem);
        QFETCH(QString, id);
        const ParsedCommand parsed = parseRemoteCommand(payload);
        if (problem.isEmpty())
            QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
        else
            QVERIFY2(parsed.problem.contains(problem), qPrintable(parsed.problem));
        QCOMPARE(parsed.command.id, id);
    }

    void remoteCommandsBecomeThePumpCommandsOfALocalOne()
    {
        const auto speed = parseRemoteCommand(R"({"id":"x","user":"u","command":"setpoint","rpm":30})").command.pumpCommand();
        QVERIFY(speed);
        QCOMPARE(speed->kind, PumpStudio::Device::PumpCommand::Kind::Speed);
        QCOMPARE(speed->value, 30.0);
        const auto flow = parseRemoteCommand(R"({"id":"x","user":"u","command":"setpoint","flowMlPerMin":1.5})").command.pumpCommand();
        QCOMPARE(flow->kind, PumpStudio::Device::PumpCommand::Kind::Flow);
        QCOMPARE(parseRemoteCommand(R"({"id":"x","user":"u","command":"stop"})").command.pumpCommand()->kind,
                 PumpStudio::Device::PumpCommand::Kind::Stop);
        QVERIFY(!parseRemoteCommand(R"({"id":"x","user":"u","command":"runProfile","profile":"P"})").command.pumpCommand());
    }

    void repliesSayWhichCommandAndHowItEnded()
    {
        const QJsonObject ok = QJsonDocument::fromJson(replyPayload(u"a1"_s, true, u"Started"_s)).object();
        QCOMPARE(ok.value(u"id"_s).toString(), u"a1"_s);
        QCOMPARE(ok.value(u"ok"_s).toBool(), true);
        QCOMPARE(ok.value(u"result"_s).toString(), u"Started"_s);
        QVERIFY(!ok.contains(u"error"_s));
        const QJsonObject refused = QJsonDocument::fromJson(replyPayload({}, false, u"not JSON"_s, Reason::Malformed)).object();
        QVERIFY(refused.value(u"id"_s).isNull());
        QCOMPARE(refused.value(u"ok"_s).toBool(true), false);
        QCOMPARE(refused.value(u"error"_s).toString(), u"not JSON"_s);
        QCOMPARE(refused.value(u"reason"_s).toString(), u"malformed"_s);
    }
};

QTEST_GUILESS_MAIN(TestTopicScheme)
#include "tst_topicscheme.moc"
