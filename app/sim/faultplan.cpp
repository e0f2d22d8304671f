// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/faultplan.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono;

namespace PumpStudio::Sim {

namespace {

struct NamedKind
{
    QLatin1StringView name;
    FaultEvent::Kind kind;
};

constexpr std::array kNames{
    NamedKind{QLatin1StringView("unplug"), FaultEvent::Kind::Unplug},
    NamedKind{QLatin1StringView("stall"), FaultEvent::Kind::Stall},
    NamedKind{QLatin1StringView("overload"), FaultEvent::Kind::Overload},
    NamedKind{QLatin1StringView("overtemp"), FaultEvent::Kind::OverTemperature},
    NamedKind{QLatin1StringView("occlusion"), FaultEvent::Kind::Occlusion},
    NamedKind{QLatin1StringView("powercycle"), FaultEvent::Kind::PowerCycle},
    NamedKind{QLatin1StringView("drop"), FaultEvent::Kind::Drop},
    NamedKind{QLatin1StringView("corrupt"), FaultEvent::Kind::Corrupt},
    NamedKind{QLatin1StringView("garbage"), FaultEvent::Kind::Garbage},
    NamedKind{QLatin1StringView("slow"), FaultEvent::Kind::Slow},
    NamedKind{QLatin1StringView("echo"), FaultEvent::Kind::Echo},
    NamedKind{QLatin1StringView("silent"), FaultEvent::Kind::Silent},
};

constexpr int kMaxAddress = 255;
// Pump time is counted in nanoseconds (64 bits: 292 years); fault times stay far inside that.
constexpr double kMaxSeconds = 10.0 * 365 * 24 * 3600;

std::optional<FaultEvent::Kind> kindNamed(const QString &name)
{
    for (const NamedKind &entry : kNames) {
        if (entry.name == name)
            return entry.kind;
    }
    return std::nullopt;
}

QString nameOf(FaultEvent::Kind kind)
{
    for (const NamedKind &entry : kNames) {
        if (entry.kind == kind)
            return QString(entry.name);
    }
    return {};
}

QString knownNames(bool rates)
{
    QStringList names;
    for (const NamedKind &entry : kNames) {
        FaultEvent probe;
        probe.kind = entry.kind;
        if (probe.isRate() == rates)
            names << QString(entry.name);
    }
    return names.join(u", "_s);
}

Result<double> parseProbability(QString text)
{
    text = text.trimmed();
    double scale = 1.0;
    if (text.endsWith(u'%')) {
        text.chop(1);
        scale = 0.01;
    }
    bool ok = false;
    const double value = text.toDouble(&ok) * scale;
    if (!ok || !std::isfinite(value) || value < 0.0 || value > 1.0)
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("FaultPlan", "'%1' is not a probability between 0 and 1 (or 0%-100%)").arg(text));
    return value;
}

Error specError(qsizetype column, const QString &what, const QString &spec)
{
    return makeError(Error::Code::InvalidArgument,
                     QCoreApplication::translate("FaultPlan", "Fault spec, column %1: %2 (in \"%3\")").arg(column + 1).arg(what, spec));
}

void sortByTime(FaultPlan &plan)
{
    std::stable_sort(plan.events.begin(), plan.events.end(),
                     [](const FaultEvent &a, const FaultEvent &b) { return a.at < b.at; });
}

/// Columns are 1-based and count characters, as an editor shows them.
QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = static_cast<int>(before.count('\n')) + 1;
    const int column = static_cast<int>(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return QCoreApplication::translate("FaultPlan", "line %1, column %2").arg(line).arg(column);
}

Result<milliseconds> jsonDuration(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (seconds < 0.0 || !std::isfinite(seconds))
            return makeError(Error::Code::InvalidArgument, QCoreApplication::translate("FaultPlan", "a time must not be negative"));
        if (seconds > kMaxSeconds)
            return makeError(Error::Code::InvalidArgument, QCoreApplication::translate("FaultPlan", "a time must be at most %1 s").arg(kMaxSeconds));
        return milliseconds(std::llround(seconds * 1000.0));
    }
    if (value.isString())
        return FaultPlan::parseDuration(value.toString());
    return makeError(Error::Code::InvalidArgument, QCoreApplication::translate("FaultPlan", "a time must be a string such as \"10s\" or a number of seconds"));
}

} // namespace

bool FaultEvent::isRate() const
{
    return kind == Kind::Drop || kind == Kind::Corrupt || kind == Kind::Garbage || kind == Kind::Slow;
}

QString FaultEvent::describe() const
{
    QString text = nameOf(kind);
    if (address)
        text += u"/%1"_s.arg(*address);
    if (kind == Kind::Slow)
        text += u"=%1ms"_s.arg(delay.count());
    else if (isRate())
        text += u"=%1"_s.arg(probability);
    text += u"@%1ms"_s.arg(at.count());
    if (duration)
        text += u":%1ms"_s.arg(duration->count());
    return text;
}

