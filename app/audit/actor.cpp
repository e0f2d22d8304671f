// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "audit/actor.h"

#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Audit {

QString Actor::displayName() const
{
    if (fullName.isEmpty() || fullName == userId)
        return userId;
    return u"%1 (%2)"_s.arg(fullName, userId);
}

QString osUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user;
}

QString workstationName() { return QSysInfo::machineHostName(); }

Actor systemActor()
{
    return Actor{u"pumpstudio"_s, u"PumpStudio"_s, u"system"_s, osUserName(), workstationName()};
}

} // namespace PumpStudio::Audit
