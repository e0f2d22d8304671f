// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/catalogtypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogMoney)
};
} // namespace

std::variant<qint64, AmountProblem> priceMinorUnits(double amount)
{
    if (!std::isfinite(amount))
        return AmountProblem::NotANumber;
    if (amount < 0.0)
        return AmountProblem::Negative;
    // Compared before converting: 1e17 * 100 does not fit in qint64 and became a negative price.
    if (amount * 100.0 > static_cast<double>(kMaxPriceMinor))
        return AmountProblem::TooLarge;
    const double cents = amount * 100.0;
    const double whole = std::round(cents);
    if (std::abs(cents - whole) > 1e-6 * std::max(1.0, whole))
        return AmountProblem::FractionOfCent;
    return static_cast<qint64>(whole);
}

QString amountProblemText(AmountProblem problem)
{
    switch (problem) {
    case AmountProblem::NotANumber:
        return Tr::tr("is not a number");
    case AmountProblem::Negative:
        return Tr::tr("is below 0");
    case AmountProblem::TooLarge:
        return Tr::tr("is above the largest price accepted, %1").arg(plainAmount(kMaxPriceMinor));
    case AmountProblem::FractionOfCent:
        return Tr::tr("has more than two decimals");
    }
    return {};
}

std::optional<Money> multiply(const Money &unit, qint64 quantity)
{
    qint64 product = 0;
    if (qMulOverflow(unit.minor, quantity, &product))
        return std::nullopt;
    return Money{product, unit.currency};
}

QString plainAmount(qint64 minor)
{
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    return (negative ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.'
        + QString::number(magnitude % 100).rightJustified(2, u'0');
}

std::optional<Money> CatalogItem::effectivePrice() const
{
    if (!price)
        return std::nullopt;
    if (!discountPercent || !(*discountPercent > 0.0))
        return price;
    // In long double, which holds any qint64 exactly: a discounted price is never above the
    // price, so it fits whatever the price.
    const long double percent = std::min(static_cast<long double>(*discountPercent), 100.0L);
    Money discounted = *price;
    discounted.minor = std::llroundl(static_cast<long double>(price->minor) * (100.0L - percent) / 100.0L);
    return discounted;
}

const CatalogItem *Catalog::find(const QString &sku) const
{
    const auto it = std::find_if(items.begin(), items.end(), [&sku](const CatalogItem &item) { return item.sku == sku; });
    return it == items.end() ? nullptr : &*it;
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    // From the integer, not through a double: above 2^53 minor units a double drops cents.
    const bool negative = money.minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(money.minor) : quint64(money.minor);
    const quint64 cents = magnitude % 100;
    QString text = locale.toString(static_cast<qulonglong>(magnitude / 100)) + locale.decimalPoint()
        + (cents < 10 ? locale.zeroDigit() : QString()) + locale.toString(static_cast<qulonglong>(cents));
    if (negative)
        text.prepend(locale.negativeSign());
    return money.currency + QChar(u' ') + text;
}

Language languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

} // namespace PumpStudio::Catalog
