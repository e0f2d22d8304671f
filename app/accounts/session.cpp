// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "accounts/session.h"

#include "accounts/apitoken.h"

#include "accounts/passwordhash.h"
#include "audit/audittrail.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Accounts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
};

Error refused(const QString &message) { return makeError(Error::Code::Refused, message); }

QString logOffText(Session::LogOffReason reason)
{
    switch (reason) {
    case Session::LogOffReason::Manual: return Tr::tr("Logged off");
    case Session::LogOffReason::Inactivity: return Tr::tr("Logged off automatically after inactivity");
    case Session::LogOffReason::SwitchUser: return Tr::tr("Logged off to switch user");
    }
    return {};
}
} // namespace

Session::Session(AccountStore &accounts, Audit::AuditTrail &trail, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_trail(trail), m_policy(accounts.policy()), m_lastActivity(trail.now()),
      m_inactivity(new QTimer(this))
{
    m_inactivity->setInterval(5s);
    connect(m_inactivity, &QTimer::timeout, this, &Session::checkInactivity);
    m_inactivity->start();
}

Session::~Session() = default;

void Session::reload()
{
    const Policy fresh = m_accounts.policy();
    if (fresh == m_policy)
        return;
    m_policy = fresh;
    Q_EMIT changed();
}

Audit::Actor Session::actor() const
{
    Audit::Actor a;
    a.osUser = Audit::osUserName();
    a.workstation = Audit::workstationName();
    if (m_user) {
        a.userId = m_user->id;
        a.fullName = m_user->fullName;
        a.role = Accounts::roleToken(m_user->role);
    } else if (isControlled()) {
        if (m_demo) {
            a.userId = u"demo"_s;
            a.fullName = Tr::tr("Demo (no log-in)");
            a.role = Accounts::roleToken(Role::Demo);
        }
    } else {
        a.userId = m_operator.isEmpty() ? a.osUser : m_operator;
        a.fullName = m_operator;
        a.role = openModeRoleToken();
    }
    return a;
}

QString Session::roleToken() const { return actor().role; }

void Session::setOperatorName(const QString &name, bool audited)
{
    const QString trimmed = name.trimmed();
    if (trimmed == m_operator)
        return;
    const QString before = m_operator;
    m_operator = trimmed;
    if (!isControlled() && audited) {
        Audit::AuditDraft draft;
        draft.kind = Audit::Kind::Session;
        draft.target = trimmed;
        draft.action = Tr::tr("Operator chosen");
        draft.oldValue = before;
        draft.newValue = trimmed;
        (void)record(draft);
    }
    Q_EMIT changed();
}

void Session::startDemo()
{
    m_demo = true;
    Q_EMIT changed();
}

bool Session::may(Permission permission, bool simulated) const { return check(permission, simulated).ok(); }

Result<void> Session::check(Permission permission, bool simulated) const
{
    if (permission == Permission::ManageAccounts || permission == Permission::ManagePolicies)
        return administer(permission);
    if (!isControlled())
        return {};
    if (m_user) {
        if (!m_user->enabled)
            return refused(Tr::tr("The account %1 is disabled.").arg(m_user->id));
        if (roleMay(m_user->role, permission, simulated))
            return {};
        if (grantFor(m_user->role, permission) == Grant::SimulatedOnly)
            return refused(Tr::tr("Your role (%1) may %2 on simulated pumps only.").arg(roleText(m_user->role), permissionText(permission)));
        return refused(Tr::tr("Your role (%1) may not %2.").arg(roleText(m_user->role), permissionText(permission)));
    }
    if (m_demo) {
        if (roleMay(Role::Demo, permission, simulated))
            return {};
        return refused(Tr::tr("The demo may not %1: log in for that.").arg(permissionText(permission)));
    }
    return refused(Tr::tr("Nobody is logged in: log in to %1.").arg(permissionText(permission)));
}

bool Session::reasonRequired(ChangeKind kind) const { return isControlled() && m_policy.reasonsRequired.contains(kind); }

Result<void> Session::checkReason(ChangeKind kind, const QString &reason) const
{
    if (reasonRequired(kind) && reason.trimmed().isEmpty())
        return refused(Tr::tr("A reason is required: %1.").arg(changeKindText(kind)));
    return {};
}

Result<Audit::AuditEntry> Session::record(const Audit::AuditDraft &draft) const { return m_trail.append(actor(), draft); }

Result<Account> Session::authenticate(const QString &id, const QString &password, const QString &purpose)
{
    const Result<QString> stored = passwordToCheck(id, purpose);
    if (!stored)
        return stored.error();
    return concludeCheck(id, purpose, verifyPassword(password, *stored), *stored);
}

namespace {
/// What an unknown id's password is checked against: well-formed, so that the check costs what
/// a real one does (how long a log-in takes does not tell which ids exist), and never matched.
QString decoyHash(int iterations)
{
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(std::max(1, iterations))
        .arg(QString::fromLatin1(QByteArray(16, 'd').toBase64()), QString::fromLatin1(QByteArray(32, '\0').toBase64()));
}
} // namespace

Result<QString> Session::passwordToCheck(const QString &id, const QString &purpose)
{
    std::optional<Account> account = m_accounts.account(id);
    if (!account)
        return decoyHash(m_accounts.passwordIterations());
    // Refused before the hash (these messages name the id anyway); concludeCheck() asks again.
    if (!account->enabled || account->isLocked(m_trail.now())) {
        auto refusal = concludeCheck(id, purpose, false, account->passwordHash);
        return refusal ? makeError(Error::Code::Refused, Tr::tr("Wrong user id or password.")) : refusal.error();
    }
    return account->passwordHash;
}

Result<Account> Session::concludeCheck(const QString &id, const QString &purpose, bool verified, const QString &stored)
{
    const QDateTime now = m_trail.now();
    const auto fail = [&](const QString &why, const QString &message) -> Result<Account> {
        Audit::Actor who = actor();
        who.userId = id;
        who.fullName.clear();
        who.role.clear();
        Audit::AuditDraft draft;
        draft.kind = Audit::Kind::Session;
        draft.target = id;
        draft.action = Tr::tr("%1 failed: %2").arg(purpose, why);
        (void)m_trail.append(who, draft);
        return refused(message);
    };
    // Read again: with the hash off this thread, the account may have changed meanwhile.
    std::optional<Account> account = m_accounts.account(id);
    // The same words for an unknown id and a wrong password: ids are not to be guessed here.
    const QString wrong = Tr::tr("Wrong user id or password.");
    if (!account)
        return fail(Tr::tr("unknown user id"), wrong);
    if (!account->enabled)
        return fail(Tr::tr("the account is disabled"), Tr::tr("The account %1 is disabled.").arg(id));
    if (account->isLocked(now)) {
        return fail(Tr::tr("the account is locked"),
                    Tr::tr("The account %1 is locked after repeated failures until %2.")
                        .arg(id, account->lockedUntilUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
    }
    if (account->passwordHash != stored) {
        // Reset while it was checked: what was checked is no longer the password. Not counted.
        return fail(Tr::tr("the password was changed meanwhile"),
                    Tr::tr("The password of %1 was changed while it was checked; enter the new one.").arg(id));
    }
    if (!verified) {
        ++account->failedLogins;
        QString message = wrong;
        if (account->failedLogins >= m_policy.maxFailedLogins) {
            account->lockedUntilUtc = now.addSecs(qint64(m_policy.lockoutMinutes) * 60);
            account->failedLogins = 0;
            message = Tr::tr("Wrong password. The account %1 is now locked for %n minute(s).", nullptr, m_policy.lockoutMinutes).arg(id);
            Audit::AuditDraft draft;
            draft.kind = Audit::Kind::Account;
            draft.target = id;
            draft.action = Tr::tr("Locked after %n failed attempt(s)", nullptr, m_policy.maxFailedLogins);
            draft.newValue = account->lockedUntilUtc.toString(Qt::ISODateWithMs);
            Audit::Actor who = actor();
            who.userId = id;
            (void)m_trail.append(who, draft);
        }
        (void)m_accounts.update(*account);
        return fail(Tr::tr("wrong password"), message);
    }
    if (account->failedLogins != 0 || account->lockedUntilUtc.isValid()) {
        account->failedLogins = 0;
        account->lockedUntilUtc = {};
        (void)m_accounts.update(*account);
    }
    return *account;
}

template<typename T>
void Session::offThread(std::function<T()> work, std::function<void(T)> then)
{
    auto *watcher = new QFutureWatcher<T>(this);
    ++m_pendingHashes;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, then = std::move(then)] {
        --m_pendingHashes;
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_pool ? m_pool : QThreadPool::globalInstance(), std::move(work)));
}

template<typename T>
void Session::deliverLater(QObject *context, Done<T> done, Result<T> result)
{
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [guard = QPointer<QObject>(context), hadContext, done = std::move(done), result = std::move(result)] {
            if (done && (!hadContext || guard))
                done(result);
        },
        Qt::QueuedConnection);
}

