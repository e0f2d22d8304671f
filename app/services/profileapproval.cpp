// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/profileapproval.h"

#include "accounts/session.h"
#include "audit/audittrail.h"
#include "profiles/profileformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileApproval)
};

const QString kWithdrawnHash = Audit::withdrawnHashKey();

QString compact(const Profiles::Profile &profile)
{
    const QByteArray json = Profiles::serializeProfile(profile);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return QString::fromUtf8(doc.isNull() ? json : doc.toJson(QJsonDocument::Compact));
}
} // namespace

QByteArray profileContentHash(const Profiles::Profile &profile)
{
    return QCryptographicHash::hash(Profiles::serializeProfile(profile), QCryptographicHash::Sha256).toHex();
}

QString profileSubject(const QString &path) { return u"profile:"_s + QFileInfo(path).fileName(); }

Profiles::ProfileLibrary::Guard libraryGuard(Accounts::Session &session, ReasonProvider reasons)
{
    using Change = Profiles::ProfileLibrary::Change;
    // The reason asked in allow() is written by done(), after the file was written.
    auto reason = std::make_shared<QString>();
    Profiles::ProfileLibrary::Guard guard;
    guard.allow = [&session, reasons, reason](const Change &change) -> Result<void> {
        reason->clear();
        if (change.action == Change::Action::Export)
            return session.check(Accounts::Permission::ExportData);
        if (auto r = session.check(Accounts::Permission::EditProfiles); !r)
            return r;
        std::optional<Accounts::ChangeKind> kind;
        if (change.action == Change::Action::Remove) {
            kind = Accounts::ChangeKind::Delete;
        } else if (change.before && change.after && *change.before != *change.after
                   && Audit::approvalOf(session.trail(), profileContentHash(*change.before)).state == Audit::Approval::State::Approved) {
            kind = Accounts::ChangeKind::EditApprovedProfile;
        }
        if (kind && session.reasonRequired(*kind)) {
            const std::optional<QString> given = reasons ? reasons(Accounts::changeKindText(*kind)) : std::nullopt;
            if (!given)
                return makeError(Error::Code::Cancelled, Tr::tr("Not changed: a reason is required (%1).").arg(Accounts::changeKindText(*kind)));
            if (auto r = session.checkReason(*kind, *given); !r)
                return r;
            *reason = *given;
        }
        return {};
    };
    guard.done = [&session, reason](const Change &change) {
        const QString file = QFileInfo(change.path).fileName();
        Audit::AuditDraft draft;
        draft.kind = Audit::Kind::Profile;
        draft.target = file;
        draft.reason = *reason;
        if (change.action == Change::Action::Export) {
            draft.kind = Audit::Kind::Export;
            draft.action = Tr::tr("Profile exported to %1").arg(change.destination);
            draft.details = QJsonObject{{u"contentHash"_s, QString::fromLatin1(profileContentHash(*change.after))}};
            (void)session.record(draft);
            return;
        }
        const QByteArray oldHash = change.before ? profileContentHash(*change.before) : QByteArray();
        const QByteArray newHash = change.after ? profileContentHash(*change.after) : QByteArray();
        if (change.before && change.after && oldHash == newHash)
            return;  // saved unchanged
        const bool wasApproved = change.before && Audit::approvalOf(session.trail(), oldHash).state == Audit::Approval::State::Approved;
        draft.action = change.action == Change::Action::Remove ? Tr::tr("Profile deleted")
                       : change.before                         ? Tr::tr("Profile changed")
                                                               : Tr::tr("Profile created");
        draft.oldValue = change.before ? compact(*change.before) : QString();
        draft.newValue = change.after ? compact(*change.after) : QString();
        draft.details = QJsonObject{{u"event"_s, change.action == Change::Action::Remove ? u"deleted"_s : u"saved"_s},
                                    {u"previousHash"_s, QString::fromLatin1(oldHash)},
                                    {u"contentHash"_s, QString::fromLatin1(newHash)}};
        (void)session.record(draft);
        if (wasApproved) {
            Audit::AuditDraft withdrawn;
            withdrawn.kind = Audit::Kind::Profile;
            withdrawn.target = file;
            withdrawn.action = change.action == Change::Action::Remove ? Tr::tr("Approval withdrawn: the approved profile was deleted")
                                                                       : Tr::tr("Approval withdrawn: the approved profile was edited");
            withdrawn.oldValue = QString::fromLatin1(oldHash);
            withdrawn.newValue = QString::fromLatin1(newHash);
            withdrawn.reason = *reason;
            withdrawn.details = QJsonObject{{kWithdrawnHash, QString::fromLatin1(oldHash)}};
            (void)session.record(withdrawn);
        }
    };
    return guard;
}

} // namespace PumpStudio::Services
