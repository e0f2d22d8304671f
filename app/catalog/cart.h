// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogtypes.h"

#include <QByteArray>
#include <QMap>

#include <optional>

#include <vector>

namespace PumpStudio::Catalog {

/// One cart line: a SKU and how many order units.
struct CartLine
{
    QString sku;
    int quantity = 0;

    friend bool operator==(const CartLine &, const CartLine &) = default;
};

/// Sums of a cart: one total per currency; items without a price are counted apart, never as 0.
struct CartTotals
{
    QMap<QString, qint64> perCurrency;  ///< currency -> minor units
    int onRequestLines = 0;
    int onRequestUnits = 0;
    int unknownLines = 0;               ///< SKUs no longer in the catalog
    QStringList tooLarge;               ///< currencies whose total would not fit; not in perCurrency

    bool overflowed() const { return !tooLarge.isEmpty(); }
};

/// The order being put together: SKUs with quantities, in the order they were added.
class Cart final
{
public:
    /// The most order units of one line; with kMaxPriceMinor a line total stays below 10^16.
    static constexpr int kMaxQuantity = 99999;

    /// Adds `quantity` (clamped to 1..kMaxQuantity in total) of a SKU, merging with an existing line.
    void add(const QString &sku, int quantity = 1);
    /// Sets a line's quantity; 0 or less removes the line. False when the SKU is not in the cart.
    bool setQuantity(const QString &sku, int quantity);
    bool remove(const QString &sku);
    void clear() { m_lines.clear(); }

    const std::vector<CartLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.empty(); }
    int quantity(const QString &sku) const;
    int totalUnits() const;

    /// Persistence (settings): a JSON array of {sku, quantity}.
    QByteArray toJson() const;
    /// Reads toJson() output, dropping malformed lines (settings may have been edited by hand).
    static Cart fromJson(const QByteArray &json);

    friend bool operator==(const Cart &, const Cart &) = default;

private:
    std::vector<CartLine> m_lines;
};

/// What to tell before `adding` more units of `item` go into a cart that holds `inCart` of it:
/// that the distributor has none in stock, or fewer than the cart would hold. Empty when the
/// stock covers it or is not known (no distributor price list gives it).
std::optional<QString> stockWarning(const CatalogItem &item, Language language, int inCart, int adding);

/// Totals at the catalog's effective (distributor) prices, every product and sum checked for
/// overflow: a currency whose total does not fit is listed in tooLarge, never wrapped around.
CartTotals cartTotals(const Cart &cart, const Catalog &catalog);

} // namespace PumpStudio::Catalog