void Session::authenticateAsync(const QString &id, const QString &password, const QString &purpose,
                                std::function<void(Result<Account>)> then)
{
    const Result<QString> stored = passwordToCheck(id, purpose);
    if (!stored) {
        QMetaObject::invokeMethod(this, [then = std::move(then), error = stored.error()] { then(error); }, Qt::QueuedConnection);
        return;
    }
    offThread<bool>([password, hash = *stored] { return verifyPassword(password, hash); },
                    [this, id, purpose, hash = *stored, then = std::move(then)](bool verified) {
                        then(concludeCheck(id, purpose, verified, hash));
                    });
}

Result<void> Session::logIn(const QString &id, const QString &password)
{
    return completeLogIn(authenticate(id, password, Tr::tr("Log-in")));
}

void Session::logInAsync(const QString &id, const QString &password, QObject *context, Done<void> done)
{
    authenticateAsync(id, password, Tr::tr("Log-in"),
                      [this, guard = QPointer<QObject>(context), hadContext = context != nullptr,
                       done = std::move(done)](const Result<Account> &account) {
                          const Result<void> result = completeLogIn(account);
                          if (done && (!hadContext || guard))
                              done(result);
                      });
}

Result<void> Session::completeLogIn(const Result<Account> &account)
{
    if (!account)
        return account.error();
    if (m_user)
        logOff(LogOffReason::SwitchUser);
    m_user = *account;
    m_lastActivity = m_trail.now();
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Session;
    draft.target = m_user->id;
    draft.action = Tr::tr("Logged in");
    draft.newValue = Accounts::roleToken(m_user->role);
    if (auto written = record(draft); !written) {
        m_user.reset();  // a log-in that cannot be audited does not happen
        return written.error();
    }
    Logging::get("accounts")->info("{} logged in as {}", m_user->id, Accounts::roleToken(m_user->role));
    Q_EMIT changed();
    return {};
}

