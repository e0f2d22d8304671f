// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QImage>

namespace PumpStudio::Records {
class RunRecordReader;
}
namespace PumpStudio::Monitor {
class TrendStore;
}

namespace PumpStudio {

/// A one-page PDF run report: summary (start, duration, operator, pumps with identity and
/// calibration, min/mean/max per channel), the chart as shown, and the alarms. Written through
/// QSaveFile: a failed report leaves no half file.
Result<void> writeRunReport(const QString &path, const Records::RunRecordReader &reader, const Monitor::TrendStore &store,
                            const QImage &chart);

} // namespace PumpStudio
