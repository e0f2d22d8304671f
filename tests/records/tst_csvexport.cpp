// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/csvexport.h"
#include "records/recordformat.h"
#include "records/runrecordreader.h"
#include "records/runrecordwriter.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using PumpStudio::Error;
using PumpStudio::Records::Sample;
using namespace PumpStudio::Records;
using namespace Qt::Literals::StringLiterals;

namespace {

ChannelInfo channel(int id, const QString &name, const QString &unit)
{
    ChannelInfo c;
    c.id = id;
    c.name = name;
    c.unit = unit;
    return c;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCsvExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_small;

    /// Two channels sampled at different times; the run starts 09:15:30.250 UTC at UTC+1.
    void writeSmallRun(const QString &path, int utcOffsetSeconds = 3600)
    {
        RunInfo info;
        info.startUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 15, 30, 250), Qt::UTC);
        info.utcOffsetSeconds = utcOffsetSeconds;
        RunRecordWriter writer;
        QVERIFY(writer.create(path, info).ok());
        QVERIFY(writer.addChannel(channel(1, u"Reglo"_s, u"mL/min"_s)).ok());
        QVERIFY(writer.addChannel(channel(2, u"Inlet; \"P1\""_s, u"bar"_s)).ok());
        for (Sample s : {Sample{0, 1.5f}, Sample{1000, 2.25f}, Sample{2000000, -0.1f}, Sample{2500000, 3.0f}})
            QVERIFY(writer.appendSample(1, s));
        for (Sample s : {Sample{1000, 0.5f}, Sample{1500000, 1.25f}, Sample{2500000, 100.0f}})
            QVERIFY(writer.appendSample(2, s));
        QVERIFY(writer.finish(EndReason::Completed).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = m_dir.filePath(u"small.psrun"_s);
        writeSmallRun(m_small);
    }

    void writesHeaderTimestampsAndAlignedRows()
    {
        RunRecordReader reader;
        QVERIFY(reader.open(m_small).ok());
        CsvExportOptions options;
        options.byteOrderMark = false;
        const QString out = m_dir.filePath(u"small.csv"_s);
        const auto rows = exportCsv(reader, out, options);
        QVERIFY(rows.ok());
        QCOMPARE(*rows, qint64(5));
        QCOMPARE(readAll(out),
                 QByteArray("Time,Elapsed [s],Reglo [mL/min],\"Inlet; \"\"P1\"\" [bar]\"\r\n"
                            "2026-03-01T10:15:30.250+01:00,0.000000,1.5,\r\n"
                            "2026-03-01T10:15:30.251+01:00,0.001000,2.25,0.5\r\n"
                            "2026-03-01T10:15:31.750+01:00,1.500000,,1.25\r\n"
                            "2026-03-01T10:15:32.250+01:00,2.000000,-0.1,\r\n"
                            "2026-03-01T10:15:32.750+01:00,2.500000,3,100\r\n"));
    }

