// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "cli/pumpctlrecords.h"

#include "accounts/session.h"
#include "archive/archiveconnection.h"
#include "archive/archivepush.h"
#include "archive/archivequery.h"
#include "archive/archiveurl.h"
#include "audit/auditexport.h"
#include "audit/audittrail.h"
#include "audit/recordseals.h"
#include "calibration/calibrationstore.h"
#include "cli/pumpctlaudit.h"
#include "records/csvexport.h"
#include "records/recordseal.h"
#include "records/runcatalog.h"
#include "records/runrecordreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("pumpctl", text); }

void printJson(QTextStream &out, const QJsonObject &o) { out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl; }

int usage(QTextStream &err, const QString &message)
{
    err << message << Qt::endl << tr("Try 'pumpctl --help'.") << Qt::endl;
    return ExitUsage;
}

/// The trail of the data folder; an existing one only (verifying must not create it).
Result<void> openTrail(Audit::AuditTrail &trail)
{
    const QString path = Audit::AuditTrail::defaultPath();
    if (!QFileInfo::exists(path))
        return makeError(Error::Code::BadFile, tr("There is no audit trail at %1.").arg(path));
    return trail.open(path);
}

int auditVerify(const PumpCtlOptions &o, QTextStream &out, QTextStream &err)
{
    Audit::AuditTrail trail;
    if (auto r = openTrail(trail); !r) {
        err << r.error().message << Qt::endl;
        return ExitBadInput;
    }
    auto report = trail.verify();
    if (!report) {
        err << report.error().message << Qt::endl;
        return ExitBadInput;
    }
    if (o.json) {
        printJson(out, QJsonObject{{u"ok"_s, report->intact}, {u"checked"_s, report->checked}, {u"intact"_s, report->intact},
                                   {u"brokenEntry"_s, report->intact ? QJsonValue() : QJsonValue(report->brokenSeq)},
                                   {u"problem"_s, report->problem}, {u"lastEntry"_s, report->lastSeq},
                                   {u"headHash"_s, QString::fromLatin1(report->headHash)}, {u"trail"_s, trail.path()}});
    } else if (report->intact) {
        out << tr("%1 entries checked: the audit trail is intact.").arg(report->checked) << Qt::endl
            << tr("Last entry %1, hash %2").arg(report->lastSeq).arg(QString::fromLatin1(report->headHash)) << Qt::endl;
    } else {
        out << tr("%1 entries checked: the audit trail is BROKEN at entry %2.").arg(report->checked).arg(report->brokenSeq)
            << Qt::endl << report->problem << Qt::endl;
    }
    return report->intact ? ExitOk : ExitChanged;
}

int auditShow(const PumpCtlOptions &o, QTextStream &out, QTextStream &err)
{
    Audit::AuditTrail trail;
    if (auto r = openTrail(trail); !r) {
        err << r.error().message << Qt::endl;
        return ExitBadInput;
    }
    Audit::AuditFilter filter;
    if (!o.since.isEmpty()) {
        filter.since = QDateTime::fromString(o.since, Qt::ISODateWithMs);
        if (!filter.since.isValid())
            filter.since = QDateTime::fromString(o.since, Qt::ISODate);
        if (!filter.since.isValid())
            return usage(err, tr("--since must be an ISO 8601 time, such as 2026-03-01T08:00:00Z, not \"%1\".").arg(o.since));
    }
    auto entries = trail.entries(filter);
    if (!entries) {
        err << entries.error().message << Qt::endl;
        return ExitBadInput;
    }
    for (const Audit::AuditEntry &e : std::as_const(*entries)) {
        if (o.json) {
            printJson(out, Audit::toJson(e));
            continue;
        }
        QString line = u"%1  %2  %3 [%4]  %5  %6: %7"_s.arg(e.seq, 5).arg(e.localTimeText(), e.actor.displayName(), e.actor.role,
                                                             e.kind, e.target, e.action);
        if (!e.oldValue.isEmpty() || !e.newValue.isEmpty())
            line += u"  (%1 -> %2)"_s.arg(e.oldValue.left(120), e.newValue.left(120));
        if (!e.reason.isEmpty())
            line += tr("  reason: %1").arg(e.reason);
        out << line << Qt::endl;
    }
    return ExitOk;
}

