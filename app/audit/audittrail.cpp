// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "audit/audittrail.h"

#include "core/logging.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Audit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

std::atomic<quint64> s_nextConnection{1};

constexpr qint32 kApplicationId = 0x50534154;  // "PSAT": PumpStudio audit trail
constexpr int kFormatVersion = 1;

const QString kColumns = u"seq, time_utc, utc_offset_s, user_id, user_name, role, os_user, workstation, kind,"
                         " target, action, old_value, new_value, reason, details, prev_hash, hash"_s;

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return makeError(Error::Code::Io, u"%1: %2"_s.arg(what, query.lastError().text()));
}

QString text(const QJsonObject &details)
{
    return details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

AuditEntry fromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.timeUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
    e.utcOffsetSeconds = q.value(2).toInt();
    e.actor.userId = q.value(3).toString();
    e.actor.fullName = q.value(4).toString();
    e.actor.role = q.value(5).toString();
    e.actor.osUser = q.value(6).toString();
    e.actor.workstation = q.value(7).toString();
    e.kind = q.value(8).toString();
    e.target = q.value(9).toString();
    e.action = q.value(10).toString();
    e.oldValue = q.value(11).toString();
    e.newValue = q.value(12).toString();
    e.reason = q.value(13).toString();
    e.details = QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object();
    e.previousHash = q.value(15).toString().toLatin1();
    e.hash = q.value(16).toString().toLatin1();
    return e;
}
} // namespace

AuditTrail::AuditTrail(QObject *parent)
    : QObject(parent), m_connection(u"pumpstudio-audit-%1"_s.arg(s_nextConnection.fetch_add(1))), m_clock(systemClock())
{
    qRegisterMetaType<PumpStudio::Audit::AuditEntry>();
}

AuditTrail::~AuditTrail() { close(); }

QString AuditTrail::defaultPath() { return QDir(Paths::privateSubdir(u"audit"_s)).filePath(u"trail.sqlite"_s); }

bool AuditTrail::isOpen() const { return !m_path.isEmpty(); }

QString AuditTrail::path() const { return m_path; }

void AuditTrail::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
}

Result<void> AuditTrail::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    const bool created = !info.exists();
    if (created) {
        // Made empty and owner-only before SQLite writes a byte: its -wal and -shm files take
        // the database file's permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(Error::Code::Io, Tr::tr("Cannot create the audit trail %1: %2").arg(path, file.errorString()));
    }
    Paths::makeOwnerOnly(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (!db.isValid())
        return makeError(Error::Code::Unsupported, Tr::tr("The SQLite driver for Qt is not installed."));
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    const auto fail = [&](const Error &error) -> Result<void> {
        close();
        return error;
    };
    if (!db.open())
        return fail(makeError(Error::Code::Io, Tr::tr("Cannot open the audit trail %1: %2").arg(path, db.lastError().text())));
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return fail(makeError(Error::Code::BadFile, Tr::tr("%1 is not a PumpStudio audit trail.").arg(path)));
    const qint32 appId = q.value(0).toInt();
    q.finish();
    if (appId != 0 && appId != kApplicationId)
        return fail(makeError(Error::Code::BadFile, Tr::tr("%1 is not a PumpStudio audit trail.").arg(path)));
    for (const QString &sql : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s}) {
        if (!q.exec(sql))
            return fail(sqlError(Tr::tr("Cannot open the audit trail %1").arg(path), q));
    }
    q.finish();
    if (appId == 0) {
        const QStringList schema{
            u"PRAGMA application_id = %1"_s.arg(kApplicationId),
            u"PRAGMA user_version = %1"_s.arg(kFormatVersion),
            u"CREATE TABLE IF NOT EXISTS entry(seq INTEGER PRIMARY KEY, time_utc TEXT NOT NULL, utc_offset_s INTEGER"
            " NOT NULL, user_id TEXT, user_name TEXT, role TEXT, os_user TEXT, workstation TEXT, kind TEXT NOT NULL,"
            " target TEXT, action TEXT, old_value TEXT, new_value TEXT, reason TEXT, details TEXT, prev_hash TEXT"
            " NOT NULL, hash TEXT NOT NULL)"_s,
            u"CREATE INDEX IF NOT EXISTS entry_time ON entry(time_utc)"_s,
            u"CREATE INDEX IF NOT EXISTS entry_kind_target ON entry(kind, target)"_s,
        };
        for (const QString &sql : schema) {
            if (!q.exec(sql))
                return fail(sqlError(Tr::tr("Cannot create the audit trail %1").arg(path), q));
        }
    } else {
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return fail(sqlError(Tr::tr("Cannot open the audit trail %1").arg(path), q));
        if (q.value(0).toInt() > kFormatVersion) {
            return fail(makeError(Error::Code::BadFile,
                                  Tr::tr("The audit trail %1 was written by a newer PumpStudio. Please update PumpStudio.").arg(path)));
        }
    }
    q.finish();
    m_path = path;
    auto n = count();
    if (!n)
        return fail(n.error());
    if (*n == 0) {
        AuditDraft draft;
        draft.kind = Kind::Trail;
        draft.target = QFileInfo(path).fileName();
        draft.action = Tr::tr("Audit trail created");
        if (auto first = append(systemActor(), draft); !first)
            return fail(first.error());
    }
    return {};
}