void Session::logOff(LogOffReason reason)
{
    if (!m_user)
        return;
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Session;
    draft.target = m_user->id;
    draft.action = logOffText(reason);
    (void)record(draft);
    Logging::get("accounts")->info("{} logged off", m_user->id);
    m_user.reset();
    Q_EMIT loggedOff(reason);
    Q_EMIT changed();
}

Result<void> Session::switchUser(const QString &id, const QString &password)
{
    logOff(LogOffReason::SwitchUser);
    return logIn(id, password);
}

void Session::switchUserAsync(const QString &id, const QString &password, QObject *context, Done<void> done)
{
    logOff(LogOffReason::SwitchUser);
    logInAsync(id, password, context, std::move(done));
}

void Session::noteActivity() { m_lastActivity = m_trail.now(); }

void Session::checkInactivity()
{
    if (!m_user || !isControlled() || m_policy.inactivityMinutes <= 0)
        return;
    if (m_lastActivity.secsTo(m_trail.now()) >= qint64(m_policy.inactivityMinutes) * 60)
        logOff(LogOffReason::Inactivity);
}

Permission Session::permissionFor(Audit::Meaning meaning)
{
    switch (meaning) {
    case Audit::Meaning::Approved: return Permission::ApproveProfiles;
    case Audit::Meaning::Reviewed: return Permission::ReviewRuns;
    case Audit::Meaning::CalibrationPerformed: return Permission::Calibrate;
    case Audit::Meaning::CalibrationChecked: return Permission::CheckCalibration;
    }
    return Permission::ReviewRuns;
}

Result<void> Session::checkSigner(const QString &id) const
{
    if (isControlled() && (!m_user || m_user->id != id))
        return refused(Tr::tr("Only the user logged in can sign."));
    return {};
}

