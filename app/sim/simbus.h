// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/serialsettings.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <optional>
#include <random>
#include <vector>

namespace PumpStudio::Sim {

class ByteEndpoint;
class PacedWriter;
class ProtocolResponder;

/// One simulated serial line: an endpoint, the wire pacing, and every device on it. Each byte
/// from the host goes to every responder (devices on RS-485 all hear everything); their replies
/// go out paced at the baud rate, through the wire faults (dropped, corrupted, garbage, slow).
class SimBus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimBus)

public:
    struct Counters
    {
        quint64 bytesIn = 0;
        quint64 replies = 0;
        quint64 unsolicited = 0;
        quint64 dropped = 0;
        quint64 corrupted = 0;
        quint64 garbageBursts = 0;
    };

    /// Takes ownership of `endpoint`. `seed` makes the wire faults repeatable.
    SimBus(std::unique_ptr<ByteEndpoint> endpoint, const Device::SerialSettings &wire, quint32 seed = 1,
           QObject *parent = nullptr);
    ~SimBus() override;

    ByteEndpoint *endpoint() const { return m_endpoint; }
    PacedWriter *writer() const { return m_writer; }
    const Device::SerialSettings &wire() const;

    void addResponder(std::unique_ptr<ProtocolResponder> responder);
    std::vector<ProtocolResponder *> responders() const;
    /// The first device at `address`, or nullptr.
    ProtocolResponder *responderAt(int address) const;

    /// The devices' answer time, before the first character of a reply.
    void setLatency(std::chrono::microseconds latency);
    void setDropProbability(double probability) { m_drop = probability; }
    void setCorruptProbability(double probability) { m_corrupt = probability; }
    void setGarbageProbability(double probability) { m_garbage = probability; }
    /// Extra delay before every reply ("slow replies").
    void setSlowDelay(std::chrono::milliseconds delay) { m_slow = delay; }
    /// The line as a loopback: every byte from the host comes straight back, no device hears it.
    void setEcho(bool on) { m_echo = on; }
    /// The line as a port with nothing attached: every byte is swallowed.
    void setSilent(bool on) { m_silent = on; }

    /// Sends what the devices have to say on their own; call after the pumps advanced.
    void flushUnsolicited();
    /// Power cycle for the devices at `address` (all when empty): protocol state and pump.
    void powerCycle(std::optional<int> address = std::nullopt);
    Counters counters() const { return m_counters; }

Q_SIGNALS:
    /// Traffic, for a trace log: what the host sent, and each frame queued towards it.
    void received(const QByteArray &bytes);
    void sent(const QByteArray &bytes);

private:
    void onBytesReceived(const QByteArray &bytes);
    void send(const ProtocolResponder &responder, const QByteArray &frame);

    ByteEndpoint *m_endpoint;
    PacedWriter *m_writer;
    std::vector<std::unique_ptr<ProtocolResponder>> m_responders;
    double m_drop = 0.0;
    double m_corrupt = 0.0;
    double m_garbage = 0.0;
    std::chrono::milliseconds m_slow{0};
    bool m_echo = false;
    bool m_silent = false;
    std::mt19937 m_random;
    Counters m_counters;
};

} // namespace PumpStudio::Sim
