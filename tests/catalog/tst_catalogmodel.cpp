// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/catalogfiltermodel.h"
#include "catalog/catalogtablemodel.h"

#include "catalog/catalogloader.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

class TestCatalogModel final : public QObject
{
    Q_OBJECT

private:
    Catalog::Catalog m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        auto catalog = Catalog::loadCatalogFile(u":/catalog/catalog.json"_s);
        QVERIFY(catalog.ok());
        m_catalog = std::move(catalog).value();
    }

    void passesModelTesterThroughResetsAndUpdates()
    {
        CatalogTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CatalogFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(m_catalog);
        QCOMPARE(model.rowCount(), static_cast<int>(m_catalog.items.size()));
        model.setLanguage(Catalog::Language::Chinese);
        model.setHints({{u"YW-T-SI-16"_s, u"m"_s, u"tube-16"_s, 600, 500, Catalog::ReorderHint::Severity::Overdue}});
        Catalog::FilterCriteria criteria;
        criteria.text = u"硅胶"_s;
        proxy.setCriteria(criteria);
        QVERIFY(proxy.rowCount() > 0);
        proxy.sort(CatalogTableModel::Price, Qt::DescendingOrder);
        criteria.text.clear();
        proxy.setCriteria(criteria);
        model.setCatalog({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void showsBothLanguagesPricesAndBadges()
    {
        CatalogTableModel model;
        model.setCatalog(m_catalog);
        const int row = model.rowOf(u"YW-T-SI-16"_s);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, CatalogTableModel::Name).data().toString(), u"Silicone pump tubing 16#"_s);
        model.setLanguage(Catalog::Language::Chinese);
        QCOMPARE(model.index(row, CatalogTableModel::Name).data().toString(), u"硅胶泵管 16#"_s);
        QCOMPARE(model.index(row, CatalogTableModel::Price).data().toString(), u"CNY 110.00"_s);
        const int onRequest = model.rowOf(u"YW-PH-ICC-8R"_s);
        QCOMPARE(model.index(onRequest, CatalogTableModel::Price).data().toString(), u"on request"_s);
        QVERIFY(model.index(row, CatalogTableModel::Reorder).data().toString().isEmpty());
        model.setHints({{u"YW-T-SI-16"_s, u"m"_s, u"tube-16"_s, 450, 500, Catalog::ReorderHint::Severity::DueSoon}});
        QCOMPARE(model.index(row, CatalogTableModel::Reorder).data().toString(), u"Due soon"_s);
        QCOMPARE(model.index(row, CatalogTableModel::Reorder).data(CatalogTableModel::RawValueRole).toInt(), 1);
    }

    void proxyFiltersWithCorePredicateAndSortsOnRequestLast()
    {
        CatalogTableModel model;
        model.setCatalog(m_catalog);
        CatalogFilterModel proxy;
        proxy.setSourceModel(&model);
        Catalog::FilterCriteria criteria;
        criteria.category = u"peristaltic-pump-head"_s;
        proxy.setCriteria(criteria);
        QCOMPARE(proxy.rowCount(), 7);
        proxy.sort(CatalogTableModel::Price, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, CatalogTableModel::Sku).data().toString(), u"YW-PH-KCS-3R"_s);
        QCOMPARE(proxy.index(proxy.rowCount() - 1, CatalogTableModel::Price).data().toString(), u"on request"_s);
        criteria.text = u"不锈钢"_s;
        proxy.setCriteria(criteria);
        QCOMPARE(proxy.rowCount(), 6);  // stainless rollers or housing
        criteria.text = u"YZ25 316"_s;
        proxy.setCriteria(criteria);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, CatalogTableModel::Sku).data().toString(), u"YW-PH-YZ25-SS"_s);
    }
};

QTEST_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
