// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "pricechangemodel.h"

#include <QBrush>
#include <QColor>

namespace PumpStudio {

using Catalog::PriceChange;

PriceChangeModel::PriceChangeModel(QObject *parent) : QAbstractTableModel(parent) {}

int PriceChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int PriceChangeModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString PriceChangeModel::kindText(PriceChange::Kind kind)
{
    switch (kind) {
    case PriceChange::Kind::Added: return tr("Added");
    case PriceChange::Kind::Changed: return tr("Changed");
    case PriceChange::Kind::Removed: return tr("Removed");
    case PriceChange::Kind::Rejected: return tr("Rejected");
    }
    return {};
}

QVariant PriceChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PriceChange &c = change(index.row());
    if (role == KindRole)
        return static_cast<int>(c.kind);
    if (role == Qt::ForegroundRole && index.column() == Change) {
        switch (c.kind) {
        case PriceChange::Kind::Rejected: return QBrush(QColor(0xb7, 0x1c, 0x1c));
        case PriceChange::Kind::Removed: return QBrush(QColor(0x8a, 0x5a, 0x00));
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case Line:
        if (role == RawValueRole)
            return c.line;
        return c.line > 0 ? m_locale.toString(c.line) : QString();
    case Change:
        return role == RawValueRole ? QVariant(static_cast<int>(c.kind)) : QVariant(kindText(c.kind));
    case Sku:
        return c.sku;
    case Before:
        return c.before ? describePriceEntry(*c.before, m_locale) : QString();
    case After:
        if (c.kind == PriceChange::Kind::Rejected)
            return c.reason;
        return c.after ? describePriceEntry(*c.after, m_locale) : QString();
    default:
        return {};
    }
}

QVariant PriceChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Line");
    case Change: return tr("Change");
    case Sku: return tr("SKU");
    case Before: return tr("Now");
    case After: return tr("After import / why rejected");
    default: return {};
    }
}

void PriceChangeModel::setChanges(std::vector<Catalog::PriceChange> changes, const QLocale &locale)
{
    beginResetModel();
    m_changes = std::move(changes);
    m_locale = locale;
    endResetModel();
}

} // namespace PumpStudio
