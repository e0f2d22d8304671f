// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/serialbus.h"

#include "core/logging.h"
#include "device/serialline.h"

#include <QTimer>

#include <algorithm>

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
      m_gap(new QTimer(this)),
      m_quiet(new QTimer(this)),
      m_settle(new QTimer(this))
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
    m_quiet->setSingleShot(true);
    m_quiet->setTimerType(Qt::PreciseTimer);
    connect(m_quiet, &QTimer::timeout, this, &SerialBus::onQuiet);
    m_settle->setSingleShot(true);
    m_settle->setTimerType(Qt::PreciseTimer);
    connect(m_settle, &QTimer::timeout, this, &SerialBus::onSettled);
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

void SerialBus::abandonRequests()
{
    const std::size_t dropped = queuedCount();
    if (dropped == 0)
        return;
    Logging::get("device")->info("{}: {} request(s) abandoned", settings().portName, dropped);
    m_stats.transactionsFailed += dropped;
    m_queue.clear();
    if (!m_current)
        return;
    m_timeout->stop();
    m_settle->stop();
    m_settling.reset();
    m_retryWhenQuiet = false;
    // Its answer may be on the wire now: it is dropped as a late reply when it comes (the
    // request stays counted in m_unanswered), and the next request waits until it has, or
    // until the line stayed quiet for this attempt's time, whichever is first. Its retries
    // and their doubled waits are not waited for.
    if (m_unanswered > 0) {
        m_quietWindow = attemptTimeout(m_current->request, 1);
        m_quiet->start(m_quietWindow);
    }
    m_current.reset();  // the adapter still expects its answer: it comes as a frame, and is dropped
    m_gap->start(duration_cast<milliseconds>(settings().interFrameGap()) + 1ms);
}

void SerialBus::pump()
{
    if (m_current || m_queue.empty() || m_line->state() != LinkState::Connected || m_unanswered > 0 || m_openQuiet)
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
    m_sinceSend.clear();
    if (p.request.expectReply)
        ++m_unanswered;
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
    m_timeout->start(attemptTimeout(p.request, p.attempts - p.damaged));
}

milliseconds SerialBus::attemptTimeout(const Request &request, int attempt) const
{
    // Each retry waits twice as long as the one before: a device slower than the derived
    // timeout still gets its answer through (its late reply to an earlier attempt answers the
    // same question), and the late replies are dropped before the next request (finish()).
    const auto base = replyTimeoutOverride().value_or(
        replyTimeout(settings(), request.bytes.size(), request.expectedReplyBytes, request.deviceTime));
    return base * (1 << std::clamp(attempt - 1, 0, 4));
}

milliseconds SerialBus::waitedFor(const Request &request, int attempts) const
{
    milliseconds total{0};
    for (int attempt = 1; attempt <= attempts; ++attempt)
        total += attemptTimeout(request, attempt);
    return total;
}

