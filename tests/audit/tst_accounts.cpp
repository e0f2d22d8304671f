// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Accounts, roles, lock-out and log-off with a fake clock, signatures, and the trail they write.
#include "accounts/accountstore.h"
#include "accounts/apitoken.h"
#include "accounts/passwordhash.h"
#include "accounts/permissions.h"
#include "accounts/session.h"
#include "audit/audittrail.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <optional>

using namespace PumpStudio;
using namespace PumpStudio::Accounts;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kAdminPassword = u"admin-pass-1"_s;
const QString kTechPassword = u"tech-pass-22"_s;
const QString kQaPassword = u"qa-pass-333"_s;
} // namespace

/// A pool of one thread the test holds busy: work queued on it waits until release().
struct HeldPool
{
    QThreadPool pool;
    QSemaphore gate;

    HeldPool()
    {
        pool.setMaxThreadCount(1);
        pool.start([this] { gate.acquire(); });
    }
    ~HeldPool()
    {
        release();
        pool.waitForDone();
    }
    void release()
    {
        if (!released) {
            released = true;
            gate.release();
        }
    }
    bool released = false;
};

/// What an asynchronous call delivered, and on which thread.
template<typename T>
struct Outcome
{
    std::optional<Result<T>> result;
    bool onCallerThread = false;

    Accounts::Session::Done<T> receiver()
    {
        return [this](Result<T> r) {
            onCallerThread = QThread::currentThread() == QCoreApplication::instance()->thread();
            result = std::move(r);
        };
    }
};

/// A workstation of its own: trail, accounts and a session on a fake clock.
struct Bench
{
    QTemporaryDir dir;
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    Audit::AuditTrail trail;
    AccountStore accounts;
    std::unique_ptr<Session> session;

    Bench()
    {
        trail.setClock([this] { return now; });
        QVERIFY(trail.open(dir.filePath(u"trail.sqlite"_s)));
        QVERIFY(accounts.open(dir.filePath(u"accounts.sqlite"_s)));
        accounts.setPasswordIterations(1000);  // the real figure is tested once, below
        session = std::make_unique<Session>(accounts, trail);
    }

    /// An administrator, a technician and a reviewer; controlled mode; nobody logged in.
    void controlled()
    {
        QVERIFY(session->createAccount(u"admin"_s, u"Ada Admin"_s, Role::Administrator, kAdminPassword));
        QVERIFY(session->logIn(u"admin"_s, kAdminPassword));
        QVERIFY(session->createAccount(u"tech"_s, u"Tom Tech"_s, Role::Technician, kTechPassword));
        QVERIFY(session->createAccount(u"qa"_s, u"Quinn Qa"_s, Role::Reviewer, kQaPassword));
        Policy p = session->policy();
        p.mode = Mode::Controlled;
        QVERIFY(session->setPolicy(p));
        session->logOff();
    }

    QList<Audit::AuditEntry> entries(const QString &kind)
    {
        Audit::AuditFilter f;
        f.kinds = {kind};
        return trail.entries(f).valueOr({});
    }
};

class TestAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anAccountNameWithALineBreakIsRefused()
    {
        // "$" in the pattern let a trailing line break through ("alice\n"), found with the
        // catalog's currency code by a long fuzz run.
        QVERIFY(Accounts::isValidAccountId(u"alice"_s));
        QVERIFY(!Accounts::isValidAccountId(u"alice\n"_s));
        QVERIFY(!Accounts::isValidAccountId(u"a"_s));
    }

    void passwordsAreSaltedSlowHashes()
    {
        const QString a = hashPassword(u"correct horse 1"_s, 1000);
        const QString b = hashPassword(u"correct horse 1"_s, 1000);
        QVERIFY(a.startsWith(u"pbkdf2-sha256$1000$"_s));
        QVERIFY(a != b);  // salted
        QVERIFY(!a.contains(u"correct"_s));
        QVERIFY(verifyPassword(u"correct horse 1"_s, a));
        QVERIFY(!verifyPassword(u"correct horse 2"_s, a));
        QVERIFY(!verifyPassword(u"correct horse 1"_s, u"pbkdf2-sha256$1000$bad"_s));
        QVERIFY(!verifyPassword(u"x"_s, u"pbkdf2-sha256$99999999999$AAAA$AAAA"_s));
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
    }

    void newPasswordsUseTheHighIterationCount()
    {
        QVERIFY(kPasswordIterations >= 600'000);
        AccountStore store;
        QCOMPARE(store.passwordIterations(), kPasswordIterations);
        QElapsedTimer clock;
        clock.start();
        const QString stored = hashPassword(u"slow-enough-1"_s);
        QVERIFY(stored.startsWith(u"pbkdf2-sha256$%1$"_s.arg(kPasswordIterations)));
        QVERIFY(verifyPassword(u"slow-enough-1"_s, stored));
        qInfo("two PBKDF2-HMAC-SHA256 at %d iterations: %lld ms", kPasswordIterations, clock.elapsed());
    }

    void theRoleTable()
    {
        QVERIFY(roleMay(Role::Technician, Permission::ControlPumps));
        QVERIFY(roleMay(Role::Technician, Permission::RunProfiles));
        QVERIFY(roleMay(Role::Technician, Permission::AcknowledgeAlarms));
        QVERIFY(!roleMay(Role::Technician, Permission::ConfigurePumps));
        QVERIFY(roleMay(Role::Technician, Permission::ConfigurePumps, true));
        QVERIFY(!roleMay(Role::Technician, Permission::ManageAccounts));
        QVERIFY(!roleMay(Role::Reviewer, Permission::ControlPumps, true));
        QVERIFY(!roleMay(Role::Reviewer, Permission::StopPumps));
        QVERIFY(roleMay(Role::Reviewer, Permission::ReviewRuns));
        QVERIFY(roleMay(Role::Reviewer, Permission::ViewAudit));
        QVERIFY(roleMay(Role::ServiceEngineer, Permission::Calibrate));
        QVERIFY(roleMay(Role::ServiceEngineer, Permission::ConfigurePumps));
        QVERIFY(!roleMay(Role::Demo, Permission::ControlPumps));
        QVERIFY(roleMay(Role::Demo, Permission::ControlPumps, true));
        QVERIFY(roleMay(Role::Demo, Permission::UseCatalog));
        QVERIFY(!roleMay(Role::Demo, Permission::ViewRecords));
        QVERIFY(roleMay(Role::Administrator, Permission::ManageAccounts));
        QVERIFY(!roleMay(Role::Administrator, Permission::ControlPumps));
        QVERIFY(roleMay(Role::Administrator, Permission::StopPumps));
    }

    void openModeNeedsNoLogInAndRecordsTheOperatorAndOsUser()
    {
        Bench b;
        QCOMPARE(b.session->mode(), Mode::Open);
        QVERIFY(b.session->check(Permission::ControlPumps));
        b.session->setOperatorName(u"Li Wei"_s);
        const Audit::Actor actor = b.session->actor();
        QCOMPARE(actor.userId, u"Li Wei"_s);
        QCOMPARE(actor.role, u"operator"_s);
        QCOMPARE(actor.osUser, Audit::osUserName());
        QVERIFY(!actor.osUser.isEmpty());
        QCOMPARE(b.entries(Audit::Kind::Session).last().action, u"Operator chosen"_s);
    }

    void theOsUserIsNamedWithoutUserInTheEnvironment()
    {
        // A service, a container or cron: no USER, USERNAME or LOGNAME. The trail still says
        // which account the program ran as.
        QList<std::pair<const char *, std::optional<QByteArray>>> saved;
        for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
            saved.append({name, qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt});
            qunsetenv(name);
        }
        const QString os = Audit::osUserName();
        for (const auto &[name, value] : saved) {
            if (value)
                qputenv(name, *value);
        }
#ifdef Q_OS_UNIX
        QProcess id;
        id.start(u"id"_s, {u"-un"_s});
        QVERIFY(id.waitForFinished(10000));
        QCOMPARE(os, QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed());
#else
        QVERIFY(!os.isEmpty());
#endif
    }

    void controlledModeRefusesUntilSomeoneLogsIn()
    {
        Bench b;
        b.controlled();
        QCOMPARE(b.session->mode(), Mode::Controlled);
        auto refused = b.session->check(Permission::ControlPumps);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Refused);
        QVERIFY(b.session->logIn(u"qa"_s, kQaPassword));
        QVERIFY(!b.session->check(Permission::ControlPumps));
        QVERIFY(b.session->check(Permission::ReviewRuns));
        QVERIFY(b.session->switchUser(u"tech"_s, kTechPassword));
        QVERIFY(b.session->check(Permission::ControlPumps));
        QCOMPARE(b.session->actor().userId, u"tech"_s);
        QCOMPARE(b.session->actor().role, u"technician"_s);
    }

    void switchingToControlledNeedsAnAdministrator()
    {
        Bench b;
        Policy p;
        p.mode = Mode::Controlled;
        QCOMPARE(b.session->setPolicy(p).error().code, Error::Code::Refused);
        QVERIFY(b.session->createAccount(u"admin"_s, u"Ada Admin"_s, Role::Administrator, kAdminPassword));
        // Once an administrator exists, only one logged in manages accounts and policies.
        QVERIFY(!b.session->setPolicy(p));
        QVERIFY(!b.session->createAccount(u"x1"_s, u"X"_s, Role::Technician, kTechPassword));
        QVERIFY(b.session->logIn(u"admin"_s, kAdminPassword));
        QVERIFY(b.session->setPolicy(p));
        const auto mode = b.entries(Audit::Kind::Mode);
        QCOMPARE(mode.size(), 1);
        QCOMPARE(mode.first().oldValue, u"open"_s);
        QCOMPARE(mode.first().newValue, u"controlled"_s);
        QCOMPARE(mode.first().actor.userId, u"admin"_s);
    }

    void passwordRulesAndUniqueIdsNeverReused()
    {
        Bench b;
        QCOMPARE(b.session->createAccount(u"short"_s, u"S"_s, Role::Technician, u"abc1"_s).error().code, Error::Code::InvalidArgument);
        QVERIFY(!b.session->createAccount(u"letters"_s, u"L"_s, Role::Technician, u"onlylettershere"_s));
        QVERIFY(!b.session->createAccount(u"no name"_s, u"N"_s, Role::Technician, kTechPassword));
        QVERIFY(b.session->createAccount(u"admin"_s, u"Ada Admin"_s, Role::Administrator, kAdminPassword));
        QVERIFY(b.session->logIn(u"admin"_s, kAdminPassword));
        QVERIFY(b.session->createAccount(u"tech"_s, u"Tom Tech"_s, Role::Technician, kTechPassword));
        QVERIFY(b.session->setEnabled(u"tech"_s, false));
        auto again = b.session->createAccount(u"tech"_s, u"Tim Other"_s, Role::Technician, kTechPassword);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(u"never reused"_s));
        QCOMPARE(b.accounts.accounts().size(), 2);  // disabled, not deleted
        QVERIFY(!b.accounts.account(u"tech"_s)->enabled);
        QVERIFY(!b.session->switchUser(u"tech"_s, kTechPassword));
        // The last administrator cannot be disabled or demoted.
        QVERIFY(b.session->logIn(u"admin"_s, kAdminPassword));
        QCOMPARE(b.session->setRole(u"admin"_s, Role::Technician).error().code, Error::Code::Refused);
        const auto changes = b.entries(Audit::Kind::Account);
        QCOMPARE(changes.last().action, u"Account disabled"_s);
        QCOMPARE(changes.last().oldValue, u"enabled"_s);
        QCOMPARE(changes.last().newValue, u"disabled"_s);
    }

    void lockOutAfterRepeatedFailuresWithAFakeClock()
    {
        Bench b;
        b.controlled();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(b.session->logIn(u"tech"_s, u"wrong-1"_s).error().message, u"Wrong user id or password."_s);
        auto fifth = b.session->logIn(u"tech"_s, u"wrong-1"_s);
        QVERIFY(fifth.error().message.contains(u"locked"_s));
        QVERIFY(b.accounts.account(u"tech"_s)->isLocked(b.now));
        // The right password does not help while locked.
        QVERIFY(!b.session->logIn(u"tech"_s, kTechPassword));
        b.now = b.now.addSecs(14 * 60);
        QVERIFY(!b.session->logIn(u"tech"_s, kTechPassword));
        b.now = b.now.addSecs(60);
        QVERIFY(b.session->logIn(u"tech"_s, kTechPassword));
        const auto locks = b.entries(Audit::Kind::Account);
        QVERIFY(std::any_of(locks.cbegin(), locks.cend(), [](const Audit::AuditEntry &e) { return e.action.startsWith(u"Locked after 5"_s); }));
        const auto failures = b.entries(Audit::Kind::Session);
        QVERIFY(std::count_if(failures.cbegin(), failures.cend(), [](const Audit::AuditEntry &e) { return e.action.contains(u"failed"_s); }) >= 7);
    }

    void anAdministratorUnlocks()
    {
        Bench b;
        b.controlled();
        for (int i = 0; i < 5; ++i)
            QVERIFY(!b.session->logIn(u"tech"_s, u"wrong-1"_s));
        QVERIFY(b.session->logIn(u"admin"_s, kAdminPassword));
        QVERIFY(b.session->unlock(u"tech"_s));
        QVERIFY(b.session->switchUser(u"tech"_s, kTechPassword));
    }

    void automaticLogOffAfterInactivityWithAFakeClock()
    {
        Bench b;
        b.controlled();
        QVERIFY(b.session->logIn(u"tech"_s, kTechPassword));
        QSignalSpy off(b.session.get(), &Session::loggedOff);
        b.now = b.now.addSecs(9 * 60);
        b.session->checkInactivity();
        QVERIFY(b.session->isLoggedIn());
        b.session->noteActivity();
        b.now = b.now.addSecs(9 * 60 + 59);
        b.session->checkInactivity();
        QVERIFY(b.session->isLoggedIn());
        b.now = b.now.addSecs(1);
        b.session->checkInactivity();
        QVERIFY(!b.session->isLoggedIn());
        QCOMPARE(off.count(), 1);
        QCOMPARE(off.first().first().value<Session::LogOffReason>(), Session::LogOffReason::Inactivity);
        QCOMPARE(b.entries(Audit::Kind::Session).last().action, u"Logged off automatically after inactivity"_s);
        QVERIFY(!b.session->check(Permission::ControlPumps));
    }

    void aSignatureNeedsThePasswordAndTheRole()
    {
        Bench b;
        b.controlled();
        QVERIFY(b.session->logIn(u"qa"_s, kQaPassword));
        const QByteArray hash(64, 'a');
        auto wrong = b.session->sign(u"qa"_s, u"not-it-1"_s, Audit::Meaning::Reviewed, u"run:r1"_s, hash, u"Run r1"_s);
        QVERIFY(!wrong);
        auto other = b.session->sign(u"tech"_s, kTechPassword, Audit::Meaning::Reviewed, u"run:r1"_s, hash, u"Run r1"_s);
        QVERIFY(!other);  // only the one logged in signs
        auto signature = b.session->sign(u"qa"_s, kQaPassword, Audit::Meaning::Reviewed, u"run:r1"_s, hash, u"Run r1"_s);
        QVERIFY(signature);
        QCOMPARE(signature->signerName, u"Quinn Qa"_s);
        QCOMPARE(signature->meaning, Audit::Meaning::Reviewed);
        QCOMPARE(signature->timeUtc, b.now);
        QVERIFY(signature->text().startsWith(u"Reviewed by Quinn Qa (qa) on 2026-03-01"_s));
        const auto stored = b.trail.signatures(u"run:r1"_s);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().contentHash, hash);
        // A reviewer may not sign what a technician does, nor approve as a technician.
        QVERIFY(b.session->switchUser(u"tech"_s, kTechPassword));
        QCOMPARE(b.session->sign(u"tech"_s, kTechPassword, Audit::Meaning::Approved, u"profile:p"_s, hash, u"P"_s).error().code,
                 Error::Code::Refused);
    }

    void aCalibrationIsCheckedBySomeoneElse()
    {
        Bench b;
        QVERIFY(b.session->createAccount(u"admin"_s, u"Ada Admin"_s, Role::Administrator, kAdminPassword));
        QVERIFY(b.session->logIn(u"admin"_s, kAdminPassword));
        QVERIFY(b.session->createAccount(u"svc"_s, u"Sam Service"_s, Role::ServiceEngineer, kTechPassword));
        QVERIFY(b.session->createAccount(u"qa"_s, u"Quinn Qa"_s, Role::Reviewer, kQaPassword));
        const QByteArray hash(64, 'c');
        QVERIFY(b.session->sign(u"svc"_s, kTechPassword, Audit::Meaning::CalibrationPerformed, u"calibration:c1"_s, hash, u"C1"_s));
        QVERIFY(!b.session->sign(u"svc"_s, kTechPassword, Audit::Meaning::CalibrationChecked, u"calibration:c1"_s, hash, u"C1"_s));
        QVERIFY(b.session->sign(u"qa"_s, kQaPassword, Audit::Meaning::CalibrationChecked, u"calibration:c1"_s, hash, u"C1"_s));
    }

    void aLogInHashesOffTheCallersThreadWhileItsEventLoopRuns()
    {
        Bench b;
        b.controlled();
        HeldPool held;
        b.session->setThreadPool(&held.pool);
        Outcome<void> outcome;
        b.session->logInAsync(u"tech"_s, kTechPassword, nullptr, outcome.receiver());
        QVERIFY(!outcome.result);  // never inside the call
        QCOMPARE(b.session->pendingHashes(), 1);
        // The hash waits on the held pool; this thread's timers keep firing meanwhile.
        int ticks = 0;
        QTimer tick;
        tick.setInterval(1);
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start();
        QTRY_VERIFY(ticks >= 10);
        QVERIFY(!outcome.result);
        QVERIFY(!b.session->isLoggedIn());
        held.release();
        QTRY_VERIFY(outcome.result.has_value());
        QVERIFY(outcome.onCallerThread);
        QVERIFY(*outcome.result);
        QCOMPARE(b.session->actor().userId, u"tech"_s);
        QCOMPARE(b.session->pendingHashes(), 0);
        QCOMPARE(b.entries(Audit::Kind::Session).last().action, u"Logged in"_s);
    }

    void theAsynchronousLogInRefusesAWrongPasswordAndCountsTowardTheLockOut()
    {
        Bench b;
        b.controlled();
        const auto logIn = [&b](const QString &id, const QString &password) {
            Outcome<void> outcome;
            b.session->logInAsync(id, password, nullptr, outcome.receiver());
            if (!QTest::qWaitFor([&outcome] { return outcome.result.has_value(); }, 60000))
                return Result<void>(makeError(Error::Code::Timeout, u"no result"_s));
            return *outcome.result;
        };
        const Result<void> unknown = logIn(u"nobody"_s, kTechPassword);
        QCOMPARE(unknown.error().message, u"Wrong user id or password."_s);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(logIn(u"tech"_s, u"wrong-1"_s).error().message, u"Wrong user id or password."_s);
        QCOMPARE(b.accounts.account(u"tech"_s)->failedLogins, 4);
        QVERIFY(logIn(u"tech"_s, u"wrong-1"_s).error().message.contains(u"locked"_s));
        QVERIFY(b.accounts.account(u"tech"_s)->isLocked(b.now));
        QVERIFY(!b.session->isLoggedIn());
        // The right password does not help while locked; it does once the time is over.
        QVERIFY(logIn(u"tech"_s, kTechPassword).error().message.contains(u"locked"_s));
        b.now = b.now.addSecs(15 * 60);
        QVERIFY(logIn(u"tech"_s, kTechPassword));
        QCOMPARE(b.session->actor().userId, u"tech"_s);
        QCOMPARE(b.accounts.account(u"tech"_s)->failedLogins, 0);
        const auto locks = b.entries(Audit::Kind::Account);
        QVERIFY(std::any_of(locks.cbegin(), locks.cend(), [](const Audit::AuditEntry &e) { return e.action.startsWith(u"Locked after 5"_s); }));
    }

    void aFailureCountsEvenWhenTheDialogAskingIsGone()
    {
        Bench b;
        b.controlled();
        HeldPool held;
        b.session->setThreadPool(&held.pool);
        auto dialog = std::make_unique<QObject>();
        bool called = false;
        b.session->logInAsync(u"tech"_s, u"wrong-1"_s, dialog.get(), [&called](Result<void>) { called = true; });
        dialog.reset();
        held.release();
        QTRY_COMPARE(b.session->pendingHashes(), 0);
        QCoreApplication::processEvents();
        QVERIFY(!called);
        QCOMPARE(b.accounts.account(u"tech"_s)->failedLogins, 1);
    }

    void aPasswordResetWhileItIsCheckedIsNotTakenNorCounted()
    {
        Bench b;
        b.controlled();
        QVERIFY(b.session->logIn(u"admin"_s, kAdminPassword));
        HeldPool held;
        b.session->setThreadPool(&held.pool);
        Outcome<Audit::Signature> outcome;
        b.session->signAsync(u"admin"_s, kAdminPassword, Audit::Meaning::Approved, u"profile:p"_s, QByteArray(64, 'e'),
                             u"P"_s, nullptr, outcome.receiver());
        QVERIFY(b.session->resetPassword(u"admin"_s, u"another-pass-9"_s));  // synchronous, on this thread
        held.release();
        QTRY_VERIFY(outcome.result.has_value());
        QVERIFY(!*outcome.result);
        QVERIFY2(outcome.result->error().message.contains(u"changed while"_s), qPrintable(outcome.result->error().message));
        QCOMPARE(b.accounts.account(u"admin"_s)->failedLogins, 0);
    }

    void theAsynchronousSignatureAndPasswordChangesGiveTheSynchronousResults()
    {
        Bench b;
        b.controlled();
        QVERIFY(b.session->logIn(u"qa"_s, kQaPassword));
        const QByteArray hash(64, 'a');
        Outcome<Audit::Signature> wrong;
        b.session->signAsync(u"qa"_s, u"not-it-1"_s, Audit::Meaning::Reviewed, u"run:r1"_s, hash, u"Run r1"_s, nullptr, wrong.receiver());
        QTRY_VERIFY(wrong.result.has_value());
        QCOMPARE(wrong.result->error().message, u"Wrong user id or password."_s);
        Outcome<Audit::Signature> other;
        b.session->signAsync(u"tech"_s, kTechPassword, Audit::Meaning::Reviewed, u"run:r1"_s, hash, u"Run r1"_s, nullptr, other.receiver());
        QVERIFY(!other.result);  // a refusal before any hash is delivered later too
        QTRY_VERIFY(other.result.has_value());
        QCOMPARE(other.result->error().message, u"Only the user logged in can sign."_s);
        Outcome<Audit::Signature> signature;
        b.session->signAsync(u"qa"_s, kQaPassword, Audit::Meaning::Reviewed, u"run:r1"_s, hash, u"Run r1"_s, nullptr, signature.receiver());
        QTRY_VERIFY(signature.result.has_value());
        QVERIFY(*signature.result);
        QCOMPARE((*signature.result)->signerName, u"Quinn Qa"_s);
        QCOMPARE(b.trail.signatures(u"run:r1"_s)->size(), 1);

        // The owner's password: the old one checked, the new one hashed, both off this thread.
        Outcome<void> badOld;
        b.session->changeOwnPasswordAsync(u"not-it-1"_s, u"qa-new-pass-4"_s, nullptr, badOld.receiver());
        QTRY_VERIFY(badOld.result.has_value());
        QVERIFY(!*badOld.result);
        QCOMPARE(b.accounts.account(u"qa"_s)->failedLogins, 1);
        Outcome<void> changed;
        b.session->changeOwnPasswordAsync(kQaPassword, u"qa-new-pass-4"_s, nullptr, changed.receiver());
        QTRY_VERIFY(changed.result.has_value());
        QVERIFY(*changed.result);
        QVERIFY(verifyPassword(u"qa-new-pass-4"_s, b.accounts.account(u"qa"_s)->passwordHash));

        // Accounts made and reset by an administrator.
        QVERIFY(b.session->switchUser(u"admin"_s, kAdminPassword));
        Outcome<void> created;
        b.session->createAccountAsync(u"svc"_s, u"Sam Service"_s, Role::ServiceEngineer, u"svc-pass-55"_s, {}, nullptr,
                                      created.receiver());
        QTRY_VERIFY(created.result.has_value());
        QVERIFY(*created.result);
        QVERIFY(verifyPassword(u"svc-pass-55"_s, b.accounts.account(u"svc"_s)->passwordHash));
        Outcome<void> tooShort;
        b.session->createAccountAsync(u"svc2"_s, u"Sam Two"_s, Role::ServiceEngineer, u"x1"_s, {}, nullptr, tooShort.receiver());
        QTRY_VERIFY(tooShort.result.has_value());
        QVERIFY(!*tooShort.result);
        QVERIFY(!b.accounts.account(u"svc2"_s));
        Outcome<void> reset;
        b.session->resetPasswordAsync(u"svc"_s, u"svc-pass-66"_s, {}, nullptr, reset.receiver());
        QTRY_VERIFY(reset.result.has_value());
        QVERIFY(*reset.result);
        QVERIFY(b.session->switchUser(u"svc"_s, u"svc-pass-66"_s));
        auto report = b.trail.verify();
        QVERIFY(report && report->intact);
    }

    void apiTokensAreKeptAsHashesAndWithdrawnByTheAdministrator()
    {
        Bench bench;
        bench.controlled();
        // Nobody logged in: no token is made.
        QCOMPARE(bench.session->createApiToken(u"tech"_s).error().code, Error::Code::Refused);
        QVERIFY(bench.session->logIn(u"admin"_s, kAdminPassword));
        const auto made = bench.session->createApiToken(u"tech"_s);
        QVERIFY(made);
        const auto [id, secret] = *made;
        QVERIFY(secret.startsWith(u"pst_"_s));
        QVERIFY(secret.size() >= 40);  // 256 random bits
        const QList<ApiToken> stored = bench.accounts.apiTokens(u"tech"_s);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().id, id);
        QCOMPARE(stored.first().sha256, apiTokenHash(secret));
        QCOMPARE(stored.first().createdUtc, bench.now);
        // Only the hash is stored: the secret appears nowhere in the accounts file.
        QFile file(bench.accounts.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toUtf8()));

        QVERIFY(verifyApiToken(bench.accounts, u"tech"_s, secret, bench.now));
        QCOMPARE(verifyApiToken(bench.accounts, u"tech"_s, secret + u"x"_s, bench.now).error().code, Error::Code::Refused);
        QVERIFY(!verifyApiToken(bench.accounts, u"qa"_s, secret, bench.now));       // another user's
        QVERIFY(!verifyApiToken(bench.accounts, u"nobody"_s, secret, bench.now));
        QVERIFY(!verifyApiToken(bench.accounts, u"tech"_s, {}, bench.now));

        // A locked or disabled account's token does not work.
        Account tech = *bench.accounts.account(u"tech"_s);
        tech.lockedUntilUtc = bench.now.addSecs(60);
        QVERIFY(bench.accounts.update(tech));
        QVERIFY(verifyApiToken(bench.accounts, u"tech"_s, secret, bench.now).error().message.contains(u"locked"_s));
        QVERIFY(verifyApiToken(bench.accounts, u"tech"_s, secret, bench.now.addSecs(61)));
        QVERIFY(bench.session->setEnabled(u"tech"_s, false, u"left"_s));
        QVERIFY(verifyApiToken(bench.accounts, u"tech"_s, secret, bench.now.addSecs(61)).error().message.contains(u"disabled"_s));
        QVERIFY(bench.session->setEnabled(u"tech"_s, true, u"back"_s));

        // Revoked: refused from then on; revoking again says there was none.
        const auto second = bench.session->createApiToken(u"tech"_s);
        QVERIFY(second);
        QCOMPARE(*bench.session->revokeApiTokens(u"tech"_s, id, u"lost laptop"_s), 1);
        QVERIFY(!verifyApiToken(bench.accounts, u"tech"_s, secret, bench.now.addSecs(61)));
        QVERIFY(verifyApiToken(bench.accounts, u"tech"_s, second->second, bench.now.addSecs(61)));
        QVERIFY(!bench.session->revokeApiTokens(u"tech"_s, id, u"again"_s));
        QCOMPARE(*bench.session->revokeApiTokens(u"tech"_s, {}, u"all"_s), 1);
        QVERIFY(!verifyApiToken(bench.accounts, u"tech"_s, second->second, bench.now.addSecs(61)));

        // Each change is in the trail, with the token's id and never its secret.
        QStringList actions;
        for (const Audit::AuditEntry &e : bench.entries(Audit::Kind::Account)) {
            actions.append(e.action);
            QVERIFY(!e.newValue.contains(secret) && !e.oldValue.contains(secret));
        }
        QCOMPARE(actions.count(u"API token created"_s), 2);
        QVERIFY(actions.contains(u"API token revoked"_s));
        QVERIFY(actions.contains(u"All API tokens revoked"_s));
    }

    void everythingItWroteVerifies()
    {
        Bench b;
        b.controlled();
        QVERIFY(b.session->logIn(u"tech"_s, kTechPassword));
        b.session->logOff();
        auto report = b.trail.verify();
        QVERIFY(report && report->intact);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
