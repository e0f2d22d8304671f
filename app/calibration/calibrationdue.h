// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "calibration/calibrationstore.h"

#include <QString>

#include <optional>

namespace PumpStudio::Calibration {

/// The day a calibration falls due, as the pages and messages show it (local date, ISO).
QString dueDateText(const QDateTime &dueUtc);
/// Pump hours as the pages and messages show them: "45.2" (one decimal, the UI's locale).
QString pumpHoursText(double hours);
/// A calibration's limits in words: "2026-12-31", "500 pump hours", or "2026-12-31 or 500 pump
/// hours, whichever comes first"; empty without either.
QString dueLimitText(const QDateTime &dueUtc, const std::optional<double> &dueHours);

/// A due interval in words: "30 days", "500 pump hours", "30 days or 500 pump hours, whichever
/// comes first".
QString dueIntervalText(const DueInterval &interval);

/// The badge the Devices and Monitor pages show for a pump's current head and tubing:
/// "Calibration overdue since …", "Calibration due on …", "Calibrated until …", or by pump
/// hours when they come first ("Calibration due: 45.2 of 50 pump hours"); empty when the pump
/// has never been calibrated with them.
QString dueBadgeText(const DueState &state);

/// What the pre-run check says about the calibration of the pump a profile is to start on.
struct DueFinding
{
    bool refuse = false;  ///< an error (the run does not start), else a warning
    QString message;      ///< names the pump, the due date (or the pump hours) and the certificate
};

/// Nothing unless the calibration is overdue (by its date or by its pump hours); then a
/// warning, or a refusal when `refuseOverdue` (controlled mode with the policy's "refuse overdue
/// calibration").
std::optional<DueFinding> dueFinding(const DueState &state, const QString &pumpName, bool refuseOverdue);

} // namespace PumpStudio::Calibration
