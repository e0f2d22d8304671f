// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/logentry.h"
#include "core/qtfmt.h"  // so every user of a logger can format QString and QByteArray

#include <spdlog/logger.h>

#include <chrono>
#include <memory>
#include <string_view>

namespace PumpStudio {

class MemorySink;

/// Process-wide logging: one set of sinks shared by named loggers per subsystem.
namespace Logging {

struct Options
{
    LogLevel level = LogLevel::Info;
    QString directory;             ///< rotating file sink here; empty: no file
    bool console = true;           ///< colour console sink on stderr
    std::size_t memoryCapacity = 5000; ///< entries kept for the log view; 0: no memory sink
    std::size_t fileSize = 5 * 1024 * 1024;
    std::size_t fileCount = 3;
    /// Every sink is flushed this often whatever the level, so a crash loses at most this much
    /// of the log (warnings and above are also flushed at once).
    std::chrono::seconds flushInterval{1};
};

/// Sets up the sinks. Safe to call again (tests, a changed level); loggers made earlier keep working.
void initialize(const Options &options);
/// A named logger for a subsystem ("serial", "device", "ui", ...), created on first use.
std::shared_ptr<spdlog::logger> get(std::string_view subsystem);
void setLevel(LogLevel level);
LogLevel level();
/// The in-memory sink feeding the log view (null when disabled).
std::shared_ptr<MemorySink> memorySink();
/// Path of the current log file, empty when there is none.
QString logFilePath();
/// Routes qDebug/qWarning/... (Qt's own messages included) into the "qt" logger.
void installQtMessageHandler();
void shutdown();

} // namespace Logging
} // namespace PumpStudio
