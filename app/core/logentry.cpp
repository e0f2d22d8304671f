// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/logentry.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
constexpr std::array<QStringView, 7> kNames = {u"trace", u"debug", u"info", u"warning", u"error", u"critical", u"off"};
}

QString logLevelName(LogLevel level)
{
    return kNames.at(static_cast<std::size_t>(level)).toString();
}

std::optional<LogLevel> parseLogLevel(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower == u"warn")
        return LogLevel::Warning;
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (lower == kNames[i])
            return static_cast<LogLevel>(i);
    }
    return std::nullopt;
}

bool logEntryMatches(const LogEntry &entry, LogLevel minLevel, QStringView text)
{
    if (entry.level < minLevel)
        return false;
    if (text.isEmpty())
        return true;
    return entry.message.contains(text, Qt::CaseInsensitive)
           || entry.subsystem.contains(text, Qt::CaseInsensitive);
}

} // namespace PumpStudio