Result<AuditEntry> AuditTrail::append(const Actor &actor, const AuditDraft &draft)
{
    if (!isOpen())
        return makeError(Error::Code::Io, Tr::tr("The audit trail is not open: nothing can be recorded."));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // The write lock first: another program appending now waits, so the chain stays one line.
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return sqlError(Tr::tr("Cannot write to the audit trail"), q);
    const auto rollback = [&](const Error &error) -> Result<AuditEntry> {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        Logging::get("audit")->error("audit entry not written: {}", error.message);
        return error;
    };
    AuditEntry e;
    if (!q.exec(u"SELECT seq, hash FROM entry ORDER BY seq DESC LIMIT 1"_s))
        return rollback(sqlError(Tr::tr("Cannot read the audit trail"), q));
    if (q.next()) {
        e.seq = q.value(0).toLongLong() + 1;
        e.previousHash = q.value(1).toString().toLatin1();
    } else {
        e.seq = 1;
        e.previousHash = genesisHash();
    }
    q.finish();
    const QDateTime now = m_clock();
    e.timeUtc = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    e.utcOffsetSeconds = now.toLocalTime().offsetFromUtc();
    e.actor = actor;
    if (e.actor.osUser.isEmpty())
        e.actor.osUser = osUserName();
    if (e.actor.workstation.isEmpty())
        e.actor.workstation = workstationName();
    e.kind = draft.kind;
    e.target = draft.target;
    e.action = draft.action;
    e.oldValue = draft.oldValue;
    e.newValue = draft.newValue;
    e.reason = draft.reason;
    e.details = draft.details;
    e.hash = computeHash(e);
    q.prepare(u"INSERT INTO entry(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kColumns));
    const QVariantList values{e.seq, e.timeUtc.toString(Qt::ISODateWithMs), e.utcOffsetSeconds, e.actor.userId,
                              e.actor.fullName, e.actor.role, e.actor.osUser, e.actor.workstation, e.kind, e.target,
                              e.action, e.oldValue, e.newValue, e.reason, text(e.details),
                              QString::fromLatin1(e.previousHash), QString::fromLatin1(e.hash)};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return rollback(sqlError(Tr::tr("Cannot write to the audit trail"), q));
    q.finish();
    if (!q.exec(u"COMMIT"_s))
        return rollback(sqlError(Tr::tr("Cannot write to the audit trail"), q));
    Q_EMIT appended(e);
    return e;
}

Result<QList<AuditEntry>> AuditTrail::select(const QString &where, const QVariantList &values, const QString &tail) const
{
    if (!isOpen())
        return makeError(Error::Code::Io, Tr::tr("The audit trail is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    const QString sql = u"SELECT %1 FROM entry %2 %3"_s.arg(kColumns, where.isEmpty() ? QString() : u"WHERE "_s + where, tail);
    if (!q.prepare(sql))
        return sqlError(Tr::tr("Cannot read the audit trail"), q);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlError(Tr::tr("Cannot read the audit trail"), q);
    QList<AuditEntry> out;
    while (q.next())
        out.append(fromRow(q));
    if (q.lastError().isValid())
        return sqlError(Tr::tr("Cannot read the audit trail"), q);
    return out;
}

Result<QList<AuditEntry>> AuditTrail::entries(const AuditFilter &filter, qint64 limit) const
{
    // Time and kind narrow the rows in SQL; the rest is the one predicate.
    QStringList where;
    QVariantList values;
    if (filter.since.isValid()) {
        where.append(u"time_utc >= ?"_s);
        values.append(filter.since.toUTC().toString(Qt::ISODateWithMs));
    }
    if (filter.until.isValid()) {
        where.append(u"time_utc < ?"_s);
        values.append(filter.until.toUTC().toString(Qt::ISODateWithMs));
    }
    auto rows = select(where.join(u" AND "_s), values, u"ORDER BY seq"_s);
    if (!rows)
        return rows;
    QList<AuditEntry> out;
    for (const AuditEntry &e : std::as_const(*rows)) {
        if (matches(e, filter))
            out.append(e);
    }
    if (limit > 0 && out.size() > limit)
        out = out.mid(out.size() - limit);
    return out;
}

Result<QList<AuditEntry>> AuditTrail::entriesFor(const QString &kind, const QString &target) const
{
    return select(u"kind = ? AND target = ?"_s, {kind, target}, u"ORDER BY seq"_s);
}

Result<QList<AuditEntry>> AuditTrail::entriesWith(const QString &kind, const QString &key, const QString &value) const
{
    auto rows = select(u"kind = ? AND instr(details, ?) > 0"_s, {kind, value}, u"ORDER BY seq"_s);
    if (!rows)
        return rows;
    QList<AuditEntry> out;
    for (const AuditEntry &e : std::as_const(*rows)) {
        if (e.details.value(key).toString() == value)
            out.append(e);
    }
    return out;
}

Result<qint64> AuditTrail::count() const
{
    if (!isOpen())
        return makeError(Error::Code::Io, Tr::tr("The audit trail is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"SELECT count(*) FROM entry"_s) || !q.next())
        return sqlError(Tr::tr("Cannot read the audit trail"), q);
    return q.value(0).toLongLong();
}

Result<VerifyReport> AuditTrail::verify() const
{
    if (!isOpen())
        return makeError(Error::Code::Io, Tr::tr("The audit trail is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // In the order of their numbers: a gap is a deleted entry, a number out of its place (or its
    // content, which includes the number, not matching its hash) a moved or inserted one.
    if (!q.exec(u"SELECT %1 FROM entry ORDER BY seq"_s.arg(kColumns)))
        return sqlError(Tr::tr("Cannot read the audit trail"), q);
    VerifyReport report;
    QByteArray previous = genesisHash();
    qint64 expected = 1;
    const auto broken = [&](qint64 seq, const QString &problem) {
        report.intact = false;
        report.brokenSeq = seq;
        report.problem = problem;
    };
    while (q.next()) {
        const AuditEntry e = fromRow(q);
        ++report.checked;
        if (e.seq != expected) {
            if (e.seq > expected)
                broken(expected, expected + 1 == e.seq
                                     ? Tr::tr("Entry %1 is missing: it was deleted (the next entry is %2).").arg(expected).arg(e.seq)
                                     : Tr::tr("Entries %1 to %2 are missing: they were deleted.").arg(expected).arg(e.seq - 1));
            else
                broken(e.seq, Tr::tr("Entry %1 is out of place (expected entry %2 here): entries were inserted or reordered.")
                                  .arg(e.seq).arg(expected));
            break;
        }
        if (computeHash(e) != e.hash) {
            // Its content may be whole but written under another number: then entries were
            // moved, inserted or deleted (and the rest renumbered) rather than edited.
            AuditEntry shifted = e;
            shifted.seq = e.seq + 1;
            const bool wasNext = computeHash(shifted) == e.hash;
            shifted.seq = e.seq - 1;
            const bool wasPrevious = computeHash(shifted) == e.hash;
            if (wasNext)
                broken(e.seq, Tr::tr("Entry %1 holds what was written as entry %2: an entry before it was deleted, or entries "
                                     "were reordered.").arg(e.seq).arg(e.seq + 1));
            else if (wasPrevious)
                broken(e.seq - 1, Tr::tr("Entry %1 was inserted: the entry after it was written as number %1.").arg(e.seq - 1));
            else
                broken(e.seq, Tr::tr("Entry %1 was changed after it was written (its content does not match its hash).").arg(e.seq));
            break;
        }
        if (e.previousHash != previous) {
            broken(e.seq, e.seq == 1 ? Tr::tr("Entry 1 is not the start of the trail: entries before it were removed or it was replaced.")
                                     : Tr::tr("Entry %1 does not follow entry %2: entry %2 was changed, or entries were inserted "
                                              "or removed between them.")
                                           .arg(e.seq).arg(e.seq - 1));
            break;
        }
        previous = e.hash;
        report.lastSeq = e.seq;
        ++expected;
    }
    if (q.lastError().isValid())
        return sqlError(Tr::tr("Cannot read the audit trail"), q);
    if (report.intact && report.checked == 0)
        broken(1, Tr::tr("The audit trail is empty: even its first entry was removed."));
    if (report.intact)
        report.headHash = previous;
    return report;
}

Result<QList<Signature>> AuditTrail::signatures(const QString &subject) const
{
    auto rows = entriesFor(Kind::Signature, subject);
    if (!rows)
        return rows.error();
    QList<Signature> out;
    for (const AuditEntry &e : std::as_const(*rows)) {
        if (auto s = signatureFrom(e))
            out.append(*s);
    }
    return out;
}

} // namespace PumpStudio::Audit
