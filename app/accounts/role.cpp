// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "accounts/role.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Accounts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
};
} // namespace

QList<Role> allRoles() { return {Role::Administrator, Role::ServiceEngineer, Role::Technician, Role::Reviewer, Role::Demo}; }

QString roleToken(Role role)
{
    switch (role) {
    case Role::Administrator: return u"administrator"_s;
    case Role::ServiceEngineer: return u"service-engineer"_s;
    case Role::Technician: return u"technician"_s;
    case Role::Reviewer: return u"reviewer"_s;
    case Role::Demo: return u"demo"_s;
    }
    return {};
}

std::optional<Role> roleFromToken(const QString &token)
{
    for (Role r : allRoles()) {
        if (roleToken(r) == token)
            return r;
    }
    return std::nullopt;
}

QString roleText(Role role)
{
    switch (role) {
    case Role::Administrator: return Tr::tr("Administrator");
    case Role::ServiceEngineer: return Tr::tr("Service engineer");
    case Role::Technician: return Tr::tr("Technician");
    case Role::Reviewer: return Tr::tr("Reviewer (QA)");
    case Role::Demo: return Tr::tr("Demo");
    }
    return {};
}

QString openModeRoleToken() { return u"operator"_s; }

QString roleTokenText(const QString &token)
{
    if (const auto role = roleFromToken(token))
        return roleText(*role);
    if (token == openModeRoleToken())
        return Tr::tr("Operator (open mode)");
    if (token == u"system")
        return Tr::tr("PumpStudio");
    return token;
}

QString modeToken(Mode mode) { return mode == Mode::Open ? u"open"_s : u"controlled"_s; }

std::optional<Mode> modeFromToken(const QString &token)
{
    if (token == u"open")
        return Mode::Open;
    if (token == u"controlled")
        return Mode::Controlled;
    return std::nullopt;
}

QString modeText(Mode mode) { return mode == Mode::Open ? Tr::tr("open") : Tr::tr("controlled"); }

} // namespace PumpStudio::Accounts
