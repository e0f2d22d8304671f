// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Paths {

namespace {
QString &overridden()
{
    static QString path;
    return path;
}

constexpr QFile::Permissions kOwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
                                         | QFile::WriteUser | QFile::ExeUser;
} // namespace

QString dataDir()
{
    QString dir = overridden();
    if (dir.isEmpty())
        dir = qEnvironmentVariable("PUMPSTUDIO_DATA_DIR");
    if (dir.isEmpty() && QCoreApplication::organizationName() == u"PumpStudio"_s) {
        // The three programs (organization "PumpStudio") share the GUI's folder, whatever each
        // is called: pumpctl and pumpsim read the same user models, profiles, records, audit
        // trail and accounts as the GUI.
        dir = guiDataDir();
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

QString privateSubdir(const QString &name)
{
    const QString data = dataDir();
    QFile::setPermissions(data, kOwnerDir);
    const QString dir = dataSubdir(name);
    QFile::setPermissions(dir, kOwnerDir);
    return dir;
}

QString guiDataDir()
{
    // AppLocalDataLocation of organisation "PumpStudio", application "PumpStudio", on every
    // platform: the generic data folder with both names appended.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"PumpStudio/PumpStudio"_s);
}

void setDataDir(const QString &path) { overridden() = path; }

bool makeOwnerOnly(const QString &filePath)
{
    return QFile::setPermissions(filePath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
}

QString logDir() { return dataSubdir(u"logs"_s); }

} // namespace PumpStudio::Paths
