// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "archive/archivepush.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace PumpStudio::Archive {

class ArchiveConnection;

/// A calibration's id in the archive: name-based (version 5) on its workstation and its
/// certificate number (unique in that workstation's history), so a resend is the same row.
QUuid calibrationUuid(const QUuid &workstation, const QString &certificate);

/// A calibration as the archive keeps it.
struct ArchivedCalibration
{
    QUuid uuid;
    QString workstation;
    QString certificate;
    QString pumpKey;
    QString headId;
    QString tubingId;
    QString operatorName;
    QDateTime finishedUtc;
    QString asFound;        ///< Calibration::verdictToken()
    QString asLeft;         ///< empty when not verified
    QString contentHash;    ///< hex SHA-256 of the result, as the recording workstation sealed it
    QJsonObject result;     ///< CalibrationResult::toJson()
};

/// Sends every calibration of the history at `storePath` (calibration/history.sqlite) that the
/// archive does not have: idempotent by calibrationUuid() (INSERT ... ON CONFLICT DO NOTHING), each
/// one whole in its own statement, the local history untouched. Counts go to `report`
/// (calibrationsSent, calibrationsAlreadyArchived). A missing history is nothing to send.
Result<void> pushCalibrations(ArchiveConnection &archive, const QString &storePath, const Workstation &workstation,
                              PushReport &report);

/// The archived calibrations, newest first; `pumpKey` empty: of every pump.
Result<QList<ArchivedCalibration>> listCalibrations(ArchiveConnection &archive, const QString &pumpKey = {});

} // namespace PumpStudio::Archive
