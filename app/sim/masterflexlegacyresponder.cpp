// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/masterflexlegacyresponder.h"

#include "sim/simpump.h"


using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Sim {

namespace Legacy = Protocol::MasterflexLegacy;

MasterflexLegacyResponder::MasterflexLegacyResponder(int address, SimPump *pump)
    : m_address(address)
    , m_pump(pump)
{
}

QString MasterflexLegacyResponder::protocolName() const
{
    return u"Masterflex legacy"_s;
}

void MasterflexLegacyResponder::powerCycle()
{
    m_decoder.reset();
    m_number = -1;
    m_remote = false;
    m_revolutions = 0.0;
}

QByteArray MasterflexLegacyResponder::prefix() const
{
    return "P" + QByteArray::number(m_number).rightJustified(2, '0');
}

std::vector<QByteArray> MasterflexLegacyResponder::feed(QByteArrayView bytes, std::chrono::nanoseconds)
{
    std::vector<QByteArray> replies;
    for (const Legacy::Request &request : m_decoder.feed(bytes)) {
        const QByteArray reply = handle(request);
        if (!reply.isEmpty())
            replies.push_back(reply);
    }
    return replies;
}

QByteArray MasterflexLegacyResponder::handle(const Legacy::Request &request)
{
    if (request.enquiry)
        return m_number < 0 ? Legacy::dataReply("P?") : QByteArray();
    if (request.command.isEmpty()) {
        // Numbering: only an unnumbered drive takes a number.
        if (m_number >= 0 || request.drive < 1 || request.drive > 99)
            return {};
        m_number = request.drive;
        return Legacy::ack();
    }
    if (m_number < 0 || request.drive != m_number)
        return {};

    const char letter = request.command.at(0);
    const QByteArray argument = request.command.mid(1);
    switch (letter) {
    case 'R':
        m_remote = true;
        return Legacy::ack();
    case 'L':
        m_remote = false;
        m_pump->stop();
        return Legacy::ack();
    case 'I': {
        Legacy::DriveStatus status;
        status.drive = m_number;
        status.signedRpm = m_pump->direction() == SimPump::Direction::Clockwise ? m_pump->targetRpm() : -m_pump->targetRpm();
        status.running = m_pump->running();
        return Legacy::statusReply(status);
    }
    case 'C':
        return Legacy::revolutionsReply(m_number, 'C', m_pump->revolutions());
    case 'E':
        return Legacy::revolutionsReply(m_number, 'E', m_pump->runMode() == RunMode::Volume
                                                           ? m_pump->remainingMl() / m_pump->mlPerRev() : 0.0);
    default:
        break;
    }
    if (!m_remote)
        return Legacy::nak();  // motion commands need remote mode
    switch (letter) {
    case 'S': {
        bool ok = false;
        const double signedRpm = argument.toDouble(&ok);
        if (!ok || (argument.at(0) != '+' && argument.at(0) != '-') || std::abs(signedRpm) > m_pump->config().maxRpm)
            return Legacy::nak();
        static_cast<void>(m_pump->setTargetRpm(std::abs(signedRpm)));
        m_pump->setDirection(argument.at(0) == '-' ? SimPump::Direction::CounterClockwise : SimPump::Direction::Clockwise);
        return Legacy::ack();
    }
    case 'V': {
        bool ok = false;
        const double revolutions = argument.toDouble(&ok);
        if (!ok || revolutions < 0.0)
            return Legacy::nak();
        m_revolutions = revolutions;
        return Legacy::ack();
    }
    case 'G': {
        if (argument == "0") {
            m_pump->stop();
            m_pump->setRunMode(RunMode::Continuous);
        } else if (argument.isEmpty()) {
            if (m_revolutions <= 0.0)
                return Legacy::nak();
            m_pump->stop();
            m_pump->setRunMode(RunMode::Volume);
            static_cast<void>(m_pump->setVolumeTarget(m_revolutions * m_pump->mlPerRev()));
        } else {
            return Legacy::nak();
        }
        return m_pump->start() ? Legacy::ack() : Legacy::nak();
    }
    case 'H':
        m_pump->stop();
        return Legacy::ack();
    case 'Z':
        m_pump->resetDispensed();
        return Legacy::ack();
    default:
        return Legacy::nak();
    }
}

} // namespace PumpStudio::Sim
