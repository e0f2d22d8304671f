// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace PumpStudio::Telemetry {

/// The QoS 1 messages (alarms, events, runs) not yet acknowledged by the broker, kept in a
/// small SQLite file so they survive the broker's absence and a restart of the program.
/// Bounded: past `limit` messages the oldest are dropped, and counted. Use it on one thread.
class OfflineQueue final
{
public:
    struct Message
    {
        qint64 seq = 0;
        QString topic;
        QByteArray payload;
        bool retain = false;
    };

    explicit OfflineQueue(int limit);
    ~OfflineQueue();
    Q_DISABLE_COPY_MOVE(OfflineQueue)

    /// An empty path keeps the queue in memory only.
    Result<void> open(const QString &path);
    bool isPersistent() const { return !m_connection.isEmpty(); }

    Result<void> push(const QString &topic, const QByteArray &payload, bool retain);
    /// Up to `count` messages after `afterSeq`, oldest first.
    QList<Message> peek(qint64 afterSeq, int count) const;
    void remove(qint64 seq);
    qint64 size() const { return m_size; }
    /// Messages dropped because the queue was full, since it was opened.
    qint64 dropped() const { return m_dropped; }

private:
    int m_limit;
    QString m_connection;
    qint64 m_size = 0;
    qint64 m_dropped = 0;
    qint64 m_nextSeq = 1;
    QList<Message> m_memory;
};

} // namespace PumpStudio::Telemetry
