// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogtypes.h"
#include "core/result.h"

#include <QByteArray>

namespace PumpStudio::Catalog {

/// The catalog file format this build reads; newer files are refused rather than half understood.
inline constexpr int kCatalogFormat = 1;

/// The largest catalog file read.
inline constexpr qint64 kMaxCatalogFileBytes = 16 * 1024 * 1024;

/// Parses and validates a catalog file's bytes. `fileName` names the file in errors, which say
/// "file:line: item N (SKU): field: problem". Image paths are resolved against `baseDir` and must
/// stay inside it (imageInside()); ":/" resource paths are kept as they are.
Result<Catalog> parseCatalog(const QByteArray &json, const QString &fileName, const QString &baseDir);
/// `image` (relative to `baseDir`, or absolute) as a clean absolute path when it lies inside
/// `baseDir`; empty when it leads out ("../x.png", "/etc/x.png").
std::optional<QString> imageInside(const QString &baseDir, const QString &image);
/// Reads (regular files up to kMaxCatalogFileBytes only) and parses a catalog file (a path or a ":/" resource).
Result<Catalog> loadCatalogFile(const QString &path);

} // namespace PumpStudio::Catalog
