// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/pricelist.h"

#include "core/csv.h"
#include "core/messagetext.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PriceList)
};

enum Column { Sku, Price, Currency, Stock, Discount, ColumnCount };

std::optional<double> parseNumber(QString text, bool commaDecimal)
{
    text = text.trimmed();
    if (commaDecimal)
        text.replace(u',', u'.');
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

PriceListImport parsePriceList(const QByteArray &csv, const Catalog &catalog)
{
    PriceListImport result;
    const CsvTable table = parseCsv(csv);
    for (const CsvRecord &bad : table.malformed)
        result.errors.push_back({bad.line, bad.error});
    // Spreadsheets in locales with a decimal comma save with ';' and write "12,50".
    const bool commaDecimal = table.delimiter == u';';

    std::array<int, ColumnCount> columns{0, 1, 2, 3, 4};
    bool headerSeen = false;
    QHash<QString, int> seen;  // SKU -> line, so duplicates name the first line
    // A hash, not Catalog::find() per line: 100,000 lines against a large catalog froze the window.
    QSet<QString> known;
    known.reserve(static_cast<qsizetype>(catalog.items.size()));
    for (const CatalogItem &item : catalog.items)
        known.insert(item.sku);
    static const QRegularExpression currencyCode(u"\\A[A-Z]{3}\\z"_s);

    for (const CsvRecord &record : table.records) {
        QStringList fields = record.fields;
        const bool namesSku = std::any_of(fields.begin(), fields.end(), [](const QString &name) {
            return name.trimmed().compare(u"sku"_s, Qt::CaseInsensitive) == 0;
        });
        if (!headerSeen && namesSku) {
            headerSeen = true;
            static const QStringList names{u"sku"_s, u"price"_s, u"currency"_s, u"stock"_s, u"discount"_s};
            columns.fill(-1);
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const auto index = names.indexOf(fields.at(i).trimmed().toLower());
                if (index >= 0)
                    columns.at(static_cast<std::size_t>(index)) = static_cast<int>(i);
            }
            if (columns[Sku] < 0 || columns[Price] < 0 || columns[Currency] < 0 || columns[Stock] < 0) {
                result.errors.push_back({record.line, Tr::tr("header must name the columns sku, price, currency, stock "
                                                         "(and optionally discount)")});
                break;  // without columns no line can be read safely
            }
            continue;
        }
        headerSeen = true;  // a header is only recognised on the first line
        const auto field = [&](Column column) {
            const int index = columns.at(static_cast<std::size_t>(column));
            return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString();
        };
        const int needed = std::max({columns[Sku], columns[Price], columns[Currency], columns[Stock]}) + 1;
        if (fields.size() < needed) {
            result.errors.push_back(
                {record.line, Tr::tr("expected at least %1 columns, found %2").arg(needed).arg(fields.size())});
            continue;
        }
        PriceEntry entry;
        entry.sku = field(Sku);
        if (entry.sku.isEmpty()) {
            result.errors.push_back({record.line, Tr::tr("SKU is empty")});
            continue;
        }
        if (!known.contains(entry.sku)) {
            result.errors.push_back({record.line, Tr::tr("unknown SKU \"%1\"").arg(messageExcerpt(entry.sku))});
            continue;
        }
        if (seen.contains(entry.sku)) {
            result.errors.push_back(
                {record.line, Tr::tr("SKU \"%1\" already priced on line %2").arg(messageExcerpt(entry.sku)).arg(seen.value(entry.sku))});
            continue;
        }
        const QString priceText = field(Price);
        const QString currency = field(Currency).toUpper();
        if (!priceText.isEmpty()) {
            const auto amount = parseNumber(priceText, commaDecimal);
            const auto minor = amount ? priceMinorUnits(*amount) : std::variant<qint64, AmountProblem>(AmountProblem::NotANumber);
            if (const auto *problem = std::get_if<AmountProblem>(&minor)) {
                result.errors.push_back(
                    {record.line, Tr::tr("price \"%1\" %2").arg(messageExcerpt(priceText), amountProblemText(*problem))});
                continue;
            }
            if (!currencyCode.match(currency).hasMatch()) {
                result.errors.push_back(
                    {record.line, Tr::tr("currency \"%1\" is not a three-letter code such as CNY").arg(messageExcerpt(field(Currency)))});
                continue;
            }
            entry.price = Money{std::get<qint64>(minor), currency};
        }
        const QString stockText = field(Stock);
        if (!stockText.isEmpty()) {
            bool ok = false;
            const int stock = stockText.toInt(&ok);
            if (!ok || stock < 0 || stock > kMaxStock) {
                result.errors.push_back({record.line, Tr::tr("stock \"%1\" is not a whole number from 0 to %2")
                                                          .arg(messageExcerpt(stockText), QString::number(kMaxStock))});
                continue;
            }
            entry.stock = stock;
        }
        QString discountText = field(Discount);
        if (discountText.endsWith(u'%'))
            discountText.chop(1);
        if (!discountText.isEmpty()) {
            const auto discount = parseNumber(discountText, commaDecimal);
            if (!discount || *discount < 0.0 || *discount >= 100.0) {
                result.errors.push_back(
                    {record.line, Tr::tr("discount \"%1\" is not a percentage from 0 to below 100").arg(messageExcerpt(field(Discount)))});
                continue;
            }
            entry.discountPercent = *discount;
        }
        seen.insert(entry.sku, record.line);
        result.entries.push_back(std::move(entry));
        result.entryLines.push_back(record.line);
    }
    std::sort(result.errors.begin(), result.errors.end(),
              [](const LineError &a, const LineError &b) { return a.line < b.line; });
    return result;
}

