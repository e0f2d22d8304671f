// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogtypes.h"

#include <QStringList>

/// The shared ids (docs VOCABULARY): categories, applications, pump models, heads and tubing.
// Kept here until the model registry lands; then models/heads/tubing should come from the model files.
namespace PumpStudio::Catalog::Vocabulary {

const QStringList &categories();
const QStringList &applications();
const QStringList &models();
const QStringList &heads();
const QStringList &tubing();
/// The tubing ids a pump head takes (empty for an unknown head).
QStringList tubingForHead(const QString &headId);
/// The heads a pump model can carry (empty for an unknown model or a syringe pump).
QStringList headsForModel(const QString &modelId);

/// What people call a category, in both languages ("Peristaltic pump heads", "蠕动泵头"); the id
/// itself for an unknown one. Data like the catalog's own text: the search looks at both
/// languages whatever the UI's, so it cannot come from the UI's translation.
LocalizedText categoryName(const QString &id);
/// What people call an application ("Laboratory", "实验室"); the id itself for an unknown one.
LocalizedText applicationName(const QString &id);
/// Other words people search a category by, in either language ("pump tubing", "泵管").
QStringList categoryKeywords(const QString &id);

} // namespace PumpStudio::Catalog::Vocabulary
