// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace PumpStudio {

/// Severity of a log entry, in increasing order; mirrors spdlog's levels.
enum class LogLevel { Trace, Debug, Info, Warning, Error, Critical, Off };

/// One formatted log record as the in-memory sink keeps it for the log view.
struct LogEntry
{
    quint64 sequence = 0;   ///< strictly increasing, never reused in a process
    QDateTime time;         ///< wall clock, local time
    LogLevel level = LogLevel::Info;
    QString subsystem;      ///< logger name: "serial", "device", "ui", "qt", ...
    QString message;
};

QString logLevelName(LogLevel level);
/// Accepts trace, debug, info, warning (or warn), error, critical, off; case-insensitive.
std::optional<LogLevel> parseLogLevel(QStringView name);

/// The log view's filter: at least minLevel, and text (if any) in the subsystem or message.
bool logEntryMatches(const LogEntry &entry, LogLevel minLevel, QStringView text);

} // namespace PumpStudio
