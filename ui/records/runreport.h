// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/signature.h"
#include "core/result.h"

#include <QImage>

namespace PumpStudio::Records {
class RunRecordReader;
}
namespace PumpStudio::Monitor {
class TrendStore;
}

namespace PumpStudio {

/// What a report says of the record's integrity and who signed it, shown in its own section.
struct RunReportSignoff
{
    QString integrity;                     ///< "verified", "changed after it was finished", ...
    QList<Audit::Signature> signatures;    ///< reviews of exactly this record
};

/// A one-page PDF run report: summary (start, duration, operator, pumps with identity and
/// calibration, min/mean/max per channel), the chart as shown, and the alarms. Written through
/// QSaveFile: a failed report leaves no half file.
Result<void> writeRunReport(const QString &path, const Records::RunRecordReader &reader, const Monitor::TrendStore &store,
                            const QImage &chart, const RunReportSignoff &signoff = {});

} // namespace PumpStudio
