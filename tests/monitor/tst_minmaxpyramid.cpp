// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "monitor/minmaxpyramid.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>
#include <vector>

using namespace PumpStudio::Monitor;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kChunk = kSamplesPerChunk;
constexpr qint64 kBucket = MinMaxPyramid::kBucketSize;

// The reference: every sample looked at, column by column, with the same column edges.
QList<ColumnSummary> bruteForce(const std::vector<Sample> &samples, qint64 t0, qint64 t1, int count)
{
    if (count <= 0 || t1 <= t0)
        return {};
    QList<ColumnSummary> result(count);
    std::vector<float> mins(size_t(count), std::numeric_limits<float>::infinity());
    std::vector<float> maxs(size_t(count), -std::numeric_limits<float>::infinity());
    int column = 0;
    for (const Sample &s : samples) {
        if (s.tUs < t0)
            continue;
        if (s.tUs >= t1)
            break;
        while (s.tUs >= MinMaxPyramid::columnStart(t0, t1, count, column + 1))
            ++column;
        ColumnSummary &c = result[column];
        if (c.count == 0) {
            c.first = s.value;
            c.tFirst = s.tUs;
        }
        c.last = s.value;
        c.tLast = s.tUs;
        if (s.value < mins[size_t(column)])
            mins[size_t(column)] = s.value;
        if (s.value > maxs[size_t(column)])
            maxs[size_t(column)] = s.value;
        ++c.count;
    }
    for (int i = 0; i < count; ++i) {
        if (result[i].count > 0) {
            result[i].min = mins[size_t(i)];
            result[i].max = maxs[size_t(i)];
        }
    }
    return result;
}

