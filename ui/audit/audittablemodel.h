// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/auditentry.h"
#include "audit/auditfilter.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace PumpStudio {

/// The audit trail as a table, oldest first; new entries come in as they are written.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column { Seq, Time, User, Role, Workstation, Kind, Target, Action, OldValue, NewValue, Reason, ColumnCount };
    enum Roles { RawRole = Qt::UserRole + 1 };

    explicit AuditTableModel(QObject *parent = nullptr);
    ~AuditTableModel() override;

    void setEntries(QList<Audit::AuditEntry> entries);
    void append(const Audit::AuditEntry &entry);
    const QList<Audit::AuditEntry> &entries() const { return m_entries; }
    const Audit::AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Audit::AuditEntry> m_entries;
};

/// Shows the entries Audit::matches() lets through.
class AuditFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterModel)

public:
    explicit AuditFilterModel(QObject *parent = nullptr);
    ~AuditFilterModel() override;
    void setFilter(const Audit::AuditFilter &filter);
    const Audit::AuditFilter &filter() const { return m_filter; }
    /// The entries shown, in the order shown.
    QList<Audit::AuditEntry> shownEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Audit::AuditFilter m_filter;
};

} // namespace PumpStudio
