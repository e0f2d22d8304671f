// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/paths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Paths {

QString dataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString dataSubdir(const QString &name)
{
    const QString dir = QDir(dataDir()).filePath(name);
    QDir().mkpath(dir);
    return dir;
}

QString logDir() { return dataSubdir(u"logs"_s); }

} // namespace PumpStudio::Paths
