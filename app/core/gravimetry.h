// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

/// Mass to volume for gravimetric calibration: water density (Tanaka et al., Metrologia 38,
/// 2001, air-free water at 101.325 kPa) and the air buoyancy correction of a balance reading
/// (ISO 8655-6). Densities in g/mL (= kg/m^3 / 1000), temperatures in degC.
namespace PumpStudio::Gravimetry {

inline constexpr double kAirDensity = 0.0012;      ///< g/mL, about 1.2 kg/m^3 at 20 degC, 101 kPa
inline constexpr double kWeightsDensity = 8.0;     ///< g/mL, steel reference weights (8000 kg/m^3)

/// Water density in g/mL at `celsius` (valid 0-40 degC): 20 -> 0.9982067, 25 -> 0.9970470.
double waterDensity(double celsius);

/// The volume in mL of a liquid of density `liquid` whose mass a balance (adjusted with weights
/// of density `weights`) reads as `readingG` in air of density `air`:
/// V = m * 1 / (rho_liquid - rho_air) * (1 - rho_air / rho_weights).
double volumeFromReading(double readingG, double liquid, double air = kAirDensity, double weights = kWeightsDensity);

/// The inverse: what the balance reads for `volumeMl` of that liquid (a little less than its
/// true mass, buoyed up by the air it displaces).
double readingFromVolume(double volumeMl, double liquid, double air = kAirDensity, double weights = kWeightsDensity);

/// The Z factor in uL/mg: mL per g read (about 1.0029 for water at 20 degC).
double zFactor(double liquid, double air = kAirDensity, double weights = kWeightsDensity);

} // namespace PumpStudio::Gravimetry
