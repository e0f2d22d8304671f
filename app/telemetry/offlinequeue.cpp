// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "telemetry/offlinequeue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Telemetry {

namespace {
struct QueueTr
{
    Q_DECLARE_TR_FUNCTIONS(OfflineQueue)
};

Error queueError(const QString &what, const QSqlError &error)
{
    return makeError(Error::Code::Io, QueueTr::tr("The telemetry queue: %1: %2").arg(what, error.text()));
}
} // namespace

OfflineQueue::OfflineQueue(int limit) : m_limit(std::max(1, limit)) {}

OfflineQueue::~OfflineQueue()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Result<void> OfflineQueue::open(const QString &path)
{
    if (path.isEmpty())
        return {};
    static std::atomic<int> counter{0};
    const QString name = u"telemetry-queue-%1"_s.arg(++counter);
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            const Error e = queueError(path, db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return e;
        }
        QSqlQuery q(db);
        // synchronous=FULL: an alarm the program was told about is on disk before it is sent.
        for (const QString &sql : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                   u"CREATE TABLE IF NOT EXISTS message(seq INTEGER PRIMARY KEY, topic TEXT NOT NULL,"
                                   " payload BLOB NOT NULL, retain INTEGER NOT NULL)"_s}) {
            if (!q.exec(sql)) {
                const Error e = queueError(path, q.lastError());
                q = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return e;
            }
        }
        q.exec(u"SELECT count(*), coalesce(max(seq), 0) FROM message"_s);
        if (q.next()) {
            m_size = q.value(0).toLongLong();
            m_nextSeq = q.value(1).toLongLong() + 1;
        }
    }
    m_connection = name;
    return {};
}

Result<void> OfflineQueue::push(const QString &topic, const QByteArray &payload, bool retain)
{
    if (m_connection.isEmpty()) {
        m_memory.append(Message{m_nextSeq++, topic, payload, retain});
        if (m_memory.size() > m_limit) {
            m_memory.removeFirst();
            ++m_dropped;
        }
        m_size = m_memory.size();
        return {};
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO message(seq, topic, payload, retain) VALUES(?, ?, ?, ?)"_s);
    q.addBindValue(m_nextSeq);
    q.addBindValue(topic);
    q.addBindValue(payload);
    q.addBindValue(retain ? 1 : 0);
    if (!q.exec())
        return queueError(QueueTr::tr("cannot keep a message"), q.lastError());
    ++m_nextSeq;
    ++m_size;
    if (m_size > m_limit) {
        const qint64 excess = m_size - m_limit;
        q.prepare(u"DELETE FROM message WHERE seq IN (SELECT seq FROM message ORDER BY seq LIMIT ?)"_s);
        q.addBindValue(excess);
        if (q.exec()) {
            m_size -= excess;
            m_dropped += excess;
        }
    }
    return {};
}

QList<OfflineQueue::Message> OfflineQueue::peek(qint64 afterSeq, int count) const
{
    QList<Message> out;
    if (m_connection.isEmpty()) {
        for (const Message &m : m_memory) {
            if (m.seq > afterSeq && out.size() < count)
                out.append(m);
        }
        return out;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT seq, topic, payload, retain FROM message WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    q.addBindValue(afterSeq);
    q.addBindValue(count);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(Message{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toByteArray(), q.value(3).toInt() != 0});
    return out;
}

void OfflineQueue::remove(qint64 seq)
{
    if (m_connection.isEmpty()) {
        m_memory.removeIf([seq](const Message &m) { return m.seq == seq; });
        m_size = m_memory.size();
        return;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM message WHERE seq = ?"_s);
    q.addBindValue(seq);
    if (q.exec() && q.numRowsAffected() > 0)
        --m_size;
}

} // namespace PumpStudio::Telemetry
