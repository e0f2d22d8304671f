// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QChar>
#include <QList>
#include <QLocale>

#include <functional>
#include <optional>

namespace PumpStudio::Records {

class RunRecordReader;

/// The shape of a run's CSV.
enum class CsvLayout {
    /// One row per distinct sample time, an empty cell where a channel has no sample then.
    AsRecorded,
    /// Resampled, for a spreadsheet: one row per time step, a column per channel ("Name [unit]")
    /// with its value at that time (its last sample at or before it), a column per channel with
    /// setpoints ("Name setpoint [unit]"), and the events and alarms of the step.
    Wide,
    /// Tidy, for R, pandas or a pivot table: one row per value, with its time, channel, kind
    /// ("sample", "setpoint", "event", "alarm": codes that read the same in every language),
    /// value, unit and text.
    Long,
};

/// How a run is written as CSV.
struct CsvExportOptions
{
    CsvLayout layout = CsvLayout::AsRecorded;
    /// Wide: the time step (none: one second).
    std::optional<qint64> stepUs;
    QChar separator = u',';
    QChar decimalMark = u'.';
    QList<int> channels;          ///< channel ids in column order; empty: all, in record order
    std::optional<qint64> t0Us;   ///< from this time (included); none: the start
    std::optional<qint64> t1Us;   ///< to this time (excluded); none: the end
    bool byteOrderMark = true;    ///< UTF-8 BOM, so spreadsheets read units like "µL" right
    /// Told the share of the time range written so far (0 to 1) about every 64 KiB; returning
    /// false stops the export: it fails as Cancelled and leaves no file. Called on the exporting
    /// thread.
    std::function<bool(double done)> progress;
};

/// The options that suit locale: its decimal mark, and ';' as separator where that mark is ','.
CsvExportOptions defaultCsvOptions(const QLocale &locale = QLocale());

/// Writes a run (or [t0, t1) of it) to path, atomically (QSaveFile): a failed export leaves no
/// file. Every layout begins with local ISO 8601 time with offset (ms) and elapsed seconds; then
/// the columns of options.layout (see CsvLayout). Reads one chunk per channel at a time, so
/// memory stays small for a 24 h run. Returns the number of data rows.
Result<qint64> exportCsv(const RunRecordReader &reader, const QString &path, const CsvExportOptions &options);

} // namespace PumpStudio::Records
