// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/simulation.h"

#include "sim/byteendpoint.h"
#include "sim/protocolresponder.h"
#include "sim/simbus.h"
#include "sim/simpressuresensor.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono;

namespace PumpStudio::Sim {

Simulation::Simulation(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &Simulation::onTick);
}

Simulation::~Simulation() = default;

SimPump *Simulation::addPump(const SimPumpConfig &config)
{
    m_pumps.push_back(std::make_unique<SimPump>(config));
    return m_pumps.back().get();
}

std::vector<SimPump *> Simulation::pumps() const
{
    std::vector<SimPump *> list;
    for (const auto &pump : m_pumps)
        list.push_back(pump.get());
    return list;
}

SimPressureSensor *Simulation::addPressureSensor(std::vector<SimPump *> sources, double offsetKPa)
{
    m_sensors.push_back(std::make_unique<SimPressureSensor>(std::move(sources), offsetKPa));
    return m_sensors.back().get();
}

SimBus *Simulation::addBus(std::unique_ptr<ByteEndpoint> endpoint, const Device::SerialSettings &wire, quint32 seed)
{
    auto *bus = new SimBus(std::move(endpoint), wire, seed, this);
    m_buses.push_back(bus);
    return bus;
}

void Simulation::setFaultPlan(const FaultPlan &plan)
{
    m_actions.clear();
    m_nextAction = 0;
    for (const FaultEvent &event : plan.events) {
        const nanoseconds at = event.at;
        if (at >= m_time)
            m_actions.push_back(Action{at, event, false});
        if (event.duration && at + *event.duration >= m_time)
            m_actions.push_back(Action{at + *event.duration, event, true});
    }
    std::stable_sort(m_actions.begin(), m_actions.end(), [](const Action &a, const Action &b) { return a.at < b.at; });
    // Rates at time 0 (from --faults) hold before the first byte is answered.
    advance(nanoseconds::zero());
}

void Simulation::advance(nanoseconds duration)
{
    const nanoseconds target = m_time + std::max(duration, nanoseconds::zero());
    while (m_nextAction < m_actions.size() && m_actions[m_nextAction].at <= target) {
        const Action action = m_actions[m_nextAction++];
        advancePumps(action.at - m_time);
        apply(action);
    }
    advancePumps(target - m_time);
    for (SimBus *bus : m_buses)
        bus->flushUnsolicited();
}

void Simulation::advancePumps(nanoseconds duration)
{
    if (duration <= nanoseconds::zero())
        return;
    for (const auto &pump : m_pumps)
        pump->advance(duration);
    m_time += duration;
}

std::vector<SimPump *> Simulation::pumpsAt(std::optional<int> address) const
{
    std::vector<SimPump *> pumps;
    if (!address) {
        for (const auto &pump : m_pumps)
            pumps.push_back(pump.get());
        return pumps;
    }
    for (SimBus *bus : m_buses) {
        for (ProtocolResponder *responder : bus->responders()) {
            if (responder->address() != *address)
                continue;
            for (SimPump *pump : responder->pumps()) {
                if (std::find(pumps.begin(), pumps.end(), pump) == pumps.end())
                    pumps.push_back(pump);
            }
        }
    }
    return pumps;
}

std::vector<SimBus *> Simulation::busesWith(std::optional<int> address) const
{
    if (!address)
        return m_buses;
    std::vector<SimBus *> buses;
    for (SimBus *bus : m_buses) {
        if (bus->responderAt(*address))
            buses.push_back(bus);
    }
    return buses;
}

void Simulation::apply(const Action &action)
{
    const FaultEvent &event = action.event;
    const QString what = QCoreApplication::translate("Simulation", "%1 at %2 s: %3")
                             .arg(action.ending ? QCoreApplication::translate("Simulation", "fault ends")
                                                : QCoreApplication::translate("Simulation", "fault"))
                             .arg(duration<double>(action.at).count(), 0, 'f', 3)
                             .arg(event.describe());
    switch (event.kind) {
    case FaultEvent::Kind::Unplug:
        for (SimBus *bus : busesWith(event.address)) {
            if (action.ending)
                bus->endpoint()->replug();
            else
                bus->endpoint()->unplug();
        }
        break;
    case FaultEvent::Kind::Stall:
    case FaultEvent::Kind::Overload:
    case FaultEvent::Kind::OverTemperature: {
        const Alarm alarm = event.kind == FaultEvent::Kind::Stall ? Alarm::Stall
                            : event.kind == FaultEvent::Kind::Overload ? Alarm::Overload
                                                                        : Alarm::OverTemperature;
        for (SimPump *pump : pumpsAt(event.address)) {
            if (!action.ending)
                pump->raiseAlarm(alarm);
            else if (pump->alarm() == alarm)
                pump->clearAlarm();
        }
        break;
    }
    case FaultEvent::Kind::Occlusion:
        for (SimPump *pump : pumpsAt(event.address))
            pump->setOcclusion(!action.ending);
        break;
    case FaultEvent::Kind::PowerCycle:
        for (SimBus *bus : busesWith(event.address))
            bus->powerCycle(event.address);
        break;
    case FaultEvent::Kind::Drop:
        for (SimBus *bus : m_buses)
            bus->setDropProbability(event.probability);
        break;
    case FaultEvent::Kind::Corrupt:
        for (SimBus *bus : m_buses)
            bus->setCorruptProbability(event.probability);
        break;
    case FaultEvent::Kind::Garbage:
        for (SimBus *bus : m_buses)
            bus->setGarbageProbability(event.probability);
        break;
    case FaultEvent::Kind::Slow:
        for (SimBus *bus : m_buses)
            bus->setSlowDelay(event.delay);
        break;
    case FaultEvent::Kind::Echo:
        for (SimBus *bus : busesWith(event.address))
            bus->setEcho(!action.ending);
        break;
    case FaultEvent::Kind::Silent:
        for (SimBus *bus : busesWith(event.address))
            bus->setSilent(!action.ending);
        break;
    }
    Q_EMIT faultApplied(what);
}

void Simulation::start(double speedup, milliseconds tick)
{
    m_speedup = speedup > 0.0 ? speedup : 1.0;
    m_wall.start();
    m_lastWallNs = 0;
    m_carryNs = 0.0;
    m_timer->start(tick);
}

void Simulation::stop()
{
    m_timer->stop();
}

void Simulation::onTick()
{
    const qint64 wall = m_wall.nsecsElapsed();
    // Keep the fraction of a nanosecond so a long run at speedup 0.3 does not drift.
    const double scaled = static_cast<double>(wall - m_lastWallNs) * m_speedup + m_carryNs;
    const double whole = std::floor(scaled);
    m_carryNs = scaled - whole;
    m_lastWallNs = wall;
    advance(nanoseconds(static_cast<qint64>(whole)));
}

} // namespace PumpStudio::Sim