Result<milliseconds> FaultPlan::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(ms|s|min)\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("FaultPlan", "'%1' is not a duration such as 250ms, 10s or 1.5min").arg(text));
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    const double scale = unit == u"ms"_s ? 1.0 : (unit == u"s"_s ? 1000.0 : 60000.0);
    if (!(number * scale <= kMaxSeconds * 1000.0))
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("FaultPlan", "'%1' is longer than %2 s").arg(text.trimmed()).arg(kMaxSeconds));
    return milliseconds(std::llround(number * scale));
}

Result<FaultPlan> FaultPlan::parseSpec(const QString &spec)
{
    FaultPlan plan;
    qsizetype itemStart = 0;
    while (itemStart <= spec.size()) {
        qsizetype itemEnd = spec.indexOf(u',', itemStart);
        if (itemEnd < 0)
            itemEnd = spec.size();
        const QString raw = spec.mid(itemStart, itemEnd - itemStart);
        qsizetype lead = 0;
        while (lead < raw.size() && raw.at(lead).isSpace())
            ++lead;
        const QString item = raw.trimmed();
        const qsizetype column = itemStart + lead;
        if (item.isEmpty()) {
            if (spec.trimmed().isEmpty())
                return plan;
            return specError(column, QCoreApplication::translate("FaultPlan", "empty item"), spec);
        }

        FaultEvent event;
        const qsizetype equals = item.indexOf(u'=');
        const qsizetype at = item.indexOf(u'@');
        if (item == u"echo"_s || item == u"silent"_s) {  // a line condition for the whole run
            event.kind = *kindNamed(item);
        } else if (equals >= 0) {
            const QString name = item.left(equals).trimmed();
            const auto kind = kindNamed(name);
            FaultEvent probe;
            if (kind)
                probe.kind = *kind;
            if (!kind || !probe.isRate())
                return specError(column, QCoreApplication::translate("FaultPlan", "'%1' is not a rate; rates are %2").arg(name, knownNames(true)), spec);
            event.kind = *kind;
            const QString value = item.mid(equals + 1);
            if (event.kind == FaultEvent::Kind::Slow) {
                const auto delay = parseDuration(value);
                if (!delay)
                    return specError(column + equals + 1, delay.error().message, spec);
                event.delay = *delay;
            } else {
                const auto probability = parseProbability(value);
                if (!probability)
                    return specError(column + equals + 1, probability.error().message, spec);
                event.probability = *probability;
            }
        } else {
            // Without '@' the name still ends before a ':' so the error can point at the gap.
            const qsizetype headEnd = at >= 0 ? at : (item.indexOf(u':') >= 0 ? item.indexOf(u':') : item.size());
            const QString head = item.left(headEnd);
            const qsizetype slash = head.indexOf(u'/');
            const QString name = (slash >= 0 ? head.left(slash) : head).trimmed();
            const auto kind = kindNamed(name);
            FaultEvent probe;
            if (kind)
                probe.kind = *kind;
            if (!kind || probe.isRate())
                return specError(column, QCoreApplication::translate("FaultPlan", "'%1' is not a fault; faults are %2, rates are %3")
                                             .arg(name, knownNames(false), knownNames(true)), spec);
            event.kind = *kind;
            if (slash >= 0) {
                bool ok = false;
                const int address = head.mid(slash + 1).trimmed().toInt(&ok);
                if (!ok || address < 0 || address > kMaxAddress)
                    return specError(column + slash + 1,
                                     QCoreApplication::translate("FaultPlan", "'%1' is not an address from 0 to %2").arg(head.mid(slash + 1)).arg(kMaxAddress), spec);
                event.address = address;
            }
            if (at < 0)
                return specError(column + headEnd, QCoreApplication::translate("FaultPlan", "expected '@' and a time after '%1'").arg(head), spec);
            const QString when = item.mid(at + 1);
            const qsizetype colon = when.indexOf(u':');
            const auto time = parseDuration(colon >= 0 ? when.left(colon) : when);
            if (!time)
                return specError(column + at + 1, time.error().message, spec);
            event.at = *time;
            if (colon >= 0) {
                if (event.kind == FaultEvent::Kind::PowerCycle)
                    return specError(column + at + 1 + colon, QCoreApplication::translate("FaultPlan", "a power cycle takes no duration"), spec);
                const auto length = parseDuration(when.mid(colon + 1));
                if (!length)
                    return specError(column + at + 2 + colon, length.error().message, spec);
                event.duration = *length;
            }
        }
        plan.events.push_back(event);
        itemStart = itemEnd + 1;
    }
    sortByTime(plan);
    return plan;
}

