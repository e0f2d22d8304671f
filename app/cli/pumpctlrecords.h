// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "cli/pumpctloptions.h"

#include <QTextStream>

namespace PumpStudio::Cli {

/// `pumpctl audit verify|show` and `pumpctl records list|verify|export` on the GUI's data
/// folder, for QA and scripts; the exit code (6: a broken trail or a changed record).
int runRecordsCommand(const PumpCtlOptions &options, QTextStream &out, QTextStream &err);

} // namespace PumpStudio::Cli
