// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

// A private PostgreSQL for a test: initdb into a temporary folder, a server listening on a free
// loopback port only (and a socket in that folder), a password for its one account, stopped
// (or killed, to test interruptions) by the test. PostgreSQL refuses to run as root: when the
// test runs as root, the server's programs run as the "postgres" user through runuser.
#include "support/mosquittobroker.h"  // freeLoopbackPort()

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace PumpStudio::Test {

/// The folder of initdb and pg_ctl (the newest installed), or empty.
inline QString postgresBinDir()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() && QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            return bin;
    }
    return {};
}

struct PostgresServer
{
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/pumpstudio-pg-XXXXXX")};
    QString bin = postgresBinDir();
    quint16 port = 0;
    QString user = QStringLiteral("archivist");
    QString password = QStringLiteral("s3cret-for-tests");
    QString log;

    ~PostgresServer() { stop(); }

    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }

    /// Runs a server program (as postgres when we are root); its exit code, output in `log`.
    int runServerTool(const QString &tool, const QStringList &args, int timeoutMs = 60000)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        const QString program = bin + u'/' + tool;
        if (::geteuid() == 0)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
        else
            p.start(program, args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(2000);
            log += QStringLiteral("%1 timed out\n").arg(tool);
            return -1;
        }
        log += QString::fromLocal8Bit(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    /// initdb (once) and start.
    bool start()
    {
        if (bin.isEmpty() || !dir.isValid())
            return false;
        if (!QFileInfo::exists(dataDir())) {
            QFile pw(dir.filePath(QStringLiteral("pw")));
            if (!pw.open(QIODevice::WriteOnly))
                return false;
            pw.write(password.toUtf8() + '\n');
            pw.close();
            if (::geteuid() == 0) {
                const passwd *pg = ::getpwnam("postgres");
                if (!pg)
                    return false;
                if (::chown(QFile::encodeName(dir.path()).constData(), pg->pw_uid, pg->pw_gid) != 0
                    || ::chown(QFile::encodeName(pw.fileName()).constData(), pg->pw_uid, pg->pw_gid) != 0) {
                    return false;
                }
            }
            if (runServerTool(QStringLiteral("initdb"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), user, QStringLiteral("-E"),
                                                          QStringLiteral("UTF8"), QStringLiteral("--auth-host=scram-sha-256"),
                                                          QStringLiteral("--auth-local=trust"), QStringLiteral("--pwfile"), pw.fileName(),
                                                          QStringLiteral("--no-sync")}) != 0) {
                return false;
            }
            port = freeLoopbackPort();
        }
        return runServerTool(QStringLiteral("pg_ctl"),
                             {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), dir.filePath(QStringLiteral("server.log")),
                              QStringLiteral("-w"), QStringLiteral("-o"),
                              QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -c fsync=off -c full_page_writes=off")
                                  .arg(port)
                                  .arg(dir.path()),
                              QStringLiteral("start")}) == 0;
    }

    /// mode "fast" (clean) or "immediate" (as if it crashed mid-way).
    bool stop(const QString &mode = QStringLiteral("fast"))
    {
        if (!QFileInfo::exists(dataDir() + QStringLiteral("/postmaster.pid")))
            return true;
        return runServerTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), mode, QStringLiteral("-w"),
                                                        QStringLiteral("stop")}) == 0;
    }

    QString url(const QString &database) const { return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(port).arg(database); }

    /// psql as a person would use it: over TCP with the password from PGPASSWORD. Its output
    /// (unaligned, tuples only), or a null QString when it failed.
    QString psql(const QString &database, const QString &sql)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(bin + QStringLiteral("/psql"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                                                QStringLiteral("-U"), user, QStringLiteral("-d"), database, QStringLiteral("-At"),
                                                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            log += QString::fromLocal8Bit(p.readAllStandardError());
            return {};
        }
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
};

} // namespace PumpStudio::Test
