// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The store's side of reading raw chunks back without waiting: what it asks for, when, how often,
// and what it does with what comes back.
#include "monitor/trendstore.h"

#include <QSignalSpy>
#include <QTest>

#include <vector>

using namespace PumpStudio::Monitor;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kChunk = kSamplesPerChunk;

Sample sampleAt(int channel, qint64 i)
{
    return {i * 10'000, float((i * (channel + 3)) % 101)};
}

QList<Sample> chunkOf(int channel, qint64 chunk)
{
    QList<Sample> out;
    for (qint64 i = chunk * kChunk; i < (chunk + 1) * kChunk; ++i)
        out.append(sampleAt(channel, i));
    return out;
}

// Exact columns, every sample looked at.
QList<ColumnSummary> bruteForce(int channel, qint64 n, qint64 t0, qint64 t1, int count)
{
    QList<ColumnSummary> result(count);
    int column = 0;
    for (qint64 i = 0; i < n; ++i) {
        const Sample s = sampleAt(channel, i);
        if (s.tUs < t0)
            continue;
        if (s.tUs >= t1)
            break;
        while (s.tUs >= MinMaxPyramid::columnStart(t0, t1, count, column + 1))
            ++column;
        ColumnSummary &c = result[column];
        if (c.count++ == 0) {
            c.first = c.min = c.max = s.value;
            c.tFirst = s.tUs;
        }
        c.min = std::min(c.min, s.value);
        c.max = std::max(c.max, s.value);
        c.last = s.value;
        c.tLast = s.tUs;
    }
    return result;
}

} // namespace

class TestTrendStore final : public QObject
{
    Q_OBJECT

private:
    // Channels 1..channels with n samples each at 100 Hz, one raw chunk kept in memory.
    static void fill(TrendStore &store, int channels, qint64 n)
    {
        for (int c = 1; c <= channels; ++c) {
            store.addChannel(c, u"ch%1"_s.arg(c), u"bar"_s, PumpStudio::Records::Quantity::Pressure).pyramid.setRawChunksKept(1);
            for (qint64 i = 0; i < n; ++i)
                store.append(c, sampleAt(c, i));
        }
    }

private Q_SLOTS:
    void asksOnceAndIsExactOnceDelivered()
    {
        TrendStore store;
        fill(store, 1, 10 * kChunk);
        std::vector<std::pair<int, qint64>> asked;
        store.setRawChunkRequester([&](int channel, qint64 chunk) { asked.emplace_back(channel, chunk); });
        QSignalSpy delivered(&store, &TrendStore::rawChunkDelivered);
        // 20 s over 400 columns: 50 ms columns, 0.64 s buckets: exact edges, read back.
        const qint64 t0 = 10'000'005;
        const qint64 t1 = 30'000'005;
        PyramidQueryStats stats;
        const QList<ColumnSummary> meanwhile = store.columns(1, t0, t1, 400, &stats);
        QVERIFY(stats.boundariesSnapped > 0);
        QCOMPARE(meanwhile.size(), 400);
        QCOMPARE(asked.size(), size_t(3));  // samples 1000 to 3000: chunks 0, 1 and 2
        store.columns(1, t0, t1, 400);
        QCOMPARE(asked.size(), size_t(3));  // still outstanding: not asked twice
        QCOMPARE(store.outstandingRequests(), 3);
        for (const auto &[channel, chunk] : asked)
            store.deliverRawChunk(channel, chunk, chunkOf(channel, chunk));
        QCOMPARE(delivered.count(), 3);
        QCOMPARE(delivered.at(0).at(0).toInt(), 1);
        const auto [first, last] = store.channel(1)->pyramid.chunkTimeRange(asked.front().second);
        QCOMPARE(delivered.at(0).at(1).toLongLong(), first);
        QCOMPARE(delivered.at(0).at(2).toLongLong(), last);
        QCOMPARE(store.outstandingRequests(), 0);
        QCOMPARE(store.columns(1, t0, t1, 400), bruteForce(1, 10 * kChunk, t0, t1, 400));
        QCOMPARE(asked.size(), size_t(3));
    }

    void dropsWhatNobodyAskedFor()
    {
        TrendStore store;
        fill(store, 1, 4 * kChunk);
        int asked = 0;
        store.setRawChunkRequester([&](int, qint64) { ++asked; });
        QSignalSpy delivered(&store, &TrendStore::rawChunkDelivered);
        store.deliverRawChunk(1, 0, chunkOf(1, 0));
        QCOMPARE(delivered.count(), 0);
        QVERIFY(!store.channel(1)->pyramid.hasRawChunk(0));

        store.columns(1, 5, 2'000'000, 400);
        QCOMPARE(asked, 1);
        // A new run begins before the answer is back: the answer is the old run's.
        store.clear();
        fill(store, 1, 4 * kChunk);
        store.deliverRawChunk(1, 0, chunkOf(1, 0));
        QCOMPARE(delivered.count(), 0);
        // Samples that are not the chunk asked for are refused too.
        store.columns(1, 5, 2'000'000, 400);
        QCOMPARE(asked, 2);
        store.deliverRawChunk(1, 0, chunkOf(1, 1));
        QCOMPARE(delivered.count(), 0);
    }

    void asksAgainAfterAFailedRead()
    {
        TrendStore store;
        fill(store, 1, 4 * kChunk);
        int asked = 0;
        store.setRawChunkRequester([&](int, qint64) { ++asked; });
        QSignalSpy delivered(&store, &TrendStore::rawChunkDelivered);
        store.columns(1, 5, 2'000'000, 400);
        QCOMPARE(asked, 1);
        store.deliverRawChunk(1, 0, {});
        QCOMPARE(delivered.count(), 0);
        QCOMPARE(store.outstandingRequests(), 0);
        store.columns(1, 5, 2'000'000, 400);
        QCOMPARE(asked, 2);
    }

    void boundsWhatIsOutstanding()
    {
        TrendStore store;
        // 3 channels x 300 chunks, 900 missing when zoomed in to 0.1 s columns of 307 s.
        fill(store, 3, 300 * kChunk);
        std::vector<std::pair<int, qint64>> asked;
        store.setRawChunkRequester([&](int channel, qint64 chunk) { asked.emplace_back(channel, chunk); });
        for (int c = 1; c <= 3; ++c)
            store.channel(c)->pyramid.setRawChunkCacheSize(400);
        const qint64 t1 = 300 * kChunk * 10'000;
        for (int c = 1; c <= 3; ++c)
            store.columns(c, 5, t1, int(t1 / 100'000));
        QCOMPARE(asked.size(), size_t(TrendStore::kMaxOutstandingRequests));
        for (const auto &[channel, chunk] : asked)
            store.deliverRawChunk(channel, chunk, chunkOf(channel, chunk));
        asked.clear();
        for (int c = 1; c <= 3; ++c)
            store.columns(c, 5, t1, int(t1 / 100'000));
        QCOMPARE(asked.size(), size_t(3 * 299 - TrendStore::kMaxOutstandingRequests));
    }

    void withoutRequesterNothingIsAsked()
    {
        TrendStore store;
        fill(store, 1, 4 * kChunk);
        PyramidQueryStats stats;
        store.columns(1, 5, 2'000'000, 400, &stats);
        QVERIFY(stats.boundariesSnapped > 0);
        QCOMPARE(store.outstandingRequests(), 0);
        QVERIFY(store.columns(7, 0, 10, 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrendStore)
#include "tst_trendstore.moc"
