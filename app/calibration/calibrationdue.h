// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "calibration/calibrationstore.h"

#include <QString>

#include <optional>

namespace PumpStudio::Calibration {

/// The day a calibration falls due, as the pages and messages show it (local date, ISO).
QString dueDateText(const QDateTime &dueUtc);

/// The badge the Devices and Monitor pages show for a pump's current head and tubing:
/// "Calibration overdue since …", "Calibration due on …", "Calibrated until …"; empty when the
/// pump has never been calibrated with them.
QString dueBadgeText(const DueState &state);

/// What the pre-run check says about the calibration of the pump a profile is to start on.
struct DueFinding
{
    bool refuse = false;  ///< an error (the run does not start), else a warning
    QString message;      ///< names the pump, the due date and the certificate
};

/// Nothing unless the calibration is overdue; then a warning, or a refusal when `refuseOverdue`
/// (controlled mode with the policy's "refuse overdue calibration").
std::optional<DueFinding> dueFinding(const DueState &state, const QString &pumpName, bool refuseOverdue);

} // namespace PumpStudio::Calibration
