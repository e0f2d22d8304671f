// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalogtablemodel.h"

#include "catalog/catalogfilter.h"
#include "catalog/vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using namespace Catalog;

CatalogTableModel::CatalogTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int CatalogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_catalog.items.size());
}

int CatalogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogTableModel::categoryName(const QString &id)
{
    return Vocabulary::categoryName(id).text(languageFor(QLocale()));
}

QString CatalogTableModel::applicationName(const QString &id)
{
    return Vocabulary::applicationName(id).text(languageFor(QLocale()));
}

QString CatalogTableModel::hintText(const ReorderHint &hint)
{
    return hint.severity == ReorderHint::Severity::Overdue ? tr("Replace now") : tr("Due soon");
}

QVariant CatalogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogItem &it = item(index.row());
    const auto price = it.effectivePrice();
    const auto hint = index.column() == Reorder ? hintFor(m_hints, it.sku) : std::nullopt;
    if (role == SkuRole)
        return it.sku;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Name: return it.name.text(m_language);
        case Sku: return it.sku;
        case Category: return static_cast<int>(Vocabulary::categories().indexOf(it.category));
        // Price on request sorts after every price.
        case Price: return price ? price->minor : std::numeric_limits<qint64>::max();
        case Stock: return it.stock.value_or(-1);
        case Reorder: return hint ? static_cast<int>(hint->severity) + 1 : 0;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return it.name.text(m_language);
        case Sku: return it.sku;
        case Category: return categoryName(it.category);
        case Price: return price ? formatMoney(*price, QLocale()) : tr("on request");
        case Stock: return it.stock ? QLocale().toString(*it.stock) : QString();
        case Reorder: return hint ? hintText(*hint) : QString();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Reorder && hint)
            return tr("A pump (%1) has run %2 h of this part's %3 h service life.")
                .arg(hint->modelId, QLocale().toString(hint->hours, 'f', 0), QLocale().toString(hint->lifeHours, 'f', 0));
        if (index.column() == Name)
            return it.description.text(m_language);
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == Stock))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == Reorder && hint) {
        const bool overdue = hint->severity == ReorderHint::Severity::Overdue;
        if (role == Qt::BackgroundRole)
            return QBrush(overdue ? QColor(0xfd, 0xe0, 0xdc) : QColor(0xff, 0xf0, 0xc2));
        if (role == Qt::ForegroundRole)
            return QBrush(overdue ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x8a, 0x5a, 0x00));
    }
    if (index.column() == Price && role == Qt::ForegroundRole && !price)
        return QBrush(QColor(0x61, 0x61, 0x61));
    return {};
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Sku: return tr("SKU");
    case Category: return tr("Category");
    case Price: return tr("Price");
    case Stock: return tr("Stock");
    case Reorder: return tr("Reorder");
    default: return {};
    }
}

void CatalogTableModel::setCatalog(Catalog::Catalog catalog)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_searchText.clear();
    for (const CatalogItem &it : m_catalog.items)
        m_searchText.append(Catalog::searchText(it));
    endResetModel();
}

void CatalogTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Name));
}

void CatalogTableModel::setHints(std::vector<ReorderHint> hints)
{
    m_hints = std::move(hints);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Reorder), index(rowCount() - 1, Reorder));
}

int CatalogTableModel::rowOf(const QString &sku) const
{
    for (std::size_t row = 0; row < m_catalog.items.size(); ++row) {
        if (m_catalog.items[row].sku == sku)
            return static_cast<int>(row);
    }
    return -1;
}

} // namespace PumpStudio
