// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogtypes.h"
#include "core/result.h"

#include <QByteArray>

class QLocale;

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
    std::vector<int> entryLines;  ///< the line of the file each entry came from (parallel to entries)
    std::vector<LineError> errors;
};

/// One difference an import would make to the price list kept now.
struct PriceChange
{
    enum class Kind { Added, Changed, Removed, Rejected };

    Kind kind = Kind::Added;
    int line = 0;                     ///< line of the imported file; 0 for Removed
    QString sku;                      ///< empty for a rejected line without one
    std::optional<PriceEntry> before; ///< Changed, Removed
    std::optional<PriceEntry> after;  ///< Added, Changed
    QString reason;                   ///< Rejected
};

/// The differences between the list kept now and an import: rejected lines and changes in the
/// order of the imported file's lines, removed SKUs (priced now, absent from the file) last.
struct PriceListDiff
{
    std::vector<PriceChange> changes;
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
    int rejected = 0;
};

PriceListDiff diffPriceLists(const std::vector<PriceEntry> &kept, const PriceListImport &imported);
/// "CNY 95.50, stock 12, 10 % off" (the price before the discount); "price on request, ..." when unpriced.
QString describePriceEntry(const PriceEntry &entry, const QLocale &locale);

/// Parses a distributor price list (CSV: SKU, price, currency, stock, optional discount; comma or
/// semicolon separated; a header row may name and reorder the columns). Good lines are kept, every
/// bad line is reported; SKUs unknown to `catalog` are bad lines.
PriceListImport parsePriceList(const QByteArray &csv, const Catalog &catalog);

/// The largest stock a price list may give.
inline constexpr int kMaxStock = 1'000'000'000;

/// The overlay file format (JSON) kept in the app's data folder.
QByteArray serializePriceOverlay(const std::vector<PriceEntry> &entries);
/// Reads an overlay file, checking every value as an imported list is checked (the file may have
/// been edited by hand): a bad entry fails the whole file, naming the entry and field.
Result<std::vector<PriceEntry>> parsePriceOverlay(const QByteArray &json, const QString &fileName);
/// Overrides prices, stock and discounts of the catalog's items; returns how many items matched.
int applyPriceOverlay(Catalog &catalog, const std::vector<PriceEntry> &entries);

} // namespace PumpStudio::Catalog