Result<FaultPlan> FaultPlan::parseScenario(const QByteArray &json, const QString &source)
{
    const auto fail = [&source](const QString &what) {
        return makeError(Error::Code::BadFile, QCoreApplication::translate("FaultPlan", "%1: %2").arg(source, what));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("FaultPlan", "%1: %2").arg(lineAndColumn(json, parseError.offset), parseError.errorString()));

    QJsonArray list;
    if (document.isArray()) {
        list = document.array();
    } else {
        const QJsonObject top = document.object();
        if (!top.value(u"events"_s).isArray())
            return fail(QCoreApplication::translate("FaultPlan", "expected a list of events, or an object with an \"events\" list"));
        if (top.contains(u"version"_s) && top.value(u"version"_s).toInt() != 1)
            return fail(QCoreApplication::translate("FaultPlan", "scenario version %1 is not supported (this build reads version 1)")
                            .arg(top.value(u"version"_s).toVariant().toString()));
        list = top.value(u"events"_s).toArray();
    }

    static const QStringList kKeys{u"at"_s, u"fault"_s, u"for"_s, u"address"_s, u"value"_s};
    FaultPlan plan;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto eventFail = [&](const QString &what) { return fail(QCoreApplication::translate("FaultPlan", "event %1: %2").arg(i + 1).arg(what)); };
        if (!list.at(i).isObject())
            return eventFail(QCoreApplication::translate("FaultPlan", "expected an object such as {\"at\": \"10s\", \"fault\": \"stall\"}"));
        const QJsonObject object = list.at(i).toObject();
        for (const QString &key : object.keys()) {
            if (!kKeys.contains(key))
                return eventFail(QCoreApplication::translate("FaultPlan", "unknown key \"%1\" (known: %2)").arg(key, kKeys.join(u", "_s)));
        }
        FaultEvent event;
        const QString name = object.value(u"fault"_s).toString();
        const auto kind = kindNamed(name);
        if (!kind)
            return eventFail(QCoreApplication::translate("FaultPlan", "\"fault\" must be one of %1, %2; got \"%3\"")
                                 .arg(knownNames(false), knownNames(true), name));
        event.kind = *kind;
        if (!object.contains(u"at"_s))
            return eventFail(QCoreApplication::translate("FaultPlan", "\"at\" (when the fault happens) is missing"));
        const auto at = jsonDuration(object.value(u"at"_s));
        if (!at)
            return eventFail(QCoreApplication::translate("FaultPlan", "\"at\": %1").arg(at.error().message));
        event.at = *at;
        if (object.contains(u"for"_s)) {
            if (event.isRate() || event.kind == FaultEvent::Kind::PowerCycle)
                return eventFail(QCoreApplication::translate("FaultPlan", "\"for\" does not apply to %1").arg(name));
            const auto length = jsonDuration(object.value(u"for"_s));
            if (!length)
                return eventFail(QCoreApplication::translate("FaultPlan", "\"for\": %1").arg(length.error().message));
            event.duration = *length;
        }
        if (object.contains(u"address"_s)) {
            const QJsonValue address = object.value(u"address"_s);
            const int number = address.toInt(-1);
            if (event.isRate() || !address.isDouble() || number < 0 || number > kMaxAddress || address.toDouble() != number)
                return eventFail(QCoreApplication::translate("FaultPlan", "\"address\" must be a whole number from 0 to %1 on a pump fault").arg(kMaxAddress));
            event.address = number;
        }
        if (event.isRate()) {
            const QJsonValue value = object.value(u"value"_s);
            if (event.kind == FaultEvent::Kind::Slow) {
                const auto delay = jsonDuration(value);
                if (!delay)
                    return eventFail(QCoreApplication::translate("FaultPlan", "\"value\": %1").arg(delay.error().message));
                event.delay = *delay;
            } else {
                const auto probability = value.isDouble() ? parseProbability(QString::number(value.toDouble(), 'g', 17))
                                                          : parseProbability(value.toString());
                if (!probability)
                    return eventFail(QCoreApplication::translate("FaultPlan", "\"value\": %1").arg(probability.error().message));
                event.probability = *probability;
            }
        } else if (object.contains(u"value"_s)) {
            return eventFail(QCoreApplication::translate("FaultPlan", "\"value\" applies only to rates (%1)").arg(knownNames(true)));
        }
        plan.events.push_back(event);
    }
    sortByTime(plan);
    return plan;
}

Result<FaultPlan> FaultPlan::loadScenario(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, QCoreApplication::translate("FaultPlan", "Cannot read the scenario %1: %2").arg(path, file.errorString()));
    return parseScenario(file.readAll(), path);
}

} // namespace PumpStudio::Sim
