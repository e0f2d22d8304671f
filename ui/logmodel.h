// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/logentry.h"

#include <QAbstractTableModel>

#include <deque>
#include <memory>

namespace PumpStudio {

class MemorySink;

/// Table of log entries pulled from a MemorySink; holds at most the sink's capacity.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { Time, Level, Subsystem, Message, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, LevelRole };

    explicit LogModel(std::shared_ptr<MemorySink> sink, QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The level as shown to people (translated).
    static QString levelText(LogLevel level);
    const LogEntry &entry(int row) const { return m_entries.at(static_cast<std::size_t>(row)); }
    /// Pulls entries logged since the last call; returns how many arrived.
    int refresh();
    /// Forgets the rows shown so far (the sink keeps its own copy for the file and console).
    void clear();

private:
    std::shared_ptr<MemorySink> m_sink;
    std::deque<LogEntry> m_entries;
    quint64 m_lastSequence = 0;
};

} // namespace PumpStudio
