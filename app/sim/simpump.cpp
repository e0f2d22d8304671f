// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/simpump.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

using namespace std::chrono;

namespace PumpStudio::Sim {

namespace {

constexpr double kSecondsPerMinute = 60.0;
// advance() splits a step at every event; a bound keeps a logic error from hanging the simulator.
constexpr int kMaxEventsPerAdvance = 100000;

/// Smallest root of c0 + c1 t + c2 t^2 in [0, limit], if any. Uses the cancellation-free form
/// so an event close to t = 0 is found as accurately as one far away.
std::optional<double> firstRoot(double c0, double c1, double c2, double limit)
{
    std::optional<double> best;
    const auto consider = [&](double t) {
        if (std::isfinite(t) && t >= 0.0 && t <= limit && (!best || t < *best))
            best = t;
    };
    if (c2 == 0.0) {
        if (c1 != 0.0)
            consider(-c0 / c1);
        return best;
    }
    const double disc = c1 * c1 - 4.0 * c2 * c0;
    if (disc < 0.0)
        return best;
    const double q = -0.5 * (c1 + std::copysign(std::sqrt(disc), c1));
    consider(q / c2);
    if (q != 0.0)
        consider(c0 / q);
    return best;
}

double sign(double x)
{
    return x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : 0.0);
}

StopCause causeOf(Alarm alarm)
{
    switch (alarm) {
    case Alarm::Stall: return StopCause::Stall;
    case Alarm::Overload: return StopCause::Overload;
    case Alarm::OverTemperature: return StopCause::OverTemperature;
    case Alarm::SafeModeTimeout: return StopCause::SafeModeTimeout;
    case Alarm::None: break;
    }
    return StopCause::Manual;
}

} // namespace

SimPump::SimPump(SimPumpConfig config)
    : m_config(config)
    , m_initialMlPerRev(config.mlPerRev)
    , m_random(config.seed)
{
    m_targetRpm = std::clamp(m_config.defaultRpm, 0.0, m_config.maxRpm);
    m_syringeMl = std::clamp(m_config.syringeInitialMl, 0.0, m_config.syringeCapacityMl);
}

Result<void> SimPump::start()
{
    if (m_alarm != Alarm::None)
        return makeError(Error::Code::Refused, QCoreApplication::translate("SimPump", "The pump is in alarm; clear the alarm first."));
    if (m_mode == RunMode::Volume && m_volumeTargetMl <= 0.0)
        return makeError(Error::Code::Refused, QCoreApplication::translate("SimPump", "No volume set for a volume run."));
    if (m_mode == RunMode::Time && m_runTime <= milliseconds::zero())
        return makeError(Error::Code::Refused, QCoreApplication::translate("SimPump", "No time set for a timed run."));
    if (m_state == MotorState::Stopped) {
        m_runRev = 0.0;
        m_runSeconds = 0.0;
    }
    m_state = MotorState::Running;
    m_braking = false;
    return {};
}

void SimPump::stop()
{
    const bool wasRunning = m_state == MotorState::Running;
    m_state = MotorState::Stopped;
    m_braking = false;
    if (wasRunning)
        notify(StopCause::Manual);
}

void SimPump::pause()
{
    if (m_state == MotorState::Running && !m_braking)
        m_state = MotorState::Paused;
}

void SimPump::setDirection(Direction direction)
{
    m_direction = direction;
}

Result<void> SimPump::setTargetRpm(double rpm)
{
    if (!std::isfinite(rpm) || rpm < 0.0 || rpm > m_config.maxRpm)
        return makeError(Error::Code::OutOfRange,
                         QCoreApplication::translate("SimPump", "Speed %1 rpm is outside 0 to %2 rpm.").arg(rpm).arg(m_config.maxRpm));
    m_targetRpm = rpm;
    return {};
}

void SimPump::setFullSpeed(bool on)
{
    m_fullSpeed = on;
}

Result<void> SimPump::setMlPerRev(double mlPerRev)
{
    if (!std::isfinite(mlPerRev) || mlPerRev <= 0.0)
        return makeError(Error::Code::OutOfRange, QCoreApplication::translate("SimPump", "Volume per revolution must be positive."));
    // Keep the volumes already counted: they were moved with the old figure.
    const double dispensed = dispensedMl();
    const double run = runDispensedMl();
    m_config.mlPerRev = mlPerRev;
    m_dispensedRev = dispensed / mlPerRev;
    m_runRev = run / mlPerRev;
    return {};
}

void SimPump::setDeliveryFactor(double factor)
{
    if (std::isfinite(factor) && factor > 0.0)
        m_deliveryFactor = factor;
}

void SimPump::setRunMode(RunMode mode)
{
    m_mode = mode;
}

Result<void> SimPump::setVolumeTarget(double ml)
{
    if (!std::isfinite(ml) || ml < 0.0)
        return makeError(Error::Code::OutOfRange, QCoreApplication::translate("SimPump", "Volume must not be negative."));
    m_volumeTargetMl = ml;
    return {};
}

