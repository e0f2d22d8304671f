// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "device/pumptypes.h"

#include <chrono>
#include <functional>
#include <optional>
#include <random>

namespace PumpStudio::Sim {

/// What a simulated pump is made of: drive limits, head and tubing, hydraulics. Filled from a
/// model file plus the chosen head and tubing; the defaults describe a small lab peristaltic pump.
struct SimPumpConfig
{
    enum class Kind { Peristaltic, Syringe };
    Kind kind = Kind::Peristaltic;
    double mlPerRev = 0.8;            ///< head + tubing (peristaltic) or syringe area x lead (syringe)
    int rollers = 3;                  ///< roller passes per revolution; 0 = no pulsation (syringe)
    double maxRpm = 100.0;
    double defaultRpm = 10.0;         ///< speed after power-up
    double accelerationRpmPerS = 200.0;
    double pulsationDepth = 0.15;     ///< ripple amplitude as a fraction of the mean flow
    double tubingResistanceKPaPerMlMin = 0.5;
    double pressureNoiseKPa = 0.2;    ///< standard deviation of the seeded noise
    double occlusionGain = 20.0;      ///< resistance factor an occlusion approaches: 1 + gain
    std::chrono::milliseconds occlusionTimeConstant{8000};
    quint32 seed = 1;
    double syringeCapacityMl = 10.0;
    double syringeInitialMl = 10.0;   ///< content after power-up
    /// The inner diameter of the syringe actually fitted (mm), where it differs from the one the
    /// pump is set to: the pump counts volumes with its setting, the liquid leaves with this one.
    std::optional<double> syringeTrueDiameterMm;
};

enum class RunMode { Continuous, Volume, Time };
enum class MotorState { Stopped, Running, Paused };
enum class Alarm { None, Stall, Overload, OverTemperature, SafeModeTimeout };
/// Why a pump stopped on its own or on command; protocols turn it into events (Reglo ^X, NE alarms).
enum class StopCause { Completed, Manual, Stall, Overload, OverTemperature, SafeModeTimeout, PowerLoss };

/// A protocol-independent simulated pump: the state machine and physics protocol responders drive.
/// Time moves only through advance(), so every result is deterministic; the motor ramps at a
/// constant acceleration and revolutions are integrated analytically, so volumes are exact for any
/// step size.
class SimPump final
{
public:
    using Direction = Device::Direction;
    using StopListener = std::function<void(StopCause)>;

    explicit SimPump(SimPumpConfig config);

    const SimPumpConfig &config() const { return m_config; }

    // Commands. start() refuses while an alarm is active or the settings cannot be reached.
    Result<void> start();
    void stop();
    void pause();
    void setDirection(Direction direction);
    Direction direction() const { return m_direction; }
    Result<void> setTargetRpm(double rpm);
    double targetRpm() const { return m_targetRpm; }
    void setFullSpeed(bool on);
    bool fullSpeed() const { return m_fullSpeed; }
    /// A tubing change or calibration; the volume already dispensed stays as it was counted.
    Result<void> setMlPerRev(double mlPerRev);
    double mlPerRev() const { return m_config.mlPerRev; }
    void setRunMode(RunMode mode);
    RunMode runMode() const { return m_mode; }
    Result<void> setVolumeTarget(double ml);
    double volumeTarget() const { return m_volumeTargetMl; }
    Result<void> setRunTime(std::chrono::milliseconds time);
    std::chrono::milliseconds runTime() const { return m_runTime; }
    /// Volume mode at `rpm`, started: the motor brakes so it stops exactly at `ml`.
    Result<void> dispense(double ml, double rpm);
    /// Time mode at `rpm`, started: braking begins when `time` has run.
    Result<void> runFor(std::chrono::milliseconds time, double rpm);

