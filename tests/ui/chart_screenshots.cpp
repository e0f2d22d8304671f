// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Not a test: saves PNGs of the trend chart for people to compare before and after a change to
// how it draws (same envelope, legend, axes): 8 channels at 100 Hz seen over the last minute,
// the last hour and 24 h, a few seconds deep in old history (raw samples read back), and a long
// run record replayed on the Records page, whole and zoomed to single samples.
// Usage: QT_QPA_PLATFORM=offscreen chart_screenshots OUTPUT_FOLDER [RECORD.psrun]
// (make_long_record writes a 24 h record of 2.6 M samples to replay.)
#include "monitor/trendchart.h"
#include "monitor/trendstore.h"
#include "records/recordspage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kChannels = 8;
constexpr qint64 kStepUs = 10'000;  // 100 Hz

// Slow waves, a pulsation, noise and a spike now and then: an envelope worth looking at.
Records::Sample synthetic(int channel, qint64 i)
{
    const quint32 h = (quint32(i) ^ (quint32(channel) << 24)) * 2654435761u;
    const double slow = std::sin(double(i) * 2e-5 * (channel + 1)) * 3.0;
    const double pulse = 0.4 * std::sin(double(i) * 0.7);
    const double spike = h % 20011 == 0 ? 4.0 : 0.0;
    return {i * kStepUs, float(10.0 + 2.0 * channel + slow + pulse + spike + double(h % 1000) / 2000.0)};
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool shoot(QWidget &widget, const QString &path)
{
    wait(300);  // a tool, not the app: let layouts settle and read-back chunks arrive
    const bool ok = widget.grab().save(path, "PNG");
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: chart_screenshots OUTPUT_FOLDER [RECORD.psrun]\n");
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    bool ok = true;

    const qint64 samples = 86'400 * 100;
    Monitor::TrendStore store;
    store.setLive(false);
    for (int c = 0; c < kChannels; ++c) {
        const bool pressure = c % 2 == 1;
        auto &channel = store.addChannel(c + 1, pressure ? u"Line %1 pressure"_s.arg(c / 2 + 1) : u"Pump %1 flow"_s.arg(c / 2 + 1),
                                         pressure ? u"bar"_s : u"mL/min"_s,
                                         pressure ? Records::Quantity::Pressure : Records::Quantity::Flow);
        // As a live session holds it: old raw chunks only in the record (here: synthesised back).
        channel.pyramid.setRawChunksKept(64);
        channel.pyramid.setRawChunkProvider([c](qint64 chunk) {
            QList<Records::Sample> chunkSamples;
            for (qint64 i = chunk * Records::kSamplesPerChunk; i < (chunk + 1) * Records::kSamplesPerChunk; ++i)
                chunkSamples.append(synthetic(c, i));
            return chunkSamples;
        });
    }
    for (qint64 i = 0; i < samples; ++i) {
        for (int c = 0; c < kChannels; ++c)
            store.append(c + 1, synthetic(c, i));
    }
    const qint64 end = (samples - 1) * kStepUs + 1;

    TrendChart chart;
    chart.resize(1720, 640);
    chart.setStore(&store);
    chart.show();
    const struct
    {
        const char *name;
        qint64 t0;
        qint64 t1;
    } views[] = {
        {"chart_1min.png", end - 60'000'000, end},
        {"chart_1h.png", end - 3'600'000'000, end},
        {"chart_24h.png", 0, end},
        {"chart_old_5s.png", 3'600'000'000, 3'605'000'000},
    };
    for (const auto &view : views) {
        chart.setVisibleRange(view.t0, view.t1);
        chart.refresh();
        ok = shoot(chart, out.filePath(QString::fromLatin1(view.name))) && ok;
    }

    if (args.size() > 2) {
        RecordsPage records;
        records.resize(1720, 1000);
        records.show();
        QEventLoop loop;
        QObject::connect(&records, &RecordsPage::replayLoaded, &loop, &QEventLoop::quit);
        QObject::connect(&records, &RecordsPage::replayFailed, &loop, [&loop](const QString &, const QString &message) {
            std::fprintf(stderr, "replay failed: %s\n", qPrintable(message));
            loop.exit(1);
        });
        QElapsedTimer timer;
        timer.start();
        records.openRecord(args.at(2));
        if (loop.exec() != 0)
            return 1;
        std::fprintf(stderr, "replay loaded in %.1f s\n", double(timer.elapsed()) / 1000.0);
        records.chart()->refresh();
        ok = shoot(*records.chart(), out.filePath(u"replay_whole.png"_s)) && ok;
        // Into the occlusion at 15.2 h: 20 s at 10 Hz, single samples read back from the record.
        const qint64 t = qint64(15.4 * 3600) * 1'000'000;
        records.chart()->setVisibleRange(t, t + 20'000'000);
        records.chart()->refresh();
        ok = shoot(*records.chart(), out.filePath(u"replay_20s.png"_s)) && ok;
    }
    return ok ? 0 : 1;
}
