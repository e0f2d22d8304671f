// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profiles/profilerules.h"

#include "core/messagetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Profiles {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Profiles)
};

using Code = ProfileProblem::Code;

constexpr std::array kConstantFlow{QuantityRule{u"rate", Dimension::Flow, &Step::rate, false},
                                   QuantityRule{u"duration", Dimension::Time, &Step::duration, false}};
constexpr std::array kDispense{QuantityRule{u"volume", Dimension::Volume, &Step::volume, false},
                               QuantityRule{u"rate", Dimension::Flow, &Step::rate, false}};
// A ramp may start or end at 0 (not both): a soft start, a run-down.
constexpr std::array kRamp{QuantityRule{u"from", Dimension::Flow, &Step::rate, true},
                           QuantityRule{u"to", Dimension::Flow, &Step::toRate, true},
                           QuantityRule{u"duration", Dimension::Time, &Step::duration, false}};
constexpr std::array kPause{QuantityRule{u"duration", Dimension::Time, &Step::duration, false}};

// The shortest digits that read back as the same double ("0.0005"); an exponent only where
// plain digits would run to hundreds (a volume of 1e300 in a hostile file).
QString numberShort(double v)
{
    return exactMessageNumber(v);
}

QString join(const QString &field, QStringView key)
{
    return field.isEmpty() ? key.toString() : field + u'.' + key.toString();
}

ProfileProblem wrongUnit(Dimension dimension, const QString &given, const QString &field)
{
    return {Code::WrongUnit, field, Tr::tr("must be one of %1, not \"%2\"").arg(unitSymbols(dimension).join(u", "_s), given)};
}

std::optional<ProfileProblem> checkQuantity(const Quantity &q, const QuantityRule &rule, const QString &field)
{
    if (dimensionOf(q.unit) != rule.dimension)
        return wrongUnit(rule.dimension, unitSymbol(q.unit), field + u".unit"_s);
    if (!std::isfinite(q.value))
        return ProfileProblem{Code::NotANumber, field + u".value"_s, Tr::tr("must be a number")};
    if (q.value < 0 && rule.zeroAllowed)
        return ProfileProblem{Code::Negative, field + u".value"_s, Tr::tr("must not be negative, not %1").arg(numberShort(q.value))};
    if (q.value < 0 || (q.value == 0 && !rule.zeroAllowed))
        return ProfileProblem{Code::NotPositive, field + u".value"_s, Tr::tr("must be more than 0, not %1").arg(numberShort(q.value))};
    return std::nullopt;
}

std::optional<ProfileProblem> validateSteps(const std::vector<Step> &steps, const QString &prefix, int depth)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step &s = steps[i];
        const QString at = u"%1steps[%2]"_s.arg(prefix).arg(i);
        if (s.kind == Step::Kind::Repeat) {
            if (auto p = checkRepeatDepth(depth + 1, at))
                return p;
        }
        if (auto p = checkStepFields(s, at))
            return p;
        if (s.kind == Step::Kind::Repeat) {
            if (s.steps.empty())
                return ProfileProblem{Code::EmptyRepeat, at + u".steps"_s, Tr::tr("a repeat needs at least one step")};
            if (auto p = validateSteps(s.steps, at + u"."_s, depth + 1))
                return p;
        }
    }
    return std::nullopt;
}

qint64 segmentCount(const std::vector<Step> &steps)
{
    qint64 n = 0;
    for (const Step &s : steps) {
        n += s.kind == Step::Kind::Repeat ? std::min<qint64>(kMaxSegments + 1, s.count * segmentCount(s.steps)) : 1;
        if (n > kMaxSegments)
            return kMaxSegments + 1;
    }
    return n;
}

} // namespace

QString ProfileProblem::text() const
{
    return field.isEmpty() ? problem : u"%1: %2"_s.arg(field, problem);
}

std::span<const QuantityRule> quantityRules(Step::Kind kind)
{
    switch (kind) {
    case Step::Kind::ConstantFlow: return kConstantFlow;
    case Step::Kind::Dispense: return kDispense;
    case Step::Kind::Ramp: return kRamp;
    case Step::Kind::Pause: return kPause;
    case Step::Kind::WaitForOperator:
    case Step::Kind::Repeat: return {};
    }
    return {};
}

bool holdsQuantity(Step::Kind kind, Quantity Step::*member)
{
    const auto rules = quantityRules(kind);
    return std::any_of(rules.begin(), rules.end(), [member](const QuantityRule &r) { return r.member == member; });
}

std::optional<ProfileProblem> checkUnit(const QString &symbol, Dimension dimension, const QString &field)
{
    const auto unit = parseUnit(symbol);
    if (!unit || dimensionOf(*unit) != dimension)
        return wrongUnit(dimension, symbol, field);
    return std::nullopt;
}

