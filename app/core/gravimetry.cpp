// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/gravimetry.h"

namespace PumpStudio::Gravimetry {

double waterDensity(double celsius)
{
    constexpr double a1 = -3.983035;
    constexpr double a2 = 301.797;
    constexpr double a3 = 522528.9;
    constexpr double a4 = 69.34881;
    constexpr double a5 = 999.974950;  // kg/m^3
    const double t = celsius;
    const double kgPerM3 = a5 * (1.0 - (t + a1) * (t + a1) * (t + a2) / (a3 * (t + a4)));
    return kgPerM3 / 1000.0;
}

double zFactor(double liquid, double air, double weights)
{
    return 1.0 / (liquid - air) * (1.0 - air / weights);
}

double volumeFromReading(double readingG, double liquid, double air, double weights)
{
    return readingG * zFactor(liquid, air, weights);
}

double readingFromVolume(double volumeMl, double liquid, double air, double weights)
{
    return volumeMl / zFactor(liquid, air, weights);
}

} // namespace PumpStudio::Gravimetry
