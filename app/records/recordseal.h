// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "records/recordtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace PumpStudio::Records {

/// A finished record's seal: its content hash (RunRecordReader::contentHash()) and what the
/// audit trail needs to find it again (the file's name, the run's start).
struct RecordSeal
{
    QString path;
    QString fileName;
    QDateTime startUtc;
    QByteArray contentHash;   ///< hex SHA-256
    EndReason endReason = EndReason::Unfinished;
    QString note;             ///< how it came to be sealed ("interrupted: recovered ..."), for the trail
};

/// Reads the record at `path` and computes its seal.
Result<RecordSeal> computeSeal(const QString &path);

/// What a run ended by a crash still holds.
struct Recovery
{
    int channels = 0;
    qint64 samples = 0;
    qint64 events = 0;
    qint64 alarms = 0;
    double seconds = 0;      ///< up to its last sample

    /// "12,345 samples of 3 channels over 1 h 2 min, 17 events, 2 alarms".
    QString text() const;
};

/// A record whose writer never finished (the program crashed or was killed): marked Interrupted,
/// ending at its last sample, with an event saying what was recovered, and made one self-contained
/// file again. Refused (InvalidArgument) for a record that is finished or still being written
/// (its writer holds "<path>.lock").
Result<Recovery> markInterrupted(const QString &path);

/// The lock file a writer holds while it writes `path`.
QString writerLockPath(const QString &path);

} // namespace PumpStudio::Records

Q_DECLARE_METATYPE(PumpStudio::Records::RecordSeal)
