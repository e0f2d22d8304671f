// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>

#include <vector>

namespace PumpStudio::Calibration {

/// A gravimetric check of a syringe's inner diameter: the syringe pump dispenses a planned
/// volume (computed by the pump from the diameter it is set to), the balance weighs it, and the
/// volume actually delivered gives the correction. Volume goes with the square of the diameter,
/// so the corrected diameter is ID x sqrt(actual / planned). Pure: no I/O.
struct SyringeCheckInput
{
    double diameterMm = 0;                 ///< the inner diameter the pump is set to
    double plannedMl = 0;                  ///< the volume the pump was told to dispense
    std::vector<double> readingsG;         ///< net balance readings, one per replicate
    double temperatureC = 20.0;            ///< water at this temperature, unless
    double densityGPerMl = 0;              ///< another liquid's density (> 0)
    double tolerancePct = 2.0;             ///< +- % of volume
};

struct SyringeCheckResult
{
    std::vector<double> volumesMl;         ///< each reading as a volume (density, air buoyancy)
    double meanMl = 0;
    double cvPct = 0;                      ///< 0 with one replicate
    double factor = 0;                     ///< actual / planned volume
    double errorPct = 0;                   ///< (planned / actual - 1) x 100: error of the volumes the pump shows
    double correctedDiameterMm = 0;        ///< diameterMm x sqrt(factor)
    bool pass = false;                     ///< |errorPct| within the tolerance
};

/// Why the input cannot be evaluated (empty: it can).
QString syringeCheckProblem(const SyringeCheckInput &input);
/// The check's figures; call only when syringeCheckProblem() is empty.
SyringeCheckResult evaluateSyringeCheck(const SyringeCheckInput &input);

} // namespace PumpStudio::Calibration
