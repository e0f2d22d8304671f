// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "archive/archiveurl.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace PumpStudio::Archive {

/// One connection to the shared archive through Qt SQL's QPSQL driver (libpq), with the schema
/// brought up to date on open (archiveschema.h). Blocking, like every Qt SQL call: use it on a
/// worker thread in the GUI, on the main thread in pumpctl. Use it on the thread that opened it.
///
/// The password: the one given, else the URL's, else whatever libpq finds itself (PGPASSWORD,
/// ~/.pgpass). It is never put in a message or a log.
class ArchiveConnection final
{
public:
    ArchiveConnection();
    ~ArchiveConnection();
    Q_DISABLE_COPY_MOVE(ArchiveConnection)

    /// Disconnected (exit 3 in pumpctl) when the server cannot be reached or refuses the login;
    /// Unsupported when the QPSQL driver is not installed or the schema is newer than this program.
    Result<void> open(const ArchiveUrl &url, const QString &password = {}, int connectTimeoutS = 10);
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;
    const ArchiveUrl &url() const { return m_url; }
    int schemaVersion() const { return m_schemaVersion; }

private:
    QString m_name;
    ArchiveUrl m_url;
    int m_schemaVersion = 0;
};

/// "what failed: the server's words" as an error: Disconnected when the connection is gone (the
/// server stopped mid-way), Io otherwise.
Error archiveError(const QString &what, const QSqlError &error, const QSqlDatabase &db);

/// A text column's value: SQL NULL for an empty string (what the archive's rows expect).
QVariant textOrNull(const QString &s);

} // namespace PumpStudio::Archive
