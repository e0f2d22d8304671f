// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogfilter.h"

#include <QSortFilterProxyModel>

namespace PumpStudio {

/// Filters a CatalogTableModel with the core predicate Catalog::matches and sorts by raw values.
class CatalogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilterModel)

public:
    explicit CatalogFilterModel(QObject *parent = nullptr);

    void setCriteria(Catalog::FilterCriteria criteria);
    const Catalog::FilterCriteria &criteria() const { return m_criteria; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Catalog::FilterCriteria m_criteria;
};

} // namespace PumpStudio