void SerialBus::onBytes(const QByteArray &bytes)
{
    m_stats.bytesReceived += static_cast<quint64>(bytes.size());
    Q_EMIT traffic(false, bytes);
    if (m_openQuiet) {
        // Just opened: these bytes answer nothing we asked (the late replies to whoever had
        // the port before, a device still talking). Dropped until the line is quiet.
        m_stats.garbageBytes += static_cast<quint64>(bytes.size());
        if (m_openedAt.elapsed() < kMaxOpenQuiet.count())  // a device that streams must not hold the line forever
            m_quiet->start(m_quietWindow);
        return;
    }
    const bool draining = !m_current && m_unanswered > 0;
    if (draining)
        m_quiet->start(m_quietWindow);  // not quiet yet
    if (m_current && (m_settling || m_retryWhenQuiet)) {
        // More bytes after the answer: it was not one (a stray byte ahead of the real reply,
        // the head of a damaged one). Wait until the line is quiet, then ask again; events in
        // these bytes still go out.
        if (m_settling) {
            m_settling.reset();
            ++m_stats.damagedReplies;
            ++m_current->damaged;
            m_retryWhenQuiet = true;
        }
        m_settle->start(settleTime());
        for (const Frame &frame : m_adapter->feed(bytes)) {
            ++m_stats.framesReceived;
            if (frame.unsolicited) {
                ++m_stats.unsolicitedFrames;
                Q_EMIT unsolicitedFrame(frame);
            }
        }
        return;
    }
    if (m_current && m_current->request.expectReply && !m_current->request.replyMayEqualRequest) {
        m_sinceSend.append(bytes);
        const QByteArray &request = m_current->request.bytes;
        // An echo comes back ahead of anything else; a reply that merely ends like the request
        // (MT-SICS "ES\r\n" to "S\r\n") is not one.
        if (!request.isEmpty() && m_sinceSend.startsWith(request)) {
            Logging::get("device")->warn("{}: the port sent back {} as it was sent", settings().portName, request.toHex(' '));
            finish(makeError(Error::Code::Protocol,
                             tr("%1 sends back what is sent to it (an echo, a loopback or an RS-485 adapter with "
                                "local echo): no pump answers like that, so %2 was not confirmed.")
                                 .arg(settings().portName,
                                      m_current->request.description.isEmpty() ? tr("the request") : m_current->request.description)));
            return;
        }
        if (m_sinceSend.size() > 4 * request.size() + 256)
            m_sinceSend.remove(0, m_sinceSend.size() - 2 * request.size());
    }
    const std::vector<Frame> frames = m_adapter->feed(bytes);
    for (const Frame &frame : frames) {
        ++m_stats.framesReceived;
        const bool answersCurrent = m_current && m_current->request.expectReply && !frame.unsolicited
                                    && (!m_current->request.matches || m_current->request.matches(frame));
        if (answersCurrent && (m_settling || m_retryWhenQuiet)) {
            // A second answer in the same read: the first was not one either.
            if (m_settling) {
                m_settling.reset();
                ++m_stats.damagedReplies;
                ++m_current->damaged;
                m_retryWhenQuiet = true;
            }
            continue;
        }
        if (answersCurrent && m_current->request.valid && !m_current->request.valid(frame)) {
            // The answer came, damaged: this attempt is over (its reply is in), try again.
            ++m_stats.damagedReplies;
            ++m_current->damaged;
            if (m_unanswered > 0)
                --m_unanswered;
            // The attempt's timeout bounds the wait for quiet too: a babbling line fails.
            m_timeout->start(attemptTimeout(m_current->request, m_current->attempts - m_current->damaged + 1));
            m_retryWhenQuiet = true;
            m_settle->start(settleTime());
            continue;
        }
        if (answersCurrent) {
            // Taken once the line stays quiet behind it.
            if (m_unanswered > 0)
                --m_unanswered;
            m_timeout->start(attemptTimeout(m_current->request, m_current->attempts - m_current->damaged + 1));
            m_settling = frame;
            m_settle->start(settleTime());
            continue;
        }
        if (!m_current && m_unanswered > 0 && !frame.unsolicited) {
            // A late reply to an attempt that timed out: dropped, never an answer.
            ++m_stats.lateReplies;
            Logging::get("device")->debug("{}: dropped a late reply", settings().portName);
            if (--m_unanswered == 0) {
                m_quiet->stop();
                m_gap->start(duration_cast<milliseconds>(settings().interFrameGap()) + 1ms);
            }
            continue;
        }
        ++m_stats.unsolicitedFrames;
        Q_EMIT unsolicitedFrame(frame);
    }
}

milliseconds SerialBus::settleTime() const
{
    return duration_cast<milliseconds>(settings().interFrameGap()) + 2ms;
}

void SerialBus::onSettled()
{
    if (!m_current)
        return;
    if (m_settling) {
        Frame answer = std::move(*m_settling);
        m_settling.reset();
        finish(std::move(answer));
        return;
    }
    if (m_retryWhenQuiet)
        retryWhenQuiet();
}

