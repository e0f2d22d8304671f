// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "audit/auditentry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Audit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

void put(QByteArray &out, const QByteArray &field)
{
    const auto size = quint32(field.size());
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char(quint8(size >> shift)));
    out.append(field);
}

void put(QByteArray &out, const QString &field) { put(out, field.toUtf8()); }
} // namespace

QStringList allKinds()
{
    return {Kind::PumpCommand, Kind::ProfileRun, Kind::PumpConfig, Kind::AlarmLimits,
            Kind::Alarm,       Kind::Profile,    Kind::ModelFile,  Kind::Calibration,
            Kind::Account,     Kind::Mode,       Kind::Policy,     Kind::Session,
            Kind::Export,      Kind::Signature,  Kind::Record,     Kind::Trail,
            Kind::Settings};
}

QString kindText(const QString &kind)
{
    if (kind == Kind::PumpCommand) return Tr::tr("Pump command");
    if (kind == Kind::ProfileRun) return Tr::tr("Profile run");
    if (kind == Kind::PumpConfig) return Tr::tr("Pump configuration");
    if (kind == Kind::AlarmLimits) return Tr::tr("Alarm limits");
    if (kind == Kind::Alarm) return Tr::tr("Alarm");
    if (kind == Kind::Profile) return Tr::tr("Profile");
    if (kind == Kind::ModelFile) return Tr::tr("Model file");
    if (kind == Kind::Calibration) return Tr::tr("Calibration");
    if (kind == Kind::Account) return Tr::tr("Account");
    if (kind == Kind::Mode) return Tr::tr("Mode");
    if (kind == Kind::Policy) return Tr::tr("Policy");
    if (kind == Kind::Session) return Tr::tr("Log-in and log-out");
    if (kind == Kind::Export) return Tr::tr("Export");
    if (kind == Kind::Signature) return Tr::tr("Signature");
    if (kind == Kind::Record) return Tr::tr("Run record");
    if (kind == Kind::Trail) return Tr::tr("Audit trail");
    if (kind == Kind::Settings) return Tr::tr("Settings");
    return kind;
}

QString AuditEntry::localTimeText() const
{
    return timeUtc.toOffsetFromUtc(utcOffsetSeconds).toString(Qt::ISODateWithMs);
}

QByteArray genesisHash() { return QByteArray(64, '0'); }

QByteArray canonicalBytes(const AuditEntry &e)
{
    QByteArray out("PSAUDIT1");
    put(out, QByteArray::number(e.seq));
    put(out, e.timeUtc.toUTC().toString(Qt::ISODateWithMs));
    put(out, QByteArray::number(e.utcOffsetSeconds));
    put(out, e.actor.userId);
    put(out, e.actor.fullName);
    put(out, e.actor.role);
    put(out, e.actor.osUser);
    put(out, e.actor.workstation);
    put(out, e.kind);
    put(out, e.target);
    put(out, e.action);
    put(out, e.oldValue);
    put(out, e.newValue);
    put(out, e.reason);
    put(out, e.details.isEmpty() ? QByteArray() : QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    put(out, e.previousHash);
    return out;
}

QByteArray computeHash(const AuditEntry &entry)
{
    return QCryptographicHash::hash(canonicalBytes(entry), QCryptographicHash::Sha256).toHex();
}

} // namespace PumpStudio::Audit
