// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/catalogloader.h"
#include "catalog/vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using PumpStudio::Error;
using namespace PumpStudio::Catalog;
using namespace Qt::Literals::StringLiterals;

namespace {

// A small valid catalog whose second item starts on a known line, to check line numbers.
QByteArray validCatalog(const QString &secondItemExtra = {})
{
    QFile file(QFINDTESTDATA("data/minimal.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data data/minimal.json is missing");
    return file.readAll().replace("%EXTRA%", secondItemExtra.toUtf8());
}

} // namespace

class TestCatalogLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsValidCatalog()
    {
        const auto catalog = parseCatalog(validCatalog(), u"test.json"_s, u"/data"_s);
        QVERIFY2(catalog.ok(), catalog ? "" : qPrintable(catalog.error().message));
        QCOMPARE(catalog->items.size(), std::size_t(2));
        const CatalogItem &tube = catalog->items.at(0);
        QCOMPARE(tube.name.zh, u"硅胶泵管 16#"_s);
        QCOMPARE(tube.specs.innerDiameterMm, 3.1);
        QCOMPARE(tube.specs.packSize, 15);
        QCOMPARE(tube.price, (Money{11000, u"CNY"_s}));
        QCOMPARE(tube.serviceLifeHours, 500.0);
        QCOMPARE(tube.image, u"/data/images/tubing.svg"_s);
        QVERIFY(!catalog->items.at(1).price.has_value());
        QCOMPARE(catalog->manufacturer.name.en, u"Maker"_s);
    }

    void loadsBundledCatalog()
    {
        const auto catalog = loadCatalogFile(u":/catalog/catalog.json"_s);
        QVERIFY2(catalog.ok(), catalog ? "" : qPrintable(catalog.error().message));
        QVERIFY(catalog->items.size() >= 36);
        QVERIFY(catalog->notice.en.contains(u"Sample data"_s));
        QCOMPARE(catalog->manufacturer.website, u"https://www.ywfluid.com"_s);
        for (const QString &category : Vocabulary::categories()) {
            const auto count = std::count_if(catalog->items.begin(), catalog->items.end(),
                                             [&](const CatalogItem &item) { return item.category == category; });
            QVERIFY2(count >= 3, qPrintable(category));
        }
        for (const CatalogItem &item : catalog->items) {
            QVERIFY2(QFile::exists(item.image), qPrintable(item.sku + u" "_s + item.image));
            if (item.category == u"tubing"_s || item.category == u"peristaltic-pump-head"_s)
                QVERIFY2(item.serviceLifeHours.has_value(), qPrintable(item.sku));
        }
        QVERIFY(std::any_of(catalog->items.begin(), catalog->items.end(),
                            [](const CatalogItem &item) { return !item.price; }));
    }

