// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "records/recordtypes.h"

#include <QList>
#include <QStringList>

namespace PumpStudio::Records {

/// One line of the Records page: a run record's summary, or why it could not be read.
struct RunSummary
{
    QString filePath;
    QString error;               ///< empty when the record was read
    RunInfo info;
    double durationSeconds = 0;  ///< end - start; for an unfinished run, up to its last sample
    QStringList pumps;           ///< channel names, in channel order
    qint64 sampleCount = 0;      ///< all channels
    int alarmCount = 0;          ///< alarms raised

    bool isReadable() const { return error.isEmpty(); }
};

/// The run records in a folder, for the Records page.
class RunCatalog final
{
public:
    /// The app's records folder (Paths::dataSubdir("records")).
    static QString defaultFolder();
    /// A new, unused record path in folder named after the start time ("run-20260301-101500.psrun").
    static QString newRecordPath(const QString &folder, const QDateTime &startUtc);
    /// Every record in folder, newest first; unreadable files last, each with its error.
    static QList<RunSummary> list(const QString &folder);
    static RunSummary summarize(const QString &filePath);
};

} // namespace PumpStudio::Records
