// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Damaged run records (issue 12, defect 12): a record whose structure is broken is refused when
// it is opened, with a message naming the file and what is wrong, instead of opening as a run
// with no events or two billion samples; a damaged block of samples names the file.
#include "records/recordformat.h"
#include "records/runcatalog.h"
#include "records/runrecordreader.h"
#include "records/runrecordwriter.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using PumpStudio::Error;
using namespace PumpStudio::Records;
using namespace Qt::Literals::StringLiterals;

namespace {

RunInfo runInfo()
{
    RunInfo info;
    info.startUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 15, 30), Qt::UTC);
    info.operatorName = u"QA"_s;
    info.title = u"Check test"_s;
    return info;
}

ChannelInfo channel(int id)
{
    ChannelInfo c;
    c.id = id;
    c.name = u"Pump %1"_s.arg(id);
    c.quantity = Quantity::Flow;
    c.unit = u"mL/min"_s;
    return c;
}

/// Changes a record as another program (or a disk) would; the connection is gone on return.
bool tamper(const QString &path, const QStringList &statements)
{
    const QString name = u"tamper"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning("%s", qPrintable(sql));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestRecordCheck final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    /// A finished record: two channels, channel 1 with 2.5 blocks of samples, channel 2 with
    /// one partial block, a setpoint, two events and an alarm.
    QString makeRecord()
    {
        const QString path = m_dir.filePath(u"run-%1.psrun"_s.arg(++m_serial));
        RunRecordWriter writer;
        if (!writer.create(path, runInfo()) || !writer.addChannel(channel(1)) || !writer.addChannel(channel(2)))
            return {};
        for (qint64 i = 0; i < kSamplesPerChunk * 5 / 2; ++i)
            writer.appendSample(1, Sample{i * 1000, float(i)});
        for (qint64 i = 0; i < 100; ++i)
            writer.appendSample(2, Sample{i * 10000, 2.0f});
        writer.recordSetpoint(SetpointChange{0, 1, Quantity::Flow, 5.0, u"mL/min"_s});
        writer.recordEvent(RunEvent{0, 1, u"start"_s, std::nullopt, {}});
        writer.recordEvent(RunEvent{1000, std::nullopt, u"note"_s, std::nullopt, u"checked"_s});
        writer.recordAlarm(AlarmRecord{500, AlarmAction::Raised, u"pressure-high"_s, 2, 3.0, 2.5, u"high"_s});
        if (!writer.finish(EndReason::Completed))
            return {};
        return path;
    }

    static QString refusal(const QString &path)
    {
        RunRecordReader reader;
        const auto opened = reader.open(path);
        if (opened)
            return {};
        [&] { QCOMPARE(opened.error().code, Error::Code::BadFile); }();
        [&] { QVERIFY(!reader.isOpen()); }();
        return opened.error().message;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void opensASoundRecordWithEverythingInIt()
    {
        const QString path = makeRecord();
        QVERIFY(!path.isEmpty());
        RunRecordReader reader;
        const auto opened = reader.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(*reader.sampleCount(1), kSamplesPerChunk * 5 / 2);
        QCOMPARE(*reader.sampleCount(2), 100);
        QCOMPARE(reader.events()->size(), 2);
        QCOMPARE(reader.setpoints()->size(), 1);
    }

    void refusesARecordWithATableDropped_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *table : {"event", "setpoint", "alarm", "channel", "chunk", "run"})
            QTest::newRow(table) << QString::fromLatin1(table);
    }

    void refusesARecordWithATableDropped()
    {
        QFETCH(QString, table);
        const QString path = makeRecord();
        QVERIFY(tamper(path, {u"DROP TABLE %1"_s.arg(table)}));
        const QString message = refusal(path);
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(u'"' + table + u'"'), qPrintable(message));
        // The Records page lists it as unreadable, with the reason, instead of as a normal run.
        const RunSummary summary = RunCatalog::summarize(path);
        QVERIFY(!summary.isReadable());
        QCOMPARE(summary.error, message);
    }

    void refusesARecordWithAColumnMissing()
    {
        const QString path = makeRecord();
        QVERIFY(tamper(path, {u"ALTER TABLE event DROP COLUMN kind"_s}));
        const QString message = refusal(path);
        QVERIFY2(message.contains(path) && message.contains(u"\"kind\""_s), qPrintable(message));
    }

    void refusesAnImpossibleSampleCount_data()
    {
        QTest::addColumn<QString>("count");
        QTest::newRow("two billion") << u"2000000000"_s;
        QTest::newRow("one more than a block holds") << QString::number(kSamplesPerChunk + 1);
        QTest::newRow("zero") << u"0"_s;
        QTest::newRow("negative") << u"-5"_s;
        QTest::newRow("text") << u"'many'"_s;
    }

    void refusesAnImpossibleSampleCount()
    {
        QFETCH(QString, count);
        const QString path = makeRecord();
        QVERIFY(tamper(path, {u"UPDATE chunk SET count = %1 WHERE channel = 1 AND idx = 2"_s.arg(count)}));
        const QString message = refusal(path);
        QVERIFY2(message.contains(path) && message.contains(u"impossible"_s), qPrintable(message));
        // Never shown as a run of 2,000,000,000-odd samples.
        QVERIFY(!RunCatalog::summarize(path).isReadable());
    }

    void refusesAMissingOrCutShortBlock_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("first block gone") << u"DELETE FROM chunk WHERE channel = 1 AND idx = 0"_s;
        QTest::newRow("middle block gone") << u"DELETE FROM chunk WHERE channel = 1 AND idx = 1"_s;
        QTest::newRow("full block cut short") << u"UPDATE chunk SET count = 10 WHERE channel = 1 AND idx = 0"_s;
    }

    void refusesAMissingOrCutShortBlock()
    {
        QFETCH(QString, statement);
        const QString path = makeRecord();
        QVERIFY(tamper(path, {statement}));
        const QString message = refusal(path);
        QVERIFY2(message.contains(path) && message.contains(u"channel 1"_s), qPrintable(message));
    }

    void refusesSamplesOfAChannelItDoesNotDescribe()
    {
        const QString path = makeRecord();
        QVERIFY(tamper(path, {u"DELETE FROM channel WHERE id = 2"_s}));
        const QString message = refusal(path);
        QVERIFY2(message.contains(path) && message.contains(u"channel 2"_s), qPrintable(message));
    }

    void aDamagedBlockOfSamplesNamesTheFileAndTheBlock()
    {
        const QString path = makeRecord();
        QVERIFY(tamper(path, {u"UPDATE chunk SET data = x'01ff' WHERE channel = 1 AND idx = 1"_s}));
        RunRecordReader reader;
        QVERIFY(reader.open(path).ok());  // blocks are read when they are needed
        const auto samples = reader.chunk(1, 1);
        QVERIFY(!samples);
        QCOMPARE(samples.error().code, Error::Code::BadFile);
        QVERIFY2(samples.error().message.contains(path) && samples.error().message.contains(u"block 1"_s),
                 qPrintable(samples.error().message));
        QVERIFY(reader.chunk(1, 0).ok());
    }

    void aBlockHoldingOtherThanItsCountIsDamaged()
    {
        const QString path = makeRecord();
        // The last block of channel 1 really holds 512 samples; it says 511.
        QVERIFY(tamper(path, {u"UPDATE chunk SET count = 511 WHERE channel = 1 AND idx = 2"_s}));
        RunRecordReader reader;
        QVERIFY(reader.open(path).ok());
        const auto samples = reader.chunk(1, 2);
        QVERIFY(!samples);
        QVERIFY2(samples.error().message.contains(path), qPrintable(samples.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRecordCheck)
#include "tst_recordcheck.moc"
