// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "archive/archiveconnection.h"

#include "archive/archiveschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Archive {

namespace {
struct ConnectionTr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveConnection)
};

bool connectionGone(const QSqlDatabase &db)
{
    // libpq reports a dropped server only through the connection's state: ask it cheaply.
    if (!db.isOpen())
        return true;
    QSqlQuery ping(db);
    return !ping.exec(u"SELECT 1"_s);
}
} // namespace

Error archiveError(const QString &what, const QSqlError &error, const QSqlDatabase &db)
{
    const QString text = error.text().trimmed();
    const bool gone = error.type() == QSqlError::ConnectionError || connectionGone(db);
    return makeError(gone ? Error::Code::Disconnected : Error::Code::Io,
                     gone ? ConnectionTr::tr("The archive server went away (%1): %2").arg(what, text)
                          : ConnectionTr::tr("The archive refused %1: %2").arg(what, text));
}

ArchiveConnection::ArchiveConnection()
{
    static std::atomic<int> counter{0};
    m_name = u"archive-%1"_s.arg(++counter);
}

ArchiveConnection::~ArchiveConnection()
{
    close();
}

bool ArchiveConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase ArchiveConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

void ArchiveConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<void> ArchiveConnection::open(const ArchiveUrl &url, const QString &password, int connectTimeoutS)
{
    close();
    m_url = url;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return makeError(Error::Code::Unsupported,
                         ConnectionTr::tr("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian install libqt6sql6-psql."));
    }
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.database);
        if (!url.user.isEmpty())
            db.setUserName(url.user);
        const QString secret = !password.isEmpty() ? password : url.password;
        if (!secret.isEmpty())
            db.setPassword(secret);
        QStringList options{u"connect_timeout=%1"_s.arg(std::max(1, connectTimeoutS)), u"application_name=PumpStudio"_s};
        for (const QString &option : url.options.split(u';', Qt::SkipEmptyParts))
            options.append(option);
        db.setConnectOptions(options.join(u';'));
        if (!db.open())
            failure = db.lastError().text().trimmed();
    }
    if (!failure.isEmpty()) {
        close();
        return makeError(Error::Code::Disconnected, ConnectionTr::tr("Cannot connect to the archive %1: %2").arg(url.toString(), failure));
    }
    QSqlDatabase db = database();
    {
        QSqlQuery quiet(db);  // the server's NOTICEs ("already exists, skipping") are not for users
        (void)quiet.exec(u"SET client_min_messages TO warning"_s);
    }
    auto version = applyMigrations(db);
    if (!version) {
        close();
        return version.error();
    }
    m_schemaVersion = *version;
    return {};
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace PumpStudio::Archive
