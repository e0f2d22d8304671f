// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/catalogtypes.h"

#include <QLocale>
#include <QtMath>

#include <algorithm>

namespace PumpStudio::Catalog {

std::optional<Money> CatalogItem::effectivePrice() const
{
    if (!price)
        return std::nullopt;
    if (!discountPercent || *discountPercent <= 0.0)
        return price;
    Money discounted = *price;
    discounted.minor = qRound64(static_cast<double>(price->minor) * (100.0 - *discountPercent) / 100.0);
    return discounted;
}

const CatalogItem *Catalog::find(const QString &sku) const
{
    const auto it = std::find_if(items.begin(), items.end(), [&sku](const CatalogItem &item) { return item.sku == sku; });
    return it == items.end() ? nullptr : &*it;
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    return money.currency + QChar(u' ') + locale.toString(static_cast<double>(money.minor) / 100.0, 'f', 2);
}

Language languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

} // namespace PumpStudio::Catalog