QByteArray serializePriceOverlay(const std::vector<PriceEntry> &entries)
{
    QJsonArray array;
    for (const PriceEntry &entry : entries) {
        QJsonObject object{{u"sku"_s, entry.sku}};
        if (entry.price) {
            object.insert(u"minor"_s, QString::number(entry.price->minor));
            object.insert(u"currency"_s, entry.price->currency);
        }
        if (entry.stock)
            object.insert(u"stock"_s, *entry.stock);
        if (entry.discountPercent)
            object.insert(u"discount"_s, *entry.discountPercent);
        array.append(object);
    }
    return QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"prices"_s, array}}).toJson(QJsonDocument::Indented);
}

Result<std::vector<PriceEntry>> parsePriceOverlay(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.object().value(u"prices"_s).isArray())
        return makeError(Error::Code::BadFile, Tr::tr("%1 is not a price overlay file").arg(fileName));
    std::vector<PriceEntry> entries;
    QSet<QString> skus;
    const QJsonArray prices = document.object().value(u"prices"_s).toArray();
    static const QRegularExpression currencyCode(u"\\A[A-Z]{3}\\z"_s);
    static const QStringList known{u"sku"_s, u"minor"_s, u"currency"_s, u"stock"_s, u"discount"_s};
    for (qsizetype i = 0; i < prices.size(); ++i) {
        const auto bad = [&](const QString &field, const QString &problem) {
            return makeError(Error::Code::BadFile, u"%1: prices[%2].%3: %4"_s.arg(fileName).arg(i).arg(field, problem));
        };
        if (!prices.at(i).isObject())
            return makeError(Error::Code::BadFile, u"%1: prices[%2]: %3"_s.arg(fileName).arg(i).arg(Tr::tr("must be an object")));
        const QJsonObject object = prices.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                return bad(messageExcerpt(it.key()), Tr::tr("unknown field"));
        }
        PriceEntry entry;
        entry.sku = object.value(u"sku"_s).toString();
        if (entry.sku.isEmpty())
            return bad(u"sku"_s, Tr::tr("missing"));
        if (skus.contains(entry.sku))
            return bad(u"sku"_s, Tr::tr("repeats \"%1\"").arg(messageExcerpt(entry.sku)));
        skus.insert(entry.sku);
        if (object.contains(u"minor"_s)) {
            // Kept as a string of digits: a JSON number would lose cents above 2^53.
            const QString digits = object.value(u"minor"_s).toString();
            bool ok = false;
            const qint64 minor = digits.toLongLong(&ok);
            if (!ok || minor < 0 || minor > kMaxPriceMinor)
                return bad(u"minor"_s, Tr::tr("must be a string of minor units from 0 to %1").arg(kMaxPriceMinor));
            const QString currency = object.value(u"currency"_s).toString();
            if (!currencyCode.match(currency).hasMatch())
                return bad(u"currency"_s, Tr::tr("must be a three-letter currency code such as CNY"));
            entry.price = Money{minor, currency};
        } else if (object.contains(u"currency"_s)) {
            return bad(u"currency"_s, Tr::tr("given without a price (\"minor\")"));
        }
        if (object.contains(u"stock"_s)) {
            const QJsonValue stock = object.value(u"stock"_s);
            const double value = stock.toDouble(-1);
            if (!stock.isDouble() || value < 0 || value > kMaxStock || value != std::floor(value))
                return bad(u"stock"_s, Tr::tr("must be a whole number from 0 to %1").arg(kMaxStock));
            entry.stock = static_cast<int>(value);
        }
        if (object.contains(u"discount"_s)) {
            const QJsonValue discount = object.value(u"discount"_s);
            const double value = discount.toDouble(-1);
            if (!discount.isDouble() || !(value >= 0.0 && value < 100.0))
                return bad(u"discount"_s, Tr::tr("must be a percentage from 0 to below 100"));
            entry.discountPercent = value;
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

int applyPriceOverlay(Catalog &catalog, const std::vector<PriceEntry> &entries)
{
    QHash<QString, const PriceEntry *> bySku;
    bySku.reserve(static_cast<qsizetype>(entries.size()));
    for (const PriceEntry &entry : entries)
        bySku.insert(entry.sku, &entry);
    int matched = 0;
    for (CatalogItem &item : catalog.items) {
        const PriceEntry *entry = bySku.value(item.sku);
        if (!entry)
            continue;
        item.price = entry->price;
        item.stock = entry->stock;
        item.discountPercent = entry->discountPercent;
        ++matched;
    }
    return matched;
}

PriceListDiff diffPriceLists(const std::vector<PriceEntry> &kept, const PriceListImport &imported)
{
    PriceListDiff diff;
    QHash<QString, const PriceEntry *> before;
    before.reserve(static_cast<qsizetype>(kept.size()));
    for (const PriceEntry &entry : kept)
        before.insert(entry.sku, &entry);

    std::vector<PriceChange> byLine;
    byLine.reserve(imported.entries.size() + imported.errors.size());
    QSet<QString> imports;
    for (std::size_t i = 0; i < imported.entries.size(); ++i) {
        const PriceEntry &entry = imported.entries.at(i);
        const int line = i < imported.entryLines.size() ? imported.entryLines.at(i) : 0;
        imports.insert(entry.sku);
        const PriceEntry *old = before.value(entry.sku);
        if (!old) {
            byLine.push_back({PriceChange::Kind::Added, line, entry.sku, std::nullopt, entry, {}});
            ++diff.added;
        } else if (!(*old == entry)) {
            byLine.push_back({PriceChange::Kind::Changed, line, entry.sku, *old, entry, {}});
            ++diff.changed;
        } else {
            ++diff.unchanged;
        }
    }
    for (const LineError &error : imported.errors) {
        byLine.push_back({PriceChange::Kind::Rejected, error.line, {}, std::nullopt, std::nullopt, error.reason});
        ++diff.rejected;
    }
    std::stable_sort(byLine.begin(), byLine.end(), [](const PriceChange &a, const PriceChange &b) { return a.line < b.line; });
    diff.changes = std::move(byLine);
    for (const PriceEntry &entry : kept) {
        if (imports.contains(entry.sku))
            continue;
        diff.changes.push_back({PriceChange::Kind::Removed, 0, entry.sku, entry, std::nullopt, {}});
        ++diff.removed;
    }
    return diff;
}

QString describePriceEntry(const PriceEntry &entry, const QLocale &locale)
{
    QStringList parts;
    parts << (entry.price ? formatMoney(*entry.price, locale) : Tr::tr("price on request"));
    if (entry.stock)
        parts << Tr::tr("stock %1").arg(locale.toString(*entry.stock));
    if (entry.discountPercent)
        parts << Tr::tr("%1 % off").arg(messageNumber(*entry.discountPercent, 2, locale));
    return parts.join(u", "_s);
}

} // namespace PumpStudio::Catalog
