// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogtypes.h"
#include "core/result.h"

#include <QByteArray>

namespace PumpStudio::Catalog {

/// The catalog file format this build reads; newer files are refused rather than half understood.
inline constexpr int kCatalogFormat = 1;

/// Parses and validates a catalog file's bytes. `fileName` names the file in errors, which say
/// "file:line: item N (SKU): field: problem"; relative image paths are resolved against `baseDir`.
Result<Catalog> parseCatalog(const QByteArray &json, const QString &fileName, const QString &baseDir);
/// Reads and parses a catalog file (a path or a ":/" resource).
Result<Catalog> loadCatalogFile(const QString &path);

} // namespace PumpStudio::Catalog
