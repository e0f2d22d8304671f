// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "accounts/accountstore.h"

#include "accounts/apitoken.h"
#include "accounts/passwordhash.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Accounts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
};

std::atomic<quint64> s_nextConnection{1};
constexpr qint32 kApplicationId = 0x50534143;  // "PSAC": PumpStudio accounts

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return makeError(Error::Code::Io, u"%1: %2"_s.arg(what, query.lastError().text()));
}

QString iso(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime fromIso(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

const QString kColumns = u"id, full_name, role, enabled, password_hash, created_utc, password_changed_utc,"
                         " failed_logins, locked_until_utc"_s;

Account fromRow(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toString();
    a.fullName = q.value(1).toString();
    a.role = roleFromToken(q.value(2).toString()).value_or(Role::Demo);  // an unknown role gets the least
    a.enabled = q.value(3).toBool();
    a.passwordHash = q.value(4).toString();
    a.createdUtc = fromIso(q.value(5));
    a.passwordChangedUtc = fromIso(q.value(6));
    a.failedLogins = q.value(7).toInt();
    a.lockedUntilUtc = fromIso(q.value(8));
    return a;
}
} // namespace

bool isValidAccountId(const QString &id)
{
    static const QRegularExpression pattern(u"\\A[\\w.-]{2,64}\\z"_s, QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(id).hasMatch();
}

AccountStore::AccountStore()
    : m_connection(u"pumpstudio-accounts-%1"_s.arg(s_nextConnection.fetch_add(1))), m_iterations(kPasswordIterations)
{
}

AccountStore::~AccountStore()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString AccountStore::defaultPath() { return QDir(Paths::privateSubdir(u"accounts"_s)).filePath(u"accounts.sqlite"_s); }

bool AccountStore::isOpen() const { return !m_path.isEmpty(); }

QString AccountStore::path() const { return m_path; }

Result<void> AccountStore::open(const QString &path)
{
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(Error::Code::Io, Tr::tr("Cannot create %1: %2").arg(path, file.errorString()));
    }
    Paths::makeOwnerOnly(path);
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (!db.isValid())
        return makeError(Error::Code::Unsupported, Tr::tr("The SQLite driver for Qt is not installed."));
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return makeError(Error::Code::Io, Tr::tr("Cannot open the accounts %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return makeError(Error::Code::BadFile, Tr::tr("%1 is not a PumpStudio accounts file.").arg(path));
    const qint32 appId = q.value(0).toInt();
    q.finish();
    if (appId != 0 && appId != kApplicationId)
        return makeError(Error::Code::BadFile, Tr::tr("%1 is not a PumpStudio accounts file.").arg(path));
    const QStringList schema{
        u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA application_id = %1"_s.arg(kApplicationId),
        u"CREATE TABLE IF NOT EXISTS account(id TEXT PRIMARY KEY, full_name TEXT NOT NULL, role TEXT NOT NULL,"
        " enabled INTEGER NOT NULL, password_hash TEXT NOT NULL, created_utc TEXT NOT NULL, password_changed_utc TEXT,"
        " failed_logins INTEGER NOT NULL DEFAULT 0, locked_until_utc TEXT)"_s,
        u"CREATE TABLE IF NOT EXISTS setting(key TEXT PRIMARY KEY, value TEXT)"_s,
        // API tokens for remote commands: the SHA-256 of the secret, never the secret.
        u"CREATE TABLE IF NOT EXISTS api_token(id TEXT PRIMARY KEY, account_id TEXT NOT NULL, sha256 TEXT NOT NULL,"
        " created_utc TEXT NOT NULL, revoked_utc TEXT)"_s,
    };
    for (const QString &sql : schema) {
        if (!q.exec(sql))
            return sqlError(Tr::tr("Cannot open the accounts %1").arg(path), q);
        q.finish();
    }
    m_path = path;
    return {};
}

Policy AccountStore::policy() const
{
    if (!isOpen())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"SELECT value FROM setting WHERE key = 'policy'"_s) || !q.next())
        return {};
    return Policy::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

Result<void> AccountStore::storePolicy(const Policy &policy)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO setting(key, value) VALUES('policy', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(Tr::tr("Cannot store the policy"), q);
    return {};
}

QList<Account> AccountStore::accounts() const
{
    QList<Account> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM account ORDER BY id"_s.arg(kColumns)))
        return out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<Account> AccountStore::account(const QString &id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT %1 FROM account WHERE id = ?"_s.arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

bool AccountStore::hasAdministrator() const
{
    const QList<Account> all = accounts();
    return std::any_of(all.cbegin(), all.cend(), [](const Account &a) { return a.enabled && a.role == Role::Administrator; });
}

Result<void> AccountStore::insert(const Account &a)
{
    if (!isValidAccountId(a.id))
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("\"%1\" cannot be a user id: use 2 to 64 letters, digits, '.', '-' or '_'.").arg(a.id));
    if (account(a.id))
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("The user id \"%1\" is taken (ids are never reused, also of disabled accounts).").arg(a.id));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO account(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kColumns));
    for (const QVariant &v : QVariantList{a.id, a.fullName, roleToken(a.role), a.enabled ? 1 : 0, a.passwordHash,
                                          iso(a.createdUtc), iso(a.passwordChangedUtc), a.failedLogins, iso(a.lockedUntilUtc)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(Tr::tr("Cannot store the account %1").arg(a.id), q);
    return {};
}

Result<void> AccountStore::update(const Account &a)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"UPDATE account SET full_name = ?, role = ?, enabled = ?, password_hash = ?, password_changed_utc = ?,"
              " failed_logins = ?, locked_until_utc = ? WHERE id = ?"_s);
    for (const QVariant &v : QVariantList{a.fullName, roleToken(a.role), a.enabled ? 1 : 0, a.passwordHash,
                                          iso(a.passwordChangedUtc), a.failedLogins, iso(a.lockedUntilUtc), a.id})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(Tr::tr("Cannot store the account %1").arg(a.id), q);
    if (q.numRowsAffected() != 1)
        return makeError(Error::Code::InvalidArgument, Tr::tr("There is no account \"%1\".").arg(a.id));
    return {};
}

QList<ApiToken> AccountStore::apiTokens(const QString &accountId) const
{
    QList<ApiToken> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, account_id, sha256, created_utc, revoked_utc FROM api_token WHERE account_id = ? ORDER BY created_utc, id"_s);
    q.addBindValue(accountId);
    if (!q.exec())
        return out;
    while (q.next()) {
        ApiToken t;
        t.id = q.value(0).toString();
        t.accountId = q.value(1).toString();
        t.sha256 = q.value(2).toString().toLatin1();
        t.createdUtc = fromIso(q.value(3));
        t.revokedUtc = fromIso(q.value(4));
        out.append(t);
    }
    return out;
}

Result<void> AccountStore::insertApiToken(const ApiToken &t)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO api_token(id, account_id, sha256, created_utc, revoked_utc) VALUES(?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList{t.id, t.accountId, QString::fromLatin1(t.sha256), iso(t.createdUtc), iso(t.revokedUtc)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(Tr::tr("Cannot store the token of %1").arg(t.accountId), q);
    return {};
}

Result<int> AccountStore::revokeApiTokens(const QString &accountId, const QString &tokenId, const QDateTime &nowUtc)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"UPDATE api_token SET revoked_utc = ? WHERE account_id = ? AND (revoked_utc IS NULL OR revoked_utc = '')%1"_s
                  .arg(tokenId.isEmpty() ? QString() : u" AND id = ?"_s));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(accountId);
    if (!tokenId.isEmpty())
        q.addBindValue(tokenId);
    if (!q.exec())
        return sqlError(Tr::tr("Cannot revoke the tokens of %1").arg(accountId), q);
    return q.numRowsAffected();
}

} // namespace PumpStudio::Accounts
