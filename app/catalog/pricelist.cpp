// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/pricelist.h"

#include "core/csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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
    static const QRegularExpression currencyCode(u"^[A-Z]{3}$"_s);

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
                return result;  // without columns no line can be read safely
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
        if (!catalog.find(entry.sku)) {
            result.errors.push_back({record.line, Tr::tr("unknown SKU \"%1\"").arg(entry.sku)});
            continue;
        }
        if (seen.contains(entry.sku)) {
            result.errors.push_back(
                {record.line, Tr::tr("SKU \"%1\" already priced on line %2").arg(entry.sku).arg(seen.value(entry.sku))});
            continue;
        }
        const QString priceText = field(Price);
        const QString currency = field(Currency).toUpper();
        if (!priceText.isEmpty()) {
            const auto amount = parseNumber(priceText, commaDecimal);
            if (!amount || *amount < 0.0) {
                result.errors.push_back({record.line, Tr::tr("price \"%1\" is not a number of at least 0").arg(priceText)});
                continue;
            }
            if (!currencyCode.match(currency).hasMatch()) {
                result.errors.push_back(
                    {record.line, Tr::tr("currency \"%1\" is not a three-letter code such as CNY").arg(field(Currency))});
                continue;
            }
            entry.price = Money{qRound64(*amount * 100.0), currency};
        }
        const QString stockText = field(Stock);
        if (!stockText.isEmpty()) {
            bool ok = false;
            const int stock = stockText.toInt(&ok);
            if (!ok || stock < 0) {
                result.errors.push_back({record.line, Tr::tr("stock \"%1\" is not a whole number of at least 0").arg(stockText)});
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
                    {record.line, Tr::tr("discount \"%1\" is not a percentage from 0 to below 100").arg(field(Discount))});
                continue;
            }
            entry.discountPercent = *discount;
        }
        seen.insert(entry.sku, record.line);
        result.entries.push_back(std::move(entry));
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
    for (const QJsonValue &value : document.object().value(u"prices"_s).toArray()) {
        const QJsonObject object = value.toObject();
        PriceEntry entry;
        entry.sku = object.value(u"sku"_s).toString();
        if (object.contains(u"minor"_s))
            entry.price = Money{object.value(u"minor"_s).toString().toLongLong(), object.value(u"currency"_s).toString()};
        if (object.contains(u"stock"_s))
            entry.stock = object.value(u"stock"_s).toInt();
        if (object.contains(u"discount"_s))
            entry.discountPercent = object.value(u"discount"_s).toDouble();
        if (entry.sku.isEmpty())
            return makeError(Error::Code::BadFile, Tr::tr("%1: an entry has no SKU").arg(fileName));
        entries.push_back(std::move(entry));
    }
    return entries;
}

int applyPriceOverlay(Catalog &catalog, const std::vector<PriceEntry> &entries)
{
    int matched = 0;
    for (const PriceEntry &entry : entries) {
        for (CatalogItem &item : catalog.items) {
            if (item.sku != entry.sku)
                continue;
            item.price = entry.price;
            item.stock = entry.stock;
            item.discountPercent = entry.discountPercent;
            ++matched;
            break;
        }
    }
    return matched;
}

} // namespace PumpStudio::Catalog
