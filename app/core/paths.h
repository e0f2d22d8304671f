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
/// A sub-folder of dataDir() for lab data other local users must not read ("records", "audit"):
/// created on demand with permissions 0700, and the data folder itself made 0700 too.
QString privateSubdir(const QString &name);

/// The GUI's data folder, whatever this program is called: pumpctl works on the same records,
/// audit trail and accounts as the GUI.
QString guiDataDir();
/// Uses `path` as dataDir() from now on (pumpctl: the GUI's folder).
void setDataDir(const QString &path);

/// Makes a file readable and writable by its owner only (0600); false when that failed.
bool makeOwnerOnly(const QString &filePath);

} // namespace PumpStudio::Paths
