// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/recordformat.h"
#include "records/runcatalog.h"
#include "records/runrecordreader.h"
#include "records/runrecordwriter.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using PumpStudio::Error;
using PumpStudio::Records::Sample;
using PumpStudio::Records::kSamplesPerChunk;
using namespace PumpStudio::Records;
using namespace Qt::Literals::StringLiterals;

namespace {

RunInfo runInfo(const QString &title = u"Gradient test"_s)
{
    RunInfo info;
    info.startUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 15, 30, 250), Qt::UTC);
    info.utcOffsetSeconds = 3600;
    info.operatorName = u"Dr. Müller"_s;
    info.appVersion = u"0.1.0"_s;
    info.title = title;
    info.notes = u"buffer A; 25 °C"_s;
    return info;
}

ChannelInfo flowChannel(int id = 1)
{
    ChannelInfo c;
    c.id = id;
    c.pumpConfigId = u"cfg-%1"_s.arg(id);
    c.name = u"Reglo %1"_s.arg(id);
    c.modelId = u"ismatec-reglo-icc"_s;
    c.model = u"REGLO ICC"_s;
    c.firmware = u"0211"_s;
    c.serialNumber = u"SN-%1"_s.arg(id);
    c.mlPerRev = 0.0825;
    c.headId = u"mscp-3"_s;
    c.tubingId = u"pharmed-1.02"_s;
    c.quantity = Quantity::Flow;
    c.unit = u"mL/min"_s;
    return c;
}

ChannelInfo pressureChannel(int id = 2)
{
    ChannelInfo c;
    c.id = id;
    c.name = u"Inlet pressure"_s;
    c.quantity = Quantity::Pressure;
    c.unit = u"bar"_s;
    return c;
}

// Channel 1: one sample each 1 ms; channel 2: each 3 ms, offset by 500 us.
Sample flowSample(qint64 i) { return Sample{i * 1000, float(i) * 0.25f}; }
Sample pressureSample(qint64 i) { return Sample{i * 3000 + 500, 1.0f + float(i % 97) / 64.0f}; }

/// Opens a plain SQLite connection to poke at files as another program would; removed on scope exit.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path) : m_name(u"raw-%1"_s.arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDatabase)
    bool isOpen() const { return m_open; }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }
    QStringList column(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        QStringList values;
        if (q.exec(sql)) {
            while (q.next())
                values.append(q.value(q.record().count() - 1).toString());
        }
        return values;
    }

private:
    QString m_name;
    bool m_open = false;
};

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// The crash test's child: two channels at 1 kHz each, flushed every 500 ms, reporting on stdout
// how many samples per channel it has appended ("A n") and flushed ("F n").
int runCrashWriter(const QString &path)
{
    RunRecordWriter writer;
    if (!writer.create(path, runInfo()) || !writer.addChannel(flowChannel(1)) || !writer.addChannel(pressureChannel(2)))
        return 2;
    QElapsedTimer clock;
    clock.start();
    qint64 appended = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 due = clock.nsecsElapsed() / 1000000;
        if (appended >= due)
            return;
        while (appended < due) {
            writer.appendSample(1, Sample{appended * 1000, float(appended)});
            writer.appendSample(2, Sample{appended * 1000, -float(appended)});
            ++appended;
        }
        std::printf("A %lld\n", static_cast<long long>(appended));
        std::fflush(stdout);
    });
    QTimer flusher;
    QObject::connect(&flusher, &QTimer::timeout, &flusher, [&] {
        if (!writer.flush())
            QCoreApplication::exit(3);
        std::printf("F %lld\n", static_cast<long long>(appended));
        std::fflush(stdout);
    });
    tick.start(1);
    flusher.start(500);
    return QCoreApplication::exec();
}

} // namespace