    // State.
    MotorState state() const { return m_state; }
    bool running() const { return m_state == MotorState::Running; }
    /// Motor speed now, following the ramp (magnitude; direction() says which way).
    double actualRpm() const;
    double meanFlowMlPerMin() const;
    /// Instantaneous flow with one ripple per roller pass (rollers x rpm / 60 Hz).
    double flowMlPerMin() const;
    /// Volume moved since power-up or resetDispensed(), both directions counted.
    double dispensedMl() const { return m_dispensedRev * m_config.mlPerRev; }
    /// Liquid actually moved since power-up (both directions counted): dispensedMl() times the
    /// delivery factor in force while it moved. What a balance under the outlet sees.
    double deliveredMl() const { return m_deliveredMl; }
    /// Liquid moved per mL the pump counts (a syringe whose diameter differs from the pump's
    /// setting: (true / set)^2). 1 unless set; the volume already delivered stays as it was.
    void setDeliveryFactor(double factor);
    double deliveryFactor() const { return m_deliveryFactor; }
    /// Volume moved in the current volume-mode run.
    double runDispensedMl() const { return m_runRev * m_config.mlPerRev; }
    /// Volume still to go in volume mode, else 0.
    double remainingMl() const;
    double revolutions() const { return m_dispensedRev; }
    void resetDispensed();
    std::chrono::nanoseconds elapsed() const;
    /// Pump time spent running in the current run (pauses excluded).
    std::chrono::nanoseconds runElapsed() const;

    // Hydraulics: pressure at the pump outlet, from flow through the tubing resistance.
    double meanLinePressureKPa() const;
    /// meanLinePressureKPa() with the pulsation and seeded noise; each call draws a new sample.
    double linePressureKPa();
    void setOcclusion(bool on);
    bool occluded() const { return m_occludedSince.has_value(); }

    // Syringe pumps: Clockwise infuses (content falls); at either travel end the motor stalls.
    double syringeContentMl() const { return m_syringeMl; }
    void setSyringeContentMl(double ml);

    // Alarms stop the motor at once; start() refuses until clearAlarm().
    void raiseAlarm(Alarm alarm);
    void clearAlarm() { m_alarm = Alarm::None; }
    Alarm alarm() const { return m_alarm; }
    /// A communication watchdog (NE-1000 safe mode): alarm when no feedWatchdog() within `timeout`.
    void setWatchdog(std::optional<std::chrono::milliseconds> timeout);
    std::optional<std::chrono::milliseconds> watchdog() const { return m_watchdog; }
    void feedWatchdog();
    /// Power lost and back: the motor stops, every setting returns to its power-up value.
    void powerCycle();

    void setStopListener(StopListener listener) { m_stopListener = std::move(listener); }
    void advance(std::chrono::nanoseconds duration);

private:
    double signedTargetRpm() const;
    void step(double seconds, double accel);
    void haltNow(StopCause cause);
    void finishRun(StopCause cause);
    void notify(StopCause cause);
    double occlusionFactor() const;

    SimPumpConfig m_config;
    double m_initialMlPerRev = 0.0;
    double m_time = 0.0;              ///< seconds of pump time since construction
    double m_velocity = 0.0;          ///< rpm, signed: + is clockwise
    double m_phaseRev = 0.0;          ///< net revolutions, for the roller phase
    double m_dispensedRev = 0.0;
    double m_runRev = 0.0;
    double m_runSeconds = 0.0;
    double m_targetRpm = 0.0;
    double m_volumeTargetMl = 0.0;
    double m_syringeMl = 0.0;
    double m_deliveredMl = 0.0;
    double m_deliveryFactor = 1.0;
    std::chrono::milliseconds m_runTime{0};
    Direction m_direction = Direction::Clockwise;
    MotorState m_state = MotorState::Stopped;
    RunMode m_mode = RunMode::Continuous;
    Alarm m_alarm = Alarm::None;
    bool m_fullSpeed = false;
    bool m_braking = false;           ///< volume or time reached: ramping down to finish the run
    std::optional<double> m_occludedSince;
    std::optional<std::chrono::milliseconds> m_watchdog;
    double m_watchdogFedAt = 0.0;
    std::mt19937 m_random;
    std::normal_distribution<double> m_noise{0.0, 1.0};
    StopListener m_stopListener;
};

} // namespace PumpStudio::Sim
