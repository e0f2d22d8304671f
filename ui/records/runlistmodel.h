// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "records/runcatalog.h"

#include <QAbstractTableModel>

namespace PumpStudio {

/// The run records of a folder, one row each; unreadable files are listed with their error.
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)

public:
    enum Column { Start, Duration, Operator, Pumps, Samples, Alarms, File, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit RunListModel(QObject *parent = nullptr);

    void setRuns(const QList<Records::RunSummary> &runs);
    const Records::RunSummary *run(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Records::RunSummary> m_runs;
};

} // namespace PumpStudio
