// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>

namespace PumpStudio::Paths {

/// The one data folder of all three programs (the GUI, pumpctl, pumpsim): models, profiles,
/// records, catalog and logs. On Linux ~/.local/share/PumpStudio/PumpStudio; the environment
/// variable PUMPSTUDIO_DATA_DIR, or setDataDir() (--data-dir), replaces it.
QString dataDir();
QString logDir();
QString dataSubdir(const QString &name);
/// A sub-folder of dataDir() for lab data other local users must not read ("records", "audit"):
/// created on demand with permissions 0700, and the data folder itself made 0700 too.
QString privateSubdir(const QString &name);

/// The GUI's data folder (organization and application "PumpStudio"), whatever this program is
/// called; dataDir() of the three programs unless PUMPSTUDIO_DATA_DIR or setDataDir() says otherwise.
QString guiDataDir();
/// Uses `path` as dataDir() from now on (--data-dir of pumpctl and pumpsim; tests); empty: default.
void setDataDir(const QString &path);

/// Makes a file readable and writable by its owner only (0600); false when that failed.
bool makeOwnerOnly(const QString &filePath);

} // namespace PumpStudio::Paths