/// A record named by path, or by its file name in the records folder.
QString recordPath(const QString &run)
{
    if (QFileInfo::exists(run))
        return QFileInfo(run).absoluteFilePath();
    const QDir folder(Records::RunCatalog::defaultFolder());
    for (const QString &candidate : {run, run + u".psrun"_s}) {
        if (QFileInfo::exists(folder.filePath(candidate)))
            return folder.filePath(candidate);
    }
    return run;
}

struct Judged
{
    Records::RecordSeal seal;
    Audit::SealVerdict verdict;
};

Result<Judged> judge(const Audit::AuditTrail &trail, const QString &path)
{
    auto seal = Records::computeSeal(path);
    if (!seal)
        return seal.error();
    auto found = Audit::sealFor(trail, seal->fileName, seal->startUtc);
    if (!found)
        return found.error();
    return Judged{*seal, Audit::judgeSeal(*found, seal->contentHash)};
}

int recordsList(const PumpCtlOptions &o, QTextStream &out, QTextStream &)
{
    Audit::AuditTrail trail;
    const bool haveTrail = openTrail(trail).ok();
    for (const Records::RunSummary &r : Records::RunCatalog::list(Records::RunCatalog::defaultFolder())) {
        const QString file = QFileInfo(r.filePath).fileName();
        if (!r.isReadable()) {
            if (o.json)
                printJson(out, QJsonObject{{u"file"_s, file}, {u"readable"_s, false}, {u"error"_s, r.error}});
            else
                out << file << u"  "_s << tr("unreadable: %1").arg(r.error) << Qt::endl;
            continue;
        }
        QString integrity = tr("not sealed");
        QString token = u"not-sealed"_s;
        if (r.info.endReason == Records::EndReason::Unfinished) {
            integrity = tr("being written (or interrupted; sealed at the GUI's next start)");
            token = u"unfinished"_s;
        } else if (haveTrail) {
            if (auto judged = judge(trail, r.filePath)) {
                integrity = judged->verdict.text();
                token = judged->verdict.token();
            }
        }
        if (o.json) {
            printJson(out, QJsonObject{{u"file"_s, file}, {u"readable"_s, true}, {u"start"_s, r.info.startUtc.toString(Qt::ISODateWithMs)},
                                       {u"durationS"_s, r.durationSeconds}, {u"operator"_s, r.info.operatorName},
                                       {u"end"_s, Records::endReasonToken(r.info.endReason)}, {u"samples"_s, r.sampleCount},
                                       {u"alarms"_s, r.alarmCount}, {u"pumps"_s, QJsonArray::fromStringList(r.pumps)},
                                       {u"integrity"_s, token}});
        } else {
            out << u"%1  %2  %3 s  %4  %5  %6"_s.arg(file, r.info.startUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s))
                       .arg(r.durationSeconds, 0, 'f', 0)
                       .arg(r.info.operatorName.isEmpty() ? tr("operator not set") : r.info.operatorName,
                            Records::endReasonText(r.info.endReason), integrity)
                << Qt::endl;
        }
    }
    return ExitOk;
}

int recordsVerify(const PumpCtlOptions &o, QTextStream &out, QTextStream &err)
{
    if (o.words.size() != 2)
        return usage(err, tr("'records verify' takes the run record (a path or a file name in the records folder)."));
    Audit::AuditTrail trail;
    if (auto r = openTrail(trail); !r) {
        err << r.error().message << Qt::endl;
        return ExitBadInput;
    }
    auto judged = judge(trail, recordPath(o.words.at(1)));
    if (!judged) {
        err << judged.error().message << Qt::endl;
        return ExitBadInput;
    }
    const Audit::SealVerdict &v = judged->verdict;
    if (o.json) {
        printJson(out, QJsonObject{{u"ok"_s, v.state == Audit::SealState::Verified}, {u"file"_s, judged->seal.fileName},
                                   {u"integrity"_s, v.token()}, {u"end"_s, Records::endReasonToken(judged->seal.endReason)},
                                   {u"contentHash"_s, QString::fromLatin1(v.actualHash)},
                                   {u"sealedHash"_s, v.seal ? QString::fromLatin1(v.seal->contentHash) : QString()},
                                   {u"sealEntry"_s, v.seal ? QJsonValue(v.seal->seq) : QJsonValue()}});
    } else {
        out << tr("%1: %2").arg(judged->seal.fileName, v.text()) << Qt::endl;
        if (judged->seal.endReason == Records::EndReason::Interrupted)
            out << tr("The run was interrupted (PumpStudio stopped unexpectedly) and sealed with what was recovered.") << Qt::endl;
        if (v.seal)
            out << tr("Sealed in audit entry %1 with %2; the record now hashes to %3.")
                       .arg(v.seal->seq).arg(QString::fromLatin1(v.seal->contentHash), QString::fromLatin1(v.actualHash))
                << Qt::endl;
    }
    return v.state == Audit::SealState::Verified ? ExitOk : ExitChanged;
}

