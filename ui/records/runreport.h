// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QHash>
#include <QImage>

namespace PumpStudio::Records {
class RunRecordReader;
}
namespace PumpStudio::Monitor {
class TrendStore;
}

namespace PumpStudio {

/// What a report shows that comes from the chart's summary, taken on the GUI thread (which owns
/// the trend store) before the report is written elsewhere.
struct ReportFigures
{
    struct Channel
    {
        float min = 0;
        float max = 0;
        float last = 0;
    };
    double lastTimeS = 0;          ///< the run's length when it has not finished
    QHash<int, Channel> channels;  ///< by channel id
    QImage chart;                  ///< the chart as shown
};

/// The figures of `store`, on the thread that owns it.
ReportFigures reportFigures(const Monitor::TrendStore &store, const QImage &chart);

/// A one-page PDF run report: summary (start, duration, operator, pumps with identity and
/// calibration, min/max/last per channel), the chart as shown, and the alarms. Written through
/// QSaveFile: a failed report leaves no half file. Needs no GUI object: it runs on a worker.
Result<void> writeRunReport(const QString &path, const Records::RunRecordReader &reader, const ReportFigures &figures);

} // namespace PumpStudio