Result<void> SimPump::setRunTime(milliseconds time)
{
    if (time < milliseconds::zero())
        return makeError(Error::Code::OutOfRange, QCoreApplication::translate("SimPump", "Run time must not be negative."));
    m_runTime = time;
    return {};
}

Result<void> SimPump::dispense(double ml, double rpm)
{
    if (auto set = setTargetRpm(rpm); !set)
        return set;
    if (auto set = setVolumeTarget(ml); !set)
        return set;
    stop();
    setRunMode(RunMode::Volume);
    return start();
}

Result<void> SimPump::runFor(milliseconds time, double rpm)
{
    if (auto set = setTargetRpm(rpm); !set)
        return set;
    if (auto set = setRunTime(time); !set)
        return set;
    stop();
    setRunMode(RunMode::Time);
    return start();
}

double SimPump::actualRpm() const
{
    return std::abs(m_velocity);
}

double SimPump::meanFlowMlPerMin() const
{
    return actualRpm() * m_config.mlPerRev;
}

double SimPump::flowMlPerMin() const
{
    if (m_config.rollers <= 0)
        return meanFlowMlPerMin();
    const double phase = 2.0 * std::numbers::pi * m_config.rollers * m_phaseRev;
    return meanFlowMlPerMin() * (1.0 + m_config.pulsationDepth * std::cos(phase));
}

double SimPump::remainingMl() const
{
    if (m_mode != RunMode::Volume)
        return 0.0;
    return std::max(0.0, m_volumeTargetMl - runDispensedMl());
}

void SimPump::resetDispensed()
{
    m_dispensedRev = 0.0;
}

nanoseconds SimPump::elapsed() const
{
    return nanoseconds(std::llround(m_time * 1e9));
}

nanoseconds SimPump::runElapsed() const
{
    return nanoseconds(std::llround(m_runSeconds * 1e9));
}

double SimPump::occlusionFactor() const
{
    if (!m_occludedSince)
        return 1.0;
    const double tau = duration<double>(m_config.occlusionTimeConstant).count();
    const double since = m_time - *m_occludedSince;
    return 1.0 + m_config.occlusionGain * (tau > 0.0 ? 1.0 - std::exp(-since / tau) : 1.0);
}

double SimPump::meanLinePressureKPa() const
{
    return m_config.tubingResistanceKPaPerMlMin * meanFlowMlPerMin() * occlusionFactor();
}

double SimPump::linePressureKPa()
{
    const double pressure = m_config.tubingResistanceKPaPerMlMin * flowMlPerMin() * occlusionFactor();
    return pressure + m_config.pressureNoiseKPa * m_noise(m_random);
}

void SimPump::setOcclusion(bool on)
{
    if (on && !m_occludedSince)
        m_occludedSince = m_time;
    else if (!on)
        m_occludedSince.reset();
}

void SimPump::setSyringeContentMl(double ml)
{
    m_syringeMl = std::clamp(ml, 0.0, m_config.syringeCapacityMl);
}

void SimPump::raiseAlarm(Alarm alarm)
{
    if (alarm == Alarm::None) {
        clearAlarm();
        return;
    }
    m_alarm = alarm;
    haltNow(causeOf(alarm));
}

void SimPump::setWatchdog(std::optional<milliseconds> timeout)
{
    m_watchdog = timeout;
    m_watchdogFedAt = m_time;
}

void SimPump::feedWatchdog()
{
    m_watchdogFedAt = m_time;
}

void SimPump::powerCycle()
{
    const bool wasRunning = m_state == MotorState::Running;
    m_velocity = 0.0;
    m_state = MotorState::Stopped;
    m_braking = false;
    m_config.mlPerRev = m_initialMlPerRev;
    m_targetRpm = std::clamp(m_config.defaultRpm, 0.0, m_config.maxRpm);
    m_direction = Direction::Clockwise;
    m_fullSpeed = false;
    m_mode = RunMode::Continuous;
    m_volumeTargetMl = 0.0;
    m_runTime = milliseconds::zero();
    m_dispensedRev = 0.0;
    m_runRev = 0.0;
    m_runSeconds = 0.0;
    m_alarm = Alarm::None;
    m_watchdog.reset();
    if (wasRunning)
        notify(StopCause::PowerLoss);
}

double SimPump::signedTargetRpm() const
{
    if (m_state != MotorState::Running || m_braking)
        return 0.0;
    const double speed = m_fullSpeed ? m_config.maxRpm : m_targetRpm;
    return m_direction == Direction::Clockwise ? speed : -speed;
}

void SimPump::haltNow(StopCause cause)
{
    m_velocity = 0.0;
    m_state = MotorState::Stopped;
    m_braking = false;
    notify(cause);
}

void SimPump::finishRun(StopCause cause)
{
    m_state = MotorState::Stopped;
    m_braking = false;
    notify(cause);
}