void SerialBus::retryWhenQuiet()
{
    m_retryWhenQuiet = false;
    if (m_current->damaged <= kMaxDamagedRetries) {
        Logging::get("device")->debug("{}: damaged reply to {} (attempt {}), asking again", settings().portName,
                                      m_current->request.description, m_current->attempts);
        send();
        return;
    }
    finish(makeError(Error::Code::Protocol,
                     tr("The device on %1 answered %2 with damaged replies %n time(s); nothing was taken from them.",
                        nullptr, m_current->damaged)
                         .arg(settings().portName,
                              m_current->request.description.isEmpty() ? tr("a request") : m_current->request.description)));
}

void SerialBus::onQuiet()
{
    if (m_openQuiet) {
        m_openQuiet = false;
        m_adapter->reset();
        pump();
        return;
    }
    // Quiet for a whole window: what did not come by now is lost, not late.
    if (m_unanswered == 0)
        return;
    Logging::get("device")->debug("{}: line quiet, {} late repl(ies) given up", settings().portName, m_unanswered);
    m_unanswered = 0;
    m_adapter->reset();
    pump();
}

void SerialBus::forgetLateReplies()
{
    m_unanswered = 0;
    m_openQuiet = false;
    m_quiet->stop();
}

void SerialBus::onTimeout()
{
    if (!m_current)
        return;
    // Still not quiet after an answer: the line babbles; that attempt counts as unanswered.
    m_settle->stop();
    m_settling.reset();
    m_retryWhenQuiet = false;
    if (!m_current->request.expectReply) {
        finish(Frame{});
        return;
    }
    ++m_stats.timeouts;
    if (m_current->attempts - m_current->damaged < m_current->request.maxAttempts) {
        Logging::get("device")->debug("{}: no reply to {} (attempt {}), retrying", settings().portName,
                                      m_current->request.description, m_current->attempts);
        send();
        return;
    }
    const auto waited = waitedFor(m_current->request, m_current->attempts - m_current->damaged);
    finish(makeError(Error::Code::Timeout,
                     tr("No reply from the device on %1 to %2 after %n attempt(s) (%3 ms in all).", nullptr,
                        m_current->attempts)
                         .arg(settings().portName,
                              m_current->request.description.isEmpty() ? tr("a request") : m_current->request.description)
                         .arg(waited.count())));
}

void SerialBus::finish(Result<Frame> result)
{
    m_timeout->stop();
    m_settle->stop();
    m_settling.reset();
    m_retryWhenQuiet = false;
    std::unique_ptr<Pending> done = std::move(m_current);
    if (m_unanswered > 0) {
        // Replies to attempts that timed out may still be on their way: the next request
        // waits until each has come and been dropped, or the line stays quiet for as long
        // as this request already waited.
        m_quietWindow = waitedFor(done->request, std::max(1, done->attempts - done->damaged));
        m_quiet->start(m_quietWindow);
    }
    if (result.ok()) {
        ++m_stats.transactionsOk;
    } else {
        ++m_stats.transactionsFailed;
        m_adapter->reset();  // forget what the failed request expected
    }
    // The next request waits 3.5 character times (at least 1 ms): Modbus RTU frames are
    // delimited by that silence, an RS-485 adapter needs the turnaround, and the other
    // request/reply protocols lose little by it.
    m_gap->start(duration_cast<milliseconds>(settings().interFrameGap()) + 1ms);
    if (!done->hasContext || done->context)
        done->done(std::move(result));
}

void SerialBus::failAll(const Error &error)
{
    m_timeout->stop();
    m_settle->stop();
    m_settling.reset();
    m_retryWhenQuiet = false;
    forgetLateReplies();
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
        forgetLateReplies();
        // The first request waits until the line has been quiet for a short exchange's
        // timeout: bytes already on their way (a late reply to the program that had the port
        // before) must not answer it.
        m_openQuiet = true;
        m_openedAt.start();
        m_quietWindow = std::clamp(replyTimeout(settings(), 8, 8, 0ms),
                                   duration_cast<milliseconds>(settings().interFrameGap()) + 1ms, milliseconds(500));
        m_quiet->start(m_quietWindow);
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
