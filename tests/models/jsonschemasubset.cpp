// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "jsonschemasubset.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kAnnotations{u"$schema"_s, u"$id"_s, u"title"_s, u"description"_s, u"$comment"_s, u"default"_s,
                               u"examples"_s, u"$defs"_s};
const QStringList kAssertions{u"type"_s, u"enum"_s, u"const"_s, u"minimum"_s, u"maximum"_s, u"exclusiveMinimum"_s,
                              u"exclusiveMaximum"_s, u"minLength"_s, u"maxLength"_s, u"pattern"_s, u"required"_s,
                              u"properties"_s, u"additionalProperties"_s, u"items"_s, u"minItems"_s, u"maxItems"_s,
                              u"allOf"_s, u"if"_s, u"then"_s, u"else"_s, u"not"_s, u"$ref"_s};

bool isType(const QJsonValue &v, const QString &type)
{
    if (type == u"integer")
        return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() == std::floor(v.toDouble());
    if (type == u"number")
        return v.isDouble();
    if (type == u"string")
        return v.isString();
    if (type == u"boolean")
        return v.isBool();
    if (type == u"object")
        return v.isObject();
    if (type == u"array")
        return v.isArray();
    if (type == u"null")
        return v.isNull();
    return false;
}

// JSON equality as JSON Schema means it (1 and 1.0 are equal numbers).
bool equal(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

QString show(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString().left(40) + u'"';
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isNull())
        return u"null"_s;
    return v.isArray() ? u"an array"_s : u"an object"_s;
}

} // namespace

JsonSchemaSubset::JsonSchemaSubset(QJsonObject root) : m_root(std::move(root)) {}

QJsonValue JsonSchemaSubset::resolve(const QString &ref) const
{
    if (!ref.startsWith(u"#/"))
        return QJsonValue::Undefined;
    QJsonValue at = m_root;
    for (const QString &part : ref.mid(2).split(u'/'))
        at = at.toObject().value(part);
    return at;
}

void JsonSchemaSubset::collectUnsupported(const QJsonValue &schema, const QString &where, QStringList &out) const
{
    if (schema.isBool())
        return;
    if (!schema.isObject()) {
        out << where + u" (not a schema)"_s;
        return;
    }
    const QJsonObject s = schema.toObject();
    for (auto it = s.begin(); it != s.end(); ++it) {
        const QString key = it.key();
        const QString at = where + u'/' + key;
        if (!kAnnotations.contains(key) && !kAssertions.contains(key))
            out << at;
        if (key == u"properties" || key == u"$defs") {
            const QJsonObject children = it.value().toObject();
            for (auto child = children.begin(); child != children.end(); ++child)
                collectUnsupported(child.value(), at + u'/' + child.key(), out);
        } else if (key == u"allOf") {
            const QJsonArray list = it.value().toArray();
            for (qsizetype i = 0; i < list.size(); ++i)
                collectUnsupported(list.at(i), at + u'/' + QString::number(i), out);
        } else if (key == u"items" || key == u"additionalProperties" || key == u"not" || key == u"if" || key == u"then"
                   || key == u"else") {
            collectUnsupported(it.value(), at, out);
        } else if (key == u"$ref" && resolve(it.value().toString()).isUndefined()) {
            out << at + u" (unresolved "_s + it.value().toString() + u')';
        }
    }
}

QStringList JsonSchemaSubset::unsupportedKeywords() const
{
    QStringList out;
    collectUnsupported(m_root, u"#"_s, out);
    return out;
}

QStringList JsonSchemaSubset::validate(const QJsonValue &instance) const
{
    QStringList errors;
    check(m_root, instance, u"$"_s, errors);
    return errors;
}

