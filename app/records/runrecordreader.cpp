// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/runrecordreader.h"

#include "records/recordformat.h"
#include "records/sqliteconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QCryptographicHash>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Records {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunRecord)
};

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QDateTime parseUtc(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}
} // namespace

struct RunRecordReader::Private
{
    QString path;
    std::unique_ptr<SqliteConnection> connection;
    RunInfo info;
    QList<ChannelInfo> channels;

    Error damaged(const QSqlQuery &query) const
    {
        return sqlError(Error::Code::BadFile, Tr::tr("The run record %1 cannot be read").arg(path), query);
    }

    // A forward-only query with bound values, executed; an Error when it fails.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values) const
    {
        if (!connection)
            return makeError(Error::Code::InvalidArgument, Tr::tr("The run record is not open."));
        QSqlQuery query(connection->database());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return damaged(query);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return damaged(query);
        return query;
    }

    Result<void> load()
    {
        const auto notRecord = [&] {
            return makeError(Error::Code::BadFile, Tr::tr("%1 is not a PumpStudio run record.").arg(path));
        };
        // The first read is where SQLite notices a file that is not a database at all.
        auto appId = connection->scalar(u"PRAGMA application_id"_s);
        if (!appId)
            return notRecord();
        if (appId->toInt() != kApplicationId)
            return notRecord();
        auto version = connection->scalar(u"PRAGMA user_version"_s);
        if (!version)
            return notRecord();
        if (version->toInt() > kFormatVersion) {
            return makeError(Error::Code::BadFile,
                             Tr::tr("%1 was written by a newer PumpStudio (record format %2; this version reads "
                                    "up to %3). Please update PumpStudio.")
                                 .arg(path)
                                 .arg(version->toInt())
                                 .arg(kFormatVersion));
        }
        if (version->toInt() < 1)
            return notRecord();
        if (auto structure = checkStructure(); !structure)
            return structure;

        auto runRow = run(u"SELECT start_utc, utc_offset_s, operator, app_version, title, notes, end_utc,"
                          " end_reason FROM run WHERE id = 1"_s, {});
        if (!runRow)
            return runRow.error();
        QSqlQuery &q = runRow.value();
        if (!q.next())
            return makeError(Error::Code::BadFile, Tr::tr("The run record %1 has no run information.").arg(path));
        info.startUtc = parseUtc(q.value(0));
        info.utcOffsetSeconds = q.value(1).toInt();
        info.operatorName = q.value(2).toString();
        info.appVersion = q.value(3).toString();
        info.title = q.value(4).toString();
        info.notes = q.value(5).toString();
        info.endUtc = parseUtc(q.value(6));
        info.endReason = endReasonFromToken(q.value(7).toString());
        if (!info.startUtc.isValid())
            return makeError(Error::Code::BadFile, Tr::tr("The run record %1 has no valid start time.").arg(path));

        auto channelRows = run(u"SELECT id, pump_config_id, name, model_id, model, firmware, serial, ml_per_rev,"
                               " head_id, tubing_id, quantity, unit FROM channel ORDER BY id"_s, {});
        if (!channelRows)
            return channelRows.error();
        QSqlQuery &rows = channelRows.value();
        channels.clear();
        while (rows.next()) {
            ChannelInfo c;
            c.id = rows.value(0).toInt();
            c.pumpConfigId = rows.value(1).toString();
            c.name = rows.value(2).toString();
            c.modelId = rows.value(3).toString();
            c.model = rows.value(4).toString();
            c.firmware = rows.value(5).toString();
            c.serialNumber = rows.value(6).toString();
            c.mlPerRev = optionalDouble(rows.value(7));
            c.headId = rows.value(8).toString();
            c.tubingId = rows.value(9).toString();
            c.quantity = quantityFromToken(rows.value(10).toString());
            c.unit = rows.value(11).toString();
            channels.append(c);
        }
        if (rows.lastError().isValid())
            return damaged(rows);
        return checkChunks();
    }

    Error broken(const QString &what) const
    {
        return makeError(Error::Code::BadFile, Tr::tr("The run record %1 is damaged: %2").arg(path, what));
    }

