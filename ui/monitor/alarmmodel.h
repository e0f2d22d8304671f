// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "services/monitorsession.h"

#include <QAbstractTableModel>

namespace PumpStudio {

/// The alarm list: newest first, with time, source, message, value, state and acknowledgement.
class AlarmModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmModel)

public:
    enum Column { Time, Source, Message, Value, State, ColumnCount };
    static constexpr int AlarmIdRole = Qt::UserRole + 1;

    explicit AlarmModel(QObject *parent = nullptr);

    void setAlarms(const QList<Monitor::AlarmEntry> &alarms);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Monitor::AlarmEntry> m_alarms;
};

} // namespace PumpStudio
