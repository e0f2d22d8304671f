// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// How closely a profile run keeps to its plan, against a simulated Reglo ICC at 1x on a
// pseudo-terminal through the real driver: step boundaries against schedule (p50/p95/max, ms)
// and delivered against planned volume for a multi-step profile.
#include "profiles/profilerunner.h"
#include "support/simpumprig.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <algorithm>
#include <cstdio>

using namespace PumpStudio;
using namespace PumpStudio::Profiles;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Test::SimPumpRig rig;
    if (!rig.open()) {
        std::fprintf(stderr, "could not start the simulated pump\n");
        return 1;
    }
    const double r = rig.pump->mlPerRev();  // mL per revolution of the simulated tubing
    const Profile profile = rig.profile({
        constantFlow(mlPerMin(20 * r), seconds(2)),
        ramp(mlPerMin(20 * r), mlPerMin(80 * r), seconds(3)),
        pause(seconds(1)),
        repeat(3, {dispense(ml(50 * r / 60.0), mlPerMin(50 * r)), pause(seconds(0.5)),
                   constantFlow(mlPerMin(30 * r), seconds(1), Direction::Reverse)}),
        constantFlow(mlPerMin(60 * r), seconds(2)),
    });
    ProfileRunner runner(*rig.driver, profile);
    QSignalSpy done(&runner, &ProfileRunner::finished);
    runner.start();
    if (!done.wait(120000)) {
        std::fprintf(stderr, "the run did not finish\n");
        return 1;
    }
    std::vector<double> errors = runner.boundaryErrorsMs();
    for (double &e : errors)
        e = std::abs(e);
    std::sort(errors.begin(), errors.end());
    const auto at = [&](double q) { return errors.empty() ? 0.0 : errors[std::min(errors.size() - 1, size_t(q * double(errors.size())))]; };
    const ProfileRunner::Progress p = runner.progress();
    std::printf("Profile run on a simulated Reglo ICC at 1x (9600 baud), %zu step boundaries\n\n", errors.size());
    std::printf("%-52s %10s\n", "Step boundary error |actual - planned|", "ms");
    std::printf("%-52s %10.1f\n", "p50", at(0.5));
    std::printf("%-52s %10.1f\n", "p95", at(0.95));
    std::printf("%-52s %10.1f\n", "max", errors.empty() ? 0.0 : errors.back());
    std::printf("\n%-52s %10s\n", "Volume", "mL");
    std::printf("%-52s %10.4f\n", "planned", p.plannedMl);
    std::printf("%-52s %10.4f\n", "delivered, from the setpoints the pump took", p.deliveredMl);
    std::printf("%-52s %10.4f\n", "moved by the simulated pump (incl. acceleration)", rig.pump->dispensedMl());
    std::printf("%-52s %10.1f\n", "run time (s), planned", p.plannedS);
    std::printf("%-52s %10.1f\n", "run time (s), actual", p.elapsedS);
    return 0;
}
