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
    QDateTime dueUtc;
    Verdict asFound = Verdict::Fail;
    std::optional<Verdict> asLeft;
    QByteArray contentHash;   ///< hex SHA-256 of the stored result
    Models::MlPerRevCurve curve;
};

/// Where a pump stands with its calibration for one head and tubing.
struct DueState
{
    enum class Kind { Never, Valid, Due, Overdue };
    Kind kind = Kind::Never;
    QDateTime dueUtc;
    QString certificate;
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

    Result<void> open(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }

    /// Stores a finished calibration: gives it the next certificate number of the day
    /// ("PSC-20261207-001") and its due date (from the pump's interval), and returns it as
    /// stored (certificate, due date and curve certificate set).
    Result<CalibrationResult> save(CalibrationResult result);
    Result<std::vector<HistoryEntry>> list(const QString &pumpKey = {}) const;
    Result<std::optional<CalibrationResult>> load(const QString &certificate) const;
    /// Re-computes the stored result's hash: false when it no longer matches.
    Result<bool> verify(const QString &certificate) const;

    /// The curve flows follow for this pump, head and tubing: the newest calibration since
    /// new tubing was last fitted (nullopt: none).
    Result<std::optional<Models::MlPerRevCurve>> curveFor(const QString &pumpKey, const QString &headId, const QString &tubingId) const;
    Result<DueState> dueState(const QString &pumpKey, const QString &headId, const QString &tubingId,
                              const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;

    Result<void> setDueInterval(const QString &pumpKey, int days);
    Result<int> dueInterval(const QString &pumpKey) const;
    /// New tubing on this pump and head: earlier calibrations no longer apply.
    Result<void> newTubingFitted(const QString &pumpKey, const QString &headId, const QString &tubingId,
                                 const QDateTime &whenUtc = QDateTime::currentDateTimeUtc());

private:
    Result<std::optional<HistoryEntry>> latest(const QString &pumpKey, const QString &headId, const QString &tubingId) const;

    std::unique_ptr<Records::SqliteConnection> m_db;
    QString m_path;
};

} // namespace PumpStudio::Calibration
