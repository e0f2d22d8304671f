// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
//
// Remote commands against a real Mosquitto started here on a free loopback port: the real
// `pumpctl monitor --mqtt URL --remote-commands` drives a simulated Reglo ICC on a pseudo-
// terminal (simulated in this process, so the test reads the pump's own state, not what pumpctl
// says about it); commands are sent with mosquitto_pub and the replies read with mosquitto_sub,
// both independent clients. Accounts and API tokens are made with Session and `pumpctl users
// token`; the audit trail is read back afterwards.
#include "accounts/accountstore.h"
#include "accounts/session.h"
#include "audit/audittrail.h"
#include "core/paths.h"
#include "support/mosquittobroker.h"
#include "support/simpumprig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;
using namespace PumpStudio::Test;

namespace {

const QString kPumpctl = QStringLiteral(PUMPCTL_EXECUTABLE);
const QString kBase = u"lab/ws1"_s;
const QString kDevice = u"lab/ws1/device/reglo-icc-1"_s;
const QString kAdminPassword = u"Admin-pass-2026"_s;

QString mosquittoPubExecutable() { return QStandardPaths::findExecutable(u"mosquitto_pub"_s); }

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

/// Runs a program to its end without blocking the event loop (the simulated pump lives on it).
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 20000))
        p.kill();
    p.waitForFinished(1000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

/// One broker, pump and monitor for the whole case (a few seconds in all): the slots run in
/// order, and the later ones start from where the earlier left the pump.
class TestRemoteCommands final : public QObject
{
    Q_OBJECT

    MosquittoBroker m_broker;
    QTemporaryDir m_data;
    SimPumpRig m_rig;
    QProcess m_monitor;
    QByteArray m_monitorErr;
    Subscriber m_replies;
    QString m_techToken;
    QString m_reviewerToken;
    QString m_disabledToken;
    double m_initialRpm = 0;
    QString m_retainedId;

    QProcessEnvironment adminEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PUMPSTUDIO_PASSWORD"_s, kAdminPassword);
        return env;
    }

    /// mosquitto_pub: QoS 1 on the pump's command topic.
    bool send(const QByteArray &payload)
    {
        const Run r = run(mosquittoPubExecutable(), m_broker.subArgs() + QStringList{u"-q"_s, u"1"_s, u"-t"_s, kDevice + u"/cmd"_s,
                                                                                    u"-m"_s, QString::fromUtf8(payload)});
        return r.exitCode == 0;
    }

    QJsonObject command(const QString &id, const QString &user, const QString &token, const QString &name,
                        const QJsonObject &extra = {}) const
    {
        QJsonObject o{{u"id"_s, id}, {u"user"_s, user}, {u"token"_s, token}, {u"command"_s, name}, {u"client"_s, u"tst_remotecommands"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }

    /// The replies to `id` received so far.
    QList<QJsonObject> repliesTo(const QString &id) const
    {
        QList<QJsonObject> out;
        for (const QByteArray &payload : m_replies.payloads(kDevice + u"/reply"_s)) {
            const QJsonObject o = QJsonDocument::fromJson(payload).object();
            if ((id.isEmpty() && o.value(u"id"_s).isNull()) || (!id.isEmpty() && o.value(u"id"_s).toString() == id))
                out.append(o);
        }
        return out;
    }

    /// Sends and waits for the one reply.
    QJsonObject ask(const QJsonObject &c)
    {
        const QString id = c.value(u"id"_s).toString();
        if (!send(json(c)))
            return {};
        if (!QTest::qWaitFor([&] { return !repliesTo(id).isEmpty(); }, 10000))
            return {};
        return repliesTo(id).constFirst();
    }

    QList<Audit::AuditEntry> auditOf(const QString &id) const
    {
        Audit::AuditTrail trail;
        if (!trail.open(Audit::AuditTrail::defaultPath()))
            return {};
        return trail.entriesWith(Audit::Kind::PumpCommand, u"commandId"_s, id).valueOr({});
    }

    void pumpUntouched()
    {
        QVERIFY(!m_rig.pump->running());
        QCOMPARE(m_rig.pump->targetRpm(), m_initialRpm);  // the speed it had before any command
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (mosquittoExecutable().isEmpty() || mosquittoSubExecutable().isEmpty() || mosquittoPubExecutable().isEmpty())
            QSKIP("mosquitto, mosquitto_sub or mosquitto_pub is not installed (Debian: mosquitto, mosquitto-clients)");
        QVERIFY(m_data.isValid());
        Paths::setDataDir(m_data.path());
        {
            // Accounts as an administrator sets them up: one per role under test, and one disabled.
            Accounts::AccountStore accounts;
            accounts.setPasswordIterations(1000);
            QVERIFY(accounts.open(Accounts::AccountStore::defaultPath()));
            Audit::AuditTrail trail;
            QVERIFY(trail.open(Audit::AuditTrail::defaultPath()));
            Accounts::Session session(accounts, trail);
            QVERIFY(session.createAccount(u"admin"_s, u"Ada Admin"_s, Accounts::Role::Administrator, kAdminPassword));
            QVERIFY(session.logIn(u"admin"_s, kAdminPassword));
            QVERIFY(session.createAccount(u"tech"_s, u"Tom Tech"_s, Accounts::Role::Technician, u"Tech-pass-2026"_s));
            QVERIFY(session.createAccount(u"rev"_s, u"Rita Reviewer"_s, Accounts::Role::Reviewer, u"Rev-pass-2026"_s));
            QVERIFY(session.createAccount(u"gone"_s, u"Gil Gone"_s, Accounts::Role::Technician, u"Gone-pass-2026"_s));
            auto reviewer = session.createApiToken(u"rev"_s);
            auto disabled = session.createApiToken(u"gone"_s);
            QVERIFY(reviewer && disabled);
            m_reviewerToken = reviewer->second;
            m_disabledToken = disabled->second;
            QVERIFY(session.setEnabled(u"gone"_s, false, u"left the lab"_s));
            session.logOff();
        }
        // The technician's token the way an administrator makes it: printed once by pumpctl.
        const Run created = run(kPumpctl, {u"--data-dir"_s, m_data.path(), u"--user"_s, u"admin"_s, u"users"_s, u"token"_s,
                                           u"create"_s, u"tech"_s}, adminEnv());
        QVERIFY2(created.exitCode == 0, created.err.constData());
        m_techToken = QString::fromUtf8(created.out).trimmed();
        QVERIFY2(m_techToken.startsWith(u"pst_"_s), created.out.constData());
        {
            Accounts::AccountStore accounts;
            QVERIFY(accounts.open(Accounts::AccountStore::defaultPath()));
            const auto tokens = accounts.apiTokens(u"tech"_s);
            QCOMPARE(tokens.size(), 1);
            QVERIFY(!tokens.first().sha256.contains(m_techToken.toUtf8()));  // only the hash is kept
        }

        QVERIFY(m_broker.start());
        QVERIFY(m_rig.openSimulated(u"reglo-icc"_s));
        // A retained command, waiting on the broker before the workstation comes: it would act
        // at every reconnect, so it must never act (nor be answered), however good its token.
        m_retainedId = newId();
        const Run retained = run(mosquittoPubExecutable(), m_broker.subArgs() + QStringList{
            u"-q"_s, u"1"_s, u"-r"_s, u"-t"_s, kDevice + u"/cmd"_s, u"-m"_s,
            QString::fromUtf8(json(command(m_retainedId, u"tech"_s, m_techToken, u"start"_s)))});
        QCOMPARE(retained.exitCode, 0);
        m_replies.start(m_broker, {kDevice + u"/reply"_s, kDevice + u"/identity"_s, kBase + u"/info"_s});
        connect(&m_monitor, &QProcess::readyReadStandardError, this, [this] { m_monitorErr += m_monitor.readAllStandardError(); });
        m_monitor.start(kPumpctl, {u"--data-dir"_s, m_data.path(), u"--port"_s, m_rig.path(), u"--model"_s, u"reglo-icc"_s,
                                   u"monitor"_s, u"--seconds"_s, u"300"_s, u"--interval-ms"_s, u"100"_s, u"--mqtt"_s, m_broker.url(),
                                   u"--mqtt-prefix"_s, u"lab"_s, u"--mqtt-workstation"_s, u"ws1"_s, u"--remote-commands"_s});
        // The pump's retained identity: the monitor is connected, knows the pump, and our
        // subscription stands (it came through it).
        QTRY_VERIFY2_WITH_TIMEOUT(!m_replies.payloads(kDevice + u"/identity"_s).isEmpty(), m_monitorErr.constData(), 15000);
        QVERIFY2(m_monitorErr.contains("remote commands are taken on lab/ws1/device/+/cmd"), m_monitorErr.constData());
        QVERIFY(!m_rig.pump->running());
        m_initialRpm = m_rig.pump->targetRpm();
        // The workstation says it takes commands.
        QTRY_VERIFY_WITH_TIMEOUT(!m_replies.payloads(kBase + u"/info"_s).isEmpty(), 5000);
        QVERIFY(QJsonDocument::fromJson(m_replies.payloads(kBase + u"/info"_s).constLast()).object().value(u"remoteCommands"_s).toBool());
        QVERIFY(m_initialRpm < 30);
    }

    void cleanupTestCase()
    {
        if (m_monitor.state() == QProcess::NotRunning)
            return;
        m_monitor.terminate();  // SIGTERM: the monitor ends cleanly
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor.state() == QProcess::NotRunning, 15000);
        QCOMPARE(m_monitor.exitCode(), 0);
    }

    void commandWithoutOrWithAWrongTokenIsRefusedAndThePumpUntouched()
    {
        const QString none = newId();
        const QJsonObject noToken = ask(command(none, u"tech"_s, {}, u"start"_s));
        QCOMPARE(noToken.value(u"ok"_s).toBool(true), false);
        QCOMPARE(noToken.value(u"reason"_s).toString(), u"unauthenticated"_s);
        QVERIFY2(noToken.value(u"error"_s).toString().contains(u"token"_s), qPrintable(noToken.value(u"error"_s).toString()));

        const QString wrong = newId();
        const QJsonObject wrongToken = ask(command(wrong, u"tech"_s, m_techToken + u"x"_s, u"start"_s));
        QCOMPARE(wrongToken.value(u"ok"_s).toBool(true), false);
        QCOMPARE(wrongToken.value(u"reason"_s).toString(), u"unauthenticated"_s);
        // Another user's token is as wrong as a made-up one.
        const QJsonObject othersToken = ask(command(newId(), u"tech"_s, m_reviewerToken, u"start"_s));
        QCOMPARE(othersToken.value(u"reason"_s).toString(), u"unauthenticated"_s);
        pumpUntouched();

        // The retained command left before the monitor started was neither obeyed nor answered
        // (its answer would be here by now: later commands were answered).
        QVERIFY(repliesTo(m_retainedId).isEmpty());
        QVERIFY(auditOf(m_retainedId).isEmpty());

        // Refusals are audited too, with the name the sender claimed, never as that user.
        for (const QString &id : {none, wrong}) {
            const auto entries = auditOf(id);
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().details.value(u"outcome"_s).toString(), u"refused"_s);
            QCOMPARE(entries.first().details.value(u"remoteUser"_s).toString(), u"tech"_s);
            QCOMPARE(entries.first().details.value(u"via"_s).toString(), u"remote via MQTT"_s);
            QCOMPARE(entries.first().details.value(u"client"_s).toString(), u"tst_remotecommands"_s);
            QVERIFY(entries.first().actor.userId != u"tech"_s);
        }
    }

    void malformedMessagesAreAnsweredNamingTheProblem()
    {
        QVERIFY(send("this is not JSON"));
        QTRY_VERIFY_WITH_TIMEOUT(!repliesTo({}).isEmpty(), 10000);
        const QJsonObject notJson = repliesTo({}).constLast();
        QCOMPARE(notJson.value(u"reason"_s).toString(), u"malformed"_s);
        QVERIFY2(notJson.value(u"error"_s).toString().contains(u"JSON"_s), qPrintable(notJson.value(u"error"_s).toString()));

        const QJsonObject unknown = ask(command(newId(), u"tech"_s, m_techToken, u"explode"_s));
        QCOMPARE(unknown.value(u"reason"_s).toString(), u"malformed"_s);
        QVERIFY(unknown.value(u"error"_s).toString().contains(u"explode"_s));

        const QJsonObject noValue = ask(command(newId(), u"tech"_s, m_techToken, u"setpoint"_s));
        QCOMPARE(noValue.value(u"reason"_s).toString(), u"malformed"_s);
        QVERIFY(noValue.value(u"error"_s).toString().contains(u"rpm"_s));

        const QJsonObject badNumber = ask(command(newId(), u"tech"_s, m_techToken, u"setpoint"_s, {{u"rpm"_s, u"fast"_s}}));
        QCOMPARE(badNumber.value(u"reason"_s).toString(), u"malformed"_s);
        QVERIFY(badNumber.value(u"error"_s).toString().contains(u"\"rpm\" must be a number"_s));

        pumpUntouched();
        QCOMPARE(m_monitor.state(), QProcess::Running);  // never a crash
    }

    void userWithoutTheRoleIsRefused()
    {
        // A reviewer reads and signs but controls no pump.
        const QString id = newId();
        const QJsonObject reviewer = ask(command(id, u"rev"_s, m_reviewerToken, u"start"_s));
        QCOMPARE(reviewer.value(u"ok"_s).toBool(true), false);
        QCOMPARE(reviewer.value(u"reason"_s).toString(), u"forbidden"_s);
        QVERIFY2(reviewer.value(u"error"_s).toString().contains(u"control pumps"_s), qPrintable(reviewer.value(u"error"_s).toString()));
        const auto entries = auditOf(id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor.userId, u"rev"_s);  // authenticated: refused as who it is
        QCOMPARE(entries.first().details.value(u"outcome"_s).toString(), u"refused"_s);

        // A disabled account's token no longer works.
        const QJsonObject disabled = ask(command(newId(), u"gone"_s, m_disabledToken, u"start"_s));
        QCOMPARE(disabled.value(u"reason"_s).toString(), u"unauthenticated"_s);
        QVERIFY(disabled.value(u"error"_s).toString().contains(u"disabled"_s));
        pumpUntouched();
    }

    void outOfRangeSetpointIsRefusedNamingTheLimit()
    {
        const QString id = newId();
        const QJsonObject reply = ask(command(id, u"tech"_s, m_techToken, u"setpoint"_s, {{u"rpm"_s, 500}}));
        QCOMPARE(reply.value(u"ok"_s).toBool(true), false);
        QCOMPARE(reply.value(u"reason"_s).toString(), u"out-of-range"_s);
        const QString error = reply.value(u"error"_s).toString();
        QVERIFY2(error.contains(u"maximum of 100"_s), qPrintable(error));  // the model's limit, named
        pumpUntouched();
        const auto entries = auditOf(id);
        QCOMPARE(entries.size(), 2);  // accepted for the pump's checks, then what they said
        QCOMPARE(entries.at(1).details.value(u"outcome"_s).toString(), u"failed"_s);
        QCOMPARE(entries.at(1).newValue, error);
    }

    void operatorStartsThePumpAndSetsASetpoint()
    {
        const QString setpoint = newId();
        const QJsonObject set = ask(command(setpoint, u"tech"_s, m_techToken, u"setpoint"_s, {{u"rpm"_s, 30}}));
        QVERIFY2(set.value(u"ok"_s).toBool(), json(set).constData());
        QCOMPARE(set.value(u"result"_s).toString(), u"Speed set"_s);
        QVERIFY(!m_rig.pump->running());

        const QString start = newId();
        const QJsonObject started = ask(command(start, u"tech"_s, m_techToken, u"start"_s));
        QVERIFY2(started.value(u"ok"_s).toBool(), json(started).constData());
        // The pump's own state, read from the simulator: running, at the speed set remotely.
        QVERIFY(m_rig.pump->running());
        QCOMPARE(m_rig.pump->targetRpm(), 30.0);

        // Audited: who (the account, remote via MQTT, from which client), what, and how it ended.
        for (const QString &id : {setpoint, start}) {
            const auto entries = auditOf(id);
            QCOMPARE(entries.size(), 2);
            for (const Audit::AuditEntry &e : entries) {
                QCOMPARE(e.actor.userId, u"tech"_s);
                QCOMPARE(e.actor.role, u"technician"_s);
                QCOMPARE(e.details.value(u"via"_s).toString(), u"remote via MQTT"_s);
                QCOMPARE(e.details.value(u"client"_s).toString(), u"tst_remotecommands"_s);
                QCOMPARE(e.details.value(u"pumpId"_s).toString(), u"pumpctl"_s);
            }
            QCOMPARE(entries.at(0).details.value(u"outcome"_s).toString(), u"accepted"_s);
            QCOMPARE(entries.at(1).details.value(u"outcome"_s).toString(), u"done"_s);
        }
        QVERIFY(auditOf(setpoint).first().action.contains(u"Speed 30 rpm"_s));
    }

    void aDuplicateIdActsOnce()
    {
        // The pump runs (the test before started it): a new speed takes effect at once.
        QVERIFY(m_rig.pump->running());
        const QString id = newId();
        const QByteArray payload = json(command(id, u"tech"_s, m_techToken, u"setpoint"_s, {{u"rpm"_s, 40}}));
        QVERIFY(send(payload));
        QTRY_COMPARE_WITH_TIMEOUT(repliesTo(id).size(), 1, 10000);
        QCOMPARE(m_rig.pump->targetRpm(), 40.0);
        // The same message again (a resend), then a later command: its reply comes after
        // whatever the resend caused, so by then a second answer would be here.
        QVERIFY(send(payload));
        const QJsonObject later = ask(command(newId(), u"tech"_s, m_techToken, u"setpoint"_s, {{u"rpm"_s, 41}}));
        QVERIFY(later.value(u"ok"_s).toBool());
        QCOMPARE(repliesTo(id).size(), 1);
        QCOMPARE(auditOf(id).size(), 2);  // accepted and done, once
        QCOMPARE(m_rig.pump->targetRpm(), 41.0);

        const QJsonObject stopped = ask(command(newId(), u"tech"_s, m_techToken, u"stop"_s));
        QVERIFY2(stopped.value(u"ok"_s).toBool(), json(stopped).constData());
        QVERIFY(!m_rig.pump->running());
    }

    void revokedTokenIsRefused()
    {
        const Run list = run(kPumpctl, {u"--data-dir"_s, m_data.path(), u"users"_s, u"token"_s, u"list"_s, u"tech"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject listed = QJsonDocument::fromJson(list.out).object();
        QVERIFY(!listed.value(u"tokens"_s).toArray().isEmpty());
        QVERIFY(!list.out.contains(m_techToken.toUtf8()));
        // Without the administrator nobody may revoke (or create) tokens.
        const Run anonymous = run(kPumpctl, {u"--data-dir"_s, m_data.path(), u"users"_s, u"token"_s, u"revoke"_s, u"tech"_s});
        QCOMPARE(anonymous.exitCode, 4);
        const Run revoked = run(kPumpctl, {u"--data-dir"_s, m_data.path(), u"--user"_s, u"admin"_s, u"users"_s, u"token"_s,
                                           u"revoke"_s, u"tech"_s}, adminEnv());
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
        const QJsonObject reply = ask(command(newId(), u"tech"_s, m_techToken, u"stop"_s));
        QCOMPARE(reply.value(u"reason"_s).toString(), u"unauthenticated"_s);
    }
};

QTEST_GUILESS_MAIN(TestRemoteCommands)
#include "tst_remotecommands.moc"