std::optional<ProfileProblem> checkRepeatCount(double count, const QString &field)
{
    if (!std::isfinite(count) || count != std::trunc(count))
        return ProfileProblem{Code::NotWhole, field, Tr::tr("must be a whole number")};
    if (count < 1 || count > kMaxRepeatCount)
        return ProfileProblem{Code::OutOfRange, field,
                              Tr::tr("must be from 1 to %1, not %2").arg(kMaxRepeatCount).arg(count, 0, 'g', 15)};
    return std::nullopt;
}

std::optional<ProfileProblem> checkRepeatDepth(int depth, const QString &field)
{
    if (depth > kMaxRepeatDepth)
        return ProfileProblem{Code::NestedTooDeep, field, Tr::tr("repeats are nested more than %1 deep").arg(kMaxRepeatDepth)};
    return std::nullopt;
}

std::optional<ProfileProblem> checkDirection(const QString &key, const QString &field)
{
    if (!parseDirectionKey(key))
        return ProfileProblem{Code::WrongDirection, field, Tr::tr("must be \"forward\" or \"reverse\"")};
    return std::nullopt;
}

std::optional<ProfileProblem> checkLength(qsizetype length, qsizetype limit, const QString &field)
{
    if (length > limit)
        return ProfileProblem{Code::TooLong, field, Tr::tr("must be at most %1 characters, not %2").arg(limit).arg(length)};
    return std::nullopt;
}

std::optional<ProfileProblem> checkStepFields(const Step &step, const QString &field)
{
    for (const QuantityRule &rule : quantityRules(step.kind)) {
        if (auto p = checkQuantity(step.*rule.member, rule, join(field, rule.key)))
            return p;
    }
    switch (step.kind) {
    case Step::Kind::Ramp:
        if (step.rate.value == 0 && step.toRate.value == 0)
            return ProfileProblem{Code::NothingMoves, join(field, u"to"), Tr::tr("a ramp from 0 to 0 moves nothing: use a pause")};
        break;
    case Step::Kind::WaitForOperator:
        if (step.message.trimmed().isEmpty())
            return ProfileProblem{Code::Empty, join(field, u"message"), Tr::tr("must say what the operator should do")};
        return checkLength(step.message.size(), kMaxMessageLength, join(field, u"message"));
    case Step::Kind::Repeat:
        return checkRepeatCount(step.count, join(field, u"count"));
    case Step::Kind::ConstantFlow:
    case Step::Kind::Dispense:
    case Step::Kind::Pause:
        break;
    }
    return std::nullopt;
}

qint64 stepCount(const std::vector<Step> &steps)
{
    qint64 n = 0;
    for (const Step &s : steps)
        n += 1 + stepCount(s.steps);
    return n;
}

std::optional<ProfileProblem> checkStepCount(qint64 count)
{
    if (count > kMaxSteps)
        return ProfileProblem{Code::TooManySteps, u"steps"_s,
                              Tr::tr("a profile holds at most %1 steps, counting those inside repeats, not %2")
                                  .arg(kMaxSteps)
                                  .arg(count)};
    return std::nullopt;
}

std::optional<ProfileProblem> validate(const Profile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return ProfileProblem{Code::Empty, u"name"_s, Tr::tr("must not be empty")};
    if (auto p = checkLength(profile.name.size(), kMaxNameLength, u"name"_s))
        return p;
    if (auto p = checkLength(profile.notes.size(), kMaxNotesLength, u"notes"_s))
        return p;
    for (const auto &[key, id] : {std::pair{u"model"_s, &profile.modelId}, std::pair{u"head"_s, &profile.headId},
                                  std::pair{u"tubing"_s, &profile.tubingId}, std::pair{u"syringe"_s, &profile.syringeId}}) {
        if (auto p = checkLength(id->size(), kMaxIdLength, key))
            return p;
    }
    if (profile.mlPerRev && !(std::isfinite(*profile.mlPerRev) && *profile.mlPerRev > 0))
        return ProfileProblem{Code::NotPositive, u"mlPerRev"_s,
                              Tr::tr("must be more than 0 mL/rev, not %1").arg(numberShort(*profile.mlPerRev))};
    // Counted before the steps are walked: a file with too many steps is refused for that.
    if (auto p = checkStepCount(stepCount(profile.steps)))
        return p;
    if (auto p = validateSteps(profile.steps, {}, 0))
        return p;
    if (segmentCount(profile.steps) > kMaxSegments)
        return ProfileProblem{Code::ExpandsTooFar, u"steps"_s, Tr::tr("the repeats expand to more than %1 steps").arg(kMaxSegments)};
    return std::nullopt;
}

} // namespace PumpStudio::Profiles
