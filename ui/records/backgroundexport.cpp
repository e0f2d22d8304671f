// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/backgroundexport.h"

#include "records/runrecordreader.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

std::optional<CsvTarget> askCsvTarget(QWidget *parent, const QString &title, const QString &suggestedName)
{
    // The layout is chosen with the file type: one dialog, and the choice is where the name is.
    const QList<std::pair<QString, Records::CsvLayout>> types{
        {QCoreApplication::translate("PumpStudio::CsvExport", "CSV, one row per second, a column per channel (*.csv)"), Records::CsvLayout::Wide},
        {QCoreApplication::translate("PumpStudio::CsvExport", "CSV, one value per row: time, channel, value (*.csv)"), Records::CsvLayout::Long},
        {QCoreApplication::translate("PumpStudio::CsvExport", "CSV, samples as recorded (*.csv)"), Records::CsvLayout::AsRecorded},
    };
    QStringList filters;
    for (const auto &type : types)
        filters.append(type.first);
    QString chosen = filters.front();
    const QString path = QFileDialog::getSaveFileName(parent, title, suggestedName, filters.join(u";;"_s), &chosen);
    if (path.isEmpty())
        return std::nullopt;
    CsvTarget target{path, Records::CsvLayout::Wide};
    for (const auto &type : types) {
        if (type.first == chosen)
            target.layout = type.second;
    }
    return target;
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundExport)
};
} // namespace

void BackgroundExport::start(QWidget *parent, const QString &title, Work work, std::function<void(const ExportOutcome &)> done)
{
    auto *dialog = new QProgressDialog(title, Tr::tr("Cancel"), 0, 1000, parent);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);  // quick exports finish without a dialog flashing up
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [cancelled] { *cancelled = true; });
    const QPointer<QProgressDialog> guard(dialog);
    const Progress progress = [guard, cancelled](double share) {
        // Called on the worker: the dialog is told through its own thread's event loop.
        const int value = int(std::lround(std::clamp(share, 0.0, 1.0) * 1000.0));
        QMetaObject::invokeMethod(guard.data(), [guard, value] {
            if (guard)
                guard->setValue(value);
        }, Qt::QueuedConnection);
        return !cancelled->load();
    };
    auto *watcher = new QFutureWatcher<ExportOutcome>(dialog);
    QObject::connect(watcher, &QFutureWatcher<ExportOutcome>::finished, dialog, [watcher, dialog, done] {
        const ExportOutcome outcome = watcher->result();
        dialog->hide();
        dialog->deleteLater();
        done(outcome);
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), progress] { return work(progress); }));
}

void exportCsvInBackground(QWidget *parent, const QString &recordPath, const QString &path, Records::CsvExportOptions options,
                           std::function<void(const ExportOutcome &)> done)
{
    BackgroundExport::start(parent, Tr::tr("Exporting CSV…"), [recordPath, path, options](const BackgroundExport::Progress &progress) mutable {
        ExportOutcome outcome;
        Records::RunRecordReader reader;  // this thread's own connection
        if (auto opened = reader.open(recordPath); !opened) {
            outcome.error = opened.error();
            return outcome;
        }
        options.progress = progress;
        const auto rows = Records::exportCsv(reader, path, options);
        if (!rows) {
            outcome.error = rows.error();
            return outcome;
        }
        outcome.ok = true;
        outcome.message = Tr::tr("%n rows written to %1", nullptr, int(std::min<qint64>(*rows, INT_MAX))).arg(path);
        return outcome;
    }, std::move(done));
}

void writeRunReportInBackground(QWidget *parent, const QString &recordPath, const QString &path, ReportFigures figures,
                                std::function<void(const ExportOutcome &)> done)
{
    BackgroundExport::start(parent, Tr::tr("Writing the run report…"), [recordPath, path, figures](const BackgroundExport::Progress &) {
        ExportOutcome outcome;
        Records::RunRecordReader reader;
        if (auto opened = reader.open(recordPath); !opened) {
            outcome.error = opened.error();
            return outcome;
        }
        if (auto written = writeRunReport(path, reader, figures); !written) {
            outcome.error = written.error();
            return outcome;
        }
        outcome.ok = true;
        outcome.message = Tr::tr("Report saved to %1").arg(path);
        return outcome;
    }, std::move(done));
}

} // namespace PumpStudio
