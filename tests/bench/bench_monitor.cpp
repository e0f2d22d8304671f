// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors

// Prints what the monitor core costs: sample intake, a chart query at 1 min and at 24 h of
// history (pyramid vs brute-force scan; raw chunks read back synchronously, as tests do, and
// asynchronously, as the app does), and memory after 24 h x 8 channels x 100 Hz. Not a test:
// numbers depend on the machine; compare ratios within one run. --json also prints the figures
// as one JSON object on the last line.
#include "monitor/minmaxpyramid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>
#include <vector>

using namespace PumpStudio::Monitor;

namespace {

constexpr int kChannels = 8;
constexpr qint64 kPeriodUs = 10'000; // 100 Hz
constexpr qint64 kDaySamples = 86'400 * 100;
constexpr int kColumns = 1600;
constexpr int kRepeats = 21;

// Deterministic, cheap, monotonic: 100 Hz with up to 5 ms arrival jitter, a slow wave plus noise.
Sample synthetic(int channel, qint64 i)
{
    const quint32 h = (quint32(i) ^ (quint32(channel) << 24)) * 2654435761u;
    const float wave = float(std::sin(double(i) * 1e-4 + channel)) * 10.0f;
    return {i * kPeriodUs + qint64(h % 5000), wave + float(h % 1000) / 100.0f};
}

QList<Sample> syntheticChunk(int channel, qint64 chunk)
{
    QList<Sample> out;
    out.reserve(kSamplesPerChunk);
    for (qint64 i = chunk * kSamplesPerChunk; i < (chunk + 1) * kSamplesPerChunk; ++i)
        out.append(synthetic(channel, i));
    return out;
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0, so read to the end instead of testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    }
    return -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The reference a pyramid must beat: look at every sample in the range.
QList<ColumnSummary> bruteForce(const std::vector<Sample> &samples, qint64 t0, qint64 t1, int count)
{
    QList<ColumnSummary> result(count);
    auto it = std::lower_bound(samples.begin(), samples.end(), t0, [](const Sample &s, qint64 t) { return s.tUs < t; });
    int column = 0;
    qint64 next = MinMaxPyramid::columnStart(t0, t1, count, 1);
    for (; it != samples.end() && it->tUs < t1; ++it) {
        while (it->tUs >= next)
            next = MinMaxPyramid::columnStart(t0, t1, count, ++column + 1);
        ColumnSummary &c = result[column];
        if (c.count++ == 0) {
            c.first = c.min = c.max = it->value;
            c.tFirst = it->tUs;
        }
        c.min = std::min(c.min, it->value);
        c.max = std::max(c.max, it->value);
        c.last = it->value;
        c.tLast = it->tUs;
    }
    return result;
}

double checksum(const QList<ColumnSummary> &columns)
{
    double sum = 0;
    for (const ColumnSummary &c : columns)
        sum += double(c.count) + double(c.max) - double(c.min);
    return sum;
}

// Median wall time of a query in ms; if `sideNs` is given, also the median of how much it grew
// per run (time spent inside the provider), in ms.
template<typename Query>
double medianMs(Query query, double &sink, const qint64 *sideNs = nullptr, double *sideMs = nullptr)
{
    std::vector<double> times;
    std::vector<double> side;
    for (int r = 0; r < kRepeats; ++r) {
        const qint64 sideBefore = sideNs ? *sideNs : 0;
        QElapsedTimer timer;
        timer.start();
        sink += checksum(query());
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (sideNs)
            side.push_back(double(*sideNs - sideBefore) / 1e6);
    }
    if (sideMs)
        *sideMs = median(side);
    return median(times);
}

// Intake: one hour of 8 channels, appended tick by tick as the acquisition would, and one
// second at a time. Returns the median ns per sample of both.
std::pair<double, double> measureIntake(double &sink)
{
    const qint64 n = 3600 * 100;
    std::vector<std::vector<Sample>> input(kChannels);
    for (int ch = 0; ch < kChannels; ++ch) {
        input[size_t(ch)].reserve(size_t(n));
        for (qint64 i = 0; i < n; ++i)
            input[size_t(ch)].push_back(synthetic(ch, i));
    }
    std::vector<double> perSample;
    std::vector<double> perSampleSpan;
    for (int r = 0; r < 5; ++r) {
        std::vector<MinMaxPyramid> pyramids(kChannels);
        for (MinMaxPyramid &p : pyramids)
            p.setRawChunksKept(2);
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < n; ++i)
            for (int ch = 0; ch < kChannels; ++ch)
                pyramids[size_t(ch)].append(input[size_t(ch)][size_t(i)]);
        perSample.push_back(double(timer.nsecsElapsed()) / double(n * kChannels));

        std::vector<MinMaxPyramid> spans(kChannels);
        for (MinMaxPyramid &p : spans)
            p.setRawChunksKept(2);
        timer.restart();
        for (qint64 i = 0; i < n; i += 100) // one second per call
            for (int ch = 0; ch < kChannels; ++ch)
                spans[size_t(ch)].append(std::span<const Sample>(input[size_t(ch)]).subspan(size_t(i), 100));
        perSampleSpan.push_back(double(timer.nsecsElapsed()) / double(n * kChannels));
        sink += double(pyramids[0].size() + spans[7].size());
    }
    return {median(perSample), median(perSampleSpan)};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool json = app.arguments().contains(QStringLiteral("--json"));
    double sink = 0;
    std::printf("PumpStudio monitor benchmark (medians of repeated runs; 100 Hz synthetic data)\n\n");

