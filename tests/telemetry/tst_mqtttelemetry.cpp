// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
//
// Telemetry against a real Mosquitto started here on a free loopback port, read back with
// mosquitto_sub (an independent client): the real pumpctl monitoring the real pumpsim publishes
// the topics of docs/mqtt.md; a late subscriber gets the retained state; a publisher killed with
// SIGKILL is shown offline by its Last Will within 1.5 x keep-alive; alarms raised while the
// broker was down arrive once it is back.
#include "support/mosquittobroker.h"
#include "telemetry/publisherthread.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;
using namespace PumpStudio::Test;

namespace {

const QString kPumpctl = QStringLiteral(PUMPCTL_EXECUTABLE);
const QString kPumpsim = QStringLiteral(PUMPSIM_EXECUTABLE);

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

/// pumpsim serving one simulated Reglo ICC on a pseudo-terminal behind `link`.
struct Sim
{
    QProcess process;
    QByteArray out;
    bool start(const QString &link)
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [this] { out += process.readAllStandardOutput(); });
        process.start(kPumpsim, {u"--model"_s, u"reglo-icc"_s, u"--link"_s, link});
        return QTest::qWaitFor([this] { return out.contains('\n'); }, 10000);
    }
    ~Sim()
    {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
    }
};

/// pumpctl monitor --mqtt against that pump.
struct Monitor
{
    QProcess process;
    QByteArray err;
    Monitor() { QObject::connect(&process, &QProcess::readyReadStandardError, &process, [this] { err += process.readAllStandardError(); }); }
    ~Monitor()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(2000);
        }
    }
    void start(const QString &dataDir, const QString &link, const MosquittoBroker &broker, const QString &workstation,
               double seconds, int keepAlive = 5)
    {
        process.start(kPumpctl, {u"--data-dir"_s, dataDir, u"--port"_s, link, u"--model"_s, u"reglo-icc"_s, u"monitor"_s,
                                 u"--seconds"_s, QString::number(seconds), u"--interval-ms"_s, u"50"_s, u"--mqtt"_s, broker.url(),
                                 u"--mqtt-prefix"_s, u"lab2/pumps"_s, u"--mqtt-workstation"_s, workstation,
                                 u"--mqtt-keepalive"_s, QString::number(keepAlive)});
    }
    bool connected() const { return err.contains("MQTT: connected"); }
};

} // namespace

