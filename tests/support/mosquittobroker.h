// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

// A private Mosquitto broker for a test: its own configuration in a temporary folder, listening
// on a free loopback port only, stopped (and restartable on the same port) by the test; and
// mosquitto_sub as the independent client that reads what was published.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace PumpStudio::Test {

inline QString mosquittoExecutable()
{
    for (const QString &path : {QStringLiteral("/usr/sbin/mosquitto"), QStandardPaths::findExecutable(QStringLiteral("mosquitto"))}) {
        if (!path.isEmpty() && QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

inline QString mosquittoSubExecutable() { return QStandardPaths::findExecutable(QStringLiteral("mosquitto_sub")); }

/// A TCP port nobody listens on at the moment, on loopback.
inline quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

struct MosquittoBroker
{
    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;

    MosquittoBroker() { process.setProcessChannelMode(QProcess::MergedChannels); }
    ~MosquittoBroker() { stop(); }
    MosquittoBroker(const MosquittoBroker &) = delete;
    MosquittoBroker &operator=(const MosquittoBroker &) = delete;

    /// `persistent`: sessions and their queued messages survive a restart (persistence file in
    /// the temporary folder).
    /// TLS: the listener presents `certFile`/`keyFile` (clients check it against their CA).
    QString tlsCert;
    QString tlsKey;

    bool start(bool persistent = false)
    {
        if (port == 0)
            port = freeLoopbackPort();
        QFile conf(dir.filePath(QStringLiteral("mosquitto.conf")));
        if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        QByteArray text = "listener " + QByteArray::number(port) + " 127.0.0.1\nallow_anonymous true\n";
        if (!tlsCert.isEmpty())
            text += "certfile " + QFile::encodeName(tlsCert) + "\nkeyfile " + QFile::encodeName(tlsKey) + "\n";
        // As root Mosquitto would drop to the "mosquitto" user, who may not write our folder.
        if (::geteuid() == 0)
            text += "user root\n";
        if (persistent) {
            text += "persistence true\npersistence_location " + QDir::toNativeSeparators(dir.path()).toUtf8()
                    + "/\nautosave_interval 0\n";
        }
        conf.write(text);
        conf.close();
        process.start(mosquittoExecutable(), {QStringLiteral("-c"), conf.fileName()});
        if (!process.waitForStarted(5000))
            return false;
        // Up once it takes a connection.
        return QTest::qWaitFor([this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            const bool ok = probe.waitForConnected(200);
            probe.abort();
            return ok || process.state() != QProcess::Running;
        }, 5000) && process.state() == QProcess::Running;
    }

    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();  // SIGTERM: a clean stop that saves persistence
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(2000);
        }
    }

    QString url() const { return QStringLiteral("mqtt://127.0.0.1:%1").arg(port); }
    QStringList subArgs() const { return {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port)}; }
};

/// mosquitto_sub on some topics: "TOPIC<tab>PAYLOAD" lines as they arrive (topics may hold spaces).
struct Subscriber
{
    QProcess process;
    QByteArray output;

    Subscriber() { QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [this] { output += process.readAllStandardOutput(); }); }
    ~Subscriber()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(2000);
        }
    }
    Subscriber(const Subscriber &) = delete;
    Subscriber &operator=(const Subscriber &) = delete;

    void start(const MosquittoBroker &broker, const QStringList &topics, const QStringList &extra = {})
    {
        QStringList args = broker.subArgs();
        args << QStringLiteral("-F") << QStringLiteral("%t\\t%p") << QStringLiteral("-q") << QStringLiteral("1");
        for (const QString &t : topics)
            args << QStringLiteral("-t") << t;
        args << extra;
        process.start(mosquittoSubExecutable(), args);
    }
    /// The payloads received on `topic`, oldest first.
    QList<QByteArray> payloads(const QString &topic) const
    {
        QList<QByteArray> out;
        const QByteArray prefix = topic.toUtf8() + '\t';
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith(prefix))
                out.append(line.mid(prefix.size()));
        }
        return out;
    }
    /// The topics received, in order (with repeats).
    QStringList topics() const
    {
        QStringList out;
        for (const QByteArray &line : output.split('\n')) {
            if (!line.isEmpty())
                out.append(QString::fromUtf8(line.left(line.indexOf('\t'))));
        }
        return out;
    }
};

} // namespace PumpStudio::Test