    // 24 h x 8 channels with raw chunks dropped: what a day-long run holds.
    const qint64 rssBefore = rssKiB();
    std::vector<MinMaxPyramid> day(kChannels);
    qint64 providerNs = 0;
    for (int ch = 0; ch < kChannels; ++ch) {
        day[size_t(ch)].setRawChunksKept(2);
        day[size_t(ch)].setRawChunkProvider([ch, &providerNs](qint64 chunk) {
            QElapsedTimer timer;
            timer.start();
            QList<Sample> samples = syntheticChunk(ch, chunk);
            providerNs += timer.nsecsElapsed();
            return samples;
        });
    }
    QElapsedTimer build;
    build.start();
    for (qint64 i = 0; i < kDaySamples; ++i)
        for (int ch = 0; ch < kChannels; ++ch)
            day[size_t(ch)].append(synthetic(ch, i));
    const double buildS = double(build.nsecsElapsed()) / 1e9;
    const qint64 rssAfter = rssKiB();
    // Measured after the day run so its freed memory cannot hide part of the day run's growth.
    const auto [intake, intakeSpan] = measureIntake(sink);
    std::printf("%-58s %12s\n", "Sample intake (8 channels, 1 h at 100 Hz, 5 runs)", "ns/sample");
    std::printf("%-58s %12.1f\n", "  append(Sample), interleaved across channels", intake);
    std::printf("%-58s %12.1f\n", "  append(span of 100 samples)", intakeSpan);
    std::printf("%-58s %12.4f\n\n", "  CPU share at 8 x 100 Hz (%)", intake * 800 / 1e9 * 100);
    qint64 memory = 0;
    for (const MinMaxPyramid &p : day)
        memory += p.memoryBytes();

    // Channel 0 again, all raw in memory, and as a flat vector for the brute-force scan.
    std::vector<Sample> raw;
    raw.reserve(size_t(kDaySamples));
    MinMaxPyramid kept;
    for (qint64 i = 0; i < kDaySamples; ++i) {
        raw.push_back(synthetic(0, i));
        kept.append(raw.back());
    }

    // Queries: 1600 columns over the last minute and over the whole day.
    const qint64 end = raw.back().tUs + 1;
    const qint64 minuteStart = end - 60'000'000;
    const MinMaxPyramid &dropped = day[0];
    PyramidQueryStats minuteStats;
    PyramidQueryStats dayStats;
    dropped.columns(minuteStart, end, kColumns, &minuteStats);
    dropped.columns(0, end, kColumns, &dayStats);

