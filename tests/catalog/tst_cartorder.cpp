// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/cart.h"
#include "core/csv.h"
#include "catalog/orderhistory.h"
#include "catalog/orderrequest.h"
#include "core/appsettings.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using PumpStudio::Error;
using namespace PumpStudio::Catalog;
using PumpStudio::CsvRecord;
using PumpStudio::CsvTable;
using PumpStudio::parseCsv;
using namespace Qt::Literals::StringLiterals;

namespace {

CatalogItem item(const char *sku, std::optional<Money> price, const char *zhName = "名称")
{
    CatalogItem result;
    result.sku = QString::fromLatin1(sku);
    result.name = {u"Name "_s + result.sku, QString::fromUtf8(zhName)};
    result.price = std::move(price);
    return result;
}

Catalog pricedCatalog()
{
    Catalog catalog;
    catalog.manufacturer.name = {u"Maker Ltd."_s, u"Maker Ltd."_s};
    catalog.manufacturer.website = u"https://www.ywfluid.com"_s;
    catalog.items.push_back(item("T-16", Money{11000, u"CNY"_s}, "硅胶泵管 16#"));
    catalog.items.push_back(item("F-22", Money{16850, u"CNY"_s}, "囊式过滤器"));
    catalog.items.push_back(item("H-1", std::nullopt, "泵头, \"特制\""));
    catalog.items.push_back(item("U-1", Money{4999, u"USD"_s}));
    return catalog;
}

const QDateTime kCreated(QDate(2026, 3, 14), QTime(9, 26, 53));

} // namespace

