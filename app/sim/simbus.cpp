// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/simbus.h"

#include "sim/byteendpoint.h"
#include "sim/pacedwriter.h"
#include "sim/protocolresponder.h"
#include "sim/simpump.h"

namespace PumpStudio::Sim {

namespace {
constexpr int kMaxGarbageBytes = 8;
}

SimBus::SimBus(std::unique_ptr<ByteEndpoint> endpoint, const Device::SerialSettings &wire, quint32 seed,
               QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint.release())
    , m_writer(new PacedWriter(m_endpoint, wire, this))
    , m_random(seed)
{
    m_endpoint->setParent(this);
    connect(m_endpoint, &ByteEndpoint::bytesReceived, this, &SimBus::onBytesReceived);
    // Whatever was on its way dies with the wire.
    connect(m_endpoint, &ByteEndpoint::unplugged, m_writer, &PacedWriter::clear);
}

SimBus::~SimBus() = default;

const Device::SerialSettings &SimBus::wire() const
{
    return m_writer->wire();
}

void SimBus::addResponder(std::unique_ptr<ProtocolResponder> responder)
{
    m_responders.push_back(std::move(responder));
}

std::vector<ProtocolResponder *> SimBus::responders() const
{
    std::vector<ProtocolResponder *> list;
    list.reserve(m_responders.size());
    for (const auto &responder : m_responders)
        list.push_back(responder.get());
    return list;
}

ProtocolResponder *SimBus::responderAt(int address) const
{
    for (const auto &responder : m_responders) {
        if (responder->address() == address)
            return responder.get();
    }
    return nullptr;
}

void SimBus::setLatency(std::chrono::microseconds latency)
{
    m_writer->setLatency(latency);
}

void SimBus::onBytesReceived(const QByteArray &bytes)
{
    m_counters.bytesIn += static_cast<quint64>(bytes.size());
    Q_EMIT received(bytes);
    if (m_echo) {
        Q_EMIT sent(bytes);
        m_writer->enqueue(bytes, std::chrono::milliseconds(0));
        return;
    }
    if (m_silent)
        return;
    const auto now = m_writer->now();
    for (const auto &responder : m_responders) {
        for (const QByteArray &reply : responder->feed(bytes, now)) {
            ++m_counters.replies;
            send(*responder, reply);
        }
    }
}

void SimBus::flushUnsolicited()
{
    for (const auto &responder : m_responders) {
        for (const QByteArray &frame : responder->takeUnsolicited()) {
            ++m_counters.unsolicited;
            send(*responder, frame);
        }
    }
}

void SimBus::send(const ProtocolResponder &responder, const QByteArray &frame)
{
    if (!m_endpoint->isOpen())
        return;
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    if (m_drop > 0.0 && chance(m_random) < m_drop) {
        ++m_counters.dropped;
        return;
    }
    QByteArray out = frame;
    if (m_corrupt > 0.0 && chance(m_random) < m_corrupt) {
        out = responder.corrupt(frame, m_random);
        ++m_counters.corrupted;
    }
    if (m_garbage > 0.0 && chance(m_random) < m_garbage) {
        std::uniform_int_distribution<int> length(1, kMaxGarbageBytes);
        std::uniform_int_distribution<int> byte(0, 255);
        QByteArray noise(length(m_random), '\0');
        for (char &c : noise)
            c = static_cast<char>(byte(m_random));
        out.prepend(noise);
        ++m_counters.garbageBursts;
    }
    Q_EMIT sent(out);
    m_writer->enqueue(out, m_slow);
}

void SimBus::powerCycle(std::optional<int> address)
{
    for (const auto &responder : m_responders) {
        if (address && responder->address() != *address)
            continue;
        // Pump first: a pump without power sends no stop event, so the responder then forgets
        // anything the power loss queued.
        for (SimPump *pump : responder->pumps())
            pump->powerCycle();
        responder->powerCycle();
    }
}

} // namespace PumpStudio::Sim
