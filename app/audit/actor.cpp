// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "audit/actor.h"

#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

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
#ifdef Q_OS_UNIX
    // Services, containers and cron jobs often run without USER set: the account the process
    // runs as is what the trail must name then, not nobody.
    if (user.isEmpty()) {
        if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
            user = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    return user;
}

QString workstationName() { return QSysInfo::machineHostName(); }

Actor systemActor()
{
    return Actor{u"pumpstudio"_s, u"PumpStudio"_s, u"system"_s, osUserName(), workstationName()};
}

} // namespace PumpStudio::Audit
