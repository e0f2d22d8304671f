// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "calibration/syringecheck.h"

#include "core/gravimetry.h"

#include <QCoreApplication>

#include <cmath>
#include <numeric>

namespace PumpStudio::Calibration {

namespace {
struct SyringeTr
{
    Q_DECLARE_TR_FUNCTIONS(SyringeCheck)
};
} // namespace

QString syringeCheckProblem(const SyringeCheckInput &in)
{
    if (!(in.diameterMm > 0) || !std::isfinite(in.diameterMm))
        return SyringeTr::tr("The syringe's inner diameter must be more than 0 mm.");
    if (!(in.plannedMl > 0) || !std::isfinite(in.plannedMl))
        return SyringeTr::tr("The planned volume must be more than 0 mL.");
    if (in.readingsG.empty())
        return SyringeTr::tr("At least one weighing is needed.");
    for (double g : in.readingsG) {
        if (!(g > 0) || !std::isfinite(g))
            return SyringeTr::tr("A weighing of %1 g cannot be a dispensed volume.").arg(g);
    }
    if (in.densityGPerMl < 0 || !std::isfinite(in.densityGPerMl))
        return SyringeTr::tr("The density must be more than 0 g/mL.");
    if (in.densityGPerMl == 0 && (in.temperatureC < 0 || in.temperatureC > 40))
        return SyringeTr::tr("The water temperature must be from 0 to 40 °C.");
    if (!(in.tolerancePct > 0))
        return SyringeTr::tr("The tolerance must be more than 0 %.");
    return {};
}

SyringeCheckResult evaluateSyringeCheck(const SyringeCheckInput &in)
{
    SyringeCheckResult r;
    const double density = in.densityGPerMl > 0 ? in.densityGPerMl : Gravimetry::waterDensity(in.temperatureC);
    for (double g : in.readingsG)
        r.volumesMl.push_back(Gravimetry::volumeFromReading(g, density));
    const double n = static_cast<double>(r.volumesMl.size());
    r.meanMl = std::accumulate(r.volumesMl.begin(), r.volumesMl.end(), 0.0) / n;
    if (r.volumesMl.size() > 1) {
        double ss = 0;
        for (double v : r.volumesMl)
            ss += (v - r.meanMl) * (v - r.meanMl);
        r.cvPct = std::sqrt(ss / (n - 1)) / r.meanMl * 100.0;
    }
    r.factor = r.meanMl / in.plannedMl;
    r.errorPct = (in.plannedMl / r.meanMl - 1.0) * 100.0;
    r.correctedDiameterMm = in.diameterMm * std::sqrt(r.factor);
    r.pass = std::abs(r.errorPct) <= in.tolerancePct + 1e-9;
    return r;
}

} // namespace PumpStudio::Calibration
