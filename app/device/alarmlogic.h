// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace PumpStudio::Device {

enum class AlarmKind { High, HighHigh, Low, Deviation };
/// What the integrator does when the alarm is raised.
enum class AlarmAction { Warn, StopPumps };
enum class ToleranceMode { Absolute, Percent };

struct AlarmLimit
{
    double value = 0;
    AlarmAction action = AlarmAction::Warn;
};

struct DeviationLimit
{
    double tolerance = 0; ///< in the unit, or percent of the setpoint
    ToleranceMode mode = ToleranceMode::Absolute;
    AlarmAction action = AlarmAction::Warn;
};

/// Limits for one measured quantity. Hysteresis is in the quantity's unit and applies to every
/// limit: a raised High clears at or below high - hysteresis, a Low at or above low + hysteresis,
/// a Deviation when |value - setpoint| <= tolerance - hysteresis. The delay applies to raising
/// only: the condition must hold on every sample for at least this long. Clearing is immediate.
struct AlarmConfig
{
    QString quantity; ///< named in messages, e.g. "Flow"; empty reads as "Value"
    QString unit;     ///< e.g. "mL/min"
    std::optional<AlarmLimit> high;
    std::optional<AlarmLimit> highHigh;
    std::optional<AlarmLimit> low;
    std::optional<DeviationLimit> deviation;
    double hysteresis = 0;
    std::chrono::milliseconds delay{0};
};

struct AlarmTransition
{
    AlarmKind kind = AlarmKind::High;
    bool raised = true; ///< false: cleared
    qint64 tUs = 0;
    double value = 0;
    double limit = 0; ///< the limit crossed; for Deviation the tolerance in the unit
    AlarmAction action = AlarmAction::Warn;
    QString message;  ///< translated, names the value, the limit and the unit
};

/// Pure limit and setpoint-deviation logic for one quantity: samples in, raised/cleared
/// transitions out. No timers: time is the samples' own, so every case replays exactly in a test.
///
/// High and HighHigh are independent states: exceeding high-high raises HighHigh (usually with a
/// harsher action) while High stays raised, so clearing HighHigh falls back to High. When both
/// raise on the same sample, High comes first.
class AlarmEvaluator final
{
public:
    explicit AlarmEvaluator(AlarmConfig config);

    /// Evaluates one sample; returns the transitions it caused, in order.
    QList<AlarmTransition> feed(qint64 tUs, double value);

    /// A new setpoint restarts the deviation delay, so a pump ramping to it is not an alarm; an
    /// already raised Deviation stays until the value is within tolerance of the new setpoint.
    /// nullopt (pump stopped, no setpoint) suspends deviation checks and clears a raised one on
    /// the next sample.
    void setSetpoint(std::optional<double> setpoint);
    std::optional<double> setpoint() const { return m_setpoint; }

    bool isRaised(AlarmKind kind) const { return state(kind).raised; }
    const AlarmConfig &config() const { return m_config; }
    /// Forgets raised and pending states without reporting transitions (new run).
    void reset();

private:
    struct State
    {
        bool raised = false;
        std::optional<qint64> pendingSince;
    };

    State &state(AlarmKind kind) { return m_states[static_cast<int>(kind)]; }
    const State &state(AlarmKind kind) const { return m_states[static_cast<int>(kind)]; }
    void evaluate(AlarmKind kind, bool beyond, bool clear, qint64 tUs, double value, double limit,
                  AlarmAction action, QList<AlarmTransition> &out);
    QString message(AlarmKind kind, bool raised, double value, double limit) const;
    double deviationTolerance() const;

    AlarmConfig m_config;
    std::optional<double> m_setpoint;
    State m_states[4];
};

} // namespace PumpStudio::Device
