// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "device/frameadapter.h"
#include "device/link.h"
#include "device/linkstats.h"
#include "device/serialsettings.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace PumpStudio::Device {

class ByteLine;

/// The transaction queue of one serial line: serialises request/reply for every device on an
/// RS-485 bus, with timeouts and inter-frame gaps computed from the baud rate, bounded retries,
/// and unsolicited frames routed out. Asynchronous only; lives on the device thread.
class SerialBus final : public Link
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialBus)

public:
    struct Request
    {
        QByteArray bytes;
        QVariant expectation;          ///< handed to FrameAdapter::expect() as the request leaves
        bool expectReply = true;       ///< false for broadcasts
        qsizetype expectedReplyBytes = 16;
        std::chrono::milliseconds deviceTime{50}; ///< how long the device takes to answer
        int maxAttempts = 3;
        /// Whether a frame answers this request; unset: the first non-event frame does.
        std::function<bool(const Frame &)> matches;
        /// Whether a correct reply can be byte for byte the request (Modbus FC 05/06, Longer
        /// WJ). Where it cannot, the request's own bytes coming back mean the port echoes
        /// (a loopback, an RS-485 adapter with local echo): that fails the request at once
        /// with Protocol, and no echo is ever taken for an answer.
        bool replyMayEqualRequest = false;
        /// Whether an answer is well-formed for this request (a protocol without a checksum:
        /// its exact grammar). A damaged answer is retried at once, like a lost one, and fails
        /// the request with Protocol once the attempts are used up; unset: every answer is.
        std::function<bool(const Frame &)> valid;
        QString description;           ///< for messages: "set speed on pump 2"
    };
    using Callback = std::function<void(Result<Frame>)>;

    /// Requests waiting beyond this are refused: a stuck device cannot grow memory.
    static constexpr std::size_t kMaxQueued = 256;

    /// A bus on the serial port `settings` names.
    SerialBus(const SerialSettings &settings, std::unique_ptr<FrameAdapter> adapter, QObject *parent = nullptr);
    /// A bus on any byte transport (an in-process channel to simulated pumps, for one).
    SerialBus(std::unique_ptr<ByteLine> line, std::unique_ptr<FrameAdapter> adapter, QObject *parent = nullptr);
    ~SerialBus() override;

    const SerialSettings &settings() const override;
    LinkState state() const override;
    QString lastError() const override;
    LinkStats stats() const override;
    QString usbSerialNumber() const override;
    std::size_t queuedCount() const { return m_queue.size() + (m_current ? 1 : 0); }
    ByteLine *line() const { return m_line; }

    /// Queues a request; `done` runs once on this thread with the reply or an error, unless
    /// `context` is destroyed first. Refused at once (Disconnected) unless the link is up: a
    /// command must never go out late, after a replug.
    void submit(Request request, QObject *context, Callback done);
    void abandonRequests() override;

public Q_SLOTS:
    void open() override;
    void close() override;

Q_SIGNALS:
    void unsolicitedFrame(const PumpStudio::Device::Frame &frame);

private:
    struct Pending
    {
        Request request;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        int attempts = 0;
        int damaged = 0;   ///< attempts answered with a damaged reply (not counted against maxAttempts)
    };
    /// Damaged answers asked again at once, on top of maxAttempts: a noisy line without a
    /// checksum damages many replies, but each retry costs only the exchange itself.
    static constexpr int kMaxDamagedRetries = 6;

    void onLineState(LinkState state, const QString &reason);
    void onBytes(const QByteArray &bytes);
    void onTimeout();
    void onQuiet();
    void onSettled();
    /// The current attempt's answer is in but damaged or suspect: once the line is quiet,
    /// ask again (or fail when the retries for damaged answers are used up).
    void retryWhenQuiet();
    void forgetLateReplies();
    /// How long attempt `attempt` (1-based) of `request` waits for its reply.
    std::chrono::milliseconds attemptTimeout(const Request &request, int attempt) const;
    /// How long `attempts` attempts of `request` waited in all.
    std::chrono::milliseconds waitedFor(const Request &request, int attempts) const;
    std::chrono::milliseconds settleTime() const;
    void pump();
    void send();
    void finish(Result<Frame> result);
    void failAll(const Error &error);

    std::unique_ptr<FrameAdapter> m_adapter;
    ByteLine *m_line = nullptr;
    QTimer *m_timeout = nullptr;
    QTimer *m_gap = nullptr;
    /// After a timeout, replies to attempts that went unanswered may still come. Until each of
    /// them has arrived (and been dropped) or the line has been quiet for m_quietWindow, no
    /// request goes out: a late reply is never taken as the answer to the next question.
    QTimer *m_quiet = nullptr;
    int m_unanswered = 0;
    bool m_openQuiet = false;  ///< just (re)opened: nothing goes out, nothing is taken, until quiet
    QElapsedTimer m_openedAt;
    static constexpr std::chrono::milliseconds kMaxOpenQuiet{1000};
    std::chrono::milliseconds m_quietWindow{0};
    QByteArray m_sinceSend;  ///< raw bytes since the current attempt went out, for echo detection
    /// An answer is taken only once the line stayed quiet for an inter-frame gap after it: a
    /// status character at the head of a garbage burst, or a reply followed by more of itself,
    /// is not an answer (the bytes after it say so).
    QTimer *m_settle = nullptr;
    std::optional<Frame> m_settling;
    bool m_retryWhenQuiet = false;
    std::deque<Pending> m_queue;
    std::unique_ptr<Pending> m_current;
    LinkStats m_stats;
    bool m_wasConnected = false;
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(PumpStudio::Device::Frame)
