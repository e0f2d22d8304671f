// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/approvals.h"
#include "audit/signature.h"
#include "profiles/profile.h"
#include "profiles/profilelibrary.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace PumpStudio::Audit {
class AuditTrail;
}
namespace PumpStudio::Accounts {
class Session;
}

namespace PumpStudio::Services {

/// Asks the person at the workstation why (a dialog in the GUI); nothing when they cancel.
using ReasonProvider = std::function<std::optional<QString>(const QString &question)>;

/// SHA-256 (hex) of the profile as its file stores it: what an approval signs.
QByteArray profileContentHash(const Profiles::Profile &profile);
/// The subject signatures of a profile's file name: "profile:rinse.json".
QString profileSubject(const QString &path);

/// Approvals are trail entries (audit/approvals.h); named here for the services' callers.
using Audit::Approval;
using Audit::approvalOf;

/// The guard a profile library gets in the programs: editing needs EditProfiles, exporting
/// ExportData; saving over an approved profile or deleting asks a reason where the policy says
/// so; every write goes to the audit trail with the old and new profile, and an edit of an
/// approved profile withdraws the approval with an entry of its own.
Profiles::ProfileLibrary::Guard libraryGuard(Accounts::Session &session, ReasonProvider reasons);

} // namespace PumpStudio::Services
