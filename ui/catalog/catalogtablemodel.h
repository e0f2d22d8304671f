// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogtypes.h"
#include "catalog/reorderhints.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace PumpStudio {

/// The catalog's items as a table: one row per item, with reorder hints as a badge column.
class CatalogTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogTableModel)

public:
    enum Column { Name, Sku, Category, Price, Stock, Reorder, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, SkuRole };

    explicit CatalogTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCatalog(Catalog::Catalog catalog);
    const Catalog::Catalog &catalog() const { return m_catalog; }
    void setLanguage(Catalog::Language language);
    Catalog::Language language() const { return m_language; }
    void setHints(std::vector<Catalog::ReorderHint> hints);
    const std::vector<Catalog::ReorderHint> &hints() const { return m_hints; }

    const Catalog::CatalogItem &item(int row) const { return m_catalog.items.at(static_cast<std::size_t>(row)); }
    /// The case-folded search text of a row, computed once per catalog.
    const QString &searchText(int row) const { return m_searchText.at(row); }
    /// Row of a SKU, -1 when absent.
    int rowOf(const QString &sku) const;

    /// People's names for the shared ids in the UI's language (from Catalog::Vocabulary, which
    /// keeps both languages so that the search finds either).
    static QString categoryName(const QString &id);
    static QString applicationName(const QString &id);
    /// "Due soon" / "Replace now" text of a hint.
    static QString hintText(const Catalog::ReorderHint &hint);

private:
    Catalog::Catalog m_catalog;
    QStringList m_searchText;
    Catalog::Language m_language = Catalog::Language::English;
    std::vector<Catalog::ReorderHint> m_hints;
};

} // namespace PumpStudio
