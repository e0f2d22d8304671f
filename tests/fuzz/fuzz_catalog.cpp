// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
//
// libFuzzer target: the catalog reader. Invariants: a rejected file names the file; an accepted
// catalog has items with unique SKUs, prices within the bound, and every picture inside the
// catalog's folder (or a bundled resource); the verdict depends on the JSON value only.
#include "catalog/catalogloader.h"

#include <QByteArray>
#include <QJsonDocument>
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
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString base = u"/fuzz/catalog"_s;
    const auto parsed = parseCatalog(bytes, u"fuzz.json"_s, base);
    if (!parsed) {
        check(parsed.error().code == Error::Code::BadFile, "a rejected catalog is a BadFile error");
        check(parsed.error().message.startsWith(u"fuzz.json"_s), "a rejection names the file first");
        return 0;
    }
    check(!parsed->items.empty(), "a catalog lists items");
    QSet<QString> skus;
    for (const CatalogItem &item : parsed->items) {
        check(!item.sku.isEmpty() && !skus.contains(item.sku), "SKUs are unique and not empty");
        skus.insert(item.sku);
        if (item.price) {
            check(item.price->minor >= 0 && item.price->minor <= kMaxPriceMinor, "a price is within the bound");
            check(item.price->currency.size() == 3, "a currency is a three-letter code");
        }
        check(item.image.isEmpty() || item.image.startsWith(u':') || item.image.startsWith(base + u'/'),
              "a picture lies inside the catalog's folder");
        check(!item.image.contains(u"/../"_s) && !item.image.endsWith(u"/.."_s), "picture paths are clean");
    }
    const auto again = parseCatalog(QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact), u"fuzz.json"_s, base);
    check(again.ok() && again->items.size() == parsed->items.size(), "the verdict depends on the JSON value only");
    for (std::size_t i = 0; i < parsed->items.size(); ++i) {
        check(again->items.at(i).sku == parsed->items.at(i).sku && again->items.at(i).price == parsed->items.at(i).price
                  && again->items.at(i).image == parsed->items.at(i).image,
              "the same items");
    }
    return 0;
}
