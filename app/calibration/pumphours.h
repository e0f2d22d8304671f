// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "device/pumptypes.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <vector>

namespace PumpStudio::Calibration {

/// Which channels of the run records are one pump's.
///
/// A record's channel carries the model id it was configured as, the serial number and
/// firmware the pump reported, and the id of the configuration it ran as; not the pump's bus
/// address or its USB adapter's serial number (the other parts of pumpKey()). So:
/// - a pump that reports a serial number is matched on model id and serial number, in any
///   record (also after it was removed and added again, or moved to another port);
/// - a pump without one is matched on the configuration it runs as now, with the same model id
///   and firmware. The device layer binds a configuration to the identity that first answered
///   it and refuses a different pump on it, so those channels are this pump's; records of an
///   earlier configuration of the same pump, or of pumpctl (no configuration), are not found.
/// With neither a serial number nor a configuration there is nothing reliable to match on and
/// nothing matches: no hours are made up from a model name and a firmware version alone.
struct PumpMatch
{
    QString modelId;
    QString serialNumber;
    QString configId;
    QString firmware;

    static PumpMatch of(const QString &modelId, const Device::PumpIdentity &identity, const QString &configId = {});
    bool canMatch() const { return !modelId.isEmpty() && (!serialNumber.isEmpty() || !configId.isEmpty()); }
    bool matches(const QString &modelId, const QString &serialNumber, const QString &configId, const QString &firmware) const;
    friend bool operator==(const PumpMatch &, const PumpMatch &) = default;
};

/// When one pump of a run record ran: merged spans in UTC milliseconds since the epoch.
struct RunningPump
{
    QString modelId;
    QString serialNumber;
    QString configId;
    QString firmware;
    std::vector<std::pair<qint64, qint64>> spans;  ///< [start, end), in time order, not overlapping
};

/// Pump hours from the run records.
///
/// What counts as a pump hour: the time the pump turned. A record's speed channel of the pump
/// (else its flow channel, for pumps that report no speed) is read sample by sample; from one
/// sample to the next the pump ran when the first sample is not zero (the device layer records 0
/// for a stopped pump). A step longer than kMaxStep counts as kMaxStep: the slowest status poll
/// is 60 s, and after a longer silence the link was lost and the pump was stopped. After the
/// last sample of a record nothing is known and nothing counts. The hours since a calibration
/// are the running time after the moment it finished, whatever head and tubing the pump ran
/// with (a record's head and tubing are the configuration's, empty for the model's default, so
/// a split by them would guess; the rollers wear either way, and counting more makes a
/// calibration fall due earlier, never later).
///
/// Reading every sample of a long record takes time: keep one index, update() it off the GUI
/// thread, and it reads only the records that are new or changed since (file size and time, and
/// the write-ahead log's of a record being written). A record that cannot be read is skipped
/// and counted (damagedRecords()), never a reason to fail the count.
class PumpHoursIndex final
{
public:
    /// A step between two samples counts at most this long.
    static constexpr std::chrono::seconds kMaxStep{90};

    /// Reads the records of `folder` that are new or changed since the last call, forgets those
    /// removed. `cancel` (may be null) ends it early between records, leaving the index as it
    /// was for the records not reached. Returns the number of records read.
    int update(const QString &folder, const std::atomic_bool *cancel = nullptr);

    /// Hours the pump ran at or after `sinceUtc`, in the records as last updated.
    double hoursSince(const PumpMatch &pump, const QDateTime &sinceUtc) const;

    /// Records known (readable or not) and those that could not be read, with why.
    int recordCount() const { return int(m_files.size()); }
    int damagedRecords() const;
    QStringList damagedReasons() const;

    /// One record's running spans per pump (the reading update() does for each file).
    static Result<std::vector<RunningPump>> readRecord(const QString &path);

private:
    struct File
    {
        QString signature;  ///< size and time of the file and its -wal
        std::vector<RunningPump> pumps;
        QString error;      ///< not empty: damaged, skipped
    };
    QHash<QString, File> m_files;
};

} // namespace PumpStudio::Calibration
