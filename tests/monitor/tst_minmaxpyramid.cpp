// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "monitor/minmaxpyramid.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>
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

// Chunks whose buckets a column edge cuts: the only ones a query may read raw.
QSet<qint64> cutChunks(const std::vector<Sample> &samples, qint64 t0, qint64 t1, int count)
{
    QSet<qint64> chunks;
    for (int i = 0; i <= count; ++i) {
        const qint64 edge = MinMaxPyramid::columnStart(t0, t1, count, i);
        const auto it = std::lower_bound(samples.begin(), samples.end(), edge,
                                         [](const Sample &s, qint64 t) { return s.tUs < t; });
        const qint64 index = it - samples.begin();
        if (index < qint64(samples.size()) && index % kBucket != 0)
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

    void matchesBruteForceOnRandomData()
    {
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
                const QString diff = difference(pyramid.columns(query.t0, query.t1, query.columns),
                                                bruteForce(samples, query.t0, query.t1, query.columns));
                QVERIFY2(diff.isEmpty(), qPrintable(u"seed %1 query %2 [%3, %4) x %5: %6"_s.arg(seed).arg(q)
                                                        .arg(query.t0).arg(query.t1).arg(query.columns).arg(diff)));
            }
        }
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
                                                bruteForce(samples, query.t0, query.t1, query.columns));
                QVERIFY2(diff.isEmpty(), qPrintable(u"seed %1 query %2: %3"_s.arg(seed).arg(q).arg(diff)));
                QCOMPARE(stats.chunksFetched, requested.size());
                QCOMPARE(stats.boundariesSnapped, 0);
                QVERIFY(requested.size() <= query.columns + 1);
                const QSet<qint64> cut = cutChunks(samples, query.t0, query.t1, query.columns);
                QSet<qint64> seen;
                for (qint64 chunk : std::as_const(requested)) {
                    QVERIFY2(cut.contains(chunk), qPrintable(u"chunk %1 read but no edge cuts it"_s.arg(chunk)));
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
        // Edge at sample 8 of bucket 0, whose chunk is gone: the bucket goes whole to one column.
        PyramidQueryStats stats;
        const QList<ColumnSummary> columns = pyramid.columns(0, 160, 2, &stats);
        QCOMPARE(stats.boundariesSnapped, 1);
        QCOMPARE(columns[0].count + columns[1].count, kBucket);
        QCOMPARE(columns[0].count, kBucket);
        // A range inside the newest chunk needs nothing from outside.
        const qint64 t = 3 * kChunk * 10;
        QCOMPARE(pyramid.columns(t + 5, t + 95, 3)[0], (ColumnSummary{3, float(3 * kChunk + 1), float(3 * kChunk + 3),
                                                                      float(3 * kChunk + 1), float(3 * kChunk + 3),
                                                                      t + 10, t + 30}));
    }

    void coarseColumnsNeedNoReadsFromTheRecord()
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
        // 100 columns over 65536 samples: 655 a column, ten buckets; a drawing may snap edges.
        QVERIFY(pyramid.columnsAreCoarse(0, n * 10, 100));
        QVERIFY(!pyramid.columnsAreCoarse(0, 2000, 100));
        PyramidQueryStats stats;
        const QList<ColumnSummary> columns = pyramid.columns(0, n * 10, 100, &stats, false);
        QCOMPARE(calls, 0);
        qint64 total = 0;
        for (const ColumnSummary &c : columns)
            total += c.count;
        QCOMPARE(total, n);  // snapping moves samples between columns, never loses one
        QVERIFY(!pyramid.m4Points(0, n * 10, 100, false).isEmpty());
        QCOMPARE(calls, 0);
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
        PyramidQueryStats minute;
        pyramid.columns(end - 60'000'000, end, columns, &minute);

        const qint64 perColumn = 2 * MinMaxPyramid::kFanout * pyramid.levelCount() + 2 * 64;
        QVERIFY2(day.nodesVisited <= columns * perColumn, qPrintable(QString::number(day.nodesVisited)));
        QVERIFY2(minute.nodesVisited <= columns * perColumn, qPrintable(QString::number(minute.nodesVisited)));
        QVERIFY(day.chunksFetched <= 2 * (columns + 1));
        QVERIFY(day.rawSamplesScanned <= (columns + 1) * 3 * kBucket);
        QCOMPARE(day.boundariesSnapped, 0);

        // Spot-check exactness of a few columns against a scan of the synthesised samples.
        for (int column : {0, 1, 799, 1599}) {
            const qint64 c0 = MinMaxPyramid::columnStart(0, end, columns, column);
            const qint64 c1 = MinMaxPyramid::columnStart(0, end, columns, column + 1);
            std::vector<Sample> inside;
            for (qint64 i = std::max<qint64>(0, c0 / 10'000 - 1); i < count; ++i) {
                const Sample s = synthetic(i);
                if (s.tUs >= c1)
                    break;
                if (s.tUs >= c0)
                    inside.push_back(s);
            }
            const ColumnSummary want = bruteForce(inside, c0, c1, 1).front();
            QVERIFY2(daySummary[column] == want, qPrintable(describe(daySummary[column]) + u" vs "_s + describe(want)));
        }
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
            const QString diff = difference(pyramid.columns(q.t0, q.t1, q.columns), bruteForce(samples, q.t0, q.t1, q.columns));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        QCOMPARE(pyramid.columns(5000, 5001, 1)[0].count, 1100);
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
