// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace PumpStudio {

/// A process that holds a serial port, as the system tells it.
struct PortHolder
{
    qint64 pid = 0;
    QString program;  ///< its name (/proc/<pid>/comm, else the lock file's), may be empty

    /// "pumpsim (process 4242)", or "process 4242" without a name.
    QString text() const;
};

/// The folders where QSerialPort and uucp-style programs leave "LCK..<port>" lock files.
QStringList serialLockDirectories();

/// Who holds the serial port at `portPath` open, best effort: first a live "LCK..<name>" lock
/// file in `lockDirectories` (the pid on its first line, as QSerialPort, minicom and uucp write
/// it), then a scan of /proc/<pid>/fd for the device (only processes this user may inspect).
/// This process is never named. None when nobody can be named (another user's process, or a
/// system without /proc).
std::optional<PortHolder> findPortHolder(const QString &portPath,
                                         const QStringList &lockDirectories = serialLockDirectories());

} // namespace PumpStudio
