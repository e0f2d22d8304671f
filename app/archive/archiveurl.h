// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QString>

namespace PumpStudio::Archive {

/// Where the shared archive is: libpq's URI form,
/// postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?host=/socket/dir&sslmode=require...].
/// A password in the URL is accepted (libpq accepts it) but never shown again: toString()
/// leaves it out, and a password from PGPASSWORD or the keychain is preferred for that reason.
struct ArchiveUrl
{
    QString user;
    QString password;
    QString host;          ///< a name, an address, or a folder holding the server's Unix socket
    int port = 5432;
    QString database;
    QString options;       ///< the remaining query parameters, as QPSQL connect options ("sslmode=require")

    /// The URL without its password, for settings, logs and messages.
    QString toString() const;
    static Result<ArchiveUrl> parse(const QString &text);
};

} // namespace PumpStudio::Archive
