// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Measures the run record writer: 8 channels x 100k samples at a given rate (default 100 Hz),
// flushed once per simulated second, as the integrator will.
// Usage: bench_runrecord [rate-hz [file to keep]]
#include "records/runrecordwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using PumpStudio::Records::Sample;
using namespace PumpStudio::Records;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rateHz = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 100;
    constexpr int kChannels = 8;
    constexpr qint64 kSamples = 100000;
    const qint64 periodUs = 1000000 / rateHz;

    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"bench.psrun"_s);
    RunRecordWriter writer;
    RunInfo info;
    info.startUtc = QDateTime::currentDateTimeUtc();
    if (!writer.create(path, info))
        return 1;
    for (int c = 0; c < kChannels; ++c) {
        ChannelInfo channel;
        channel.id = c;
        channel.name = u"ch%1"_s.arg(c);
        if (!writer.addChannel(channel))
            return 1;
    }
    QElapsedTimer total;
    qint64 flushNs = 0;
    quint32 noise = 1;
    total.start();
    for (qint64 i = 0; i < kSamples; ++i) {
        for (int c = 0; c < kChannels; ++c) {
            noise = noise * 1664525u + 1013904223u;
            const qint64 jitterUs = qint64(noise >> 28);  // 0..15 us, like a serial poll
            const float value = float(2.5 + 0.01 * std::sin(double(i) / 50.0)) + float(noise >> 20) * 1e-7f;
            writer.appendSample(c, Sample{i * periodUs + jitterUs, value});
        }
        if ((i + 1) % rateHz == 0) {  // one flush per simulated second
            QElapsedTimer f;
            f.start();
            if (!writer.flush())
                return 2;
            flushNs += f.nsecsElapsed();
        }
    }
    QElapsedTimer f;
    f.start();
    if (!writer.finish(EndReason::Completed))
        return 3;
    flushNs += f.nsecsElapsed();
    const qint64 allNs = total.nsecsElapsed();
    const double samples = double(kChannels) * double(kSamples);
    std::printf("rate %d Hz, %d channels x %lld samples, %lld flushes\n", rateHz, kChannels,
                static_cast<long long>(kSamples), static_cast<long long>(kSamples / rateHz));
    std::printf("total %.1f ms: %.0f ns/sample (append only %.0f ns, flush+finish %.0f ns)\n", double(allNs) / 1e6,
                double(allNs) / samples, double(allNs - flushNs) / samples, double(flushNs) / samples);
    std::printf("%.0f us per flush (a second's worth of all channels)\n",
                double(flushNs) / 1e3 / double(kSamples / rateHz + 1));
    std::printf("file %lld bytes: %.2f bytes/sample\n", static_cast<long long>(QFileInfo(path).size()),
                double(QFileInfo(path).size()) / samples);
    return 0;
}
