// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profiles/profileformat.h"

#include "profiles/profilerules.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Profiles {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Profiles)
};

// Keys each object may have: anything else is a typo worth reporting, not ignoring.
const QSet<QString> kRootKeys{u"format"_s, u"version"_s, u"name"_s, u"notes"_s, u"model"_s, u"head"_s,
                              u"tubing"_s, u"syringe"_s, u"mlPerRev"_s, u"steps"_s};
const QSet<QString> kQuantityKeys{u"value"_s, u"unit"_s};

// The keys a step of this kind may have: its quantities come from the rules.
QSet<QString> stepKeys(const Step &step)
{
    QSet<QString> keys{u"kind"_s};
    if (step.movesLiquid())
        keys.insert(u"direction"_s);
    for (const QuantityRule &rule : quantityRules(step.kind))
        keys.insert(rule.key.toString());
    if (step.kind == Step::Kind::WaitForOperator)
        keys.insert(u"message"_s);
    if (step.kind == Step::Kind::Repeat)
        keys.unite({u"count"_s, u"steps"_s});
    return keys;
}

class Reader final
{
public:
    explicit Reader(QString source) : m_source(std::move(source)) {}

    Result<Profile> read(const QJsonObject &root);

private:
    Error fail(const QString &field, const QString &problem) const
    {
        return makeError(Error::Code::BadFile, u"%1: %2: %3"_s.arg(m_source, field, problem));
    }
    Error fail(const ProfileProblem &problem) const { return fail(problem.field, problem.problem); }
    std::optional<Error> unknownKeys(const QJsonObject &object, const QSet<QString> &known, const QString &prefix) const;
    std::optional<Error> string(const QJsonObject &object, const QString &key, const QString &field, QString &out,
                                bool required) const;
    std::optional<Error> quantity(const QJsonObject &object, const QString &key, const QString &field, Dimension dimension,
                                  Quantity &out) const;
    std::optional<Error> steps(const QJsonValue &value, const QString &field, int depth, std::vector<Step> &out) const;
    std::optional<Error> step(const QJsonValue &value, const QString &field, int depth, Step &out) const;

    QString m_source;
};

std::optional<Error> Reader::unknownKeys(const QJsonObject &object, const QSet<QString> &known, const QString &prefix) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(prefix + it.key(), Tr::tr("unknown field"));
    }
    return std::nullopt;
}

std::optional<Error> Reader::string(const QJsonObject &object, const QString &key, const QString &field, QString &out,
                                    bool required) const
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return fail(field, Tr::tr("is missing"));
        return std::nullopt;
    }
    if (!v.isString())
        return fail(field, Tr::tr("must be text"));
    out = v.toString();
    return std::nullopt;
}

std::optional<Error> Reader::quantity(const QJsonObject &object, const QString &key, const QString &field,
                                      Dimension dimension, Quantity &out) const
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return fail(field, Tr::tr("is missing"));
    if (!v.isObject())
        return fail(field, Tr::tr("must be an object with a value and a unit, such as {\"value\": 5, \"unit\": \"%1\"}")
                               .arg(unitSymbols(dimension).constFirst()));
    const QJsonObject q = v.toObject();
    if (auto e = unknownKeys(q, kQuantityKeys, field + u'.'))
        return e;
    const QJsonValue value = q.value(u"value"_s);
    if (value.isUndefined())
        return fail(field + u".value"_s, Tr::tr("is missing"));
    if (!value.isDouble())
        return fail(field + u".value"_s, Tr::tr("must be a number"));
    const QJsonValue unit = q.value(u"unit"_s);
    if (unit.isUndefined())
        return fail(field + u".unit"_s, Tr::tr("is missing"));
    if (!unit.isString())
        return fail(field + u".unit"_s, Tr::tr("must be text"));
    if (const auto problem = checkUnit(unit.toString(), dimension, field + u".unit"_s))
        return fail(*problem);
    const auto parsed = parseUnit(unit.toString());
    out = Quantity{value.toDouble(), *parsed};
    return std::nullopt;
}