Result<Audit::Signature> Session::sign(const QString &id, const QString &password, Audit::Meaning meaning,
                                       const QString &subject, const QByteArray &contentHash, const QString &what)
{
    if (auto r = checkSigner(id); !r)
        return r.error();
    return completeSign(authenticate(id, password, Tr::tr("Signature")), meaning, subject, contentHash, what);
}

void Session::signAsync(const QString &id, const QString &password, Audit::Meaning meaning, const QString &subject,
                        const QByteArray &contentHash, const QString &what, QObject *context, Done<Audit::Signature> done)
{
    if (auto r = checkSigner(id); !r) {
        deliverLater<Audit::Signature>(context, std::move(done), r.error());
        return;
    }
    authenticateAsync(id, password, Tr::tr("Signature"),
                      [this, meaning, subject, contentHash, what, guard = QPointer<QObject>(context),
                       hadContext = context != nullptr, done = std::move(done)](const Result<Account> &account) {
                          const Result<Audit::Signature> result = completeSign(account, meaning, subject, contentHash, what);
                          if (done && (!hadContext || guard))
                              done(result);
                      });
}

Result<Audit::Signature> Session::completeSign(const Result<Account> &account, Audit::Meaning meaning, const QString &subject,
                                               const QByteArray &contentHash, const QString &what)
{
    if (!account)
        return account.error();
    const QString id = account->id;
    if (auto r = checkSigner(id); !r)  // logged off while the password was checked
        return r.error();
    const Permission needed = permissionFor(meaning);
    if (!roleMay(account->role, needed))
        return refused(Tr::tr("The role %1 may not sign as \"%2\".").arg(roleText(account->role), Audit::meaningText(meaning)));
    if (meaning == Audit::Meaning::CalibrationChecked) {
        auto earlier = m_trail.signatures(subject);
        if (!earlier)
            return earlier.error();
        for (const Audit::Signature &s : std::as_const(*earlier)) {
            if (s.meaning == Audit::Meaning::CalibrationPerformed && s.signerId == id && s.contentHash == contentHash)
                return refused(Tr::tr("A calibration is checked by someone other than who performed it."));
        }
    }
    Audit::Actor signer = actor();
    signer.userId = account->id;
    signer.fullName = account->fullName;
    signer.role = Accounts::roleToken(account->role);
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Signature;
    draft.target = subject;
    draft.action = Tr::tr("Signed (%1): %2").arg(Audit::meaningText(meaning), what);
    draft.newValue = QString::fromLatin1(contentHash);
    draft.details = Audit::signatureDetails(meaning, subject, contentHash);
    auto entry = m_trail.append(signer, draft);
    if (!entry)
        return entry.error();
    m_lastActivity = m_trail.now();
    return *Audit::signatureFrom(*entry);
}

bool Session::mayAdminister() const { return administer(Permission::ManageAccounts).ok(); }

Result<void> Session::administer(Permission permission) const
{
    if (!m_accounts.hasAdministrator())
        return {};
    if (m_user && m_user->enabled && roleMay(m_user->role, permission))
        return {};
    return refused(Tr::tr("Only an administrator who is logged in may %1.").arg(permissionText(permission)));
}

Result<void> Session::checkNewAccount(const QString &fullName, const QString &password, const QString &reason) const
{
    if (auto r = administer(Permission::ManageAccounts); !r)
        return r;
    if (auto r = checkReason(ChangeKind::AccountChange, reason); !r)
        return r;
    if (fullName.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, Tr::tr("An account needs the person's full name (it is printed with signatures)."));
    if (const auto problem = m_policy.passwordProblem(password))
        return makeError(Error::Code::InvalidArgument, *problem);
    return {};
}

Result<void> Session::createAccount(const QString &id, const QString &fullName, Role role, const QString &password,
                                   const QString &reason)
{
    if (auto r = checkNewAccount(fullName, password, reason); !r)
        return r;
    return insertAccount(id, fullName, role, hashPassword(password, m_accounts.passwordIterations()), reason);
}

void Session::createAccountAsync(const QString &id, const QString &fullName, Role role, const QString &password,
                                 const QString &reason, QObject *context, Done<void> done)
{
    if (auto r = checkNewAccount(fullName, password, reason); !r) {
        deliverLater<void>(context, std::move(done), r);
        return;
    }
    offThread<QString>([password, iterations = m_accounts.passwordIterations()] { return hashPassword(password, iterations); },
                       [this, id, fullName, role, reason, guard = QPointer<QObject>(context), hadContext = context != nullptr,
                        done = std::move(done)](const QString &hash) {
                           const Result<void> result = insertAccount(id, fullName, role, hash, reason);
                           if (done && (!hadContext || guard))
                               done(result);
                       });
}

