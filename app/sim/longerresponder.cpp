// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/longerresponder.h"

#include "sim/simpump.h"

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Sim {

namespace Longer = Protocol::Longer;

LongerResponder::LongerResponder(int address, double rpmPerCount, SimPump *pump)
    : m_address(address)
    , m_rpmPerCount(rpmPerCount > 0.0 ? rpmPerCount : 1.0)
    , m_pump(pump)
{
}

QString LongerResponder::protocolName() const
{
    return u"Longer E9"_s;
}

Longer::State LongerResponder::state() const
{
    Longer::State state;
    state.speed = Longer::speedCount(m_pump->targetRpm(), m_rpmPerCount);
    state.running = m_pump->running();
    state.fullSpeed = m_pump->fullSpeed();
    state.clockwise = m_pump->direction() == SimPump::Direction::Clockwise;
    return state;
}

std::vector<QByteArray> LongerResponder::feed(QByteArrayView bytes, std::chrono::nanoseconds)
{
    std::vector<QByteArray> replies;
    for (const Longer::Frame &frame : m_decoder.feed(bytes)) {
        const bool broadcast = frame.address == Longer::kBroadcast;
        if (!broadcast && frame.address != m_address)
            continue;
        const QByteArray command = frame.pdu.left(frame.pdu.startsWith("WID") || frame.pdu.startsWith("RID") ? 3 : 2);
        QByteArray reply;
        if (command == "WJ") {
            const auto wanted = Longer::parseState(frame.pdu);
            if (!wanted)
                continue;  // a malformed WJ gets no answer, as the pump does
            const double rpm = std::min(Longer::speedRpm(wanted->speed, m_rpmPerCount), m_pump->config().maxRpm);
            static_cast<void>(m_pump->setTargetRpm(rpm));
            m_pump->setFullSpeed(wanted->fullSpeed);
            m_pump->setDirection(wanted->clockwise ? SimPump::Direction::Clockwise : SimPump::Direction::CounterClockwise);
            if (wanted->running && !m_pump->running())
                static_cast<void>(m_pump->start());
            else if (!wanted->running && m_pump->running())
                m_pump->stop();
            reply = Longer::encode(m_address, Longer::statePdu("WJ", state()));
        } else if (command == "RJ") {
            reply = Longer::encode(m_address, Longer::statePdu("RJ", state()));
        } else if (command == "WID") {
            const auto newAddress = Longer::parseAddress(frame.pdu);
            if (!newAddress || *newAddress < 1 || *newAddress >= Longer::kBroadcast || broadcast)
                continue;
            m_address = *newAddress;
            reply = Longer::encode(m_address, frame.pdu);
        } else if (command == "RID") {
            QByteArray pdu("RID");
            pdu.append(static_cast<char>(m_address));
            reply = Longer::encode(m_address, pdu);
        }
        if (!broadcast && !reply.isEmpty())
            replies.push_back(reply);
    }
    return replies;
}

} // namespace PumpStudio::Sim