void JsonSchemaSubset::check(const QJsonValue &schemaValue, const QJsonValue &v, const QString &path, QStringList &errors) const
{
    if (schemaValue.isBool()) {
        if (!schemaValue.toBool())
            errors << path + u": not allowed here"_s;
        return;
    }
    const QJsonObject s = schemaValue.toObject();
    const auto fail = [&](const QString &problem) { errors << path + u": "_s + problem; };

    if (s.contains(u"$ref"_s))
        check(resolve(s.value(u"$ref"_s).toString()), v, path, errors);
    if (s.contains(u"type"_s)) {
        const QJsonValue type = s.value(u"type"_s);
        bool ok = false;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                ok = ok || isType(v, t.toString());
        } else {
            ok = isType(v, type.toString());
        }
        if (!ok) {
            fail(u"%1 is not of type %2"_s.arg(show(v), show(type)));
            return;  // the other keywords would only repeat it
        }
    }
    if (s.contains(u"enum"_s)) {
        const QJsonArray values = s.value(u"enum"_s).toArray();
        if (std::none_of(values.begin(), values.end(), [&v](const QJsonValue &e) { return equal(e, v); }))
            fail(u"%1 is not one of the allowed values"_s.arg(show(v)));
    }
    if (s.contains(u"const"_s) && !equal(s.value(u"const"_s), v))
        fail(u"%1 is not %2"_s.arg(show(v), show(s.value(u"const"_s))));
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (s.contains(u"minimum"_s) && d < s.value(u"minimum"_s).toDouble())
            fail(u"%1 is below the minimum"_s.arg(show(v)));
        if (s.contains(u"maximum"_s) && d > s.value(u"maximum"_s).toDouble())
            fail(u"%1 is above the maximum"_s.arg(show(v)));
        if (s.contains(u"exclusiveMinimum"_s) && d <= s.value(u"exclusiveMinimum"_s).toDouble())
            fail(u"%1 is not above the exclusive minimum"_s.arg(show(v)));
        if (s.contains(u"exclusiveMaximum"_s) && d >= s.value(u"exclusiveMaximum"_s).toDouble())
            fail(u"%1 is not below the exclusive maximum"_s.arg(show(v)));
    }
    if (v.isString()) {
        const qsizetype length = v.toString().toUcs4().size();  // code points, as JSON Schema counts
        if (s.contains(u"minLength"_s) && length < s.value(u"minLength"_s).toInt())
            fail(u"%1 is too short"_s.arg(show(v)));
        if (s.contains(u"maxLength"_s) && length > s.value(u"maxLength"_s).toInt())
            fail(u"%1 is too long"_s.arg(show(v)));
        if (s.contains(u"pattern"_s) && !QRegularExpression(s.value(u"pattern"_s).toString()).match(v.toString()).hasMatch())
            fail(u"%1 does not match %2"_s.arg(show(v), s.value(u"pattern"_s).toString()));
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue &name : s.value(u"required"_s).toArray()) {
            if (!o.contains(name.toString()))
                fail(u"\"%1\" is required"_s.arg(name.toString()));
        }
        const QJsonObject properties = s.value(u"properties"_s).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString child = path + u'.' + it.key();
            if (properties.contains(it.key()))
                check(properties.value(it.key()), it.value(), child, errors);
            else if (s.contains(u"additionalProperties"_s))
                check(s.value(u"additionalProperties"_s), it.value(), child, errors);
        }
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (s.contains(u"minItems"_s) && a.size() < s.value(u"minItems"_s).toInt())
            fail(u"has fewer than %1 items"_s.arg(s.value(u"minItems"_s).toInt()));
        if (s.contains(u"maxItems"_s) && a.size() > s.value(u"maxItems"_s).toInt())
            fail(u"has more than %1 items"_s.arg(s.value(u"maxItems"_s).toInt()));
        if (s.contains(u"items"_s)) {
            for (qsizetype i = 0; i < a.size(); ++i)
                check(s.value(u"items"_s), a.at(i), u"%1[%2]"_s.arg(path).arg(i), errors);
        }
    }
    for (const QJsonValue &sub : s.value(u"allOf"_s).toArray())
        check(sub, v, path, errors);
    if (s.contains(u"if"_s)) {
        QStringList ifErrors;
        check(s.value(u"if"_s), v, path, ifErrors);
        const QString branch = ifErrors.isEmpty() ? u"then"_s : u"else"_s;
        if (s.contains(branch))
            check(s.value(branch), v, path, errors);
    }
    if (s.contains(u"not"_s)) {
        QStringList notErrors;
        check(s.value(u"not"_s), v, path, notErrors);
        if (notErrors.isEmpty())
            fail(u"%1 matches a schema it must not match"_s.arg(show(v)));
    }
}