Result<void> Session::insertAccount(const QString &id, const QString &fullName, Role role, const QString &passwordHash,
                                    const QString &reason)
{
    // Checked again: the administrator may have logged off while the password was hashed.
    if (auto r = administer(Permission::ManageAccounts); !r)
        return r;
    Account a;
    a.id = id.trimmed();
    a.fullName = fullName.trimmed();
    a.role = role;
    a.enabled = true;
    a.passwordHash = passwordHash;
    a.createdUtc = m_trail.now();
    a.passwordChangedUtc = a.createdUtc;
    if (auto r = m_accounts.insert(a); !r)
        return r;
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Account;
    draft.target = a.id;
    draft.action = Tr::tr("Account created");
    draft.newValue = u"%1; %2; enabled"_s.arg(a.fullName, Accounts::roleToken(role));
    draft.reason = reason;
    if (auto written = record(draft); !written)
        return written.error();
    Q_EMIT changed();
    return {};
}

Result<void> Session::changeAccount(const QString &id, const QString &what, const std::function<QString(Account &)> &change,
                                    const QString &reason, bool needsReason)
{
    if (auto r = administer(Permission::ManageAccounts); !r)
        return r;
    if (needsReason) {
        if (auto r = checkReason(ChangeKind::AccountChange, reason); !r)
            return r;
    }
    std::optional<Account> account = m_accounts.account(id);
    if (!account)
        return makeError(Error::Code::InvalidArgument, Tr::tr("There is no account \"%1\".").arg(id));
    Account updated = *account;
    const QString before = change(updated);  // "old -> new" as two lines, or an error after "!"
    if (before.startsWith(u'!'))
        return refused(before.mid(1));
    // The last enabled administrator stays: somebody must be able to manage the workstation.
    const bool wasAdmin = account->enabled && account->role == Role::Administrator;
    const bool isAdmin = updated.enabled && updated.role == Role::Administrator;
    if (wasAdmin && !isAdmin) {
        int admins = 0;
        for (const Account &a : m_accounts.accounts())
            admins += a.enabled && a.role == Role::Administrator ? 1 : 0;
        if (admins <= 1)
            return refused(Tr::tr("%1 is the last administrator: create another one first.").arg(id));
    }
    if (auto r = m_accounts.update(updated); !r)
        return r;
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Account;
    draft.target = id;
    draft.action = what;
    draft.oldValue = before.section(u'\n', 0, 0);
    draft.newValue = before.section(u'\n', 1);
    draft.reason = reason;
    if (auto written = record(draft); !written)
        return written.error();
    if (m_user && m_user->id == id)
        m_user = updated;
    Q_EMIT changed();
    return {};
}

Result<std::pair<QString, QString>> Session::createApiToken(const QString &id, const QString &reason)
{
    if (auto r = administer(Permission::ManageAccounts); !r)
        return r.error();
    if (!m_accounts.account(id))
        return makeError(Error::Code::InvalidArgument, Tr::tr("There is no account \"%1\".").arg(id));
    ApiToken token;
    token.id = newApiTokenId();
    token.accountId = id;
    const QString secret = newApiTokenSecret();
    token.sha256 = apiTokenHash(secret);
    token.createdUtc = m_trail.now();
    if (auto r = m_accounts.insertApiToken(token); !r)
        return r.error();
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Account;
    draft.target = id;
    draft.action = Tr::tr("API token created");
    draft.newValue = token.id;
    draft.reason = reason;
    draft.details = QJsonObject{{u"tokenId"_s, token.id}};
    if (auto written = record(draft); !written) {
        (void)m_accounts.revokeApiTokens(id, token.id, m_trail.now());  // never a token the trail does not know
        return written.error();
    }
    return std::pair{token.id, secret};
}

