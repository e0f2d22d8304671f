// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

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

} // namespace PumpStudio::Catalog::Vocabulary
