// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "accounts/accountstore.h"
#include "accounts/permissions.h"
#include "accounts/policy.h"
#include "audit/actor.h"
#include "audit/auditentry.h"
#include "audit/signature.h"
#include "core/result.h"

#include <QObject>

#include <functional>
#include <optional>

class QThreadPool;
class QTimer;

namespace PumpStudio::Audit {
class AuditTrail;
}

namespace PumpStudio::Accounts {

/// Who is at the workstation now, and what they may do: the one authority the core asks before
/// it acts (DeviceService, the profile library's guard, pumpctl), and the one place that writes
/// log-ins, log-outs, account, mode and policy changes and signatures to the audit trail.
///
/// Open mode: nobody logs in; the actor is the operator picked at the start of a run (remembered)
/// with the OS user, and everything is allowed. Controlled mode: nothing is allowed until
/// someone logs in; then the role's permissions apply, repeated failures lock the account, and
/// inactivity logs off (the clock is the trail's, so tests use a fake one). Logging off or
/// switching user changes who acts next; what is running goes on under whoever started it.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class LogOffReason { Manual, Inactivity, SwitchUser };

    Session(AccountStore &accounts, Audit::AuditTrail &trail, QObject *parent = nullptr);
    ~Session() override;

    AccountStore &accounts() const { return m_accounts; }
    Audit::AuditTrail &trail() const { return m_trail; }

    Mode mode() const { return m_policy.mode; }
    bool isControlled() const { return m_policy.mode == Mode::Controlled; }
    Policy policy() const { return m_policy; }
    /// Reads the mode and policy again (another program may have changed them).
    void reload();

    bool isLoggedIn() const { return m_user.has_value(); }
    std::optional<Account> user() const { return m_user; }
    /// Who acts now, for the audit trail.
    Audit::Actor actor() const;
    /// The role acting now, as a token ("technician", "operator" in open mode, "" when nobody).
    QString roleToken() const;

    /// Open mode: the operator's name (remembered by the caller between program runs).
    QString operatorName() const { return m_operator; }
    /// Open mode: the operator picked for the next run; written to the trail when it changes
    /// (`audited` false: the name remembered from the last time the program ran).
    void setOperatorName(const QString &name, bool audited = true);

    /// A controlled workstation started with --demo: no log-in, the demo role's permissions
    /// (simulated pumps and the catalog only) until someone logs in.
    void startDemo();
    bool isDemoWithoutLogin() const { return m_demo && !m_user; }

    /// Whether the current actor may do `permission` (to a simulated pump or not).
    bool may(Permission permission, bool simulated = false) const;
    /// The same, as a Refused error that names the role and what was refused.
    Result<void> check(Permission permission, bool simulated = false) const;
    /// Controlled mode asks a reason for this kind of change.
    bool reasonRequired(ChangeKind kind) const;
    /// Refused when a reason is required for `kind` and `reason` is blank.
    Result<void> checkReason(ChangeKind kind, const QString &reason) const;

    /// Writes an entry as the current actor.
    Result<Audit::AuditEntry> record(const Audit::AuditDraft &draft) const;

    Result<void> logIn(const QString &id, const QString &password);
    void logOff(LogOffReason reason = LogOffReason::Manual);
    /// Logs the current user off and `id` in; on failure nobody is logged in.
    Result<void> switchUser(const QString &id, const QString &password);

    // The calls that run the slow password hash (PBKDF2 at kPasswordIterations: a second or
    // two each) come in two forms. The ones above wait for it (pumpctl, tests). The ones
    // below are for the GUI, which must never wait: the hash runs on a pool thread; reading
    // and writing the accounts, the trail and the lock-out count stay on this object's
    // thread, where `done` is called later, never inside the call. `done` is skipped when
    // `context` (the dialog asking) is gone by then; what the check decided (a log-in, a
    // failure counted toward the lock-out) applies regardless. The results are exactly the
    // synchronous ones.
    template<typename T>
    using Done = std::function<void(Result<T>)>;
    void logInAsync(const QString &id, const QString &password, QObject *context, Done<void> done);
    void switchUserAsync(const QString &id, const QString &password, QObject *context, Done<void> done);
    void signAsync(const QString &id, const QString &password, Audit::Meaning meaning, const QString &subject,
                   const QByteArray &contentHash, const QString &what, QObject *context, Done<Audit::Signature> done);
    void createAccountAsync(const QString &id, const QString &fullName, Role role, const QString &password,
                            const QString &reason, QObject *context, Done<void> done);
    void resetPasswordAsync(const QString &id, const QString &password, const QString &reason, QObject *context,
                            Done<void> done);
    void changeOwnPasswordAsync(const QString &oldPassword, const QString &newPassword, QObject *context, Done<void> done);
    /// Where the asynchronous forms hash (QThreadPool::globalInstance() when null; tests pass
    /// a pool of their own to hold the work back).
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    /// Hashes started by the asynchronous forms whose results are not in yet.
    int pendingHashes() const { return m_pendingHashes; }

