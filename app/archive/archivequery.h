// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace PumpStudio::Archive {

class ArchiveConnection;

/// A run as the archive lists it.
struct ArchivedRun
{
    QUuid uuid;
    QString workstation;
    QString fileName;
    QDateTime startUtc;
    QDateTime endUtc;
    QString operatorName;
    QString title;
    QString endReason;     ///< Records::endReasonToken()
    QStringList pumps;     ///< its channels' names
    qint64 samples = 0;
    bool complete = false; ///< every row is there (an interrupted push leaves it false)
};

/// What to look for; empty fields match anything. Text matches are case-insensitive substrings.
struct RunFilter
{
    QString workstation;
    QString operatorName;
    QString pump;          ///< a channel's name, model id or pump configuration id
    QString text;          ///< the title or notes (a profile's name is in the title)
    QDateTime from;        ///< runs that started at or after
    QDateTime to;          ///< runs that started before
    bool includeIncomplete = false;
};

Result<QList<ArchivedRun>> listRuns(ArchiveConnection &archive, const RunFilter &filter = {});
/// A channel's blocks of samples as stored (recordformat.h's blobs), in order.
Result<QList<QByteArray>> sampleBlocks(ArchiveConnection &archive, const QUuid &run, int channel);
/// Rows of a table of the run ("channel", "chunk", "setpoint", "event", "alarm").
Result<qint64> rowCount(ArchiveConnection &archive, const QString &table, const QUuid &run);

} // namespace PumpStudio::Archive
