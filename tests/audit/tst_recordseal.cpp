// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Damaged records are refused with the file named (issue 12, item 12), runs ended by a crash
// are marked interrupted with what was recovered, and a record edited with SQL after it was
// sealed no longer matches its seal in the trail.
#include "audit/audittrail.h"
#include "audit/recordseals.h"
#include "records/recordseal.h"
#include "records/runcatalog.h"
#include "records/runrecorder.h"
#include "records/runrecordreader.h"
#include "records/runrecordwriter.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Records;
using namespace Qt::Literals::StringLiterals;

namespace {

bool sql(const QString &path, const QString &statement)
{
    static int n = 0;
    const QString name = u"sql-%1"_s.arg(++n);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                qWarning() << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestRecordSeal final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    /// A record of two channels, 2,500 samples each (three blocks), with a setpoint, events
    /// and an alarm; finished unless `finish` is false (then it reads back as a crashed run).
    QString record(bool finish = true)
    {
        const QString path = m_dir.filePath(u"run-%1.psrun"_s.arg(++m_n));
        RunRecordWriter writer;
        RunInfo info;
        info.startUtc = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        info.operatorName = u"Jane Doe (jdoe)"_s;
        if (!writer.create(path, info))
            return {};
        for (int c = 1; c <= 2; ++c) {
            ChannelInfo channel;
            channel.id = c;
            channel.name = u"Pump %1 flow"_s.arg(c);
            channel.unit = u"mL/min"_s;
            (void)writer.addChannel(channel);
        }
        for (int i = 0; i < 2500; ++i) {
            writer.appendSample(1, Sample{i * 100'000LL, float(i)});
            writer.appendSample(2, Sample{i * 100'000LL, float(2 * i)});
        }
        writer.recordSetpoint(SetpointChange{0, 1, Quantity::Flow, 12.5, u"mL/min"_s});
        writer.recordEvent(RunEvent{1000, 1, u"command"_s, std::nullopt, u"Start"_s});
        writer.recordAlarm(AlarmRecord{2000, AlarmAction::Raised, u"p/pressure-high"_s, 1, 2.5, 2.0, u"High"_s});
        if (finish)
            (void)writer.finish(EndReason::Completed);
        else
            (void)writer.flush();  // then the writer goes away without finishing: a crash
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aRecordWithADroppedTableIsRefusedNamingIt_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("event") << u"event"_s;
        QTest::newRow("setpoint") << u"setpoint"_s;
        QTest::newRow("alarm") << u"alarm"_s;
        QTest::newRow("channel") << u"channel"_s;
    }

    void aRecordWithADroppedTableIsRefusedNamingIt()
    {
        QFETCH(QString, table);
        const QString path = record();
        QVERIFY(sql(path, u"DROP TABLE %1"_s.arg(table)));
        RunRecordReader reader;
        auto opened = reader.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::BadFile);
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(u"\"%1\""_s.arg(table)), qPrintable(opened.error().message));
        QVERIFY(!RunCatalog::summarize(path).isReadable());
    }

    void anImpossibleSampleCountIsRefused()
    {
        const QString path = record();
        QVERIFY(sql(path, u"UPDATE chunk SET count = 2000000000 WHERE channel = 1 AND idx = 2"_s));
        RunRecordReader reader;
        auto opened = reader.open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"impossible"_s), qPrintable(opened.error().message));
        // And the list says why instead of 2,000,000,323 samples.
        const RunSummary summary = RunCatalog::summarize(path);
        QVERIFY(!summary.isReadable());
        QCOMPARE(summary.sampleCount, 0);
    }

    void aMissingBlockIsRefused()
    {
        const QString path = record();
        QVERIFY(sql(path, u"DELETE FROM chunk WHERE channel = 2 AND idx = 1"_s));
        RunRecordReader reader;
        auto opened = reader.open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"channel 2"_s), qPrintable(opened.error().message));
    }

    void aDamagedBlockNamesTheFile()
    {
        const QString path = record();
        QVERIFY(sql(path, u"UPDATE chunk SET data = X'01FF' WHERE channel = 1 AND idx = 0"_s));
        RunRecordReader reader;
        QVERIFY(reader.open(path));
        auto samples = reader.chunk(1, 0);
        QVERIFY(!samples);
        QVERIFY2(samples.error().message.contains(path), qPrintable(samples.error().message));
        QVERIFY2(samples.error().message.contains(u"A block of samples is damaged."_s), qPrintable(samples.error().message));
        // A block whose blob holds another count than its row says is damaged too.
        QVERIFY(sql(path, u"UPDATE chunk SET count = 1000 WHERE channel = 2 AND idx = 2"_s));
        RunRecordReader again;
        QVERIFY(again.open(path));
        QVERIFY(!again.chunk(2, 2));
    }

    void aRunEndedByACrashIsMarkedInterruptedWithWhatWasRecovered()
    {
        const QString path = record(false);
        {
            RunRecordReader reader;
            QVERIFY(reader.open(path));
            QCOMPARE(reader.runInfo().endReason, EndReason::Unfinished);
        }
        auto recovery = markInterrupted(path);
        QVERIFY2(recovery, recovery ? "" : qPrintable(recovery.error().message));
        QCOMPARE(recovery->channels, 2);
        QCOMPARE(recovery->samples, 5000);
        QCOMPARE(recovery->events, 1);
        QCOMPARE(recovery->alarms, 1);
        QCOMPARE(recovery->seconds, 249.9);
        RunRecordReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.runInfo().endReason, EndReason::Interrupted);
        QCOMPARE(reader.runInfo().endUtc, reader.runInfo().startUtc.addMSecs(249'900));
        const auto events = reader.events();
        QVERIFY(events);
        QCOMPARE(events->last().kind, u"interrupted"_s);
        QVERIFY2(events->last().text.contains(u"5,000 samples"_s) || events->last().text.contains(u"5000 samples"_s),
                 qPrintable(events->last().text));
        // Once only.
        QVERIFY(!markInterrupted(path));
    }

    void aRecordBeingWrittenIsLeftAlone()
    {
        const QString path = m_dir.filePath(u"live.psrun"_s);
        RunRecordWriter writer;
        RunInfo info;
        info.startUtc = QDateTime::currentDateTimeUtc();
        QVERIFY(writer.create(path, info));
        QVERIFY(writer.flush());
        auto refused = markInterrupted(path);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"being written"_s));
    }

    void aRecordEditedWithSqlAfterSealingNoLongerMatches_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("operator") << u"UPDATE run SET operator = 'Mallory'"_s;
        QTest::newRow("channel name") << u"UPDATE channel SET name = 'Other pump' WHERE id = 2"_s;
        QTest::newRow("a sample block") << u"UPDATE chunk SET data = (SELECT data FROM chunk WHERE channel = 2 AND idx = 0) WHERE channel = 1 AND idx = 0"_s;
        QTest::newRow("an event deleted") << u"DELETE FROM event"_s;
        QTest::newRow("an alarm added") << u"INSERT INTO alarm(tus, action, source, message) VALUES(5, 'clear', 'x', 'y')"_s;
        QTest::newRow("a setpoint") << u"UPDATE setpoint SET value = 99"_s;
    }

    void aRecordEditedWithSqlAfterSealingNoLongerMatches()
    {
        QFETCH(QString, statement);
        const QString path = record();
        Audit::AuditTrail trail;
        QVERIFY(trail.open(m_dir.filePath(u"trail-%1.sqlite"_s.arg(m_n))));
        auto seal = computeSeal(path);
        QVERIFY(seal);
        QVERIFY(Audit::appendSeal(trail, Audit::systemActor(), seal->fileName, seal->startUtc, seal->contentHash, u"completed"_s, {}));
        auto found = Audit::sealFor(trail, seal->fileName, seal->startUtc);
        QVERIFY(found && *found);
        QCOMPARE(Audit::judgeSeal(*found, computeSeal(path)->contentHash).state, Audit::SealState::Verified);
        QVERIFY(sql(path, statement));
        auto after = computeSeal(path);
        QVERIFY(after);
        const Audit::SealVerdict verdict = Audit::judgeSeal(*found, after->contentHash);
        QCOMPARE(verdict.state, Audit::SealState::Changed);
        QCOMPARE(verdict.text(), u"changed after it was finished"_s);
    }

    void theRecorderSealsWhatItFinishesAndSweepsWhatACrashLeft()
    {
        const QString folder = m_dir.filePath(u"sweep"_s);
        QVERIFY(QDir().mkpath(folder));
        RunRecorder recorder;
        QSignalSpy sealed(&recorder, &RunRecorder::sealed);
        QSignalSpy recovered(&recorder, &RunRecorder::recovered);
        RunInfo info;
        info.startUtc = QDateTime::currentDateTimeUtc();
        recorder.begin(QDir(folder).filePath(u"a.psrun"_s), info);
        recorder.finish(EndReason::Completed);
        QCOMPARE(sealed.count(), 1);
        QVERIFY(sealed.first().first().value<RecordSeal>().note.isEmpty());
        // A crashed one, and a finished one the trail has not seen.
        QVERIFY(QFile::copy(record(false), QDir(folder).filePath(u"b.psrun"_s)));
        QVERIFY(QFile::copy(record(true), QDir(folder).filePath(u"c.psrun"_s)));
        sealed.clear();
        recorder.sweep(folder, {u"a.psrun"_s});
        QCOMPARE(recovered.count(), 1);
        QVERIFY(recovered.first().first().toString().endsWith(u"b.psrun"_s));
        QCOMPARE(sealed.count(), 2);
        QCOMPARE(sealed.at(0).first().value<RecordSeal>().endReason, EndReason::Interrupted);
        QVERIFY(sealed.at(0).first().value<RecordSeal>().note.contains(u"interrupted"_s));
        QVERIFY(sealed.at(1).first().value<RecordSeal>().note.contains(u"without a seal"_s));
    }

    void recordFilesAreForTheOwnerOnly()
    {
        const QString path = record();
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
        const QString folder = RunCatalog::defaultFolder();
        QCOMPARE(QFile::permissions(folder) & (others | QFile::ExeGroup | QFile::ExeOther), QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestRecordSeal)
#include "tst_recordseal.moc"
