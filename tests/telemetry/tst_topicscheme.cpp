// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "telemetry/brokerconfig.h"
#include "telemetry/offlinequeue.h"
#include "telemetry/payloads.h"
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
};

QTEST_GUILESS_MAIN(TestTopicScheme)
#include "tst_topicscheme.moc"
