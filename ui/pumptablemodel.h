// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "calibration/calibrationstore.h"
#include "device/pumpsnapshot.h"

#include <QAbstractTableModel>

namespace PumpStudio {

/// The configured pumps with their link state, identity, calibration state (for the head and
/// tubing fitted: due, overdue or valid until) and last error, one row each.
class PumpTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PumpTableModel)

public:
    enum Column { Name, Model, Port, Address, Link, CalibrationDue, Identity, LastError, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole };

    explicit PumpTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Inserts or updates the row of `snapshot.config.id`.
    void upsert(const Device::PumpSnapshot &snapshot);
    void remove(const QString &id);
    int rowOf(const QString &id) const;
    /// The pump's calibration state as the views show it (nullopt: not known yet). Kept by id,
    /// so it may come before the pump's row.
    void setCalibration(const QString &id, const std::optional<PumpStudio::Calibration::DueState> &state);
    const Device::PumpSnapshot &snapshotAt(int row) const { return m_rows.at(row); }

private:
    QList<Device::PumpSnapshot> m_rows;
    QHash<QString, PumpStudio::Calibration::DueState> m_calibration;
};

} // namespace PumpStudio