    // Every table and column the reader needs is there: a dropped table is a damaged record,
    // not an empty list of events.
    Result<void> checkStructure()
    {
        static const QList<std::pair<QString, QStringList>> kTables{
            {u"run"_s, {u"id"_s, u"start_utc"_s, u"utc_offset_s"_s, u"operator"_s, u"app_version"_s, u"title"_s, u"notes"_s,
                         u"end_utc"_s, u"end_reason"_s}},
            {u"channel"_s, {u"id"_s, u"pump_config_id"_s, u"name"_s, u"model_id"_s, u"model"_s, u"firmware"_s, u"serial"_s,
                             u"ml_per_rev"_s, u"head_id"_s, u"tubing_id"_s, u"quantity"_s, u"unit"_s}},
            {u"chunk"_s, {u"channel"_s, u"idx"_s, u"first_tus"_s, u"last_tus"_s, u"count"_s, u"data"_s}},
            {u"setpoint"_s, {u"id"_s, u"tus"_s, u"channel"_s, u"quantity"_s, u"value"_s, u"unit"_s}},
            {u"event"_s, {u"id"_s, u"tus"_s, u"channel"_s, u"kind"_s, u"value"_s, u"text"_s}},
            {u"alarm"_s, {u"id"_s, u"tus"_s, u"action"_s, u"source"_s, u"channel"_s, u"value"_s, u"limit_value"_s, u"message"_s}},
        };
        for (const auto &[table, columns] : kTables) {
            auto described = run(u"SELECT name FROM pragma_table_info(?)"_s, {table});
            if (!described)
                return described.error();
            QStringList present;
            while (described.value().next())
                present.append(described.value().value(0).toString());
            if (present.isEmpty())
                return broken(Tr::tr("the table \"%1\" is missing.").arg(table));
            for (const QString &column : columns) {
                if (!present.contains(column))
                    return broken(Tr::tr("the table \"%1\" has no column \"%2\".").arg(table, column));
            }
        }
        return {};
    }

    // The blocks of samples say how many samples they hold; a count outside 1..kSamplesPerChunk,
    // a missing block or a partial block before the last would make every count shown wrong.
    Result<void> checkChunks()
    {
        auto impossible = run(u"SELECT count(*) FROM chunk WHERE count < 1 OR count > ? OR idx < 0"
                              " OR typeof(count) <> 'integer' OR typeof(idx) <> 'integer'"_s,
                              {kSamplesPerChunk});
        if (!impossible)
            return impossible.error();
        if (impossible.value().next() && impossible.value().value(0).toLongLong() > 0) {
            return broken(Tr::tr("%n block(s) of samples claim an impossible number of samples.", nullptr,
                                 int(std::min<qint64>(impossible.value().value(0).toLongLong(), 1'000'000))));
        }
        auto gaps = run(u"SELECT channel, count(*), min(idx), max(idx),"
                        " sum(CASE WHEN count <> ? THEN 1 ELSE 0 END),"
                        " (SELECT c2.count FROM chunk c2 WHERE c2.channel = chunk.channel ORDER BY c2.idx DESC LIMIT 1)"
                        " FROM chunk GROUP BY channel"_s,
                        {kSamplesPerChunk});
        if (!gaps)
            return gaps.error();
        QSqlQuery &q = gaps.value();
        while (q.next()) {
            const int channel = q.value(0).toInt();
            const qint64 blocks = q.value(1).toLongLong();
            const qint64 partial = q.value(4).toLongLong();
            const bool lastPartial = q.value(5).toLongLong() != kSamplesPerChunk;
            const bool known = std::any_of(channels.cbegin(), channels.cend(), [channel](const ChannelInfo &c) { return c.id == channel; });
            if (!known)
                return broken(Tr::tr("it has samples of channel %1, which it does not describe.").arg(channel));
            if (q.value(2).toLongLong() != 0 || q.value(3).toLongLong() != blocks - 1 || partial > (lastPartial ? 1 : 0))
                return broken(Tr::tr("the samples of channel %1 have a block missing or cut short.").arg(channel));
        }
        if (q.lastError().isValid())
            return damaged(q);
        return {};
    }
};

RunRecordReader::RunRecordReader() : d(std::make_unique<Private>()) {}

RunRecordReader::~RunRecordReader() = default;

Result<void> RunRecordReader::open(const QString &path)
{
    close();
    if (auto r = checkDatabaseFile(path); !r)
        return r;
    d->path = path;
    d->connection = std::make_unique<SqliteConnection>(u"reader"_s);
    if (auto r = d->connection->open(path, u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s); !r) {
        close();
        return r;
    }
    if (auto r = d->load(); !r) {
        close();
        return r;
    }
    return {};
}

void RunRecordReader::close()
{
    d->connection.reset();
    d->info = {};
    d->channels.clear();
    d->path.clear();
}

bool RunRecordReader::isOpen() const { return d->connection != nullptr; }

QString RunRecordReader::path() const { return d->path; }

const RunInfo &RunRecordReader::runInfo() const { return d->info; }

const QList<ChannelInfo> &RunRecordReader::channels() const { return d->channels; }

