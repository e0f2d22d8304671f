// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "pumptablemodel.h"

#include "calibration/calibrationdue.h"

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
        case CalibrationDue: {
            const auto it = m_calibration.constFind(s.config.id);
            if (it == m_calibration.constEnd())
                return QString();
            if (role == Qt::ToolTipRole && !it->certificate.isEmpty())
                return tr("%1 (certificate %2)").arg(PumpStudio::Calibration::dueBadgeText(*it), it->certificate);
            return PumpStudio::Calibration::dueBadgeText(*it);
        }
        case LastError: return s.lastErrorText();
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == CalibrationDue) {
        const auto it = m_calibration.constFind(s.config.id);
        if (it != m_calibration.constEnd() && it->kind == PumpStudio::Calibration::DueState::Kind::Overdue)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (it != m_calibration.constEnd() && it->kind == PumpStudio::Calibration::DueState::Kind::Due)
            return QBrush(QColor(0xa0, 0x5a, 0x00));
        return {};
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
    case CalibrationDue: return tr("Calibration");
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

void PumpTableModel::setCalibration(const QString &id, const std::optional<PumpStudio::Calibration::DueState> &state)
{
    if (state)
        m_calibration.insert(id, *state);
    else
        m_calibration.remove(id);
    if (const int row = rowOf(id); row >= 0)
        Q_EMIT dataChanged(index(row, CalibrationDue), index(row, CalibrationDue));
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
