// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "pumpprofilecheck.h"

#include "accounts/session.h"
#include "calibration/calibrationdue.h"
#include "services/calibrationstatus.h"
#include "services/deviceservice.h"

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
QStringList findingLines(const Profiles::PrecheckReport &report, std::optional<Profiles::Finding::Severity> only)
{
    QStringList lines;
    for (const Profiles::Finding &f : report.findings) {
        if (!only || f.severity == *only)
            lines.append(Profiles::severityText(f.severity) + u": "_s + f.message);
    }
    return lines;
}
} // namespace

QStringList PumpProfileCheck::lines() const
{
    return findingLines(report, std::nullopt);
}

QStringList PumpProfileCheck::warningLines() const
{
    return findingLines(report, Profiles::Finding::Severity::Warning);
}

std::optional<PumpProfileCheck> checkProfileOnPump(const Services::DeviceService &devices, const QString &pumpId,
                                                   Profiles::Profile profile)
{
    const auto snapshot = devices.pump(pumpId);
    const Models::PumpModel *model = snapshot ? devices.models().find(snapshot->config.modelId) : nullptr;
    if (!model)
        return std::nullopt;
    // The pump as configured is what runs: its head, tubing (or syringe) and calibration.
    Profiles::PumpSetup setup;
    setup.modelId = model->id;
    setup.headId = snapshot->config.headId;
    setup.tubingId = snapshot->config.tubingId;
    if (model->kind == Models::Kind::Syringe)
        setup.syringeId = snapshot->config.tubingId;  // the config keeps a syringe pump's syringe there
    setup.mlPerRev = Device::effectiveMlPerRev(snapshot->config, *model);
    PumpProfileCheck check;
    check.report = Profiles::precheck(profile, devices.models(), setup);
    // The calibration for this head and tubing: overdue warns; controlled mode may refuse.
    if (const auto due = devices.calibrationStatus().state(pumpId)) {
        const Accounts::Session *session = devices.session();
        const bool refuse = session && session->isControlled() && session->policy().refuseOverdueCalibration;
        if (const auto finding = Calibration::dueFinding(*due, snapshot->config.displayName(), refuse)) {
            check.report.findings.push_back(Profiles::Finding{
                finding->refuse ? Profiles::Finding::Severity::Error : Profiles::Finding::Severity::Warning, QString(), finding->message});
        }
    }
    profile.mlPerRev = setup.mlPerRev;
    check.profile = std::move(profile);
    return check;
}

} // namespace PumpStudio
