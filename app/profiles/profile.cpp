// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profiles/profile.h"

#include "core/messagetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Profiles {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Profiles)
};

struct UnitInfo
{
    Unit unit;
    Dimension dimension;
    QStringView symbol;
    double factor;  ///< to mL, mL/min or s; divisors where the factor is not exact in binary
    bool divide;
};

// uL -> mL is a division by 1000 so that 250 uL gives exactly the double nearest 0.25 mL.
constexpr std::array<UnitInfo, 9> kUnits{{
    {Unit::Microliter, Dimension::Volume, u"uL", 1000, true},
    {Unit::Milliliter, Dimension::Volume, u"mL", 1, false},
    {Unit::MicroliterPerMin, Dimension::Flow, u"uL/min", 1000, true},
    {Unit::MicroliterPerHour, Dimension::Flow, u"uL/h", 60000, true},
    {Unit::MilliliterPerMin, Dimension::Flow, u"mL/min", 1, false},
    {Unit::MilliliterPerHour, Dimension::Flow, u"mL/h", 60, true},
    {Unit::Second, Dimension::Time, u"s", 1, false},
    {Unit::Minute, Dimension::Time, u"min", 60, false},
    {Unit::Hour, Dimension::Time, u"h", 3600, false},
}};

const UnitInfo &info(Unit unit)
{
    for (const UnitInfo &i : kUnits) {
        if (i.unit == unit)
            return i;
    }
    return kUnits[1];
}

double convert(const Quantity &q, Dimension dimension)
{
    const UnitInfo &i = info(q.unit);
    if (i.dimension != dimension)
        return 0;
    return i.divide ? q.value / i.factor : q.value * i.factor;
}

constexpr std::array<std::pair<Step::Kind, QStringView>, 6> kKinds{{
    {Step::Kind::ConstantFlow, u"constant-flow"},
    {Step::Kind::Dispense, u"dispense"},
    {Step::Kind::Ramp, u"ramp"},
    {Step::Kind::Pause, u"pause"},
    {Step::Kind::WaitForOperator, u"wait-for-operator"},
    {Step::Kind::Repeat, u"repeat"},
}};

// The shortest digits that read back as the same double ("0.0005"); an exponent only where
// plain digits would run to hundreds (a volume of 1e300 in a hostile file).
QString numberShort(double v)
{
    return exactMessageNumber(v);
}

// The plan of one step that is not a repeat, starting at 0 s.
Segment plan(const Step &s)
{
    Segment g;
    g.kind = s.kind;
    g.direction = s.direction;
    switch (s.kind) {
    case Step::Kind::ConstantFlow:
        g.startMlPerMin = g.endMlPerMin = s.rate.toMlPerMin();
        g.endS = s.duration.toSeconds();
        g.volumeMl = g.startMlPerMin * g.endS / 60.0;
        break;
    case Step::Kind::Dispense:
        g.startMlPerMin = g.endMlPerMin = s.rate.toMlPerMin();
        g.volumeMl = s.volume.toMl();
        g.endS = g.startMlPerMin > 0 ? g.volumeMl / g.startMlPerMin * 60.0 : 0;
        break;
    case Step::Kind::Ramp:
        g.startMlPerMin = s.rate.toMlPerMin();
        g.endMlPerMin = s.toRate.toMlPerMin();
        g.endS = s.duration.toSeconds();
        g.volumeMl = (g.startMlPerMin + g.endMlPerMin) / 2.0 * g.endS / 60.0;
        break;
    case Step::Kind::Pause:
        g.endS = s.duration.toSeconds();
        break;
    case Step::Kind::WaitForOperator:
        g.waitsForOperator = true;
        g.message = s.message;
        break;
    case Step::Kind::Repeat:
        break;
    }
    return g;
}

struct TimelineBuilder
{
    Timeline result;
    double t = 0;
    std::vector<int> indices;
    std::vector<int> passes;

