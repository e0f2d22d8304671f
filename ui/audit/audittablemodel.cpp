// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "audittablemodel.h"

#include "accounts/role.h"

#include <QLocale>

namespace PumpStudio {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

AuditTableModel::~AuditTableModel() = default;

void AuditTableModel::setEntries(QList<Audit::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AuditTableModel::append(const Audit::AuditEntry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

int AuditTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Audit::AuditEntry &e = m_entries.at(index.row());
    if (role == RawRole) {
        switch (index.column()) {
        case Seq: return e.seq;
        case Time: return e.timeUtc;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        // Wide columns are cut on the page: the whole text is here.
        if (index.column() == Action)
            return tr("%1\nEntry %2, hash %3").arg(data(index, Qt::DisplayRole).toString()).arg(e.seq).arg(QString::fromLatin1(e.hash));
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq: return e.seq;
    case Time: return e.localTimeText();
    case User: {
        const QString os = e.actor.osUser.isEmpty() || e.actor.osUser == e.actor.userId ? QString() : tr("[OS user %1]").arg(e.actor.osUser);
        return QStringList{e.actor.displayName(), os}.join(u' ').trimmed();
    }
    case Role: return Accounts::roleTokenText(e.actor.role);
    case Workstation: return e.actor.workstation;
    case Kind: return Audit::kindText(e.kind);
    case Target: return e.target;
    case Action: return e.action;
    case OldValue: return e.oldValue.left(300);
    case NewValue: return e.newValue.left(300);
    case Reason: return e.reason;
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq: return tr("#");
    case Time: return tr("Time (local, with UTC offset)");
    case User: return tr("User");
    case Role: return tr("Role");
    case Workstation: return tr("Workstation");
    case Kind: return tr("Kind");
    case Target: return tr("What");
    case Action: return tr("Action");
    case OldValue: return tr("Old value");
    case NewValue: return tr("New value");
    case Reason: return tr("Reason");
    default: return {};
    }
}

AuditFilterModel::AuditFilterModel(QObject *parent) : QSortFilterProxyModel(parent) { setSortRole(AuditTableModel::RawRole); }

AuditFilterModel::~AuditFilterModel() = default;

void AuditFilterModel::setFilter(const Audit::AuditFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

QList<Audit::AuditEntry> AuditFilterModel::shownEntries() const
{
    QList<Audit::AuditEntry> out;
    const auto *source = qobject_cast<const AuditTableModel *>(sourceModel());
    if (!source)
        return out;
    for (int row = 0; row < rowCount(); ++row)
        out.append(source->entry(mapToSource(index(row, 0)).row()));
    return out;
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *source = qobject_cast<const AuditTableModel *>(sourceModel());
    return source && Audit::matches(source->entry(sourceRow), m_filter);
}

} // namespace PumpStudio