    const double keptMinute = medianMs([&] { return kept.columns(minuteStart, end, kColumns); }, sink);
    const double keptDay = medianMs([&] { return kept.columns(0, end, kColumns); }, sink);
    double minuteProviderMs = 0;
    double dayProviderMs = 0;
    const double droppedMinute =
        medianMs([&] { return dropped.columns(minuteStart, end, kColumns); }, sink, &providerNs, &minuteProviderMs);
    const double droppedDay =
        medianMs([&] { return dropped.columns(0, end, kColumns); }, sink, &providerNs, &dayProviderMs);
    const double bruteMinute = medianMs([&] { return bruteForce(raw, minuteStart, end, kColumns); }, sink);
    const double bruteDay = medianMs([&] { return bruteForce(raw, 0, end, kColumns); }, sink);
    // Exact where columns are narrow (1 min); at 24 h the edges are aligned to summary nodes, so
    // samples may move by at most a quarter column between neighbours but none is lost, and
    // every column's extremes lie within those of it and its neighbours in the exact answer.
    const bool sameMinute = kept.columns(minuteStart, end, kColumns) == bruteForce(raw, minuteStart, end, kColumns)
        && dropped.columns(minuteStart, end, kColumns) == bruteForce(raw, minuteStart, end, kColumns);
    const auto withinTolerance = [&](const QList<ColumnSummary> &got) {
        const QList<ColumnSummary> exact = bruteForce(raw, 0, end, kColumns);
        qint64 gotTotal = 0;
        qint64 exactTotal = 0;
        for (int i = 0; i < kColumns; ++i) {
            gotTotal += got[i].count;
            exactTotal += exact[i].count;
            if (std::abs(got[i].count - exact[i].count) > exact[i].count / 2 + 1)
                return false;  // each edge moves by at most a quarter column
            float lo = exact[i].min;
            float hi = exact[i].max;
            for (int j : {i - 1, i + 1}) {
                if (j >= 0 && j < kColumns) {
                    lo = std::min(lo, exact[j].min);
                    hi = std::max(hi, exact[j].max);
                }
            }
            if (got[i].min < lo || got[i].max > hi)
                return false;
        }
        return gotTotal == exactTotal;
    };
    const bool sameDay = withinTolerance(kept.columns(0, end, kColumns)) && withinTolerance(dropped.columns(0, end, kColumns));

    // The app's way: no provider; a query answers from the summary where a chunk is missing and
    // lists it; the chunks are read (here: synthesised) and added; the query is then exact.
    // 10 s of the oldest hour over 1600 columns: 6 ms columns, every edge wants raw samples.
    MinMaxPyramid async;
    async.setRawChunksKept(2);
    for (qint64 i = 0; i < kDaySamples; ++i)
        async.append(synthetic(0, i));
    const qint64 deepStart = 3'600'000'000;
    const qint64 deepEnd = deepStart + 10'000'000;
    QList<qint64> missing;
    PyramidQueryStats firstStats;
    QElapsedTimer asyncTimer;
    asyncTimer.start();
    const QList<ColumnSummary> meanwhile = async.columns(deepStart, deepEnd, kColumns, &firstStats, &missing);
    const double asyncFirstMs = double(asyncTimer.nsecsElapsed()) / 1e6;
    for (qint64 chunk : std::as_const(missing))
        async.addRawChunk(chunk, syntheticChunk(0, chunk));
    QList<qint64> stillMissing;
    const double asyncAfterMs = medianMs([&] { return async.columns(deepStart, deepEnd, kColumns, nullptr, &stillMissing); }, sink);
    const bool asyncExact = async.columns(deepStart, deepEnd, kColumns) == bruteForce(raw, deepStart, deepEnd, kColumns);
    int changedColumns = 0;
    const QList<ColumnSummary> exactDeep = bruteForce(raw, deepStart, deepEnd, kColumns);
    for (int i = 0; i < kColumns; ++i)
        changedColumns += meanwhile[i] == exactDeep[i] ? 0 : 1;

