// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/logging.h"

#include "core/memorysink.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Logging {

namespace {

struct State
{
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    std::shared_ptr<MemorySink> memory;
    QString filePath;
    LogLevel level = LogLevel::Info;
};

State &state()
{
    static State s;
    return s;
}

spdlog::level::level_enum toSpd(LogLevel level)
{
    return static_cast<spdlog::level::level_enum>(static_cast<int>(level));
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const auto logger = get("qt");
    const char *category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}", category, message);
        break;
    case QtInfoMsg:
        logger->info("[{}] {}", category, message);
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}", category, message);
        break;
    case QtCriticalMsg:
        logger->error("[{}] {}", category, message);
        break;
    case QtFatalMsg:
        logger->critical("[{}] {}", category, message);
        logger->flush();
        std::abort();
    }
}

} // namespace

void initialize(const Options &options)
{
    State &s = state();
    const std::lock_guard lock(s.mutex);
    s.sinks.clear();
    s.filePath.clear();
    s.level = options.level;
    if (options.console) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        s.sinks.push_back(console);
    }
    if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
        const QString path = QDir(options.directory).filePath(u"pumpstudio.log"_s);
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                path.toStdString(), options.fileSize, options.fileCount);
            s.sinks.push_back(file);
            s.filePath = path;
        } catch (const spdlog::spdlog_ex &e) {
            // Logging must never stop the application; the console still says why.
            fmt::print(stderr, "cannot open log file {}: {}\n", path, e.what());
        }
    }
    s.memory = options.memoryCapacity > 0 ? std::make_shared<MemorySink>(options.memoryCapacity) : nullptr;
    if (s.memory)
        s.sinks.push_back(s.memory);

    for (const auto &sink : s.sinks)
        sink->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%-5l%$ [%n] %v");
    if (s.memory)
        s.memory->set_pattern("%v");

    // Re-point loggers made earlier at the new sinks.
    spdlog::apply_all([&s](const std::shared_ptr<spdlog::logger> &logger) {
        logger->sinks() = s.sinks;
        logger->set_level(toSpd(s.level));
    });
    spdlog::flush_on(spdlog::level::warn);
    // The file sink buffers in stdio: without a clock, info lines written before a crash were
    // lost with the process. spdlog's flusher thread flushes every registered logger.
    if (options.flushInterval.count() > 0)
        spdlog::flush_every(options.flushInterval);
}

std::shared_ptr<spdlog::logger> get(std::string_view subsystem)
{
    const std::string name(subsystem);
    if (auto existing = spdlog::get(name))
        return existing;
    State &s = state();
    const std::lock_guard lock(s.mutex);
    if (auto existing = spdlog::get(name))  // another thread won the race
        return existing;
    auto logger = std::make_shared<spdlog::logger>(name, s.sinks.begin(), s.sinks.end());
    logger->set_level(toSpd(s.level));
    spdlog::register_logger(logger);
    return logger;
}

void setLevel(LogLevel level)
{
    State &s = state();
    const std::lock_guard lock(s.mutex);
    s.level = level;
    spdlog::apply_all([level](const std::shared_ptr<spdlog::logger> &logger) { logger->set_level(toSpd(level)); });
}

LogLevel level()
{
    State &s = state();
    const std::lock_guard lock(s.mutex);
    return s.level;
}

std::shared_ptr<MemorySink> memorySink()
{
    State &s = state();
    const std::lock_guard lock(s.mutex);
    return s.memory;
}

QString logFilePath()
{
    State &s = state();
    const std::lock_guard lock(s.mutex);
    return s.filePath;
}

void installQtMessageHandler()
{
    qInstallMessageHandler(qtMessageHandler);
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
}

} // namespace PumpStudio::Logging
