// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/runrecordwriter.h"

#include "core/logging.h"
#include "core/paths.h"
#include "records/recordformat.h"
#include "records/recordseal.h"
#include "records/sqliteconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Records {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunRecord)
};

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant optionalValue(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QString isoUtc(const QDateTime &time) { return time.toUTC().toString(Qt::ISODateWithMs); }
} // namespace

struct EncodedChunk
{
    int channel = 0;
    qint64 index = 0;
    qint64 firstTUs = 0;
    qint64 lastTUs = 0;
    int count = 0;
    QByteArray data;
};

struct RunRecordWriter::Private
{
    struct Channel
    {
        int id = 0;
        std::vector<Records::Sample> current;  // samples of chunk `index`, not yet full
        qint64 index = 0;
        qint64 count = 0;
        qint64 lastTUs = 0;                    // valid once count > 0
        bool dirty = false;                    // `current` changed since the last flush
    };

    QString path;
    // Held while the record is written: the crash recovery at the next start leaves a record
    // alone whose writer is alive (another PumpStudio), and marks one whose writer is gone.
    std::unique_ptr<QLockFile> lock;
    // Declared before the statements so it is destroyed after them.
    std::unique_ptr<SqliteConnection> connection;
    std::optional<QSqlQuery> upsertChunk;
    std::optional<QSqlQuery> insertSetpoint;
    std::optional<QSqlQuery> insertEvent;
    std::optional<QSqlQuery> insertAlarm;

    std::vector<Channel> channels;
    std::size_t lastChannel = 0;               // the channel found last: samples come in runs
    std::vector<EncodedChunk> fullChunks;
    std::vector<SetpointChange> setpoints;
    std::vector<RunEvent> events;
    std::vector<AlarmRecord> alarms;
    qint64 rejected = 0;

    Channel *find(int id)
    {
        if (lastChannel < channels.size() && channels[lastChannel].id == id)
            return &channels[lastChannel];
        for (std::size_t i = 0; i < channels.size(); ++i) {
            if (channels[i].id == id) {
                lastChannel = i;
                return &channels[i];
            }
        }
        return nullptr;
    }

    static EncodedChunk encode(const Channel &channel)
    {
        return EncodedChunk{channel.id, channel.index, channel.current.front().tUs, channel.current.back().tUs,
                            int(channel.current.size()), encodeChunk(channel.current)};
    }

    Result<void> writeChunk(const EncodedChunk &chunk)
    {
        QSqlQuery &q = *upsertChunk;
        q.bindValue(0, chunk.channel);
        q.bindValue(1, chunk.index);
        q.bindValue(2, chunk.firstTUs);
        q.bindValue(3, chunk.lastTUs);
        q.bindValue(4, chunk.count);
        q.bindValue(5, chunk.data);
        if (!q.exec())
            return sqlError(Error::Code::Io, Tr::tr("Cannot store samples"), q);
        return {};
    }

    Result<void> writeBuffered(const std::optional<EndReason> &end)
    {
        for (const EncodedChunk &chunk : fullChunks) {
            if (auto r = writeChunk(chunk); !r)
                return r;
        }
        for (const Channel &channel : channels) {
            if (channel.dirty && !channel.current.empty()) {
                if (auto r = writeChunk(encode(channel)); !r)
                    return r;
            }
        }
        for (const SetpointChange &s : setpoints) {
            QSqlQuery &q = *insertSetpoint;
            q.bindValue(0, s.tUs);
            q.bindValue(1, s.channel);
            q.bindValue(2, quantityToken(s.quantity));
            q.bindValue(3, s.value);
            q.bindValue(4, s.unit);
            if (!q.exec())
                return sqlError(Error::Code::Io, Tr::tr("Cannot store a setpoint"), q);
        }
        for (const RunEvent &e : events) {
            QSqlQuery &q = *insertEvent;
            q.bindValue(0, e.tUs);
            q.bindValue(1, optionalValue(e.channel));
            q.bindValue(2, e.kind);
            q.bindValue(3, optionalValue(e.value));
            q.bindValue(4, e.text);
            if (!q.exec())
                return sqlError(Error::Code::Io, Tr::tr("Cannot store an event"), q);
        }
        for (const AlarmRecord &a : alarms) {
            QSqlQuery &q = *insertAlarm;
            q.bindValue(0, a.tUs);
            q.bindValue(1, alarmActionToken(a.action));
            q.bindValue(2, a.source);
            q.bindValue(3, optionalValue(a.channel));
            q.bindValue(4, optionalValue(a.value));
            q.bindValue(5, optionalValue(a.limit));
            q.bindValue(6, a.message);
            if (!q.exec())
                return sqlError(Error::Code::Io, Tr::tr("Cannot store an alarm"), q);
        }
        if (end) {
            QSqlQuery q(connection->database());
            q.prepare(u"UPDATE run SET end_utc = ?, end_reason = ? WHERE id = 1"_s);
            q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
            q.addBindValue(endReasonToken(*end));
            if (!q.exec())
                return sqlError(Error::Code::Io, Tr::tr("Cannot store the end of the run"), q);
        }
        return {};
    }

