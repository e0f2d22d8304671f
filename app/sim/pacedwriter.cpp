// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/pacedwriter.h"

#include "sim/byteendpoint.h"

#include <QTimer>

#include <algorithm>

using namespace std::chrono;
using namespace std::chrono_literals;

namespace PumpStudio::Sim {

namespace {
// Releasing once a millisecond batches characters above ~10 kBd, as a USB adapter does anyway.
constexpr auto kTick = 1ms;
constexpr qint64 kNanosPerSecond = 1'000'000'000;
}

PacedWriter::PacedWriter(ByteEndpoint *endpoint, const Device::SerialSettings &wire, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_wire(wire)
    , m_timer(new QTimer(this))
{
    m_elapsed.start();
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kTick);
    connect(m_timer, &QTimer::timeout, this, &PacedWriter::onTimer);
}

nanoseconds PacedWriter::now() const
{
    return m_clock ? m_clock() : nanoseconds(m_elapsed.nsecsElapsed());
}

// Computed from the character count, never by summing rounded character times, so a long
// stream keeps the exact baud rate.
nanoseconds PacedWriter::wireTime(qsizetype characters) const
{
    const qint64 baud = std::max<qint64>(m_wire.baudRate, 1);
    return nanoseconds((characters * m_wire.bitsPerCharacter() * kNanosPerSecond + baud - 1) / baud);
}

qsizetype PacedWriter::charactersDone(nanoseconds elapsed) const
{
    if (elapsed <= 0ns)
        return 0;
    const qint64 baud = std::max<qint64>(m_wire.baudRate, 1);
    return static_cast<qsizetype>(elapsed.count() * baud / (m_wire.bitsPerCharacter() * kNanosPerSecond));
}

void PacedWriter::enqueue(const QByteArray &bytes, microseconds extraDelay)
{
    if (bytes.isEmpty())
        return;
    Chunk chunk;
    chunk.bytes = bytes;
    chunk.readyAt = now() + m_latency + extraDelay;
    m_queue.push_back(std::move(chunk));
    if (!m_timer->isActive())
        m_timer->start();
}

qsizetype PacedWriter::releaseDue(nanoseconds time)
{
    QByteArray out;
    while (!m_queue.empty()) {
        Chunk &head = m_queue.front();
        if (head.start < 0ns)
            head.start = std::max(head.readyAt, m_lineFreeAt);
        if (time < head.start)
            break;
        const qsizetype done = std::min(head.bytes.size(), charactersDone(time - head.start));
        out.append(head.bytes.mid(head.sent, done - head.sent));
        head.sent = done;
        if (done < head.bytes.size())
            break;
        m_lineFreeAt = head.start + wireTime(head.bytes.size());
        m_queue.pop_front();
    }
    if (!out.isEmpty()) {
        m_endpoint->write(out);
        m_released += static_cast<quint64>(out.size());
    }
    return out.size();
}

qsizetype PacedWriter::pendingBytes() const
{
    qsizetype pending = 0;
    for (const Chunk &chunk : m_queue)
        pending += chunk.bytes.size() - chunk.sent;
    return pending;
}

void PacedWriter::clear()
{
    m_queue.clear();
    m_timer->stop();
}

void PacedWriter::onTimer()
{
    releaseDue(now());
    if (m_queue.empty())
        m_timer->stop();
}

} // namespace PumpStudio::Sim
