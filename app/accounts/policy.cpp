// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "accounts/policy.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Accounts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
};
} // namespace

QList<ChangeKind> allChangeKinds()
{
    return {ChangeKind::SetpointWhileRunning, ChangeKind::EditApprovedProfile, ChangeKind::Delete,
            ChangeKind::AlarmLimits, ChangeKind::PumpConfiguration, ChangeKind::AccountChange};
}

QString changeKindToken(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::SetpointWhileRunning: return u"setpoint-while-running"_s;
    case ChangeKind::EditApprovedProfile: return u"edit-approved-profile"_s;
    case ChangeKind::Delete: return u"delete"_s;
    case ChangeKind::AlarmLimits: return u"alarm-limits"_s;
    case ChangeKind::PumpConfiguration: return u"pump-configuration"_s;
    case ChangeKind::AccountChange: return u"account-change"_s;
    }
    return {};
}

std::optional<ChangeKind> changeKindFromToken(const QString &token)
{
    for (ChangeKind k : allChangeKinds()) {
        if (changeKindToken(k) == token)
            return k;
    }
    return std::nullopt;
}

QString changeKindText(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::SetpointWhileRunning: return Tr::tr("Changing the setpoint of a running pump or profile");
    case ChangeKind::EditApprovedProfile: return Tr::tr("Editing an approved profile");
    case ChangeKind::Delete: return Tr::tr("Deleting anything");
    case ChangeKind::AlarmLimits: return Tr::tr("Changing alarm limits");
    case ChangeKind::PumpConfiguration: return Tr::tr("Changing a pump's configuration");
    case ChangeKind::AccountChange: return Tr::tr("Changing an account");
    }
    return {};
}

QJsonObject Policy::toJson() const
{
    QJsonArray reasons;
    for (ChangeKind k : reasonsRequired)
        reasons.append(changeKindToken(k));
    return QJsonObject{{u"mode"_s, modeToken(mode)},
                       {u"minPasswordLength"_s, minPasswordLength},
                       {u"passwordNeedsLettersAndDigits"_s, passwordNeedsLettersAndDigits},
                       {u"maxFailedLogins"_s, maxFailedLogins},
                       {u"lockoutMinutes"_s, lockoutMinutes},
                       {u"inactivityMinutes"_s, inactivityMinutes},
                       {u"approvedProfilesOnly"_s, approvedProfilesOnly},
                       {u"refuseOverdueCalibration"_s, refuseOverdueCalibration},
                       {u"reasonsRequired"_s, reasons}};
}

Policy Policy::fromJson(const QJsonObject &json)
{
    Policy p;
    p.mode = modeFromToken(json.value(u"mode"_s).toString()).value_or(Mode::Open);
    p.minPasswordLength = std::clamp(json.value(u"minPasswordLength"_s).toInt(p.minPasswordLength), 8, 128);
    p.passwordNeedsLettersAndDigits = json.value(u"passwordNeedsLettersAndDigits"_s).toBool(p.passwordNeedsLettersAndDigits);
    p.maxFailedLogins = std::clamp(json.value(u"maxFailedLogins"_s).toInt(p.maxFailedLogins), 1, 100);
    p.lockoutMinutes = std::clamp(json.value(u"lockoutMinutes"_s).toInt(p.lockoutMinutes), 1, 24 * 60 * 365);
    p.inactivityMinutes = std::clamp(json.value(u"inactivityMinutes"_s).toInt(p.inactivityMinutes), 0, 24 * 60);
    p.approvedProfilesOnly = json.value(u"approvedProfilesOnly"_s).toBool(p.approvedProfilesOnly);
    p.refuseOverdueCalibration = json.value(u"refuseOverdueCalibration"_s).toBool(p.refuseOverdueCalibration);
    if (json.contains(u"reasonsRequired"_s)) {
        p.reasonsRequired.clear();
        for (const QJsonValue &v : json.value(u"reasonsRequired"_s).toArray()) {
            if (const auto k = changeKindFromToken(v.toString()); k && !p.reasonsRequired.contains(*k))
                p.reasonsRequired.append(*k);
        }
    }
    return p;
}

QString Policy::text() const
{
    QStringList reasons;
    for (ChangeKind k : reasonsRequired)
        reasons.append(changeKindToken(k));
    return u"mode=%1; password>=%2%3; lock-out after %4 failures for %5 min; log-off after %6 min; approved profiles only=%7;"
           " refuse overdue calibration=%8; reasons: %9"_s
        .arg(modeToken(mode))
        .arg(minPasswordLength)
        .arg(passwordNeedsLettersAndDigits ? u" letters+digits"_s : QString())
        .arg(maxFailedLogins)
        .arg(lockoutMinutes)
        .arg(inactivityMinutes)
        .arg(approvedProfilesOnly ? u"yes"_s : u"no"_s)
        .arg(refuseOverdueCalibration ? u"yes"_s : u"no"_s)
        .arg(reasons.isEmpty() ? u"none"_s : reasons.join(u", "_s));
}

std::optional<QString> Policy::passwordProblem(const QString &password) const
{
    if (password.size() < minPasswordLength)
        return Tr::tr("A password needs at least %n characters.", nullptr, minPasswordLength);
    if (passwordNeedsLettersAndDigits) {
        const bool letter = std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.isLetter(); });
        const bool digit = std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.isDigit(); });
        if (!letter || !digit)
            return Tr::tr("A password needs both letters and digits.");
    }
    return std::nullopt;
}

} // namespace PumpStudio::Accounts
