// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/actor.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace PumpStudio::Audit {

/// The kinds of entries, as stable tokens stored in the trail (never translated). QStringLiteral:
/// static data, nothing is allocated to initialise them.
namespace Kind {
inline const QString PumpCommand = QStringLiteral("pump-command");   ///< a command sent to a pump (a page, pumpctl, the demo)
inline const QString ProfileRun = QStringLiteral("profile-run");     ///< a profile started, its steps and setpoints, its end
inline const QString PumpConfig = QStringLiteral("pump-config");     ///< pumps added or removed, addresses, serial settings, polling
inline const QString AlarmLimits = QStringLiteral("alarm-limits");   ///< alarm limits of a pump or sensor
inline const QString Alarm = QStringLiteral("alarm");                ///< raised, cleared, acknowledged
inline const QString Profile = QStringLiteral("profile");            ///< profile files: saved, deleted, imported, approval withdrawn
inline const QString ModelFile = QStringLiteral("model-file");       ///< model files added or changed
inline const QString Calibration = QStringLiteral("calibration");
inline const QString Account = QStringLiteral("account");            ///< accounts created, roles, names, enabled, passwords
inline const QString Mode = QStringLiteral("mode");                  ///< open or controlled
inline const QString Policy = QStringLiteral("policy");              ///< password rules, lock-out, log-off, reasons
inline const QString Session = QStringLiteral("session");            ///< log-in, log-out, failed log-in, lock-out, switch user
inline const QString Export = QStringLiteral("export");              ///< records, reports and the trail written out
inline const QString Signature = QStringLiteral("signature");        ///< electronic signatures
inline const QString Record = QStringLiteral("record");              ///< run records sealed, marked interrupted
inline const QString Trail = QStringLiteral("trail");                ///< the trail itself (created)
inline const QString Settings = QStringLiteral("settings");          ///< workstation settings: the lab network (broker, archive)
}

/// Every kind, in the order the Audit page lists them.
QStringList allKinds();
/// A kind in words for people.
QString kindText(const QString &kind);

/// What a caller asks to be written; the trail adds the time, the actor, the sequence and hashes.
struct AuditDraft
{
    QString kind;
    QString target;     ///< what it was done to: a pump's name, a profile's file, an account id
    QString action;     ///< what was done, in words ("Speed 45 rpm", "role changed")
    QString oldValue;
    QString newValue;
    QString reason;     ///< why, where the policy asks for one
    QJsonObject details;  ///< machine-readable extras (pump id, owner, content hash, ...)
};

/// One entry of the trail as stored. `hash` is SHA-256 over every other field (see
/// canonicalBytes()), `previousHash` the hash of the entry before it: a changed, deleted,
/// inserted or reordered entry breaks the chain.
struct AuditEntry
{
    qint64 seq = 0;               ///< 1, 2, 3, ... without gaps
    QDateTime timeUtc;            ///< UTC, millisecond precision
    int utcOffsetSeconds = 0;     ///< the workstation's local offset at that time
    Actor actor;
    QString kind;
    QString target;
    QString action;
    QString oldValue;
    QString newValue;
    QString reason;
    QJsonObject details;
    QByteArray previousHash;      ///< hex; 64 zeros for the first entry
    QByteArray hash;              ///< hex

    /// The time with the local offset as it was: "2026-03-01T10:15:00.123+01:00".
    QString localTimeText() const;
};

/// The hash of the entry before the first.
QByteArray genesisHash();
/// The bytes hashed: a version tag and every field but `hash`, each length-prefixed, so no two
/// different entries give the same bytes.
QByteArray canonicalBytes(const AuditEntry &entry);
/// SHA-256 of canonicalBytes(), hex.
QByteArray computeHash(const AuditEntry &entry);

} // namespace PumpStudio::Audit

Q_DECLARE_METATYPE(PumpStudio::Audit::AuditEntry)