class TestRunRecord final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void packsChunksLosslessly()
    {
        const QList<Sample> samples{{-5, -0.0f},
                                    {0, 1.5f},
                                    {0, std::numeric_limits<float>::max()},
                                    {1000, std::numeric_limits<float>::denorm_min()},
                                    {Q_INT64_C(10) * 3600 * 1000000, -3.25f},  // a 10 h gap
                                    {Q_INT64_C(10) * 3600 * 1000000 + 1, 1e-7f}};
        const QByteArray blob = encodeChunk(samples);
        QCOMPARE(quint8(blob.at(0)), kChunkBlobVersion);
        auto decoded = decodeChunk(blob);
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, samples);
        QVERIFY(std::signbit(decoded->at(0).value));

        QVERIFY(!decodeChunk(blob.left(blob.size() - 1)).ok());
        QByteArray newer = blob;
        newer[0] = char(2);
        QVERIFY(decodeChunk(newer).error().message.contains(u"format 2"_s));
    }

    void roundTripsRunChannelsSamplesAndLog()
    {
        const QString path = file(u"roundtrip.psrun"_s);
        const qint64 flowCount = 5 * kSamplesPerChunk + 180;  // five full chunks and a partial one
        const qint64 pressureCount = 1500;
        const QList<SetpointChange> setpoints{{0, 1, Quantity::Flow, 2.5, u"mL/min"_s},
                                              {2500000, 1, Quantity::Flow, 5.0, u"mL/min"_s}};
        const QList<RunEvent> events{{0, std::nullopt, u"start"_s, std::nullopt, u"Run started"_s},
                                     {1200000, 1, u"direction"_s, 1.0, u"Counter-clockwise"_s},
                                     {4000000, 2, u"note"_s, 3.5, u"Bubble seen, \"small\""_s}};
        const QList<AlarmRecord> alarms{
            {3000000, AlarmAction::Raised, u"pressure-high"_s, 2, 2.6, 2.5, u"Pressure above 2.5 bar"_s},
            {3100000, AlarmAction::Acknowledged, u"pressure-high"_s, 2, std::nullopt, std::nullopt, {}},
            {3500000, AlarmAction::Cleared, u"pressure-high"_s, 2, 2.4, 2.5, {}}};
        {
            RunRecordWriter writer;
            QVERIFY(writer.create(path, runInfo()).ok());
            QVERIFY(writer.addChannel(flowChannel(1)).ok());
            QVERIFY(writer.addChannel(pressureChannel(2)).ok());
            QCOMPARE(writer.addChannel(pressureChannel(2)).error().code, Error::Code::InvalidArgument);
            for (qint64 i = 0; i < flowCount; ++i) {
                QVERIFY(writer.appendSample(1, flowSample(i)));
                if (i < pressureCount)
                    QVERIFY(writer.appendSample(2, pressureSample(i)));
                if (i == 2500)
                    QVERIFY(writer.flush().ok());  // a partial chunk that is rewritten later
            }
            QVERIFY(!writer.appendSample(3, Sample{}));
            QVERIFY(!writer.appendSample(1, Sample{5, 0}));  // back in time
            QCOMPARE(writer.rejectedSamples(), qint64(2));
            for (const auto &s : setpoints)
                writer.recordSetpoint(s);
            for (const auto &e : events)
                writer.recordEvent(e);
            for (const auto &a : alarms)
                writer.recordAlarm(a);
            QVERIFY(writer.finish(EndReason::Completed).ok());
            QVERIFY(!writer.isOpen());
            QVERIFY(!writer.appendSample(1, flowSample(flowCount)));
            QCOMPARE(writer.finish(EndReason::Completed).error().code, Error::Code::InvalidArgument);
        }
        QVERIFY(!QFile::exists(path + u"-wal"_s));  // a finished record is one file

        RunRecordReader reader;
        const auto opened = reader.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        RunInfo expected = runInfo();
        QCOMPARE(reader.runInfo().endReason, EndReason::Completed);
        QVERIFY(reader.runInfo().endUtc.isValid());
        expected.endUtc = reader.runInfo().endUtc;
        expected.endReason = EndReason::Completed;
        QCOMPARE(reader.runInfo(), expected);
        QCOMPARE(reader.runInfo().startUtc.toString(Qt::ISODateWithMs), u"2026-03-01T09:15:30.250Z"_s);
        QCOMPARE(reader.channels(), (QList<ChannelInfo>{flowChannel(1), pressureChannel(2)}));

        QCOMPARE(*reader.sampleCount(1), flowCount);
        QCOMPARE(*reader.sampleCount(2), pressureCount);
        QCOMPARE(*reader.sampleCount(7), qint64(0));
        for (qint64 k = 0; k <= 5; ++k) {
            auto chunk = reader.chunk(1, k);
            QVERIFY(chunk.ok());
            const qint64 n = std::min<qint64>(kSamplesPerChunk, flowCount - k * kSamplesPerChunk);
            QCOMPARE(chunk->size(), n);
            for (qint64 i = 0; i < n; ++i)
                QCOMPARE(chunk->at(i), flowSample(k * kSamplesPerChunk + i));
        }
        QVERIFY(reader.chunk(1, 6)->isEmpty());
        auto pressure = reader.samples(2, 0, std::numeric_limits<qint64>::max());
        QCOMPARE(pressure->size(), pressureCount);
        QCOMPARE(pressure->back(), pressureSample(pressureCount - 1));
        QCOMPARE(*reader.setpoints(), setpoints);
        QCOMPARE(*reader.events(), events);
        QCOMPARE(*reader.alarms(), alarms);
        QCOMPARE(*reader.lastSampleTime(), flowSample(flowCount - 1).tUs);
        QCOMPARE(*reader.integrityCheck(), u"ok"_s);
    }

    void selectsSamplesByTimeThroughTheChunkIndex()
    {
        const QString path = file(u"ranges.psrun"_s);
        {
            RunRecordWriter writer;
            QVERIFY(writer.create(path, runInfo()).ok());
            QVERIFY(writer.addChannel(flowChannel(1)).ok());
            for (qint64 i = 0; i < 4000; ++i)
                QVERIFY(writer.appendSample(1, flowSample(i)));  // t = i ms
            QVERIFY(writer.finish(EndReason::Stopped).ok());
        }
        RunRecordReader reader;
        QVERIFY(reader.open(path).ok());
        const auto times = [&](qint64 t0, qint64 t1) {
            QList<qint64> result;
            const auto samples = reader.samples(1, t0, t1);
            for (const Sample &s : samples.value())
                result.append(s.tUs);
            return result;
        };
        QCOMPARE(times(5000, 8000), (QList<qint64>{5000, 6000, 7000}));   // t1 excluded
        QCOMPARE(times(4500, 6001), (QList<qint64>{5000, 6000}));
        QCOMPARE(times(1022000, 1026000), (QList<qint64>{1022000, 1023000, 1024000, 1025000}));  // across chunks
        QCOMPARE(times(-100, 1), (QList<qint64>{0}));
        QCOMPARE(times(3999000, 1 << 30), (QList<qint64>{3999000}));
        QVERIFY(times(4000000, 5000000).isEmpty());
        QVERIFY(times(7000, 7000).isEmpty());
        QCOMPARE(reader.samples(1, 0, 4000000)->size(), 4000);
        QCOMPARE(*reader.chunkRange(1, 1500000, 2100000), (ChunkRange{1, 2}));
        QVERIFY(reader.chunkRange(1, 4100000, 5000000)->isEmpty());

        // The look-ups seek the time indexes instead of scanning every chunk.
        RawDatabase raw(path);
        QVERIFY(raw.isOpen());
        const QString first = raw.column(u"EXPLAIN QUERY PLAN SELECT idx FROM chunk WHERE channel = 1 AND last_tus >= 5"
                                         " ORDER BY last_tus, idx LIMIT 1"_s)
                                  .join(u' ');
        QVERIFY2(first.contains(u"USING INDEX chunk_last"_s) || first.contains(u"USING COVERING INDEX chunk_last"_s),
                 qPrintable(first));
        const QString last = raw.column(u"EXPLAIN QUERY PLAN SELECT idx FROM chunk WHERE channel = 1 AND first_tus < 5"
                                        " ORDER BY first_tus DESC, idx DESC LIMIT 1"_s)
                                 .join(u' ');
        QVERIFY2(last.contains(u"INDEX chunk_first"_s), qPrintable(last));
    }

    void refusesToOverwriteAnExistingFile()
    {
        const QString path = file(u"exists.psrun"_s);
        writeBytes(path, "keep me");
        RunRecordWriter writer;
        QCOMPARE(writer.create(path, runInfo()).error().code, Error::Code::InvalidArgument);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void rejectsAFileOfRandomBytes()
    {
        const QString path = file(u"random.psrun"_s);
        QByteArray bytes(8192, '\0');
        quint32 x = 12345;
        for (char &c : bytes) {
            x = x * 1664525u + 1013904223u;
            c = char(x >> 24);
        }
        writeBytes(path, bytes);
        RunRecordReader reader;
        const auto r = reader.open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::BadFile);
        QVERIFY2(r.error().message.contains(u"not a PumpStudio run record"_s), qPrintable(r.error().message));
        QVERIFY(!reader.isOpen());
    }

    void rejectsAnotherApplicationsDatabase()
    {
        const QString path = file(u"other.psrun"_s);
        {
            RawDatabase raw(path);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.exec(u"CREATE TABLE contacts(name TEXT)"_s));
            QVERIFY(raw.exec(u"INSERT INTO contacts VALUES('x')"_s));
        }
        RunRecordReader reader;
        const auto r = reader.open(path);
        QCOMPARE(r.error().code, Error::Code::BadFile);
        QVERIFY2(r.error().message.contains(u"not a PumpStudio run record"_s), qPrintable(r.error().message));
    }

    void rejectsANewerFormatVersion()
    {
        const QString path = file(u"newer.psrun"_s);
        {
            RunRecordWriter writer;
            QVERIFY(writer.create(path, runInfo()).ok());
            QVERIFY(writer.finish(EndReason::Completed).ok());
        }
        {
            RawDatabase raw(path);
            QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(kFormatVersion + 1)));
        }
        RunRecordReader reader;
        const auto r = reader.open(path);
        QCOMPARE(r.error().code, Error::Code::BadFile);
        QVERIFY2(r.error().message.contains(u"newer PumpStudio"_s), qPrintable(r.error().message));
    }

    void rejectsATruncatedFile()
    {
        const QString path = file(u"truncated.psrun"_s);
        {
            RunRecordWriter writer;
            QVERIFY(writer.create(path, runInfo()).ok());
            QVERIFY(writer.addChannel(flowChannel(1)).ok());
            for (qint64 i = 0; i < 20000; ++i)
                QVERIFY(writer.appendSample(1, flowSample(i)));
            QVERIFY(writer.finish(EndReason::Completed).ok());
        }
        QFile f(path);
        QVERIFY(f.size() > 64 * 1024);
        QVERIFY(f.resize(f.size() / 2));
        RunRecordReader reader;
        const auto r = reader.open(path);
        QCOMPARE(r.error().code, Error::Code::BadFile);
        QVERIFY2(r.error().message.contains(u"damaged"_s), qPrintable(r.error().message));

        QVERIFY(f.resize(50));  // not even a whole header left
        QCOMPARE(reader.open(path).error().code, Error::Code::BadFile);
        QCOMPARE(reader.open(file(u"missing.psrun"_s)).error().code, Error::Code::Io);
    }

    void readsWhileTheWriterIsAppending()
    {
        const QString path = file(u"live.psrun"_s);
        RunRecordWriter writer;
        QVERIFY(writer.create(path, runInfo()).ok());
        QVERIFY(writer.addChannel(flowChannel(1)).ok());
        for (qint64 i = 0; i < 100; ++i)
            writer.appendSample(1, flowSample(i));
        QVERIFY(writer.flush().ok());

        RunRecordReader reader;
        const auto opened = reader.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(reader.runInfo().endReason, EndReason::Unfinished);
        QCOMPARE(*reader.sampleCount(1), qint64(100));

        for (qint64 i = 100; i < 1100; ++i)
            writer.appendSample(1, flowSample(i));
        QCOMPARE(*reader.sampleCount(1), qint64(100));  // nothing flushed yet
        QVERIFY(writer.flush().ok());
        QCOMPARE(*reader.sampleCount(1), qint64(1100));
        QCOMPARE(reader.chunk(1, 0)->size(), kSamplesPerChunk);
        QCOMPARE(reader.chunk(1, 1)->size(), 1100 - kSamplesPerChunk);
        QCOMPARE(reader.chunk(1, 1)->back(), flowSample(1099));

        writer.recordEvent(RunEvent{1100000, std::nullopt, u"stop"_s, std::nullopt, {}});
        QVERIFY(writer.finish(EndReason::Stopped).ok());  // while the reader still has the file open
        QCOMPARE(reader.events()->size(), 1);
        QCOMPARE(*reader.integrityCheck(), u"ok"_s);
    }

    void losesAtMostTheLastSecondWhenTheWriterIsKilled()
    {
        const QString path = file(u"crash.psrun"_s);
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({u"--crash-writer"_s, path});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForStarted());

        qint64 appended = 0;
        qint64 flushed = 0;
        int flushes = 0;
        QByteArray pending;
        const auto readLines = [&] {
            pending += child.readAllStandardOutput();
            for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
                const QByteArray line = pending.left(end);
                pending.remove(0, end + 1);
                if (line.startsWith("A "))
                    appended = line.mid(2).toLongLong();
                else if (line.startsWith("F ")) {
                    flushed = line.mid(2).toLongLong();
                    ++flushes;
                }
            }
        };
        // Kill it between flushes, with the last flushed chunk partial and samples waiting.
        const QDeadlineTimer deadline(30000);
        bool ready = false;
        while (!ready && !deadline.hasExpired() && child.state() == QProcess::Running) {
            child.waitForReadyRead(1000);
            readLines();
            ready = flushes >= 3 && flushed % kSamplesPerChunk != 0 && appended - flushed >= 250;
        }
        QVERIFY2(ready, "the writer child did not get going");
        child.kill();  // SIGKILL: no destructor, no final flush
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        readLines();
        QVERIFY(QFile::exists(path + u"-wal"_s));

        RunRecordReader reader;
        const auto opened = reader.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(*reader.integrityCheck(), u"ok"_s);
        QCOMPARE(reader.runInfo().endReason, EndReason::Unfinished);
        const qint64 kept = *reader.sampleCount(1);
        QCOMPARE(*reader.sampleCount(2), kept);
        qInfo("appended %lld, last reported flush %lld, kept %lld", static_cast<long long>(appended),
              static_cast<long long>(flushed), static_cast<long long>(kept));
        QVERIFY(kept >= flushed);
        QVERIFY(kept <= appended);
        QVERIFY2(appended - kept <= 1000, "lost more than one second (1000 samples at 1 kHz)");
        const auto tail = reader.samples(1, (kept - 3) * 1000, kept * 1000);
        QCOMPARE(tail->size(), 3);
        QCOMPARE(tail->back(), (Sample{(kept - 1) * 1000, float(kept - 1)}));
    }

    void listsRunsWithSummariesAndUnreadableFiles()
    {
        QTemporaryDir folder;
        const QDateTime t0 = runInfo().startUtc;
        const QString older = RunCatalog::newRecordPath(folder.path(), t0);
        QCOMPARE(QFileInfo(older).fileName(), u"run-20260301-091530.psrun"_s);
        {
            RunRecordWriter writer;
            QVERIFY(writer.create(older, runInfo(u"older"_s)).ok());
            QVERIFY(writer.addChannel(flowChannel(1)).ok());
            QVERIFY(writer.addChannel(pressureChannel(2)).ok());
            for (qint64 i = 0; i < 2000; ++i) {
                writer.appendSample(1, flowSample(i));
                writer.appendSample(2, pressureSample(i));
            }
            writer.recordAlarm(AlarmRecord{10, AlarmAction::Raised, u"a"_s, 2, 1, 2, u"x"_s});
            writer.recordAlarm(AlarmRecord{20, AlarmAction::Cleared, u"a"_s, 2, 1, 2, u"x"_s});
            writer.recordAlarm(AlarmRecord{30, AlarmAction::Raised, u"b"_s, 1, 1, 2, u"y"_s});
            // Destroyed without finish(): an unfinished run lasts until its last sample.
        }
        RunInfo laterInfo = runInfo(u"later"_s);
        laterInfo.startUtc = t0.addSecs(3600);
        const QString later = RunCatalog::newRecordPath(folder.path(), laterInfo.startUtc);
        QDateTime finishedFrom, finishedTo;  // the wall clock around finish(): the end time falls inside
        {
            RunRecordWriter writer;
            QVERIFY(writer.create(later, laterInfo).ok());
            QVERIFY(writer.addChannel(flowChannel(1)).ok());
            writer.appendSample(1, flowSample(0));
            finishedFrom = QDateTime::currentDateTimeUtc();
            QVERIFY(writer.finish(EndReason::Completed).ok());
            finishedTo = QDateTime::currentDateTimeUtc();
        }
        QCOMPARE(RunCatalog::newRecordPath(folder.path(), t0), folder.filePath(u"run-20260301-091530-2.psrun"_s));
        writeBytes(folder.filePath(u"broken.psrun"_s), "not a database at all");
        writeBytes(folder.filePath(u"notes.txt"_s), "ignored");

        const QList<RunSummary> runs = RunCatalog::list(folder.path());
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.at(0).info.title, u"later"_s);
        QVERIFY(runs.at(0).isReadable());
        QCOMPARE(runs.at(0).sampleCount, qint64(1));
        // A finished run lasts from its start to the end the writer stored at finish().
        const QDateTime end = runs.at(0).info.endUtc;
        QVERIFY(end >= finishedFrom.addMSecs(-1) && end <= finishedTo.addMSecs(1));
        QCOMPARE(runs.at(0).durationSeconds, double(laterInfo.startUtc.msecsTo(end)) / 1000.0);

        const RunSummary &run = runs.at(1);
        QCOMPARE(run.info.title, u"older"_s);
        QCOMPARE(run.info.operatorName, u"Dr. Müller"_s);
        QCOMPARE(run.pumps, (QStringList{u"Reglo 1"_s, u"Inlet pressure"_s}));
        QCOMPARE(run.sampleCount, qint64(4000));
        QCOMPARE(run.alarmCount, 2);
        QCOMPARE(run.durationSeconds, double(pressureSample(1999).tUs) / 1e6);

        QCOMPARE(QFileInfo(runs.at(2).filePath).fileName(), u"broken.psrun"_s);
        QVERIFY(!runs.at(2).isReadable());
        QVERIFY(!runs.at(2).error.isEmpty());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--crash-writer") == 0)
        return runCrashWriter(QString::fromLocal8Bit(argv[2]));
    TestRunRecord test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_runrecord.moc"
