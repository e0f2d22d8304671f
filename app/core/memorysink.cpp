// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/memorysink.h"

#include <algorithm>
#include <chrono>

namespace PumpStudio {

MemorySink::MemorySink(std::size_t capacity) : m_capacity(std::max<std::size_t>(capacity, 1)) {}

std::size_t MemorySink::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_entries.size();
}

quint64 MemorySink::droppedCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_dropped;
}

quint64 MemorySink::lastSequence() const
{
    const std::lock_guard lock(m_mutex);
    return m_lastSequence;
}

std::vector<LogEntry> MemorySink::entriesAfter(quint64 sequence) const
{
    const std::lock_guard lock(m_mutex);
    const auto first = std::upper_bound(m_entries.cbegin(), m_entries.cend(), sequence,
                                        [](quint64 s, const LogEntry &e) { return s < e.sequence; });
    return {first, m_entries.cend()};
}

void MemorySink::clear()
{
    const std::lock_guard lock(m_mutex);
    m_entries.clear();
}

void MemorySink::sink_it_(const spdlog::details::log_msg &message)
{
    LogEntry entry;
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(message.time.time_since_epoch());
    entry.time = QDateTime::fromMSecsSinceEpoch(ms.count());
    entry.level = static_cast<LogLevel>(std::clamp(static_cast<int>(message.level), 0, 6));
    entry.subsystem = QString::fromUtf8(message.logger_name.data(), static_cast<qsizetype>(message.logger_name.size()));
    entry.message = QString::fromUtf8(message.payload.data(), static_cast<qsizetype>(message.payload.size()));
    const std::lock_guard lock(m_mutex);
    entry.sequence = ++m_lastSequence;
    if (m_entries.size() == m_capacity) {
        m_entries.pop_front();
        ++m_dropped;
    }
    m_entries.push_back(std::move(entry));
}

} // namespace PumpStudio