    Result<void> flush(const std::optional<EndReason> &end)
    {
        if (!connection)
            return makeError(Error::Code::InvalidArgument, Tr::tr("The run record is not open."));
        bool pending = end || !fullChunks.empty() || !setpoints.empty() || !events.empty() || !alarms.empty();
        for (const Channel &channel : channels)
            pending = pending || channel.dirty;
        if (!pending)
            return {};
        QSqlDatabase db = connection->database();
        if (!db.transaction())
            return makeError(Error::Code::Io, Tr::tr("Cannot write the run record %1.").arg(path));
        Result<void> written = writeBuffered(end);
        if (written && !db.commit())
            written = makeError(Error::Code::Io, Tr::tr("Cannot write the run record %1.").arg(path));
        if (!written) {
            db.rollback();
            Logging::get("records")->error("flush of {} failed: {}", path, written.error().message);
            return written;
        }
        fullChunks.clear();
        setpoints.clear();
        events.clear();
        alarms.clear();
        for (Channel &channel : channels)
            channel.dirty = false;
        return {};
    }

    void close()
    {
        upsertChunk.reset();
        insertSetpoint.reset();
        insertEvent.reset();
        insertAlarm.reset();
        connection.reset();
        lock.reset();
    }
};

RunRecordWriter::RunRecordWriter() : d(std::make_unique<Private>()) {}

RunRecordWriter::~RunRecordWriter()
{
    if (d->connection)
        (void)d->flush(std::nullopt);  // failures are logged; there is no one left to tell
    d->close();
}

namespace {

Result<void> initialise(const SqliteConnection &connection, const RunInfo &info)
{
    // Pragmas outside the transaction: journal_mode cannot change inside one. 16 KiB pages hold
    // three full chunk rows (about 5 KiB each) without overflow pages or much slack.
    for (const QString &pragma :
         {u"PRAGMA page_size = 16384"_s, u"PRAGMA application_id = %1"_s.arg(kApplicationId),
          u"PRAGMA user_version = %1"_s.arg(kFormatVersion), u"PRAGMA journal_mode = WAL"_s,
          u"PRAGMA synchronous = NORMAL"_s}) {
        if (auto r = connection.exec(pragma); !r)
            return r;
    }
    QSqlDatabase db = connection.database();
    if (!db.transaction())
        return makeError(Error::Code::Io, Tr::tr("Cannot start a transaction."));
    const auto schema = [&]() -> Result<void> {
        for (const QString &statement : schemaStatements()) {
            if (auto r = connection.exec(statement); !r)
                return r;
        }
        QSqlQuery run(db);
        run.prepare(u"INSERT INTO run(id, start_utc, utc_offset_s, operator, app_version, title, notes)"
                    " VALUES(1, ?, ?, ?, ?, ?, ?)"_s);
        run.addBindValue(isoUtc(info.startUtc));
        run.addBindValue(info.utcOffsetSeconds);
        run.addBindValue(info.operatorName);
        run.addBindValue(info.appVersion);
        run.addBindValue(info.title);
        run.addBindValue(info.notes);
        if (!run.exec())
            return sqlError(Error::Code::Io, Tr::tr("Cannot store the run"), run);
        return {};
    }();
    if (!schema) {
        db.rollback();
        return schema;
    }
    if (!db.commit())
        return makeError(Error::Code::Io, Tr::tr("Cannot commit the new record."));
    return {};
}

} // namespace

Result<void> RunRecordWriter::create(const QString &path, const RunInfo &info)
{
    if (d->connection)
        return makeError(Error::Code::InvalidArgument, Tr::tr("This run record is already open."));
    if (QFileInfo::exists(path))
        return makeError(Error::Code::InvalidArgument, Tr::tr("%1 already exists.").arg(path));
    auto lock = std::make_unique<QLockFile>(writerLockPath(path));
    if (!lock->tryLock(0))
        return makeError(Error::Code::Io, Tr::tr("Cannot create the run record %1: it is locked by another program.").arg(path));
    {
        // Lab data: created empty and owner-only before SQLite writes a byte (its -wal and -shm
        // files take the database file's permissions).
        QFile file(path);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return makeError(Error::Code::Io, Tr::tr("Cannot create the run record %1: %2").arg(path, file.errorString()));
    }
    Paths::makeOwnerOnly(path);
    auto connection = std::make_unique<SqliteConnection>(u"writer"_s);
    if (auto r = connection->open(path, u"QSQLITE_BUSY_TIMEOUT=5000"_s); !r) {
        connection.reset();
        QFile::remove(path);
        return r;
    }
    const auto fail = [&](const Error &error) -> Result<void> {
        d->close();
        connection.reset();
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        return makeError(error.code, Tr::tr("Cannot create the run record %1: %2").arg(path, error.message));
    };
    if (auto r = initialise(*connection, info); !r)
        return fail(r.error());

    const auto prepare = [&](std::optional<QSqlQuery> &query, const QString &sql) -> Result<void> {
        query.emplace(connection->database());
        if (!query->prepare(sql))
            return sqlError(Error::Code::Io, sql, *query);
        return {};
    };
    for (auto r : {prepare(d->upsertChunk,
                           u"INSERT INTO chunk(channel, idx, first_tus, last_tus, count, data) VALUES(?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT(channel, idx) DO UPDATE SET first_tus = excluded.first_tus,"
                           " last_tus = excluded.last_tus, count = excluded.count, data = excluded.data"_s),
                   prepare(d->insertSetpoint,
                           u"INSERT INTO setpoint(tus, channel, quantity, value, unit) VALUES(?, ?, ?, ?, ?)"_s),
                   prepare(d->insertEvent,
                           u"INSERT INTO event(tus, channel, kind, value, text) VALUES(?, ?, ?, ?, ?)"_s),
                   prepare(d->insertAlarm,
                           u"INSERT INTO alarm(tus, action, source, channel, value, limit_value, message)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?)"_s)}) {
        if (!r)
            return fail(r.error());
    }
    d->connection = std::move(connection);
    d->lock = std::move(lock);
    d->path = path;
    Logging::get("records")->info("recording to {}", path);
    return {};
}

