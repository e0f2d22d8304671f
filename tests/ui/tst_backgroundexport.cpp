// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Long exports run off the GUI thread: the window's event loop keeps turning while a large run
// is written as CSV, the rows are all there, and Cancel leaves no file behind.
#include "records/backgroundexport.h"
#include "records/runrecordwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A run of `samples` flow samples at 100 Hz, finished.
QString writeRun(const QTemporaryDir &dir, qint64 samples)
{
    const QString path = dir.filePath(u"run.psrun"_s);
    Records::RunRecordWriter writer;
    Records::RunInfo info;
    info.startUtc = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    if (!writer.create(path, info).ok())
        return {};
    Records::ChannelInfo channel;
    channel.id = 1;
    channel.name = u"flow"_s;
    channel.unit = u"mL/min"_s;
    if (!writer.addChannel(channel).ok())
        return {};
    for (qint64 i = 0; i < samples; ++i)
        writer.appendSample(1, Records::Sample{i * 10'000, float(i % 1000) / 100.0f});
    return writer.finish(Records::EndReason::Completed).ok() ? path : QString();
}

} // namespace

class TestBackgroundExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLargeCsvIsWrittenWhileTheWindowStaysResponsive()
    {
        QTemporaryDir dir;
        constexpr qint64 kSamples = 1'000'000;  // 2.8 h at 100 Hz
        const QString record = writeRun(dir, kSamples);
        QVERIFY(!record.isEmpty());
        QWidget window;
        window.show();
        // The GUI thread's loop: a tick every 10 ms, counted while the export runs.
        int ticks = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start();
        std::optional<ExportOutcome> outcome;
        const QString csv = dir.filePath(u"run.csv"_s);
        QElapsedTimer took;
        took.start();
        exportCsvInBackground(&window, record, csv, Records::defaultCsvOptions(QLocale::c()),
                              [&outcome](const ExportOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 120000);
        const qint64 ms = took.elapsed();
        QVERIFY2(outcome->ok, qPrintable(outcome->error.message));
        // While it ran, the loop turned: at least a tick per 50 ms (a blocked loop counts none).
        QVERIFY2(ticks >= int(ms / 50), qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(ms)));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        qint64 lines = 0;
        while (!file.atEnd()) {
            file.readLine();
            ++lines;
        }
        QCOMPARE(lines, kSamples + 1);  // the header and every sample
    }

    void cancellingLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString record = writeRun(dir, 1'000'000);
        QVERIFY(!record.isEmpty());
        QWidget window;
        window.show();
        std::optional<ExportOutcome> outcome;
        const QString csv = dir.filePath(u"run.csv"_s);
        exportCsvInBackground(&window, record, csv, Records::defaultCsvOptions(QLocale::c()),
                              [&outcome](const ExportOutcome &o) { outcome = o; });
        // The progress dialog shows itself once the export takes a moment; the user cancels.
        QProgressDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<QProgressDialog *>()) != nullptr && dialog->isVisible(), 10000);
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
        QVERIFY(!outcome->ok);
        QCOMPARE(outcome->error.code, Error::Code::Cancelled);
        QVERIFY(!QFile::exists(csv));
    }
};

QTEST_MAIN(TestBackgroundExport)
#include "tst_backgroundexport.moc"
