// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The real pumpctl on a data folder of its own (XDG_DATA_HOME): what QA runs.
#include "accounts/session.h"
#include "audit/audittrail.h"
#include "audit/recordseals.h"
#include "core/paths.h"
#include "records/recordseal.h"
#include "records/runcatalog.h"
#include "records/runrecordwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

bool sql(const QString &path, const QString &statement)
{
    static int n = 0;
    const QString name = u"pumpctl-sql-%1"_s.arg(++n);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

class TestPumpctlAudit final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run pumpctl(const QStringList &arguments, const QString &password = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.path());
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"en"_s);
        if (!password.isEmpty())
            env.insert(u"PUMPSTUDIO_PASSWORD"_s, password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PUMPCTL_EXECUTABLE), arguments);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {};
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    /// A finished record in the data folder's records, sealed in its trail.
    QString sealedRecord(const QString &name)
    {
        const QString path = QDir(Records::RunCatalog::defaultFolder()).filePath(name);
        Records::RunRecordWriter writer;
        Records::RunInfo info;
        info.startUtc = QDateTime::currentDateTimeUtc();
        info.operatorName = u"Jane Doe (jdoe)"_s;
        if (!writer.create(path, info))
            return {};
        Records::ChannelInfo channel;
        channel.id = 1;
        channel.name = u"Reglo flow"_s;
        channel.unit = u"mL/min"_s;
        (void)writer.addChannel(channel);
        for (int i = 0; i < 50; ++i)
            writer.appendSample(1, Records::Sample{i * 200'000LL, float(i) / 10});
        (void)writer.finish(Records::EndReason::Completed);
        Audit::AuditTrail trail;
        if (!trail.open(Audit::AuditTrail::defaultPath()))
            return {};
        auto seal = Records::computeSeal(path);
        if (!seal || !Audit::appendSeal(trail, Audit::systemActor(), seal->fileName, seal->startUtc, seal->contentHash, u"completed"_s, {}))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // This process works on the folder pumpctl will find through XDG_DATA_HOME.
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        Paths::setDataDir(Paths::guiDataDir());
        QVERIFY(Paths::dataDir().startsWith(m_home.path()));
    }

    void auditVerifySaysIntactThenNamesTheBrokenEntryWithExit6()
    {
        {
            Audit::AuditTrail trail;
            QVERIFY(trail.open(Audit::AuditTrail::defaultPath()));
            for (int i = 0; i < 5; ++i) {
                Audit::AuditDraft d;
                d.kind = Audit::Kind::PumpCommand;
                d.target = u"Reglo"_s;
                d.action = u"Speed %1 rpm"_s.arg(i);
                QVERIFY(trail.append(Audit::systemActor(), d));
            }
        }
        Run ok = pumpctl({u"audit"_s, u"verify"_s});
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains(u"entries checked: the audit trail is intact"_s), qPrintable(ok.out + ok.err));
        Run json = pumpctl({u"audit"_s, u"verify"_s, u"--json"_s});
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(o.value(u"intact"_s).toBool());
        QVERIFY(o.value(u"checked"_s).toInt() >= 6);

        QVERIFY(sql(Audit::AuditTrail::defaultPath(), u"UPDATE entry SET action = 'Speed 99 rpm' WHERE seq = 3"_s));
        Run broken = pumpctl({u"audit"_s, u"verify"_s});
        QCOMPARE(broken.code, 6);
        QVERIFY2(broken.out.contains(u"BROKEN at entry 3"_s), qPrintable(broken.out));
        QVERIFY2(broken.out.contains(u"Entry 3 was changed"_s), qPrintable(broken.out));
        // Put back, so the next tests start from an intact trail.
        QVERIFY(sql(Audit::AuditTrail::defaultPath(), u"UPDATE entry SET action = 'Speed 1 rpm' WHERE seq = 3"_s));
        QCOMPARE(pumpctl({u"audit"_s, u"verify"_s}).code, 0);
    }

    void auditShowPrintsAndFilters()
    {
        Run all = pumpctl({u"audit"_s, u"show"_s, u"--json"_s});
        QCOMPARE(all.code, 0);
        const QStringList lines = all.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 6);
        QCOMPARE(QJsonDocument::fromJson(lines.first().toUtf8()).object().value(u"seq"_s).toInt(), 1);
        Run future = pumpctl({u"audit"_s, u"show"_s, u"--since"_s, u"2999-01-01T00:00:00Z"_s});
        QCOMPARE(future.code, 0);
        QVERIFY(future.out.isEmpty());
        QCOMPARE(pumpctl({u"audit"_s, u"show"_s, u"--since"_s, u"yesterday"_s}).code, 2);
    }

    void recordsVerifyFailsWithExit6AfterAnSqlEdit()
    {
        const QString path = sealedRecord(u"run-a.psrun"_s);
        QVERIFY(!path.isEmpty());
        Run ok = pumpctl({u"records"_s, u"verify"_s, u"run-a.psrun"_s});
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains(u"run-a.psrun: verified"_s), qPrintable(ok.out + ok.err));
        QVERIFY(sql(path, u"UPDATE run SET operator = 'Mallory'"_s));
        Run changed = pumpctl({u"records"_s, u"verify"_s, path});
        QCOMPARE(changed.code, 6);
        QVERIFY2(changed.out.contains(u"changed after it was finished"_s), qPrintable(changed.out));
        Run list = pumpctl({u"records"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(u"\"integrity\":\"changed\""_s), qPrintable(list.out));
    }

    void recordsExportWritesCsvAndAnAuditEntry()
    {
        const QString path = sealedRecord(u"run-b.psrun"_s);
        const QString csv = m_home.filePath(u"b.csv"_s);
        Run exported = pumpctl({u"records"_s, u"export"_s, u"run-b"_s, u"--csv"_s, csv});
        QCOMPARE(exported.code, 0);
        QVERIFY(QFile::exists(csv));
        Audit::AuditTrail trail;
        QVERIFY(trail.open(Audit::AuditTrail::defaultPath()));
        Audit::AuditFilter f;
        f.kinds = {Audit::Kind::Export};
        auto exports = trail.entries(f);
        QVERIFY(exports && !exports->isEmpty());
        QCOMPARE(exports->last().target, u"run-b.psrun"_s);
        QCOMPARE(exports->last().actor.osUser, Audit::osUserName());
    }

    void pumpCommandsAreAuditedAndRefusedByRole()
    {
        // Open mode: the OS user acts; the command is in the trail before the port is opened.
        Run open = pumpctl({u"--port"_s, u"/nonexistent/ttyPS0"_s, u"--model"_s, u"reglo-icc"_s, u"speed"_s, u"45.5"_s});
        QCOMPARE(open.code, 3);  // the port does not exist
        Audit::AuditTrail trail;
        QVERIFY(trail.open(Audit::AuditTrail::defaultPath()));
        Audit::AuditFilter f;
        f.kinds = {Audit::Kind::PumpCommand};
        QCOMPARE(trail.entries(f)->last().action, u"Speed 45.5 rpm"_s);
        QCOMPARE(trail.entries(f)->last().actor.role, u"operator"_s);
        QCOMPARE(trail.entries(f)->last().details.value(u"by"_s).toString(), u"pumpctl"_s);

        // Controlled mode: a reviewer is refused with exit 4 and nothing is sent.
        Accounts::AccountStore accounts;
        QVERIFY(accounts.open(Accounts::AccountStore::defaultPath()));
        accounts.setPasswordIterations(1000);
        Accounts::Session session(accounts, trail);
        QVERIFY(session.createAccount(u"admin"_s, u"Ada Admin"_s, Accounts::Role::Administrator, u"admin-pass-1"_s));
        QVERIFY(session.logIn(u"admin"_s, u"admin-pass-1"_s));
        QVERIFY(session.createAccount(u"qa"_s, u"Quinn Qa"_s, Accounts::Role::Reviewer, u"qa-pass-123"_s));
        QVERIFY(session.createAccount(u"tech"_s, u"Tom Tech"_s, Accounts::Role::Technician, u"tech-pass-12"_s));
        Accounts::Policy p = session.policy();
        p.mode = Accounts::Mode::Controlled;
        QVERIFY(session.setPolicy(p));
        session.logOff();

        const QStringList start{u"--port"_s, u"/nonexistent/ttyPS0"_s, u"--model"_s, u"reglo-icc"_s, u"start"_s};
        Run nobody = pumpctl(start);
        QCOMPARE(nobody.code, 4);
        QVERIFY2(nobody.err.contains(u"--user"_s), qPrintable(nobody.err));
        Run reviewer = pumpctl(QStringList(start) << u"--user"_s << u"qa"_s, u"qa-pass-123"_s);
        QCOMPARE(reviewer.code, 4);
        QVERIFY2(reviewer.err.contains(u"Reviewer"_s), qPrintable(reviewer.err));
        Run wrong = pumpctl(QStringList(start) << u"--user"_s << u"tech"_s, u"not-the-password-1"_s);
        QCOMPARE(wrong.code, 4);
        const qint64 before = trail.entries(f)->size();
        Run tech = pumpctl(QStringList(start) << u"--user"_s << u"tech"_s, u"tech-pass-12"_s);
        QCOMPARE(tech.code, 3);  // allowed, audited, then the port is missing
        QCOMPARE(trail.entries(f)->size(), before + 1);
        QCOMPARE(trail.entries(f)->last().actor.userId, u"tech"_s);
        QCOMPARE(pumpctl({u"audit"_s, u"verify"_s}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestPumpctlAudit)
#include "tst_pumpctlaudit.moc"