std::optional<Error> Reader::steps(const QJsonValue &value, const QString &field, int depth, std::vector<Step> &out) const
{
    if (!value.isArray())
        return fail(field, Tr::tr("must be a list of steps"));
    const QJsonArray array = value.toArray();
    out.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        Step s;
        if (auto e = step(array.at(i), u"%1[%2]"_s.arg(field).arg(i), depth, s))
            return e;
        out.push_back(std::move(s));
    }
    return std::nullopt;
}

std::optional<Error> Reader::step(const QJsonValue &value, const QString &field, int depth, Step &out) const
{
    if (!value.isObject())
        return fail(field, Tr::tr("must be an object"));
    const QJsonObject o = value.toObject();
    const QJsonValue kindValue = o.value(u"kind"_s);
    if (kindValue.isUndefined())
        return fail(field + u".kind"_s, Tr::tr("is missing"));
    const auto kind = parseKindKey(kindValue.toString());
    if (!kindValue.isString() || !kind) {
        QStringList keys;
        for (const Step::Kind k : kStepKinds)
            keys.append(kindKey(k));
        return fail(field + u".kind"_s, Tr::tr("\"%1\" is not a step this version knows (%2)")
                                            .arg(kindValue.isString() ? kindValue.toString() : Tr::tr("not text"), keys.join(u", "_s)));
    }
    out.kind = *kind;
    if (auto e = unknownKeys(o, stepKeys(out), field + u'.'))
        return e;
    if (out.movesLiquid() && o.contains(u"direction"_s)) {
        const QString direction = o.value(u"direction"_s).toString();
        if (const auto problem = checkDirection(direction, field + u".direction"_s))
            return fail(*problem);
        out.direction = *parseDirectionKey(direction);
    }
    for (const QuantityRule &rule : quantityRules(*kind)) {
        if (auto e = quantity(o, rule.key.toString(), field + u'.' + rule.key.toString(), rule.dimension, out.*rule.member))
            return e;
    }
    if (*kind == Step::Kind::WaitForOperator)
        return string(o, u"message"_s, field + u".message"_s, out.message, true);
    if (*kind == Step::Kind::Repeat) {
        // Checked before reading on: the depth bounds the recursion, the count must fit an int.
        if (const auto problem = checkRepeatDepth(depth + 1, field))
            return fail(*problem);
        const QJsonValue count = o.value(u"count"_s);
        if (count.isUndefined())
            return fail(field + u".count"_s, Tr::tr("is missing"));
        if (const auto problem = checkRepeatCount(count.isDouble() ? count.toDouble() : std::nan(""), field + u".count"_s))
            return fail(*problem);
        out.count = count.toInt();
        if (!o.contains(u"steps"_s))
            return fail(field + u".steps"_s, Tr::tr("is missing"));
        return steps(o.value(u"steps"_s), field + u".steps"_s, depth + 1, out.steps);
    }
    return std::nullopt;
}

Result<Profile> Reader::read(const QJsonObject &root)
{
    const QJsonValue format = root.value(u"format"_s);
    if (format.toString() != kFormatTag)
        return fail(u"format"_s, Tr::tr("must be \"%1\": this is not a PumpStudio profile").arg(kFormatTag));
    const QJsonValue version = root.value(u"version"_s);
    const double v = version.toDouble(std::nan(""));
    if (!version.isDouble() || v != std::trunc(v) || v < 1)
        return fail(u"version"_s, Tr::tr("must be a whole number from 1"));
    if (v > kFormatVersion)
        return makeError(Error::Code::BadFile,
                         Tr::tr("%1 was saved by a newer PumpStudio (profile format version %2; this version reads up to %3). "
                                "Update PumpStudio to open it.")
                             .arg(m_source)
                             .arg(v, 0, 'g', 15)
                             .arg(kFormatVersion));
    if (auto e = unknownKeys(root, kRootKeys, {}))
        return *e;

    Profile p;
    for (const auto &[key, target, required] : {std::tuple{u"name"_s, &p.name, true}, std::tuple{u"notes"_s, &p.notes, false},
                                                std::tuple{u"model"_s, &p.modelId, true}, std::tuple{u"head"_s, &p.headId, false},
                                                std::tuple{u"tubing"_s, &p.tubingId, false},
                                                std::tuple{u"syringe"_s, &p.syringeId, false}}) {
        if (auto e = string(root, key, key, *target, required))
            return *e;
    }
    if (root.contains(u"mlPerRev"_s) && !root.value(u"mlPerRev"_s).isNull()) {
        const QJsonValue m = root.value(u"mlPerRev"_s);
        if (!m.isDouble())
            return fail(u"mlPerRev"_s, Tr::tr("must be a number of mL per revolution"));
        p.mlPerRev = m.toDouble();
    }
    if (!root.contains(u"steps"_s))
        return fail(u"steps"_s, Tr::tr("is missing"));
    if (auto e = steps(root.value(u"steps"_s), u"steps"_s, 0, p.steps))
        return *e;
    if (const auto problem = validate(p))
        return fail(*problem);
    return p;
}

