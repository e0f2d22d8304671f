// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "logmodel.h"

#include "core/memorysink.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace PumpStudio {

LogModel::LogModel(std::shared_ptr<MemorySink> sink, QObject *parent)
    : QAbstractTableModel(parent), m_sink(std::move(sink))
{
}

LogModel::~LogModel() = default;

QString LogModel::levelText(LogLevel level)
{
    switch (level) {
    case LogLevel::Trace: return tr("trace");
    case LogLevel::Debug: return tr("debug");
    case LogLevel::Info: return tr("info");
    case LogLevel::Warning: return tr("warning");
    case LogLevel::Error: return tr("error");
    case LogLevel::Critical: return tr("critical");
    case LogLevel::Off: break;
    }
    return {};
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = entry(index.row());
    if (role == LevelRole)
        return static_cast<int>(e.level);
    if (role == RawValueRole) {
        switch (index.column()) {
        case Time: return QVariant::fromValue(e.sequence);
        case Level: return static_cast<int>(e.level);
        case Subsystem: return e.subsystem;
        case Message: return e.message;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time: return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case Level: return levelText(e.level);
        case Subsystem: return e.subsystem;
        case Message: return e.message;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (e.level >= LogLevel::Error)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (e.level == LogLevel::Warning)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (e.level <= LogLevel::Debug)
            return QBrush(QColor(0x75, 0x75, 0x75));
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Level: return tr("Level");
    case Subsystem: return tr("Subsystem");
    case Message: return tr("Message");
    default: return {};
    }
}

int LogModel::refresh()
{
    if (!m_sink)
        return 0;
    std::vector<LogEntry> fresh = m_sink->entriesAfter(m_lastSequence);
    if (fresh.empty())
        return 0;
    m_lastSequence = fresh.back().sequence;
    const std::size_t capacity = m_sink->capacity();
    if (fresh.size() > capacity)
        fresh.erase(fresh.begin(), fresh.end() - static_cast<std::ptrdiff_t>(capacity));

    // Keep at most `capacity` rows: drop the oldest first.
    const std::size_t overflow = m_entries.size() + fresh.size() > capacity
                                     ? m_entries.size() + fresh.size() - capacity
                                     : 0;
    if (overflow > 0) {
        beginRemoveRows({}, 0, static_cast<int>(overflow) - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + static_cast<std::ptrdiff_t>(overflow));
        endRemoveRows();
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    std::move(fresh.begin(), fresh.end(), std::back_inserter(m_entries));
    endInsertRows();
    return static_cast<int>(fresh.size());
}

void LogModel::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

} // namespace PumpStudio
