// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "accounts/role.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace PumpStudio::Accounts {

/// Kinds of change a policy can ask a reason for (controlled mode).
enum class ChangeKind {
    SetpointWhileRunning,   ///< a running pump's or profile's setpoint
    EditApprovedProfile,    ///< saving changes to an approved profile
    Delete,                 ///< deleting anything (profiles, pumps)
    AlarmLimits,
    PumpConfiguration,      ///< addresses, serial settings, polling
    AccountChange,          ///< roles, names, enabling and disabling accounts
};
QList<ChangeKind> allChangeKinds();
QString changeKindToken(ChangeKind kind);
std::optional<ChangeKind> changeKindFromToken(const QString &token);
QString changeKindText(ChangeKind kind);

/// The administrator's choices: the mode, password rules, lock-out, log-off and reasons.
struct Policy
{
    Mode mode = Mode::Open;
    int minPasswordLength = 10;
    bool passwordNeedsLettersAndDigits = true;
    int maxFailedLogins = 5;          ///< failures in a row that lock an account
    int lockoutMinutes = 15;          ///< how long it stays locked (an administrator can unlock it)
    int inactivityMinutes = 10;       ///< automatic log-off; 0: never
    bool approvedProfilesOnly = true; ///< controlled mode runs only approved profiles
    /// Controlled mode refuses to start a profile on a pump whose calibration (for the head and
    /// tubing fitted) is overdue; otherwise the pre-run check only warns.
    bool refuseOverdueCalibration = false;
    QList<ChangeKind> reasonsRequired{ChangeKind::SetpointWhileRunning, ChangeKind::EditApprovedProfile,
                                      ChangeKind::Delete, ChangeKind::AlarmLimits};

    QJsonObject toJson() const;
    static Policy fromJson(const QJsonObject &json);
    /// One line per setting, for the audit trail's old and new values.
    QString text() const;
    /// Why `password` does not meet the rules; nothing when it does.
    std::optional<QString> passwordProblem(const QString &password) const;

    friend bool operator==(const Policy &, const Policy &) = default;
};

} // namespace PumpStudio::Accounts
