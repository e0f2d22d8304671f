// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/serialsettings.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <deque>
#include <functional>

class QTimer;

namespace PumpStudio::Sim {

class ByteEndpoint;

/// Releases bytes to an endpoint no faster than the wire could carry them: each character takes
/// bitsPerCharacter / baud seconds (10 bits for 8N1, 11 for 8E1), after the device's response
/// latency. A timer drives it in real time; releaseDue() is public so tests drive it with their
/// own clock and count the bytes released per tick.
class PacedWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacedWriter)

public:
    using Clock = std::function<std::chrono::nanoseconds()>;

    PacedWriter(ByteEndpoint *endpoint, const Device::SerialSettings &wire, QObject *parent = nullptr);

    const Device::SerialSettings &wire() const { return m_wire; }
    /// Time from enqueue() until the first character starts (the device thinking).
    void setLatency(std::chrono::microseconds latency) { m_latency = latency; }
    std::chrono::microseconds latency() const { return m_latency; }
    /// Replaces the monotonic clock (tests); the timer then only matters if the clock moves.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    std::chrono::nanoseconds now() const;

    /// Queues a frame; it starts after the latency plus `extraDelay`, and after what is queued.
    void enqueue(const QByteArray &bytes, std::chrono::microseconds extraDelay = {});
    /// Writes every character whose transmission has completed by `now`; returns how many.
    qsizetype releaseDue(std::chrono::nanoseconds now);
    qsizetype pendingBytes() const;
    /// Forgets everything queued (the wire was cut).
    void clear();
    quint64 bytesReleased() const { return m_released; }

private:
    struct Chunk
    {
        QByteArray bytes;
        std::chrono::nanoseconds readyAt{0};
        std::chrono::nanoseconds start{-1};
        qsizetype sent = 0;
    };

    std::chrono::nanoseconds wireTime(qsizetype characters) const;
    qsizetype charactersDone(std::chrono::nanoseconds elapsed) const;
    void onTimer();

    ByteEndpoint *m_endpoint;
    Device::SerialSettings m_wire;
    std::chrono::microseconds m_latency{0};
    std::deque<Chunk> m_queue;
    std::chrono::nanoseconds m_lineFreeAt{0};
    quint64 m_released = 0;
    QElapsedTimer m_elapsed;
    Clock m_clock;
    QTimer *m_timer;
};

} // namespace PumpStudio::Sim
