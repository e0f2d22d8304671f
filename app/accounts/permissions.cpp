// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "accounts/permissions.h"

#include <QCoreApplication>

namespace PumpStudio::Accounts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
};

constexpr Grant N = Grant::No;
constexpr Grant Y = Grant::Yes;
constexpr Grant S = Grant::SimulatedOnly;

struct Row
{
    Permission permission;
    Grant administrator, serviceEngineer, technician, reviewer, demo;
};

// Separation of duties: the administrator manages accounts and policies but runs no pumps
// (stopping one is always allowed: safety); the reviewer reads and signs but controls no pump;
// the demo role works on simulated pumps only.
constexpr Row kTable[] = {
    //                               admin  service tech   review demo
    {Permission::ControlPumps,       N,     Y,      Y,     N,     S},
    {Permission::StopPumps,          Y,     Y,      Y,     N,     Y},
    {Permission::RunProfiles,        N,     Y,      Y,     N,     S},
    {Permission::EditProfiles,       N,     N,      Y,     N,     N},
    {Permission::ApproveProfiles,    N,     N,      N,     Y,     N},
    {Permission::AcknowledgeAlarms,  N,     Y,      Y,     N,     Y},
    {Permission::SetAlarmLimits,     N,     Y,      Y,     N,     S},
    {Permission::ConfigurePumps,     N,     Y,      S,     N,     S},
    {Permission::Calibrate,          N,     Y,      N,     N,     N},
    {Permission::CheckCalibration,   N,     Y,      N,     Y,     N},
    {Permission::EditModelFiles,     N,     Y,      N,     N,     N},
    {Permission::FirmwareSettings,   N,     Y,      N,     N,     N},
    {Permission::ExportData,         Y,     Y,      Y,     Y,     N},
    {Permission::ViewRecords,        Y,     Y,      Y,     Y,     N},
    {Permission::ReviewRuns,         N,     N,      N,     Y,     N},
    {Permission::ViewAudit,          Y,     Y,      N,     Y,     N},
    {Permission::ManageAccounts,     Y,     N,      N,     N,     N},
    {Permission::ManagePolicies,     Y,     N,      N,     N,     N},
    {Permission::UseCatalog,         Y,     Y,      Y,     Y,     Y},
};
} // namespace

Grant grantFor(Role role, Permission permission)
{
    for (const Row &row : kTable) {
        if (row.permission != permission)
            continue;
        switch (role) {
        case Role::Administrator: return row.administrator;
        case Role::ServiceEngineer: return row.serviceEngineer;
        case Role::Technician: return row.technician;
        case Role::Reviewer: return row.reviewer;
        case Role::Demo: return row.demo;
        }
    }
    return Grant::No;
}

bool roleMay(Role role, Permission permission, bool simulated)
{
    const Grant grant = grantFor(role, permission);
    return grant == Grant::Yes || (grant == Grant::SimulatedOnly && simulated);
}

QList<Permission> allPermissions()
{
    QList<Permission> out;
    for (const Row &row : kTable)
        out.append(row.permission);
    return out;
}

QString permissionText(Permission permission)
{
    switch (permission) {
    case Permission::ControlPumps: return Tr::tr("control pumps");
    case Permission::StopPumps: return Tr::tr("stop pumps");
    case Permission::RunProfiles: return Tr::tr("run profiles");
    case Permission::EditProfiles: return Tr::tr("edit profiles");
    case Permission::ApproveProfiles: return Tr::tr("approve profiles");
    case Permission::AcknowledgeAlarms: return Tr::tr("acknowledge alarms");
    case Permission::SetAlarmLimits: return Tr::tr("set alarm limits");
    case Permission::ConfigurePumps: return Tr::tr("configure pumps (addresses, serial settings)");
    case Permission::Calibrate: return Tr::tr("calibrate");
    case Permission::CheckCalibration: return Tr::tr("check calibrations");
    case Permission::EditModelFiles: return Tr::tr("edit model files");
    case Permission::FirmwareSettings: return Tr::tr("change firmware-level settings");
    case Permission::ExportData: return Tr::tr("export");
    case Permission::ViewRecords: return Tr::tr("view run records");
    case Permission::ReviewRuns: return Tr::tr("review runs");
    case Permission::ViewAudit: return Tr::tr("view the audit trail");
    case Permission::ManageAccounts: return Tr::tr("manage accounts");
    case Permission::ManagePolicies: return Tr::tr("change the mode and policies");
    case Permission::UseCatalog: return Tr::tr("use the catalog");
    }
    return {};
}

} // namespace PumpStudio::Accounts
