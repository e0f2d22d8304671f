// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/auditentry.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace PumpStudio::Audit {

/// What a signature means (stored as a stable token).
enum class Meaning { Approved, Reviewed, CalibrationPerformed, CalibrationChecked };

QString meaningToken(Meaning meaning);
std::optional<Meaning> meaningFromToken(const QString &token);
/// In words for people and reports: "approved", "reviewed", "performed the calibration", ...
QString meaningText(Meaning meaning);

/// An electronic signature as the trail holds it: who (the printed name and the account), when,
/// what it means, and the content hash of exactly what was signed, so it cannot be moved to
/// another record or survive a change of the one it was given to.
struct Signature
{
    qint64 seq = 0;            ///< the trail entry
    Meaning meaning = Meaning::Approved;
    QString subject;           ///< "profile:rinse.json", "run:run-20260301-101500.psrun", "calibration:..."
    QByteArray contentHash;    ///< hex SHA-256 of what was signed
    QString signerId;
    QString signerName;        ///< the printed name
    QString signerRole;
    QDateTime timeUtc;
    int utcOffsetSeconds = 0;

    /// "Approved by Jane Doe (jdoe) on 2026-03-01 10:15:00 UTC+01:00".
    QString text() const;
};

/// The signature an entry of kind Signature holds; nothing for any other entry.
std::optional<Signature> signatureFrom(const AuditEntry &entry);

/// The details a signature entry stores.
QJsonObject signatureDetails(Meaning meaning, const QString &subject, const QByteArray &contentHash);

/// "UTC+01:00".
QString utcOffsetText(int seconds);

} // namespace PumpStudio::Audit
