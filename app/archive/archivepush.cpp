// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "archive/archivepush.h"

#include "archive/archivecalibrations.h"
#include "archive/archiveconnection.h"
#include "audit/audittrail.h"
#include "records/runcatalog.h"
#include "records/runrecordreader.h"
#include "records/sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Archive {

namespace {
struct PushTr
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePush)
};

/// The namespace of PumpStudio's name-based UUIDs.
const QUuid kNamespace = QUuid::fromString(u"6b1f3c52-3f0e-4d8e-9a57-0c2b8d7f4e11"_s);

QString uuidText(const QUuid &u) { return u.toString(QUuid::WithoutBraces); }
QVariant numberOrNull(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double)); }
QVariant intOrNull(const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int)); }
QString isoMs(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

/// A transaction that rolls back unless committed.
class PushTransaction
{
public:
    explicit PushTransaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~PushTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    PushTransaction(const PushTransaction &) = delete;
    PushTransaction &operator=(const PushTransaction &) = delete;
    bool begun() const { return m_open; }
    bool commit()
    {
        const bool ok = m_db.commit();
        m_open = false;
        return ok;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

Workstation Workstation::local()
{
    QByteArray machine = QSysInfo::machineUniqueId();
    if (machine.isEmpty())
        machine = QSysInfo::machineHostName().toUtf8();
    return Workstation{QUuid::createUuidV5(kNamespace, u"workstation/"_s + QString::fromLatin1(machine)), QSysInfo::machineHostName()};
}

QUuid runUuid(const QString &fileName, const QDateTime &startUtc)
{
    return QUuid::createUuidV5(kNamespace, u"run/%1/%2"_s.arg(fileName, isoMs(startUtc)));
}

QUuid auditEntryUuid(const QUuid &workstation, const QByteArray &hash)
{
    return QUuid::createUuidV5(kNamespace, u"audit/%1/%2"_s.arg(uuidText(workstation), QString::fromLatin1(hash)));
}

namespace {

Result<void> exec(QSqlDatabase db, QSqlQuery &q, const QString &what)
{
    if (q.exec())
        return {};
    return archiveError(what, q.lastError(), db);
}

Result<void> upsertWorkstation(QSqlDatabase db, const Workstation &w)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO workstation(uuid, name, last_push_utc) VALUES(?::uuid, ?, now())"
              " ON CONFLICT(uuid) DO UPDATE SET name = excluded.name, last_push_utc = now()"_s);
    q.addBindValue(uuidText(w.uuid));
    q.addBindValue(w.name);
    return exec(db, q, PushTr::tr("the workstation"));
}

/// The run, its channels, setpoints, events and alarms (small), in one transaction.
Result<void> pushRunRows(QSqlDatabase db, const QUuid &uuid, const QString &fileName, const Records::RunRecordReader &reader,
                         const Workstation &w)
{
    PushTransaction tx(db);
    if (!tx.begun())
        return archiveError(u"BEGIN"_s, db.lastError(), db);
    if (auto r = upsertWorkstation(db, w); !r)
        return r;
    const QString id = uuidText(uuid);
    const Records::RunInfo &info = reader.runInfo();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO run(uuid, workstation, file_name, start_utc, utc_offset_s, operator, app_version, title, notes,"
              " end_utc, end_reason) VALUES(?::uuid, ?::uuid, ?, ?::timestamptz, ?, ?, ?, ?, ?, ?::timestamptz, ?)"
              " ON CONFLICT(uuid) DO NOTHING"_s);
    q.addBindValue(id);
    q.addBindValue(uuidText(w.uuid));
    q.addBindValue(fileName);
    q.addBindValue(isoMs(info.startUtc));
    q.addBindValue(info.utcOffsetSeconds);
    q.addBindValue(textOrNull(info.operatorName));
    q.addBindValue(textOrNull(info.appVersion));
    q.addBindValue(textOrNull(info.title));
    q.addBindValue(textOrNull(info.notes));
    q.addBindValue(info.endUtc.isValid() ? QVariant(isoMs(info.endUtc)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(Records::endReasonToken(info.endReason));
    if (auto r = exec(db, q, PushTr::tr("the run")); !r)
        return r;

    q.prepare(u"INSERT INTO channel(run, id, pump_config_id, name, model_id, model, firmware, serial, ml_per_rev, head_id,"
              " tubing_id, quantity, unit) VALUES(?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    for (const Records::ChannelInfo &c : reader.channels()) {
        q.addBindValue(id);
        q.addBindValue(c.id);
        q.addBindValue(textOrNull(c.pumpConfigId));
        q.addBindValue(textOrNull(c.name));
        q.addBindValue(textOrNull(c.modelId));
        q.addBindValue(textOrNull(c.model));
        q.addBindValue(textOrNull(c.firmware));
        q.addBindValue(textOrNull(c.serialNumber));
        q.addBindValue(numberOrNull(c.mlPerRev));
        q.addBindValue(textOrNull(c.headId));
        q.addBindValue(textOrNull(c.tubingId));
        q.addBindValue(Records::quantityToken(c.quantity));
        q.addBindValue(textOrNull(c.unit));
        if (auto r = exec(db, q, PushTr::tr("a channel")); !r)
            return r;
    }

    auto setpoints = reader.setpoints();
    if (!setpoints)
        return setpoints.error();
    q.prepare(u"INSERT INTO setpoint(run, n, tus, channel, quantity, value, unit) VALUES(?::uuid, ?, ?, ?, ?, ?, ?)"
              " ON CONFLICT DO NOTHING"_s);
    for (qsizetype i = 0; i < setpoints->size(); ++i) {
        const Records::SetpointChange &s = setpoints->at(i);
        q.addBindValue(id);
        q.addBindValue(int(i));
        q.addBindValue(s.tUs);
        q.addBindValue(s.channel);
        q.addBindValue(Records::quantityToken(s.quantity));
        q.addBindValue(s.value);
        q.addBindValue(textOrNull(s.unit));
        if (auto r = exec(db, q, PushTr::tr("a setpoint")); !r)
            return r;
    }
    auto events = reader.events();
    if (!events)
        return events.error();
    q.prepare(u"INSERT INTO event(run, n, tus, channel, kind, value, text) VALUES(?::uuid, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    for (qsizetype i = 0; i < events->size(); ++i) {
        const Records::RunEvent &e = events->at(i);
        q.addBindValue(id);
        q.addBindValue(int(i));
        q.addBindValue(e.tUs);
        q.addBindValue(intOrNull(e.channel));
        q.addBindValue(e.kind);
        q.addBindValue(numberOrNull(e.value));
        q.addBindValue(textOrNull(e.text));
        if (auto r = exec(db, q, PushTr::tr("an event")); !r)
            return r;
    }
    auto alarms = reader.alarms();
    if (!alarms)
        return alarms.error();
    q.prepare(u"INSERT INTO alarm(run, n, tus, action, source, channel, value, limit_value, message)"
              " VALUES(?::uuid, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    for (qsizetype i = 0; i < alarms->size(); ++i) {
        const Records::AlarmRecord &a = alarms->at(i);
        q.addBindValue(id);
        q.addBindValue(int(i));
        q.addBindValue(a.tUs);
        q.addBindValue(Records::alarmActionToken(a.action));
        q.addBindValue(textOrNull(a.source));
        q.addBindValue(intOrNull(a.channel));
        q.addBindValue(numberOrNull(a.value));
        q.addBindValue(numberOrNull(a.limit));
        q.addBindValue(textOrNull(a.message));
        if (auto r = exec(db, q, PushTr::tr("an alarm")); !r)
            return r;
    }
    if (!tx.commit())
        return archiveError(u"COMMIT"_s, db.lastError(), db);
    return {};
}

Result<void> pushAudit(QSqlDatabase db, const PushOptions &options, PushReport &report)
{
    if (options.auditPath.isEmpty() || !QFileInfo::exists(options.auditPath))
        return {};
    Audit::AuditTrail trail;
    if (auto r = trail.open(options.auditPath); !r)
        return r;
    QSqlQuery q(db);
    q.prepare(u"SELECT coalesce(max(seq), 0) FROM audit_entry WHERE workstation = ?::uuid"_s);
    q.addBindValue(uuidText(options.workstation.uuid));
    if (auto r = exec(db, q, PushTr::tr("the audit entries")); !r)
        return r;
    const qint64 have = q.next() ? q.value(0).toLongLong() : 0;
    auto entries = trail.entries();
    if (!entries)
        return entries.error();
    QList<Audit::AuditEntry> todo;
    for (const Audit::AuditEntry &e : std::as_const(*entries)) {
        if (e.seq > have)
            todo.append(e);
    }
    std::sort(todo.begin(), todo.end(), [](const Audit::AuditEntry &a, const Audit::AuditEntry &b) { return a.seq < b.seq; });
    constexpr qsizetype kBatch = 500;
    for (qsizetype start = 0; start < todo.size(); start += kBatch) {
        PushTransaction tx(db);
        if (!tx.begun())
            return archiveError(u"BEGIN"_s, db.lastError(), db);
        if (auto r = upsertWorkstation(db, options.workstation); !r)
            return r;
        q.prepare(u"INSERT INTO audit_entry(uuid, workstation, seq, time_utc, utc_offset_s, actor, role, kind, target, action,"
                  " old_value, new_value, reason, details, previous_hash, hash)"
                  " VALUES(?::uuid, ?::uuid, ?, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING"_s);
        for (qsizetype i = start; i < std::min(todo.size(), start + kBatch); ++i) {
            const Audit::AuditEntry &e = todo.at(i);
            q.addBindValue(uuidText(auditEntryUuid(options.workstation.uuid, e.hash)));
            q.addBindValue(uuidText(options.workstation.uuid));
            q.addBindValue(e.seq);
            q.addBindValue(isoMs(e.timeUtc));
            q.addBindValue(e.utcOffsetSeconds);
            q.addBindValue(textOrNull(e.actor.displayName()));
            q.addBindValue(textOrNull(e.actor.role));
            q.addBindValue(e.kind);
            q.addBindValue(textOrNull(e.target));
            q.addBindValue(textOrNull(e.action));
            q.addBindValue(textOrNull(e.oldValue));
            q.addBindValue(textOrNull(e.newValue));
            q.addBindValue(textOrNull(e.reason));
            q.addBindValue(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
            q.addBindValue(QString::fromLatin1(e.previousHash));
            q.addBindValue(QString::fromLatin1(e.hash));
            if (auto r = exec(db, q, PushTr::tr("an audit entry")); !r)
                return r;
            ++report.auditEntries;
        }
        if (!tx.commit())
            return archiveError(u"COMMIT"_s, db.lastError(), db);
    }
    return {};
}

} // namespace

Result<bool> pushRecord(ArchiveConnection &archive, const QString &path, const PushOptions &options, PushReport &report)
{
    QSqlDatabase db = archive.database();
    Records::RunRecordReader reader;
    if (auto r = reader.open(path); !r)
        return r.error();
    const QString fileName = QFileInfo(path).fileName();
    const QUuid uuid = runUuid(fileName, reader.runInfo().startUtc);
    const QString id = uuidText(uuid);

    QSqlQuery q(db);
    q.prepare(u"SELECT complete FROM run WHERE uuid = ?::uuid"_s);
    q.addBindValue(id);
    if (auto r = exec(db, q, PushTr::tr("the run")); !r)
        return r.error();
    if (q.next() && q.value(0).toBool())
        return false;
    q.finish();

    if (auto r = pushRunRows(db, uuid, fileName, reader, options.workstation); !r)
        return r.error();

    // The blocks of samples the archive has already (an earlier, interrupted push).
    QSet<QPair<int, qint64>> present;
    q.prepare(u"SELECT channel, idx FROM chunk WHERE run = ?::uuid"_s);
    q.addBindValue(id);
    if (auto r = exec(db, q, PushTr::tr("the run's samples")); !r)
        return r.error();
    while (q.next())
        present.insert({q.value(0).toInt(), q.value(1).toLongLong()});
    q.finish();

    // Read as stored: the archive keeps the record's own blocks (recordformat.h).
    Records::SqliteConnection local(u"archive-push"_s);
    if (auto r = local.open(path, u"QSQLITE_OPEN_READONLY"_s); !r)
        return r.error();
    QSqlQuery blocks(local.database());
    blocks.setForwardOnly(true);
    QSqlQuery count(local.database());
    if (!count.exec(u"SELECT count(*) FROM chunk"_s) || !count.next())
        return Records::sqlError(Error::Code::BadFile, path, count);
    PushProgress progress{fileName, 0, count.value(0).toLongLong() - present.size()};
    count.finish();
    if (!blocks.exec(u"SELECT channel, idx, first_tus, last_tus, count, data FROM chunk ORDER BY channel, idx"_s))
        return Records::sqlError(Error::Code::BadFile, path, blocks);

    const int perTransaction = std::max(1, options.chunksPerTransaction);
    q.prepare(u"INSERT INTO chunk(run, channel, idx, first_tus, last_tus, count, data) VALUES(?::uuid, ?, ?, ?, ?, ?, ?)"
              " ON CONFLICT DO NOTHING"_s);
    bool more = blocks.next();
    while (more) {
        PushTransaction tx(db);
        if (!tx.begun())
            return archiveError(u"BEGIN"_s, db.lastError(), db);
        int inThis = 0;
        qint64 samplesInThis = 0;
        for (; more && inThis < perTransaction; more = blocks.next()) {
            const int channel = blocks.value(0).toInt();
            const qint64 idx = blocks.value(1).toLongLong();
            if (present.contains({channel, idx}))
                continue;
            q.addBindValue(id);
            q.addBindValue(channel);
            q.addBindValue(idx);
            q.addBindValue(blocks.value(2).toLongLong());
            q.addBindValue(blocks.value(3).toLongLong());
            q.addBindValue(blocks.value(4).toInt());
            q.addBindValue(blocks.value(5).toByteArray());
            if (auto r = exec(db, q, PushTr::tr("a block of samples")); !r)
                return r.error();
            ++inThis;
            samplesInThis += blocks.value(4).toLongLong();
        }
        if (inThis == 0)
            break;
        if (!tx.commit())
            return archiveError(u"COMMIT"_s, db.lastError(), db);
        report.chunks += inThis;
        report.samples += samplesInThis;
        progress.chunksSent += inThis;
        if (options.progress)
            options.progress(progress);
    }
    blocks.finish();

    auto hash = reader.contentHash();
    q.prepare(u"UPDATE run SET complete = true, archived_utc = now(), content_hash = ? WHERE uuid = ?::uuid"_s);
    q.addBindValue(hash ? QVariant(QString::fromLatin1(*hash)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(id);
    if (auto r = exec(db, q, PushTr::tr("the run")); !r)
        return r.error();
    return true;
}

Result<PushReport> pushAll(ArchiveConnection &archive, const PushOptions &options)
{
    PushReport report;
    QSqlDatabase db = archive.database();
    if (auto r = upsertWorkstation(db, options.workstation); !r)
        return r.error();
    for (const Records::RunSummary &summary : Records::RunCatalog::list(options.recordsFolder)) {
        if (!summary.isReadable()) {
            ++report.runsUnreadable;
            report.problems.append(PushTr::tr("%1: %2").arg(QFileInfo(summary.filePath).fileName(), summary.error));
            continue;
        }
        if (summary.info.endReason == Records::EndReason::Unfinished) {
            ++report.runsUnfinished;
            continue;
        }
        auto pushed = pushRecord(archive, summary.filePath, options, report);
        if (!pushed) {
            if (pushed.error().code == Error::Code::BadFile) {
                ++report.runsUnreadable;
                report.problems.append(PushTr::tr("%1: %2").arg(QFileInfo(summary.filePath).fileName(), pushed.error().message));
                continue;
            }
            return pushed.error();
        }
        if (*pushed)
            ++report.runsSent;
        else
            ++report.runsAlreadyArchived;
    }
    if (auto r = pushCalibrations(archive, options.calibrationPath, options.workstation, report); !r) {
        if (r.error().code != Error::Code::BadFile)
            return r.error();
        report.problems.append(r.error().message);
    }
    if (auto r = pushAudit(db, options, report); !r)
        return r.error();
    return report;
}

} // namespace PumpStudio::Archive
