// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "models/pumpmodel.h"
#include "profiles/profile.h"

#include <QString>

#include <optional>
#include <vector>

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio::Profiles {

/// One thing the pre-run check found: errors stop a run, warnings are shown and allowed,
/// notes (a rounding within the pump's accuracy) are information nobody needs to confirm.
struct Finding
{
    enum class Severity { Error, Warning, Note };

    Severity severity = Severity::Error;
    QString path;     ///< the step, "3.2"; empty for the profile as a whole
    QString message;  ///< a sentence naming the step, the value and the limit with units

    friend bool operator==(const Finding &, const Finding &) = default;
};

/// How the pump is actually set up. Empty fields fall back to the profile's, then the model's defaults.
struct PumpSetup
{
    QString modelId;   ///< the registry overload: the model to check against
    QString headId;
    QString tubingId;
    QString syringeId;
    std::optional<double> mlPerRev;  ///< the pump's calibration; overrides the profile's
};

struct PrecheckReport
{
    std::vector<Finding> findings;  ///< errors and warnings: what the user has to decide about
    /// Information only (severity Note): kept apart so that nothing asks "run anyway?" about it.
    std::vector<Finding> notes;
    Totals totals;

    qsizetype errorCount() const;
    qsizetype warningCount() const;
    bool hasErrors() const { return errorCount() > 0; }
};

/// Checks a profile against a pump model before anything runs: rates against the speed or flow
/// range, the wire's speed resolution, direction, syringe capacity, head/tubing/syringe, duration.
/// `model` may be null (an unknown id): that is reported as an error. Pure: no I/O.
PrecheckReport precheck(const Profile &profile, const Models::PumpModel *model, const PumpSetup &setup = {});

/// Looks up setup.modelId (empty: the profile's model) in `models`, then checks as above.
PrecheckReport precheck(const Profile &profile, const Models::ModelRegistry &models, const PumpSetup &setup = {});

QString severityText(Finding::Severity severity);  ///< "error", "warning", "note" (translated)
QString severityKey(Finding::Severity severity);   ///< "error", "warning", "note" (for JSON)

/// A rounding that changes a rate, volume or time by less than this is a note, not a warning:
/// it is inside the accuracy a lab pump keeps (about 1 %) and asking about it on every run
/// teaches people to click warnings away.
inline constexpr double kRoundingNotePercent = 1.0;

inline constexpr double kLongRunWarningS = 7 * 24 * 3600.0;
/// A plan longer or bigger than this is refused: no lab run lasts a year, and every time and
/// volume of the run must stay far inside what the clocks and counters can hold.
inline constexpr double kMaxRunS = 366 * 24 * 3600.0;
inline constexpr double kMaxPlanMl = 1e6;  ///< 1000 L

} // namespace PumpStudio::Profiles
