// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "alarmmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace PumpStudio {

AlarmModel::AlarmModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlarmModel::setAlarms(const QList<Monitor::AlarmEntry> &alarms)
{
    // The list only grows at the top and changes state in place: a reset keeps it simple and is
    // cheap at the sizes an alarm list reaches.
    beginResetModel();
    m_alarms = alarms;
    endResetModel();
}

int AlarmModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alarms.size());
}

int AlarmModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Monitor::AlarmEntry &a = m_alarms.at(index.row());
    if (role == AlarmIdRole)
        return a.id;
    if (role == Qt::ForegroundRole && a.active && !a.acknowledged)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::FontRole && !a.acknowledged) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time: return QLocale().toString(a.timeUtc.toLocalTime(), u"yyyy-MM-dd HH:mm:ss");
    case Source: return a.source;
    case Message: return a.message;
    case Value: return a.value ? QLocale().toString(*a.value, 'f', 2) : QString();
    case State: {
        QString state = a.active ? tr("Active") : tr("Cleared");
        if (a.acknowledged)
            state += tr(", acknowledged");
        if (a.stopsPumps)
            state += tr(", pumps stopped");
        return state;
    }
    default: return {};
    }
}

QVariant AlarmModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Source: return tr("Source");
    case Message: return tr("Alarm");
    case Value: return tr("Value");
    case State: return tr("State");
    default: return {};
    }
}

} // namespace PumpStudio
