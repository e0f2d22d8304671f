// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/linkstats.h"
#include "device/serialsettings.h"

#include <QObject>

#include <chrono>
#include <optional>

namespace PumpStudio::Device {

/// A serial line as the rest of the app sees it, whatever carries the frames (our transaction
/// queue, or Qt SerialBus for Modbus RTU): its state, statistics and traffic.
class Link : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Link)

public:
    ~Link() override = default;

    virtual const SerialSettings &settings() const = 0;
    virtual LinkState state() const = 0;
    virtual QString lastError() const = 0;
    virtual LinkStats stats() const = 0;
    /// The USB adapter's serial number, part of a pump's identity; empty for other ports.
    virtual QString usbSerialNumber() const { return {}; }
    /// Replaces the reply timeout derived from the baud rate (pumpctl --timeout); nullopt: derived.
    void setReplyTimeoutOverride(std::optional<std::chrono::milliseconds> timeout) { m_timeoutOverride = timeout; }
    std::optional<std::chrono::milliseconds> replyTimeoutOverride() const { return m_timeoutOverride; }

    /// Drops every request not answered yet, the one on the wire included, without calling
    /// back: for a program that is going (a signal) and has one last thing to send (stop). The
    /// answer still coming to the request on the wire is dropped as it arrives; the next request
    /// goes out once it is in, or after one attempt's time of quiet, not after its retries.
    virtual void abandonRequests() = 0;

public Q_SLOTS:
    virtual void open() = 0;
    virtual void close() = 0;

Q_SIGNALS:
    void stateChanged(PumpStudio::Device::LinkState state, const QString &reason);
    /// The line came back after vanishing: devices must re-identify before use.
    void reconnected();
    /// Frames as they are on the wire, for --trace and the diagnostics view.
    void traffic(bool outgoing, const QByteArray &bytes);

protected:
    explicit Link(QObject *parent) : QObject(parent) {}

private:
    std::optional<std::chrono::milliseconds> m_timeoutOverride;
};

} // namespace PumpStudio::Device