QJsonObject toJson(const Quantity &q)
{
    return {{u"value"_s, q.value}, {u"unit"_s, unitSymbol(q.unit)}};
}

QJsonArray toJson(const std::vector<Step> &steps)
{
    QJsonArray array;
    for (const Step &s : steps) {
        QJsonObject o{{u"kind"_s, kindKey(s.kind)}};
        if (s.movesLiquid())
            o.insert(u"direction"_s, directionKey(s.direction));
        for (const QuantityRule &rule : quantityRules(s.kind))
            o.insert(rule.key.toString(), toJson(s.*rule.member));
        if (s.kind == Step::Kind::WaitForOperator)
            o.insert(u"message"_s, s.message);
        if (s.kind == Step::Kind::Repeat) {
            o.insert(u"count"_s, s.count);
            o.insert(u"steps"_s, toJson(s.steps));
        }
        array.append(o);
    }
    return array;
}

} // namespace

Result<Profile> parseProfile(const QByteArray &json, const QString &source)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonDocument keeps no positions; the byte offset of the error gives line and column.
        const auto offset = std::clamp<qsizetype>(error.offset, 0, json.size());
        const QByteArray before = json.left(offset);
        const int line = 1 + static_cast<int>(before.count('\n'));
        const auto column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        return makeError(Error::Code::BadFile,
                         Tr::tr("%1:%2:%3: not valid JSON: %4").arg(source).arg(line).arg(column).arg(error.errorString()));
    }
    if (!doc.isObject())
        return makeError(Error::Code::BadFile, Tr::tr("%1: not a JSON object: a profile file is one {...} object").arg(source));
    return Reader(source).read(doc.object());
}

QByteArray serializeProfile(const Profile &profile)
{
    QJsonObject root{{u"format"_s, kFormatTag.toString()}, {u"version"_s, kFormatVersion}, {u"name"_s, profile.name},
                     {u"model"_s, profile.modelId}, {u"steps"_s, toJson(profile.steps)}};
    const auto optional = [&root](const QString &key, const QString &value) {
        if (!value.isEmpty())
            root.insert(key, value);
    };
    optional(u"notes"_s, profile.notes);
    optional(u"head"_s, profile.headId);
    optional(u"tubing"_s, profile.tubingId);
    optional(u"syringe"_s, profile.syringeId);
    if (profile.mlPerRev)
        root.insert(u"mlPerRev"_s, *profile.mlPerRev);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Profile> loadProfileFile(const QString &path)
{
    // Only a regular file is opened: a FIFO blocks the open until someone writes to it, and a
    // device such as /dev/zero says it is empty and never ends.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return makeError(Error::Code::BadFile, Tr::tr("%1 is not a regular file: a profile is read from a file only.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::BadFile, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const auto tooLarge = [&path] {
        return makeError(Error::Code::BadFile,
                         Tr::tr("%1 is too large for a profile file: the limit is %2 (%3 bytes).")
                             .arg(path, QLocale().formattedDataSize(kMaxFileBytes, 0, QLocale::DataSizeIecFormat))
                             .arg(kMaxFileBytes));
    };
    if (file.size() > kMaxFileBytes)
        return tooLarge();  // refused unread
    // Bounded even so: a file can grow between the look at its size and the read.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return tooLarge();
    return parseProfile(bytes, path);
}

Result<void> saveProfileFile(const Profile &profile, const QString &path)
{
    if (const auto problem = validate(profile))
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("The profile was not saved: %1").arg(problem->text()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = serializeProfile(profile);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2; the file was left as it was.").arg(path, file.errorString()));
    return {};
}

} // namespace PumpStudio::Profiles
