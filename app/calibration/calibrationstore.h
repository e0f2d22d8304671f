// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "calibration/calibrationtypes.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace PumpStudio::Records {
class SqliteConnection;
}

namespace PumpStudio::Calibration {

/// One calibration as the history lists it.
struct HistoryEntry
{
    QString certificate;
    QString pumpKey;
    QString modelId;
    QString pumpSerial;
    QString headId;
    QString tubingId;
    QString balance;          ///< model and serial number
    QString operatorName;
    QDateTime finishedUtc;
    QDateTime dueUtc;         ///< invalid: no date limit (an interval in pump hours only)
    std::optional<double> dueHours;  ///< due after this many pump hours (none: no hours limit)
    Verdict asFound = Verdict::Fail;
    std::optional<Verdict> asLeft;
    QByteArray contentHash;   ///< hex SHA-256 of the stored result
    Models::MlPerRevCurve curve;
};

/// How long a pump's calibrations stay valid: days, pump hours (from the run records), or both,
/// and then the earlier limit governs. A calibration keeps the interval it was stored with.
struct DueInterval
{
    static constexpr int kMaxDays = 3660;
    static constexpr double kMaxHours = 100000;

    std::optional<int> days;
    std::optional<double> hours;

    /// Why the interval cannot be kept (empty: it can): neither limit, or one out of range.
    QString problem() const;
    /// "30 d", "500 h", "30 d, 500 h": the audit trail's old and new values (not translated).
    QString token() const;
    friend bool operator==(const DueInterval &, const DueInterval &) = default;
};

/// Where a pump stands with its calibration for one head and tubing.
struct DueState
{
    enum class Kind { Never, Valid, Due, Overdue };
    /// The worse of the date's and the pump hours' state: the earlier limit governs.
    Kind kind = Kind::Never;
    /// By the date alone (Valid when the calibration has no date limit).
    Kind dateKind = Kind::Never;
    QDateTime dueUtc;                 ///< invalid: no date limit
    QString certificate;
    QDateTime calibratedUtc;          ///< when the calibration finished: pump hours count from here
    std::optional<double> dueHours;   ///< the calibration's limit in pump hours (none: no such limit)
    std::optional<double> usedHours;  ///< pump hours run since (none: not counted, or not countable)

    /// By pump hours alone: Valid without a limit or a count.
    Kind hoursKind() const;
    /// The pump hours counted since the calibration: sets usedHours, and kind to the worse state.
    void setUsedHours(double hours);
    /// The hours make the state (they are worse than the date): what the badge and check name.
    bool hoursDecide() const;
    friend bool operator==(const DueState &, const DueState &) = default;
};

/// Pump hours counted since a calibration, as of a moment.
struct CountedHours
{
    double hours = 0;
    QDateTime countedUtc;
};

/// The history of calibrations: an SQLite file in the data folder (owner-only), every
/// calibration with its raw readings, a unique certificate number and a content hash (which
/// the caller seals in the audit trail). Also the due interval per pump and the "new tubing
/// fitted" marks that end a calibration's validity. One object per thread (Qt SQL).
class CalibrationStore final
{
public:
    CalibrationStore();
    ~CalibrationStore();
    Q_DISABLE_COPY_MOVE(CalibrationStore)

    /// The data folder's calibration/history.sqlite.
    static QString defaultPath();
    static constexpr int kDefaultDueDays = 30;
    /// "Due" this many days before the due date.
    static constexpr int kDueSoonDays = 7;
    /// "Due" once this share of the pump hours is used (45 of 50 h).
    static constexpr double kDueSoonHoursFraction = 0.9;
    /// The history file's schema: 1 added intervals in pump hours (PRAGMA user_version).
    static constexpr int kSchemaVersion = 1;

    /// Opens (creating it when missing) and brings an older file's schema up to date in one
    /// transaction, keeping every row; a file of a newer schema is refused.
    Result<void> open(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }

    /// Stores a finished calibration: gives it the next certificate number of the day
    /// ("PSC-20261207-001") and its due date and pump hours (from the pump's interval), and
    /// returns it as stored (certificate, due limits and curve certificate set).
    Result<CalibrationResult> save(CalibrationResult result);
    Result<std::vector<HistoryEntry>> list(const QString &pumpKey = {}) const;
    Result<std::optional<CalibrationResult>> load(const QString &certificate) const;
    /// Re-computes the stored result's hash: false when it no longer matches.
    Result<bool> verify(const QString &certificate) const;

    /// The curve flows follow for this pump, head and tubing: the newest calibration since
    /// new tubing was last fitted (nullopt: none).
    Result<std::optional<Models::MlPerRevCurve>> curveFor(const QString &pumpKey, const QString &headId, const QString &tubingId) const;
    /// The state by the date; the pump hours' limit is in it, the hours used are not (they
    /// come from the run records: DueState::setUsedHours, PumpHoursIndex).
    Result<DueState> dueState(const QString &pumpKey, const QString &headId, const QString &tubingId,
                              const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;

    /// For calibrations of this pump stored from now on.
    Result<void> setDueInterval(const QString &pumpKey, const DueInterval &interval);
    /// The pump's interval; kDefaultDueDays without one set.
    Result<DueInterval> dueInterval(const QString &pumpKey) const;
    /// The pump hours PumpStudio last counted since the calibration `certificate` (from the run
    /// records, which only it writes), kept for programs that cannot count them themselves:
    /// pumpctl runs a pump under no configuration, and most pumps report no serial number, so
    /// it cannot tell their records from another pump's (PumpMatch).
    Result<void> setCountedHours(const QString &certificate, double hours, const QDateTime &countedUtc);
    Result<std::optional<CountedHours>> countedHours(const QString &certificate) const;
    /// New tubing on this pump and head: earlier calibrations no longer apply.
    Result<void> newTubingFitted(const QString &pumpKey, const QString &headId, const QString &tubingId,
                                 const QDateTime &whenUtc = QDateTime::currentDateTimeUtc());

private:
    Result<void> migrate();
    Result<std::optional<HistoryEntry>> latest(const QString &pumpKey, const QString &headId, const QString &tubingId) const;

    std::unique_ptr<Records::SqliteConnection> m_db;
    QString m_path;
};

} // namespace PumpStudio::Calibration