Result<int> Session::revokeApiTokens(const QString &id, const QString &tokenId, const QString &reason)
{
    if (auto r = administer(Permission::ManageAccounts); !r)
        return r.error();
    if (!m_accounts.account(id))
        return makeError(Error::Code::InvalidArgument, Tr::tr("There is no account \"%1\".").arg(id));
    auto revoked = m_accounts.revokeApiTokens(id, tokenId, m_trail.now());
    if (!revoked)
        return revoked.error();
    if (*revoked == 0) {
        return makeError(Error::Code::InvalidArgument, tokenId.isEmpty() ? Tr::tr("%1 has no token in force.").arg(id)
                                                                         : Tr::tr("%1 has no token %2 in force.").arg(id, tokenId));
    }
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Account;
    draft.target = id;
    draft.action = tokenId.isEmpty() ? Tr::tr("All API tokens revoked") : Tr::tr("API token revoked");
    draft.oldValue = tokenId;
    draft.reason = reason;
    draft.details = QJsonObject{{u"tokenId"_s, tokenId}, {u"revoked"_s, *revoked}};
    if (auto written = record(draft); !written)
        return written.error();  // revoked anyway: withdrawing a right is never held back
    return *revoked;
}

Result<void> Session::setFullName(const QString &id, const QString &fullName, const QString &reason)
{
    return changeAccount(id, Tr::tr("Full name changed"), [&](Account &a) {
        if (fullName.trimmed().isEmpty())
            return u"!"_s + Tr::tr("An account needs the person's full name.");
        const QString old = a.fullName;
        a.fullName = fullName.trimmed();
        return old + u'\n' + a.fullName;
    }, reason, true);
}

Result<void> Session::setRole(const QString &id, Role role, const QString &reason)
{
    return changeAccount(id, Tr::tr("Role changed"), [&](Account &a) {
        const QString old = Accounts::roleToken(a.role);
        a.role = role;
        return old + u'\n' + Accounts::roleToken(role);
    }, reason, true);
}

Result<void> Session::setEnabled(const QString &id, bool enabled, const QString &reason)
{
    return changeAccount(id, enabled ? Tr::tr("Account enabled") : Tr::tr("Account disabled"), [&](Account &a) {
        const QString old = a.enabled ? u"enabled"_s : u"disabled"_s;
        a.enabled = enabled;
        return old + u'\n' + (enabled ? u"enabled"_s : u"disabled"_s);
    }, reason, true);
}

Result<void> Session::resetPassword(const QString &id, const QString &password, const QString &reason)
{
    if (auto r = administer(Permission::ManageAccounts); !r)
        return r;
    if (const auto problem = m_policy.passwordProblem(password))
        return makeError(Error::Code::InvalidArgument, *problem);
    return storeResetPassword(id, hashPassword(password, m_accounts.passwordIterations()), reason);
}

void Session::resetPasswordAsync(const QString &id, const QString &password, const QString &reason, QObject *context,
                                 Done<void> done)
{
    Result<void> checked = administer(Permission::ManageAccounts);
    if (const auto problem = m_policy.passwordProblem(password); checked && problem)
        checked = makeError(Error::Code::InvalidArgument, *problem);
    if (!checked) {
        deliverLater<void>(context, std::move(done), checked);
        return;
    }
    offThread<QString>([password, iterations = m_accounts.passwordIterations()] { return hashPassword(password, iterations); },
                       [this, id, reason, guard = QPointer<QObject>(context), hadContext = context != nullptr,
                        done = std::move(done)](const QString &hash) {
                           const Result<void> result = storeResetPassword(id, hash, reason);
                           if (done && (!hadContext || guard))
                               done(result);
                       });
}

Result<void> Session::storeResetPassword(const QString &id, const QString &passwordHash, const QString &reason)
{
    return changeAccount(id, Tr::tr("Password reset by an administrator"), [&](Account &a) {
        a.passwordHash = passwordHash;
        a.passwordChangedUtc = m_trail.now();
        a.failedLogins = 0;
        a.lockedUntilUtc = {};
        return QString(u'\n');  // a password has no old and new value to show
    }, reason, false);
}

Result<void> Session::unlock(const QString &id, const QString &reason)
{
    return changeAccount(id, Tr::tr("Account unlocked"), [&](Account &a) {
        const QString old = a.lockedUntilUtc.isValid() ? a.lockedUntilUtc.toString(Qt::ISODateWithMs) : QString();
        a.failedLogins = 0;
        a.lockedUntilUtc = {};
        return old + u'\n';
    }, reason, false);
}