    void walk(const std::vector<Step> &steps)
    {
        for (std::size_t i = 0; i < steps.size() && !result.truncated; ++i) {
            const Step &s = steps[i];
            indices.push_back(static_cast<int>(i) + 1);
            if (s.kind == Step::Kind::Repeat) {
                for (int pass = 1; pass <= s.count && !result.truncated; ++pass) {
                    passes.push_back(pass);
                    walk(s.steps);
                    passes.pop_back();
                }
            } else if (static_cast<qint64>(result.segments.size()) >= kMaxSegments) {
                result.truncated = true;
            } else {
                Segment g = plan(s);
                g.path = stepPath(indices);
                g.passes = passes;
                g.startS = t;
                g.endS += t;
                t = g.endS;
                result.segments.push_back(std::move(g));
            }
            indices.pop_back();
        }
    }
};

void addTotals(Totals &into, const Totals &part, double times)
{
    into.durationS += part.durationS * times;
    into.volumeMl += part.volumeMl * times;
    into.forwardMl += part.forwardMl * times;
    into.reverseMl += part.reverseMl * times;
    into.forwardS += part.forwardS * times;
    into.reverseS += part.reverseS * times;
    into.operatorWaits += part.operatorWaits * static_cast<qint64>(times);
}

Totals totalsOf(const std::vector<Step> &steps)
{
    Totals t;
    for (const Step &s : steps) {
        if (s.kind == Step::Kind::Repeat) {
            addTotals(t, totalsOf(s.steps), s.count);
            continue;
        }
        const Segment g = plan(s);
        const double d = g.endS - g.startS;
        t.durationS += d;
        if (g.waitsForOperator)
            ++t.operatorWaits;
        if (!s.movesLiquid())
            continue;
        t.volumeMl += g.volumeMl;
        if (g.direction == Direction::Forward) {
            t.forwardMl += g.volumeMl;
            t.forwardS += d;
        } else {
            t.reverseMl += g.volumeMl;
            t.reverseS += d;
        }
    }
    return t;
}

} // namespace

Dimension dimensionOf(Unit unit) { return info(unit).dimension; }

QString unitSymbol(Unit unit) { return info(unit).symbol.toString(); }

std::optional<Unit> parseUnit(const QString &symbol)
{
    for (const UnitInfo &i : kUnits) {
        if (i.symbol == symbol)
            return i.unit;
    }
    return std::nullopt;
}

QStringList unitSymbols(Dimension dimension)
{
    QStringList symbols;
    for (const UnitInfo &i : kUnits) {
        if (i.dimension == dimension)
            symbols.append(i.symbol.toString());
    }
    return symbols;
}

double Quantity::toMl() const { return convert(*this, Dimension::Volume); }
double Quantity::toMlPerMin() const { return convert(*this, Dimension::Flow); }
double Quantity::toSeconds() const { return convert(*this, Dimension::Time); }

QString Quantity::text() const
{
    return numberShort(value) + u' ' + unitSymbol(unit);
}

Quantity ml(double value) { return {value, Unit::Milliliter}; }
Quantity mlPerMin(double value) { return {value, Unit::MilliliterPerMin}; }
Quantity seconds(double value) { return {value, Unit::Second}; }

bool Step::movesLiquid() const
{
    return kind == Kind::ConstantFlow || kind == Kind::Dispense || kind == Kind::Ramp;
}

QString kindKey(Step::Kind kind)
{
    for (const auto &[k, key] : kKinds) {
        if (k == kind)
            return key.toString();
    }
    return {};
}

std::optional<Step::Kind> parseKindKey(const QString &key)
{
    for (const auto &[k, name] : kKinds) {
        if (name == key)
            return k;
    }
    return std::nullopt;
}

QString kindText(Step::Kind kind)
{
    switch (kind) {
    case Step::Kind::ConstantFlow: return Tr::tr("constant flow");
    case Step::Kind::Dispense: return Tr::tr("dispense");
    case Step::Kind::Ramp: return Tr::tr("ramp");
    case Step::Kind::Pause: return Tr::tr("pause");
    case Step::Kind::WaitForOperator: return Tr::tr("wait for operator");
    case Step::Kind::Repeat: return Tr::tr("repeat");
    }
    return {};
}

QString directionKey(Direction direction)
{
    return direction == Direction::Forward ? u"forward"_s : u"reverse"_s;
}

