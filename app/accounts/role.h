// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace PumpStudio::Accounts {

/// What an account is for (controlled mode). See permissions.cpp for what each may do.
enum class Role { Administrator, ServiceEngineer, Technician, Reviewer, Demo };

QList<Role> allRoles();
/// Stable tokens stored in the accounts file and the audit trail: "administrator", ...
QString roleToken(Role role);
std::optional<Role> roleFromToken(const QString &token);
/// In words for people.
QString roleText(Role role);
/// The role token of the open mode's operator, and its words.
QString openModeRoleToken();
/// Any role token (or the open mode's, or "system") in words.
QString roleTokenText(const QString &token);

/// How the workstation works: open (no log-in; the operator is picked at the start of a run)
/// or controlled (log-in required, roles and policies enforced).
enum class Mode { Open, Controlled };
QString modeToken(Mode mode);
std::optional<Mode> modeFromToken(const QString &token);
QString modeText(Mode mode);

} // namespace PumpStudio::Accounts