void SimPump::notify(StopCause cause)
{
    if (m_stopListener)
        m_stopListener(cause);
}

void SimPump::advance(nanoseconds span)
{
    double remaining = std::chrono::duration<double>(span).count();
    for (int guard = 0; remaining > 0.0 && guard < kMaxEventsPerAdvance; ++guard) {
        const double accel = std::max(m_config.accelerationRpmPerS, 1e-9);
        const double v = m_velocity;
        const double target = signedTargetRpm();
        const double a = target > v ? accel : (target < v ? -accel : 0.0);

        enum class Event { None, RampEnd, ZeroCross, Brake, TimeUp, TravelEnd, Watchdog };
        double t = remaining;
        Event event = Event::None;
        const auto candidate = [&](std::optional<double> when, Event kind) {
            if (when && *when <= t) {
                t = std::max(0.0, *when);
                event = kind;
            }
        };

        if (a != 0.0) {
            candidate(std::abs(target - v) / accel, Event::RampEnd);
            if (v * target < 0.0)
                candidate(std::abs(v) / accel, Event::ZeroCross);
        }
        // Within this segment the speed magnitude is u0 + b t (no zero crossing inside it).
        const double u0 = std::abs(v);
        const double b = v != 0.0 ? a * sign(v) : std::abs(a);
        if (m_state == MotorState::Running && !m_braking && m_mode == RunMode::Volume) {
            // Brake when the volume left equals the distance the ramp-down takes: u^2 / (2 A).
            const double left = kSecondsPerMinute * (m_volumeTargetMl / m_config.mlPerRev - m_runRev);
            const double c0 = left - u0 * u0 / (2.0 * accel);
            candidate(c0 <= 0.0 ? std::optional<double>(0.0)
                                : firstRoot(c0, -u0 - u0 * b / accel, -0.5 * b - b * b / (2.0 * accel), t),
                      Event::Brake);
        }
        if (m_state == MotorState::Running && !m_braking && m_mode == RunMode::Time)
            candidate(std::max(0.0, duration<double>(m_runTime).count() - m_runSeconds), Event::TimeUp);
        if (m_config.kind == SimPumpConfig::Kind::Syringe && (v != 0.0 || a != 0.0)) {
            // content(t) = c0 - k (v t + a t^2 / 2), k = mL per rev / 60; clockwise infuses.
            const double k = m_config.mlPerRev / kSecondsPerMinute;
            const bool infusing = v > 0.0 || (v == 0.0 && a > 0.0);
            if (infusing)
                candidate(m_syringeMl <= 0.0 ? std::optional<double>(0.0)
                                             : firstRoot(m_syringeMl, -k * v, -0.5 * k * a, t),
                          Event::TravelEnd);
            else
                candidate(m_syringeMl >= m_config.syringeCapacityMl
                              ? std::optional<double>(0.0)
                              : firstRoot(m_syringeMl - m_config.syringeCapacityMl, -k * v, -0.5 * k * a, t),
                          Event::TravelEnd);
        }
        if (m_watchdog && m_alarm != Alarm::SafeModeTimeout)
            candidate(std::max(0.0, m_watchdogFedAt + duration<double>(*m_watchdog).count() - m_time), Event::Watchdog);

        step(t, a);
        remaining -= t;

        switch (event) {
        case Event::None:
            break;
        case Event::RampEnd:
            m_velocity = target;
            if (target == 0.0 && m_braking)
                finishRun(StopCause::Completed);
            break;
        case Event::ZeroCross:
            m_velocity = 0.0;
            break;
        case Event::Brake:
        case Event::TimeUp:
            m_braking = true;
            if (m_velocity == 0.0)
                finishRun(StopCause::Completed);
            break;
        case Event::TravelEnd:
            m_syringeMl = m_velocity > 0.0 || (m_velocity == 0.0 && a > 0.0) ? 0.0 : m_config.syringeCapacityMl;
            raiseAlarm(Alarm::Stall);
            break;
        case Event::Watchdog:
            raiseAlarm(Alarm::SafeModeTimeout);
            break;
        }
    }
}

void SimPump::step(double seconds, double accel)
{
    if (seconds <= 0.0)
        return;
    const double v = m_velocity;
    const double revs = (v * seconds + 0.5 * accel * seconds * seconds) / kSecondsPerMinute;
    m_phaseRev += revs;
    m_dispensedRev += std::abs(revs);
    m_runRev += std::abs(revs);
    m_deliveredMl += std::abs(revs) * m_config.mlPerRev * m_deliveryFactor;
    if (m_config.kind == SimPumpConfig::Kind::Syringe)
        m_syringeMl = std::clamp(m_syringeMl - revs * m_config.mlPerRev, 0.0, m_config.syringeCapacityMl);
    m_velocity = v + accel * seconds;
    m_time += seconds;
    if (m_state == MotorState::Running && !m_braking)
        m_runSeconds += seconds;
}

} // namespace PumpStudio::Sim
