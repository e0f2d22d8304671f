// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// A replay's raw chunks read back from a real run record on the reader's own thread: the store
// asks, the answers arrive without the GUI thread waiting, and the columns are then exact.
#include "monitor/recordchunkreader.h"
#include "monitor/trendstore.h"
#include "records/runrecordwriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace PumpStudio;
using Monitor::RecordChunkReader;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kSamples = 40 * Records::kSamplesPerChunk;

Records::Sample sampleAt(qint64 i)
{
    return {i * 20'000 + (i * 7919) % 3000, float(std::sin(double(i) * 0.05) * 4.0 + double((i * 31) % 17) / 10.0)};
}

// The exact columns, every sample looked at.
QList<Monitor::ColumnSummary> bruteForce(qint64 t0, qint64 t1, int count)
{
    QList<Monitor::ColumnSummary> result(count);
    int column = 0;
    for (qint64 i = 0; i < kSamples; ++i) {
        const Records::Sample s = sampleAt(i);
        if (s.tUs < t0)
            continue;
        if (s.tUs >= t1)
            break;
        while (s.tUs >= Monitor::MinMaxPyramid::columnStart(t0, t1, count, column + 1))
            ++column;
        Monitor::ColumnSummary &c = result[column];
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

class TestRecordChunkReader final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    void fill(Monitor::TrendStore &store)
    {
        store.addChannel(1, u"Line pressure"_s, u"bar"_s, Records::Quantity::Pressure).pyramid.setRawChunksKept(1);
        for (qint64 i = 0; i < kSamples; ++i)
            store.append(1, sampleAt(i));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"run.psrun"_s);
        Records::RunRecordWriter writer;
        Records::RunInfo info;
        info.startUtc = QDateTime::currentDateTimeUtc();
        QVERIFY(writer.create(m_path, info).ok());
        Records::ChannelInfo channel;
        channel.id = 1;
        channel.name = u"Line pressure"_s;
        channel.unit = u"bar"_s;
        channel.quantity = Records::Quantity::Pressure;
        QVERIFY(writer.addChannel(channel).ok());
        for (qint64 i = 0; i < kSamples; ++i)
            QVERIFY(writer.appendSample(1, sampleAt(i)));
        QVERIFY(writer.finish(Records::EndReason::Completed).ok());
    }

    void deliversChunksFromItsThread()
    {
        Monitor::TrendStore store;
        fill(store);
        RecordChunkReader reader(m_path, &store);
        QSignalSpy delivered(&store, &Monitor::TrendStore::rawChunkDelivered);
        QSignalSpy failed(&reader, &RecordChunkReader::readFailed);
        // 10 s of the 13.6 min run over 500 columns: 20 ms columns, a sample every 20 ms.
        const qint64 t0 = 300'000'000;
        const qint64 t1 = t0 + 10'000'000;
        Monitor::PyramidQueryStats stats;
        store.columns(1, t0, t1, 500, &stats);
        QVERIFY(stats.chunksMissing > 0);
        QTRY_COMPARE(store.outstandingRequests(), 0);
        QCOMPARE(delivered.count(), int(stats.chunksMissing));
        QCOMPARE(failed.count(), 0);
        Monitor::PyramidQueryStats again;
        QCOMPARE(store.columns(1, t0, t1, 500, &again), bruteForce(t0, t1, 500));
        QCOMPARE(again.chunksMissing, 0);
        QCOMPARE(store.outstandingRequests(), 0);
    }

    void stopsWithReadsOutstanding()
    {
        Monitor::TrendStore store;
        fill(store);
        QSignalSpy delivered(&store, &Monitor::TrendStore::rawChunkDelivered);
        {
            RecordChunkReader reader(m_path, &store);
            store.columns(1, 5, 700'000'000, 20'000);  // every dropped chunk
            QVERIFY(store.outstandingRequests() > 30);
        }
        // Gone: the store asks nobody, and nothing arrives late.
        store.clear();
        fill(store);
        store.columns(1, 5, 700'000'000, 20'000);
        QCOMPARE(store.outstandingRequests(), 0);
        // Its thread has been joined: whatever it sent is already queued here.
        QCoreApplication::processEvents();
        QCOMPARE(delivered.count(), 0);
    }

    void saysWhenTheRecordCannotBeRead()
    {
        Monitor::TrendStore store;
        fill(store);
        RecordChunkReader reader(m_dir.filePath(u"missing.psrun"_s), &store);
        QSignalSpy failed(&reader, &RecordChunkReader::readFailed);
        QVERIFY(failed.wait(5000));
        store.columns(1, 300'000'000, 310'000'000, 500);
        QTRY_COMPARE(store.outstandingRequests(), 0);  // answered empty: may be asked again later
    }
};

QTEST_GUILESS_MAIN(TestRecordChunkReader)
#include "tst_recordchunkreader.moc"
