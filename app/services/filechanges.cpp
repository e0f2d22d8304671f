// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/filechanges.h"

#include "accounts/session.h"
#include "audit/actor.h"
#include "audit/audittrail.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileChanges)
};

constexpr qint64 kMaxBytes = 16 * 1024 * 1024;  // model files and profiles are small; a huge file is hashed by its first 16 MiB
} // namespace

void auditFileChanges(Accounts::Session &session, const QString &folder, const QString &kind)
{
    Audit::AuditTrail &trail = session.trail();
    if (!trail.isOpen())
        return;
    Audit::AuditFilter filter;
    filter.kinds = {kind};
    auto entries = trail.entries(filter);
    if (!entries)
        return;
    QHash<QString, QString> known;  // file name -> last hash the trail holds ("" once removed)
    for (const Audit::AuditEntry &e : std::as_const(*entries)) {
        if (e.details.contains(u"contentHash"_s) || e.details.contains(u"fileHash"_s))
            known.insert(e.target, e.details.value(u"fileHash"_s).toString(e.details.value(u"contentHash"_s).toString()));
    }
    const QDir dir(folder);
    QStringList present;
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        present.append(name);
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.read(kMaxBytes);
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        // A profile the program saved is known by its content hash, which is the file's hash.
        const auto it = known.constFind(name);
        if (it != known.constEnd() && *it == hash)
            continue;
        Audit::AuditDraft draft;
        draft.kind = kind;
        draft.target = name;
        draft.action = it == known.constEnd() || it->isEmpty() ? Tr::tr("File found that the trail has not seen (added outside PumpStudio)")
                                                               : Tr::tr("File changed outside PumpStudio");
        draft.oldValue = it == known.constEnd() ? QString() : *it;
        draft.newValue = hash;
        draft.details = QJsonObject{{u"fileHash"_s, hash}, {u"event"_s, u"file"_s}};
        (void)trail.append(Audit::systemActor(), draft);
    }
    for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
        if (it->isEmpty() || present.contains(it.key()))
            continue;
        Audit::AuditDraft draft;
        draft.kind = kind;
        draft.target = it.key();
        draft.action = Tr::tr("File removed outside PumpStudio");
        draft.oldValue = *it;
        draft.details = QJsonObject{{u"fileHash"_s, QString()}, {u"event"_s, u"file"_s}};
        (void)trail.append(Audit::systemActor(), draft);
    }
}

} // namespace PumpStudio::Services
