// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "audit/signature.h"

#include <QCoreApplication>
#include <QTime>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Audit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Signature)
};
} // namespace

QString meaningToken(Meaning meaning)
{
    switch (meaning) {
    case Meaning::Approved: return u"approved"_s;
    case Meaning::Reviewed: return u"reviewed"_s;
    case Meaning::CalibrationPerformed: return u"calibration-performed"_s;
    case Meaning::CalibrationChecked: return u"calibration-checked"_s;
    }
    return {};
}

std::optional<Meaning> meaningFromToken(const QString &token)
{
    for (Meaning m : {Meaning::Approved, Meaning::Reviewed, Meaning::CalibrationPerformed, Meaning::CalibrationChecked}) {
        if (meaningToken(m) == token)
            return m;
    }
    return std::nullopt;
}

QString meaningText(Meaning meaning)
{
    switch (meaning) {
    case Meaning::Approved: return Tr::tr("approved");
    case Meaning::Reviewed: return Tr::tr("reviewed");
    case Meaning::CalibrationPerformed: return Tr::tr("performed the calibration");
    case Meaning::CalibrationChecked: return Tr::tr("checked the calibration");
    }
    return {};
}

QString utcOffsetText(int seconds)
{
    return u"UTC"_s + (seconds < 0 ? u"-"_s : u"+"_s) + QTime(0, 0).addSecs(std::abs(seconds)).toString(u"HH:mm"_s);
}

QString Signature::text() const
{
    const QString when = timeUtc.toOffsetFromUtc(utcOffsetSeconds).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u' '
                         + utcOffsetText(utcOffsetSeconds);
    const QString who = signerName.isEmpty() || signerName == signerId ? signerId : u"%1 (%2)"_s.arg(signerName, signerId);
    switch (meaning) {
    case Meaning::Approved: return Tr::tr("Approved by %1 on %2").arg(who, when);
    case Meaning::Reviewed: return Tr::tr("Reviewed by %1 on %2").arg(who, when);
    case Meaning::CalibrationPerformed: return Tr::tr("Calibration performed by %1 on %2").arg(who, when);
    case Meaning::CalibrationChecked: return Tr::tr("Calibration checked by %1 on %2").arg(who, when);
    }
    return {};
}

QJsonObject signatureDetails(Meaning meaning, const QString &subject, const QByteArray &contentHash)
{
    return QJsonObject{{u"meaning"_s, meaningToken(meaning)},
                       {u"subject"_s, subject},
                       {u"contentHash"_s, QString::fromLatin1(contentHash)}};
}

std::optional<Signature> signatureFrom(const AuditEntry &entry)
{
    if (entry.kind != Kind::Signature)
        return std::nullopt;
    const auto meaning = meaningFromToken(entry.details.value(u"meaning"_s).toString());
    if (!meaning)
        return std::nullopt;
    Signature s;
    s.seq = entry.seq;
    s.meaning = *meaning;
    s.subject = entry.details.value(u"subject"_s).toString();
    s.contentHash = entry.details.value(u"contentHash"_s).toString().toLatin1();
    s.signerId = entry.actor.userId;
    s.signerName = entry.actor.fullName;
    s.signerRole = entry.actor.role;
    s.timeUtc = entry.timeUtc;
    s.utcOffsetSeconds = entry.utcOffsetSeconds;
    return s;
}

} // namespace PumpStudio::Audit
