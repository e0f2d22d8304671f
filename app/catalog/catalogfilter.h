// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogtypes.h"

#include <QSet>

namespace PumpStudio::Catalog {

/// The parts of the pumps on the bench that "fits my pumps" matches against.
struct PumpFit
{
    QSet<QString> models;
    QSet<QString> heads;
    QSet<QString> tubing;  ///< every size the heads take, plus the tubing configured

    bool isEmpty() const { return models.isEmpty() && heads.isEmpty() && tubing.isEmpty(); }
};

/// What the catalog page filters by; empty fields do not filter.
struct FilterCriteria
{
    QString text;          ///< words, each must occur somewhere (either language, SKU, specs)
    QString category;
    QString application;
    bool fitsMyPumps = false;
    PumpFit fit;
};

/// Builds the fit from configured pumps: their models, heads and tubing, and all tubing those heads take.
PumpFit pumpFit(const QStringList &models, const QStringList &heads, const QStringList &tubing);

/// Everything the text search looks at, in both languages, case-folded; cache it per item.
QString searchText(const CatalogItem &item);

/// The words of a search, case-folded; each must occur in an item's search text. Split at
/// white space and where Latin letters or digits meet Chinese characters.
QStringList searchWords(const QString &text);

/// Whether an item declares itself compatible with one of the fitted models, heads or tubing sizes.
bool fits(const CatalogItem &item, const PumpFit &fit);

/// The catalog page's filter predicate: true when the item passes every criterion.
bool matches(const CatalogItem &item, const QString &itemSearchText, const FilterCriteria &criteria);
inline bool matches(const CatalogItem &item, const FilterCriteria &criteria)
{
    return matches(item, searchText(item), criteria);
}

} // namespace PumpStudio::Catalog
