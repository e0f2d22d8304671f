// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "accounts/accountstore.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace PumpStudio::Accounts {

/// A new secret: 32 random bytes of the system's generator, base64url ("pst_" first).
QString newApiTokenSecret();
/// A new token id: 8 hex digits.
QString newApiTokenId();
/// SHA-256 of `secret`, hex.
QByteArray apiTokenHash(const QString &secret);

/// The account `userId` when `secret` is one of its tokens in force and the account may act:
/// it exists, is enabled and not locked out. Refused otherwise, with a reason that does not
/// tell an unknown user from a wrong token. The hashes are compared in constant time.
Result<Account> verifyApiToken(const AccountStore &store, const QString &userId, const QString &secret, const QDateTime &nowUtc);

} // namespace PumpStudio::Accounts
