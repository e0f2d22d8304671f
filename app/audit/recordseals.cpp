// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "audit/recordseals.h"

#include "audit/audittrail.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Audit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

const QString kSealedAction = u"sealed"_s;

std::optional<SealEntry> latest(const QList<AuditEntry> &entries)
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->details.value(u"event"_s).toString() == kSealedAction)
            return SealEntry{it->seq, it->details.value(u"contentHash"_s).toString().toLatin1(), it->timeUtc, it->action};
    }
    return std::nullopt;
}
} // namespace

Result<AuditEntry> appendSeal(AuditTrail &trail, const Actor &actor, const QString &fileName, const QDateTime &startUtc,
                              const QByteArray &contentHash, const QString &endReason, const QString &note)
{
    AuditDraft draft;
    draft.kind = Kind::Record;
    draft.target = fileName;
    draft.action = note.isEmpty() ? Tr::tr("Run record finished and sealed") : note;
    draft.newValue = QString::fromLatin1(contentHash);
    draft.details = QJsonObject{{u"event"_s, kSealedAction},
                                {u"startUtc"_s, startUtc.toUTC().toString(Qt::ISODateWithMs)},
                                {u"contentHash"_s, QString::fromLatin1(contentHash)},
                                {u"endReason"_s, endReason}};
    return trail.append(actor, draft);
}

Result<std::optional<SealEntry>> sealFor(const AuditTrail &trail, const QString &fileName, const QDateTime &startUtc)
{
    auto byName = trail.entriesFor(Kind::Record, fileName);
    if (!byName)
        return byName.error();
    if (auto seal = latest(*byName))
        return seal;
    auto byStart = trail.entriesWith(Kind::Record, u"startUtc"_s, startUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!byStart)
        return byStart.error();
    return latest(*byStart);
}

Result<QStringList> sealedFileNames(const AuditTrail &trail)
{
    AuditFilter filter;
    filter.kinds = {Kind::Record};
    auto entries = trail.entries(filter);
    if (!entries)
        return entries.error();
    QStringList names;
    for (const AuditEntry &e : std::as_const(*entries)) {
        if (e.details.value(u"event"_s).toString() == kSealedAction && !names.contains(e.target))
            names.append(e.target);
    }
    return names;
}

SealVerdict judgeSeal(const std::optional<SealEntry> &seal, const QByteArray &actualHash)
{
    SealVerdict v;
    v.seal = seal;
    v.actualHash = actualHash;
    if (!seal)
        v.state = SealState::NotSealed;
    else
        v.state = seal->contentHash == actualHash ? SealState::Verified : SealState::Changed;
    return v;
}

QString SealVerdict::text() const
{
    switch (state) {
    case SealState::Verified: return Tr::tr("verified");
    case SealState::Changed: return Tr::tr("changed after it was finished");
    case SealState::NotSealed: return Tr::tr("not sealed");
    }
    return {};
}

QString SealVerdict::token() const
{
    switch (state) {
    case SealState::Verified: return u"verified"_s;
    case SealState::Changed: return u"changed"_s;
    case SealState::NotSealed: return u"not-sealed"_s;
    }
    return {};
}

} // namespace PumpStudio::Audit
