// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "records/csvexport.h"
#include "records/runreport.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace PumpStudio {

/// How a background export ended: the message for the status bar, or the error.
struct ExportOutcome
{
    bool ok = false;
    QString message;  ///< said to the user when it worked
    Error error;      ///< when it did not
};

/// Runs an export (CSV of a 24 h run, a PDF report) on a worker thread, so the window stays
/// responsive and the GUI never waits on SQLite: a progress dialog appears when it takes more
/// than a moment, Cancel stops it (the work sees its progress callback return false and leaves
/// no file), and `done` runs on the GUI thread with the outcome. The work must open its own
/// record reader: SQLite connections belong to the thread that opened them.
class BackgroundExport final
{
public:
    /// Reports the share done (0 to 1); false once the user cancelled.
    using Progress = std::function<bool(double done)>;
    using Work = std::function<ExportOutcome(const Progress &progress)>;

    static void start(QWidget *parent, const QString &title, Work work, std::function<void(const ExportOutcome &)> done);
};

/// Where a run's CSV goes and in which layout, as the user chose in the save dialog (its file
/// types name the layouts); nullopt when the user cancelled.
struct CsvTarget
{
    QString path;
    Records::CsvLayout layout = Records::CsvLayout::Wide;
};
std::optional<CsvTarget> askCsvTarget(QWidget *parent, const QString &title, const QString &suggestedName);

/// A run's CSV (`options` as for Records::exportCsv), read from the record at `recordPath` on
/// the worker.
void exportCsvInBackground(QWidget *parent, const QString &recordPath, const QString &path, Records::CsvExportOptions options,
                           std::function<void(const ExportOutcome &)> done);
/// The run report PDF of the record at `recordPath`, written on the worker.
void writeRunReportInBackground(QWidget *parent, const QString &recordPath, const QString &path, ReportFigures figures,
                                std::function<void(const ExportOutcome &)> done);

} // namespace PumpStudio
