// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "device/frameadapter.h"
#include "device/link.h"
#include "device/linkstats.h"
#include "device/serialsettings.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

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
    };

    void onLineState(LinkState state, const QString &reason);
    void onBytes(const QByteArray &bytes);
    void onTimeout();
    void pump();
    void send();
    void finish(Result<Frame> result);
    void failAll(const Error &error);

    std::unique_ptr<FrameAdapter> m_adapter;
    ByteLine *m_line = nullptr;
    QTimer *m_timeout = nullptr;
    QTimer *m_gap = nullptr;
    std::deque<Pending> m_queue;
    std::unique_ptr<Pending> m_current;
    LinkStats m_stats;
    bool m_wasConnected = false;
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(PumpStudio::Device::Frame)
