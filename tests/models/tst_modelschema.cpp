// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "jsonschemasubset.h"

#include "models/modelregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace PumpStudio::Models;
using namespace Qt::Literals::StringLiterals;

// docs/model-schema.json is the format's description for people and editors; the loader is what
// the program runs. These tests keep the two the same: the bundled files pass both, and every
// single-field corruption of them gets the same verdict from both.
namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList bundledFiles()
{
    QStringList files;
    for (const QString &name : QDir(u":/models"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        files << u":/models/"_s + name;
    return files;
}

/// A step into a JSON document: an object key or an array index.
struct Step
{
    QString key;
    qsizetype index = -1;
};
using Path = QList<Step>;

Path operator/(Path path, Step step)
{
    path.append(std::move(step));
    return path;
}

QString pathText(const Path &path)
{
    QString text;
    for (const Step &step : path)
        text += step.index >= 0 ? u"[%1]"_s.arg(step.index) : (text.isEmpty() ? step.key : u'.' + step.key);
    return text;
}

/// `root` with the value at `path` replaced by `value` (Undefined removes it).
QJsonValue replaced(const QJsonValue &root, const Path &path, qsizetype at, const QJsonValue &value)
{
    if (at == path.size())
        return value;
    const Step &step = path.at(at);
    if (step.index >= 0) {
        QJsonArray array = root.toArray();
        array.replace(step.index, replaced(array.at(step.index), path, at + 1, value));
        return array;
    }
    QJsonObject object = root.toObject();
    const QJsonValue inner = replaced(object.value(step.key), path, at + 1, value);
    if (inner.isUndefined())
        object.remove(step.key);
    else
        object.insert(step.key, inner);
    return object;
}

void forEachValue(const QJsonValue &value, const Path &path, const std::function<void(const Path &, const QJsonValue &)> &visit)
{
    visit(path, value);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            forEachValue(it.value(), path / Step{it.key()}, visit);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            forEachValue(array.at(i), path / Step{{}, i}, visit);
    }
}

struct Mutation
{
    QString what;
    QJsonObject document;
};

/// Every single-field corruption of `model`: each value of a wrong type, out of range or
/// fractional, too long, removed; an unknown field in each object.
std::vector<Mutation> mutations(const QJsonObject &model)
{
    std::vector<Mutation> out;
    const auto add = [&](const Path &path, const QString &what, const QJsonValue &value) {
        out.push_back({pathText(path) + u" "_s + what, replaced(model, path, 0, value).toObject()});
    };
    forEachValue(model, {}, [&](const Path &path, const QJsonValue &value) {
        if (value.isObject())
            add(path / Step{u"colour"_s}, u"unknown field added"_s, u"blue"_s);
        if (path.isEmpty())
            return;
        if (path.constLast().index < 0)
            add(path, u"removed"_s, QJsonValue::Undefined);
        if (value.isString()) {
            add(path, u"as a number"_s, 7);
            add(path, u"empty"_s, QString());
            add(path, u"blank"_s, u"   "_s);
            add(path, u"3000 characters"_s, QString(3000, u'x'));
        } else {
            add(path, u"as a string"_s, u"x"_s);
        }
        if (value.isDouble()) {
            for (const double d : {1e10, -1e10, 0.5, -100.0, 0.0, 100000.0})
                add(path, u"= %1"_s.arg(d), d);
        }
    });
    return out;
}

// The loader's checks between fields (see the schema's description), by their messages.
bool isCrossFieldCheck(const QString &problem)
{
    static const QStringList kinds{u"is outside"_s, u"is above address.max"_s, u"must be above speed.minRpm"_s,
                                   u"must not be above speed.maxRpm"_s, u"must be above flow.minMlPerMin"_s,
                                   u"must be above pressure.min"_s, u"does not list serial.baud"_s, u"names no"_s,
                                   u"repeats the"_s, u"runs past the last register"_s, u"which is not writable"_s,
                                   u"has no \""_s};
    return std::any_of(kinds.begin(), kinds.end(), [&problem](const QString &kind) { return problem.contains(kind); });
}

// A schema small enough to check the validator by eye.
constexpr char kSmallSchema[] = "{ \"type\": \"object\", \"required\": [\"a\"], \"additionalProperties\": false, \"properties\": { \"a\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 3}, \"b\": {\"$ref\": \"#/$defs/s\"}, \"c\": {\"type\": \"array\", \"items\": {\"enum\": [\"x\", \"y\"]}, \"maxItems\": 2} }, \"allOf\": [{\"if\": {\"required\": [\"b\"]}, \"then\": {\"required\": [\"c\"]}, \"else\": {\"properties\": {\"c\": false}}}], \"$defs\": {\"s\": {\"type\": \"string\", \"pattern\": \"^[a-z]+$\", \"maxLength\": 3, \"not\": {\"const\": \"no\"}}} }";

} // namespace

