// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/portholder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PortHolder)
};

// A /proc scan is cheap (a few thousand links) but not free: it runs only after an open failed.
constexpr int kMaxProcesses = 100000;

QString procName(qint64 pid)
{
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(comm.read(256)).trimmed();
}

bool alive(qint64 pid) { return pid > 0 && QFileInfo::exists(u"/proc/%1"_s.arg(pid)); }

// "LCK..ttyUSB0" for /dev/ttyUSB0; for a path outside /dev QSerialPort writes the path with '/'
// as '_' ("LCK.._tmp_pump").
QStringList lockNames(const QString &portPath)
{
    QStringList names;
    for (const QString &path : {portPath, QFileInfo(portPath).canonicalFilePath()}) {
        if (path.isEmpty())
            continue;
        QString name = path.startsWith(u"/dev/"_s) ? path.mid(5) : path;
        name.replace(u'/', u'_');
        names.append(u"LCK.."_s + name);
    }
    names.removeDuplicates();
    return names;
}

std::optional<PortHolder> fromLockFile(const QString &portPath, const QStringList &directories, qint64 self)
{
    for (const QString &directory : directories) {
        for (const QString &name : lockNames(portPath)) {
            QFile lock(QDir(directory).filePath(name));
            if (!lock.open(QIODevice::ReadOnly))
                continue;
            // QLockFile: "pid\nprogram\nhost\n"; uucp: the pid in ten ASCII columns.
            const QList<QByteArray> lines = lock.read(4096).split('\n');
            bool ok = false;
            const qint64 pid = lines.value(0).trimmed().toLongLong(&ok);
            if (!ok || pid == self || !alive(pid))
                continue;
            PortHolder holder{pid, procName(pid)};
            if (holder.program.isEmpty())
                holder.program = QString::fromUtf8(lines.value(1).trimmed()).left(64);
            return holder;
        }
    }
    return std::nullopt;
}

std::optional<PortHolder> fromProc(const QString &portPath, qint64 self)
{
    const QString device = QFileInfo(portPath).canonicalFilePath();
    if (device.isEmpty())
        return std::nullopt;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    int seen = 0;
    for (const QString &entry : pids) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == self)
            continue;
        if (++seen > kMaxProcesses)
            break;
        const QDir fds(u"/proc/%1/fd"_s.arg(pid));
        for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            if (QFile::symLinkTarget(fds.filePath(fd)) == device)
                return PortHolder{pid, procName(pid)};
        }
    }
    return std::nullopt;
}

} // namespace

QString PortHolder::text() const
{
    return program.isEmpty() ? Tr::tr("process %1").arg(pid) : Tr::tr("%1 (process %2)").arg(program).arg(pid);
}

QStringList serialLockDirectories()
{
    return {u"/var/lock"_s, u"/run/lock"_s, u"/etc/locks"_s, u"/var/spool/locks"_s, u"/var/spool/uucp"_s,
            u"/tmp"_s, u"/var/tmp"_s, u"/var/lock/lockdev"_s};
}

std::optional<PortHolder> findPortHolder(const QString &portPath, const QStringList &lockDirectories)
{
    const qint64 self = QCoreApplication::applicationPid();
    if (auto holder = fromLockFile(portPath, lockDirectories, self))
        return holder;
    return fromProc(portPath, self);
}

} // namespace PumpStudio
