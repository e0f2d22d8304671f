// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace PumpStudio::Archive {

class ArchiveConnection;

/// This computer in the archive: a name-based UUID of the machine id (stable across restarts),
/// and its host name.
struct Workstation
{
    QUuid uuid;
    QString name;
    static Workstation local();
};

/// A run record's id in the archive: a name-based (version 5) UUID of its file name and start
/// time, so the same record, pushed again or from a copy, is the same run.
QUuid runUuid(const QString &fileName, const QDateTime &startUtc);
/// An audit entry's id: of its workstation and its hash (unique in a hash chain).
QUuid auditEntryUuid(const QUuid &workstation, const QByteArray &hash);

struct PushProgress
{
    QString file;
    qint64 chunksSent = 0;   ///< of this record, in this push
    qint64 chunksToSend = 0;
};

struct PushReport
{
    int runsSent = 0;              ///< completed in this push
    int runsAlreadyArchived = 0;
    int runsUnfinished = 0;        ///< still being written: sent once finished
    int runsUnreadable = 0;
    qint64 chunks = 0;             ///< blocks of samples sent in this push
    qint64 samples = 0;
    qint64 auditEntries = 0;
    int calibrationsSent = 0;
    int calibrationsAlreadyArchived = 0;
    QStringList problems;          ///< unreadable records, in words
};

struct PushOptions
{
    QString recordsFolder;         ///< its *.psrun files
    QString auditPath;             ///< the audit trail; empty or missing: none
    QString calibrationPath;       ///< the calibration history; empty or missing: none
    Workstation workstation = Workstation::local();
    /// Blocks of samples per transaction: what an interruption can cost again.
    int chunksPerTransaction = 256;
    std::function<void(const PushProgress &)> progress;
};

/// Store and forward (docs/archive.md): sends every finished run record of the folder and every
/// audit entry that the archive does not have yet. Idempotent (everything is keyed by UUID and
/// inserted ON CONFLICT DO NOTHING), resumable (a run is marked complete only after its last
/// row; blocks already there are not sent again; audit entries go in order after the highest
/// the archive has), and it never touches the local files. Stops at the first error that is
/// the server's (Disconnected when it went away): pushing again resumes.
Result<PushReport> pushAll(ArchiveConnection &archive, const PushOptions &options);

/// One record (the folder walk of pushAll()); true when it was sent, false when the archive had it.
Result<bool> pushRecord(ArchiveConnection &archive, const QString &path, const PushOptions &options, PushReport &report);

} // namespace PumpStudio::Archive
