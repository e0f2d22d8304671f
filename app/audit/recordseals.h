// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/actor.h"
#include "audit/auditentry.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace PumpStudio::Audit {

class AuditTrail;

/// A run record's seal as the trail keeps it (an entry of kind Record with the content hash).
struct SealEntry
{
    qint64 seq = 0;
    QByteArray contentHash;
    QDateTime timeUtc;
    QString note;
};

/// Writes the seal of a finished record: target = its file name, details = start, hash, end.
Result<AuditEntry> appendSeal(AuditTrail &trail, const Actor &actor, const QString &fileName, const QDateTime &startUtc,
                              const QByteArray &contentHash, const QString &endReason, const QString &note);
/// The latest seal of a record, found by its file name, or by its start time when it was renamed.
Result<std::optional<SealEntry>> sealFor(const AuditTrail &trail, const QString &fileName, const QDateTime &startUtc);
/// File names of every sealed record.
Result<QStringList> sealedFileNames(const AuditTrail &trail);

/// What opening a record says about it.
enum class SealState { Verified, Changed, NotSealed };
struct SealVerdict
{
    SealState state = SealState::NotSealed;
    std::optional<SealEntry> seal;
    QByteArray actualHash;

    /// "verified", "changed after it was finished", "not sealed", in words for people.
    QString text() const;
    /// "verified", "changed", "not-sealed": stable words for JSON.
    QString token() const;
};
SealVerdict judgeSeal(const std::optional<SealEntry> &seal, const QByteArray &actualHash);

} // namespace PumpStudio::Audit
