// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
//
// Remote commands as the GUI takes them, without a broker: the gate decides, and what it
// accepts goes through the real DeviceService to a simulated Reglo ICC on a pseudo-terminal
// (the device thread and driver every local command uses, so the model's limits are checked
// there before anything is sent). Whoever is logged in at the workstation does not matter: the
// remote user's own role does.
#include "accounts/accountstore.h"
#include "accounts/session.h"
#include "audit/audittrail.h"
#include "core/appsettings.h"
#include "profiles/profileformat.h"
#include "profiles/profilelibrary.h"
#include "services/deviceservice.h"
#include "services/remotecommandservice.h"
#include "support/simpumprig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;

namespace {
const QString kPump = u"p1"_s;
const QString kLevel = u"pump-1"_s;

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
} // namespace

class TestRemoteCommandService final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::SimPumpRig m_rig;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Accounts::AccountStore> m_accounts;
    std::unique_ptr<Audit::AuditTrail> m_trail;
    std::unique_ptr<Accounts::Session> m_session;
    std::unique_ptr<Services::DeviceService> m_devices;
    std::unique_ptr<Services::DeviceServiceRemoteHost> m_host;
    std::unique_ptr<Telemetry::RemoteCommandGate> m_gate;
    std::unique_ptr<QSignalSpy> m_replies;
    QString m_techToken;
    QString m_reviewerToken;

    QJsonObject ask(const QJsonObject &command)
    {
        const QString id = command.value(u"id"_s).toString();
        m_gate->handle(kPump, kLevel, QJsonDocument(command).toJson(QJsonDocument::Compact));
        QJsonObject reply;
        (void)QTest::qWaitFor([&] {
            for (const QList<QVariant> &args : std::as_const(*m_replies)) {
                const QJsonObject o = QJsonDocument::fromJson(args.at(1).toByteArray()).object();
                if (o.value(u"id"_s).toString() == id)
                    reply = o;
            }
            return !reply.isEmpty();
        }, 10000);
        return reply;
    }

    QJsonObject command(const QString &user, const QString &token, const QString &name, const QJsonObject &extra = {}) const
    {
        QJsonObject o{{u"id"_s, newId()}, {u"user"_s, user}, {u"token"_s, token}, {u"command"_s, name}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_accounts = std::make_unique<Accounts::AccountStore>();
        m_accounts->setPasswordIterations(1000);
        QVERIFY(m_accounts->open(m_dir.filePath(u"accounts.sqlite"_s)));
        m_trail = std::make_unique<Audit::AuditTrail>();
        QVERIFY(m_trail->open(m_dir.filePath(u"trail.sqlite"_s)));
        m_session = std::make_unique<Accounts::Session>(*m_accounts, *m_trail);
        QVERIFY(m_session->createAccount(u"admin"_s, u"Ada Admin"_s, Accounts::Role::Administrator, u"Admin-pass-2026"_s));
        QVERIFY(m_session->logIn(u"admin"_s, u"Admin-pass-2026"_s));
        QVERIFY(m_session->createAccount(u"tech"_s, u"Tom Tech"_s, Accounts::Role::Technician, u"Tech-pass-2026"_s));
        QVERIFY(m_session->createAccount(u"rev"_s, u"Rita Reviewer"_s, Accounts::Role::Reviewer, u"Rev-pass-2026"_s));
        m_techToken = m_session->createApiToken(u"tech"_s)->second;
        m_reviewerToken = m_session->createApiToken(u"rev"_s)->second;
        // A reviewer sits at the workstation: the remote technician's own role is what counts.
        QVERIFY(m_session->switchUser(u"rev"_s, u"Rev-pass-2026"_s));

        QVERIFY(m_rig.openSimulated(u"reglo-icc"_s));
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
        m_devices = std::make_unique<Services::DeviceService>(*m_settings);
        Device::PumpConfig config;
        config.id = kPump;
        config.modelId = u"reglo-icc"_s;
        config.serial = m_rig.serial();
        config.address = 1;
        config.mlPerRev = m_rig.pump->mlPerRev();
        m_devices->addPump(config);
        m_devices->connectPump(kPump);
        QTRY_VERIFY_WITH_TIMEOUT(m_devices->pump(kPump)->identity.has_value(), 10000);
        m_devices->setSession(m_session.get());

        // A profile in the library the host reads.
        Profiles::ProfileLibrary library(m_dir.filePath(u"profiles"_s));
        Profiles::Profile rinse = m_rig.profile({Profiles::constantFlow(Profiles::mlPerMin(20 * m_rig.pump->mlPerRev()),
                                                                        Profiles::seconds(30))});
        rinse.name = u"Rinse"_s;
        QVERIFY(library.save(rinse));

        m_host = std::make_unique<Services::DeviceServiceRemoteHost>(*m_devices, m_dir.filePath(u"profiles"_s));
        m_gate = std::make_unique<Telemetry::RemoteCommandGate>(*m_accounts, *m_trail, *m_host);
        m_replies = std::make_unique<QSignalSpy>(m_gate.get(), &Telemetry::RemoteCommandGate::reply);
    }

    void cleanupTestCase()
    {
        m_gate.reset();
        m_host.reset();
        m_devices.reset();
    }

    void theRemoteUsersRoleDecidesNotWhoIsLoggedInHere()
    {
        // The reviewer logged in here may not start a pump, and may not remotely either.
        const QJsonObject refused = ask(command(u"rev"_s, m_reviewerToken, u"start"_s));
        QCOMPARE(refused.value(u"reason"_s).toString(), u"forbidden"_s);
        QVERIFY(!m_rig.pump->running());
    }

    void outOfRangeIsRefusedByTheDriverOnTheDeviceThread()
    {
        const QJsonObject reply = ask(command(u"tech"_s, m_techToken, u"setpoint"_s, {{u"rpm"_s, 250}}));
        QCOMPARE(reply.value(u"ok"_s).toBool(true), false);
        QCOMPARE(reply.value(u"reason"_s).toString(), u"out-of-range"_s);
        QVERIFY2(reply.value(u"error"_s).toString().contains(u"maximum of 100"_s), qPrintable(reply.value(u"error"_s).toString()));
        QVERIFY(!m_rig.pump->running());
    }

    void aTechnicianStartsAndStopsThePump()
    {
        QVERIFY(ask(command(u"tech"_s, m_techToken, u"setpoint"_s, {{u"rpm"_s, 25}})).value(u"ok"_s).toBool());
        const QJsonObject start = command(u"tech"_s, m_techToken, u"start"_s);
        QVERIFY(ask(start).value(u"ok"_s).toBool());
        QVERIFY(m_rig.pump->running());
        QCOMPARE(m_rig.pump->targetRpm(), 25.0);
        // The pump runs under the remote user, not under whoever is logged in here.
        QCOMPARE(m_devices->owner(kPump).userId, u"tech"_s);
        const auto entries = m_trail->entriesWith(Audit::Kind::PumpCommand, u"commandId"_s, start.value(u"id"_s).toString());
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).actor.userId, u"tech"_s);
        QCOMPARE(entries->at(1).details.value(u"outcome"_s).toString(), u"done"_s);

        QVERIFY(ask(command(u"tech"_s, m_techToken, u"stop"_s)).value(u"ok"_s).toBool());
        QVERIFY(!m_rig.pump->running());
    }

    void aProfileOfTheLibraryRuns()
    {
        const QJsonObject unknown = ask(command(u"tech"_s, m_techToken, u"runProfile"_s, {{u"profile"_s, u"Nope"_s}}));
        QCOMPARE(unknown.value(u"ok"_s).toBool(true), false);
        QVERIFY(unknown.value(u"error"_s).toString().contains(u"Nope"_s));

        const QJsonObject started = ask(command(u"tech"_s, m_techToken, u"runProfile"_s, {{u"profile"_s, u"Rinse"_s}}));
        QVERIFY2(started.value(u"ok"_s).toBool(), QJsonDocument(started).toJson().constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.pump->running(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_devices->activeProfiles().contains(kPump), 5000);
        // Stopping is allowed to any role that may touch a pump: it aborts the profile too.
        QVERIFY(ask(command(u"tech"_s, m_techToken, u"stop"_s)).value(u"ok"_s).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.pump->running(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestRemoteCommandService)
#include "tst_remotecommandservice.moc"
