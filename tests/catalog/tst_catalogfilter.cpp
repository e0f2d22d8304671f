// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/catalogfilter.h"
#include "catalog/catalogloader.h"

#include <QTest>

using PumpStudio::Error;
using namespace PumpStudio::Catalog;
using namespace Qt::Literals::StringLiterals;

class TestCatalogFilter final : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    QStringList matching(const FilterCriteria &criteria) const
    {
        QStringList skus;
        for (const CatalogItem &item : m_catalog.items) {
            if (matches(item, criteria))
                skus.append(item.sku);
        }
        return skus;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto catalog = loadCatalogFile(u":/catalog/catalog.json"_s);
        QVERIFY(catalog.ok());
        m_catalog = std::move(catalog).value();
    }

    void emptyCriteriaMatchEverything()
    {
        QCOMPARE(matching({}).size(), static_cast<qsizetype>(m_catalog.items.size()));
    }

    void findsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");   // one SKU that must match
        QTest::addColumn<QString>("unexpected"); // one SKU that must not
        QTest::newRow("english name") << u"capsule filter"_s << u"YW-CF-PES022-150"_s << u"YW-T-SI-16"_s;
        QTest::newRow("chinese name") << u"囊式过滤器"_s << u"YW-CF-PVDF022-300"_s << u"YW-IB-250"_s;
        QTest::newRow("chinese description") << u"除菌"_s << u"YW-CF-PES022-150"_s << u"YW-CF-PP10-300"_s;
        QTest::newRow("english description") << u"back-flow"_s << u"YW-AC-CV-48"_s << u"YW-AC-CUT"_s;
        QTest::newRow("sku lower case") << u"yw-pp-t-32"_s << u"YW-PP-T-32"_s << u"YW-PP-ST-32"_s;
        QTest::newRow("material zh") << u"氟橡胶"_s << u"YW-T-FKM-16"_s << u"YW-T-SI-16"_s;
        QTest::newRow("material en, two words") << u"silicone 25#"_s << u"YW-T-SI-25"_s << u"YW-T-TPE-25"_s;
        QTest::newRow("pore size") << u"0.45µm"_s << u"YW-CF-PES045-150"_s << u"YW-CF-PES022-150"_s;
        QTest::newRow("inner diameter") << u"6.4mm"_s << u"YW-T-SI-17"_s << u"YW-T-SI-16"_s;
        QTest::newRow("capacity") << u"1000ml"_s << u"YW-IB-1000"_s << u"YW-IB-100"_s;
        QTest::newRow("connection") << u"luer"_s << u"YW-PP-LF-32"_s << u"YW-PP-ST-32"_s;
        QTest::newRow("mixed languages") << u"PES 150"_s << u"YW-CF-PES022-150"_s << u"YW-CF-PES022-500"_s;
    }

    void findsText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, unexpected);
        FilterCriteria criteria;
        criteria.text = text;
        const QStringList found = matching(criteria);
        QVERIFY2(found.contains(expected), qPrintable(found.join(u' ')));
        QVERIFY2(!found.contains(unexpected), qPrintable(found.join(u' ')));
    }

    void findsEveryPeristalticHeadByItsChineseCategory_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("蠕动") << u"蠕动"_s;
        QTest::newRow("蠕动泵头") << u"蠕动泵头"_s;
        QTest::newRow("蠕动泵泵头") << u"蠕动泵泵头"_s;
        QTest::newRow("english category") << u"peristaltic pump head"_s;
    }

    void findsEveryPeristalticHeadByItsChineseCategory()
    {
        QFETCH(QString, text);
        FilterCriteria criteria;
        criteria.text = text;
        const QStringList found = matching(criteria);
        QStringList heads;
        for (const CatalogItem &item : m_catalog.items) {
            if (item.category == u"peristaltic-pump-head"_s)
                heads.append(item.sku);
        }
        QCOMPARE(heads.size(), 7);
        for (const QString &sku : heads)
            QVERIFY2(found.contains(sku), qPrintable(sku + u" not in "_s + found.join(u' ')));
        // The longer words name the category only; "蠕动" also finds tubing that says it is for peristaltic pumps.
        if (text != u"蠕动"_s) {
            QCOMPARE(found.size(), heads.size());
        }
    }

    void findsApplicationsAndCategoriesInBothLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("unexpected");
        QTest::newRow("application zh") << u"气体分析"_s << u"YW-CF-PTFE02-50"_s << u"YW-CF-PES022-150"_s;
        QTest::newRow("application en") << u"gas analysis"_s << u"YW-CF-PTFE02-50"_s << u"YW-CF-PES022-150"_s;
        QTest::newRow("category zh") << u"管接头"_s << u"YW-PP-Y-48"_s << u"YW-T-SI-16"_s;
        QTest::newRow("category keyword zh") << u"泵管 25#"_s << u"YW-T-TPE-25"_s << u"YW-T-SI-16"_s;
        QTest::newRow("category and application zh") << u"囊式过滤器 环保"_s << u"YW-CF-PP10-300"_s << u"YW-CF-PES022-150"_s;
        QTest::newRow("latin and han without a space") << u"YZ25泵头"_s << u"YW-PH-YZ25-SS"_s << u"YW-PH-YZ15-PPS"_s;
        QTest::newRow("spec zh") << u"不锈钢滚轮"_s << u"YW-PH-YZ15-PPS"_s << u"YW-T-SI-16"_s;
    }

    void findsApplicationsAndCategoriesInBothLanguages()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, unexpected);
        FilterCriteria criteria;
        criteria.text = text;
        const QStringList found = matching(criteria);
        QVERIFY2(found.contains(expected), qPrintable(found.join(u' ')));
        QVERIFY2(!found.contains(unexpected), qPrintable(found.join(u' ')));
    }

    void splitsSearchWordsWhereTheScriptChanges()
    {
        QCOMPARE(searchWords(u"  YZ15泵头  PPS "_s), (QStringList{u"yz15"_s, u"泵头"_s, u"pps"_s}));
        QCOMPARE(searchWords(u"蠕动泵头"_s), (QStringList{u"蠕动泵头"_s}));
        QCOMPARE(searchWords(u"0.22µm"_s), (QStringList{u"0.22µm"_s.toCaseFolded()}));
        QVERIFY(searchWords(u"   "_s).isEmpty());
    }

    void findsNothingForAWordNoItemHas()
    {
        FilterCriteria criteria;
        criteria.text = u"蠕动泵头 不存在的东西"_s;
        QVERIFY(matching(criteria).isEmpty());
    }

    void filtersByCategoryAndApplication()
    {
        FilterCriteria criteria;
        criteria.category = u"capsule-filter"_s;
        const QStringList filters = matching(criteria);
        QCOMPARE(filters.size(), 6);
        criteria.application = u"gas-analysis"_s;
        QCOMPARE(matching(criteria), (QStringList{u"YW-CF-PTFE02-50"_s}));
        criteria.text = u"PES"_s;
        QVERIFY(matching(criteria).isEmpty());
    }

    void fitsMyPumpsByHeadTubingAndModel()
    {
        FilterCriteria criteria;
        criteria.fitsMyPumps = true;
        criteria.fit = pumpFit({u"reglo-icc"_s}, {u"head-icc-cartridge"_s}, {u"tube-3stop-1.52"_s});
        const QStringList icc = matching(criteria);
        QVERIFY(icc.contains(u"YW-PH-ICC-8R"_s));
        QVERIFY(icc.contains(u"YW-T3S-PVC-0.25"_s));  // other sizes for the same head fit too
        QVERIFY(!icc.contains(u"YW-T-SI-16"_s));
        QVERIFY(!icc.contains(u"YW-PH-YZ15-PPS"_s));

        criteria.fit = pumpFit({u"longer-bt100-2j"_s}, {u"head-yz15"_s}, {u"tube-16"_s});
        const QStringList yz15 = matching(criteria);
        QVERIFY(yz15.contains(u"YW-T-SI-16"_s));
        QVERIFY(yz15.contains(u"YW-T-SI-13"_s));
        QVERIFY(!yz15.contains(u"YW-T-SI-18"_s));    // 18# is for the YZ25 head
        QVERIFY(yz15.contains(u"YW-PP-ST-32"_s));    // a joint for 16# tubing
        QVERIFY(yz15.contains(u"YW-AC-485USB"_s));   // by model
        QVERIFY(!yz15.contains(u"YW-DH-PTFE-G"_s));  // declares nothing

        criteria.fit = PumpFit{};
        QVERIFY(matching(criteria).isEmpty());
        criteria.fitsMyPumps = false;
        QVERIFY(!matching(criteria).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogFilter)
#include "tst_catalogfilter.moc"
