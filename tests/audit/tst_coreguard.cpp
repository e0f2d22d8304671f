// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The core refuses, not only the GUI: DeviceService and the profile library's guard are called
// directly, as any page, the demo or a script would, under each role.
#include "accounts/session.h"
#include "audit/audittrail.h"
#include "core/appsettings.h"
#include "profiles/profilelibrary.h"
#include "services/deviceservice.h"
#include "services/profileapproval.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Accounts;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPassword = u"password-123"_s;

Device::PumpConfig pumpConfig(const QString &id, bool simulated)
{
    Device::PumpConfig c;
    c.id = id;
    c.name = id;
    c.modelId = u"reglo-icc"_s;
    c.serial.portName = u"/dev/null-pumpstudio-test"_s;
    c.simulated = simulated;
    return c;
}

Profiles::Profile profile(double rate = 5)
{
    Profiles::Profile p;
    p.name = u"Rinse"_s;
    p.modelId = u"reglo-icc"_s;
    p.steps.push_back(Profiles::constantFlow(Profiles::mlPerMin(rate), Profiles::seconds(10)));
    return p;
}
} // namespace

class TestCoreGuard final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Audit::AuditTrail> m_trail;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Services::DeviceService> m_devices;

    QList<Audit::AuditEntry> entries(const QString &kind) const
    {
        Audit::AuditFilter f;
        f.kinds = {kind};
        return m_trail->entries(f).valueOr({});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    /// A controlled workstation with a real pump "real" and a simulated one "sim"; nobody logged in.
    void init()
    {
        const QString folder = m_dir.filePath(QString::number(++m_n));
        QVERIFY(QDir().mkpath(folder));
        m_settings = std::make_unique<AppSettings>(folder + u"/settings.ini"_s);
        m_trail = std::make_unique<Audit::AuditTrail>();
        QVERIFY(m_trail->open(folder + u"/trail.sqlite"_s));
        m_accounts = std::make_unique<AccountStore>();
        QVERIFY(m_accounts->open(folder + u"/accounts.sqlite"_s));
        m_accounts->setPasswordIterations(1000);
        m_session = std::make_unique<Session>(*m_accounts, *m_trail);
        QVERIFY(m_session->createAccount(u"admin"_s, u"Ada Admin"_s, Role::Administrator, kPassword));
        QVERIFY(m_session->logIn(u"admin"_s, kPassword));
        for (const auto &[id, name, role] : {std::tuple{u"svc"_s, u"Sam Service"_s, Role::ServiceEngineer},
                                            std::tuple{u"tech"_s, u"Tom Tech"_s, Role::Technician},
                                            std::tuple{u"tech2"_s, u"Tina Tech"_s, Role::Technician},
                                            std::tuple{u"qa"_s, u"Quinn Qa"_s, Role::Reviewer},
                                            std::tuple{u"demo"_s, u"Dan Demo"_s, Role::Demo}})
            QVERIFY(m_session->createAccount(id, name, role, kPassword));
        Policy p = m_session->policy();
        p.mode = Mode::Controlled;
        QVERIFY(m_session->setPolicy(p));
        QVERIFY(m_session->switchUser(u"svc"_s, kPassword));
        m_devices = std::make_unique<Services::DeviceService>(*m_settings);
        m_devices->setSession(m_session.get());
        QVERIFY(!m_devices->addPump(pumpConfig(u"real"_s, false)).isEmpty());
        QVERIFY(!m_devices->addPump(pumpConfig(u"sim"_s, true)).isEmpty());
        m_session->logOff();
    }

    void cleanup()
    {
        m_devices.reset();
        m_session.reset();
        m_accounts.reset();
        m_trail.reset();
    }

    void aReviewerCannotControlAPumpThroughTheCore()
    {
        QVERIFY(m_session->logIn(u"qa"_s, kPassword));
        QSignalSpy sent(m_devices.get(), &Services::DeviceService::commandSent);
        QSignalSpy finished(m_devices.get(), &Services::DeviceService::commandFinished);
        QSignalSpy refused(m_devices.get(), &Services::DeviceService::refused);
        const qint64 before = m_trail->count().valueOr(0);
        for (const auto &command : {Device::PumpCommand::start(), Device::PumpCommand::speed(50), Device::PumpCommand::stop()})
            m_devices->sendCommand(u"real"_s, command);
        QCOMPARE(sent.count(), 0);  // nothing posted to the device thread
        QCOMPARE(refused.count(), 3);
        QCOMPARE(finished.count(), 3);
        const auto result = finished.first().at(2).value<Result<void>>();
        QCOMPARE(result.error().code, Error::Code::Refused);
        QVERIFY2(result.error().message.contains(u"Reviewer"_s), qPrintable(result.error().message));
        QCOMPARE(m_trail->count().valueOr(0), before);  // refused, so nothing happened to audit
        m_devices->startProfile(u"real"_s, profile());
        m_devices->controlProfile(u"real"_s, Services::ProfileAction::Pause);
        m_devices->connectPump(u"real"_s);
        QCOMPARE(refused.count(), 6);
    }

    void nobodyLoggedInMayDoNothing()
    {
        QSignalSpy sent(m_devices.get(), &Services::DeviceService::commandSent);
        m_devices->sendCommand(u"sim"_s, Device::PumpCommand::start());
        QCOMPARE(sent.count(), 0);
    }

    void aTechnicianControlsAndEveryCommandIsAudited()
    {
        QVERIFY(m_session->logIn(u"tech"_s, kPassword));
        QSignalSpy sent(m_devices.get(), &Services::DeviceService::commandSent);
        m_devices->sendCommand(u"real"_s, Device::PumpCommand::speed(40));
        m_devices->sendCommand(u"real"_s, Device::PumpCommand::start());
        m_devices->sendCommand(u"real"_s, Device::PumpCommand::speed(45.5), u"flow too low"_s);
        QCOMPARE(sent.count(), 3);
        const auto commands = entries(Audit::Kind::PumpCommand);
        QCOMPARE(commands.size(), 3);
        QCOMPARE(commands.at(2).actor.userId, u"tech"_s);
        QCOMPARE(commands.at(2).actor.role, u"technician"_s);
        QCOMPARE(commands.at(2).target, u"real"_s);
        QCOMPARE(commands.at(2).oldValue, u"Speed 40 rpm"_s);
        QCOMPARE(commands.at(2).newValue, u"Speed 45.5 rpm"_s);
        QCOMPARE(commands.at(2).details.value(u"startedBy"_s).toString(), u"Tom Tech (tech)"_s);
        // Configuring a real pump is the service engineer's.
        QSignalSpy refused(m_devices.get(), &Services::DeviceService::refused);
        m_devices->setPollInterval(u"real"_s, 200);
        m_devices->removePump(u"real"_s);
        QCOMPARE(refused.count(), 2);
        QVERIFY(m_devices->pump(u"real"_s).has_value());
    }

    void switchingUserKeepsWhoStartedAPump()
    {
        QVERIFY(m_session->logIn(u"tech"_s, kPassword));
        m_devices->sendCommand(u"real"_s, Device::PumpCommand::start());
        QVERIFY(m_session->switchUser(u"tech2"_s, kPassword));
        QCOMPARE(m_devices->owner(u"real"_s).userId, u"tech"_s);
        m_devices->sendCommand(u"real"_s, Device::PumpCommand::stop());
        const auto stop = entries(Audit::Kind::PumpCommand).last();
        QCOMPARE(stop.actor.userId, u"tech2"_s);  // who acts
        QCOMPARE(stop.details.value(u"startedBy"_s).toString(), u"Tom Tech (tech)"_s);  // whose run it was
    }

    void theDemoRoleWorksOnSimulatedPumpsOnly()
    {
        QVERIFY(m_session->logIn(u"demo"_s, kPassword));
        QSignalSpy sent(m_devices.get(), &Services::DeviceService::commandSent);
        m_devices->sendCommand(u"real"_s, Device::PumpCommand::start());
        QCOMPARE(sent.count(), 0);
        m_devices->sendCommand(u"sim"_s, Device::PumpCommand::start());
        QCOMPARE(sent.count(), 1);
        QVERIFY(m_devices->addPump(pumpConfig(u"real2"_s, false)).isEmpty());
        QVERIFY(!m_devices->addPump(pumpConfig(u"sim2"_s, true)).isEmpty());
        // A controlled workstation started with --demo: the same, without a log-in.
        m_session->logOff();
        m_session->startDemo();
        m_devices->sendCommand(u"real"_s, Device::PumpCommand::start());
        m_devices->sendCommand(u"sim"_s, Device::PumpCommand::stop());
        QCOMPARE(sent.count(), 2);
    }

    void aReasonIsAskedWhereThePolicySays()
    {
        QVERIFY(m_session->logIn(u"tech"_s, kPassword));
        QSignalSpy refused(m_devices.get(), &Services::DeviceService::refused);
        Device::AlarmConfig limits;
        limits.high = Device::AlarmLimit{100, Device::AlarmAction::Warn};
        m_devices->setAlarmConfig(u"sim"_s, limits);  // no reason, nobody to ask
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(1).value<Error>().code, Error::Code::Cancelled);
        QString asked;
        m_devices->setReasonProvider([&asked](const QString &question) -> std::optional<QString> {
            asked = question;
            return u"new tubing"_s;
        });
        m_devices->setAlarmConfig(u"sim"_s, limits);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(asked, u"Changing alarm limits"_s);
        const auto change = entries(Audit::Kind::AlarmLimits).last();
        QCOMPARE(change.reason, u"new tubing"_s);
        QVERIFY(change.newValue.startsWith(u"high 100"_s));
    }

    void onlyApprovedProfilesRunAndAnEditWithdrawsTheApproval()
    {
        const QString folder = m_dir.filePath(u"profiles-%1"_s.arg(m_n));
        QVERIFY(QDir().mkpath(folder));
        Profiles::ProfileLibrary library(folder);
        library.setGuard(Services::libraryGuard(*m_session, [](const QString &) { return std::optional<QString>(u"typo"_s); }));
        // Nobody logged in: the library refuses too.
        QVERIFY(!library.saveFile(profile(), {}));
        QVERIFY(m_session->logIn(u"tech"_s, kPassword));
        auto path = library.saveFile(profile(), {});
        QVERIFY(path);
        QSignalSpy refused(m_devices.get(), &Services::DeviceService::refused);
        QSignalSpy finished(m_devices.get(), &Services::DeviceService::profileFinished);
        m_devices->startProfile(u"sim"_s, profile());
        QCOMPARE(refused.count(), 1);
        QVERIFY(finished.first().at(2).toString().contains(u"not approved"_s));
        // QA approves exactly this content, with the password again.
        QVERIFY(m_session->switchUser(u"qa"_s, kPassword));
        const QByteArray hash = Services::profileContentHash(profile());
        QVERIFY(m_session->sign(u"qa"_s, kPassword, Audit::Meaning::Approved, Services::profileSubject(*path), hash, u"Rinse"_s));
        QCOMPARE(Services::approvalOf(*m_trail, hash).state, Services::Approval::State::Approved);
        QVERIFY(m_session->switchUser(u"tech"_s, kPassword));
        m_devices->startProfile(u"sim"_s, profile());
        QCOMPARE(refused.count(), 1);
        QCOMPARE(entries(Audit::Kind::ProfileRun).last().action, u"Profile \"Rinse\" started"_s);
        // Editing it withdraws the approval, visibly, with the reason the policy asks for.
        QVERIFY(library.saveFile(profile(6), *path));
        const auto history = entries(Audit::Kind::Profile);
        QCOMPARE(history.last().action, u"Approval withdrawn: the approved profile was edited"_s);
        QCOMPARE(history.last().reason, u"typo"_s);
        QCOMPARE(history.at(history.size() - 2).action, u"Profile changed"_s);
        QVERIFY(history.at(history.size() - 2).oldValue.contains(u"\"rate\""_s) || !history.at(history.size() - 2).oldValue.isEmpty());
        QCOMPARE(Services::approvalOf(*m_trail, hash).state, Services::Approval::State::Withdrawn);
        QCOMPARE(Services::approvalOf(*m_trail, Services::profileContentHash(profile(6)), Services::profileSubject(*path)).state,
                 Services::Approval::State::Withdrawn);
        m_devices->startProfile(u"sim"_s, profile(6));
        QCOMPARE(refused.count(), 2);
        // A reviewer may not edit profiles.
        QVERIFY(m_session->switchUser(u"qa"_s, kPassword));
        QCOMPARE(library.removeFile(*path).error().code, Error::Code::Refused);
        QVERIFY(QFile::exists(*path));
    }

    void theTrailStillVerifies()
    {
        QVERIFY(m_session->logIn(u"tech"_s, kPassword));
        m_devices->sendCommand(u"sim"_s, Device::PumpCommand::start());
        auto report = m_trail->verify();
        QVERIFY(report && report->intact);
    }
};

QTEST_GUILESS_MAIN(TestCoreGuard)
#include "tst_coreguard.moc"
