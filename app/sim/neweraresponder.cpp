// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/neweraresponder.h"

#include "sim/simpump.h"

#include <cmath>
#include <numbers>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono;

namespace PumpStudio::Sim {

namespace NewEra = Protocol::NewEra;

namespace {

const QByteArray kVersion = QByteArrayLiteral("NE1000V3.934");

/// mL/min per one of the rate units the pump knows.
std::optional<double> rateFactor(QByteArrayView units)
{
    if (units == "MM")
        return 1.0;
    if (units == "UM")
        return 0.001;
    if (units == "MH")
        return 1.0 / 60.0;
    if (units == "UH")
        return 0.001 / 60.0;
    return std::nullopt;
}

QByteArray number(double value)
{
    return NewEra::formatNumber(value).valueOr(QByteArrayLiteral("0"));
}

} // namespace

NewEraResponder::NewEraResponder(int address, double diameterMm, double leadMmPerRev, SimPump *pump)
    : m_address(address)
    , m_leadMmPerRev(leadMmPerRev)
    , m_initialDiameterMm(diameterMm)
    , m_pump(pump)
{
    resetSettings();
    m_pump->setStopListener([this](StopCause cause) {
        if (cause == StopCause::Stall)
            m_pendingAlarm = 'S';
        else if (cause == StopCause::SafeModeTimeout) {
            m_pendingAlarm = 'T';
            // In safe mode the pump reports a lost host on its own, as an alarm packet.
            m_pendingPackets.push_back(NewEra::safeReply({m_address, 'A', 'T', {}}));
        }
    });
}

std::optional<double> NewEraResponder::settingRpm(const SimPump &pump) const
{
    if (&pump != m_pump || !(m_pump->mlPerRev() > 0))
        return std::nullopt;
    return m_rateMlPerMin / m_pump->mlPerRev();
}

QString NewEraResponder::protocolName() const
{
    return u"New Era"_s;
}

void NewEraResponder::resetSettings()
{
    setDiameter(m_initialDiameterMm);
    m_rateMlPerMin = 0.0;
    m_rateUnits = "MM";
    m_volumeMl = 0.0;
    m_volumeInMl = true;
    m_purging = false;
    m_safeTimeoutS = 0;
    m_decoder.setSafeMode(false);
    m_infusedMl = m_withdrawnMl = 0.0;
    m_lastContentMl = m_pump->syringeContentMl();
    m_lastDispensedMl = m_pump->dispensedMl();
}

void NewEraResponder::powerCycle()
{
    resetSettings();
    m_pendingPackets.clear();
    m_pendingAlarm = 'R';
}

std::vector<QByteArray> NewEraResponder::takeUnsolicited()
{
    return std::exchange(m_pendingPackets, {});
}

void NewEraResponder::setDiameter(double mm)
{
    m_diameterMm = mm;
    const double areaMm2 = std::numbers::pi * mm * mm / 4.0;
    static_cast<void>(m_pump->setMlPerRev(areaMm2 * m_leadMmPerRev / 1000.0));
    // The pump counts with the diameter it is set to; a syringe of another bore moves more or less.
    if (const auto fitted = m_pump->config().syringeTrueDiameterMm)
        m_pump->setDeliveryFactor((*fitted / mm) * (*fitted / mm));
}

char NewEraResponder::status() const
{
    switch (m_pump->state()) {
    case MotorState::Running:
        if (m_purging)
            return 'X';
        return m_pump->direction() == SimPump::Direction::Clockwise ? 'I' : 'W';
    case MotorState::Paused:
        return 'P';
    case MotorState::Stopped:
        break;
    }
    return 'S';
}

QByteArray NewEraResponder::reply(char statusChar, QByteArrayView data, char alarm) const
{
    NewEra::Reply r;
    r.address = m_address;
    r.status = alarm ? 'A' : statusChar;
    r.alarm = alarm;
    r.data = data.toByteArray();
    return m_decoder.safeMode() ? NewEra::safeReply(r) : NewEra::basicReply(r);
}

QByteArray NewEraResponder::volumeText(double ml) const
{
    return number(m_volumeInMl ? ml : ml * 1000.0);
}

std::vector<QByteArray> NewEraResponder::feed(QByteArrayView bytes, nanoseconds)
{
    std::vector<QByteArray> replies;
    const quint64 badBefore = m_decoder.stats().checksumErrors;
    const auto requests = m_decoder.feed(bytes);
    // A damaged safe-mode packet is answered ?COM, so the host knows to resend.
    for (quint64 i = badBefore; i < m_decoder.stats().checksumErrors; ++i)
        replies.push_back(reply(status(), "?COM"));
    for (const NewEra::Request &request : requests) {
        const int address = request.address.value_or(0);
        if (address != -1 && address != m_address)
            continue;
        const QByteArray answer = handle(request);
        if (address != -1)  // commands to every pump ('*') are not answered, or all would talk at once
            replies.push_back(answer);
    }
    return replies;
}

QByteArray NewEraResponder::handle(const NewEra::Request &request)
{
    // Track infused and withdrawn volume from the plunger's movement since the last command.
    const double moved = m_pump->dispensedMl() - m_lastDispensedMl;
    const double net = m_lastContentMl - m_pump->syringeContentMl();
    m_infusedMl += (moved + net) / 2.0;
    m_withdrawnMl += (moved - net) / 2.0;
    m_lastDispensedMl = m_pump->dispensedMl();
    m_lastContentMl = m_pump->syringeContentMl();

    if (m_safeTimeoutS > 0)
        m_pump->feedWatchdog();
    if (m_pendingAlarm) {
        // The alarm answers this command and is thereby acknowledged; the command is not run.
        const char alarm = std::exchange(m_pendingAlarm, 0);
        m_pump->clearAlarm();
        return reply(status(), {}, alarm);
    }
    if (!m_pump->running())
        m_purging = false;

    const QByteArray &command = request.command;
    const QByteArray &params = request.params;
    if (command == "DIA") {
        if (params.isEmpty())
            return reply(status(), number(m_diameterMm));
        if (m_pump->running())
            return reply(status(), "?NA");
        const auto mm = NewEra::parseNumber(params);
        if (!mm)
            return reply(status(), "?");
        if (*mm < 0.1 || *mm > 50.0)
            return reply(status(), "?OOR");
        setDiameter(*mm);
        return reply(status());
    }
    if (command == "RAT") {
        if (params.isEmpty())
            return reply(status(), number(m_rateMlPerMin / *rateFactor(m_rateUnits)) + m_rateUnits);
        const QByteArray units = params.size() >= 2 && !std::isdigit(static_cast<uchar>(params.back())) ? params.right(2) : m_rateUnits;
        const QByteArray value = params.size() >= 2 && units == params.right(2) && !std::isdigit(static_cast<uchar>(params.back()))
                                     ? params.chopped(2) : params;
        const auto factor = rateFactor(units);
        const auto rate = NewEra::parseNumber(value);
        if (!factor || !rate)
            return reply(status(), "?");
        const double mlPerMin = *rate * *factor;
        const double rpm = mlPerMin / m_pump->mlPerRev();
        if (mlPerMin <= 0.0 || rpm > m_pump->config().maxRpm)
            return reply(status(), "?OOR");
        m_rateMlPerMin = mlPerMin;
        m_rateUnits = units;
        if (m_pump->running() && !m_purging)
            static_cast<void>(m_pump->setTargetRpm(rpm));
        return reply(status());
    }
    if (command == "VOL") {
        if (params.isEmpty())
            return reply(status(), volumeText(m_volumeMl) + (m_volumeInMl ? "ML" : "UL"));
        if (params == "ML" || params == "UL") {
            m_volumeInMl = params == "ML";
            return reply(status());
        }
        const auto volume = NewEra::parseNumber(params);
        if (!volume)
            return reply(status(), "?");
        const double ml = m_volumeInMl ? *volume : *volume / 1000.0;
        if (ml < 0.0 || ml > m_pump->config().syringeCapacityMl * 100.0)
            return reply(status(), "?OOR");
        m_volumeMl = ml;
        return reply(status());
    }
    if (command == "DIR") {
        if (params.isEmpty())
            return reply(status(), m_pump->direction() == SimPump::Direction::Clockwise ? "INF" : "WDR");
        if (params == "INF" || params == "WDR" || params == "REV") {
            const bool infuse = params == "REV" ? m_pump->direction() != SimPump::Direction::Clockwise : params == "INF";
            m_pump->setDirection(infuse ? SimPump::Direction::Clockwise : SimPump::Direction::CounterClockwise);
            return reply(status());
        }
        return reply(status(), "?");
    }
    if (command == "RUN" || command == "PUR") {
        if (m_pump->running())
            return reply(status(), "?IGN");
        m_purging = command == "PUR";
        if (m_pump->state() != MotorState::Paused) {
            if (m_purging) {
                static_cast<void>(m_pump->setTargetRpm(m_pump->config().maxRpm));
                m_pump->setRunMode(RunMode::Continuous);
            } else {
                if (m_rateMlPerMin <= 0.0)
                    return reply(status(), "?NA");
                static_cast<void>(m_pump->setTargetRpm(m_rateMlPerMin / m_pump->mlPerRev()));
                static_cast<void>(m_pump->setVolumeTarget(m_volumeMl));
                m_pump->setRunMode(m_volumeMl > 0.0 ? RunMode::Volume : RunMode::Continuous);
            }
        }
        if (!m_pump->start())
            return reply(status(), "?NA");
        return reply(status());
    }
    if (command == "STP") {
        // The first STP pauses a running pump, the second stops it (and forgets the phase).
        if (m_pump->running())
            m_pump->pause();
        else
            m_pump->stop();
        return reply(status());
    }
    if (command == "DIS") {
        const QByteArray units = m_volumeInMl ? "ML" : "UL";
        return reply(status(), "I" + volumeText(std::max(0.0, m_infusedMl - m_infusedBaseMl)) + "W"
                                   + volumeText(std::max(0.0, m_withdrawnMl - m_withdrawnBaseMl)) + units);
    }
    if (command == "CLD") {
        if (params == "INF")
            m_infusedBaseMl = m_infusedMl;
        else if (params == "WDR")
            m_withdrawnBaseMl = m_withdrawnMl;
        else
            return reply(status(), "?");
        return reply(status());
    }
    if (command == "VER")
        return reply(status(), kVersion);
    if (command == "ADR") {
        if (params.isEmpty())
            return reply(status(), QByteArray::number(m_address));
        bool ok = false;
        const int address = params.toInt(&ok);
        if (!ok || address < 0 || address > 99)
            return reply(status(), "?OOR");
        m_address = address;
        return reply(status());
    }
    if (command == "SAF") {
        if (params.isEmpty())
            return reply(status(), QByteArray::number(m_safeTimeoutS));
        bool ok = false;
        const int seconds = params.toInt(&ok);
        if (!ok || seconds < 0 || seconds > 255)
            return reply(status(), "?OOR");
        // Answered in the mode the command came in, then the pump switches.
        const QByteArray answer = reply(status());
        m_safeTimeoutS = seconds;
        m_decoder.setSafeMode(seconds > 0);
        m_pump->setWatchdog(seconds > 0 ? std::optional<milliseconds>(seconds * 1000ms) : std::nullopt);
        return answer;
    }
    return reply(status(), "?");
}

} // namespace PumpStudio::Sim
