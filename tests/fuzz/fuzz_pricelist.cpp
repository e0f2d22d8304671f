// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
//
// libFuzzer target: the price list (CSV) reader and, on the way, the one CSV writer.
// Invariants: every kept entry names a known SKU once, with a price, stock and discount within
// their bounds, and the line it came from; the kept entries round-trip through the overlay file;
// comparing the list with itself finds no change; an input with no good line is not applicable,
// so it can replace nothing; totals never wrap around. And every CSV record, written back by
// CsvWriter, reads back the same (a neutralised cell gains its leading ') with no cell left that
// a spreadsheet would take as a formula.
#include "catalog/cart.h"
#include "catalog/catalogstore.h"
#include "catalog/pricelist.h"
#include "core/csv.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace PumpStudio;
using namespace PumpStudio::Catalog;
using namespace Qt::Literals::StringLiterals;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

const PumpStudio::Catalog::Catalog &catalog()
{
    static const PumpStudio::Catalog::Catalog c = [] {
        PumpStudio::Catalog::Catalog made;
        for (const char *sku : {"A-1", "B-2", "C-3", "YW-T-SI-16", "YW-PP-T-32"}) {
            CatalogItem item;
            item.sku = QString::fromLatin1(sku);
            item.price = Money{12345, u"CNY"_s};
            made.items.push_back(item);
        }
        return made;
    }();
    return c;
}

bool startsFormula(const QString &cell)
{
    for (const QChar c : cell) {
        if (c == u' ' || c == QChar(0x3000))
            continue;
        return QStringView(u"=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20").contains(c);
    }
    return false;
}

void checkCsvRoundTrip(const CsvTable &table)
{
    for (const CsvRecord &record : table.records) {
        CsvWriter writer(table.delimiter);
        writer.row(record.fields);
        const CsvTable back = parseCsv(writer.data(), table.delimiter);
        // A record of one empty field is a blank line, which the reader skips.
        if (record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty())
            continue;
        check(back.malformed.empty() && back.records.size() == 1, "a written record reads back as one record");
        const QStringList &fields = back.records.front().fields;
        check(fields.size() == record.fields.size(), "the same number of cells");
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString &original = record.fields.at(i);
            QString expected = startsFormula(original) ? u"'"_s + original : original;
            check(fields.at(i) == expected, "a cell reads back as written (a neutralised one with its ')");
            check(!startsFormula(fields.at(i)), "no cell a spreadsheet would run");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const PriceListImport imported = parsePriceList(bytes, catalog());
    check(imported.entries.size() == imported.entryLines.size(), "a line for every entry");
    QSet<QString> skus;
    for (std::size_t i = 0; i < imported.entries.size(); ++i) {
        const PriceEntry &entry = imported.entries.at(i);
        check(catalog().find(entry.sku) && !skus.contains(entry.sku), "known SKUs, each once");
        skus.insert(entry.sku);
        check(!entry.price || (entry.price->minor >= 0 && entry.price->minor <= kMaxPriceMinor), "prices within the bound");
        check(!entry.stock || (*entry.stock >= 0 && *entry.stock <= kMaxStock), "stock within the bound");
        check(!entry.discountPercent || (*entry.discountPercent >= 0 && *entry.discountPercent < 100), "discount below 100 %");
        check(imported.entryLines.at(i) >= 1 && (i == 0 || imported.entryLines.at(i) > imported.entryLines.at(i - 1)),
              "entries in line order");
    }
    for (std::size_t i = 1; i < imported.errors.size(); ++i)
        check(imported.errors.at(i - 1).line <= imported.errors.at(i).line, "errors in line order");
    for (const LineError &error : imported.errors)
        check(error.line >= 1 && !error.reason.isEmpty() && error.reason.size() < 600, "every bad line has a short reason");

    // The kept file holds exactly the entries.
    const auto overlay = parsePriceOverlay(serializePriceOverlay(imported.entries), u"prices.json"_s);
    check(overlay.ok() && *overlay == imported.entries, "entries round-trip through the overlay file");
    // Against itself an import changes nothing; against nothing, everything is added.
    const PriceListDiff same = diffPriceLists(imported.entries, imported);
    check(same.added == 0 && same.changed == 0 && same.removed == 0
              && same.unchanged == static_cast<int>(imported.entries.size())
              && same.rejected == static_cast<int>(imported.errors.size()),
          "a list compared with itself has no change");
    const PriceListDiff fresh = diffPriceLists({}, imported);
    check(fresh.added == static_cast<int>(imported.entries.size()) && fresh.removed == 0, "all added against nothing");
    PriceListPreview preview;
    preview.imported = imported;
    check(preview.applicable() == !imported.entries.empty(), "an input with no good line cannot replace the list");

    // Priced with the list, a cart of the largest quantities never totals a negative amount.
    PumpStudio::Catalog::Catalog priced = catalog();
    check(applyPriceOverlay(priced, imported.entries) == static_cast<int>(imported.entries.size()), "every entry applies");
    Cart cart;
    for (const CatalogItem &item : priced.items)
        cart.add(item.sku, Cart::kMaxQuantity);
    const CartTotals totals = cartTotals(cart, priced);
    for (auto it = totals.perCurrency.begin(); it != totals.perCurrency.end(); ++it)
        check(it.value() >= 0, "totals never wrap around");

    checkCsvRoundTrip(parseCsv(bytes));
    return 0;
}
