// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/auditentry.h"
#include "audit/auditfilter.h"
#include "audit/clock.h"
#include "audit/signature.h"
#include "core/result.h"

#include <QObject>

#include <optional>

namespace PumpStudio::Audit {

/// What verify() found.
struct VerifyReport
{
    qint64 checked = 0;        ///< entries read
    bool intact = true;
    qint64 brokenSeq = 0;      ///< the first entry that is wrong (or stands where one is missing)
    QString problem;           ///< what is wrong with it, for people
    qint64 lastSeq = 0;        ///< the last entry of an intact trail
    QByteArray headHash;       ///< its hash: QA can write it down and compare later (a cut-off tail)
};

/// The audit trail: an append-only SQLite file (WAL) in the data folder, owner-only (0600 in a
/// 0700 folder), shared by the GUI and pumpctl. Each entry stores the SHA-256 of the one before
/// it, so verify() finds any entry changed, deleted, inserted or moved with SQL and names the
/// first. Appends take SQLite's write lock first (BEGIN IMMEDIATE), so two programs appending
/// at once still make one chain.
///
/// An append is one small row written on the caller's thread before the action it records goes
/// ahead: an action that cannot be audited is refused rather than done unaudited.
class AuditTrail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTrail)

public:
    explicit AuditTrail(QObject *parent = nullptr);
    ~AuditTrail() override;

    /// The data folder's audit/trail.sqlite.
    static QString defaultPath();

    /// Opens (creating) the trail at `path`; a new trail's first entry says it was created.
    Result<void> open(const QString &path);
    bool isOpen() const;
    QString path() const;
    void close();

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    /// Writes one entry as `actor`; the entry as stored (with its sequence number and hash).
    Result<AuditEntry> append(const Actor &actor, const AuditDraft &draft);

    /// Entries matching `filter`, oldest first (`limit` > 0: only the newest that many).
    Result<QList<AuditEntry>> entries(const AuditFilter &filter = {}, qint64 limit = 0) const;
    /// Entries of one kind about one target, oldest first.
    Result<QList<AuditEntry>> entriesFor(const QString &kind, const QString &target) const;
    /// Entries of a kind whose details hold `key` = `value`, oldest first.
    Result<QList<AuditEntry>> entriesWith(const QString &kind, const QString &key, const QString &value) const;
    Result<qint64> count() const;

    /// Re-computes the whole chain.
    Result<VerifyReport> verify() const;

    /// Signatures given to `subject`, oldest first.
    Result<QList<Signature>> signatures(const QString &subject) const;

Q_SIGNALS:
    void appended(const PumpStudio::Audit::AuditEntry &entry);

private:
    Result<QList<AuditEntry>> select(const QString &where, const QVariantList &values, const QString &tail) const;

    QString m_connection;
    QString m_path;
    Clock m_clock;
};

} // namespace PumpStudio::Audit
