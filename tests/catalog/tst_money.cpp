// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/cart.h"
#include "catalog/catalogloader.h"
#include "catalog/orderrequest.h"
#include "catalog/pricelist.h"

#include <QLocale>
#include <QTest>

using namespace PumpStudio::Catalog;
using namespace Qt::Literals::StringLiterals;

// Issue 12 item 9: a price of 1e17 became -92233720368547760.00 and 9e16 x 2 gave a negative
// total. Prices are bounded where they are read, totals are computed with overflow checks.
namespace {

Catalog catalogWith(qint64 minor)
{
    Catalog catalog;
    CatalogItem item;
    item.sku = u"A-1"_s;
    item.name = {u"Pump tubing"_s, u"泵管"_s};
    item.price = Money{minor, u"CNY"_s};
    catalog.items.push_back(item);
    CatalogItem cheap = item;
    cheap.sku = u"B-2"_s;
    cheap.price = Money{150, u"CNY"_s};
    catalog.items.push_back(cheap);
    return catalog;
}

QByteArray catalogJson(const QByteArray &amount)
{
    return "{\"format\": 1, \"manufacturer\": {\"name\": {\"en\": \"M\", \"zh\": \"M\"}}, \"items\": [{\"sku\": \"A-1\","
           " \"name\": {\"en\": \"n\", \"zh\": \"n\"}, \"description\": {\"en\": \"d\", \"zh\": \"d\"}, \"category\": \"tubing\","
           " \"applications\": [], \"price\": {\"amount\": " + amount + ", \"currency\": \"CNY\"}}]}";
}

} // namespace

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void priceListRefusesPricesBeyondTheLimit_data()
    {
        QTest::addColumn<QByteArray>("price");
        QTest::addColumn<QString>("problem");
        QTest::newRow("1e17") << QByteArray("1e17") << u"largest price"_s;
        QTest::newRow("9e16") << QByteArray("9e16") << u"largest price"_s;
        QTest::newRow("1e300") << QByteArray("1e300") << u"largest price"_s;
        QTest::newRow("just above") << QByteArray("1000000000.01") << u"largest price"_s;
        QTest::newRow("fraction of a cent") << QByteArray("12.345") << u"two decimals"_s;
        QTest::newRow("300 digits") << QByteArray(300, '9') << u"largest price"_s;
    }

    void priceListRefusesPricesBeyondTheLimit()
    {
        QFETCH(QByteArray, price);
        QFETCH(QString, problem);
        const PriceListImport result = parsePriceList("A-1," + price + ",CNY,1\n", catalogWith(100));
        QCOMPARE(result.entries.size(), std::size_t(0));
        QCOMPARE(result.errors.size(), std::size_t(1));
        const QString reason = result.errors.front().reason;
        QVERIFY2(reason.contains(problem), qPrintable(reason));
        QVERIFY2(reason.size() < 160, qPrintable(reason));  // the price quoted in part, not 300 digits
    }

    void priceListKeepsTheLargestPriceExactly()
    {
        const PriceListImport result = parsePriceList("A-1,1000000000.00,CNY,1\nB-2,0.07,CNY,1\n", catalogWith(100));
        QCOMPARE(result.entries.size(), std::size_t(2));
        QCOMPARE(result.entries.at(0).price, (Money{100'000'000'000, u"CNY"_s}));
        QCOMPARE(result.entries.at(1).price, (Money{7, u"CNY"_s}));
    }

    void catalogRefusesPricesBeyondTheLimit()
    {
        QVERIFY(parseCatalog(catalogJson("1000000000"), u"c.json"_s, u"/tmp"_s).ok());
        for (const QByteArray &amount : {QByteArray("1e17"), QByteArray("9e16"), QByteArray("1e300"), QByteArray("0.001")}) {
            const auto parsed = parseCatalog(catalogJson(amount), u"c.json"_s, u"/tmp"_s);
            QVERIFY2(!parsed.ok(), amount.constData());
            QVERIFY2(parsed.error().message.contains(u"price.amount"_s), qPrintable(parsed.error().message));
        }
    }

    void overlayRefusesPricesBeyondTheLimit()
    {
        for (const char *minor : {"-100", "100000000001", "9223372036854775807", "99999999999999999999"}) {
            const QByteArray json = "{\"format\": 1, \"prices\": [{\"sku\": \"A-1\", \"minor\": \"" + QByteArray(minor)
                + "\", \"currency\": \"CNY\"}]}";
            QVERIFY2(!parsePriceOverlay(json, u"prices.json"_s).ok(), minor);
        }
    }

    void totalsNeverWrapAround()
    {
        // Prices that no reader accepts any more, made by hand: the arithmetic must hold anyway.
        Cart cart;
        cart.add(u"A-1"_s, 2);
        cart.add(u"B-2"_s, 1);
        const Catalog catalog = catalogWith(9'000'000'000'000'000'000);  // 9e16 in major units
        const CartTotals totals = cartTotals(cart, catalog);
        QVERIFY(!totals.perCurrency.contains(u"CNY"_s) || totals.perCurrency.value(u"CNY"_s) > 0);
        const QString text = totalsText(totals, QLocale::c());
        QVERIFY2(text.contains(u"too large"_s) && !text.contains(u'-'), qPrintable(text));

        const OrderRequest order = buildOrderRequest(cart, catalog, {}, QDateTime(QDate(2026, 1, 1), QTime(0, 0)));
        for (const OrderLine &line : order.lines)
            QVERIFY(!line.lineTotal || line.lineTotal->minor >= 0);
        const QByteArray csv = orderCsv(order, Language::English, QLocale::c());
        QVERIFY2(csv.contains("too large to compute") && !csv.contains(",-"), csv.constData());
    }

    void sumsManyLargeLinesWithoutOverflow()
    {
        Catalog catalog;
        Cart cart;
        for (int i = 0; i < 1000; ++i) {
            CatalogItem item;
            item.sku = u"S-%1"_s.arg(i);
            item.price = Money{100'000'000'000, u"USD"_s};  // the largest accepted price
            catalog.items.push_back(item);
            cart.add(item.sku, Cart::kMaxQuantity);
        }
        const CartTotals totals = cartTotals(cart, catalog);  // 1000 x 1e16 does not fit in qint64
        QVERIFY(!totals.perCurrency.contains(u"USD"_s) || totals.perCurrency.value(u"USD"_s) > 0);
        QVERIFY(totalsText(totals, QLocale::c()).contains(u"too large"_s));
    }

    void formatsLargeAmountsExactly()
    {
        // 2^53 + 1 minor units: a double would round the cents.
        QCOMPARE(formatMoney(Money{9'007'199'254'740'993, u"CNY"_s}, QLocale::c()), u"CNY 90071992547409.93"_s);
        QCOMPARE(formatMoney(Money{9'007'199'254'740'993, u"CNY"_s}, QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"CNY 90,071,992,547,409.93"_s);
        QCOMPARE(formatMoney(Money{5, u"EUR"_s}, QLocale(QLocale::German, QLocale::Germany)), u"EUR 0,05"_s);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