int recordsExport(const PumpCtlOptions &o, QTextStream &out, QTextStream &err)
{
    if (o.words.size() != 2 || o.csvPath.isEmpty())
        return usage(err, tr("'records export' takes the run record and --csv FILE."));
    Audit::AuditTrail trail;
    if (auto r = trail.open(Audit::AuditTrail::defaultPath()); !r) {
        err << tr("Nothing was exported: the audit trail cannot be written (%1).").arg(r.error().message) << Qt::endl;
        return ExitRefused;
    }
    Accounts::AccountStore accounts;
    (void)accounts.open(Accounts::AccountStore::defaultPath());
    Accounts::Session session(accounts, trail);
    if (session.isControlled()) {
        if (o.user.isEmpty()) {
            err << tr("This workstation is in controlled mode: give --user NAME.") << Qt::endl;
            return ExitRefused;
        }
        if (auto r = session.logIn(o.user, readPassword(o.user, err)); !r) {
            err << r.error().message << Qt::endl;
            return ExitRefused;
        }
    }
    const auto finishWith = [&](int code) {
        session.logOff();
        return code;
    };
    if (auto r = session.check(Accounts::Permission::ExportData); !r) {
        err << r.error().message << Qt::endl;
        return finishWith(ExitRefused);
    }
    const QString path = recordPath(o.words.at(1));
    Records::RunRecordReader reader;
    if (auto r = reader.open(path); !r) {
        err << r.error().message << Qt::endl;
        return finishWith(ExitBadInput);
    }
    auto rows = Records::exportCsv(reader, o.csvPath, Records::defaultCsvOptions());
    if (!rows) {
        err << rows.error().message << Qt::endl;
        return finishWith(ExitNoReply);
    }
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Export;
    draft.target = QFileInfo(path).fileName();
    draft.action = tr("Run record exported as CSV to %1").arg(QFileInfo(o.csvPath).absoluteFilePath());
    draft.details = QJsonObject{{u"by"_s, u"pumpctl"_s}, {u"rows"_s, *rows}};
    (void)session.record(draft);
    out << tr("%1 rows written to %2").arg(*rows).arg(o.csvPath) << Qt::endl;
    return finishWith(ExitOk);
}
/// The archive named by --archive, connected (the schema brought up to date); the password from
/// PGPASSWORD (libpq reads it) or ~/.pgpass, never from the command line's logs.
Result<void> openArchive(const PumpCtlOptions &o, Archive::ArchiveConnection &archive)
{
    auto url = Archive::ArchiveUrl::parse(o.archiveUrl);
    if (!url)
        return url.error();
    return archive.open(*url);
}

int archiveFailure(QTextStream &err, const Error &e)
{
    err << e.message << Qt::endl;
    return e.code == Error::Code::InvalidArgument ? ExitUsage : e.code == Error::Code::Disconnected ? ExitNoReply : ExitRefused;
}

