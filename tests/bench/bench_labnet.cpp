// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors

// The lab network's throughput, for the README's table. Not a test: figures depend on the
// machine. Needs mosquitto and PostgreSQL installed (it starts private ones on loopback, as the
// tests do).
//
//   bench_labnet [--hours H] [--seconds S]
//
// 1. MQTT publisher: a GUI-like thread ticks every 16 ms and hands the publisher 8 channels of
//    samples at a given rate; printed: the samples per second the publisher sent (one message
//    per channel per 250 ms), how many it dropped, and the ticking thread's frame interval
//    (p50/p99/max) against the same loop without a publisher: the GUI thread's cost.
// 2. Archive push: a record of H hours (default 24) x 8 channels at 10 Hz is written, then pushed
//    to an empty database; printed: samples per second of the push.
#include "archive/archiveconnection.h"
#include "archive/archivepush.h"
#include "archive/archiveurl.h"
#include "records/runcatalog.h"
#include "records/runrecordwriter.h"
#include "support/mosquittobroker.h"
#include "support/postgresserver.h"
#include "telemetry/publisherthread.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {

struct FrameStats
{
    double p50 = 0, p99 = 0, max = 0;
};

FrameStats stats(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 99 / 100)], v.back()};
}

/// Ticks every 16 ms for `seconds`, adding `rate` samples/s on each of 8 channels to `publisher`
/// (or to nothing); the intervals between ticks in ms.
std::vector<double> tick(Telemetry::PublisherThread *publisher, double rate, double seconds)
{
    std::vector<double> intervals;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    double owed = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(16);
    QEventLoop loop;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        intervals.push_back(double(now - last) / 1e6);
        const double dt = double(now - last) / 1e9;
        last = now;
        owed += rate * dt;
        const int n = int(owed);
        owed -= n;
        if (publisher) {
            const qint64 unixMs = Telemetry::unixNowMs();
            for (int c = 0; c < 8; ++c) {
                const QString id = u"p%1"_s.arg(c);
                for (int i = 0; i < n; ++i)
                    publisher->addSample(id, u"flow"_s, u"mL/min"_s, unixMs, 1.0 + i);
            }
        }
        if (now > qint64(seconds * 1e9))
            loop.quit();
    });
    timer.start();
    loop.exec();
    return intervals;
}

void benchPublisher(double seconds)
{
    Test::MosquittoBroker broker;
    if (Test::mosquittoExecutable().isEmpty() || !broker.start()) {
        std::printf("MQTT publisher: skipped (no mosquitto)\n");
        return;
    }
    std::printf("MQTT publisher, 8 channels, %.0f s per rate, 16 ms ticks on the calling thread\n", seconds);
    std::printf("%12s %14s %12s %26s\n", "offered/s", "published/s", "dropped", "tick interval p50/p99/max ms");
    const FrameStats base = stats(tick(nullptr, 0, seconds));
    std::printf("%12s %14s %12s %12.2f/%.2f/%.2f  (no publisher)\n", "-", "-", "-", base.p50, base.p99, base.max);
    for (const double rate : {100.0, 1000.0, 10000.0}) {
        Telemetry::BrokerConfig config;
        config.url = *Telemetry::BrokerUrl::parse(broker.url());
        config.workstation = u"bench"_s;
        Telemetry::PublisherThread publisher(config);
        for (int c = 0; c < 8; ++c)
            publisher.setDevice(u"p%1"_s.arg(c), u"Pump %1"_s.arg(c), QJsonObject{{u"name"_s, c}});
        publisher.start();
        QElapsedTimer wait;
        wait.start();
        while (publisher.status().state != Telemetry::MqttClient::State::Connected && wait.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const qint64 sentBefore = publisher.status().sentSamples;
        const FrameStats s = stats(tick(&publisher, rate, seconds));
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 600)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const Telemetry::PublisherStatus st = publisher.status();
        std::printf("%12.0f %14.0f %12lld %12.2f/%.2f/%.2f\n", rate * 8, double(st.sentSamples - sentBefore) / seconds,
                    static_cast<long long>(st.droppedSamples), s.p50, s.p99, s.max);
        publisher.stop();
        QElapsedTimer stop;
        stop.start();
        while (!publisher.isStopped() && stop.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

void benchPush(double hours)
{
    Test::PostgresServer server;
    if (server.bin.isEmpty() || !server.start()) {
        std::printf("archive push: skipped (no PostgreSQL)\n%s\n", qPrintable(server.log));
        return;
    }
    server.psql(u"postgres"_s, u"CREATE DATABASE bench"_s);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"records"_s);
    QDir().mkpath(folder);
    QElapsedTimer clock;
    clock.start();
    Records::RunInfo info;
    info.startUtc = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours * 3600));
    info.operatorName = u"bench"_s;
    Records::RunRecordWriter writer;
    if (!writer.create(Records::RunCatalog::newRecordPath(folder, info.startUtc), info))
        return;
    for (int c = 1; c <= 8; ++c) {
        Records::ChannelInfo ch;
        ch.id = c;
        ch.name = u"Pump %1"_s.arg(c);
        ch.unit = u"mL/min"_s;
        (void)writer.addChannel(ch);
    }
    const qint64 steps = qint64(hours * 3600 * 10);
    for (qint64 i = 0; i < steps; ++i) {
        const qint64 t = i * 100'000 + (i * 7919) % 900;
        for (int c = 1; c <= 8; ++c)
            writer.appendSample(c, Records::Sample{t, float(c + std::sin(double(i) * 1e-3 * c))});
        if (i % 100'000 == 0)
            (void)writer.flush();
    }
    (void)writer.finish(Records::EndReason::Completed);
    std::printf("\narchive push: a %.1f h x 8 channel record at 10 Hz (%lld samples), written in %.1f s\n", hours,
                static_cast<long long>(steps * 8), double(clock.elapsed()) / 1000.0);
    Archive::ArchiveConnection archive;
    if (auto r = archive.open(*Archive::ArchiveUrl::parse(server.url(u"bench"_s)), server.password); !r) {
        std::printf("%s\n", qPrintable(r.error().message));
        return;
    }
    Archive::PushOptions options;
    options.recordsFolder = folder;
    clock.restart();
    auto report = Archive::pushAll(archive, options);
    const double s = double(clock.elapsed()) / 1000.0;
    if (!report) {
        std::printf("%s\n", qPrintable(report.error().message));
        return;
    }
    std::printf("pushed %lld samples in %lld blocks in %.1f s: %.0f samples/s; database size %s\n",
                static_cast<long long>(report->samples), static_cast<long long>(report->chunks), s, double(report->samples) / s,
                qPrintable(server.psql(u"bench"_s, u"SELECT pg_size_pretty(pg_database_size('bench'))"_s)));
    clock.restart();
    auto again = Archive::pushAll(archive, options);
    std::printf("pushed again (nothing to send): %.2f s\n", double(clock.elapsed()) / 1000.0);
    archive.close();
    server.stop();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    double hours = 24;
    double seconds = 3;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--hours")
            hours = args.at(i + 1).toDouble();
        else if (args.at(i) == u"--seconds")
            seconds = args.at(i + 1).toDouble();
    }
    benchPublisher(seconds);
    benchPush(hours);
    return 0;
}
