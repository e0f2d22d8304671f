// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// How closely a profile run keeps to its plan, against simulated pumps at 1x on a
// pseudo-terminal through the real drivers: step boundaries against schedule (p50/p95/max, ms)
// and delivered against planned volume for one multi-step profile, on a pump that meters in its
// own volume and time modes (Reglo ICC), one with volume at rate (NE-1000) and one the runner
// times itself (Lead Fluid BT100S over Modbus RTU). One run, compare the rows, not absolutes.
#include "profiles/profilerunner.h"
#include "support/simpumprig.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace PumpStudio;
using namespace PumpStudio::Profiles;

namespace {

struct Figures
{
    QString model;
    std::vector<double> errors;  // |boundary error| ms, sorted
    double overrunMs = 0;
    double plannedMl = 0;
    double accountMl = 0;
    double pumpMl = 0;
    double worstStepPercent = 0;  // largest |pump - plan| of a pumping step, % of that step
    int metered = 0;
    int segments = 0;
    bool ok = false;
};

double quantile(const std::vector<double> &sorted, double q)
{
    return sorted.empty() ? 0.0 : sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size())))];
}

Figures measure(const QString &modelId)
{
    Figures f;
    f.model = modelId;
    Test::SimPumpRig rig;
    if (!rig.open(modelId)) {
        std::fprintf(stderr, "could not start the simulated %s\n", qPrintable(modelId));
        return f;
    }
    // Flows as fractions of the pump's range, so one profile suits a peristaltic and a syringe pump.
    const double max = rig.pump->config().maxRpm * rig.pump->mlPerRev();
    const double slow = 0.2 * max, mid = 0.3 * max, fast = 0.5 * max;
    const Profile profile = rig.profile({
        constantFlow(mlPerMin(slow), seconds(2)),
        ramp(mlPerMin(slow), mlPerMin(0.8 * max), seconds(3)),
        pause(seconds(1)),
        repeat(3, {dispense(ml(fast * 1.5 / 60.0), mlPerMin(fast)), pause(seconds(0.5)),
                   constantFlow(mlPerMin(mid), seconds(1), Direction::Reverse)}),
        constantFlow(mlPerMin(0.6 * max), seconds(2)),
    });
    ProfileRunner runner(*rig.driver, profile);
    const Timeline plan = timeline(profile);
    f.segments = int(plan.segments.size());
    for (int i = 0; i < f.segments; ++i)
        f.metered += runner.metering(i) != ProfileRunner::Metering::Timed ? 1 : 0;
    // The pump's own count per step, taken when the next step begins (a ramp or a timed step
    // hands over to the next without stopping, so its tail counts there; metered steps stop).
    std::vector<double> moved(plan.segments.size(), 0.0);
    double mark = 0;
    QObject::connect(&runner, &ProfileRunner::stepFinished, &runner, [&](const QString &, int segment) {
        moved[size_t(segment)] = rig.pump->dispensedMl() - mark;
        mark = rig.pump->dispensedMl();
    });
    QObject::connect(&runner, &ProfileRunner::stateChanged, &runner, [&](ProfileRunner::State, const QString &message) {
        if (!message.isEmpty())
            std::fprintf(stderr, "%s: %s\n", qPrintable(modelId), qPrintable(message));
    });
    QSignalSpy done(&runner, &ProfileRunner::finished);
    runner.start();
    if (!done.wait(180000)) {
        std::fprintf(stderr, "the run on the %s did not finish\n", qPrintable(modelId));
        return f;
    }
    f.errors = runner.boundaryErrorsMs();
    for (double &e : f.errors)
        e = std::abs(e);
    std::sort(f.errors.begin(), f.errors.end());
    f.overrunMs = double(runner.meteredOverrunMs());
    const ProfileRunner::Progress p = runner.progress();
    f.plannedMl = p.plannedMl;
    f.accountMl = p.deliveredMl;
    f.pumpMl = rig.pump->dispensedMl();
    for (size_t i = 0; i < plan.segments.size(); ++i) {
        const Segment &s = plan.segments[i];
        if (s.volumeMl > 0 && s.kind != Step::Kind::Ramp)
            f.worstStepPercent = std::max(f.worstStepPercent, std::abs(moved[i] - s.volumeMl) / s.volumeMl * 100.0);
    }
    f.ok = true;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::vector<Figures> all;
    for (const char *id : {"reglo-icc", "ne-1000", "leadfluid-bt100s"})
        all.push_back(measure(QString::fromLatin1(id)));
    std::printf("Profile runs on simulated pumps at 1x, one multi-step profile (constant, ramp, pause,\n"
                "3 x [dispense, pause, reverse constant], constant; flows 20-80 %% of each pump's range)\n\n");
    std::printf("%-44s %12s %12s %12s\n", "", "reglo-icc", "ne-1000", "leadfluid");
    // Each cell: a number with `decimals`, or the text a figure gives.
    const auto row = [&](const char *label, int decimals, auto value) {
        std::printf("%-44s", label);
        for (const Figures &f : all)
            std::printf(" %12s", f.ok ? qPrintable(QString::number(value(f), 'f', decimals)) : "failed");
        std::printf("\n");
    };
    std::printf("%-44s", "steps metered by the pump / segments");
    for (const Figures &f : all)
        std::printf(" %12s", qPrintable(QStringLiteral("%1/%2").arg(f.metered).arg(f.segments)));
    std::printf("\n");
    row("step boundary error p50 (ms)", 1, [](const Figures &f) { return quantile(f.errors, 0.5); });
    row("step boundary error p95 (ms)", 1, [](const Figures &f) { return quantile(f.errors, 0.95); });
    row("step boundary error max (ms)", 1, [](const Figures &f) { return f.errors.empty() ? 0.0 : f.errors.back(); });
    row("metered steps' overrun, total (ms)", 0, [](const Figures &f) { return f.overrunMs; });
    row("volume planned (mL)", 4, [](const Figures &f) { return f.plannedMl; });
    row("volume, runner's account (mL)", 4, [](const Figures &f) { return f.accountMl; });
    row("volume moved by the simulated pump (mL)", 4, [](const Figures &f) { return f.pumpMl; });
    row("pump vs plan, whole profile (%)", 2, [](const Figures &f) { return (f.pumpMl - f.plannedMl) / f.plannedMl * 100.0; });
    row("worst constant/dispense step |pump-plan| (%)", 2, [](const Figures &f) { return f.worstStepPercent; });
    std::printf("\nBoundary errors exclude the time metered steps ran past their plan (commands before the\n"
                "pump's own run, and its acceleration, which a volume mode makes up for by running longer);\n"
                "that time is the overrun row. Ramps are timed by the runner on every pump.\n");
    return std::all_of(all.begin(), all.end(), [](const Figures &f) { return f.ok; }) ? 0 : 1;
}
