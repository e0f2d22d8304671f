// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "archive/archivequery.h"

#include "archive/archiveconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Archive {

namespace {
struct QueryTr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveQuery)
};

QDateTime fromEpochMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}
} // namespace

Result<QList<ArchivedRun>> listRuns(ArchiveConnection &archive, const RunFilter &filter)
{
    QSqlDatabase db = archive.database();
    QStringList where;
    QVariantList binds;
    if (!filter.includeIncomplete)
        where.append(u"r.complete"_s);
    if (!filter.workstation.isEmpty()) {
        where.append(u"w.name ILIKE ?"_s);
        binds.append(likePattern(filter.workstation));
    }
    if (!filter.operatorName.isEmpty()) {
        where.append(u"r.operator ILIKE ?"_s);
        binds.append(likePattern(filter.operatorName));
    }
    if (!filter.pump.isEmpty()) {
        where.append(u"EXISTS (SELECT 1 FROM channel c WHERE c.run = r.uuid AND (c.name ILIKE ? OR c.model_id ILIKE ? OR c.pump_config_id ILIKE ?))"_s);
        binds << likePattern(filter.pump) << likePattern(filter.pump) << likePattern(filter.pump);
    }
    if (!filter.text.isEmpty()) {
        where.append(u"(r.title ILIKE ? OR r.notes ILIKE ?)"_s);
        binds << likePattern(filter.text) << likePattern(filter.text);
    }
    if (filter.from.isValid()) {
        where.append(u"r.start_utc >= ?::timestamptz"_s);
        binds.append(filter.from.toUTC().toString(Qt::ISODateWithMs));
    }
    if (filter.to.isValid()) {
        where.append(u"r.start_utc < ?::timestamptz"_s);
        binds.append(filter.to.toUTC().toString(Qt::ISODateWithMs));
    }
    QSqlQuery q(db);
    q.prepare(u"SELECT r.uuid::text, w.name, r.file_name, (extract(epoch FROM r.start_utc) * 1000)::bigint,"
              " (extract(epoch FROM r.end_utc) * 1000)::bigint, r.operator, r.title, r.end_reason, r.complete,"
              " (SELECT string_agg(coalesce(c.name, c.model_id), E'\\x1f' ORDER BY c.id) FROM channel c WHERE c.run = r.uuid),"
              " (SELECT coalesce(sum(k.count), 0) FROM chunk k WHERE k.run = r.uuid)"
              " FROM run r JOIN workstation w ON w.uuid = r.workstation"_s
              + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s)) + u" ORDER BY r.start_utc, r.uuid"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return archiveError(QueryTr::tr("the list of runs"), q.lastError(), db);
    QList<ArchivedRun> out;
    while (q.next()) {
        ArchivedRun r;
        r.uuid = QUuid::fromString(q.value(0).toString());
        r.workstation = q.value(1).toString();
        r.fileName = q.value(2).toString();
        r.startUtc = fromEpochMs(q.value(3));
        r.endUtc = fromEpochMs(q.value(4));
        r.operatorName = q.value(5).toString();
        r.title = q.value(6).toString();
        r.endReason = q.value(7).toString();
        r.complete = q.value(8).toBool();
        if (!q.value(9).isNull())
            r.pumps = q.value(9).toString().split(QChar(0x1f));
        r.samples = q.value(10).toLongLong();
        out.append(r);
    }
    return out;
}

Result<QList<QByteArray>> sampleBlocks(ArchiveConnection &archive, const QUuid &run, int channel)
{
    QSqlDatabase db = archive.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT data FROM chunk WHERE run = ?::uuid AND channel = ? ORDER BY idx"_s);
    q.addBindValue(run.toString(QUuid::WithoutBraces));
    q.addBindValue(channel);
    if (!q.exec())
        return archiveError(QueryTr::tr("the samples"), q.lastError(), db);
    QList<QByteArray> out;
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

Result<qint64> rowCount(ArchiveConnection &archive, const QString &table, const QUuid &run)
{
    static const QStringList kTables = {u"channel"_s, u"chunk"_s, u"setpoint"_s, u"event"_s, u"alarm"_s};
    if (!kTables.contains(table))
        return makeError(Error::Code::InvalidArgument, QueryTr::tr("No table %1 in the archive.").arg(table));
    QSqlDatabase db = archive.database();
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM %1 WHERE run = ?::uuid"_s.arg(table));
    q.addBindValue(run.toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next())
        return archiveError(table, q.lastError(), db);
    return q.value(0).toLongLong();
}

} // namespace PumpStudio::Archive
