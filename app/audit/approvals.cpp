// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "audit/approvals.h"

#include "audit/audittrail.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Audit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileApproval)
};
} // namespace

QString withdrawnHashKey() { return u"withdrawnHash"_s; }

QString Approval::text() const
{
    switch (state) {
    case State::Approved: return signature ? signature->text() : Tr::tr("Approved");
    case State::Withdrawn: return Tr::tr("Approval withdrawn: %1").arg(withdrawal);
    case State::NotApproved: return Tr::tr("Not approved");
    }
    return {};
}

Approval approvalOf(const AuditTrail &trail, const QByteArray &contentHash, const QString &subject)
{
    Approval approval;
    std::optional<Signature> signature;
    if (auto signed_ = trail.entriesWith(Kind::Signature, u"contentHash"_s, QString::fromLatin1(contentHash))) {
        for (const AuditEntry &e : std::as_const(*signed_)) {
            if (auto s = signatureFrom(e); s && s->meaning == Meaning::Approved)
                signature = s;
        }
    }
    std::optional<AuditEntry> withdrawal;
    if (auto withdrawn = trail.entriesWith(Kind::Profile, withdrawnHashKey(), QString::fromLatin1(contentHash)); withdrawn && !withdrawn->isEmpty())
        withdrawal = withdrawn->constLast();
    if (signature && (!withdrawal || withdrawal->seq < signature->seq)) {
        approval.state = Approval::State::Approved;
        approval.signature = signature;
        return approval;
    }
    if (!withdrawal && !subject.isEmpty()) {
        // This content was never approved; its file may have been, before the edit that made it.
        if (auto history = trail.entriesFor(Kind::Profile, QFileInfo(subject.mid(8)).fileName()); history) {
            for (auto it = history->crbegin(); it != history->crend(); ++it) {
                if (it->details.contains(withdrawnHashKey())) {
                    withdrawal = *it;
                    break;
                }
                if (it->details.value(u"event"_s).toString() == u"saved")
                    break;  // saved again without an approval to withdraw
            }
        }
    }
    if (withdrawal) {
        approval.state = Approval::State::Withdrawn;
        approval.withdrawal = Tr::tr("edited by %1 on %2").arg(withdrawal->actor.displayName(),
                                                              withdrawal->timeUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    }
    return approval;
}

} // namespace PumpStudio::Audit
