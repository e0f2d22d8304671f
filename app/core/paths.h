// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>

namespace PumpStudio::Paths {

/// The app's data folder (logs, records, user model files, catalog overlays), created on demand.
QString dataDir();
QString logDir();
/// A sub-folder of dataDir(), created on demand: "models", "records", "profiles", "catalog".
QString dataSubdir(const QString &name);

} // namespace PumpStudio::Paths
