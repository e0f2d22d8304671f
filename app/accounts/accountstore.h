// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "accounts/policy.h"
#include "accounts/role.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace PumpStudio::Accounts {

/// An API token of one account, for machines acting as that user (remote commands over MQTT,
/// docs/mqtt.md): a random secret shown once when it is made; the store keeps only its
/// SHA-256 (a 256-bit random secret needs no slow hash) with its creation time.
struct ApiToken
{
    QString id;           ///< short, public: names the token in lists, the trail and revoke
    QString accountId;
    QByteArray sha256;    ///< hex of SHA-256 over the secret's UTF-8
    QDateTime createdUtc;
    QDateTime revokedUtc; ///< invalid: in force

    bool isRevoked() const { return revokedUtc.isValid(); }
};

/// One account. Ids are unique and never reused: an account is disabled, never deleted.
struct Account
{
    QString id;
    QString fullName;
    Role role = Role::Technician;
    bool enabled = true;
    QString passwordHash;
    QDateTime createdUtc;
    QDateTime passwordChangedUtc;
    int failedLogins = 0;            ///< in a row
    QDateTime lockedUntilUtc;        ///< invalid: not locked

    bool isLocked(const QDateTime &nowUtc) const { return lockedUntilUtc.isValid() && nowUtc < lockedUntilUtc; }
};

/// The accounts and the policy: an SQLite file in the data folder (owner-only), shared by the
/// GUI and pumpctl. Storage only: who may change what, and the audit entries for it, are
/// Session's (every change goes through it).
class AccountStore final
{
public:
    AccountStore();
    ~AccountStore();
    Q_DISABLE_COPY_MOVE(AccountStore)

    /// The data folder's accounts/accounts.sqlite.
    static QString defaultPath();
    Result<void> open(const QString &path);
    bool isOpen() const;
    QString path() const;

    /// PBKDF2 iterations for passwords set from now on (tests use few; the default is kPasswordIterations).
    void setPasswordIterations(int iterations) { m_iterations = iterations; }
    int passwordIterations() const { return m_iterations; }

    Policy policy() const;
    Result<void> storePolicy(const Policy &policy);

    QList<Account> accounts() const;
    std::optional<Account> account(const QString &id) const;
    bool hasAdministrator() const;

    /// A new account; InvalidArgument when the id is taken (also by a disabled account) or malformed.
    Result<void> insert(const Account &account);
    /// Rewrites everything of an existing account but its id and creation time.
    Result<void> update(const Account &account);

    /// API tokens (apitoken.h): only their hashes are stored. An account's, oldest first.
    QList<ApiToken> apiTokens(const QString &accountId) const;
    Result<void> insertApiToken(const ApiToken &token);
    /// Marks the account's token `tokenId` (empty: all its tokens) revoked at `nowUtc`; how many were.
    Result<int> revokeApiTokens(const QString &accountId, const QString &tokenId, const QDateTime &nowUtc);

private:
    QString m_connection;
    QString m_path;
    int m_iterations;
};

/// Whether `id` can be an account id: 2 to 64 letters, digits, '.', '-', '_'.
bool isValidAccountId(const QString &id);

} // namespace PumpStudio::Accounts