    /// Input from the user: the inactivity clock starts again.
    void noteActivity();
    /// Logs off when the policy's inactivity time has passed (run every few seconds by a timer;
    /// tests call it after moving their clock).
    void checkInactivity();

    /// An electronic signature: the password again (failures count toward the lock-out), the
    /// signer's role must allow the meaning, and in controlled mode the signer is the user
    /// logged in. `what` is a sentence for the trail ("Profile Rinse, version 3f2a…").
    Result<Audit::Signature> sign(const QString &id, const QString &password, Audit::Meaning meaning,
                                  const QString &subject, const QByteArray &contentHash, const QString &what);
    /// The permission a meaning needs.
    static Permission permissionFor(Audit::Meaning meaning);

    // Administration: ManageAccounts / ManagePolicies. While no administrator exists anybody
    // may create the first one (how a workstation is set up).
    Result<void> createAccount(const QString &id, const QString &fullName, Role role, const QString &password,
                               const QString &reason = {});
    Result<void> setFullName(const QString &id, const QString &fullName, const QString &reason = {});
    Result<void> setRole(const QString &id, Role role, const QString &reason = {});
    Result<void> setEnabled(const QString &id, bool enabled, const QString &reason = {});
    Result<void> resetPassword(const QString &id, const QString &password, const QString &reason = {});
    Result<void> unlock(const QString &id, const QString &reason = {});
    Result<void> changeOwnPassword(const QString &oldPassword, const QString &newPassword);
    /// A new API token for `id` (remote commands, docs/mqtt.md): the token's id and its secret,
    /// which is shown this once (only its SHA-256 is kept). ManageAccounts; audited.
    Result<std::pair<QString, QString>> createApiToken(const QString &id, const QString &reason = {});
    /// Revokes `id`'s token `tokenId`, or all its tokens when `tokenId` is empty; how many were.
    /// ManageAccounts; audited. Refused when there was none to revoke.
    Result<int> revokeApiTokens(const QString &id, const QString &tokenId, const QString &reason = {});
    /// The mode and the policies; switching to controlled needs an enabled administrator account.
    Result<void> setPolicy(const Policy &policy, const QString &reason = {});
    /// Administration is allowed now (an administrator is logged in, or none exists yet).
    bool mayAdminister() const;

Q_SIGNALS:
    /// The user, the mode or the policy changed.
    void changed();
    /// Somebody was logged off (by themselves, a switch, or inactivity).
    void loggedOff(PumpStudio::Accounts::Session::LogOffReason reason);

private:
    /// Checks `password` for `id`, counting failures and locking; the account when it is right.
    Result<Account> authenticate(const QString &id, const QString &password, const QString &purpose);
    // authenticate() in its two halves around the hash, for the asynchronous forms:
    /// The stored hash to check the password against (for an unknown id a decoy, so that it
    /// takes as long); a disabled or locked account fails here, written to the trail.
    Result<QString> passwordToCheck(const QString &id, const QString &purpose);
    /// What the hash said about `stored`: the account read again (it may have changed
    /// meanwhile), failures counted and the account locked, or its count reset.
    Result<Account> concludeCheck(const QString &id, const QString &purpose, bool verified, const QString &stored);
    /// The account check with the hash on the pool; `then` on this thread.
    void authenticateAsync(const QString &id, const QString &password, const QString &purpose,
                           std::function<void(Result<Account>)> then);
    /// `work` on the pool, `then` with its result on this thread.
    template<typename T>
    void offThread(std::function<T()> work, std::function<void(T)> then);
    /// `done(result)` on this thread after the current call returned, unless `context` went.
    template<typename T>
    void deliverLater(QObject *context, Done<T> done, Result<T> result);
    Result<void> completeLogIn(const Result<Account> &account);
    Result<void> checkSigner(const QString &id) const;
    Result<Audit::Signature> completeSign(const Result<Account> &account, Audit::Meaning meaning, const QString &subject,
                                          const QByteArray &contentHash, const QString &what);
    Result<void> checkNewAccount(const QString &fullName, const QString &password, const QString &reason) const;
    Result<void> insertAccount(const QString &id, const QString &fullName, Role role, const QString &passwordHash,
                               const QString &reason);
    Result<void> storeResetPassword(const QString &id, const QString &passwordHash, const QString &reason);
    Result<void> storeOwnPassword(const Account &account, const QString &passwordHash);
    Result<void> administer(Permission permission) const;
    Result<void> changeAccount(const QString &id, const QString &what, const std::function<QString(Account &)> &change,
                               const QString &reason, bool needsReason);

    AccountStore &m_accounts;
    Audit::AuditTrail &m_trail;
    Policy m_policy;
    std::optional<Account> m_user;
    QString m_operator;
    bool m_demo = false;
    QDateTime m_lastActivity;
    QTimer *m_inactivity = nullptr;
    QThreadPool *m_pool = nullptr;
    int m_pendingHashes = 0;
};

} // namespace PumpStudio::Accounts