    void rejectsMalformedFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const auto withSecond = [](const char *extra) { return validCatalog(QString::fromUtf8(extra)); };
        const auto replaced = [](const char *from, const char *to) {
            return validCatalog().replace(QByteArray(from), QByteArray(to));
        };
        QTest::newRow("not json") << QByteArray("{\n\"format\": 1,\n oops }") << u"test.json:3"_s;
        QTest::newRow("array root") << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("no format") << replaced("\"format\": 1,", "") << u"format"_s;
        QTest::newRow("newer format") << replaced("\"format\": 1,", "\"format\": 7,") << u"newer"_s;
        QTest::newRow("no manufacturer") << replaced("\"manufacturer\"", "\"maker\"") << u"manufacturer"_s;
        QTest::newRow("no items") << replaced("\"items\"", "\"things\"") << u"items"_s;
        QTest::newRow("missing sku") << replaced("\"sku\": \"B-2\", ", "") << u"test.json:12: item 2: sku"_s;
        QTest::newRow("bad sku chars") << replaced("\"B-2\"", "\"B 2\"") << u"sku"_s;
        QTest::newRow("duplicate sku") << replaced("\"B-2\"", "\"A-1\"") << u"duplicate"_s;
        QTest::newRow("name without zh") << replaced("\"zh\": \"过滤器\"", "\"de\": \"Filter\"") << u"name"_s;
        QTest::newRow("name empty zh") << replaced("\"zh\": \"过滤器\"", "\"zh\": \"\"") << u"name"_s;
        QTest::newRow("no description") << replaced("\"description\": {\"en\": \"Capsule\", \"zh\": \"囊式\"},", "")
                                        << u"description"_s;
        QTest::newRow("unknown category") << replaced("\"capsule-filter\"", "\"gizmo\"") << u"gizmo"_s;
        QTest::newRow("unknown application") << replaced("[\"medicine\"]", "[\"cooking\"]") << u"cooking"_s;
        QTest::newRow("applications not list") << replaced("[\"medicine\"]", "\"medicine\"") << u"applications"_s;
        QTest::newRow("unknown head") << withSecond(", \"compatible\": {\"heads\": [\"head-x\"]}")
                                      << u"compatible.heads"_s;
        QTest::newRow("unknown tubing") << replaced("[\"tube-16\"]", "[\"tube-99\"]") << u"compatible.tubing"_s;
        QTest::newRow("unknown model") << withSecond(", \"compatible\": {\"models\": [\"pump-9000\"]}")
                                       << u"pump-9000"_s;
        QTest::newRow("unknown compat key") << withSecond(", \"compatible\": {\"pumps\": []}") << u"compatible.pumps"_s;
        QTest::newRow("unknown field") << withSecond(", \"serviceLifeHour\": 5") << u"serviceLifeHour"_s;
        QTest::newRow("unknown spec") << replaced("\"packUnit\": \"m\"", "\"packUnit\": \"m\", \"colour\": \"red\"")
                                      << u"specs.colour"_s;
        QTest::newRow("negative diameter") << replaced("3.1", "-3.1") << u"specs.innerDiameterMm"_s;
        QTest::newRow("od not above id") << replaced("6.3", "2.0") << u"specs.outerDiameterMm"_s;
        QTest::newRow("fractional pack") << replaced("\"packSize\": 15", "\"packSize\": 1.5") << u"specs.packSize"_s;
        QTest::newRow("bad pack unit") << replaced("\"packUnit\": \"m\"", "\"packUnit\": \"box\"") << u"packUnit"_s;
        QTest::newRow("price string") << replaced("\"price\": null", "\"price\": \"12\"") << u"test.json:12"_s;
        QTest::newRow("negative price") << replaced("\"amount\": 110", "\"amount\": -1") << u"price.amount"_s;
        QTest::newRow("bad currency") << replaced("\"CNY\"", "\"yuan\"") << u"price.currency"_s;
        // A long fuzz run: "$" let a line break through, "CNY\n" was taken as a currency.
        QTest::newRow("currency with a line break") << replaced("\"CNY\"", "\"CNY\\n\"") << u"price.currency"_s;
        QTest::newRow("sku with a line break inside") << replaced("\"B-2\"", "\"B-2\\nX\"") << u"sku"_s;
        QTest::newRow("zero life") << replaced("\"serviceLifeHours\": 500", "\"serviceLifeHours\": 0")
                                   << u"serviceLifeHours"_s;
        QTest::newRow("item not object") << replaced("\"items\": [", "\"items\": [ 5,") << u"item 1"_s;
        QTest::newRow("no items at all")
            << QByteArray(R"({"format":1,"manufacturer":{"name":{"en":"M","zh":"M"}},"items":[]})") << u"no items"_s;
    }

    void rejectsMalformedFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto catalog = parseCatalog(json, u"test.json"_s, u"/data"_s);
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, Error::Code::BadFile);
        QVERIFY2(catalog.error().message.contains(mentions), qPrintable(catalog.error().message));
        QVERIFY2(catalog.error().message.startsWith(u"test.json"_s), qPrintable(catalog.error().message));
    }

    void namesLineAndSkuOfBadItem()
    {
        const auto catalog =
            parseCatalog(validCatalog().replace("\"medicine\"", "\"astrology\""), u"c.json"_s, u"/"_s);
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().message.section(u": "_s, 0, 2), u"c.json:12: item 2 (B-2): applications"_s);
    }

    void reportsUnreadableFile()
    {
        const auto catalog = loadCatalogFile(u"/nonexistent/catalog.json"_s);
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, Error::Code::Io);
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