class TestMqttTelemetry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (mosquittoExecutable().isEmpty() || mosquittoSubExecutable().isEmpty())
            QSKIP("mosquitto or mosquitto_sub is not installed (Debian: mosquitto, mosquitto-clients)");
    }

    void monitorPublishesTheDocumentedTopics()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        QTemporaryDir dir;
        Sim sim;
        QVERIFY(sim.start(dir.filePath(u"pump"_s)));
        // "bench+1/a" is a user's name: its wildcard and separator must not reach the topic.
        const QString base = u"lab2/pumps/bench_1_a"_s;
        Subscriber sub;
        sub.start(broker, {base + u"/#"_s});
        QVERIFY(sub.process.waitForStarted(5000));
        QTest::qWait(300);  // subscribed (a loopback round trip)
        Monitor monitor;
        monitor.start(dir.filePath(u"data"_s), dir.filePath(u"pump"_s), broker, u"bench+1/a"_s, 3);
        QVERIFY(monitor.process.waitForFinished(20000));
        QVERIFY2(monitor.process.exitCode() == 0, monitor.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(sub.payloads(base + u"/online"_s).endsWith("false"), 5000);

        // Online first true, false after the clean end.
        QCOMPARE(sub.payloads(base + u"/online"_s).first(), QByteArray("true"));
        const QJsonObject info = object(sub.payloads(base + u"/info"_s).value(0));
        QCOMPARE(info.value(u"workstation"_s).toString(), u"bench+1/a"_s);
        QCOMPARE(info.value(u"keepAlive"_s).toInt(), 5);

        // One device, with identity and state under its sanitised level.
        QString level;
        for (const QString &topic : sub.topics()) {
            if (topic.endsWith(u"/identity"_s))
                level = topic.section(u'/', 4, 4);
        }
        QCOMPARE(level, u"reglo-icc-1"_s);
        QVERIFY(!level.contains(u'/') && !level.contains(u'+') && !level.contains(u'#'));
        const QString device = base + u"/device/"_s + level;
        const QJsonObject identity = object(sub.payloads(device + u"/identity"_s).value(0));
        QCOMPARE(identity.value(u"modelId"_s).toString(), u"reglo-icc"_s);
        QCOMPARE(identity.value(u"kind"_s).toString(), u"pump"_s);
        const QJsonObject state = object(sub.payloads(device + u"/state"_s).value(sub.payloads(device + u"/state"_s).size() - 1));  // the latest
        QCOMPARE(state.value(u"link"_s).toString(), u"connected"_s);
        QVERIFY(state.contains(u"running"_s));

        // Samples: batches with as many times as values, times rising.
        int batches = 0;
        qsizetype samples = 0;
        for (const QString &topic : sub.topics()) {
            if (!topic.startsWith(device + u"/samples/"_s))
                continue;
            ++batches;
        }
        QVERIFY2(batches > 0, sub.output.constData());
        for (const QString &quantity : {u"speed"_s, u"flow"_s}) {
            for (const QByteArray &payload : sub.payloads(device + u"/samples/"_s + quantity)) {
                const QJsonObject o = object(payload);
                QCOMPARE(o.value(u"quantity"_s).toString(), quantity);
                const QJsonArray t = o.value(u"t"_s).toArray();
                const QJsonArray v = o.value(u"v"_s).toArray();
                QCOMPARE(t.size(), v.size());
                QVERIFY(!t.isEmpty());
                for (qsizetype i = 1; i < t.size(); ++i)
                    QVERIFY(t.at(i).toInteger() >= t.at(i - 1).toInteger());
                samples += t.size();
            }
        }
        // At 20 polls a second, a 250 ms batch carries several samples: fewer messages than samples.
        QVERIFY2(samples > batches / 2, qPrintable(u"%1 samples in %2 batches"_s.arg(samples).arg(batches)));

        // The monitor's start and end, with message ids and one run id.
        const QList<QByteArray> runs = sub.payloads(base + u"/run"_s);
        QCOMPARE(runs.size(), 2);
        const QJsonObject start = object(runs.at(0));
        const QJsonObject end = object(runs.at(1));
        QCOMPARE(start.value(u"action"_s).toString(), u"start"_s);
        QCOMPARE(end.value(u"action"_s).toString(), u"end"_s);
        QCOMPARE(start.value(u"run"_s), end.value(u"run"_s));
        QVERIFY(start.value(u"id"_s) != end.value(u"id"_s));
        QVERIFY(!start.value(u"id"_s).toString().isEmpty());
    }

    // mqtts://: the broker's certificate is checked against the CA file given with --mqtt-ca;
    // a broker whose certificate another CA signed is refused, and the monitor says so.
    void tlsBrokerIsReachedWithItsCaAndRefusedWithAnother()
    {
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        QTemporaryDir pki;
        const auto run = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(pki.path());
            p.start(openssl, args);
            return p.waitForFinished(30000) && p.exitCode() == 0;
        };
        QFile san(pki.filePath(u"san.cnf"_s));
        QVERIFY(san.open(QIODevice::WriteOnly));
        san.write("subjectAltName=IP:127.0.0.1\n");
        san.close();
        for (const QString &ca : {u"ca"_s, u"other"_s})
            QVERIFY(run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, ca + u".key"_s, u"-out"_s,
                         ca + u".crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=PumpStudio test "_s + ca}));
        QVERIFY(run({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s,
                     u"-subj"_s, u"/CN=127.0.0.1"_s}));
        QVERIFY(run({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s, u"ca.key"_s,
                     u"-CAcreateserial"_s, u"-out"_s, u"server.crt"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"san.cnf"_s}));

        MosquittoBroker broker;
        broker.tlsCert = pki.filePath(u"server.crt"_s);
        broker.tlsKey = pki.filePath(u"server.key"_s);
        QVERIFY(broker.start());
        const QString url = u"mqtts://127.0.0.1:%1"_s.arg(broker.port);
        Subscriber sub;
        sub.start(broker, {u"lab3/#"_s}, {u"--cafile"_s, pki.filePath(u"ca.crt"_s)});
        QVERIFY(sub.process.waitForStarted(5000));
        QTemporaryDir dir;
        Sim sim;
        QVERIFY(sim.start(dir.filePath(u"pump"_s)));
        QTest::qWait(300);  // subscribed

        const auto monitor = [&](const QString &ca, QByteArray *err) {
            QProcess p;
            p.start(kPumpctl, {u"--data-dir"_s, dir.filePath(u"data"_s), u"--port"_s, dir.filePath(u"pump"_s), u"--model"_s,
                               u"reglo-icc"_s, u"monitor"_s, u"--seconds"_s, u"2"_s, u"--interval-ms"_s, u"100"_s, u"--mqtt"_s, url,
                               u"--mqtt-ca"_s, ca, u"--mqtt-prefix"_s, u"lab3"_s, u"--mqtt-workstation"_s, u"tls"_s});
            const bool finished = p.waitForFinished(20000);
            *err = p.readAllStandardError();
            return finished;
        };
        QByteArray err;
        QVERIFY(monitor(pki.filePath(u"ca.crt"_s), &err));
        QVERIFY2(err.contains("MQTT: connected"), err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(sub.payloads(u"lab3/tls/online"_s).contains("true"), 5000);
        QVERIFY(!sub.payloads(u"lab3/tls/device/reglo-icc-1/identity"_s).isEmpty());

        // The same broker with a CA that did not sign its certificate: never connected.
        QVERIFY(monitor(pki.filePath(u"other.crt"_s), &err));
        QVERIFY2(!err.contains("MQTT: connected"), err.constData());
        QVERIFY2(err.contains("MQTT"), err.constData());  // and the monitor says why it is not
    }

    void lateSubscriberGetsTheRetainedState()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        QTemporaryDir dir;
        Sim sim;
        QVERIFY(sim.start(dir.filePath(u"pump"_s)));
        Monitor monitor;
        monitor.start(dir.filePath(u"data"_s), dir.filePath(u"pump"_s), broker, u"late"_s, 60);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.connected(), 10000);
        const QString base = u"lab2/pumps/late"_s;
        // Subscribing after the fact: only retained messages, then mosquitto_sub leaves.
        const auto retained = [&] {
            Subscriber sub;
            sub.start(broker, {base + u"/#"_s}, {u"--retained-only"_s, u"-W"_s, u"1"_s});
            sub.process.waitForFinished(5000);
            return sub.output;
        };
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen = retained()).contains("/state\t"), 10000);
        QVERIFY(seen.contains(base.toUtf8() + "/online\ttrue"));
        QVERIFY(seen.contains(base.toUtf8() + "/info\t{"));
        QVERIFY(seen.contains(base.toUtf8() + "/device/reglo-icc-1/identity\t{"));
        QVERIFY(!seen.contains("/samples/"));  // samples are never retained
        QVERIFY(!seen.contains("/run\t"));

        monitor.process.terminate();  // SIGTERM: the monitor ends cleanly and says offline itself
        QVERIFY(monitor.process.waitForFinished(10000));
        QCOMPARE(monitor.process.exitCode(), 0);
        seen = retained();
        QVERIFY2(seen.contains(base.toUtf8() + "/online\tfalse"), seen.constData());
    }

    void killedPublisherIsOfflineWithinOneAndAHalfKeepAlives()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        QTemporaryDir dir;
        Sim sim;
        QVERIFY(sim.start(dir.filePath(u"pump"_s)));
        const int keepAlive = 5;  // libmosquitto's least
        Monitor monitor;
        monitor.start(dir.filePath(u"data"_s), dir.filePath(u"pump"_s), broker, u"killed"_s, 60, keepAlive);
        const QString online = u"lab2/pumps/killed/online"_s;
        Subscriber sub;
        sub.start(broker, {online});
        QTRY_VERIFY_WITH_TIMEOUT(sub.payloads(online).contains("true"), 10000);

        monitor.process.kill();  // SIGKILL on Unix
        QElapsedTimer clock;
        clock.start();
        QVERIFY(monitor.process.waitForFinished(5000));
        QCOMPARE(monitor.process.exitStatus(), QProcess::CrashExit);
        // The Last Will: the broker says it, not the publisher (which had no chance to).
        QTRY_VERIFY_WITH_TIMEOUT(sub.payloads(online).endsWith("false"), int(1.5 * keepAlive * 1000));
        qInfo("online false %lld ms after SIGKILL (keep-alive %d s)", clock.elapsed(), keepAlive);
    }

    void alarmsRaisedWhileTheBrokerWasDownArriveAfterItReturns()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start(/*persistent=*/true));
        QTemporaryDir dir;
        Telemetry::BrokerConfig config;
        config.url = *Telemetry::BrokerUrl::parse(broker.url());
        config.keepAlive = std::chrono::seconds(5);
        config.prefix = u"lab2"_s;
        config.workstation = u"away"_s;
        config.reconnectMin = std::chrono::milliseconds(100);
        config.reconnectMax = std::chrono::milliseconds(400);
        config.queuePath = dir.filePath(u"queue.sqlite"_s);
        const QString alarms = u"lab2/away/device/p1/alarm"_s;
        const QString events = u"lab2/away/device/p1/event"_s;
        // A dashboard with a durable session: the broker keeps its QoS 1 messages while it is away.
        const QStringList durable = {u"-c"_s, u"-i"_s, u"dashboard"_s};
        {
            Subscriber sub;
            sub.start(broker, {alarms, events}, durable + QStringList{u"-E"_s});
            QVERIFY(sub.process.waitForFinished(5000));
        }

        Telemetry::PublisherThread publisher(config);
        Telemetry::PublisherStatus status;
        connect(&publisher, &Telemetry::PublisherThread::statusChanged, this, [&](const Telemetry::PublisherStatus &s) { status = s; });
        publisher.setDevice(u"p1"_s, u"p1"_s, QJsonObject{{u"name"_s, u"p1"_s}});
        publisher.start();
        QTRY_COMPARE_WITH_TIMEOUT(status.state, Telemetry::MqttClient::State::Connected, 10000);

        broker.stop();
        QTRY_COMPARE_WITH_TIMEOUT(status.state, Telemetry::MqttClient::State::Waiting, 10000);
        Telemetry::AlarmMessage raised;
        raised.deviceId = u"p1"_s;
        raised.kind = u"pressure-high"_s;
        raised.message = u"2.6 bar over 2.5 bar"_s;
        raised.value = 2.6;
        raised.limit = 2.5;
        Telemetry::EventMessage stopped;
        stopped.deviceId = u"p1"_s;
        stopped.kind = u"pump-stopped"_s;
        stopped.text = u"stopped by the pressure alarm"_s;
        publisher.publishAlarm(raised);
        publisher.publishEvent(stopped);
        for (int i = 0; i < 10; ++i)
            publisher.addSample(u"p1"_s, u"pressure"_s, u"bar"_s, Telemetry::unixNowMs(), 2.6);
        QTRY_COMPARE_WITH_TIMEOUT(status.queued, qint64(2), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(status.droppedSamples >= 10, 5000);  // samples are not kept: counted
        QVERIFY(QFileInfo::exists(config.queuePath));                  // the alarms are, on disk

        QVERIFY(broker.start(/*persistent=*/true));
        QTRY_COMPARE_WITH_TIMEOUT(status.state, Telemetry::MqttClient::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(status.queued, qint64(0), 10000);  // acknowledged by the broker

        Subscriber sub;
        sub.start(broker, {alarms, events}, durable + QStringList{u"-W"_s, u"2"_s});
        QTRY_VERIFY_WITH_TIMEOUT(!sub.payloads(alarms).isEmpty() && !sub.payloads(events).isEmpty(), 5000);
        const QJsonObject alarm = object(sub.payloads(alarms).constFirst());
        QCOMPARE(alarm.value(u"id"_s).toString(), raised.id);
        QCOMPARE(alarm.value(u"state"_s).toString(), u"raised"_s);
        QCOMPARE(alarm.value(u"kind"_s).toString(), u"pressure-high"_s);
        QCOMPARE(alarm.value(u"value"_s).toDouble(), 2.6);
        QCOMPARE(object(sub.payloads(events).constFirst()).value(u"id"_s).toString(), stopped.id);

        QSignalSpy done(&publisher, &Telemetry::PublisherThread::stopped);
        publisher.stop();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
    }
};

QTEST_GUILESS_MAIN(TestMqttTelemetry)
#include "tst_mqtttelemetry.moc"
