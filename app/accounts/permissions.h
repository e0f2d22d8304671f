// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "accounts/role.h"

#include <QList>
#include <QString>

namespace PumpStudio::Accounts {

/// Something a role may or may not do. The core asks for one of these before it acts.
enum class Permission {
    ControlPumps,       ///< start, speed, flow, direction, dispense; connect and disconnect
    StopPumps,          ///< stop a pump or abort a profile (safety)
    RunProfiles,        ///< start, pause, resume, skip and confirm profiles
    EditProfiles,       ///< save, import, duplicate and delete profiles
    ApproveProfiles,    ///< sign a profile as approved
    AcknowledgeAlarms,
    SetAlarmLimits,
    ConfigurePumps,     ///< add and remove pumps; addresses, serial settings, polling
    Calibrate,          ///< perform a calibration (and sign it as performed)
    CheckCalibration,   ///< sign a calibration as checked
    EditModelFiles,
    FirmwareSettings,
    ExportData,         ///< run records, reports, the audit trail
    ViewRecords,
    ReviewRuns,         ///< sign a run as reviewed
    ViewAudit,
    ManageAccounts,
    ManagePolicies,     ///< the mode and the policies
    UseCatalog,
};

/// May a role do it: never, always, or only on simulated pumps (the demo role).
enum class Grant { No, Yes, SimulatedOnly };

/// The one table of what each role may do.
Grant grantFor(Role role, Permission permission);
/// Whether `role` may do `permission` to a pump that is (or is not) simulated.
bool roleMay(Role role, Permission permission, bool simulated = false);

QList<Permission> allPermissions();
/// In words for people ("run profiles").
QString permissionText(Permission permission);

} // namespace PumpStudio::Accounts
