// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "runlistmodel.h"

#include "core/clocktext.h"
#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

RunListModel::RunListModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunListModel::setRuns(const QList<Records::RunSummary> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const Records::RunSummary *RunListModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Records::RunSummary &r = m_runs.at(index.row());
    if (role == PathRole)
        return r.filePath;
    if (role == Qt::ForegroundRole && !r.isReadable())
        return QBrush(QColor(0xb0, 0x00, 0x20));
    const QLocale locale;
    if (role == SortRole) {
        switch (index.column()) {
        case Start: return r.info.startUtc;
        case Duration: return r.durationSeconds;
        case Samples: return r.sampleCount;
        case Alarms: return r.alarmCount;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole)
        return r.isReadable() ? r.filePath : r.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Start:
        return r.isReadable() ? locale.toString(r.info.startUtc.toOffsetFromUtc(r.info.utcOffsetSeconds), u"yyyy-MM-dd HH:mm:ss"_s)
                              : tr("unreadable");
    case Duration: return elapsedClockText(r.durationSeconds);
    case Operator: return r.info.operatorName;
    case Pumps: return r.pumps.join(u", "_s);
    case Samples: return locale.toString(r.sampleCount);
    case Alarms: return r.alarmCount;
    case File: return r.isReadable() ? QFileInfo(r.filePath).fileName() : QFileInfo(r.filePath).fileName() + u": "_s + r.error;
    default: return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start: return tr("Started");
    case Duration: return tr("Duration");
    case Operator: return tr("Operator");
    case Pumps: return tr("Channels");
    case Samples: return tr("Samples");
    case Alarms: return tr("Alarms");
    case File: return tr("File");
    default: return {};
    }
}

} // namespace PumpStudio
