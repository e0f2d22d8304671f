// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/logentry.h"

#include <spdlog/sinks/base_sink.h>

#include <deque>
#include <mutex>
#include <vector>

namespace PumpStudio {

/// A bounded, thread-safe spdlog sink that keeps the newest entries for the GUI's log view.
/// Readers pull with entriesAfter(): no signal crosses threads, and a flood cannot grow memory.
class MemorySink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit MemorySink(std::size_t capacity);

    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const;
    /// Entries dropped because the buffer was full, since construction.
    quint64 droppedCount() const;
    /// Entries with a sequence number above `sequence`, oldest first (all kept ones for 0).
    std::vector<LogEntry> entriesAfter(quint64 sequence) const;
    /// Sequence number of the newest entry, 0 when nothing was logged.
    quint64 lastSequence() const;
    void clear();

protected:
    void sink_it_(const spdlog::details::log_msg &message) override;
    void flush_() override {}

private:
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;  // guards the entries; base_sink's own mutex guards formatting
    std::deque<LogEntry> m_entries;
    quint64 m_lastSequence = 0;
    quint64 m_dropped = 0;
};

} // namespace PumpStudio
