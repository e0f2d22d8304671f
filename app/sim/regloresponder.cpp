// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/regloresponder.h"

#include "sim/simpump.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono;

namespace PumpStudio::Sim {

namespace Reglo = Protocol::Reglo;

namespace {

const QByteArray kModel = QByteArrayLiteral("REGLO ICC");
const QByteArray kDefaultFirmware = QByteArrayLiteral("0208 306");
const QByteArray kProtocolVersion = QByteArrayLiteral("1");
constexpr qint64 kUpdateIntervalMs = 1000;  // wall time, like the real pump's once a second

/// Volume Type 1 as replies carry it: "1300E-3" from Type 2's "1300-3".
QByteArray volumeType1(double value)
{
    const auto type2 = Reglo::formatVolume(std::max(0.0, value));
    if (!type2)
        return QByteArrayLiteral("0000E+0");
    QByteArray text = *type2;
    text.insert(text.size() - 2, 'E');
    return text;
}

std::optional<double> digitsValue(const QByteArray &data, int digits, double unit)
{
    if (data.size() != digits)
        return std::nullopt;
    for (const char c : data) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return data.toLongLong() * unit;
}

char causeLetter(StopCause cause)
{
    switch (cause) {
    case StopCause::Completed: return 'A';
    case StopCause::Manual: return '1';
    case StopCause::OverTemperature: return '2';
    case StopCause::Overload:
    case StopCause::Stall: return '3';
    case StopCause::SafeModeTimeout:
    case StopCause::PowerLoss: break;
    }
    return 0;
}

} // namespace

RegloResponder::RegloResponder(int address, std::vector<SimPump *> channels, const QByteArray &firmware)
    : m_address(address)
    , m_identity(kModel + ' ' + (firmware.isEmpty() ? kDefaultFirmware : firmware))
    , m_channels(std::move(channels))
{
    resetSettings();
    for (std::size_t i = 0; i < m_channels.size(); ++i) {
        const int channel = static_cast<int>(i) + 1;
        m_channels[i]->setStopListener([this, channel](StopCause cause) {
            const char letter = causeLetter(cause);
            if (!m_events || letter == 0)
                return;
            Reglo::Event event;
            event.type = Reglo::Event::Type::Stopped;
            event.channel = channel;
            event.cause = letter;
            m_pendingEvents.push_back(Reglo::encodeEvent(event));
        });
    }
}

QString RegloResponder::protocolName() const
{
    return u"Reglo ICC"_s;
}

void RegloResponder::resetSettings()
{
    m_settings.clear();
    for (SimPump *pump : m_channels) {
        Channel channel;
        channel.rpm = pump->targetRpm();
        channel.flowMlPerMin = pump->targetRpm() * pump->mlPerRev();
        m_settings.append(channel);
    }
}

std::optional<double> RegloResponder::settingRpm(const SimPump &pump) const
{
    for (std::size_t i = 0; i < m_channels.size(); ++i) {
        if (m_channels[i] == &pump && i < static_cast<std::size_t>(m_settings.size()))
            return m_settings[static_cast<qsizetype>(i)].rpm;
    }
    return std::nullopt;
}

void RegloResponder::powerCycle()
{
    m_decoder.reset();
    m_channelAddressing = false;
    m_events = false;
    m_pendingEvents.clear();
    resetSettings();
}

std::vector<QByteArray> RegloResponder::takeUnsolicited()
{
    for (std::size_t i = 0; m_events && i < m_channels.size(); ++i) {
        const SimPump *pump = m_channels[i];
        Channel &channel = m_settings[static_cast<qsizetype>(i)];
        if (!m_wall.isValid())
            m_wall.start();
        if (!pump->running()) {
            channel.lastUpdateMs = m_wall.elapsed();
            continue;
        }
        if (channel.lastUpdateMs >= 0 && m_wall.elapsed() - channel.lastUpdateMs < kUpdateIntervalMs)
            continue;
        channel.lastUpdateMs = m_wall.elapsed();
        Reglo::Event event;
        event.type = Reglo::Event::Type::Update;
        event.channel = static_cast<int>(i) + 1;
        event.status = Reglo::kYes;
        if (pump->runMode() == RunMode::Time)
            event.timeLeftS = std::max(0.0, duration<double>(pump->runTime() - pump->runElapsed()).count());
        event.volumeUl = pump->runDispensedMl() * 1000.0;
        event.cycles = channel.cycles;
        m_pendingEvents.push_back(Reglo::encodeEvent(event));
    }
    return std::exchange(m_pendingEvents, {});
}

double RegloResponder::maxFlow(int index) const
{
    const SimPump *pump = m_channels[static_cast<std::size_t>(index)];
    return pump->config().maxRpm * ownMlPerRev(index);
}

double RegloResponder::ownMlPerRev(int index) const
{
    const SimPump *pump = m_channels[static_cast<std::size_t>(index)];
    if (index < m_settings.size() && m_settings[index].calibratedMlPerRev)
        return *m_settings[index].calibratedMlPerRev;
    return pump->mlPerRev();
}

std::vector<QByteArray> RegloResponder::feed(QByteArrayView bytes, nanoseconds)
{
    std::vector<QByteArray> replies;
    for (const Reglo::Request &request : m_decoder.feed(bytes)) {
        const QByteArray reply = handle(request);
        if (!reply.isEmpty())
            replies.push_back(reply);
    }
    return replies;
}

QByteArray RegloResponder::handle(const Reglo::Request &request)
{
    const int channels = static_cast<int>(m_channels.size());
    // Which channels the address names; none means the frame is for another pump.
    int first = 0;
    int last = channels - 1;
    if (m_channelAddressing) {
        if (request.address < 0 || request.address > channels)
            return {};
        if (request.address > 0)
            first = last = request.address - 1;
    } else if (request.address != m_address) {
        return {};
    }
    const QByteArray &command = request.command;
    const bool overloaded = std::any_of(m_channels.begin(), m_channels.end(),
                                        [](const SimPump *pump) { return pump->alarm() == Alarm::Overload; });
    if (overloaded)
        return Reglo::statusReply(Reglo::kNotDone);

    // Pump-wide commands.
    if (command == "#")
        return Reglo::dataReply(m_identity);
    if (command == "xA")
        return Reglo::dataReply(QByteArray::number(channels));
    if (command == "x!")
        return Reglo::dataReply(kProtocolVersion);
    if (command == "~") {
        if (request.data != "0" && request.data != "1")
            return Reglo::statusReply(Reglo::kNotDone);
        m_channelAddressing = request.data == "1";
        return Reglo::statusReply(Reglo::kDone);
    }
    if (command == "xE") {
        if (request.data != "0" && request.data != "1")
            return Reglo::statusReply(Reglo::kNotDone);
        m_events = request.data == "1";
        return Reglo::statusReply(Reglo::kDone);
    }
    if (command == "A" || command == "B")
        return Reglo::statusReply(Reglo::kDone);

    // Channel commands: a query answers for the first channel named, a setting applies to all.
    QByteArray reply;
    for (int index = first; index <= last; ++index) {
        const QByteArray one = handleChannel(index, request);
        if (index == first)
            reply = one;
        else if (one != reply && one == Reglo::statusReply(Reglo::kNo))
            reply = one;  // a refusal on any channel is what the host must hear
    }
    return reply;
}

QByteArray RegloResponder::handleChannel(int index, const Reglo::Request &request)
{
    SimPump *pump = m_channels[static_cast<std::size_t>(index)];
    Channel &channel = m_settings[index];
    const QByteArray &command = request.command;
    const QByteArray &data = request.data;
    const QByteArray done = Reglo::statusReply(Reglo::kDone);
    const QByteArray notDone = Reglo::statusReply(Reglo::kNotDone);

    if (command == "H") {
        const double perRev = ownMlPerRev(index);
        double rpm = channel.rpm;
        // Every mode but rpm mode runs at the flow rate: volume at rate, and time at rate
        // (the Time mode as Ismatec's own examples drive it: xT run time, f flow, N, H).
        if (channel.mode != 'L')
            rpm = channel.flowMlPerMin / perRev;
        if (channel.mode == 'G' && channel.runTimeS > 0.0)
            rpm = channel.volumeMl / (channel.runTimeS / 60.0) / perRev;
        if (rpm > pump->config().maxRpm + 1e-9 || rpm <= 0.0) {
            channel.lastRefusal = 'R';
            channel.refusalLimit = QByteArray::number(pump->config().maxRpm * perRev, 'f', 3);
            return Reglo::statusReply(Reglo::kNo);
        }
        const bool volumeMode = channel.mode == 'O' || channel.mode == 'G' || channel.mode == 'Q';
        const bool timeMode = channel.mode == 'N' || channel.mode == 'P';
        if (volumeMode && channel.volumeMl <= 0.0) {
            channel.lastRefusal = 'V';
            channel.refusalLimit = volumeType1(0.0);
            return Reglo::statusReply(Reglo::kNo);
        }
        if (timeMode && channel.runTimeS <= 0.0) {
            channel.lastRefusal = 'C';
            channel.refusalLimit = "0";
            return Reglo::statusReply(Reglo::kNo);
        }
        if (pump->state() != MotorState::Paused) {
            static_cast<void>(pump->setTargetRpm(std::min(rpm, pump->config().maxRpm)));
            pump->setRunMode(volumeMode ? RunMode::Volume : (timeMode ? RunMode::Time : RunMode::Continuous));
            static_cast<void>(pump->setVolumeTarget(channel.volumeMl));
            static_cast<void>(pump->setRunTime(milliseconds(std::llround(channel.runTimeS * 1000.0))));
        }
        if (!pump->start()) {
            channel.lastRefusal = 'C';
            channel.refusalLimit = "0";
            return Reglo::statusReply(Reglo::kNo);
        }
        channel.lastRefusal = 0;
        return done;
    }
    if (command == "I") {
        pump->stop();
        return done;
    }
    if (command == "xI") {
        pump->pause();
        return done;
    }
    if (command == "J" || command == "K") {
        pump->setDirection(command == "J" ? SimPump::Direction::Clockwise : SimPump::Direction::CounterClockwise);
        return done;
    }
    if (command == "xD")
        return Reglo::dataReply(pump->direction() == SimPump::Direction::Clockwise ? "J" : "K");
    if (command == "E")
        return Reglo::statusReply(pump->running() ? Reglo::kYes : Reglo::kNo);
    if (command == "xe") {
        if (channel.lastRefusal == 0)
            return Reglo::dataReply("");
        return Reglo::dataReply(QByteArray(1, channel.lastRefusal) + ' ' + channel.refusalLimit);
    }
    if (command.size() == 1 && QByteArrayView("LMOGQNP").contains(command.at(0))) {
        channel.mode = command.at(0);
        return done;
    }
    if (command == "xM")
        return Reglo::dataReply(QByteArray(1, channel.mode));
    if (command == "S") {
        if (data.isEmpty())
            return Reglo::dataReply(QByteArray::number(channel.rpm, 'f', 2));
        const auto rpm = digitsValue(data, 6, 0.01);
        if (!rpm || *rpm > pump->config().maxRpm)
            return notDone;
        channel.rpm = *rpm;
        if (pump->running() && channel.mode == 'L')
            static_cast<void>(pump->setTargetRpm(*rpm));
        return done;
    }
    if (command == "f" || command == "v") {
        const bool flow = command == "f";
        double &value = flow ? channel.flowMlPerMin : channel.volumeMl;
        if (!data.isEmpty()) {
            const auto parsed = Reglo::parseVolume(data);
            if (!parsed)
                return notDone;
            // The pump clamps to what it can do and answers with the value actually set.
            value = flow ? std::clamp(*parsed, 0.0, maxFlow(index)) : std::max(0.0, *parsed);
            if (flow && pump->running() && channel.mode == 'M')
                static_cast<void>(pump->setTargetRpm(value / ownMlPerRev(index)));
        }
        return Reglo::dataReply(volumeType1(value));
    }
    if (command == "xT") {
        if (data.isEmpty())
            return Reglo::dataReply(QByteArray::number(std::llround(channel.runTimeS * 10.0)).rightJustified(8, '0'));
        const auto seconds = digitsValue(data, 8, 0.1);
        if (!seconds)
            return notDone;
        channel.runTimeS = *seconds;
        return done;
    }
    if (command == "xP")
        return data.isEmpty() ? Reglo::dataReply("00000000") : done;
    if (command == "\"") {
        if (data.isEmpty())
            return Reglo::dataReply(QByteArray::number(channel.cycles).rightJustified(4, '0'));
        const auto cycles = digitsValue(data, 4, 1.0);
        if (!cycles)
            return notDone;
        channel.cycles = static_cast<int>(*cycles);
        return done;
    }
    // Max flow with the current settings, and with the calibration (the same figure here: the
    // pump works with its calibration where it has one).
    if (command == "?" || command == "!")
        return Reglo::dataReply(volumeType1(maxFlow(index)));
    // Roller step volume in nL (Volume Type 2 to set, Type 1 read): set, it is the calibration.
    if (command == "r") {
        const double rollers = std::max(1, pump->config().rollers);
        if (data.isEmpty())
            return Reglo::dataReply(volumeType1(ownMlPerRev(index) * 1e6 / rollers));
        const auto nl = Reglo::parseVolume(data);
        if (!nl || !(*nl > 0))
            return notDone;
        channel.calibratedMlPerRev = *nl * rollers / 1e6;
        return done;
    }
    if (command == "+") {
        if (data.isEmpty())
            return Reglo::dataReply(QByteArray::number(channel.tubingDiameterMm, 'f', 2));
        const auto mm = digitsValue(data, 4, 0.01);
        if (!mm)
            return notDone;
        channel.tubingDiameterMm = *mm;
        channel.calibratedMlPerRev.reset();  // other tubing: the calibration no longer holds
        return done;
    }
    if (command == ":")
        return Reglo::dataReply(volumeType1(pump->dispensedMl()));
    if (command == "W") {
        pump->resetDispensed();
        return done;
    }
    return notDone;
}

} // namespace PumpStudio::Sim
