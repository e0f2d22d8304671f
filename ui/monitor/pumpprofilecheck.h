// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/precheck.h"
#include "profiles/profile.h"

#include <QStringList>

#include <optional>

namespace PumpStudio::Services {
class DeviceService;
}

namespace PumpStudio {

/// A profile checked against one pump as it is fitted (model, head, tubing or syringe,
/// calibration and whether it is overdue): what a panel's "Run profile…" and the group start both do before anything is sent.
struct PumpProfileCheck
{
    Profiles::Profile profile;  ///< ready to send: the pump's calibration applied
    Profiles::PrecheckReport report;

    /// One line per finding, "error: …" or "warning: …".
    QStringList lines() const;
    QStringList warningLines() const;
};

/// Runs the pre-run check of `profile` on the pump `pumpId`; nullopt when the pump or its model
/// is unknown.
std::optional<PumpProfileCheck> checkProfileOnPump(const Services::DeviceService &devices, const QString &pumpId,
                                                   Profiles::Profile profile);

} // namespace PumpStudio
