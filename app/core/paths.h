// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>

namespace PumpStudio::Paths {

/// The one data folder of all three programs (the GUI, pumpctl, pumpsim): models, profiles,
/// records, catalog and logs. On Linux ~/.local/share/PumpStudio/PumpStudio; the environment
/// variable PUMPSTUDIO_DATA_DIR, or setDataDirOverride() (--data-dir), replaces it.
QString dataDir();
QString logDir();
QString dataSubdir(const QString &name);
/// Replaces the data folder for this process (pumpctl and pumpsim --data-dir); empty: default.
void setDataDirOverride(const QString &dir);

} // namespace PumpStudio::Paths
