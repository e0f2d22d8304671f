// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/serialbus.h"

#include "core/logging.h"
#include "device/serialline.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace PumpStudio::Device {

SerialBus::SerialBus(const SerialSettings &settings, std::unique_ptr<FrameAdapter> adapter, QObject *parent)
    : SerialBus(std::make_unique<SerialLine>(settings), std::move(adapter), parent)
{
}

SerialBus::SerialBus(std::unique_ptr<ByteLine> line, std::unique_ptr<FrameAdapter> adapter, QObject *parent)
    : Link(parent),
      m_adapter(std::move(adapter)),
      m_line(line.release()),
      m_timeout(new QTimer(this)),
      m_gap(new QTimer(this))
{
    m_line->setParent(this);
    qRegisterMetaType<PumpStudio::Device::Frame>();
    qRegisterMetaType<PumpStudio::Device::LinkState>();
    m_timeout->setSingleShot(true);
    m_timeout->setTimerType(Qt::PreciseTimer);
    m_gap->setSingleShot(true);
    m_gap->setTimerType(Qt::PreciseTimer);
    connect(m_timeout, &QTimer::timeout, this, &SerialBus::onTimeout);
    connect(m_gap, &QTimer::timeout, this, &SerialBus::pump);
    connect(m_line, &ByteLine::stateChanged, this, &SerialBus::onLineState);
    connect(m_line, &ByteLine::bytesReceived, this, &SerialBus::onBytes);
}

SerialBus::~SerialBus()
{
    // Callbacks must not run into half-destroyed owners: drop them silently.
    m_current.reset();
    m_queue.clear();
}

const SerialSettings &SerialBus::settings() const { return m_line->settings(); }
LinkState SerialBus::state() const { return m_line->state(); }
QString SerialBus::lastError() const { return m_line->lastError(); }
QString SerialBus::usbSerialNumber() const { return m_line->usbSerialNumber(); }

LinkStats SerialBus::stats() const
{
    LinkStats s = m_stats;
    const auto counters = m_adapter->counters();
    s.garbageBytes = counters.garbageBytes;
    s.checksumErrors = counters.checksumErrors;
    return s;
}

void SerialBus::open() { m_line->open(); }

void SerialBus::close()
{
    m_line->close();
}

void SerialBus::submit(Request request, QObject *context, Callback done)
{
    if (m_line->state() != LinkState::Connected) {
        const QString reason = m_line->lastError().isEmpty() ? linkStateText(m_line->state()) : m_line->lastError();
        done(makeError(Error::Code::Disconnected,
                       tr("%1 is not connected (%2); nothing was sent.").arg(settings().portName, reason)));
        return;
    }
    if (queuedCount() >= kMaxQueued) {
        done(makeError(Error::Code::Refused,
                       tr("%1 has %2 requests waiting; the device is not keeping up.").arg(settings().portName).arg(kMaxQueued)));
        return;
    }
    Pending pending;
    pending.request = std::move(request);
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.done = std::move(done);
    m_queue.push_back(std::move(pending));
    if (!m_current && !m_gap->isActive())
        pump();
}

void SerialBus::pump()
{
    if (m_current || m_queue.empty() || m_line->state() != LinkState::Connected)
        return;
    m_current = std::make_unique<Pending>(std::move(m_queue.front()));
    m_queue.pop_front();
    if (m_current->hasContext && !m_current->context) {  // its owner went away while it waited
        m_current.reset();
        pump();
        return;
    }
    send();
}

void SerialBus::send()
{
    Pending &p = *m_current;
    ++p.attempts;
    if (p.attempts > 1) {
        // After a timeout, partial input cannot be trusted. Before a first attempt it must be
        // kept: it may be half of an event line (Reglo ^U) whose end is still on the wire.
        ++m_stats.retries;
        m_adapter->reset();
    }
    m_adapter->expect(p.request.expectation);
    m_stats.bytesSent += static_cast<quint64>(p.request.bytes.size());
    ++m_stats.framesSent;
    Q_EMIT traffic(true, p.request.bytes);
    m_line->write(p.request.bytes);
    const SerialSettings &s = settings();
    if (!p.request.expectReply) {
        // A broadcast: nobody answers; let it leave the wire before the next frame.
        m_timeout->start(duration_cast<milliseconds>(s.frameTime(p.request.bytes.size()) + s.interFrameGap()) + 1ms);
        return;
    }
    m_timeout->start(replyTimeoutOverride().value_or(
        replyTimeout(s, p.request.bytes.size(), p.request.expectedReplyBytes, p.request.deviceTime)));
}

