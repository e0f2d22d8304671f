// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The trail's hash chain against real SQL on the real file: a changed, deleted, inserted or
// reordered entry is found and named.
#include "audit/auditexport.h"
#include "audit/audittrail.h"
#include "core/paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Audit;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A second connection to the file, as someone with sqlite3 would have.
class Tamper
{
public:
    explicit Tamper(const QString &path) : m_name(u"tamper-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
    }
    ~Tamper()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    }

private:
    QString m_name;
    static inline int s_count = 0;
};

Actor jane() { return Actor{u"jdoe"_s, u"Jane Doe"_s, u"technician"_s, u"jane"_s, u"bench-1"_s}; }

AuditDraft draft(int n)
{
    AuditDraft d;
    d.kind = Kind::PumpCommand;
    d.target = u"Reglo ICC #%1"_s.arg(n % 2 + 1);
    d.action = u"Speed %1 rpm"_s.arg(n * 10);
    d.oldValue = u"Speed %1 rpm"_s.arg(n * 10 - 10);
    d.newValue = u"Speed %1 rpm"_s.arg(n * 10);
    d.details = QJsonObject{{u"pumpId"_s, u"p%1"_s.arg(n % 2 + 1)}};
    return d;
}

} // namespace

class TestAuditTrail final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

    /// A fresh trail with the first entry (created) and six more: seq 1..7.
    QString filled(AuditTrail &trail)
    {
        const QString path = m_dir.filePath(u"trail-%1.sqlite"_s.arg(++m_n));
        trail.setClock([this] { return m_now = m_now.addSecs(1); });
        if (!trail.open(path))
            return {};
        for (int i = 1; i <= 6; ++i) {
            if (!trail.append(jane(), draft(i)))
                return {};
        }
        return path;
    }

    VerifyReport verified(AuditTrail &trail)
    {
        auto report = trail.verify();
        if (!report)
            qWarning() << report.error().message;
        return report ? *report : VerifyReport{};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anUntouchedChainVerifies()
    {
        AuditTrail trail;
        const QString path = filled(trail);
        QVERIFY(!path.isEmpty());
        const VerifyReport report = verified(trail);
        QVERIFY(report.intact);
        QCOMPARE(report.checked, 7);
        QCOMPARE(report.lastSeq, 7);
        auto all = trail.entries();
        QVERIFY(all);
        QCOMPARE(all->size(), 7);
        QCOMPARE(all->first().kind, Kind::Trail);
        QCOMPARE(all->first().previousHash, genesisHash());
        for (qsizetype i = 1; i < all->size(); ++i)
            QCOMPARE(all->at(i).previousHash, all->at(i - 1).hash);
        QCOMPARE(report.headHash, all->last().hash);
        // The fake clock's times, with the workstation's offset beside them.
        QCOMPARE(all->at(2).timeUtc, QDateTime(QDate(2026, 3, 1), QTime(9, 0, 3), Qt::UTC));
        QCOMPARE(all->at(2).actor, jane());
    }

    void filesAreForTheOwnerOnly()
    {
        AuditTrail trail;
        const QString path = filled(trail);
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
        QCOMPARE(QFile::permissions(path + u"-wal"_s) & others, QFile::Permissions());
        const QString folder = Paths::privateSubdir(u"audit"_s);
        QCOMPARE(QFile::permissions(folder) & (others | QFile::ExeGroup | QFile::ExeOther), QFile::Permissions());
        QCOMPARE(QFile::permissions(Paths::dataDir()) & (others | QFile::ExeGroup | QFile::ExeOther), QFile::Permissions());
    }

    void aChangedEntryIsNamed()
    {
        AuditTrail trail;
        const QString path = filled(trail);
        Tamper(path).exec(u"UPDATE entry SET new_value = 'Speed 5 rpm' WHERE seq = 4"_s);
        const VerifyReport report = verified(trail);
        QVERIFY(!report.intact);
        QCOMPARE(report.brokenSeq, 4);
        QVERIFY2(report.problem.contains(u"changed"_s), qPrintable(report.problem));
    }

    void aChangedEntryWithItsHashRecomputedIsFoundAtTheNext()
    {
        AuditTrail trail;
        const QString path = filled(trail);
        auto all = trail.entries();
        QVERIFY(all);
        AuditEntry forged = all->at(3);  // seq 4
        forged.actor.userId = u"someone-else"_s;
        forged.hash = computeHash(forged);
        Tamper(path).exec(u"UPDATE entry SET user_id = ?, hash = ? WHERE seq = 4"_s, {forged.actor.userId, QString::fromLatin1(forged.hash)});
        const VerifyReport report = verified(trail);
        QVERIFY(!report.intact);
        QCOMPARE(report.brokenSeq, 5);
        QVERIFY2(report.problem.contains(u"entry 4"_s), qPrintable(report.problem));
    }

    void aDeletedEntryIsNamed()
    {
        AuditTrail trail;
        const QString path = filled(trail);
        Tamper(path).exec(u"DELETE FROM entry WHERE seq = 3"_s);
        const VerifyReport report = verified(trail);
        QVERIFY(!report.intact);
        QCOMPARE(report.brokenSeq, 3);
        QVERIFY2(report.problem.contains(u"missing"_s), qPrintable(report.problem));
        QCOMPARE(report.checked, 3);  // 1, 2, then the 4 that stands where 3 was
    }

    void aDeletedEntryWithTheRestRenumberedIsNamed()
    {
        AuditTrail trail;
        const QString path = filled(trail);
        Tamper tamper(path);
        tamper.exec(u"DELETE FROM entry WHERE seq = 3"_s);
        for (int seq = 4; seq <= 7; ++seq)
            tamper.exec(u"UPDATE entry SET seq = ? WHERE seq = ?"_s, {seq - 1, seq});
        const VerifyReport report = verified(trail);
        QVERIFY(!report.intact);
        QCOMPARE(report.brokenSeq, 3);
        QVERIFY2(report.problem.contains(u"deleted"_s), qPrintable(report.problem));
    }

    void anInsertedEntryIsNamed()
    {
        AuditTrail trail;
        const QString path = filled(trail);
        auto all = trail.entries();
        QVERIFY(all);
        Tamper tamper(path);
        for (int seq = 7; seq >= 3; --seq)
            tamper.exec(u"UPDATE entry SET seq = ? WHERE seq = ?"_s, {seq + 1, seq});
        // A well-made forgery at 3: chained to 2 and with a correct hash of its own.
        AuditEntry forged = all->at(2);
        forged.action = u"Speed 999 rpm"_s;
        forged.hash = computeHash(forged);
        tamper.exec(u"INSERT INTO entry(seq, time_utc, utc_offset_s, user_id, user_name, role, os_user, workstation, kind, target,"
                    " action, old_value, new_value, reason, details, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {forged.seq, forged.timeUtc.toString(Qt::ISODateWithMs), forged.utcOffsetSeconds, forged.actor.userId,
                     forged.actor.fullName, forged.actor.role, forged.actor.osUser, forged.actor.workstation, forged.kind,
                     forged.target, forged.action, forged.oldValue, forged.newValue, forged.reason,
                     QString::fromUtf8(QJsonDocument(forged.details).toJson(QJsonDocument::Compact)),
                     QString::fromLatin1(forged.previousHash), QString::fromLatin1(forged.hash)});
        const VerifyReport report = verified(trail);
        QVERIFY(!report.intact);
        QCOMPARE(report.brokenSeq, 3);
        QVERIFY2(report.problem.contains(u"inserted"_s), qPrintable(report.problem));
    }

    void anEntryAppendedOutsideTheChainIsNamed()
    {
        AuditTrail trail;
        const QString path = filled(trail);
        Tamper(path).exec(u"INSERT INTO entry(seq, time_utc, utc_offset_s, kind, prev_hash, hash) VALUES(8, '2026-03-01T09:00:00.000Z', 0,"
                          " 'pump-command', 'x', 'y')"_s);
        const VerifyReport report = verified(trail);
        QVERIFY(!report.intact);
        QCOMPARE(report.brokenSeq, 8);
    }

    void reorderedEntriesAreNamed()
    {
        AuditTrail trail;
        const QString path = filled(trail);
        Tamper tamper(path);
        // Swap 3 and 4 by their numbers, content and hashes untouched.
        tamper.exec(u"UPDATE entry SET seq = 100 WHERE seq = 3"_s);
        tamper.exec(u"UPDATE entry SET seq = 3 WHERE seq = 4"_s);
        tamper.exec(u"UPDATE entry SET seq = 4 WHERE seq = 100"_s);
        const VerifyReport report = verified(trail);
        QVERIFY(!report.intact);
        QCOMPARE(report.brokenSeq, 3);
        QVERIFY2(report.problem.contains(u"reordered"_s), qPrintable(report.problem));
    }

    void anEmptiedTrailIsNotIntact()
    {
        AuditTrail trail;
        const QString path = filled(trail);
        Tamper(path).exec(u"DELETE FROM entry"_s);
        QVERIFY(!verified(trail).intact);
    }

    void twoProgramsAppendingMakeOneChain()
    {
        AuditTrail gui;
        const QString path = filled(gui);
        AuditTrail pumpctl;
        QVERIFY(pumpctl.open(path));
        for (int i = 0; i < 10; ++i) {
            QVERIFY(gui.append(jane(), draft(i)));
            QVERIFY(pumpctl.append(jane(), draft(i + 100)));
        }
        const VerifyReport report = verified(gui);
        QVERIFY(report.intact);
        QCOMPARE(report.checked, 27);
    }

    void filtersByTimeUserPumpAndKind()
    {
        AuditTrail trail;
        filled(trail);
        AuditFilter f;
        f.pump = u"Reglo ICC #1"_s;
        auto byPump = trail.entries(f);
        QVERIFY(byPump);
        QCOMPARE(byPump->size(), 3);
        f = {};
        f.kinds = {Kind::Trail};
        QCOMPARE(trail.entries(f)->size(), 1);
        f = {};
        f.user = u"jdoe"_s;
        QCOMPARE(trail.entries(f)->size(), 6);
        f = {};
        const auto all = trail.entries();
        QVERIFY(all);
        f.since = all->at(3).timeUtc;
        f.until = all->at(5).timeUtc;
        QCOMPARE(trail.entries(f)->size(), 2);
        f = {};
        f.text = u"speed 30"_s;
        QCOMPARE(trail.entries(f)->size(), 2);  // one as the new value, one as the old
    }

    void exportsForMachines()
    {
        AuditTrail trail;
        filled(trail);
        auto all = trail.entries();
        QVERIFY(all);
        const QString json = m_dir.filePath(u"trail.json"_s);
        const QString csv = m_dir.filePath(u"trail.csv"_s);
        QVERIFY(exportEntries(*all, json, true));
        QVERIFY(exportEntries(*all, csv, false));
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(j.readAll()).array();
        QCOMPARE(array.size(), 7);
        QCOMPARE(array.at(3).toObject().value(u"hash"_s).toString().toLatin1(), all->at(3).hash);
        QCOMPARE(array.at(3).toObject().value(u"userName"_s).toString(), u"Jane Doe"_s);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = c.readAll().split('\n');
        QCOMPARE(lines.size(), 9);  // header, 7 rows, the empty tail
        QVERIFY(lines.at(0).startsWith("seq,time_utc,time_local,user_id"));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
