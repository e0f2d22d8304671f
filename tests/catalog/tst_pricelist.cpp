// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/catalogloader.h"
#include "catalog/catalogstore.h"
#include "core/csv.h"
#include "catalog/pricelist.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using PumpStudio::Error;
using namespace PumpStudio::Catalog;
using PumpStudio::CsvRecord;
using PumpStudio::CsvTable;
using PumpStudio::csvTextCell;
using PumpStudio::parseCsv;
using namespace Qt::Literals::StringLiterals;

namespace {

Catalog smallCatalog()
{
    Catalog catalog;
    for (const char *sku : {"A-1", "B-2", "C-3"}) {
        CatalogItem item;
        item.sku = QString::fromLatin1(sku);
        item.price = Money{10000, u"CNY"_s};
        catalog.items.push_back(item);
    }
    return catalog;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPriceList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsQuotedCsv()
    {
        const CsvTable table = parseCsv("\xEF\xBB\xBF" "a,\"b, c\",\"say \"\"hi\"\"\"\r\n\r\nx,\"multi\nline\",z\nlast,1,2");
        QCOMPARE(table.records.size(), std::size_t(3));
        QCOMPARE(table.records.at(0).fields, (QStringList{u"a"_s, u"b, c"_s, u"say \"hi\""_s}));
        QCOMPARE(table.records.at(1).line, 3);
        QCOMPARE(table.records.at(1).fields.at(1), u"multi\nline"_s);
        QCOMPARE(table.records.at(2).line, 5);
        QCOMPARE(csvTextCell(u"b, \"c\""_s), u"\"b, \"\"c\"\"\""_s);
    }

    void importsGoodLinesAndReportsEveryBadOne()
    {
        const QByteArray csv = "sku,price,currency,stock,discount\n"  // 1
                               "A-1,95.50,CNY,12,\n"                   // 2 good
                               "B-2,abc,CNY,3\n"                       // 3 bad price
                               "X-9,10,CNY,1\n"                        // 4 unknown SKU
                               "C-3,12,US,1\n"                         // 5 bad currency
                               "A-1,90,CNY,1\n"                        // 6 duplicate
                               "B-2,20,USD,-4\n"                       // 7 bad stock
                               "B-2,20,USD,4,150\n"                    // 8 bad discount
                               "C-3\n"                                 // 9 too few columns
                               ",5,CNY,1\n"                            // 10 empty SKU
                               "C-3,,,0,\n"                            // 11 good: price on request
                               "B-2,20,usd,4,10%\n";                   // 12 good
        const PriceListImport result = parsePriceList(csv, smallCatalog());
        QCOMPARE(result.entries.size(), std::size_t(3));
        QCOMPARE(result.entries.at(0), (PriceEntry{u"A-1"_s, Money{9550, u"CNY"_s}, 12, std::nullopt}));
        QCOMPARE(result.entries.at(1), (PriceEntry{u"C-3"_s, std::nullopt, 0, std::nullopt}));
        QCOMPARE(result.entries.at(2), (PriceEntry{u"B-2"_s, Money{2000, u"USD"_s}, 4, 10.0}));
        std::vector<int> badLines;
        for (const LineError &error : result.errors)
            badLines.push_back(error.line);
        QCOMPARE(badLines, (std::vector<int>{3, 4, 5, 6, 7, 8, 9, 10}));
        const auto reason = [&](int line) {
            for (const LineError &error : result.errors) {
                if (error.line == line)
                    return error.reason;
            }
            return QString();
        };
        QVERIFY(reason(3).contains(u"abc"_s));
        QVERIFY(reason(4).contains(u"X-9"_s));
        QVERIFY(reason(5).contains(u"US"_s));
        QVERIFY(reason(6).contains(u"line 2"_s));
        QVERIFY(reason(7).contains(u"-4"_s));
        QVERIFY(reason(8).contains(u"150"_s));
        QVERIFY(reason(9).contains(u"columns"_s));
        QVERIFY(reason(10).contains(u"empty"_s));
    }

    void readsSemicolonsWithDecimalCommaAndReorderedHeader()
    {
        const PriceListImport result =
            parsePriceList("Currency;SKU;Stock;Price\nEUR;A-1;5;\"12,50\"\n", smallCatalog());
        QVERIFY(result.errors.empty());
        QCOMPARE(result.entries.size(), std::size_t(1));
        QCOMPARE(result.entries.at(0).price, (Money{1250, u"EUR"_s}));
    }

    void readsHeaderlessList()
    {
        const PriceListImport result = parsePriceList("A-1,1,CNY,2\nB-2,2,CNY,3,5\n", smallCatalog());
        QVERIFY(result.errors.empty());
        QCOMPARE(result.entries.size(), std::size_t(2));
    }

    void reportsUnclosedQuote()
    {
        const PriceListImport result = parsePriceList("A-1,1,CNY,2\nB-2,\"2,CNY,3\n", smallCatalog());
        QCOMPARE(result.entries.size(), std::size_t(1));
        QCOMPARE(result.errors.size(), std::size_t(1));
        QCOMPARE(result.errors.at(0).line, 2);
    }

    void listsRejectedLinesInFileOrderAlsoWithABadHeader()
    {
        // Found by fuzz_pricelist: a header without the needed columns ended the import before
        // the errors were sorted, so the preview listed line 2 (an unclosed quote) before line 1.
        const PriceListImport result = parsePriceList("sku,prize\n\"A-1,1,CNY,2\n", smallCatalog());
        QVERIFY(result.entries.empty());
        QCOMPARE(result.errors.size(), std::size_t(2));
        QCOMPARE(result.errors.at(0).line, 1);
        QVERIFY2(result.errors.at(0).reason.contains(u"header"_s), qPrintable(result.errors.at(0).reason));
        QCOMPARE(result.errors.at(1).line, 2);
    }

    void overlayRoundTripsAndApplies()
    {
        const std::vector<PriceEntry> entries{{u"A-1"_s, Money{123456, u"USD"_s}, 7, 12.5},
                                              {u"B-2"_s, std::nullopt, std::nullopt, std::nullopt}};
        const auto parsed = parsePriceOverlay(serializePriceOverlay(entries), u"prices.json"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, entries);
        Catalog catalog = smallCatalog();
        QCOMPARE(applyPriceOverlay(catalog, *parsed), 2);
        QCOMPARE(catalog.find(u"A-1"_s)->effectivePrice(), (Money{108024, u"USD"_s}));
        QVERIFY(!catalog.find(u"B-2"_s)->price);
        QCOMPARE(catalog.find(u"C-3"_s)->price, (Money{10000, u"CNY"_s}));
    }

    void storeKeepsGoodLinesAndOldOverlayOnFailure()
    {
        QTemporaryDir dir;
        const CatalogStore store(dir.filePath(u"overlay"_s));
        const QString csv = dir.filePath(u"list.csv"_s);
        writeFile(csv, "sku,price,currency,stock\nYW-T-SI-16,99,CNY,40\nNOPE,1,CNY,1\n");
        const auto preview = store.previewPriceList(csv);
        QVERIFY2(preview.ok(), preview ? "" : qPrintable(preview.error().message));
        QCOMPARE(preview->imported.entries.size(), std::size_t(1));
        QCOMPARE(preview->imported.errors.size(), std::size_t(1));
        QCOMPARE(preview->imported.errors.at(0).line, 3);
        QVERIFY(store.applyPriceList(*preview).ok());

        auto loaded = store.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->pricedItems, 1);
        QCOMPARE(loaded->catalog.find(u"YW-T-SI-16"_s)->price, (Money{9900, u"CNY"_s}));
        QCOMPARE(loaded->catalog.find(u"YW-T-SI-16"_s)->stock, 40);

        // A list with no good line previews as not applicable and cannot replace the kept one.
        const QByteArray before = readFile(store.priceOverlayPath());
        writeFile(csv, "sku,price,currency,stock\nNOPE,1,CNY,1\n");
        const auto useless = store.previewPriceList(csv);
        QVERIFY(useless.ok());
        QVERIFY(!useless->applicable());
        QCOMPARE(useless->diff.rejected, 1);
        const auto failed = store.applyPriceList(*useless);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, Error::Code::BadFile);
        QCOMPARE(readFile(store.priceOverlayPath()), before);
    }

    void previewShowsEveryChangeAndWritesNothing()
    {
        // Issue 12 item 6: an import replaced the list at once, even with 59 of 60 lines rejected.
        QTemporaryDir dir;
        const CatalogStore store(dir.filePath(u"overlay"_s));
        const QString csv = dir.filePath(u"list.csv"_s);
        writeFile(csv, "sku,price,currency,stock\nYW-T-SI-16,99,CNY,40\nYW-T-SI-14,50,CNY,5\nYW-PP-T-32,25,CNY,9\n");
        QVERIFY(store.applyPriceList(*store.previewPriceList(csv)).ok());
        QVERIFY(store.canUndoPriceImport());
        const QByteArray kept = readFile(store.priceOverlayPath());

        // 16 changes price, 14 is unchanged, 32 disappears, 25 is new, and line 5 is bad.
        writeFile(csv, "sku,price,currency,stock\nYW-T-SI-16,120,CNY,40\nYW-T-SI-14,50,CNY,5\nYW-T-SI-25,70,CNY,1\n"
                       "YW-T-SI-16X,1,CNY,1\n");
        const auto preview = store.previewPriceList(csv);
        QVERIFY(preview.ok());
        QCOMPARE(readFile(store.priceOverlayPath()), kept);  // nothing written yet
        const PriceListDiff &diff = preview->diff;
        QCOMPARE(diff.added, 1);
        QCOMPARE(diff.changed, 1);
        QCOMPARE(diff.unchanged, 1);
        QCOMPARE(diff.removed, 1);
        QCOMPARE(diff.rejected, 1);
        QCOMPARE(diff.changes.size(), std::size_t(4));
        const PriceChange &changed = diff.changes.at(0);
        QCOMPARE(changed.kind, PriceChange::Kind::Changed);
        QCOMPARE(changed.line, 2);
        QCOMPARE(changed.before->price, (Money{9900, u"CNY"_s}));
        QCOMPARE(changed.after->price, (Money{12000, u"CNY"_s}));
        QCOMPARE(diff.changes.at(1).kind, PriceChange::Kind::Added);
        QCOMPARE(diff.changes.at(1).line, 4);
        QCOMPARE(diff.changes.at(2).kind, PriceChange::Kind::Rejected);
        QCOMPARE(diff.changes.at(2).line, 5);
        QVERIFY(diff.changes.at(2).reason.contains(u"YW-T-SI-16X"_s));
        QCOMPARE(diff.changes.at(3).kind, PriceChange::Kind::Removed);
        QCOMPARE(diff.changes.at(3).sku, u"YW-PP-T-32"_s);
        QCOMPARE(diff.changes.at(3).line, 0);
    }

    void keepsThePreviousListAndUndoesTheLastImport()
    {
        QTemporaryDir dir;
        const CatalogStore store(dir.filePath(u"overlay"_s));
        QVERIFY(!store.canUndoPriceImport());
        QVERIFY(!store.undoPriceImport().ok());
        const QString csv = dir.filePath(u"list.csv"_s);
        QByteArray sixty = "sku,price,currency,stock\nYW-T-SI-16,99,CNY,40\nYW-T-SI-14,50,CNY,5\n";
        writeFile(csv, sixty);
        QVERIFY(store.applyPriceList(*store.previewPriceList(csv)).ok());
        const QByteArray first = readFile(store.priceOverlayPath());

        // 59 of 60 lines bad: the user is shown that, says yes anyway, and can go back.
        QByteArray bad = "sku,price,currency,stock\nYW-T-SI-16,80,CNY,40\n";
        for (int i = 0; i < 59; ++i)
            bad += "NOPE-" + QByteArray::number(i) + ",1,CNY,1\n";
        writeFile(csv, bad);
        const auto preview = store.previewPriceList(csv);
        QCOMPARE(preview->diff.rejected, 59);
        QCOMPARE(preview->diff.removed, 1);
        QVERIFY(store.applyPriceList(*preview).ok());
        QCOMPARE(readFile(store.priceBackupPath()), first);
        QCOMPARE(store.load()->catalog.find(u"YW-T-SI-16"_s)->price, (Money{8000, u"CNY"_s}));

        QVERIFY(store.undoPriceImport().ok());
        QCOMPARE(readFile(store.priceOverlayPath()), first);
        QVERIFY(!store.canUndoPriceImport());
        QCOMPARE(store.load()->catalog.find(u"YW-T-SI-16"_s)->price, (Money{9900, u"CNY"_s}));
        QCOMPARE(store.load()->catalog.find(u"YW-T-SI-14"_s)->price, (Money{5000, u"CNY"_s}));
    }

    void undoingTheFirstImportRemovesTheList()
    {
        QTemporaryDir dir;
        const CatalogStore store(dir.filePath(u"overlay"_s));
        const QString csv = dir.filePath(u"list.csv"_s);
        writeFile(csv, "YW-T-SI-16,99,CNY,40\n");
        const auto bundled = store.load()->catalog.find(u"YW-T-SI-16"_s)->price;
        QVERIFY(store.applyPriceList(*store.previewPriceList(csv)).ok());
        QVERIFY(store.canUndoPriceImport());
        QVERIFY(store.undoPriceImport().ok());
        QVERIFY(!QFile::exists(store.priceOverlayPath()));
        QCOMPARE(store.load()->catalog.find(u"YW-T-SI-16"_s)->price, bundled);
    }

    void refusesAPreviewMadeBeforeAnotherImport()
    {
        QTemporaryDir dir;
        const CatalogStore store(dir.filePath(u"overlay"_s));
        const QString a = dir.filePath(u"a.csv"_s);
        const QString b = dir.filePath(u"b.csv"_s);
        writeFile(a, "YW-T-SI-16,99,CNY,40\n");
        writeFile(b, "YW-T-SI-16,11,CNY,40\n");
        const auto stale = store.previewPriceList(a);
        QVERIFY(store.applyPriceList(*store.previewPriceList(b)).ok());
        const QByteArray now = readFile(store.priceOverlayPath());
        const auto refused = store.applyPriceList(*stale);
        QVERIFY(!refused.ok());
        QCOMPARE(readFile(store.priceOverlayPath()), now);
    }

    void refusesUnreadablePriceLists()
    {
        QTemporaryDir dir;
        const CatalogStore store(dir.filePath(u"overlay"_s));
        QCOMPARE(store.previewPriceList(dir.filePath(u"missing.csv"_s)).error().code, Error::Code::Io);
        QVERIFY(QDir(dir.path()).mkdir(u"folder.csv"_s));
        QVERIFY(store.previewPriceList(dir.filePath(u"folder.csv"_s)).error().message.contains(u"folder"_s));
        writeFile(dir.filePath(u"big.csv"_s), QByteArray(kMaxPriceListBytes + 1, '\n'));
        QVERIFY(store.previewPriceList(dir.filePath(u"big.csv"_s)).error().message.contains(u"too large"_s));
    }

    void overlayRefusesHandEditedNonsense_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative minor") << QByteArray(R"({"prices":[{"sku":"A","minor":"-5","currency":"CNY"}]})") << u"prices[0].minor"_s;
        QTest::newRow("huge minor") << QByteArray(R"({"prices":[{"sku":"A","minor":"99999999999999999999","currency":"CNY"}]})") << u"prices[0].minor"_s;
        QTest::newRow("number minor") << QByteArray(R"({"prices":[{"sku":"A","minor":5,"currency":"CNY"}]})") << u"prices[0].minor"_s;
        QTest::newRow("bad currency") << QByteArray(R"({"prices":[{"sku":"A","minor":"5","currency":"yen"}]})") << u"prices[0].currency"_s;
        QTest::newRow("stock 1e12") << QByteArray(R"({"prices":[{"sku":"A","stock":1e12}]})") << u"prices[0].stock"_s;
        QTest::newRow("discount 100") << QByteArray(R"({"prices":[{"sku":"A","discount":100}]})") << u"prices[0].discount"_s;
        QTest::newRow("duplicate") << QByteArray(R"({"prices":[{"sku":"A"},{"sku":"A"}]})") << u"prices[1].sku"_s;
        QTest::newRow("unknown") << QByteArray(R"({"prices":[{"sku":"A","price":3}]})") << u"prices[0].price"_s;
    }

    void overlayRefusesHandEditedNonsense()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto parsed = parsePriceOverlay(json, u"prices.json"_s);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(field), qPrintable(parsed.error().message));
    }

    void storeAcceptsOnlyValidReplacementCatalog()
    {
        QTemporaryDir dir;
        const CatalogStore store(dir.filePath(u"overlay"_s));
        const QString bad = dir.filePath(u"bad.json"_s);
        writeFile(bad, "{\"format\": 1, \"items\": []}");
        const auto rejected = store.importCatalog(bad);
        QVERIFY(!rejected.ok());
        QVERIFY(rejected.error().message.contains(u"bad.json"_s));
        QVERIFY(!QFile::exists(store.replacementPath()));

        QFile minimal(QFINDTESTDATA("data/minimal.json"));
        QVERIFY(minimal.open(QIODevice::ReadOnly));
        const QString good = dir.filePath(u"good.json"_s);
        writeFile(good, minimal.readAll().replace("%EXTRA%", ""));
        const auto accepted = store.importCatalog(good);
        QVERIFY2(accepted.ok(), accepted ? "" : qPrintable(accepted.error().message));
        auto loaded = store.load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded->replacementCatalog);
        QCOMPARE(loaded->catalog.items.size(), std::size_t(2));

        // A replacement broken later (edited by hand) falls back to the bundled catalog with a warning.
        writeFile(store.replacementPath(), "{ broken");
        loaded = store.load();
        QVERIFY(loaded.ok());
        QVERIFY(!loaded->replacementCatalog);
        QCOMPARE(loaded->warnings.size(), 1);
        QVERIFY(loaded->catalog.items.size() > 2);

        QVERIFY(store.resetOverlays().ok());
        QVERIFY(!QFile::exists(store.replacementPath()));
    }
};

QTEST_GUILESS_MAIN(TestPriceList)
#include "tst_pricelist.moc"
