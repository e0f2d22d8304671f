// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
//
// libFuzzer target: a run record opened from bytes (RunRecordReader::open and everything the
// Records page reads after it). Two kinds of input, chosen by the first byte:
//   even: the rest is the record file itself (an SQLite file as a disk or a copy left it);
//   odd:  the rest is a list of edits applied to a small sound record first (drop a table or a
//         column, set a chunk's count, index, times or blob, delete or add rows, change the run
//         row), so the checks on open meet the damage issue 12 found, not only pages SQLite
//         itself refuses.
// Invariants: opening never changes the file; a refusal is a BadFile or Io error that names the
// file, and leaves the reader closed; an opened record reads the same twice; every channel's
// sample count is the sum of its blocks' samples and never more than its blocks can hold; every
// block that decodes re-encodes to the same samples; every error met while reading names the
// file; the Records page's summary agrees with the reader.
#include "fuzzsupport.h"

#include "records/recordformat.h"
#include "records/runcatalog.h"
#include "records/runrecordreader.h"
#include "records/runrecordwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <bit>
#include <cstdint>
#include <unistd.h>

using namespace PumpStudio;
using namespace PumpStudio::Records;
using namespace Qt::Literals::StringLiterals;

namespace {

// Scratch files in memory where the system has it (/dev/shm), else in the temporary folder.
QString scratchFolder()
{
    static const QString folder = [] {
        const QString base = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
        const QString path = base + u"/pumpstudio-fuzz-record-%1"_s.arg(::getpid());
        QDir().mkpath(path);
        return path;
    }();
    return folder;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, QByteArrayView bytes)
{
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    QFile file(path);
    PUMPSTUDIO_FUZZ_ASSERT(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    PUMPSTUDIO_FUZZ_ASSERT(file.write(bytes.data(), bytes.size()) == bytes.size());
}

// A sound finished record: two channels (2.5 blocks and one partial block), a setpoint, events
// and alarms; rewritten with 1 KiB pages so that it is small.
const QByteArray &templateRecord()
{
    static const QByteArray bytes = [] {
        const QString path = scratchFolder() + u"/template.psrun"_s;
        QFile::remove(path);
        {
            RunRecordWriter writer;
            RunInfo info;
            info.startUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
            info.title = u"fuzz"_s;
            PUMPSTUDIO_FUZZ_ASSERT(writer.create(path, info).ok());
            for (int id : {1, 2}) {
                ChannelInfo c;
                c.id = id;
                c.name = u"P%1"_s.arg(id);
                c.unit = u"mL/min"_s;
                PUMPSTUDIO_FUZZ_ASSERT(writer.addChannel(c).ok());
            }
            for (qint64 i = 0; i < kSamplesPerChunk * 5 / 2; ++i)
                writer.appendSample(1, Sample{i * 1000 + (i % 7), float(i) * 0.5f});
            for (qint64 i = 0; i < 40; ++i)
                writer.appendSample(2, Sample{i * 50000, float(i % 3)});
            writer.recordSetpoint(SetpointChange{0, 1, Quantity::Flow, 2.5, u"mL/min"_s});
            writer.recordEvent(RunEvent{0, 1, u"start"_s, std::nullopt, {}});
            writer.recordEvent(RunEvent{5000, std::nullopt, u"note"_s, 1.5, u"n"_s});
            writer.recordAlarm(AlarmRecord{700, AlarmAction::Raised, u"pressure-high"_s, 2, 3.0, 2.0, u"high"_s});
            PUMPSTUDIO_FUZZ_ASSERT(writer.finish(EndReason::Completed).ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fuzz-template"_s);
            db.setDatabaseName(path);
            PUMPSTUDIO_FUZZ_ASSERT(db.open());
            QSqlQuery q(db);
            PUMPSTUDIO_FUZZ_ASSERT(q.exec(u"PRAGMA page_size = 1024"_s) && q.exec(u"VACUUM"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"fuzz-template"_s);
        return readAll(path);
    }();
    return bytes;
}

const QStringList &tables()
{
    static const QStringList names{u"run"_s, u"channel"_s, u"chunk"_s, u"setpoint"_s, u"event"_s, u"alarm"_s};
    return names;
}

const QStringList &chunkColumns()
{
    static const QStringList names{u"channel"_s, u"idx"_s, u"first_tus"_s, u"last_tus"_s, u"count"_s, u"data"_s};
    return names;
}

// A value for a column, drawn from the input: an integer (small, or any 64 bits), a real, text,
// a blob or NULL.
QVariant takeValue(Fuzz::Input &input)
{
    switch (input.take(1) % 7) {
    case 0: return QVariant(qint64(input.take(1)) - 64);
    case 1: return QVariant(qint64(input.take(2)));
    case 2: return QVariant(qint64(input.take(8)));
    case 3: return QVariant(input.takeDouble());
    case 4: {
        const auto wanted = qsizetype(input.take(1) % 16);  // taken before rest() is measured
        return QVariant(QString::fromLatin1(input.rest().first(std::min<qsizetype>(input.rest().size(), wanted))));
    }
    case 5: {
        const auto wanted = qsizetype(input.take(2) % 4096);
        const qsizetype n = std::min<qsizetype>(input.rest().size(), wanted);
        const QByteArray blob = input.rest().first(n).toByteArray();
        input.take(int(std::min<qsizetype>(n, 8)));  // move on a little; blobs and later edits overlap
        return QVariant(blob);
    }
    default: return QVariant(QMetaType(QMetaType::QString));  // NULL
    }
}

// Applies edits drawn from the input to the record at path, through SQLite (so the result is a
// well-formed database whose content is damaged). Edits SQLite refuses are skipped.
void applyEdits(const QString &path, Fuzz::Input &input)
{
    const QString name = u"fuzz-edit"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        PUMPSTUDIO_FUZZ_ASSERT(db.open());
        for (int edit = 0; edit < 8 && !input.rest().isEmpty(); ++edit) {
            QSqlQuery q(db);
            const int kind = int(input.take(1) % 8);
            const QString table = tables().at(qsizetype(input.take(1) % quint64(tables().size())));
            const QString column = chunkColumns().at(qsizetype(input.take(1) % quint64(chunkColumns().size())));
            const qint64 row = qint64(input.take(1) % 8) + 1;
            switch (kind) {
            case 0: (void)q.exec(u"DROP TABLE %1"_s.arg(table)); break;
            case 1: (void)q.exec(u"ALTER TABLE chunk DROP COLUMN %1"_s.arg(column)); break;
            case 2:
                if (q.prepare(u"UPDATE chunk SET %1 = ? WHERE id = ?"_s.arg(column))) {
                    q.addBindValue(takeValue(input));
                    q.addBindValue(row);
                    (void)q.exec();
                }
                break;
            case 3:
                if (q.prepare(u"DELETE FROM %1 WHERE rowid = ?"_s.arg(table))) {
                    q.addBindValue(row);
                    (void)q.exec();
                }
                break;
            case 4:
                if (q.prepare(u"INSERT INTO chunk(channel, idx, first_tus, last_tus, count, data) VALUES(?, ?, ?, ?, ?, ?)"_s)) {
                    for (int i = 0; i < 6; ++i)
                        q.addBindValue(takeValue(input));
                    (void)q.exec();
                }
                break;
            case 5:
                if (q.prepare(u"UPDATE run SET %1 = ? WHERE id = 1"_s.arg(input.take(1) % 2 ? u"end_reason"_s : u"start_utc"_s))) {
                    q.addBindValue(takeValue(input));
                    (void)q.exec();
                }
                break;
            case 6:
                if (q.prepare(u"UPDATE channel SET id = ? WHERE id = ?"_s)) {
                    q.addBindValue(takeValue(input));
                    q.addBindValue(row % 3);
                    (void)q.exec();
                }
                break;
            default:
                if (q.prepare(u"UPDATE %1 SET tus = ?, channel = ? WHERE rowid = ?"_s.arg(table))) {
                    q.addBindValue(takeValue(input));
                    q.addBindValue(takeValue(input));
                    q.addBindValue(row);
                    (void)q.exec();
                }
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool namesFile(const Error &error, const QString &path)
{
    return error.message.contains(path) && (error.code == Error::Code::BadFile || error.code == Error::Code::Io);
}

bool sameBits(const QList<Sample> &a, const QList<Sample> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).tUs != b.at(i).tUs || std::bit_cast<quint32>(a.at(i).value) != std::bit_cast<quint32>(b.at(i).value))
            return false;
    }
    return true;
}

struct Reading
{
    QList<ChannelInfo> channels;
    QList<qint64> counts;
    qint64 total = 0;
    bool complete = true;  ///< every block, setpoint, event and alarm could be read
};

// Reads everything the Records page would, checking each answer.
Reading readEverything(const RunRecordReader &reader, const QString &path)
{
    Reading reading;
    reading.channels = reader.channels();
    for (const ChannelInfo &channel : reading.channels) {
        const auto count = reader.sampleCount(channel.id);
        PUMPSTUDIO_FUZZ_ASSERT(count || namesFile(count.error(), path));
        if (!count) {
            reading.complete = false;
            reading.counts.append(-1);
            continue;
        }
        PUMPSTUDIO_FUZZ_ASSERT(*count >= 0);
        reading.counts.append(*count);
        reading.total += *count;
        const qint64 blocks = (*count + kSamplesPerChunk - 1) / kSamplesPerChunk;
        // The blocks are checked on open: contiguous, full but the last, 1..kSamplesPerChunk each.
        PUMPSTUDIO_FUZZ_ASSERT(blocks <= 1'000'000);
        qint64 sum = 0;
        for (qint64 index = 0; index < blocks; ++index) {
            const auto samples = reader.chunk(channel.id, index);
            PUMPSTUDIO_FUZZ_ASSERT(samples || namesFile(samples.error(), path));
            if (!samples) {
                reading.complete = false;
                continue;
            }
            PUMPSTUDIO_FUZZ_ASSERT(!samples->isEmpty() && samples->size() <= kSamplesPerChunk);
            PUMPSTUDIO_FUZZ_ASSERT(index == blocks - 1 || samples->size() == kSamplesPerChunk);
            sum += samples->size();
            const auto again = decodeChunk(encodeChunk(std::span<const Sample>(samples->constData(), std::size_t(samples->size()))));
            PUMPSTUDIO_FUZZ_ASSERT(again && sameBits(*again, *samples));
        }
        if (reading.complete)
            PUMPSTUDIO_FUZZ_ASSERT(sum == *count);
        PUMPSTUDIO_FUZZ_ASSERT(reader.chunk(channel.id, blocks).valueOr({}).isEmpty());
    }
    const auto setpoints = reader.setpoints();
    const auto events = reader.events();
    const auto alarms = reader.alarms();
    const auto last = reader.lastSampleTime();
    PUMPSTUDIO_FUZZ_ASSERT(setpoints || namesFile(setpoints.error(), path));
    PUMPSTUDIO_FUZZ_ASSERT(events || namesFile(events.error(), path));
    PUMPSTUDIO_FUZZ_ASSERT(alarms || namesFile(alarms.error(), path));
    PUMPSTUDIO_FUZZ_ASSERT(last || namesFile(last.error(), path));
    reading.complete = reading.complete && setpoints && events && alarms && last;
    return reading;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt SQL wants an application object for its plugins.
    static QCoreApplication app(*argc, *argv);
    (void)templateRecord();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const QString path = scratchFolder() + u"/input.psrun"_s;
    if (input.take(1) % 2 == 0) {
        writeAll(path, input.rest());
    } else {
        writeAll(path, templateRecord());
        applyEdits(path, input);
    }
    const QByteArray before = readAll(path);

    RunRecordReader reader;
    const auto opened = reader.open(path);
    if (!opened) {
        PUMPSTUDIO_FUZZ_ASSERT(namesFile(opened.error(), path));
        PUMPSTUDIO_FUZZ_ASSERT(!reader.isOpen() && reader.channels().isEmpty());
        const RunSummary summary = RunCatalog::summarize(path);
        PUMPSTUDIO_FUZZ_ASSERT(!summary.isReadable() && summary.error == opened.error().message);
    } else {
        const Reading first = readEverything(reader, path);
        RunRecordReader second;
        PUMPSTUDIO_FUZZ_ASSERT(second.open(path).ok());
        PUMPSTUDIO_FUZZ_ASSERT(second.runInfo() == reader.runInfo());
        const Reading again = readEverything(second, path);
        PUMPSTUDIO_FUZZ_ASSERT(again.channels == first.channels && again.counts == first.counts
                               && again.complete == first.complete);
        const RunSummary summary = RunCatalog::summarize(path);
        PUMPSTUDIO_FUZZ_ASSERT(summary.isReadable() || namesFile(Error{Error::Code::BadFile, summary.error}, path));
        if (summary.isReadable())
            PUMPSTUDIO_FUZZ_ASSERT(summary.sampleCount == first.total && summary.pumps.size() == first.channels.size());
    }
    reader.close();
    // A reader only reads: the record is byte for byte what it was.
    PUMPSTUDIO_FUZZ_ASSERT(readAll(path) == before);
    return 0;
}
