// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "accounts/apitoken.h"

#include "accounts/passwordhash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Accounts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
};
constexpr int kSecretBytes = 32;
} // namespace

QString newApiTokenSecret()
{
    QByteArray bytes(kSecretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return u"pst_"_s + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newApiTokenId()
{
    return QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0');
}

QByteArray apiTokenHash(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

Result<Account> verifyApiToken(const AccountStore &store, const QString &userId, const QString &secret, const QDateTime &nowUtc)
{
    const Error wrong = makeError(Error::Code::Refused, Tr::tr("Unknown user or wrong token."));
    if (userId.isEmpty() || secret.isEmpty())
        return wrong;
    const QByteArray given = apiTokenHash(secret);
    bool matched = false;
    // Every token of the user is compared (in constant time each), whichever matches.
    for (const ApiToken &t : store.apiTokens(userId)) {
        if (!t.isRevoked() && constantTimeEquals(given, t.sha256))
            matched = true;
    }
    const std::optional<Account> account = store.account(userId);
    if (!matched || !account)
        return wrong;
    if (!account->enabled)
        return makeError(Error::Code::Refused, Tr::tr("The account %1 is disabled.").arg(userId));
    if (account->isLocked(nowUtc))
        return makeError(Error::Code::Refused, Tr::tr("The account %1 is locked.").arg(userId));
    return *account;
}

} // namespace PumpStudio::Accounts
