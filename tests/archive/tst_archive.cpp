// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
//
// The shared archive against a real PostgreSQL started here (initdb in a temporary folder, a
// free loopback port): a long 8-channel record is pushed and read back sample for sample, a
// second push adds nothing, a push interrupted by the server going down resumes to the same
// result, psql (an independent client) sees the rows through the view, and pumpctl's
// records push/list work over the command line with the password from PGPASSWORD.
#include "archive/archivecalibrations.h"
#include "archive/archiveconnection.h"
#include "archive/archivepush.h"
#include "archive/archivequery.h"
#include "archive/archiveschema.h"
#include "archive/archiveurl.h"
#include "audit/audittrail.h"
#include "calibration/calibrationstore.h"
#include "records/recordformat.h"
#include "records/runcatalog.h"
#include "records/runrecordreader.h"
#include "records/runrecordwriter.h"
#include "support/postgresserver.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;
using namespace PumpStudio::Test;

namespace {

const QString kPumpctl = QStringLiteral(PUMPCTL_EXECUTABLE);
constexpr int kChannels = 8;

/// A finished record of 8 channels at 10 Hz for `minutes`, with setpoints, events and alarms,
/// like tests/bench/make_long_record.cpp's (which is 3 channels).
QString writeRecord(const QString &folder, double minutes, const QDateTime &start)
{
    QDir().mkpath(folder);
    Records::RunInfo info;
    info.startUtc = start;
    info.utcOffsetSeconds = 3600;
    info.operatorName = u"Jane Doe"_s;
    info.appVersion = u"test"_s;
    info.title = u"Rinse profile"_s;
    Records::RunRecordWriter writer;
    const QString path = Records::RunCatalog::newRecordPath(folder, start);
    if (!writer.create(path, info))
        return {};
    for (int c = 1; c <= kChannels; ++c) {
        Records::ChannelInfo ch;
        ch.id = c;
        ch.name = u"Pump %1 flow"_s.arg(c);
        ch.unit = u"mL/min"_s;
        ch.quantity = c == kChannels ? Records::Quantity::Pressure : Records::Quantity::Flow;
        ch.modelId = c == kChannels ? u"pressure-modbus"_s : u"reglo-icc"_s;
        ch.mlPerRev = c == kChannels ? std::optional<double>() : std::optional<double>(0.27);
        if (!writer.addChannel(ch))
            return {};
    }
    const qint64 steps = qint64(minutes * 60 * 10);
    for (qint64 i = 0; i < steps; ++i) {
        // Jitter in the polling, as a real line has, so time steps vary.
        const qint64 t = i * 100'000 + (i * 7919) % 900;
        for (int c = 1; c <= kChannels; ++c)
            writer.appendSample(c, Records::Sample{t, float(c + std::sin(double(i) * 0.01 * c) + (i % 13) * 1e-3)});
        if (i % 3000 == 0) {
            writer.recordSetpoint({t, 1 + int(i / 3000) % kChannels, Records::Quantity::Flow, 1.0 + double(i) / 1e4, u"mL/min"_s});
            writer.recordEvent({t, std::nullopt, u"note"_s, std::nullopt, u"step %1"_s.arg(i)});
            writer.recordAlarm({t, Records::AlarmAction::Raised, u"pressure-high"_s, kChannels, 2.6, 2.5, u"over"_s});
        }
        if (i % 20000 == 0)
            (void)writer.flush();
    }
    if (!writer.finish(Records::EndReason::Completed))
        return {};
    return path;
}

/// A calibration of a Reglo ICC at `rpm`, as the wizard would have evaluated it.
Calibration::CalibrationResult calibrationAt(double rpm, double mlPerRev, const QDateTime &finished)
{
    Calibration::CalibrationResult r;
    r.plan.modelId = u"reglo-icc"_s;
    r.plan.headId = u"head"_s;
    r.plan.tubingId = u"tube"_s;
    r.plan.rpms = {rpm};
    r.plan.replicates = 2;
    r.plan.seconds = 10;
    r.plan.asFound.points = {{0, 0.094}};
    r.pump.model = u"REGLO ICC"_s;
    r.pump.firmware = u"0208"_s;
    r.pump.address = 1;
    for (int i = 0; i < 2; ++i) {
        Calibration::Replicate rep;
        rep.point = 0;
        rep.index = i;
        rep.rpm = rpm;
        rep.revolutions = 10;
        rep.mlPerRev = mlPerRev;
        rep.volumeMl = 10 * mlPerRev;
        r.replicates.push_back(rep);
    }
    r.finishedUtc = finished;
    Calibration::evaluate(r);
    return r;
}

QList<Records::Sample> decodeAll(const QList<QByteArray> &blocks)
{
    QList<Records::Sample> out;
    for (const QByteArray &b : blocks) {
        auto samples = Records::decodeChunk(b);
        if (!samples)
            return {};
        out.append(*samples);
    }
    return out;
}

} // namespace

