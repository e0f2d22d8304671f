// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "models/pumpmodel.h"

#include <optional>

namespace PumpStudio::Models {

/// The checks every command passes before anything is sent. Messages name the limit and unit.

/// `rpm` within the model's range, rounded to the wire resolution; the rounded value on success.
Result<double> checkSpeed(const PumpModel &model, double rpm);
/// `rpm` rounded to what the pump can be set to.
double quantizeSpeed(const PumpModel &model, double rpm);
/// A flow in mL/min: against the flow range for syringe pumps, else as rpm = flow / mlPerRev
/// against the speed range. Returns the flow that will actually be set.
Result<double> checkFlow(const PumpModel &model, double mlPerRev, double mlPerMin);
Result<int> checkAddress(const PumpModel &model, int address);

double flowFromRpm(double rpm, double mlPerRev);
double rpmFromFlow(double mlPerMin, double mlPerRev);

/// mL/rev of the default head and tubing (0 when the model has none).
double defaultMlPerRev(const PumpModel &model);
/// mL/rev of `tubingId` on `headId` (empty ids: the defaults).
std::optional<double> mlPerRevFor(const PumpModel &model, const QString &headId, const QString &tubingId);
int defaultAddress(const PumpModel &model);

/// The pump's own run modes the app drives for a model (the drivers agree; tst_drivers checks),
/// and the resolution the pump takes values in there.
struct OwnModes
{
    bool volume = false;        ///< dispenses a volume at a rate and stops itself
    bool time = false;          ///< runs at a flow for a time and stops itself
    int significantDigits = 0;  ///< volume and flow as the pump holds them (0: not by digits)
    double timeResolutionS = 0;
    double revolutionResolution = 0;  ///< volume counted in revolutions of this size instead
};
OwnModes ownModes(const PumpModel &model);
/// `value` as a pump holding `digits` significant digits takes it.
double roundToDigits(double value, int digits);

} // namespace PumpStudio::Models