// Where the pyramid puts the edge of columns at time t, as its header states it: the first sample
// at or after t (and at or after `from`, the previous edge), except that an edge cutting nodes
// moves to the nearer edge in time of the highest-level complete node it cuts that lasts at most
// 1/kAlignRatio of a column; and if there is none and the cut bucket's chunk cannot be read
// (available() says which can), to that bucket's nearer edge.
template<typename At>
qint64 referenceEdge(const At &at, qint64 n, qint64 t, qint64 from, qint64 columnUs, const std::function<bool(qint64)> &available)
{
    qint64 lo = from;
    qint64 hi = n;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (at(mid).tUs < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    const qint64 index = lo;
    if (index >= n)
        return index;
    for (int level = 8; level >= 0; --level) {
        qint64 span = kBucket;
        for (int i = 0; i < level; ++i)
            span *= MinMaxPyramid::kFanout;
        const qint64 start = index / span * span;
        if (index == start)
            return index;  // on this node's edge, and so on every lower level's
        const qint64 end = std::min(start + span, n);
        const qint64 tFirst = at(start).tUs;
        const qint64 tLast = at(end - 1).tUs;
        const bool aligned = end - start == span && (tLast - tFirst) * MinMaxPyramid::kAlignRatio <= columnUs;
        if (aligned || (level == 0 && !available(start / kChunk)))
            return std::max(t - tFirst < tLast - t ? start : end, from);
    }
    return index;
}

// The columns the pyramid must give: brute force over the samples between the reference edges.
template<typename At>
QList<ColumnSummary> referenceColumns(const At &at, qint64 n, qint64 t0, qint64 t1, int count,
                                      const std::function<bool(qint64)> &available = [](qint64) { return true; })
{
    if (count <= 0 || t1 <= t0)
        return {};
    QList<ColumnSummary> result(count);
    const qint64 columnUs = (t1 - t0) / count;
    qint64 begin = referenceEdge(at, n, t0, 0, columnUs, available);
    for (int column = 0; column < count && begin < n; ++column) {
        const qint64 end = referenceEdge(at, n, MinMaxPyramid::columnStart(t0, t1, count, column + 1), begin, columnUs, available);
        ColumnSummary &c = result[column];
        for (qint64 i = begin; i < end; ++i) {
            const Sample s = at(i);
            if (c.count++ == 0) {
                c.first = s.value;
                c.tFirst = s.tUs;
                c.min = std::numeric_limits<float>::infinity();
                c.max = -std::numeric_limits<float>::infinity();
            }
            c.last = s.value;
            c.tLast = s.tUs;
            if (s.value < c.min)
                c.min = s.value;
            if (s.value > c.max)
                c.max = s.value;
        }
        begin = end;
    }
    return result;
}

QList<ColumnSummary> referenceColumns(const std::vector<Sample> &samples, qint64 t0, qint64 t1, int count,
                                      const std::function<bool(qint64)> &available = [](qint64) { return true; })
{
    return referenceColumns([&samples](qint64 i) { return samples[size_t(i)]; }, qint64(samples.size()), t0, t1, count, available);
}

QString describe(const ColumnSummary &c)
{
    return u"{n=%1 min=%2 max=%3 first=%4 last=%5 t=%6..%7}"_s.arg(c.count)
        .arg(double(c.min)).arg(double(c.max)).arg(double(c.first)).arg(double(c.last))
        .arg(c.tFirst).arg(c.tLast);
}

// Empty string when equal, else the first difference.
QString difference(const QList<ColumnSummary> &got, const QList<ColumnSummary> &want)
{
    if (got.size() != want.size())
        return u"%1 columns, expected %2"_s.arg(got.size()).arg(want.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (!(got[i] == want[i]))
            return u"column %1: %2, expected %3"_s.arg(i).arg(describe(got[i]), describe(want[i]));
    }
    return {};
}

// Irregular timestamps: jitter, runs of equal times, and gaps of up to a minute.
std::vector<Sample> randomSamples(QRandomGenerator &rng, qint64 count)
{
    std::vector<Sample> samples;
    samples.reserve(size_t(count));
    qint64 t = rng.bounded(-1'000'000, 1'000'000);
    float value = 0;
    for (qint64 i = 0; i < count; ++i) {
        const int kind = rng.bounded(100);
        if (kind < 5)
            t += 0; // equal timestamp
        else if (kind < 7)
            t += rng.bounded(1'000'000, 60'000'000);
        else
            t += rng.bounded(1, 20'000);
        value += float(rng.bounded(-1000, 1001)) / 100.0f;
        if (rng.bounded(500) == 0)
            value += float(rng.bounded(-10000, 10000)); // a spike
        samples.push_back({t, value});
    }
    return samples;
}

// 24 h at 100 Hz, synthesised so no test has to hold 138 MB of raw samples.
Sample synthetic(qint64 i)
{
    const quint32 h = quint32(i) * 2654435761u;
    return {i * 10'000 + qint64(h % 5000), float(std::sin(double(i) * 1e-3) * 10.0) + float(h % 1000) / 100.0f};
}

QList<Sample> syntheticChunk(qint64 chunk)
{
    QList<Sample> samples;
    samples.reserve(kChunk);
    for (qint64 i = chunk * kChunk; i < (chunk + 1) * kChunk; ++i)
        samples.append(synthetic(i));
    return samples;
}

// Chunks whose buckets a column edge cuts and does not align: the only ones a query may read raw.
QSet<qint64> cutChunks(const std::vector<Sample> &samples, qint64 t0, qint64 t1, int count)
{
    QSet<qint64> chunks;
    if (count <= 0 || t1 <= t0)
        return chunks;
    const qint64 columnUs = (t1 - t0) / count;
    const auto at = [&samples](qint64 i) { return samples[size_t(i)]; };
    const qint64 n = qint64(samples.size());
    for (int i = 0; i <= count; ++i) {
        const qint64 edge = MinMaxPyramid::columnStart(t0, t1, count, i);
        const qint64 index = std::lower_bound(samples.begin(), samples.end(), edge,
                                              [](const Sample &s, qint64 t) { return s.tUs < t; }) - samples.begin();
        // Where the edge goes when no chunk can be read: not the exact sample only if it was
        // neither exact nor aligned, i.e. it would have read its chunk.
        const qint64 unread = referenceEdge(at, n, edge, 0, columnUs, [](qint64) { return false; });
        const qint64 read = referenceEdge(at, n, edge, 0, columnUs, [](qint64) { return true; });
        if (unread != read && index < n)
            chunks.insert(index / kChunk);
    }
    return chunks;
}

} // namespace

class TestMinMaxPyramid final : public QObject
{
    Q_OBJECT

private:
    struct Query
    {
        qint64 t0;
        qint64 t1;
        int columns;
    };

    // A mix of the ranges a chart asks for, and the awkward ones.
    static Query randomQuery(QRandomGenerator &rng, const std::vector<Sample> &samples)
    {
        const qint64 first = samples.front().tUs;
        const qint64 last = samples.back().tUs;
        const qint64 span = std::max<qint64>(1, last - first);
        const int columns = rng.bounded(1, 2000);
        switch (rng.bounded(7)) {
        case 0: // anywhere, may start before the first or end after the last sample
            {
                const qint64 a = first - span / 10 + qint64(rng.bounded(quint64(span + span / 5)));
                const qint64 b = first - span / 10 + qint64(rng.bounded(quint64(span + span / 5)));
                return {std::min(a, b), std::max(a, b) + 1, columns};
            }
        case 1: // everything, with margins
            return {first - 1000, last + 1000, columns};
        case 2: // a single column
            return {first + qint64(rng.bounded(quint64(span))), last + 1, 1};
        case 3: // inside one bucket
            {
                const qint64 bucket = rng.bounded(qint64(samples.size()) / kBucket + 1);
                const qint64 a = std::min<qint64>(bucket * kBucket + rng.bounded(kBucket), qint64(samples.size()) - 1);
                const qint64 b = std::min<qint64>(a + rng.bounded(kBucket), qint64(samples.size()) - 1);
                return {samples[size_t(a)].tUs, samples[size_t(b)].tUs + 1, rng.bounded(1, 8)};
            }
        case 4: // narrower than the column count: zero-width columns
            {
                const qint64 a = first + qint64(rng.bounded(quint64(span)));
                return {a, a + rng.bounded(1, columns + 1), columns};
            }
        case 5: // entirely before or after the data
            return rng.bounded(2) ? Query{first - 5000, first, columns} : Query{last + 1, last + 5000, columns};
        default: // edges exactly on sample times (equal timestamps included)
            {
                const qint64 a = rng.bounded(qint64(samples.size()));
                const qint64 b = rng.bounded(qint64(samples.size()));
                return {samples[size_t(std::min(a, b))].tUs, samples[size_t(std::max(a, b))].tUs + 1, columns};
            }
        }
    }

private Q_SLOTS:
    void emptyPyramidGivesEmptyColumns()
    {
        const MinMaxPyramid pyramid;
        QCOMPARE(pyramid.size(), 0);
        QCOMPARE(pyramid.firstTime(), 0);
        QCOMPARE(pyramid.lastTime(), 0);
        const QList<ColumnSummary> columns = pyramid.columns(0, 1000, 10);
        QCOMPARE(columns.size(), 10);
        for (const ColumnSummary &c : columns)
            QCOMPARE(c, ColumnSummary{});
        QVERIFY(pyramid.columns(0, 1000, 0).isEmpty());
        QVERIFY(pyramid.columns(1000, 1000, 10).isEmpty());
        QVERIFY(pyramid.m4Points(0, 1000, 10).isEmpty());
    }

    void singleSampleLandsInItsColumn()
    {
        MinMaxPyramid pyramid;
        pyramid.append(Sample{500, 3.5f});
        QCOMPARE(pyramid.size(), 1);
        QCOMPARE(pyramid.firstTime(), 500);
        QCOMPARE(pyramid.lastTime(), 500);
        const QList<ColumnSummary> columns = pyramid.columns(0, 1000, 4);
        QCOMPARE(columns[2], (ColumnSummary{1, 3.5f, 3.5f, 3.5f, 3.5f, 500, 500}));
        QCOMPARE(columns[0].count + columns[1].count + columns[3].count, 0);
        QVERIFY(pyramid.columns(501, 1000, 4)[0].count == 0);
        QCOMPARE(pyramid.columns(500, 501, 1)[0].count, 1);
        QCOMPARE(pyramid.m4Points(0, 1000, 4), (QList<QPointF>{QPointF(0.0005, 3.5)}));
    }

    void columnStartSplitsRangeEvenly()
    {
        QCOMPARE(MinMaxPyramid::columnStart(100, 200, 3, 0), 100);
        QCOMPARE(MinMaxPyramid::columnStart(100, 200, 3, 3), 200);
        // 24 h in microseconds over a wide chart: no overflow, widths differ by at most 1 us.
        const qint64 day = 86'400'000'000;
        for (int i = 0; i < 4000; ++i) {
            const qint64 width = MinMaxPyramid::columnStart(-day, day, 4000, i + 1) - MinMaxPyramid::columnStart(-day, day, 4000, i);
            QVERIFY(width == 2 * day / 4000 || width == 2 * day / 4000 + 1);
        }
        QCOMPARE(MinMaxPyramid::columnStart(-day, day, 4000, 4000), day);
    }

    // The brute-force equivalence, with the tolerance wide columns allow: every column holds
    // exactly the samples between its edges, each edge is exact or on the nearer edge of a short
    // bucket (referenceColumns), and so no sample is drawn more than a quarter column outside the
    // column an exact split gives it.
    void matchesBruteForceOnRandomData()
    {
        qint64 aligned = 0;
        qint64 exactCuts = 0;
        for (quint32 seed = 1; seed <= 12; ++seed) {
            QRandomGenerator rng(seed);
            const std::vector<Sample> samples = randomSamples(rng, rng.bounded(1, 40'000));
            MinMaxPyramid pyramid;
            // Both ways in: one by one, and in spans of random length.
            for (size_t i = 0; i < samples.size();) {
                const size_t n = std::min(samples.size() - i, size_t(rng.bounded(1, 3000)));
                if (seed % 2)
                    pyramid.append(std::span<const Sample>(samples).subspan(i, n));
                else
                    for (size_t k = i; k < i + n; ++k)
                        pyramid.append(samples[k]);
                i += n;
            }
            QCOMPARE(pyramid.size(), qint64(samples.size()));
            QCOMPARE(pyramid.firstTime(), samples.front().tUs);
            QCOMPARE(pyramid.lastTime(), samples.back().tUs);
            for (int q = 0; q < 40; ++q) {
                const Query query = randomQuery(rng, samples);
                PyramidQueryStats stats;
                const QList<ColumnSummary> got = pyramid.columns(query.t0, query.t1, query.columns, &stats);
                const QString what = u"seed %1 query %2 [%3, %4) x %5"_s.arg(seed).arg(q).arg(query.t0).arg(query.t1).arg(query.columns);
                const QString diff = difference(got, referenceColumns(samples, query.t0, query.t1, query.columns));
                QVERIFY2(diff.isEmpty(), qPrintable(what + u": "_s + diff));
                aligned += stats.boundariesAligned;
                exactCuts += stats.rawSamplesScanned > 0 ? 1 : 0;
                if (stats.boundariesAligned == 0) {
                    // Nothing aligned: exact to the sample.
                    QVERIFY2(difference(got, bruteForce(samples, query.t0, query.t1, query.columns)).isEmpty(), qPrintable(what));
                    continue;
                }
                // Every sample lies in its column or within a quarter column of it.
                const qint64 slack = (query.t1 - query.t0) / query.columns / (2 * MinMaxPyramid::kAlignRatio) + 1;
                qint64 index = std::lower_bound(samples.begin(), samples.end(), query.t0 - slack,
                                                [](const Sample &s, qint64 t) { return s.tUs < t; }) - samples.begin();
                for (int column = 0; column < query.columns; ++column) {
                    const qint64 start = MinMaxPyramid::columnStart(query.t0, query.t1, query.columns, column);
                    const qint64 end = MinMaxPyramid::columnStart(query.t0, query.t1, query.columns, column + 1);
                    while (index < qint64(samples.size()) && samples[size_t(index)].tUs < start - slack)
                        ++index;
                    for (qint64 k = 0; k < got[column].count; ++k) {
                        const qint64 t = samples[size_t(index + k)].tUs;
                        QVERIFY2(t >= start - slack && t < end + slack, qPrintable(what + u" column %1"_s.arg(column)));
                    }
                    index += got[column].count;
                }
            }
        }
        // Both ways of placing an edge were exercised.
        QVERIFY(aligned > 0);
        QVERIFY(exactCuts > 0);
    }

    void readsDroppedChunksOnlyAtCutBoundaries()
    {
        for (quint32 seed = 100; seed < 110; ++seed) {
            QRandomGenerator rng(seed);
            const std::vector<Sample> samples = randomSamples(rng, rng.bounded(5'000, 60'000));
            QList<qint64> requested;
            MinMaxPyramid pyramid;
            pyramid.setRawChunksKept(2);
            pyramid.setRawChunkProvider([&](qint64 chunk) {
                requested.append(chunk);
                QList<Sample> out;
                for (qint64 i = chunk * kChunk; i < std::min<qint64>((chunk + 1) * kChunk, qint64(samples.size())); ++i)
                    out.append(samples[size_t(i)]);
                return out;
            });
            pyramid.append(samples);
            const qint64 chunks = (qint64(samples.size()) + kChunk - 1) / kChunk;
            QCOMPARE(pyramid.firstRawChunkInMemory(), std::max<qint64>(0, chunks - 2));
            for (int q = 0; q < 40; ++q) {
                const Query query = randomQuery(rng, samples);
                requested.clear();
                PyramidQueryStats stats;
                const QString diff = difference(pyramid.columns(query.t0, query.t1, query.columns, &stats),
                                                referenceColumns(samples, query.t0, query.t1, query.columns));
                QVERIFY2(diff.isEmpty(), qPrintable(u"seed %1 query %2: %3"_s.arg(seed).arg(q).arg(diff)));
                QCOMPARE(stats.chunksFetched, requested.size());
                QCOMPARE(stats.boundariesSnapped, 0);
                QVERIFY(requested.size() <= query.columns + 1);
                const QSet<qint64> cut = cutChunks(samples, query.t0, query.t1, query.columns);
                QSet<qint64> seen;
                for (qint64 chunk : std::as_const(requested)) {
                    QVERIFY2(cut.contains(chunk), qPrintable(u"chunk %1 read but no unaligned edge cuts it"_s.arg(chunk)));
                    QVERIFY2(chunk < pyramid.firstRawChunkInMemory(), "read a chunk still in memory");
                    QVERIFY2(!seen.contains(chunk), qPrintable(u"chunk %1 read twice"_s.arg(chunk)));
                    seen.insert(chunk);
                }
            }
        }
    }

    void snapsToBucketEdgeWithoutProvider()
    {
        MinMaxPyramid pyramid;
        pyramid.setRawChunksKept(1);
        for (qint64 i = 0; i < 4 * kChunk; ++i)
            pyramid.append(Sample{i * 10, float(i)});
        // Edges at samples 25 and 50 of bucket 0 (times 0 to 630), whose chunk is gone and too
        // long to align against 250 us columns: each goes to the bucket's nearer edge.
        PyramidQueryStats stats;
        QList<qint64> missing;
        const QList<ColumnSummary> columns = pyramid.columns(0, 500, 2, &stats, &missing);
        QCOMPARE(stats.boundariesSnapped, 2);
        QCOMPARE(stats.boundariesAligned, 0);
        QCOMPARE(missing, QList<qint64>{0});
        QCOMPARE(columns[0].count, 0);
        QCOMPARE(columns[1].count, kBucket);
        // A range inside the newest chunk needs nothing from outside.
        const qint64 t = 3 * kChunk * 10;
        QCOMPARE(pyramid.columns(t + 5, t + 95, 3)[0], (ColumnSummary{3, float(3 * kChunk + 1), float(3 * kChunk + 3),
                                                                      float(3 * kChunk + 1), float(3 * kChunk + 3),
                                                                      t + 10, t + 30}));
    }

    void wideColumnsNeedNoReadsFromTheRecord()
    {
        MinMaxPyramid pyramid;
        pyramid.setRawChunksKept(1);
        int calls = 0;
        pyramid.setRawChunkProvider([&calls](qint64) {
            ++calls;
            return QList<Sample>();
        });
        const qint64 n = 64 * kChunk;
        for (qint64 i = 0; i < n; ++i)
            pyramid.append(Sample{i * 10, float(i % 97)});
        // 100 columns over 65536 samples: 6.5 ms a column, buckets of 0.63 ms: edges aligned.
        PyramidQueryStats stats;
        const QList<ColumnSummary> columns = pyramid.columns(0, n * 10, 100, &stats);
        QCOMPARE(calls, 0);
        QCOMPARE(stats.rawSamplesScanned, 0);
        QVERIFY(stats.boundariesAligned > 50);  // the others fall on a bucket edge as they are
        qint64 total = 0;
        for (const ColumnSummary &c : columns)
            total += c.count;
        QCOMPARE(total, n);  // aligning moves samples between columns, never loses one
        QVERIFY(!pyramid.m4Points(0, n * 10, 100).isEmpty());
        QCOMPARE(calls, 0);
        // 20 us columns cut buckets that last 630 us: exact, read back.
        pyramid.columns(0, 2000, 100);
        QVERIFY(calls > 0);
    }

    void queryCostDoesNotGrowWithHistory()
    {
        // 24 h at 100 Hz with raw chunks dropped; the provider synthesises them back.
        const qint64 count = 8'640'000;
        MinMaxPyramid pyramid;
        pyramid.setRawChunksKept(2);
        qint64 provided = 0;
        pyramid.setRawChunkProvider([&](qint64 chunk) {
            ++provided;
            return syntheticChunk(chunk);
        });
        for (qint64 i = 0; i < count; ++i)
            pyramid.append(synthetic(i));

        const int columns = 1600;
        const qint64 end = pyramid.lastTime() + 1;
        PyramidQueryStats day;
        const QList<ColumnSummary> daySummary = pyramid.columns(0, end, columns, &day);
        QCOMPARE(provided, 0);
        PyramidQueryStats minute;
        pyramid.columns(end - 60'000'000, end, columns, &minute);

        const qint64 perColumn = 2 * MinMaxPyramid::kFanout * pyramid.levelCount() + 2 * 64;
        QVERIFY2(day.nodesVisited <= columns * perColumn, qPrintable(QString::number(day.nodesVisited)));
        QVERIFY2(minute.nodesVisited <= columns * perColumn, qPrintable(QString::number(minute.nodesVisited)));
        // 54 s columns, 0.64 s buckets: every edge aligned, nothing read back.
        QCOMPARE(day.chunksFetched, 0);
        QCOMPARE(day.rawSamplesScanned, 0);
        QVERIFY(day.boundariesAligned > columns / 2);
        QCOMPARE(day.boundariesSnapped, 0);
        // 37.5 ms columns: exact, at most the dropped chunks of the last minute read back.
        QVERIFY(minute.chunksFetched <= 60 * 100 / kChunk + 2);
        QCOMPARE(minute.boundariesAligned, 0);

        const auto at = [](qint64 i) { return synthetic(i); };
        QString diff = difference(daySummary, referenceColumns(at, count, 0, end, columns));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        diff = difference(pyramid.columns(end - 60'000'000, end, columns),
                          referenceColumns(at, count, end - 60'000'000, end, columns));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void equalTimestampsAcrossBucketsStayTogether()
    {
        std::vector<Sample> samples;
        for (int i = 0; i < 3 * kChunk; ++i)
            samples.push_back({i < 1000 ? 0 : (i < 2100 ? 5000 : 5000 + i), float((i * 37) % 101)});
        MinMaxPyramid pyramid;
        pyramid.setRawChunksKept(1);
        pyramid.setRawChunkProvider([&](qint64 chunk) {
            return QList<Sample>(samples.begin() + chunk * kChunk, samples.begin() + (chunk + 1) * kChunk);
        });
        pyramid.append(samples);
        for (const Query &q : {Query{0, 5001, 2}, Query{0, 5000, 1}, Query{5000, 5001, 1}, Query{-10, 8000, 7},
                               Query{1, 5000, 3}, Query{0, 1, 1}}) {
            const QString diff = difference(pyramid.columns(q.t0, q.t1, q.columns), referenceColumns(samples, q.t0, q.t1, q.columns));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        QCOMPARE(pyramid.columns(5000, 5001, 1)[0].count, 1100);
    }

    // The app's way: no provider; a query answers from the summary where a chunk is missing,
    // says which chunks it missed, and is exact once they are added.
    void reportsMissingChunksAndRefinesOnceAdded()
    {
        for (quint32 seed = 200; seed < 206; ++seed) {
            QRandomGenerator rng(seed);
            const std::vector<Sample> samples = randomSamples(rng, rng.bounded(20'000, 60'000));
            MinMaxPyramid pyramid;
            pyramid.setRawChunksKept(2);
            pyramid.append(samples);
            const auto chunkOf = [&samples](qint64 chunk) {
                return QList<Sample>(samples.begin() + chunk * kChunk, samples.begin() + (chunk + 1) * kChunk);
            };
            for (int q = 0; q < 30; ++q) {
                const Query query = randomQuery(rng, samples);
                QList<qint64> missing;
                PyramidQueryStats stats;
                const QList<ColumnSummary> first = pyramid.columns(query.t0, query.t1, query.columns, &stats, &missing);
                const QSet<qint64> missingSet(missing.begin(), missing.end());
                QCOMPARE(missingSet.size(), missing.size());  // each once
                QCOMPARE(stats.chunksMissing, missing.size());
                // Meanwhile: as if those chunks could not be read.
                QString diff = difference(first, referenceColumns(samples, query.t0, query.t1, query.columns, [&](qint64 chunk) {
                                              return chunk >= pyramid.firstRawChunkInMemory() || pyramid.hasRawChunk(chunk);
                                          }));
                QVERIFY2(diff.isEmpty(), qPrintable(u"seed %1 query %2 before: %3"_s.arg(seed).arg(q).arg(diff)));
                for (qint64 chunk : std::as_const(missing)) {
                    QVERIFY(chunk < pyramid.firstRawChunkInMemory());
                    QVERIFY(pyramid.addRawChunk(chunk, chunkOf(chunk)));
                }
                missing.clear();
                diff = difference(pyramid.columns(query.t0, query.t1, query.columns, nullptr, &missing),
                                  referenceColumns(samples, query.t0, query.t1, query.columns));
                QVERIFY2(diff.isEmpty(), qPrintable(u"seed %1 query %2 after: %3"_s.arg(seed).arg(q).arg(diff)));
                QVERIFY(missing.isEmpty());
            }
            QVERIFY(pyramid.rawChunksCached() <= pyramid.rawChunkCacheSize());
        }
    }

    void refusesChunksThatAreNotItsOwn()
    {
        MinMaxPyramid pyramid;
        pyramid.setRawChunksKept(1);
        const auto chunk = [](qint64 index, qint64 offset) {
            QList<Sample> out;
            for (qint64 i = index * kChunk; i < (index + 1) * kChunk; ++i)
                out.append(Sample{i * 10 + offset, float(i)});
            return out;
        };
        for (qint64 i = 0; i < 3 * kChunk + 5; ++i)
            pyramid.append(Sample{i * 10, float(i)});
        QCOMPARE(pyramid.firstRawChunkInMemory(), 3);
        QVERIFY(!pyramid.addRawChunk(3, chunk(3, 0)));     // still in memory
        QVERIFY(!pyramid.addRawChunk(-1, chunk(0, 0)));
        QVERIFY(!pyramid.addRawChunk(0, chunk(0, 0).mid(0, 1000)));  // a short read
        QVERIFY(!pyramid.addRawChunk(1, chunk(0, 0)));     // another chunk's samples
        QVERIFY(!pyramid.addRawChunk(1, chunk(1, 5)));     // another run's
        QCOMPARE(pyramid.rawChunksCached(), 0);
        QVERIFY(pyramid.addRawChunk(1, chunk(1, 0)));
        QVERIFY(pyramid.hasRawChunk(1));
        QVERIFY(!pyramid.hasRawChunk(0));
        QCOMPARE(pyramid.chunkTimeRange(1), (std::pair<qint64, qint64>(kChunk * 10, (2 * kChunk - 1) * 10)));
    }

    void cacheDropsTheLeastRecentlyUsedChunk()
    {
        MinMaxPyramid pyramid;
        pyramid.setRawChunksKept(1);
        pyramid.setRawChunkCacheSize(3);
        std::vector<Sample> samples;
        for (qint64 i = 0; i < 8 * kChunk; ++i)
            samples.push_back(Sample{i * 10, float(i % 101)});
        pyramid.append(samples);
        const auto chunkOf = [&samples](qint64 chunk) {
            return QList<Sample>(samples.begin() + chunk * kChunk, samples.begin() + (chunk + 1) * kChunk);
        };
        for (qint64 c : {0, 1, 2})
            QVERIFY(pyramid.addRawChunk(c, chunkOf(c)));
        // A narrow query inside chunk 0 uses it: chunk 1 is now the least recently used.
        const qint64 t = 100 * 10 + 5;
        QList<qint64> missing;
        pyramid.columns(t, t + 200, 20, nullptr, &missing);
        QVERIFY(missing.isEmpty());
        QVERIFY(pyramid.addRawChunk(3, chunkOf(3)));
        QCOMPARE(pyramid.rawChunksCached(), 3);
        QVERIFY(pyramid.hasRawChunk(0));
        QVERIFY(!pyramid.hasRawChunk(1));
        QVERIFY(pyramid.hasRawChunk(2));
        QVERIFY(pyramid.hasRawChunk(3));
    }

    // A query never asks for more chunks than the cache holds, so adding them all cannot evict
    // one it uses: the next query asks for nothing and a chart does not read the record forever.
    void neverAsksForMoreThanTheCacheHolds()
    {
        MinMaxPyramid pyramid;
        pyramid.setRawChunksKept(1);
        pyramid.setRawChunkCacheSize(4);
        std::vector<Sample> samples;
        for (qint64 i = 0; i < 20 * kChunk; ++i)
            samples.push_back(Sample{i * 10, float(i % 101)});
        pyramid.append(samples);
        // 100 us columns over 10 chunks: every edge cuts a 630 us bucket.
        const qint64 t1 = 10 * kChunk * 10;
        QList<qint64> missing;
        pyramid.columns(5, t1, int(t1 / 100), nullptr, &missing);
        QCOMPARE(missing, (QList<qint64>{0, 1, 2, 3}));
        for (qint64 c : std::as_const(missing))
            QVERIFY(pyramid.addRawChunk(c, QList<Sample>(samples.begin() + c * kChunk, samples.begin() + (c + 1) * kChunk)));
        missing.clear();
        PyramidQueryStats stats;
        const QList<ColumnSummary> again = pyramid.columns(5, t1, int(t1 / 100), &stats, &missing);
        QVERIFY(missing.isEmpty());
        QVERIFY(stats.boundariesSnapped > 0);  // the later part stays right to a bucket
        QCOMPARE(pyramid.rawChunksCached(), 4);
        // The first four chunks' columns are exact.
        const QList<ColumnSummary> exact = bruteForce(samples, 5, t1, int(t1 / 100));
        for (int column = 0; column < 4 * kChunk * 10 / 100 - 1; ++column)
            QCOMPARE(again[column], exact[column]);
    }

    // What the chart's column cache relies on: a column ending by settledUntil() keeps its value.
    void settledColumnsKeepTheirValue()
    {
        QRandomGenerator rng(7);
        const std::vector<Sample> samples = randomSamples(rng, 30'000);
        MinMaxPyramid pyramid;
        size_t fed = 0;
        const qint64 t0 = samples.front().tUs;
        const qint64 t1 = samples.back().tUs + 1;
        for (int columns : {50, 700, 3000}) {
            QList<ColumnSummary> before;
            qint64 settled = 0;
            while (fed < samples.size()) {
                const size_t n = std::min(samples.size() - fed, size_t(rng.bounded(1, 2000)));
                pyramid.append(std::span<const Sample>(samples).subspan(fed, n));
                fed += n;
                const QList<ColumnSummary> now = pyramid.columns(t0, t1, columns);
                for (int c = 0; c < columns && !before.isEmpty(); ++c) {
                    if (MinMaxPyramid::columnStart(t0, t1, columns, c + 1) <= settled)
                        QVERIFY2(now[c] == before[c], qPrintable(u"%1 columns: column %2 changed"_s.arg(columns).arg(c)));
                }
                before = now;
                settled = pyramid.settledUntil((t1 - t0) / columns);
            }
            pyramid = MinMaxPyramid();
            fed = 0;
        }
    }

    void nanNeverBecomesMinOrMax()
    {
        const float nan = std::numeric_limits<float>::quiet_NaN();
        MinMaxPyramid pyramid;
        for (int i = 0; i < 200; ++i)
            pyramid.append(Sample{i, i % 3 == 0 ? nan : float(i)});
        const QList<ColumnSummary> columns = pyramid.columns(0, 200, 3);
        for (const ColumnSummary &c : columns) {
            QVERIFY(!std::isnan(c.min));
            QVERIFY(!std::isnan(c.max));
        }
        QCOMPARE(columns[0].min, 1.0f);
        QCOMPARE(columns[2].max, 199.0f);
        QCOMPARE(columns[2].count, 67);
    }

    void olderSampleIsClampedToLastTime()
    {
        MinMaxPyramid pyramid;
        pyramid.append(Sample{100, 1});
        pyramid.append(Sample{50, 2});
        QCOMPARE(pyramid.lastTime(), 100);
        QCOMPARE(pyramid.columns(100, 101, 1)[0].count, 2);
    }

    void memoryIsSmallOnceRawChunksAreDropped()
    {
        const qint64 count = 1'000'000;
        MinMaxPyramid kept;
        MinMaxPyramid dropped;
        dropped.setRawChunksKept(2);
        for (qint64 i = 0; i < count; ++i) {
            kept.append(synthetic(i));
            dropped.append(synthetic(i));
        }
        // Nodes: n / bucket x 32 B x fanout/(fanout - 1) plus at most one partly used block per level.
        const double nodes = double(count) / kBucket * 32 * MinMaxPyramid::kFanout / (MinMaxPyramid::kFanout - 1);
        const qint64 slack = dropped.levelCount() * 4096 * 32 + 3 * kChunk * 16 + 16 * 1024;
        QVERIFY2(dropped.memoryBytes() >= qint64(nodes), qPrintable(QString::number(dropped.memoryBytes())));
        QVERIFY2(dropped.memoryBytes() <= qint64(nodes) + slack, qPrintable(QString::number(dropped.memoryBytes())));
        QVERIFY(kept.memoryBytes() >= count * qint64(sizeof(Sample)) + qint64(nodes));
    }

    void m4PointsGiveFirstMinMaxLastInSeconds()
    {
        MinMaxPyramid pyramid;
        const float values[] = {5, 9, 1, 6};
        for (int i = 0; i < 4; ++i)
            pyramid.append(Sample{1'000'000 + i * 100'000, values[i]});
        pyramid.append(Sample{3'000'000, 2}); // alone in the second column
        const QList<QPointF> points = pyramid.m4Points(1'000'000, 3'000'001, 2);
        QCOMPARE(points.size(), 5);
        QCOMPARE(points[0], QPointF(1.0, 5));
        QCOMPARE(points[1].y(), 1.0); // rising (5 -> 6): min before max
        QCOMPARE(points[2].y(), 9.0);
        QCOMPARE(points[3], QPointF(1.3, 6));
        QCOMPARE(points[4], QPointF(3.0, 2));
    }
};

QTEST_GUILESS_MAIN(TestMinMaxPyramid)
#include "tst_minmaxpyramid.moc"