class TestArchive final : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_data;
    QString m_record;
    Records::RunInfo m_info;

    Archive::ArchiveUrl url(const QString &database) const { return *Archive::ArchiveUrl::parse(m_server.url(database)); }

    /// Every sample of every channel of the record, from the archive, equals the local record's.
    void verifyIdentical(Archive::ArchiveConnection &archive, const QUuid &run)
    {
        Records::RunRecordReader local;
        QVERIFY(local.open(m_record));
        for (int c = 1; c <= kChannels; ++c) {
            auto blocks = Archive::sampleBlocks(archive, run, c);
            QVERIFY2(blocks, qPrintable(blocks ? QString() : blocks.error().message));
            const QList<Records::Sample> remote = decodeAll(*blocks);
            auto mine = local.samples(c, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
            QVERIFY(mine);
            QCOMPARE(remote.size(), mine->size());
            for (qsizetype i = 0; i < remote.size(); ++i) {
                if (remote.at(i).tUs != mine->at(i).tUs || std::bit_cast<quint32>(remote.at(i).value) != std::bit_cast<quint32>(mine->at(i).value))
                    QFAIL(qPrintable(u"channel %1 sample %2 differs"_s.arg(c).arg(i)));
            }
        }
        QCOMPARE(*Archive::rowCount(archive, u"setpoint"_s, run), qint64(local.setpoints()->size()));
        QCOMPARE(*Archive::rowCount(archive, u"event"_s, run), qint64(local.events()->size()));
        QCOMPARE(*Archive::rowCount(archive, u"alarm"_s, run), qint64(local.alarms()->size()));
        QCOMPARE(*Archive::rowCount(archive, u"channel"_s, run), qint64(kChannels));
    }

    void createDatabase(const QString &name)
    {
        QVERIFY2(!m_server.psql(u"postgres"_s, u"CREATE DATABASE %1"_s.arg(name)).isNull(), qPrintable(m_server.log));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_server.bin.isEmpty())
            QSKIP("PostgreSQL is not installed (Debian: postgresql-15)");
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            QSKIP("Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)");
        QVERIFY2(m_server.start(), qPrintable(m_server.log));
        // 30 min x 8 channels at 10 Hz: 144 000 samples, 144 blocks (the 24 h one is the bench's).
        m_info.startUtc = QDateTime::fromString(u"2026-03-01T08:00:00.000Z"_s, Qt::ISODateWithMs);
        m_record = writeRecord(m_data.filePath(u"records"_s), 30, m_info.startUtc);
        QVERIFY(!m_record.isEmpty());
    }

    void cleanupTestCase() { m_server.stop(); }

    void urlsAreParsedWithoutShowingThePassword()
    {
        auto u = Archive::ArchiveUrl::parse(u"postgresql://qa:pw@db.lab:5433/archive?sslmode=require"_s);
        QVERIFY(u);
        QCOMPARE(u->user, u"qa"_s);
        QCOMPARE(u->password, u"pw"_s);
        QCOMPARE(u->port, 5433);
        QCOMPARE(u->options, u"sslmode=require"_s);
        QCOMPARE(u->toString(), u"postgresql://qa@db.lab:5433/archive?sslmode=require"_s);
        QVERIFY(!Archive::ArchiveUrl::parse(u"postgresql://qa@db.lab/"_s));  // no database
        QVERIFY(!Archive::ArchiveUrl::parse(u"mysql://qa@db.lab/x"_s));
    }

    void schemaIsMigratedOnConnect()
    {
        createDatabase(u"schema"_s);
        Archive::ArchiveConnection archive;
        auto opened = archive.open(url(u"schema"_s), m_server.password);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(archive.schemaVersion(), Archive::latestSchemaVersion());
        archive.close();
        QVERIFY(archive.open(url(u"schema"_s), m_server.password));  // a second connect changes nothing
        QCOMPARE(m_server.psql(u"schema"_s, u"SELECT string_agg(version::text, ',') FROM schema_migration"_s), u"1,2"_s);
    }

    void wrongPasswordOrNoServerIsADisconnectedError()
    {
        Archive::ArchiveConnection archive;
        auto refused = archive.open(url(u"postgres"_s), u"wrong"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Disconnected);
        QVERIFY(!refused.error().message.contains(u"wrong"_s));
        auto nobody = archive.open(*Archive::ArchiveUrl::parse(u"postgresql://x@127.0.0.1:%1/x"_s.arg(freeLoopbackPort())), {}, 2);
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code, Error::Code::Disconnected);
    }

    void longRecordReadsBackSampleForSampleAndASecondPushAddsNothing()
    {
        createDatabase(u"lab"_s);
        Archive::ArchiveConnection archive;
        QVERIFY(archive.open(url(u"lab"_s), m_server.password));
        Archive::PushOptions options;
        options.recordsFolder = m_data.filePath(u"records"_s);
        auto report = Archive::pushAll(archive, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->runsSent, 1);
        QCOMPARE(report->samples, qint64(30 * 60 * 10 * kChannels));

        auto runs = Archive::listRuns(archive);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        const Archive::ArchivedRun &run = runs->constFirst();
        QVERIFY(run.complete);
        QCOMPARE(run.operatorName, u"Jane Doe"_s);
        QCOMPARE(run.startUtc, m_info.startUtc);
        QCOMPARE(run.samples, report->samples);
        QCOMPARE(run.pumps.size(), kChannels);
        QCOMPARE(run.uuid, Archive::runUuid(QFileInfo(m_record).fileName(), m_info.startUtc));
        verifyIdentical(archive, run.uuid);

        const QString chunksBefore = m_server.psql(u"lab"_s, u"SELECT count(*) FROM chunk"_s);
        auto again = Archive::pushAll(archive, options);
        QVERIFY(again);
        QCOMPARE(again->runsSent, 0);
        QCOMPARE(again->runsAlreadyArchived, 1);
        QCOMPARE(again->chunks, qint64(0));
        QCOMPARE(m_server.psql(u"lab"_s, u"SELECT count(*) FROM chunk"_s), chunksBefore);
        QCOMPARE(m_server.psql(u"lab"_s, u"SELECT count(*) FROM run"_s), u"1"_s);

        // psql, as a person would query it: the view's rows are the record's samples.
        Records::RunRecordReader local;
        QVERIFY(local.open(m_record));
        const auto first = local.samples(3, 0, 1'000'000);
        QVERIFY(first && first->size() >= 10);
        const QString rows = m_server.psql(u"lab"_s, u"SELECT tus || ' ' || value FROM sample WHERE channel = 3 AND n < 10 ORDER BY n"_s);
        QStringList expected;
        for (qsizetype i = 0; i < 10; ++i)
            expected.append(u"%1 %2"_s.arg(first->at(i).tUs).arg(QString::number(double(first->at(i).value), 'g', 9)));
        const QStringList got = rows.split(u'\n');
        QCOMPARE(got.size(), 10);
        for (qsizetype i = 0; i < 10; ++i) {
            const QStringList parts = got.at(i).split(u' ');
            QCOMPARE(parts.at(0).toLongLong(), first->at(i).tUs);
            QCOMPARE(parts.at(1).toFloat(), first->at(i).value);
        }
        QCOMPARE(m_server.psql(u"lab"_s, u"SELECT count(*) FROM sample"_s), QString::number(report->samples));
        QCOMPARE(m_server.psql(u"lab"_s, u"SELECT count(*) FROM pumpstudio_samples('%1', 1, 0, 60000000)"_s.arg(run.uuid.toString(QUuid::WithoutBraces))),
                 u"600"_s);  // the first minute at 10 Hz
    }

    void interruptedPushResumesToTheSameResult()
    {
        createDatabase(u"resume"_s);
        Archive::PushOptions options;
        options.recordsFolder = m_data.filePath(u"records"_s);
        options.chunksPerTransaction = 16;
        bool killed = false;
        options.progress = [&](const Archive::PushProgress &p) {
            if (!killed && p.chunksSent >= 32) {
                killed = true;
                QVERIFY(m_server.stop(u"immediate"_s));  // the server dies mid-way
            }
        };
        {
            Archive::ArchiveConnection archive;
            QVERIFY(archive.open(url(u"resume"_s), m_server.password));
            auto report = Archive::pushAll(archive, options);
            QVERIFY(killed);
            QVERIFY(!report);
            QCOMPARE(report.error().code, Error::Code::Disconnected);
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.log));
        // Half there: the run is listed as incomplete, with the blocks committed before the end.
        Archive::ArchiveConnection archive;
        QVERIFY(archive.open(url(u"resume"_s), m_server.password));
        Archive::RunFilter all;
        all.includeIncomplete = true;
        auto partial = Archive::listRuns(archive, all);
        QVERIFY(partial && partial->size() == 1);
        QVERIFY(!partial->constFirst().complete);
        QVERIFY(Archive::listRuns(archive)->isEmpty());  // not among the archived runs yet
        const qint64 before = *Archive::rowCount(archive, u"chunk"_s, partial->constFirst().uuid);
        QVERIFY(before >= 32);

        options.progress = {};
        auto resumed = Archive::pushAll(archive, options);
        QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().message));
        QCOMPARE(resumed->runsSent, 1);
        const qint64 total = *Archive::rowCount(archive, u"chunk"_s, partial->constFirst().uuid);
        QCOMPARE(resumed->chunks, total - before);  // only what was missing was sent
        verifyIdentical(archive, partial->constFirst().uuid);
        // The same as the uninterrupted push.
        const QString sums = u"SELECT count(*) || ' ' || sum(length(data)) FROM chunk"_s;
        QCOMPARE(m_server.psql(u"resume"_s, sums), m_server.psql(u"lab"_s, sums));
    }

    void calibrationsArePushedOncePerCertificateAndReadBackWhole()
    {
        createDatabase(u"calibrations"_s);
        QTemporaryDir local;
        const QString storePath = local.filePath(u"history.sqlite"_s);
        QByteArray hashes[2];
        {
            Calibration::CalibrationStore store;
            QVERIFY(store.open(storePath));
            const QDateTime t0 = QDateTime::fromString(u"2026-03-02T09:00:00.000Z"_s, Qt::ISODateWithMs);
            auto a = store.save(calibrationAt(20, 0.1, t0));
            QVERIFY2(a, a ? "" : qPrintable(a.error().message));
            auto b = store.save(calibrationAt(60, 0.099, t0.addSecs(600)));
            QVERIFY(b);
            hashes[0] = a->contentHash();
            hashes[1] = b->contentHash();
        }
        Archive::ArchiveConnection archive;
        QVERIFY(archive.open(url(u"calibrations"_s), m_server.password));
        Archive::PushOptions options;
        options.recordsFolder = local.filePath(u"no-records"_s);
        options.calibrationPath = storePath;
        auto first = Archive::pushAll(archive, options);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->calibrationsSent, 2);
        QCOMPARE(first->calibrationsAlreadyArchived, 0);
        // Again: the same certificates are the same rows.
        auto second = Archive::pushAll(archive, options);
        QVERIFY(second);
        QCOMPARE(second->calibrationsSent, 0);
        QCOMPARE(second->calibrationsAlreadyArchived, 2);
        QCOMPARE(m_server.psql(u"calibrations"_s, u"SELECT count(*) FROM calibration"_s), u"2"_s);
        QCOMPARE(m_server.psql(u"calibrations"_s, u"SELECT string_agg(certificate, ',' ORDER BY finished_utc) FROM calibration"_s),
                 u"PSC-20260302-001,PSC-20260302-002"_s);

        // Read back whole: the result's JSON gives the hash the workstation sealed.
        auto listed = Archive::listCalibrations(archive);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).certificate, u"PSC-20260302-002"_s);  // newest first
        for (const Archive::ArchivedCalibration &c : std::as_const(*listed)) {
            const auto result = Calibration::CalibrationResult::fromJson(c.result);
            QVERIFY(result);
            QCOMPARE(result->contentHash(), c.contentHash.toLatin1());
            QVERIFY(c.contentHash.toLatin1() == hashes[0] || c.contentHash.toLatin1() == hashes[1]);
            QCOMPARE(c.uuid, Archive::calibrationUuid(Archive::Workstation::local().uuid, c.certificate));
        }
        QCOMPARE(Archive::listCalibrations(archive, u"nobody"_s)->size(), 0);
    }

    void pumpctlPushesAndListsWithThePasswordFromTheEnvironment()
    {
        createDatabase(u"cli"_s);
        QTemporaryDir data;
        const QString records = QDir(data.path()).filePath(u"records"_s);
        QVERIFY(QDir().mkpath(records));
        QVERIFY(QFile::copy(m_record, QDir(records).filePath(QFileInfo(m_record).fileName())));
        qint64 entries = 0;
        {
            QVERIFY(QDir().mkpath(QDir(data.path()).filePath(u"audit"_s)));
            Audit::AuditTrail trail;
            QVERIFY(trail.open(QDir(data.path()).filePath(u"audit/trail.sqlite"_s)));
            Audit::Actor actor{u"jdoe"_s, u"Jane Doe"_s, u"operator"_s, u"jane"_s, u"bench-1"_s};
            for (int i = 0; i < 3; ++i)
                QVERIFY(trail.append(actor, Audit::AuditDraft{u"pump-command"_s, u"Pump 1"_s, u"Speed %1 rpm"_s.arg(i), {}, {}, {}, {}}));
            entries = *trail.count();  // with the trail's own first entry
        }
        const auto pumpctl = [&](const QStringList &args, const QString &password, QByteArray *out, QByteArray *err) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"PGPASSWORD"_s, password);
            p.setProcessEnvironment(env);
            p.start(kPumpctl, QStringList{u"--data-dir"_s, data.path()} + args);
            p.waitForFinished(120000);
            *out = p.readAllStandardOutput();
            *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out;
        QByteArray err;
        QCOMPARE(pumpctl({u"records"_s, u"push"_s, u"--archive"_s, m_server.url(u"cli"_s)}, m_server.password, &out, &err), 0);
        QVERIFY2(out.contains("1 run"), out.constData());
        QVERIFY2(out.contains(QByteArray::number(entries) + " audit"), out.constData());
        QVERIFY(!out.contains(m_server.password.toUtf8()) && !err.contains(m_server.password.toUtf8()));
        QCOMPARE(m_server.psql(u"cli"_s, u"SELECT count(*) FROM audit_entry"_s), QString::number(entries));

        QCOMPARE(pumpctl({u"records"_s, u"push"_s, u"--archive"_s, m_server.url(u"cli"_s)}, m_server.password, &out, &err), 0);
        QCOMPARE(m_server.psql(u"cli"_s, u"SELECT count(*) FROM audit_entry"_s), QString::number(entries));  // nothing twice

        QCOMPARE(pumpctl({u"records"_s, u"list"_s, u"--archive"_s, m_server.url(u"cli"_s), u"--json"_s}, m_server.password, &out, &err), 0);
        const QJsonObject listed = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(listed.value(u"file"_s).toString(), QFileInfo(m_record).fileName());
        QCOMPARE(listed.value(u"operator"_s).toString(), u"Jane Doe"_s);

        // No server there, or the wrong password: a clear message and exit 3.
        QCOMPARE(pumpctl({u"records"_s, u"push"_s, u"--archive"_s, m_server.url(u"cli"_s)}, u"wrong-password"_s, &out, &err), 3);
        QVERIFY2(err.contains("Cannot connect to the archive"), err.constData());
        QVERIFY(!err.contains("wrong-password"));
        const QString nowhere = u"postgresql://x@127.0.0.1:%1/cli"_s.arg(freeLoopbackPort());
        QCOMPARE(pumpctl({u"records"_s, u"list"_s, u"--archive"_s, nowhere}, {}, &out, &err), 3);
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
