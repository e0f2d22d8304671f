// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogtypes.h"
#include "core/result.h"

#include <QByteArray>

#include <vector>

namespace PumpStudio::Catalog {

/// One distributor price: overrides the bundled price, adds stock and a discount.
struct PriceEntry
{
    QString sku;
    std::optional<Money> price;            ///< empty: price on request
    std::optional<int> stock;
    std::optional<double> discountPercent;

    friend bool operator==(const PriceEntry &, const PriceEntry &) = default;
};

/// A rejected line of an imported file and why.
struct LineError
{
    int line = 0;
    QString reason;
};

/// What an import found: the good lines to keep and every bad line with its reason.
struct PriceListImport
{
    std::vector<PriceEntry> entries;
    std::vector<LineError> errors;
};

/// Parses a distributor price list (CSV: SKU, price, currency, stock, optional discount; comma or
/// semicolon separated; a header row may name and reorder the columns). Good lines are kept, every
/// bad line is reported; SKUs unknown to `catalog` are bad lines.
PriceListImport parsePriceList(const QByteArray &csv, const Catalog &catalog);

/// The overlay file format (JSON) kept in the app's data folder.
QByteArray serializePriceOverlay(const std::vector<PriceEntry> &entries);
Result<std::vector<PriceEntry>> parsePriceOverlay(const QByteArray &json, const QString &fileName);
/// Overrides prices, stock and discounts of the catalog's items; returns how many items matched.
int applyPriceOverlay(Catalog &catalog, const std::vector<PriceEntry> &entries);

} // namespace PumpStudio::Catalog