class TestCartOrder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsMergesEditsAndRemoves()
    {
        Cart cart;
        cart.add(u"T-16"_s, 2);
        cart.add(u"F-22"_s);
        cart.add(u"T-16"_s, 3);
        cart.add(u"X"_s, 0);  // ignored
        QCOMPARE(cart.lines(), (std::vector<CartLine>{{u"T-16"_s, 5}, {u"F-22"_s, 1}}));
        QVERIFY(cart.setQuantity(u"F-22"_s, 4));
        QCOMPARE(cart.quantity(u"F-22"_s), 4);
        QVERIFY(!cart.setQuantity(u"nope"_s, 1));
        QVERIFY(cart.setQuantity(u"T-16"_s, 0));
        QCOMPARE(cart.lines().size(), std::size_t(1));
        QVERIFY(cart.remove(u"F-22"_s));
        QVERIFY(cart.isEmpty());
        cart.add(u"T-16"_s, 1'000'000);
        QCOMPARE(cart.quantity(u"T-16"_s), Cart::kMaxQuantity);
    }

    void warnsBeforeAnItemOutOfStockGoesIntoTheCart()
    {
        CatalogItem tube = item("T-16", Money{11000, u"CNY"_s}, "硅胶泵管 16#");
        // No distributor stock known: nothing to say.
        QVERIFY(!stockWarning(tube, Language::English, 0, 5));
        tube.stock = 0;
        const auto none = stockWarning(tube, Language::English, 0, 1);
        QVERIFY(none);
        QCOMPARE(*none, u"Name T-16 (T-16) is out of stock (0 in stock): an order waits until the distributor has it again."_s);
        QVERIFY(stockWarning(tube, Language::Chinese, 0, 1)->contains(u"硅胶泵管 16#"_s));
        tube.stock = 3;
        QVERIFY(!stockWarning(tube, Language::English, 0, 3));
        QVERIFY(!stockWarning(tube, Language::English, 2, 1));
        // More than the stock, counting what the cart already holds.
        QCOMPARE(stockWarning(tube, Language::English, 2, 2).value_or(QString()),
                 u"Only 3 of Name T-16 (T-16) in stock; the cart would hold 4."_s);
        QVERIFY(!stockWarning(tube, Language::English, 5, 0));  // nothing added
    }

    void persistsAsJson()
    {
        Cart cart;
        cart.add(u"T-16"_s, 2);
        cart.add(u"H-1"_s, 7);
        QCOMPARE(Cart::fromJson(cart.toJson()), cart);
        QVERIFY(Cart::fromJson("garbage").isEmpty());
        QCOMPARE(Cart::fromJson(R"([{"sku":"A","quantity":-3},{"sku":"B","quantity":2}])").lines(),
                 (std::vector<CartLine>{{u"B"_s, 2}}));
    }

    void totalsPerCurrencyWithPriceOnRequestApart()
    {
        Catalog catalog = pricedCatalog();
        Cart cart;
        cart.add(u"T-16"_s, 3);   // 330.00 CNY
        cart.add(u"F-22"_s, 2);   // 337.00 CNY
        cart.add(u"H-1"_s, 4);    // on request
        cart.add(u"U-1"_s, 3);    // 149.97 USD
        cart.add(u"GONE"_s, 1);   // no longer in the catalog
        const CartTotals totals = cartTotals(cart, catalog);
        QCOMPARE(totals.perCurrency.size(), 2);
        QCOMPARE(totals.perCurrency.value(u"CNY"_s), 66700);
        QCOMPARE(totals.perCurrency.value(u"USD"_s), 14997);
        QCOMPARE(totals.onRequestLines, 1);
        QCOMPARE(totals.onRequestUnits, 4);
        QCOMPARE(totals.unknownLines, 1);
        const QLocale c(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(totalsText(totals, c), u"CNY 667.00 + USD 149.97; 1 item(s) price on request"_s);

        // A distributor discount changes the effective price and so the totals.
        catalog.items[0].discountPercent = 10.0;
        QCOMPARE(cartTotals(cart, catalog).perCurrency.value(u"CNY"_s), 29700 + 33700);
    }

    void exportsCsvWithChineseNamesAndQuoting()
    {
        Cart cart;
        cart.add(u"T-16"_s, 3);
        cart.add(u"H-1"_s, 1);
        CustomerDetails customer{u"Lab, Inc."_s, u"Li Wei"_s, u"Road 1"_s, u"li@example.org"_s, {}, {}};
        const OrderRequest order = buildOrderRequest(cart, pricedCatalog(), customer, kCreated);
        QCOMPARE(order.reference, u"PS-20260314-092653"_s);
        const QByteArray csv = orderCsv(order, Language::Chinese, QLocale::c());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const CsvTable table = parseCsv(csv);
        QCOMPARE(table.records.at(2).fields, (QStringList{u"Organisation"_s, u"Lab, Inc."_s}));
        const auto row = [&](const QString &sku) {
            for (const CsvRecord &record : table.records) {
                if (record.fields.constFirst() == sku)
                    return record.fields;
            }
            return QStringList();
        };
        QCOMPARE(row(u"T-16"_s), (QStringList{u"T-16"_s, u"硅胶泵管 16#"_s, {}, u"3"_s, u"110.00"_s, u"CNY"_s, u"330.00"_s}));
        QCOMPARE(row(u"H-1"_s).at(1), u"泵头, \"特制\""_s);
        QCOMPARE(row(u"H-1"_s).at(4), u"on request"_s);
        QCOMPARE(row(u"Total"_s), (QStringList{u"Total"_s, {}, {}, {}, {}, u"CNY"_s, u"330.00"_s}));
        QCOMPARE(row(u"Price on request"_s).at(3), u"1"_s);
    }

    void neutralisesFormulasInTheOrderCsv()
    {
        // Issue 12 item 5: item names (from a distributor's catalog) and the contact typed by the
        // user were written as is; a cell starting with = + - @ tab or CR runs as a formula.
        Catalog catalog = pricedCatalog();
        catalog.items.push_back(item("EVIL-1", Money{100, u"CNY"_s}, "=HYPERLINK(\"http://evil\",\"点击\")"));
        catalog.items.push_back(item("EVIL-2", Money{100, u"CNY"_s}, "@SUM(1+1)*cmd|' /C calc'!A0"));
        Cart cart;
        cart.add(u"EVIL-1"_s, 1);
        cart.add(u"EVIL-2"_s, 1);
        const CustomerDetails customer{u"+Lab"_s, u"-2+3+cmd|' /C calc'!A0"_s, {}, u"\t=1+1"_s, {}, {}};
        const QByteArray csv = orderCsv(buildOrderRequest(cart, catalog, customer, kCreated), Language::Chinese, QLocale::c());
        for (const QByteArray &cell : {QByteArray("\"'=HYPERLINK(\"\"http://evil\"\",\"\"点击\"\")\""),
                                      QByteArray("\"'@SUM(1+1)*cmd|' /C calc'!A0\""), QByteArray("\"'+Lab\""),
                                      QByteArray("\"'-2+3+cmd|' /C calc'!A0\""), QByteArray("\"'\t=1+1\"")}) {
            QVERIFY2(csv.contains(cell), cell.constData());
        }
        // No cell of the file starts a formula, read back as a spreadsheet would.
        for (const CsvRecord &record : parseCsv(csv).records) {
            for (const QString &field : record.fields) {
                QVERIFY2(field.isEmpty() || !QStringLiteral("=+-@\t\r").contains(field.at(0)), qPrintable(field));
            }
        }
        QVERIFY(csv.contains(",1.00,CNY,1.00\r\n"));  // prices stay numbers
    }

    void buildsMailtoWithWholeSummary()
    {
        Cart cart;
        cart.add(u"F-22"_s, 2);
        cart.add(u"H-1"_s, 1);
        CustomerDetails customer{u"R&D + QA"_s, u"Wang"_s, u"Changzhou"_s, u"w@example.org"_s, u"Urgent?"_s,
                                 u"sales@example.org"_s};
        const OrderRequest order = buildOrderRequest(cart, pricedCatalog(), customer, kCreated);
        const QLocale c(QLocale::English, QLocale::UnitedStates);
        const QUrl url = orderMailto(order, Language::English, c);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), u"mailto"_s);
        QCOMPARE(url.path(), u"sales@example.org"_s);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), u"Order request PS-20260314-092653 — R&D + QA"_s);
        QString body = query.queryItemValue(u"body"_s, QUrl::FullyDecoded);
        body.replace(u"\r\n"_s, u"\n"_s);
        QCOMPARE(body, orderText(order, Language::English, c));
        QVERIFY(body.contains(u"2 x F-22  Name F-22 — CNY 337.00"_s));
        QVERIFY(body.contains(u"price on request"_s));
        QVERIFY(body.contains(u"https://www.ywfluid.com"_s));
        QVERIFY(body.contains(u"Notes: Urgent?"_s));
        QVERIFY(!url.toString(QUrl::FullyEncoded).contains(u"R&D"_s));  // '&' must not split the query
    }

    void keepsCustomerDetailsInSettings()
    {
        QTemporaryDir dir;
        const CustomerDetails details{u"Org"_s, u"Contact"_s, u"Line 1\nLine 2"_s, u"a@b.c"_s, u"n"_s, u"d@e.f"_s};
        {
            PumpStudio::AppSettings settings(dir.filePath(u"s.ini"_s));
            details.save(settings);
            settings.sync();
        }
        PumpStudio::AppSettings settings(dir.filePath(u"s.ini"_s));
        QCOMPARE(CustomerDetails::load(settings), details);
    }

    void historyListsSentOrdersNewestFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history/orders.json"_s);
        {
            OrderHistory history(path);
            QVERIFY(history.load().ok());
            QVERIFY(history.entries().empty());
            QVERIFY(history.append({u"PS-1"_s, kCreated, u"a@b.c"_s, u"mail"_s, u"CNY 1.00"_s, {{u"T-16"_s, 2}}}).ok());
            QVERIFY(history.append({u"PS-2"_s, kCreated.addDays(1), {}, u"pdf"_s, u"CNY 2.00"_s, {}}).ok());
        }
        OrderHistory reread(path);
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.entries().size(), std::size_t(2));
        QCOMPARE(reread.entries().at(0).reference, u"PS-2"_s);
        QCOMPARE(reread.entries().at(1).lines, (std::vector<CartLine>{{u"T-16"_s, 2}}));
        QCOMPARE(reread.entries().at(1).sentAt, kCreated);
    }

    void aDamagedHistoryIsKeptNotOverwritten()
    {
        // Issue 12: "a few inputs lose a user's file". A damaged orders.json was replaced by
        // the next order's one-entry history.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"orders.json"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[{\"reference\": \"PS-1\", truncated");
        }
        OrderHistory history(path);
        const auto loaded = history.load();
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(u"orders.damaged-"_s), qPrintable(loaded.error().message));
        QVERIFY(history.append({u"PS-2"_s, kCreated, {}, u"pdf"_s, u"CNY 2.00"_s, {}}).ok());
        const QStringList damaged = QDir(dir.path()).entryList({u"orders.damaged-*.json"_s}, QDir::Files);
        QCOMPARE(damaged.size(), 1);
        QFile kept(dir.filePath(damaged.constFirst()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("[{\"reference\": \"PS-1\", truncated"));
    }
};

QTEST_GUILESS_MAIN(TestCartOrder)
#include "tst_cartorder.moc"
