// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/pricelist.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace PumpStudio {

/// What a price list import would change, one row per change: added, changed, removed, rejected.
class PriceChangeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceChangeModel)

public:
    enum Column { Line, Change, Sku, Before, After, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, KindRole };

    explicit PriceChangeModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setChanges(std::vector<Catalog::PriceChange> changes, const QLocale &locale = QLocale());
    const Catalog::PriceChange &change(int row) const { return m_changes.at(static_cast<std::size_t>(row)); }

    static QString kindText(Catalog::PriceChange::Kind kind);

private:
    std::vector<Catalog::PriceChange> m_changes;
    QLocale m_locale;
};

} // namespace PumpStudio
