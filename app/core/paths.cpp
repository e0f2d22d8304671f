// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Paths {

namespace {
QString &overrideDir()
{
    static QString dir;
    return dir;
}
} // namespace

void setDataDirOverride(const QString &dir) { overrideDir() = dir; }

QString dataDir()
{
    QString dir = overrideDir();
    if (dir.isEmpty())
        dir = qEnvironmentVariable("PUMPSTUDIO_DATA_DIR");
    if (dir.isEmpty() && QCoreApplication::organizationName() == u"PumpStudio"_s) {
        // The three programs (organization "PumpStudio") share the GUI's folder, whatever each
        // is called: pumpctl and pumpsim read the same user models and profiles as the GUI.
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"PumpStudio/PumpStudio"_s);
    }
    if (dir.isEmpty())  // anything else (a test executable): a folder of its own
        dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
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
