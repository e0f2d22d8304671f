// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace PumpStudio::Records {

/// A uniquely named QSQLITE connection owned by one object and removed when it goes away.
/// Use it on the thread that opened it (a Qt SQL rule). Destroy every QSqlQuery on it first.
class SqliteConnection final
{
public:
    explicit SqliteConnection(const QString &role);
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    /// Opens path with QSQLITE connect options ("QSQLITE_OPEN_READONLY;...").
    Result<void> open(const QString &path, const QString &connectOptions);
    QSqlDatabase database() const;
    QString name() const { return m_name; }

    /// Runs one statement; an Error carrying SQLite's message when it fails.
    Result<void> exec(const QString &sql) const;
    /// The first column of the first row of a query.
    Result<QVariant> scalar(const QString &sql) const;

private:
    QString m_name;
};

/// "what failed: driver text" as an Error with the given code.
Error sqlError(Error::Code code, const QString &what, const QSqlQuery &query);

} // namespace PumpStudio::Records
