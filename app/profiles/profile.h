// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace PumpStudio::Profiles {

/// The units a profile can be written in. Values are kept as typed; conversion happens on use.
enum class Unit {
    Microliter, Milliliter,                                                          // volume
    MicroliterPerMin, MicroliterPerHour, MilliliterPerMin, MilliliterPerHour,       // flow
    Second, Minute, Hour,                                                            // time
};
enum class Dimension { Volume, Flow, Time };

Dimension dimensionOf(Unit unit);
/// The symbol used in files and messages: "uL", "mL", "uL/min", "uL/h", "mL/min", "mL/h", "s", "min", "h".
QString unitSymbol(Unit unit);
std::optional<Unit> parseUnit(const QString &symbol);
/// The symbols of one dimension, for error messages and editors.
QStringList unitSymbols(Dimension dimension);

/// A number with the unit the user chose, stored exactly as entered (no conversion on save).
struct Quantity
{
    double value = 0;
    Unit unit = Unit::Milliliter;

    /// Conversions: a volume to mL, a flow to mL/min, a time to seconds (0 for another dimension).
    double toMl() const;
    double toMlPerMin() const;
    double toSeconds() const;
    /// "120 mL/min": the value as typed (shortest exact form) and the unit.
    QString text() const;

    friend bool operator==(const Quantity &, const Quantity &) = default;
};

Quantity ml(double value);
Quantity mlPerMin(double value);
Quantity seconds(double value);

/// Which way a step moves liquid: forward is the pump's normal direction (clockwise, infuse).
enum class Direction { Forward, Reverse };

/// One step of a profile. A flat value type: which fields matter depends on the kind.
struct Step
{
    enum class Kind { ConstantFlow, Dispense, Ramp, Pause, WaitForOperator, Repeat };

    Kind kind = Kind::Pause;
    Direction direction = Direction::Forward;  ///< ConstantFlow, Dispense, Ramp
    Quantity rate;        ///< ConstantFlow, Dispense; Ramp: the rate at the start
    Quantity toRate;      ///< Ramp: the rate at the end
    Quantity volume;      ///< Dispense
    Quantity duration;    ///< ConstantFlow, Ramp, Pause
    QString message;      ///< WaitForOperator
    int count = 0;        ///< Repeat
    std::vector<Step> steps;  ///< Repeat: the steps repeated

    /// Moves liquid (and so has a direction and rates).
    bool movesLiquid() const;

    friend bool operator==(const Step &, const Step &) = default;
};

QString kindKey(Step::Kind kind);  ///< the file's name: "constant-flow", "dispense", ...
std::optional<Step::Kind> parseKindKey(const QString &key);
QString kindText(Step::Kind kind);  ///< translated: "constant flow", "dispense", ...
QString directionKey(Direction direction);  ///< "forward", "reverse"
std::optional<Direction> parseDirectionKey(const QString &key);

Step constantFlow(Quantity rate, Quantity duration, Direction direction = Direction::Forward);
Step dispense(Quantity volume, Quantity rate, Direction direction = Direction::Forward);
Step ramp(Quantity fromRate, Quantity toRate, Quantity duration, Direction direction = Direction::Forward);
Step pause(Quantity duration);
Step waitForOperator(QString message);
Step repeat(int count, std::vector<Step> steps);

/// A named program for one pump model, with the head and tubing (or syringe) it was written for.
struct Profile
{
    QString name;
    QString notes;
    QString modelId;
    QString headId;
    QString tubingId;
    QString syringeId;
    std::optional<double> mlPerRev;  ///< calibration override of the tubing's nominal mL/rev
    std::vector<Step> steps;

    friend bool operator==(const Profile &, const Profile &) = default;
};

/// "3.2": step 2 inside the repeat at step 3 (1-based).
QString stepPath(const std::vector<int> &indices);

/// One stretch of the run after repeats are expanded.
struct Segment
{
    QString path;               ///< the step it comes from, "3.2"
    std::vector<int> passes;    ///< 1-based pass of each enclosing repeat, outermost first
    Step::Kind kind = Step::Kind::Pause;
    Direction direction = Direction::Forward;
    double startS = 0;
    double endS = 0;
    double startMlPerMin = 0;
    double endMlPerMin = 0;
    double volumeMl = 0;
    bool waitsForOperator = false;  ///< planned as 0 s; the run waits as long as the operator takes
    QString message;
};

struct Totals
{
    double durationS = 0;    ///< planned time, operator waits counted as 0 s
    double volumeMl = 0;     ///< forward + reverse
    double forwardMl = 0;
    double reverseMl = 0;
    double forwardS = 0;     ///< time spent moving liquid each way
    double reverseS = 0;
    qint64 operatorWaits = 0;

    /// "14.5 mL (12.5 mL forward, 2 mL reverse) in 1 h 2 min 5 s; 2 operator waits counted as 0 s".
    QString text() const;
};

/// Repeats expanded into planned segments, in order. Stops at kMaxSegments (truncated set).
struct Timeline
{
    std::vector<Segment> segments;
    bool truncated = false;
};

Timeline timeline(const Profile &profile);
/// Computed without expanding repeats, so it is cheap for any valid profile.
Totals totals(const Profile &profile);

/// A number for messages: four significant digits, no trailing zeros ("36", "0.0027", "12.35").
QString numberText(double value);
/// "1 h 2 min 5 s", "45 s", "0.5 s".
QString durationText(double seconds);

} // namespace PumpStudio::Profiles

// validate(), the limits and the problems they name: every user of these types needs them, and
// they live in one place of their own (which includes this header first).
#include "profiles/profilerules.h"