class TestModelSchema final : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_schema;

private Q_SLOTS:
    void initTestCase()
    {
        m_schema = readJson(QStringLiteral(PUMPSTUDIO_MODEL_SCHEMA));
        QVERIFY2(!m_schema.isEmpty(), PUMPSTUDIO_MODEL_SCHEMA " is missing or not JSON");
        QVERIFY(!bundledFiles().isEmpty());
    }

    void schemaIsDraft2020AndUsesOnlyKeywordsTheValidatorKnows()
    {
        QCOMPARE(m_schema.value(u"$schema"_s).toString(), u"https://json-schema.org/draft/2020-12/schema"_s);
        const QStringList unsupported = JsonSchemaSubset(m_schema).unsupportedKeywords();
        QVERIFY2(unsupported.isEmpty(), qPrintable(unsupported.join(u", "_s)));
    }

    void everyBundledModelMatchesTheSchema()
    {
        const JsonSchemaSubset schema(m_schema);
        for (const QString &file : bundledFiles()) {
            const QStringList errors = schema.validate(readJson(file));
            QVERIFY2(errors.isEmpty(), qPrintable(file + u": "_s + errors.join(u"; "_s)));
        }
    }

    void everyBundledModelHeadTubingAndSyringeHasAChineseName()
    {
        // Issue 16 item 10: names stayed English in a Chinese UI.
        const auto hasHan = [](const QString &text) {
            return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
        };
        for (const QString &file : bundledFiles()) {
            const QJsonObject model = readJson(file);
            QVERIFY2(hasHan(model.value(u"nameZh"_s).toString()), qPrintable(file));
            const auto check = [&](const QJsonObject &o, const QString &where) {
                QVERIFY2(hasHan(o.value(u"nameZh"_s).toString()), qPrintable(file + u": "_s + where + u" "_s + o.value(u"id"_s).toString()));
            };
            for (const QJsonValue &head : model.value(u"heads"_s).toArray()) {
                check(head.toObject(), u"head"_s);
                for (const QJsonValue &tubing : head.toObject().value(u"tubing"_s).toArray())
                    check(tubing.toObject(), u"tubing"_s);
            }
            for (const QJsonValue &syringe : model.value(u"syringes"_s).toArray())
                check(syringe.toObject(), u"syringe"_s);
        }
    }

    void schemaAndLoaderGiveTheSameVerdictOnEveryCorruption()
    {
        const JsonSchemaSubset schema(m_schema);
        int checked = 0;
        int refused = 0;
        int schemaRefused = 0;
        QStringList disagreements;
        for (const QString &file : bundledFiles()) {
            for (const Mutation &m : mutations(readJson(file))) {
                const QStringList schemaErrors = schema.validate(m.document);
                ModelLoadError loadError;
                const bool loaded = parseModel(QJsonDocument(m.document).toJson(), file, &loadError).ok();
                ++checked;
                refused += loaded ? 0 : 1;
                schemaRefused += schemaErrors.isEmpty() ? 0 : 1;
                // The schema is a necessary condition: what it refuses, the loader refuses. The
                // loader refuses more only by the checks between fields that JSON Schema cannot
                // express (listed in the schema's description).
                const bool crossField = !loaded && schemaErrors.isEmpty() && isCrossFieldCheck(loadError.problem);
                if (loaded != schemaErrors.isEmpty() && !crossField) {
                    disagreements << u"%1: %2: schema %3, loader %4"_s.arg(
                        QFileInfo(file).fileName(), m.what,
                        schemaErrors.isEmpty() ? u"accepts"_s : u"refuses (%1)"_s.arg(schemaErrors.constFirst()),
                        loaded ? u"accepts"_s : u"refuses (%1)"_s.arg(loadError.text()));
                }
            }
        }
        qInfo("%d corruptions checked: %d refused by the loader, %d by the schema", checked, refused, schemaRefused);
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.mid(0, 30).join(u'\n')));
        QVERIFY(checked > 2000);
    }

    void theIssuesCorruptionsAreRefusedByBoth_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pointer");  // a path as in the loader's errors
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("minPollMs -100") << u"reglo-icc"_s << u"timing.minPollMs"_s << QJsonValue(-100);
        QTest::newRow("register count 100000") << u"leadfluid-bt100s"_s << u"modbus.registers[7].count"_s << QJsonValue(100000);
        QTest::newRow("unknown field") << u"reglo-icc"_s << u"minPolMs"_s << QJsonValue(100);
        QTest::newRow("address.max 1e10") << u"reglo-icc"_s << u"address.max"_s << QJsonValue(1e10);
    }

    void theIssuesCorruptionsAreRefusedByBoth()
    {
        QFETCH(QString, file);
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        Path path;
        for (const QString &part : pointer.split(u'.')) {
            const auto bracket = part.indexOf(u'[');
            path << Step{bracket < 0 ? part : part.left(bracket)};
            if (bracket >= 0)
                path << Step{{}, part.mid(bracket + 1).chopped(1).toInt()};
        }
        const QJsonObject model = replaced(readJson(u":/models/%1.json"_s.arg(file)), path, 0, value).toObject();
        QVERIFY(!JsonSchemaSubset(m_schema).validate(model).isEmpty());
        ModelLoadError error;
        QVERIFY(!parseModel(QJsonDocument(model).toJson(), file, &error).ok());
        QCOMPARE(error.field, pointer);
    }

    void validatorCatchesWhatItShould()
    {
        // The validator itself, on a schema small enough to check by eye.
        const JsonSchemaSubset schema(QJsonDocument::fromJson(kSmallSchema).object());
        QVERIFY(schema.unsupportedKeywords().isEmpty());
        const auto valid = [&schema](const char *json) { return schema.validate(QJsonDocument::fromJson(json).object()).isEmpty(); };
        QVERIFY(valid("{\"a\": 2}"));
        QVERIFY(valid("{\"a\": 1, \"b\": \"ab\", \"c\": [\"x\"]}"));
        QVERIFY(!valid("{}"));                         // required
        QVERIFY(!valid("{\"a\": 2.5}"));                 // integer
        QVERIFY(!valid("{\"a\": 4}"));                   // maximum
        QVERIFY(!valid("{\"a\": 2, \"z\": 1}"));           // additionalProperties
        QVERIFY(!valid("{\"a\": 2, \"b\": \"AB\", \"c\": []}"));   // pattern
        QVERIFY(!valid("{\"a\": 2, \"b\": \"abcd\", \"c\": []}")); // maxLength
        QVERIFY(!valid("{\"a\": 2, \"b\": \"no\", \"c\": []}"));   // not
        QVERIFY(!valid("{\"a\": 2, \"b\": \"ab\"}"));            // if/then
        QVERIFY(!valid("{\"a\": 2, \"c\": [\"x\"]}"));           // if/else false schema
        QVERIFY(!valid("{\"a\": 2, \"b\": \"ab\", \"c\": [\"z\"]}")); // enum in items
        QVERIFY(!valid("{\"a\": 2, \"b\": \"ab\", \"c\": [\"x\", \"y\", \"x\"]}")); // maxItems
        QVERIFY(!JsonSchemaSubset(QJsonDocument::fromJson("{\"type\": \"object\", \"dependentRequired\": {}}").object())
                     .unsupportedKeywords()
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelSchema)
#include "tst_modelschema.moc"