    std::printf("%-42s %10s %10s %10s\n", "Query, 1600 columns, channel 0 (ms)", "1 min", "24 h", "24h/1min");
    auto row = [](const char *name, double a, double b) { std::printf("%-42s %10.3f %10.3f %10.1f\n", name, a, b, b / a); };
    row("  pyramid, raw chunks in memory", keptMinute, keptDay);
    row("  pyramid, raw dropped, via provider", droppedMinute, droppedDay);
    row("    of which provider (synthesises chunks)", minuteProviderMs, dayProviderMs);
    row("  brute-force scan of raw samples", bruteMinute, bruteDay);
    std::printf("%-42s %10lld %10lld\n", "  nodes visited per query", minuteStats.nodesVisited, dayStats.nodesVisited);
    std::printf("%-42s %10lld %10lld\n", "  raw samples read per query", minuteStats.rawSamplesScanned, dayStats.rawSamplesScanned);
    std::printf("%-42s %10lld %10lld\n", "  provider calls per query", minuteStats.chunksFetched, dayStats.chunksFetched);
    std::printf("%-42s %10lld %10lld\n", "  edges aligned to a summary node", minuteStats.boundariesAligned, dayStats.boundariesAligned);
    std::printf("%-42s %10s %10s\n", "  result == brute force (1 min, exact)", sameMinute ? "yes" : "NO", "");
    std::printf("%-42s %10s %10s\n\n", "  within 1/4 column of brute force (24 h)", "", sameDay ? "yes" : "NO");

    std::printf("%-58s %12s\n", "Reading back without waiting: 10 s deep in the day, 1600 columns", "");
    std::printf("%-58s %12.3f\n", "  first query, answered from the summary (ms)", asyncFirstMs);
    std::printf("%-58s %12lld\n", "    chunks it asked for", qint64(missing.size()));
    std::printf("%-58s %12d\n", "    columns not yet exact", changedColumns);
    std::printf("%-58s %12.3f\n", "  query once the chunks are added (ms)", asyncAfterMs);
    std::printf("%-58s %12s\n\n", "    exact to the sample, nothing more asked", asyncExact && stillMissing.isEmpty() ? "yes" : "NO");

    std::printf("%-58s %12s\n", "Memory after 24 h x 8 channels x 100 Hz, raw dropped", "");
    std::printf("%-58s %12lld\n", "  samples held in summaries", qint64(kDaySamples) * kChannels);
    std::printf("%-58s %12.1f\n", "  memoryBytes(), all channels (MB)", double(memory) / 1e6);
    std::printf("%-58s %12.2f\n", "  memoryBytes() per sample (B)", double(memory) / double(kDaySamples * kChannels));
    std::printf("%-58s %12.1f\n", "  process RSS growth (MB)", double(rssAfter - rssBefore) * 1024 / 1e6);
    std::printf("%-58s %12.1f\n", "  same run with raw kept, memoryBytes of one channel (MB)", double(kept.memoryBytes()) / 1e6);
    std::printf("%-58s %12.2f\n", "  building the 24 h x 8 run incl. synthesis (s)", buildS);
    std::printf("%-58s %12d\n", "  levels", dropped.levelCount());
    std::printf("\n(checksum %g)\n", sink);
    const bool ok = sameMinute && sameDay && asyncExact && stillMissing.isEmpty();
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("intake_ns_per_sample"), intake);
        o.insert(QStringLiteral("query_ms_1min_kept"), keptMinute);
        o.insert(QStringLiteral("query_ms_24h_kept"), keptDay);
        o.insert(QStringLiteral("query_ms_1min_provider"), droppedMinute);
        o.insert(QStringLiteral("query_ms_24h_provider"), droppedDay);
        o.insert(QStringLiteral("query_ratio_24h_1min_provider"), droppedDay / droppedMinute);
        o.insert(QStringLiteral("provider_calls_1min"), minuteStats.chunksFetched);
        o.insert(QStringLiteral("provider_calls_24h"), dayStats.chunksFetched);
        o.insert(QStringLiteral("nodes_visited_24h"), dayStats.nodesVisited);
        o.insert(QStringLiteral("brute_ms_1min"), bruteMinute);
        o.insert(QStringLiteral("brute_ms_24h"), bruteDay);
        o.insert(QStringLiteral("async_first_query_ms"), asyncFirstMs);
        o.insert(QStringLiteral("async_chunks_asked"), qint64(missing.size()));
        o.insert(QStringLiteral("async_query_ms_after"), asyncAfterMs);
        o.insert(QStringLiteral("memory_mb_24h_8ch"), double(memory) / 1e6);
        o.insert(QStringLiteral("rss_growth_mb_24h_8ch"), double(rssAfter - rssBefore) * 1024 / 1e6);
        o.insert(QStringLiteral("checks_ok"), ok);
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    }
    return ok ? 0 : 1;
}