std::optional<ChannelInfo> RunRecordReader::channel(int id) const
{
    for (const ChannelInfo &c : d->channels) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

Result<QList<Records::Sample>> RunRecordReader::chunk(int channel, qint64 index) const
{
    auto r = d->run(u"SELECT data, count FROM chunk WHERE channel = ? AND idx = ?"_s, {channel, index});
    if (!r)
        return r.error();
    QSqlQuery &q = r.value();
    if (!q.next())
        return q.lastError().isValid() ? Result<QList<Records::Sample>>(d->damaged(q)) : QList<Records::Sample>();
    auto samples = decodeChunk(q.value(0).toByteArray());
    // The file named, and the block: a message without them cannot be acted on.
    if (!samples)
        return d->broken(Tr::tr("block %1 of channel %2: %3").arg(index).arg(channel).arg(samples.error().message));
    if (samples->size() != q.value(1).toLongLong())
        return d->broken(Tr::tr("block %1 of channel %2 holds %3 samples but says %4.").arg(index).arg(channel)
                             .arg(samples->size()).arg(q.value(1).toLongLong()));
    return samples;
}

Result<ChunkRange> RunRecordReader::chunkRange(int channel, qint64 t0Us, qint64 t1Us) const
{
    ChunkRange range;
    if (t1Us <= t0Us)
        return range;
    // Both lookups are one index seek: first/last_tus increase with idx within a channel.
    auto first = d->run(u"SELECT idx FROM chunk WHERE channel = ? AND last_tus >= ? ORDER BY last_tus, idx"
                        " LIMIT 1"_s,
                        {channel, t0Us});
    if (!first)
        return first.error();
    if (!first.value().next())
        return range;
    range.first = first.value().value(0).toLongLong();
    auto last = d->run(u"SELECT idx FROM chunk WHERE channel = ? AND first_tus < ? ORDER BY first_tus DESC,"
                       " idx DESC LIMIT 1"_s,
                       {channel, t1Us});
    if (!last)
        return last.error();
    QSqlQuery &q = last.value();
    if (!q.next())
        return ChunkRange{};
    range.last = q.value(0).toLongLong();
    return range;
}

Result<QList<Records::Sample>> RunRecordReader::samples(int channel, qint64 t0Us, qint64 t1Us) const
{
    auto range = chunkRange(channel, t0Us, t1Us);
    if (!range)
        return range.error();
    QList<Records::Sample> result;
    for (qint64 index = range->first; index <= range->last; ++index) {
        auto samples = chunk(channel, index);
        if (!samples)
            return samples.error();
        for (const Records::Sample &s : std::as_const(*samples)) {
            if (s.tUs >= t0Us && s.tUs < t1Us)
                result.append(s);
        }
    }
    return result;
}

Result<qint64> RunRecordReader::sampleCount(int channel) const
{
    auto r = d->run(u"SELECT idx, count FROM chunk WHERE channel = ? ORDER BY idx DESC LIMIT 1"_s, {channel});
    if (!r)
        return r.error();
    QSqlQuery &q = r.value();
    if (!q.next())
        return qint64(0);
    return q.value(0).toLongLong() * Records::kSamplesPerChunk + q.value(1).toLongLong();
}

Result<qint64> RunRecordReader::lastSampleTime() const
{
    qint64 last = 0;
    for (const ChannelInfo &c : std::as_const(d->channels)) {
        auto r = d->run(u"SELECT max(last_tus) FROM chunk WHERE channel = ?"_s, {c.id});
        if (!r)
            return r.error();
        QSqlQuery &q = r.value();
        if (q.next())
            last = std::max(last, q.value(0).toLongLong());
    }
    return last;
}

Result<QList<SetpointChange>> RunRecordReader::setpoints() const
{
    auto r = d->run(u"SELECT tus, channel, quantity, value, unit FROM setpoint ORDER BY tus, id"_s, {});
    if (!r)
        return r.error();
    QSqlQuery &q = r.value();
    QList<SetpointChange> result;
    while (q.next()) {
        result.append(SetpointChange{q.value(0).toLongLong(), q.value(1).toInt(),
                                     quantityFromToken(q.value(2).toString()), q.value(3).toDouble(),
                                     q.value(4).toString()});
    }
    return result;
}

Result<QList<RunEvent>> RunRecordReader::events() const
{
    auto r = d->run(u"SELECT tus, channel, kind, value, text FROM event ORDER BY tus, id"_s, {});
    if (!r)
        return r.error();
    QSqlQuery &q = r.value();
    QList<RunEvent> result;
    while (q.next()) {
        result.append(RunEvent{q.value(0).toLongLong(), optionalInt(q.value(1)), q.value(2).toString(),
                               optionalDouble(q.value(3)), q.value(4).toString()});
    }
    return result;
}

Result<QList<AlarmRecord>> RunRecordReader::alarms() const
{
    auto r = d->run(u"SELECT tus, action, source, channel, value, limit_value, message FROM alarm"
                           " ORDER BY tus, id"_s, {});
    if (!r)
        return r.error();
    QSqlQuery &q = r.value();
    QList<AlarmRecord> result;
    while (q.next()) {
        const auto action = alarmActionFromToken(q.value(1).toString());
        if (!action)
            return makeError(Error::Code::BadFile, Tr::tr("The run record %1 has an unknown alarm action.").arg(d->path));
        result.append(AlarmRecord{q.value(0).toLongLong(), *action, q.value(2).toString(), optionalInt(q.value(3)),
                                  optionalDouble(q.value(4)), optionalDouble(q.value(5)), q.value(6).toString()});
    }
    return result;
}

Result<QString> RunRecordReader::integrityCheck() const
{
    auto r = d->run(u"PRAGMA integrity_check"_s, {});
    if (!r)
        return r.error();
    QSqlQuery &q = r.value();
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(u'\n');
}

} // namespace PumpStudio::Records