bool RunRecordWriter::isOpen() const { return d->connection != nullptr; }

QString RunRecordWriter::path() const { return d->path; }

Result<void> RunRecordWriter::setOperatorName(const QString &name)
{
    if (!d->connection)
        return makeError(Error::Code::InvalidArgument, Tr::tr("The run record is not open."));
    QSqlQuery q(d->connection->database());
    q.prepare(u"UPDATE run SET operator = ? WHERE id = 1"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(Error::Code::Io, Tr::tr("Cannot store the operator"), q);
    return {};
}

Result<void> RunRecordWriter::addChannel(const ChannelInfo &channel)
{
    if (!d->connection)
        return makeError(Error::Code::InvalidArgument, Tr::tr("The run record is not open."));
    if (d->find(channel.id))
        return makeError(Error::Code::InvalidArgument, Tr::tr("Channel %1 is already recorded.").arg(channel.id));
    QSqlQuery q(d->connection->database());
    q.prepare(u"INSERT INTO channel(id, pump_config_id, name, model_id, model, firmware, serial, ml_per_rev,"
              " head_id, tubing_id, quantity, unit) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(channel.id);
    q.addBindValue(channel.pumpConfigId);
    q.addBindValue(channel.name);
    q.addBindValue(channel.modelId);
    q.addBindValue(channel.model);
    q.addBindValue(channel.firmware);
    q.addBindValue(channel.serialNumber);
    q.addBindValue(optionalValue(channel.mlPerRev));
    q.addBindValue(channel.headId);
    q.addBindValue(channel.tubingId);
    q.addBindValue(quantityToken(channel.quantity));
    q.addBindValue(channel.unit);
    if (!q.exec())
        return sqlError(Error::Code::Io, Tr::tr("Cannot store channel %1").arg(channel.id), q);
    Private::Channel state;
    state.id = channel.id;
    state.current.reserve(Records::kSamplesPerChunk);
    d->channels.push_back(std::move(state));
    return {};
}

bool RunRecordWriter::appendSample(int channel, Records::Sample sample)
{
    Private::Channel *c = d->connection ? d->find(channel) : nullptr;
    // Going back in time would break the chunk time index (first/last_tus increase with idx).
    if (!c || (c->count > 0 && sample.tUs < c->lastTUs)) {
        ++d->rejected;
        return false;
    }
    c->current.push_back(sample);
    c->dirty = true;
    c->lastTUs = sample.tUs;
    ++c->count;
    if (c->current.size() == std::size_t(Records::kSamplesPerChunk)) {
        d->fullChunks.push_back(Private::encode(*c));
        c->current.clear();
        c->dirty = false;
        ++c->index;
    }
    return true;
}

void RunRecordWriter::recordSetpoint(const SetpointChange &change)
{
    if (d->connection)
        d->setpoints.push_back(change);
}

void RunRecordWriter::recordEvent(const RunEvent &event)
{
    if (d->connection)
        d->events.push_back(event);
}

void RunRecordWriter::recordAlarm(const AlarmRecord &alarm)
{
    if (d->connection)
        d->alarms.push_back(alarm);
}

Result<void> RunRecordWriter::flush() { return d->flush(std::nullopt); }

Result<void> RunRecordWriter::finish(EndReason reason)
{
    if (auto r = d->flush(reason); !r)
        return r;
    // A finished record becomes a single self-contained file again. A reader still having it
    // open keeps it in WAL mode, which is just as valid.
    (void)d->connection->exec(u"PRAGMA journal_mode = DELETE"_s);
    Logging::get("records")->info("finished {}", d->path);
    d->close();
    return {};
}

qint64 RunRecordWriter::sampleCount(int channel) const
{
    const Private::Channel *c = d->find(channel);
    return c ? c->count : 0;
}

qint64 RunRecordWriter::rejectedSamples() const { return d->rejected; }

} // namespace PumpStudio::Records
