// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalogfiltermodel.h"

#include "catalogtablemodel.h"

namespace PumpStudio {

CatalogFilterModel::CatalogFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogTableModel::RawValueRole);
    setSortLocaleAware(true);
}

void CatalogFilterModel::setCriteria(Catalog::FilterCriteria criteria)
{
    m_criteria = std::move(criteria);
    invalidateFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const CatalogTableModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    return Catalog::matches(model->item(sourceRow), model->searchText(sourceRow), m_criteria);
}

} // namespace PumpStudio
