// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

/// A JSON Schema (draft 2020-12) validator for the subset docs/model-schema.json uses: type,
/// enum, const, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength,
/// pattern, required, properties, additionalProperties, items, minItems, maxItems, allOf,
/// if/then/else, not, $ref to "#/..." and boolean schemas. Debian's Qt has no validator; this one
/// is small enough to read, and unsupportedKeywords() makes the schema's test fail the day the
/// schema uses a keyword it would silently skip.
class JsonSchemaSubset final
{
public:
    explicit JsonSchemaSubset(QJsonObject root);

    /// Keywords (with their schema paths) this validator does not implement.
    QStringList unsupportedKeywords() const;
    /// Every violation as "path: problem"; empty when the instance is valid.
    QStringList validate(const QJsonValue &instance) const;

private:
    void check(const QJsonValue &schema, const QJsonValue &instance, const QString &path, QStringList &errors) const;
    QJsonValue resolve(const QString &ref) const;
    void collectUnsupported(const QJsonValue &schema, const QString &where, QStringList &out) const;

    QJsonObject m_root;
};