Result<void> Session::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    if (!m_user)
        return refused(Tr::tr("Log in to change your password."));
    auto account = authenticate(m_user->id, oldPassword, Tr::tr("Password change"));
    if (!account)
        return account.error();
    if (const auto problem = m_policy.passwordProblem(newPassword))
        return makeError(Error::Code::InvalidArgument, *problem);
    return storeOwnPassword(*account, hashPassword(newPassword, m_accounts.passwordIterations()));
}

void Session::changeOwnPasswordAsync(const QString &oldPassword, const QString &newPassword, QObject *context, Done<void> done)
{
    if (!m_user) {
        deliverLater<void>(context, std::move(done), refused(Tr::tr("Log in to change your password.")));
        return;
    }
    const QString id = m_user->id;
    const QString purpose = Tr::tr("Password change");
    const Result<QString> stored = passwordToCheck(id, purpose);
    if (!stored) {
        deliverLater<void>(context, std::move(done), stored.error());
        return;
    }
    // Both hashes in one trip: the old password checked, and the new one hashed if it may be set.
    using Outcome = std::pair<bool, QString>;
    const bool newAcceptable = !m_policy.passwordProblem(newPassword);
    offThread<Outcome>(
        [oldPassword, newPassword, hash = *stored, newAcceptable, iterations = m_accounts.passwordIterations()] {
            const bool verified = verifyPassword(oldPassword, hash);
            return Outcome{verified, verified && newAcceptable ? hashPassword(newPassword, iterations) : QString()};
        },
        [this, id, purpose, newPassword, hash = *stored, guard = QPointer<QObject>(context), hadContext = context != nullptr,
         done = std::move(done)](const Outcome &outcome) {
            Result<void> result;
            if (!m_user || m_user->id != id) {
                result = refused(Tr::tr("Log in to change your password."));
            } else if (auto account = concludeCheck(id, purpose, outcome.first, hash); !account) {
                result = account.error();
            } else if (const auto problem = m_policy.passwordProblem(newPassword)) {
                result = makeError(Error::Code::InvalidArgument, *problem);
            } else if (outcome.second.isEmpty()) {
                result = makeError(Error::Code::InvalidArgument, Tr::tr("The new password could not be set; try again."));
            } else {
                result = storeOwnPassword(*account, outcome.second);
            }
            if (done && (!hadContext || guard))
                done(result);
        });
}

Result<void> Session::storeOwnPassword(const Account &account, const QString &passwordHash)
{
    Account a = account;
    a.passwordHash = passwordHash;
    a.passwordChangedUtc = m_trail.now();
    if (auto r = m_accounts.update(a); !r)
        return r;
    m_user = a;
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Account;
    draft.target = a.id;
    draft.action = Tr::tr("Password changed by its owner");
    if (auto written = record(draft); !written)
        return written.error();
    return {};
}

Result<void> Session::setPolicy(const Policy &policy, const QString &reason)
{
    if (auto r = administer(Permission::ManagePolicies); !r)
        return r;
    if (policy.mode == Mode::Controlled && !m_accounts.hasAdministrator())
        return refused(Tr::tr("Create an administrator account before switching to controlled mode."));
    const Policy before = m_policy;
    if (before == policy)
        return {};
    if (auto r = m_accounts.storePolicy(policy); !r)
        return r;
    m_policy = policy;
    if (before.mode != policy.mode) {
        Audit::AuditDraft draft;
        draft.kind = Audit::Kind::Mode;
        draft.target = Audit::workstationName();
        draft.action = Tr::tr("Mode changed");
        draft.oldValue = modeToken(before.mode);
        draft.newValue = modeToken(policy.mode);
        draft.reason = reason;
        if (auto written = record(draft); !written)
            return written.error();
    }
    Policy withOldMode = policy;
    withOldMode.mode = before.mode;
    if (withOldMode != before) {
        Audit::AuditDraft draft;
        draft.kind = Audit::Kind::Policy;
        draft.target = Audit::workstationName();
        draft.action = Tr::tr("Policy changed");
        draft.oldValue = before.text();
        draft.newValue = policy.text();
        draft.reason = reason;
        if (auto written = record(draft); !written)
            return written.error();
    }
    Q_EMIT changed();
    return {};
}

} // namespace PumpStudio::Accounts
