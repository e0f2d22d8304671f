// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/reorderhints.h"
#include "catalog/usagesource.h"
#include "core/appsettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio::Catalog;
using namespace Qt::Literals::StringLiterals;

namespace {

CatalogItem wearing(const char *sku, const char *category, QStringList heads, QStringList tubing,
                    std::optional<double> life)
{
    CatalogItem item;
    item.sku = QString::fromLatin1(sku);
    item.category = QString::fromLatin1(category);
    item.compatibleHeads = std::move(heads);
    item.compatibleTubing = std::move(tubing);
    item.serviceLifeHours = life;
    return item;
}

Catalog wearCatalog()
{
    Catalog catalog;
    catalog.items.push_back(wearing("SI-16", "tubing", {}, {u"tube-16"_s}, 500));
    catalog.items.push_back(wearing("TPE-16", "tubing", {}, {u"tube-16"_s}, 1000));
    catalog.items.push_back(wearing("SI-25", "tubing", {}, {u"tube-25"_s}, 500));
    catalog.items.push_back(wearing("HEAD-15", "peristaltic-pump-head", {u"head-yz15"_s}, {u"tube-16"_s}, 3000));
    catalog.items.push_back(wearing("JOINT-16", "pp-pipe-joint", {}, {u"tube-16"_s}, 100));  // not a wearing part
    catalog.items.push_back(wearing("NOLIFE-16", "tubing", {}, {u"tube-16"_s}, std::nullopt));
    return catalog;
}

} // namespace

class TestReorderHints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noUsageNoHints() { QVERIFY(reorderHints({}, wearCatalog()).empty()); }

    void hintsTubingWhoseLifeIsUsed_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<QStringList>("skus");
        QTest::addColumn<QList<int>>("severities");
        QTest::newRow("fresh") << 100.0 << QStringList{} << QList<int>{};
        QTest::newRow("just under due") << 399.0 << QStringList{} << QList<int>{};
        QTest::newRow("due soon") << 400.0 << QStringList{u"SI-16"_s} << QList<int>{0};
        QTest::newRow("overdue") << 500.0 << QStringList{u"SI-16"_s} << QList<int>{1};
        QTest::newRow("both materials") << 900.0 << QStringList{u"SI-16"_s, u"TPE-16"_s} << QList<int>{1, 0};
    }

    void hintsTubingWhoseLifeIsUsed()
    {
        QFETCH(double, hours);
        QFETCH(QStringList, skus);
        QFETCH(QList<int>, severities);
        // headHours 0: a new head, so only tubing can be due.
        const auto hints = reorderHints({{u"longer-bt100-2j"_s, u"head-yz15"_s, u"tube-16"_s, hours, 0.0}}, wearCatalog());
        QStringList found;
        QList<int> severity;
        for (const ReorderHint &hint : hints) {
            found << hint.sku;
            severity << static_cast<int>(hint.severity);
            QCOMPARE(hint.partId, u"tube-16"_s);
            QCOMPARE(hint.hours, hours);
        }
        QCOMPARE(found, skus);
        QCOMPARE(severity, severities);
    }

    void headsUseHeadHoursOrFallBackToTubingHours()
    {
        const Catalog catalog = wearCatalog();
        auto hints = reorderHints({{u"m"_s, u"head-yz15"_s, u"tube-25"_s, 2900.0, std::nullopt}}, catalog);
        QCOMPARE(hints.size(), std::size_t(2));
        QCOMPARE(hints.at(0).sku, u"HEAD-15"_s);
        QCOMPARE(hints.at(0).severity, ReorderHint::Severity::DueSoon);
        QCOMPARE(hints.at(1).sku, u"SI-25"_s);

        hints = reorderHints({{u"m"_s, u"head-yz15"_s, u"tube-25"_s, 10.0, 3100.0}}, catalog);
        QCOMPARE(hints.size(), std::size_t(1));
        QCOMPARE(hints.at(0).sku, u"HEAD-15"_s);
        QCOMPARE(hints.at(0).severity, ReorderHint::Severity::Overdue);
        QCOMPARE(hints.at(0).lifeHours, 3000.0);
    }

    void picksMostSevereHintPerSku()
    {
        const auto hints = reorderHints({{u"a"_s, {}, u"tube-16"_s, 420.0, {}}, {u"b"_s, {}, u"tube-16"_s, 800.0, {}}},
                                        wearCatalog());
        const auto best = hintFor(hints, u"SI-16"_s);
        QVERIFY(best);
        QCOMPARE(best->modelId, u"b"_s);
        QCOMPARE(best->severity, ReorderHint::Severity::Overdue);
        QVERIFY(!hintFor(hints, u"SI-25"_s));
    }

    void usageSourceKeepsPumpsAndResets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_s);
        {
            PumpStudio::AppSettings settings(path);
            UsageSource source(settings);
            QSignalSpy changed(&source, &UsageSource::usageChanged);
            source.setUsage({{u"longer-bt100-2j"_s, u"head-yz15"_s, u"tube-16"_s, 450.0, std::nullopt}});
            source.resetTubing(0);
            QCOMPARE(changed.count(), 2);
            QCOMPARE(source.usage().at(0).hours, 0.0);
            QCOMPARE(source.usage().at(0).headHours, 450.0);  // the head keeps its hours
            source.resetTubing(5);  // out of range: ignored
            QCOMPARE(changed.count(), 2);
            const PumpFit fit = source.fit();
            QVERIFY(fit.models.contains(u"longer-bt100-2j"_s));
            QVERIFY(fit.tubing.contains(u"tube-17"_s));  // the head takes it
            settings.sync();
        }
        PumpStudio::AppSettings settings(path);
        UsageSource reread(settings);
        QCOMPARE(reread.usage().size(), std::size_t(1));
        QCOMPARE(reread.usage().at(0).tubingId, u"tube-16"_s);
        QCOMPARE(reread.usage().at(0).headHours, 450.0);
        reread.resetHead(0);
        QCOMPARE(reread.usage().at(0).headHours, 0.0);
    }

    void configuredPumpsCountForFitsButAreNotSaved()
    {
        QTemporaryDir dir;
        PumpStudio::AppSettings settings(dir.filePath(u"s.ini"_s));
        UsageSource source(settings);
        QSignalSpy changed(&source, &UsageSource::usageChanged);
        source.setConfiguredPumps({{u"reglo-icc"_s, u"head-icc-cartridge"_s, u"tube-3stop-1.52"_s, 0.0, std::nullopt}});
        QCOMPARE(changed.count(), 1);
        QVERIFY(source.usage().empty());
        QVERIFY(source.fit().models.contains(u"reglo-icc"_s));
        QVERIFY(source.fit().heads.contains(u"head-icc-cartridge"_s));
        UsageSource reread(settings);
        QVERIFY(reread.fit().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReorderHints)
#include "tst_reorderhints.moc"
