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

/// How a run is written as CSV.
struct CsvExportOptions
{
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
/// file. Columns: local ISO 8601 time with offset (ms), elapsed seconds, one per channel
/// ("Name [unit]"); one row per distinct sample time of the selected channels, an empty cell where
/// a channel has no sample at that time. Reads one chunk per channel at a time, so memory stays
/// small for a 24 h run. Returns the number of data rows.
Result<qint64> exportCsv(const RunRecordReader &reader, const QString &path, const CsvExportOptions &options);

} // namespace PumpStudio::Records