    void wideLayoutResamplesEveryChannelWithSetpointsAndEvents()
    {
        // Issue 16 item 7: one row per time step, a value in every column (the last sample at or
        // before the row's time), the setpoint then, and the events up to the next row.
        {
            RunRecordWriter writer;
            RunInfo info;
            info.startUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 15, 30, 250), Qt::UTC);
            info.utcOffsetSeconds = 3600;
            const QString second = m_dir.filePath(u"wide2.psrun"_s);
            QVERIFY(writer.create(second, info).ok());
            QVERIFY(writer.addChannel(channel(1, u"Reglo"_s, u"mL/min"_s)).ok());
            QVERIFY(writer.addChannel(channel(2, u"Inlet"_s, u"bar"_s)).ok());
            for (Sample s : {Sample{0, 1.5f}, Sample{1000, 2.25f}, Sample{2000000, -0.1f}, Sample{2500000, 3.0f}})
                QVERIFY(writer.appendSample(1, s));
            for (Sample s : {Sample{1000, 0.5f}, Sample{1500000, 1.25f}, Sample{2500000, 100.0f}})
                QVERIFY(writer.appendSample(2, s));
            writer.recordSetpoint(SetpointChange{0, 1, Quantity::Flow, 2.0, u"mL/min"_s});
            writer.recordSetpoint(SetpointChange{1200000, 1, Quantity::Flow, 3.0, u"mL/min"_s});
            RunEvent step;
            step.tUs = 1100000;
            step.kind = u"step-start"_s;
            step.text = u"Reglo: Step 2 began"_s;
            writer.recordEvent(step);
            AlarmRecord alarm;
            alarm.tUs = 2400000;
            alarm.source = u"inlet/pressure-high"_s;
            alarm.message = u"Pressure high"_s;
            writer.recordAlarm(alarm);
            QVERIFY(writer.finish(EndReason::Completed).ok());
            RunRecordReader reader;
            QVERIFY(reader.open(second).ok());
            CsvExportOptions options;
            options.byteOrderMark = false;
            options.layout = CsvLayout::Wide;
            options.stepUs = 1'000'000;
            const QString out = m_dir.filePath(u"wide.csv"_s);
            const auto rows = exportCsv(reader, out, options);
            QVERIFY2(rows.ok(), rows ? "" : qPrintable(rows.error().message));
            QCOMPARE(*rows, qint64(3));
            QCOMPARE(readAll(out),
                     QByteArray("Time,Elapsed [s],Reglo [mL/min],Inlet [bar],Reglo setpoint [mL/min],Events\r\n"
                                "2026-03-01T10:15:30.250+01:00,0.000000,1.5,,2,\r\n"
                                "2026-03-01T10:15:31.250+01:00,1.000000,2.25,0.5,2,Reglo: Step 2 began\r\n"
                                "2026-03-01T10:15:32.250+01:00,2.000000,-0.1,1.25,3,Alarm raised: Pressure high\r\n"));
        }
    }

    void longLayoutHasOneValuePerRow()
    {
        RunRecordReader reader;
        QVERIFY(reader.open(m_small).ok());
        CsvExportOptions options;
        options.byteOrderMark = false;
        options.layout = CsvLayout::Long;
        const QString out = m_dir.filePath(u"long.csv"_s);
        const auto rows = exportCsv(reader, out, options);
        QVERIFY2(rows.ok(), rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(*rows, qint64(7));
        QCOMPARE(readAll(out),
                 QByteArray("Time,Elapsed [s],Channel,Kind,Value,Unit,Text\r\n"
                            "2026-03-01T10:15:30.250+01:00,0.000000,Reglo,sample,1.5,mL/min,\r\n"
                            "2026-03-01T10:15:30.251+01:00,0.001000,Reglo,sample,2.25,mL/min,\r\n"
                            "2026-03-01T10:15:30.251+01:00,0.001000,\"Inlet; \"\"P1\"\"\",sample,0.5,bar,\r\n"
                            "2026-03-01T10:15:31.750+01:00,1.500000,\"Inlet; \"\"P1\"\"\",sample,1.25,bar,\r\n"
                            "2026-03-01T10:15:32.250+01:00,2.000000,Reglo,sample,-0.1,mL/min,\r\n"
                            "2026-03-01T10:15:32.750+01:00,2.500000,Reglo,sample,3,mL/min,\r\n"
                            "2026-03-01T10:15:32.750+01:00,2.500000,\"Inlet; \"\"P1\"\"\",sample,100,bar,\r\n"));
    }

    void usesDecimalCommaWithSemicolons()
    {
        const CsvExportOptions german = defaultCsvOptions(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(german.separator, QChar(u';'));
        QCOMPARE(german.decimalMark, QChar(u','));
        const CsvExportOptions english = defaultCsvOptions(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(english.separator, QChar(u','));
        QCOMPARE(english.decimalMark, QChar(u'.'));

        RunRecordReader reader;
        QVERIFY(reader.open(m_small).ok());
        const QString out = m_dir.filePath(u"german.csv"_s);
        QVERIFY(exportCsv(reader, out, german).ok());
        QCOMPARE(readAll(out),
                 QByteArray("\xEF\xBB\xBF"
                            "Time;Elapsed [s];Reglo [mL/min];\"Inlet; \"\"P1\"\" [bar]\"\r\n"
                            "2026-03-01T10:15:30.250+01:00;0,000000;1,5;\r\n"
                            "2026-03-01T10:15:30.251+01:00;0,001000;2,25;0,5\r\n"
                            "2026-03-01T10:15:31.750+01:00;1,500000;;1,25\r\n"
                            "2026-03-01T10:15:32.250+01:00;2,000000;-0,1;\r\n"
                            "2026-03-01T10:15:32.750+01:00;2,500000;3;100\r\n"));

        CsvExportOptions clash = german;
        clash.separator = u',';
        QCOMPARE(exportCsv(reader, out, clash).error().code, Error::Code::InvalidArgument);
    }

    void exportsATimeRangeOfSelectedChannels()
    {
        RunRecordReader reader;
        QVERIFY(reader.open(m_small).ok());
        CsvExportOptions options;
        options.byteOrderMark = false;
        options.channels = {2, 1};
        options.t0Us = 1000;     // included
        options.t1Us = 2500000;  // excluded
        const QString out = m_dir.filePath(u"range.csv"_s);
        QCOMPARE(*exportCsv(reader, out, options), qint64(3));
        QCOMPARE(readAll(out),
                 QByteArray("Time,Elapsed [s],\"Inlet; \"\"P1\"\" [bar]\",Reglo [mL/min]\r\n"
                            "2026-03-01T10:15:30.251+01:00,0.001000,0.5,2.25\r\n"
                            "2026-03-01T10:15:31.750+01:00,1.500000,1.25,\r\n"
                            "2026-03-01T10:15:32.250+01:00,2.000000,,-0.1\r\n"));

        options.channels = {1};
        QCOMPARE(*exportCsv(reader, out, options), qint64(2));
        options.channels = {9};
        QCOMPARE(exportCsv(reader, out, options).error().code, Error::Code::InvalidArgument);
    }

    void writesTheRunsOwnOffset()
    {
        const QString path = m_dir.filePath(u"west.psrun"_s);
        writeSmallRun(path, -5400);
        RunRecordReader reader;
        QVERIFY(reader.open(path).ok());
        CsvExportOptions options;
        options.byteOrderMark = false;
        options.channels = {1};
        options.t1Us = 1;
        const QString out = m_dir.filePath(u"west.csv"_s);
        QVERIFY(exportCsv(reader, out, options).ok());
        QCOMPARE(readAll(out).split('\n').at(1), QByteArray("2026-03-01T07:45:30.250-01:30,0.000000,1.5\r"));
    }

    void streamsManyChunksInTimeOrder()
    {
        const QString path = m_dir.filePath(u"long.psrun"_s);
        {
            RunInfo info;
            info.startUtc = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
            RunRecordWriter writer;
            QVERIFY(writer.create(path, info).ok());
            QVERIFY(writer.addChannel(channel(1, u"a"_s, {})).ok());
            QVERIFY(writer.addChannel(channel(2, u"b"_s, {})).ok());
            for (qint64 i = 0; i < 6000; ++i) {
                QVERIFY(writer.appendSample(1, Sample{i * 2000, float(i)}));      // every 2 ms
                if (i < 4000)
                    QVERIFY(writer.appendSample(2, Sample{i * 3000, -float(i)}));  // every 3 ms
            }
            QVERIFY(writer.finish(EndReason::Completed).ok());
        }
        RunRecordReader reader;
        QVERIFY(reader.open(path).ok());
        CsvExportOptions options;
        options.byteOrderMark = false;
        const QString out = m_dir.filePath(u"long.csv"_s);
        // Union of 0..11998 ms step 2 and 0..11997 ms step 3: 6000 + 4000 - 2000 shared times.
        QCOMPARE(*exportCsv(reader, out, options), qint64(8000));
        const QList<QByteArray> lines = readAll(out).split('\n');
        QCOMPARE(lines.at(0), QByteArray("Time,Elapsed [s],a,b\r"));
        QCOMPARE(lines.at(1), QByteArray("2026-03-01T00:00:00.000+00:00,0.000000,0,0\r"));
        QCOMPARE(lines.at(2), QByteArray("2026-03-01T00:00:00.002+00:00,0.002000,1,\r"));
        QCOMPARE(lines.at(3), QByteArray("2026-03-01T00:00:00.003+00:00,0.003000,,-1\r"));
        QCOMPARE(lines.at(4), QByteArray("2026-03-01T00:00:00.004+00:00,0.004000,2,\r"));
        QCOMPARE(lines.at(5), QByteArray("2026-03-01T00:00:00.006+00:00,0.006000,3,-2\r"));
        QCOMPARE(lines.at(8000), QByteArray("2026-03-01T00:00:11.998+00:00,11.998000,5999,\r"));
    }

    void neutralisesChannelNamesThatSpreadsheetsWouldRun()
    {
        // Issue 12 item 5: channel names come from model files and users; a name starting with
        // = + - @ tab or CR was written as is, and a spreadsheet ran it as a formula.
        const QString path = m_dir.filePath(u"hostile.psrun"_s);
        {
            RunInfo info;
            info.startUtc = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
            info.operatorName = u"=cmd|' /C calc'!A0"_s;
            RunRecordWriter writer;
            QVERIFY(writer.create(path, info).ok());
            QVERIFY(writer.addChannel(channel(1, u"=HYPERLINK(\"http://evil\",\"x\")"_s, {})).ok());
            QVERIFY(writer.addChannel(channel(2, u"+1+1"_s, {})).ok());
            QVERIFY(writer.addChannel(channel(3, u"-2+3"_s, u"bar"_s)).ok());
            QVERIFY(writer.addChannel(channel(4, u"@SUM(A1)"_s, {})).ok());
            QVERIFY(writer.addChannel(channel(5, u"\t=1"_s, {})).ok());
            QVERIFY(writer.addChannel(channel(6, u"\r=1"_s, {})).ok());
            QVERIFY(writer.appendSample(3, Sample{0, -1.5f}));
            QVERIFY(writer.finish(EndReason::Completed).ok());
        }
        RunRecordReader reader;
        QVERIFY(reader.open(path).ok());
        CsvExportOptions options;
        options.byteOrderMark = false;
        const QString out = m_dir.filePath(u"hostile.csv"_s);
        QVERIFY(exportCsv(reader, out, options).ok());
        QCOMPARE(readAll(out),
                 QByteArray("Time,Elapsed [s],\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",\"'+1+1\",\"'-2+3 [bar]\","
                            "\"'@SUM(A1)\",\"'\t=1\",\"'\r=1\"\r\n"
                            "2026-03-01T00:00:00.000+00:00,0.000000,,,-1.5,,,\r\n"));  // numbers stay numbers
    }

    void leavesNoFileWhenTheFolderIsUnwritable()
    {
        RunRecordReader reader;
        QVERIFY(reader.open(m_small).ok());
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        // A path under a regular file cannot be written, even by root.
        const QString out = blocker + u"/sub/out.csv"_s;
        const auto result = exportCsv(reader, out, CsvExportOptions{});
        QCOMPARE(result.error().code, Error::Code::Io);
        QVERIFY(!QFile::exists(out));
    }

    void keepsTheOldFileWhenReadingFailsHalfway()
    {
        const QString path = m_dir.filePath(u"damaged.psrun"_s);
        {
            RunInfo info;
            info.startUtc = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
            RunRecordWriter writer;
            QVERIFY(writer.create(path, info).ok());
            QVERIFY(writer.addChannel(channel(1, u"a"_s, {})).ok());
            for (qint64 i = 0; i < 3000; ++i)
                QVERIFY(writer.appendSample(1, Sample{i * 1000, 1.0f}));
            QVERIFY(writer.finish(EndReason::Completed).ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE chunk SET data = x'09' WHERE idx = 2"_s));  // a blob from the future
        }
        QSqlDatabase::removeDatabase(u"damage"_s);

        const QString out = m_dir.filePath(u"keep.csv"_s);
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\n");
        old.close();
        RunRecordReader reader;
        QVERIFY(reader.open(path).ok());
        const auto result = exportCsv(reader, out, CsvExportOptions{});
        QCOMPARE(result.error().code, Error::Code::BadFile);
        QCOMPARE(readAll(out), QByteArray("previous export\n"));
        QCOMPARE(QDir(m_dir.path()).entryList({u"keep.csv*"_s}, QDir::Files), QStringList{u"keep.csv"_s});
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
