// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/sqliteconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Records {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunRecord)
};

std::atomic<quint64> s_nextConnection{1};
} // namespace

Error sqlError(Error::Code code, const QString &what, const QSqlQuery &query)
{
    return makeError(code, u"%1: %2"_s.arg(what, query.lastError().text()));
}

SqliteConnection::SqliteConnection(const QString &role)
    : m_name(u"pumpstudio-records-%1-%2"_s.arg(role).arg(s_nextConnection.fetch_add(1)))
{
    QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
}

SqliteConnection::~SqliteConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<void> SqliteConnection::open(const QString &path, const QString &connectOptions)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.isValid())
        return makeError(Error::Code::Unsupported, Tr::tr("The SQLite driver for Qt is not installed."));
    db.setDatabaseName(path);
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return makeError(Error::Code::Io, Tr::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    return {};
}

QSqlDatabase SqliteConnection::database() const { return QSqlDatabase::database(m_name, false); }

Result<void> SqliteConnection::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return sqlError(Error::Code::Io, sql, query);
    return {};
}

Result<QVariant> SqliteConnection::scalar(const QString &sql) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return sqlError(Error::Code::BadFile, sql, query);
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace PumpStudio::Records
