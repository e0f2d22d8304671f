// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

// The rules of a valid profile, written once: what each kind of step holds, the ranges and
// limits, and the wording of every problem. The file reader, the editor's step model and
// validate() all ask here, so a file and an edit are refused for the same reason in the same words.

#include "profiles/profile.h"

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace PumpStudio::Profiles {

/// Every kind of step, in the order the editor offers them.
inline constexpr std::array kStepKinds{Step::Kind::ConstantFlow, Step::Kind::Dispense, Step::Kind::Ramp,
                                       Step::Kind::Pause, Step::Kind::WaitForOperator, Step::Kind::Repeat};

/// A profile file is read only up to this size (1 MiB); a larger file is refused unread.
inline constexpr qint64 kMaxFileBytes = 1024 * 1024;
inline constexpr int kMaxRepeatDepth = 4;       ///< repeats nested at most this deep
inline constexpr int kMaxRepeatCount = 10000;   ///< passes of one repeat
inline constexpr qint64 kMaxSegments = 100000;  ///< timeline segments after expanding repeats
/// Steps as written, counting those inside repeats: enough for any protocol, and a table the
/// editor shows at once.
inline constexpr qint64 kMaxSteps = 1000;
/// Characters of notes. The editor lays notes out on the GUI thread; this many on one line
/// take milliseconds, ten times more take a noticeable pause (and 10 MB took minutes).
inline constexpr qsizetype kMaxNotesLength = 10000;
inline constexpr qsizetype kMaxNameLength = 200;     ///< characters of the profile's name
inline constexpr qsizetype kMaxMessageLength = 1000; ///< characters of an operator message
inline constexpr qsizetype kMaxIdLength = 200;       ///< characters of a model, head, tubing or syringe id

/// A problem with a profile's content: which rule, the field path ("steps[2].rate.unit"), and
/// what is wrong in words ("must be one of ..., not \"L/min\"").
struct ProfileProblem
{
    enum class Code {
        Empty,             ///< a required text is empty
        TooLong,           ///< a text is longer than its limit
        WrongUnit,         ///< a unit of another dimension, or no unit at all
        WrongDirection,    ///< neither forward nor reverse
        NotANumber,        ///< not a finite number
        NotPositive,       ///< zero or negative where only more than 0 makes sense
        Negative,          ///< below 0 where 0 is allowed
        NothingMoves,      ///< a ramp from 0 to 0
        NotWhole,          ///< a fraction where a count is needed
        OutOfRange,        ///< a count outside its range
        NestedTooDeep,     ///< repeats inside repeats beyond kMaxRepeatDepth
        EmptyRepeat,       ///< a repeat with no steps
        TooManySteps,      ///< more than kMaxSteps steps
        ExpandsTooFar,     ///< repeats expanding beyond kMaxSegments
    };

    Code code = Code::Empty;
    QString field;
    QString problem;

    /// "field: problem", or the problem alone for a field-less problem.
    QString text() const;

    friend bool operator==(const ProfileProblem &, const ProfileProblem &) = default;
};

/// A quantity that a kind of step holds: its key in files and messages, its dimension, where
/// the step keeps it, and whether 0 is allowed (a ramp's ends).
struct QuantityRule
{
    QStringView key;
    Dimension dimension;
    Quantity Step::*member;
    bool zeroAllowed;
};

/// The quantities a kind of step holds, in the order they are read and checked.
std::span<const QuantityRule> quantityRules(Step::Kind kind);
/// Whether a kind of step holds `member` (rate, toRate, volume or duration).
bool holdsQuantity(Step::Kind kind, Quantity Step::*member);

/// Checks what any pump would refuse: missing or non-positive quantities, units of the wrong
/// dimension, repeat counts and nesting, lengths and counts. The first problem, or none.
std::optional<ProfileProblem> validate(const Profile &profile);
/// One step's own fields, not the steps inside a repeat (what one edit in the editor changes);
/// `field` is the step's path ("steps[2]"), or empty for fields named alone ("rate.value").
std::optional<ProfileProblem> checkStepFields(const Step &step, const QString &field = {});

/// The parts the file reader checks before it has a whole step: a unit's text, a repeat's
/// count as written (a double: a huge count must not overflow an int), the nesting depth.
std::optional<ProfileProblem> checkUnit(const QString &symbol, Dimension dimension, const QString &field);
std::optional<ProfileProblem> checkRepeatCount(double count, const QString &field);
std::optional<ProfileProblem> checkRepeatDepth(int depth, const QString &field);
std::optional<ProfileProblem> checkDirection(const QString &key, const QString &field);
/// A text of `length` characters against its limit (kMaxNotesLength, ...).
std::optional<ProfileProblem> checkLength(qsizetype length, qsizetype limit, const QString &field);

/// Steps as written, counting those inside repeats (not expanded).
qint64 stepCount(const std::vector<Step> &steps);
/// Whether `count` steps are more than a profile may hold.
std::optional<ProfileProblem> checkStepCount(qint64 count);

} // namespace PumpStudio::Profiles
