// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace PumpStudio::Catalog {

/// Which of the two data languages to show; catalog text is data, not tr().
enum class Language { English, Chinese };

/// A text in English and Simplified Chinese; Chinese falls back to English when empty.
struct LocalizedText
{
    QString en;
    QString zh;

    const QString &text(Language language) const { return language == Language::Chinese && !zh.isEmpty() ? zh : en; }
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

/// An amount of money in minor units (fen, cents) so that totals never drift.
struct Money
{
    qint64 minor = 0;
    QString currency;  ///< ISO 4217 code, "CNY"

    friend bool operator==(const Money &, const Money &) = default;
};

/// The largest unit price any file may give: 1,000,000,000.00 in minor units. With quantities
/// bounded by Cart::kMaxQuantity a line total stays far inside qint64, and totals are summed
/// with overflow checks all the same.
inline constexpr qint64 kMaxPriceMinor = 100'000'000'000;

/// Why a decimal amount is not a price.
enum class AmountProblem { NotANumber, Negative, TooLarge, FractionOfCent };

/// A decimal amount (a price in major units) in minor units: a finite number from 0 to
/// kMaxPriceMinor / 100 in whole cents, or why not.
std::variant<qint64, AmountProblem> priceMinorUnits(double amount);
/// The sentence for a problem, naming the limit ("is above the largest price accepted, 1000000000.00").
QString amountProblemText(AmountProblem problem);
/// `unit` times `quantity`, empty when the product does not fit in qint64.
std::optional<Money> multiply(const Money &unit, qint64 quantity);
/// An exact amount for files, from the integer: "-1234.05" (no grouping, '.' decimal point).
QString plainAmount(qint64 minor);

/// Specifications; every field is optional because each category uses a different subset.
struct Specs
{
    LocalizedText material;
    LocalizedText connection;            ///< connection size or fitting, "1/4\" hose barb"
    std::optional<double> innerDiameterMm;
    std::optional<double> outerDiameterMm;
    std::optional<double> poreSizeUm;
    std::optional<double> filterAreaCm2;
    std::optional<double> capacityMl;
    std::optional<int> packSize;         ///< pieces (or metres of tubing) per order unit
    QString packUnit;                    ///< "pcs" or "m"
};

/// One orderable accessory.
struct CatalogItem
{
    QString sku;
    LocalizedText name;
    LocalizedText description;
    QString category;                    ///< a Vocabulary::categories() id
    Specs specs;
    QStringList applications;            ///< Vocabulary::applications() ids
    QStringList compatibleHeads;         ///< head ids; for a head item, the head it is
    QStringList compatibleTubing;        ///< tubing ids; for a tubing item, the size it is
    QStringList compatibleModels;        ///< pump model ids
    QString image;                       ///< resource or file path of the product picture
    std::optional<Money> price;          ///< empty: price on request
    std::optional<double> serviceLifeHours; ///< pump hours until replacement, for wearing parts
    // Distributor overlay (price list): stock and discount; the price above is already overridden.
    std::optional<int> stock;
    std::optional<double> discountPercent;

    /// The price after the distributor's discount, empty when on request.
    std::optional<Money> effectivePrice() const;
};

/// The manufacturer whose range the catalog lists.
struct Manufacturer
{
    LocalizedText name;
    QString website;
    QString email;
    LocalizedText address;
    QString phone;
};

/// A loaded catalog file.
struct Catalog
{
    int format = 1;
    QString version;
    LocalizedText notice;                ///< e.g. that the file holds sample data
    Manufacturer manufacturer;
    std::vector<CatalogItem> items;

    const CatalogItem *find(const QString &sku) const;
};

} // namespace PumpStudio::Catalog

class QLocale;

namespace PumpStudio::Catalog {

/// "CNY 1,280.00" in the locale's digits, exact to the cent whatever the amount; the ISO code
/// rather than a symbol because ¥ is ambiguous.
QString formatMoney(const Money &money, const QLocale &locale);
/// The data language matching a UI locale (Chinese for any zh locale, else English).
Language languageFor(const QLocale &locale);

} // namespace PumpStudio::Catalog