std::optional<Direction> parseDirectionKey(const QString &key)
{
    if (key == u"forward")
        return Direction::Forward;
    if (key == u"reverse")
        return Direction::Reverse;
    return std::nullopt;
}

Step constantFlow(Quantity rate, Quantity duration, Direction direction)
{
    Step s;
    s.kind = Step::Kind::ConstantFlow;
    s.rate = rate;
    s.duration = duration;
    s.direction = direction;
    return s;
}

Step dispense(Quantity volume, Quantity rate, Direction direction)
{
    Step s;
    s.kind = Step::Kind::Dispense;
    s.volume = volume;
    s.rate = rate;
    s.direction = direction;
    return s;
}

Step ramp(Quantity fromRate, Quantity toRate, Quantity duration, Direction direction)
{
    Step s;
    s.kind = Step::Kind::Ramp;
    s.rate = fromRate;
    s.toRate = toRate;
    s.duration = duration;
    s.direction = direction;
    return s;
}

Step pause(Quantity duration)
{
    Step s;
    s.kind = Step::Kind::Pause;
    s.duration = duration;
    return s;
}

Step waitForOperator(QString message)
{
    Step s;
    s.kind = Step::Kind::WaitForOperator;
    s.message = std::move(message);
    return s;
}

Step repeat(int count, std::vector<Step> steps)
{
    Step s;
    s.kind = Step::Kind::Repeat;
    s.count = count;
    s.steps = std::move(steps);
    return s;
}

QString stepPath(const std::vector<int> &indices)
{
    QStringList parts;
    for (const int i : indices)
        parts.append(QString::number(i));
    return parts.join(u'.');
}

Timeline timeline(const Profile &profile)
{
    TimelineBuilder builder;
    builder.walk(profile.steps);
    return std::move(builder.result);
}

Totals totals(const Profile &profile) { return totalsOf(profile.steps); }

QString numberText(double v)
{
    if (v == 0)
        return u"0"_s;
    if (!std::isfinite(v) || std::abs(v) >= 1e12)
        return messageNumber(v);  // "1e+300", not 301 digits
    const double a = std::abs(v);
    if (a < 1e-4)
        return QString::number(v, 'g', 3);
    // Four significant digits, at least the units, no trailing zeros.
    const int decimals = std::clamp(3 - static_cast<int>(std::floor(std::log10(a))), 0, 7);
    QString text = QString::number(v, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString durationText(double seconds)
{
    if (!std::isfinite(seconds))
        return Tr::tr("unbounded");
    if (seconds < 60)
        return Tr::tr("%1 s").arg(numberShort(std::round(seconds * 1000) / 1000));
    // Beyond what days, hours and minutes of a 64-bit count can hold (1e308 s once printed as
    // "-106751991167300 d"): days in scientific notation.
    if (seconds >= 1e12)
        return Tr::tr("%1 d").arg(QString::number(seconds / 86400.0, 'g', 3));
    auto rest = static_cast<qint64>(std::llround(seconds));
    const qint64 days = rest / 86400;
    rest %= 86400;
    const qint64 hours = rest / 3600;
    rest %= 3600;
    const qint64 minutes = rest / 60;
    const qint64 secs = rest % 60;
    QStringList parts;
    if (days)
        parts.append(Tr::tr("%1 d").arg(days));
    if (hours)
        parts.append(Tr::tr("%1 h").arg(hours));
    if (minutes)
        parts.append(Tr::tr("%1 min").arg(minutes));
    if (secs)
        parts.append(Tr::tr("%1 s").arg(secs));
    return parts.join(u' ');
}

QString Totals::text() const
{
    const auto vol = [](double v) { return Tr::tr("%1 mL").arg(numberText(v)); };
    QString text = Tr::tr("%1 (%2 forward, %3 reverse) in %4").arg(vol(volumeMl), vol(forwardMl), vol(reverseMl), durationText(durationS));
    if (operatorWaits > 0)
        text += Tr::tr("; %n operator wait(s) counted as 0 s", nullptr, static_cast<int>(operatorWaits));
    return text;
}

} // namespace PumpStudio::Profiles
