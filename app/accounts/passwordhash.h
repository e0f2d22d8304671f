// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace PumpStudio::Accounts {

/// PBKDF2-HMAC-SHA256 iterations for new passwords (OWASP's 2023 figure). Stored with each hash,
/// so raising it later keeps old hashes readable.
inline constexpr int kPasswordIterations = 600'000;

/// A salted, slow hash of `password` (Qt's QPasswordDigestor, PBKDF2-HMAC-SHA256, 16 random bytes
/// of salt from the system's generator): "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64). The
/// password itself is never stored.
QString hashPassword(const QString &password, int iterations = kPasswordIterations);

/// Whether `password` gives `stored`; the comparison takes the same time however many bytes
/// match. False for a malformed `stored`.
bool verifyPassword(const QString &password, const QString &stored);

/// Compares two byte strings in time that depends only on their lengths.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace PumpStudio::Accounts