void SerialBus::onBytes(const QByteArray &bytes)
{
    m_stats.bytesReceived += static_cast<quint64>(bytes.size());
    Q_EMIT traffic(false, bytes);
    const std::vector<Frame> frames = m_adapter->feed(bytes);
    for (const Frame &frame : frames) {
        ++m_stats.framesReceived;
        const bool answersCurrent = m_current && m_current->request.expectReply && !frame.unsolicited
                                    && (!m_current->request.matches || m_current->request.matches(frame));
        if (answersCurrent) {
            finish(frame);
        } else {
            ++m_stats.unsolicitedFrames;
            Q_EMIT unsolicitedFrame(frame);
        }
    }
}

void SerialBus::onTimeout()
{
    if (!m_current)
        return;
    if (!m_current->request.expectReply) {
        finish(Frame{});
        return;
    }
    ++m_stats.timeouts;
    if (m_current->attempts < m_current->request.maxAttempts) {
        Logging::get("device")->debug("{}: no reply to {} (attempt {}), retrying", settings().portName,
                                      m_current->request.description, m_current->attempts);
        send();
        return;
    }
    const auto waited = replyTimeoutOverride().value_or(replyTimeout(
        settings(), m_current->request.bytes.size(), m_current->request.expectedReplyBytes, m_current->request.deviceTime));
    finish(makeError(Error::Code::Timeout,
                     tr("No reply from the device on %1 to %2 after %n attempt(s) of %3 ms each.", nullptr,
                        m_current->attempts)
                         .arg(settings().portName,
                              m_current->request.description.isEmpty() ? tr("a request") : m_current->request.description)
                         .arg(waited.count())));
}

void SerialBus::finish(Result<Frame> result)
{
    m_timeout->stop();
    std::unique_ptr<Pending> done = std::move(m_current);
    if (result.ok()) {
        ++m_stats.transactionsOk;
    } else {
        ++m_stats.transactionsFailed;
        m_adapter->reset();  // forget what the failed request expected
    }
    // The next request waits two character times: an RS-485 adapter needs the turnaround, and
    // these request/reply protocols need no Modbus-style 3.5-character silence (Qt SerialBus
    // keeps that one for Modbus lines). Below a millisecond this is the next event-loop pass.
    m_gap->start(duration_cast<milliseconds>(settings().characterTime() * 2));
    if (!done->hasContext || done->context)
        done->done(std::move(result));
}

void SerialBus::failAll(const Error &error)
{
    m_timeout->stop();
    std::deque<Pending> queue;
    std::swap(queue, m_queue);
    if (m_current) {
        queue.push_front(std::move(*m_current));
        m_current.reset();
    }
    for (Pending &p : queue) {
        ++m_stats.transactionsFailed;
        if (!p.hasContext || p.context)
            p.done(error);
    }
}

void SerialBus::onLineState(LinkState state, const QString &reason)
{
    switch (state) {
    case LinkState::Connected:
        m_adapter->reset();
        if (m_wasConnected) {
            ++m_stats.reconnects;
            Q_EMIT stateChanged(state, reason);
            Q_EMIT reconnected();
        } else {
            m_wasConnected = true;
            Q_EMIT stateChanged(state, reason);
        }
        pump();
        return;
    case LinkState::Reconnecting:
        ++m_stats.disconnects;
        failAll(makeError(Error::Code::Disconnected, reason));
        break;
    case LinkState::Closed:
        failAll(makeError(Error::Code::Cancelled, tr("%1 was closed.").arg(settings().portName)));
        m_wasConnected = false;
        break;
    case LinkState::Failed:
        failAll(makeError(Error::Code::Disconnected, reason));
        break;
    case LinkState::Opening:
        break;
    }
    Q_EMIT stateChanged(state, reason);
}

} // namespace PumpStudio::Device