int recordsPush(const PumpCtlOptions &o, QTextStream &out, QTextStream &err)
{
    if (o.words.size() != 1 || o.archiveUrl.isEmpty())
        return usage(err, tr("'records push' takes --archive postgresql://USER@HOST[:PORT]/DBNAME."));
    Archive::ArchiveConnection archive;
    if (auto r = openArchive(o, archive); !r)
        return archiveFailure(err, r.error());
    Archive::PushOptions options;
    options.recordsFolder = Records::RunCatalog::defaultFolder();
    options.auditPath = Audit::AuditTrail::defaultPath();
    options.calibrationPath = Calibration::CalibrationStore::defaultPath();
    auto report = Archive::pushAll(archive, options);
    if (!report) {
        err << tr("The push stopped; what was sent is kept, and pushing again goes on from there.") << Qt::endl;
        return archiveFailure(err, report.error());
    }
    for (const QString &problem : std::as_const(report->problems))
        err << problem << Qt::endl;
    if (o.json) {
        printJson(out, QJsonObject{{u"ok"_s, true}, {u"archive"_s, archive.url().toString()}, {u"runsSent"_s, report->runsSent},
                                   {u"runsAlreadyArchived"_s, report->runsAlreadyArchived}, {u"runsUnfinished"_s, report->runsUnfinished},
                                   {u"runsUnreadable"_s, report->runsUnreadable}, {u"blocks"_s, report->chunks},
                                   {u"samples"_s, report->samples}, {u"auditEntries"_s, report->auditEntries},
                                   {u"calibrationsSent"_s, report->calibrationsSent},
                                   {u"calibrationsAlreadyArchived"_s, report->calibrationsAlreadyArchived}});
    } else {
        out << tr("%1 run(s) sent (%2 samples in %3 blocks), %4 already archived, %5 still being written; %6 audit entries sent to %7")
                   .arg(report->runsSent)
                   .arg(report->samples)
                   .arg(report->chunks)
                   .arg(report->runsAlreadyArchived)
                   .arg(report->runsUnfinished)
                   .arg(report->auditEntries)
                   .arg(archive.url().toString())
            << Qt::endl;
        if (report->calibrationsSent + report->calibrationsAlreadyArchived > 0)
            out << tr("%1 calibration(s) sent, %2 already archived").arg(report->calibrationsSent).arg(report->calibrationsAlreadyArchived)
                << Qt::endl;
    }
    return report->runsUnreadable > 0 ? ExitBadInput : ExitOk;
}

int archiveList(const PumpCtlOptions &o, QTextStream &out, QTextStream &err)
{
    Archive::ArchiveConnection archive;
    if (auto r = openArchive(o, archive); !r)
        return archiveFailure(err, r.error());
    auto runs = Archive::listRuns(archive);
    if (!runs)
        return archiveFailure(err, runs.error());
    for (const Archive::ArchivedRun &r : std::as_const(*runs)) {
        const double durationS = r.endUtc.isValid() ? double(r.startUtc.msecsTo(r.endUtc)) / 1000.0 : 0.0;
        if (o.json) {
            printJson(out, QJsonObject{{u"uuid"_s, r.uuid.toString(QUuid::WithoutBraces)}, {u"workstation"_s, r.workstation},
                                       {u"file"_s, r.fileName}, {u"start"_s, r.startUtc.toString(Qt::ISODateWithMs)},
                                       {u"durationS"_s, durationS}, {u"operator"_s, r.operatorName}, {u"title"_s, r.title},
                                       {u"end"_s, r.endReason}, {u"samples"_s, r.samples}, {u"pumps"_s, QJsonArray::fromStringList(r.pumps)}});
        } else {
            out << u"%1  %2  %3  %4 s  %5  %6  %7"_s.arg(r.workstation, r.fileName, r.startUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s))
                       .arg(durationS, 0, 'f', 0)
                       .arg(r.operatorName.isEmpty() ? tr("operator not set") : r.operatorName,
                            Records::endReasonText(Records::endReasonFromToken(r.endReason)), tr("%1 samples").arg(r.samples))
                << Qt::endl;
        }
    }
    return ExitOk;
}
} // namespace

int runRecordsCommand(const PumpCtlOptions &o, QTextStream &out, QTextStream &err)
{
    const QString what = o.words.value(0);
    if (o.command == PumpCtlOptions::Command::Audit) {
        if (what == u"verify" && o.words.size() == 1)
            return auditVerify(o, out, err);
        if (what == u"show" && o.words.size() == 1)
            return auditShow(o, out, err);
        return usage(err, tr("'audit' takes 'verify' or 'show [--since ISO8601] [--json]'."));
    }
    if (what == u"push")
        return recordsPush(o, out, err);
    if (what == u"list" && o.words.size() == 1)
        return o.archiveUrl.isEmpty() ? recordsList(o, out, err) : archiveList(o, out, err);
    if (!o.archiveUrl.isEmpty())
        return usage(err, tr("--archive goes with 'records push' and 'records list'."));
    if (what == u"verify")
        return recordsVerify(o, out, err);
    if (what == u"export")
        return recordsExport(o, out, err);
    return usage(err, tr("'records' takes 'list', 'verify RUN', 'export RUN --csv FILE' or 'push --archive URL'."));
}

} // namespace PumpStudio::Cli
