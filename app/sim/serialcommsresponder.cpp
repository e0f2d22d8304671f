// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/serialcommsresponder.h"

#include "sim/simpump.h"

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Sim {

namespace SerialComms = Protocol::MasterflexSerialComms;

namespace {

constexpr qsizetype kMaxLine = 64;

QByteArray status(char c)
{
    return QByteArray(1, c);
}

std::optional<double> digits(const QByteArray &payload, int count, double unit)
{
    if (payload.size() != count)
        return std::nullopt;
    for (const char c : payload) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return payload.toLongLong() * unit;
}

} // namespace

SerialCommsResponder::SerialCommsResponder(int address, SimPump *pump)
    : m_address(address)
    , m_pump(pump)
{
}

QString SerialCommsResponder::protocolName() const
{
    return u"Masterflex Serial Comms"_s;
}

void SerialCommsResponder::powerCycle()
{
    m_line.clear();
    m_serialMode = false;
}

std::vector<QByteArray> SerialCommsResponder::feed(QByteArrayView bytes, std::chrono::nanoseconds)
{
    std::vector<QByteArray> replies;
    for (const char c : bytes) {
        if (c != '\r') {
            // Printable ASCII only; anything else is line noise that voids the line so far.
            if (static_cast<uchar>(c) < 0x20 || static_cast<uchar>(c) > 0x7E || m_line.size() >= kMaxLine)
                m_line.clear();
            else
                m_line.append(c);
            continue;
        }
        const QByteArray line = std::exchange(m_line, {});
        if (line.isEmpty() || line.at(0) < '0' || line.at(0) > '9')
            continue;
        const SerialComms::Request request = SerialComms::parseRequest(line);
        if (request.address != m_address)
            continue;
        replies.push_back(handle(request));
    }
    return replies;
}

QByteArray SerialCommsResponder::handle(const SerialComms::Request &request)
{
    const QByteArray &command = request.command;
    const QByteArray &payload = request.payload;
    if (command == "RE") {
        if (payload != "1" && payload != "0")
            return status(SerialComms::kInvalid);
        m_serialMode = payload == "1";
        return status(SerialComms::kOk);
    }
    if (!m_serialMode)
        return status(SerialComms::kNotSerialMode);
    const double maxRpm = m_pump->config().maxRpm;
    if (command == "H")
        return status(m_pump->start() ? SerialComms::kOk : SerialComms::kInvalid);
    if (command == "I") {
        m_pump->stop();
        return status(SerialComms::kOk);
    }
    if (command == "J" || command == "K") {
        m_pump->setDirection(command == "J" ? SimPump::Direction::Clockwise : SimPump::Direction::CounterClockwise);
        return status(SerialComms::kOk);
    }
    if (command == "R" || command == "S") {
        const bool rpmUnits = command == "R";
        if (payload.isEmpty()) {
            const double value = rpmUnits ? m_pump->targetRpm() : m_pump->targetRpm() / maxRpm * 100.0;
            return QByteArray::number(value, 'f', rpmUnits ? 2 : 1) + "\r\n";
        }
        const auto value = rpmUnits ? digits(payload, 6, 0.01) : digits(payload, 5, 0.1);
        if (!value)
            return status(SerialComms::kInvalid);
        const double rpm = rpmUnits ? *value : *value / 100.0 * maxRpm;
        if (!m_pump->setTargetRpm(rpm))
            return status(SerialComms::kInvalid);
        return status(SerialComms::kOk);
    }
    if (command == "RC") {
        SerialComms::Status state;
        state.address = m_address;
        state.running = m_pump->running();
        state.clockwise = m_pump->direction() == SimPump::Direction::Clockwise;
        return SerialComms::encodeStatus(state) + "\r\n";
    }
    if (command == ":")
        return QByteArray::number(m_pump->dispensedMl(), 'f', 3) + "\r\n";
    return status(SerialComms::kInvalid);
}

} // namespace PumpStudio::Sim
