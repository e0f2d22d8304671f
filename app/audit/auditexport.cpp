// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "audit/auditexport.h"

#include "core/paths.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QFile>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Audit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}
} // namespace

QJsonObject toJson(const AuditEntry &e)
{
    return QJsonObject{{u"seq"_s, e.seq},
                       {u"timeUtc"_s, e.timeUtc.toString(Qt::ISODateWithMs)},
                       {u"timeLocal"_s, e.localTimeText()},
                       {u"utcOffsetS"_s, e.utcOffsetSeconds},
                       {u"userId"_s, e.actor.userId},
                       {u"userName"_s, e.actor.fullName},
                       {u"role"_s, e.actor.role},
                       {u"osUser"_s, e.actor.osUser},
                       {u"workstation"_s, e.actor.workstation},
                       {u"kind"_s, e.kind},
                       {u"target"_s, e.target},
                       {u"action"_s, e.action},
                       {u"oldValue"_s, e.oldValue},
                       {u"newValue"_s, e.newValue},
                       {u"reason"_s, e.reason},
                       {u"details"_s, e.details},
                       {u"previousHash"_s, QString::fromLatin1(e.previousHash)},
                       {u"hash"_s, QString::fromLatin1(e.hash)}};
}

QJsonArray toJson(const QList<AuditEntry> &entries)
{
    QJsonArray array;
    for (const AuditEntry &e : entries)
        array.append(toJson(e));
    return array;
}

QByteArray toCsv(const QList<AuditEntry> &entries)
{
    QString out = u"seq,time_utc,time_local,user_id,user_name,role,os_user,workstation,kind,target,action,old_value,"
                  "new_value,reason,details,previous_hash,hash\r\n"_s;
    for (const AuditEntry &e : entries) {
        const QStringList fields{QString::number(e.seq), e.timeUtc.toString(Qt::ISODateWithMs), e.localTimeText(),
                                 e.actor.userId, e.actor.fullName, e.actor.role, e.actor.osUser, e.actor.workstation,
                                 e.kind, e.target, e.action, e.oldValue, e.newValue, e.reason,
                                 e.details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)),
                                 QString::fromLatin1(e.previousHash), QString::fromLatin1(e.hash)};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

Result<void> exportEntries(const QList<AuditEntry> &entries, const QString &path, bool json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    file.write(json ? QJsonDocument(toJson(entries)).toJson(QJsonDocument::Indented) : toCsv(entries));
    if (!file.commit())
        return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace PumpStudio::Audit
