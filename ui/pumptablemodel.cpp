// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "pumptablemodel.h"

#include <QBrush>
#include <QColor>

namespace PumpStudio {

PumpTableModel::PumpTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int PumpTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PumpTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PumpTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device::PumpSnapshot &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.config.id;
    if (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return s.config.displayName();
        case Model: return s.config.modelName.isEmpty() ? s.config.modelId : s.config.modelName;
        case Port: return s.config.serial.portName;
        case Address: return s.config.address;
        case Link: return Device::linkStateText(s.link);
        case Identity: return s.identity ? s.identity->summary() : QString();
        case LastError: return s.lastErrorText();
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Link) {
        switch (s.link) {
        case Device::LinkState::Connected: return QBrush(QColor(0x2e, 0x7d, 0x32));
        case Device::LinkState::Reconnecting:
        case Device::LinkState::Failed: return QBrush(QColor(0xc6, 0x28, 0x28));
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == LastError)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    return {};
}

QVariant PumpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Pump");
    case Model: return tr("Model");
    case Port: return tr("Port");
    case Address: return tr("Address");
    case Link: return tr("Link");
    case Identity: return tr("Identity");
    case LastError: return tr("Last error");
    default: return {};
    }
}

int PumpTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).config.id == id)
            return i;
    }
    return -1;
}

void PumpTableModel::upsert(const Device::PumpSnapshot &snapshot)
{
    const int row = rowOf(snapshot.config.id);
    if (row >= 0) {
        m_rows[row] = snapshot;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = static_cast<int>(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(snapshot);
    endInsertRows();
}

void PumpTableModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace PumpStudio
