// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/cartpanel.h"
#include "catalog/catalogdetailpane.h"
#include "catalog/catalogfiltermodel.h"
#include "catalog/catalogpage.h"
#include "catalog/catalogtablemodel.h"
#include "catalog/orderpdfwriter.h"
#include "catalog/pricechangemodel.h"
#include "catalog/pricelistimportdialog.h"

#include "catalog/catalogloader.h"
#include "catalog/catalogstore.h"
#include "core/csv.h"
#include "catalog/usagesource.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "core/translations.h"
#include "models/modelregistry.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {

// The text pdftotext reads back from a PDF: proof the text (and its font) is really in the file.
QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-layout"_s, pdf, u"-"_s});
    if (!process.waitForFinished(30000))
        return {};
    // NFKC undoes ligatures (ﬂ) and the Kangxi radicals Qt's PDF text map gives some shared CJK glyphs (⽤ for 用).
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// Developers set PUMPSTUDIO_SHOT_DIR to look at the PDFs (rendered with pdftoppm).
void keepForScreenshots(const QString &pdf)
{
    const QString dir = qEnvironmentVariable("PUMPSTUDIO_SHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString target = dir + u'/' + QFileInfo(pdf).fileName();
    QFile::remove(target);
    QFile::copy(pdf, target);
}

// The letters of the Alt shortcuts of `root`'s labels (with a buddy) and buttons, with the texts
// that use them: each letter must be used once.
QStringList clashingMnemonics(QWidget *root)
{
    QHash<QChar, QStringList> uses;
    const auto add = [&uses](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            uses[text.at(i + 1).toLower()].append(text);
            return;
        }
    };
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            add(label->text());
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        add(button->text());
    QStringList clashes;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (it->size() > 1)
            clashes.append(it->join(u" / "_s));
    }
    return clashes;
}

} // namespace

class TestCatalogPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(u"settings.ini"_s); }
    QString overlayDir() const { return m_dir.filePath(u"overlay"_s); }

    Catalog::OrderRequest sampleOrder(Catalog::Language)
    {
        auto catalog = Catalog::loadCatalogFile(u":/catalog/catalog.json"_s);
        Catalog::Cart cart;
        cart.add(u"YW-T-SI-16"_s, 3);
        cart.add(u"YW-CF-PES022-150"_s, 2);
        cart.add(u"YW-PH-ICC-8R"_s, 1);  // price on request
        const Catalog::CustomerDetails customer{u"Example Lab"_s, u"Li Wei 李伟"_s, u"1 Science Road\nChangzhou"_s,
                                                u"li@example.org"_s, u"Deliver before May"_s, {}};
        return Catalog::buildOrderRequest(cart, *catalog, customer, QDateTime(QDate(2026, 4, 2), QTime(10, 0)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Logging::Options options;
        options.console = false;
        options.memoryCapacity = 100;
        Logging::initialize(options);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void filtersAsYouType()
    {
        AppSettings settings(settingsPath());
        CatalogPage page(settings, nullptr, overlayDir());
        const int all = page.visibleRowCount();
        QVERIFY(all >= 36);
        auto *search = page.findChild<QLineEdit *>(u"catalogSearch"_s);
        QVERIFY(search);
        QTest::keyClicks(search, u"filter"_s);
        QVERIFY(page.visibleRowCount() < all);
        QVERIFY(page.visibleRowCount() >= 6);
        search->setText(u"囊式 0.22"_s);
        QCOMPARE(page.visibleRowCount(), 3);
        search->clear();
        QCOMPARE(page.visibleRowCount(), all);
    }

    void itemNamesGetMostOfTheWidthAt1280()
    {
        // Issue 16 item 6: at 1280x800 the cart and history tabs took half the page, and the
        // names were cut to "YZ15-type pump …" beside an empty detail pane.
        AppSettings settings(settingsPath());
        CatalogPage page(settings, nullptr, overlayDir());
        page.resize(1190, 740);  // what the main window leaves the page at 1280x800
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.findChild<QTableView *>(u"catalogView"_s);
        auto *tabs = page.findChild<QTabWidget *>();
        QVERIFY(view && tabs);
        QTRY_VERIFY(view->width() > 0);
        QVERIFY2(view->width() >= 1.3 * tabs->width(), qPrintable(u"list %1 px, tabs %2 px"_s.arg(view->width()).arg(tabs->width())));
    }

    void findsPeristalticHeadsInChineseAndSaysWhenNothingMatches()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        AppSettings settings(settingsPath());
        CatalogPage page(settings, nullptr, overlayDir());
        QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *search = page.findChild<QLineEdit *>(u"catalogSearch"_s);
        QVERIFY(page.noMatchesText().isEmpty());
        search->setText(u"蠕动泵头"_s);
        QCOMPARE(page.visibleRowCount(), 7);
        for (int row = 0; row < page.visibleRowCount(); ++row)
            QCOMPARE(page.proxy()->index(row, CatalogTableModel::Category).data().toString(), u"蠕动泵头"_s);
        QVERIFY(page.noMatchesText().isEmpty());
        search->setText(u"蠕动"_s);
        QVERIFY(page.visibleRowCount() >= 7);
        // Nothing found is said, with the words searched for.
        search->setText(u"蠕动泵头 钛合金"_s);
        QCOMPARE(page.visibleRowCount(), 0);
        QVERIFY2(page.noMatchesText().contains(u"蠕动泵头 钛合金"_s), qPrintable(page.noMatchesText()));
        // With a category set as well, the message offers to clear it; following that shows items again.
        search->setText(u"蠕动泵头"_s);
        auto *category = page.findChild<QComboBox *>(u"catalogCategory"_s);
        category->setCurrentIndex(category->findData(u"tubing"_s));
        QCOMPARE(page.visibleRowCount(), 0);
        auto *label = page.findChild<QLabel *>(u"catalogNoMatches"_s);
        QVERIFY(label->text().contains(u"#filters"_s));
        Q_EMIT label->linkActivated(u"#filters"_s);
        QCOMPARE(page.visibleRowCount(), 7);
        QVERIFY(page.noMatchesText().isEmpty());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void namesCompatibleModelsInsteadOfTheirIds()
    {
        // Issue 16 item 10: "Pump models: longer-bt100-2j, ...".
        AppSettings settings(settingsPath());
        CatalogPage page(settings, nullptr, overlayDir());
        Models::ModelRegistry models;
        models.load(u":/models"_s, {});
        page.setModelRegistry(&models);
        page.selectSku(u"YW-PH-YZ15-PPS"_s);
        const QString text = page.detailPane()->compatibilityText();
        QVERIFY2(text.contains(u"Pump models: Longer BT100-2J, Longer WT600-2J, Lead Fluid BT100S"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Tubing size 16"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"longer-bt100-2j"_s) && !text.contains(u"tube-16"_s), qPrintable(text));
    }

    void fitsMyPumpsAndShowsReorderBadge()
    {
        AppSettings settings(settingsPath());
        CatalogPage page(settings, nullptr, overlayDir());
        page.usageSource()->setUsage({{u"longer-bt100-2j"_s, u"head-yz15"_s, u"tube-16"_s, 520.0, 800.0}});
        auto *fits = page.findChild<QCheckBox *>(u"catalogFits"_s);
        fits->setChecked(true);
        const int fitting = page.visibleRowCount();
        QVERIFY(fitting > 5);
        QVERIFY(fitting < static_cast<int>(page.model()->catalog().items.size()));
        const int row = page.model()->rowOf(u"YW-T-SI-16"_s);
        QCOMPARE(page.model()->index(row, CatalogTableModel::Reorder).data().toString(), u"Replace now"_s);
        QVERIFY(!page.findChild<QLabel *>(u"catalogHints"_s)->text().isEmpty());
        page.usageSource()->resetTubing(0);
        QVERIFY(page.model()->index(row, CatalogTableModel::Reorder).data().toString().isEmpty());
        page.usageSource()->setUsage({});
    }

    void addsToCartFromDetailsAndKeepsCartBetweenSessions()
    {
        {
            AppSettings settings(settingsPath());
            CatalogPage page(settings, nullptr, overlayDir());
            page.selectSku(u"YW-PP-T-32"_s);
            QCOMPARE(page.detailPane()->currentSku(), u"YW-PP-T-32"_s);
            page.detailPane()->findChild<QSpinBox *>()->setValue(4);
            QTest::mouseClick(page.detailPane()->findChild<QPushButton *>(u"addToCart"_s), Qt::LeftButton);
            QCOMPARE(page.cartPanel()->cart().quantity(u"YW-PP-T-32"_s), 4);
            QVERIFY(page.findChild<QLabel *>(u"cartTotals"_s)->text().contains(u"CNY 100.00"_s));
            settings.sync();
        }
        AppSettings settings(settingsPath());
        CatalogPage page(settings, nullptr, overlayDir());
        QCOMPARE(page.cartPanel()->cart().quantity(u"YW-PP-T-32"_s), 4);
    }

    void asksBeforeAnItemOutOfStockGoesIntoTheCart()
    {
        const QString dir = m_dir.filePath(u"stock-overlay"_s);
        {
            const QString csv = m_dir.filePath(u"stock.csv"_s);
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("sku,price,currency,stock\nYW-PP-Y-48,30,CNY,0\nYW-PP-T-32,25,CNY,2\n");
            file.close();
            Catalog::CatalogStore store(dir);
            auto preview = store.previewPriceList(csv);
            QVERIFY(preview);
            QVERIFY(store.applyPriceList(*preview).ok());
        }
        AppSettings settings(m_dir.filePath(u"stock.ini"_s));
        CatalogPage page(settings, nullptr, dir);
        page.show();
        QVERIFY(page.cartPanel()->cart().isEmpty());
        page.selectSku(u"YW-PP-Y-48"_s);
        QVERIFY(page.findChild<CatalogDetailPane *>()->findChild<QPushButton *>(u"addToCart"_s)->toolTip().contains(u"none in stock"_s));
        // The warning comes first; Cancel (the default) leaves the cart empty.
        QString asked;
        const auto answer = [&asked](bool add) {
            QTimer::singleShot(0, [&asked, add] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), u"stockWarning"_s);
                asked = box->text();
                QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
                if (add) {
                    for (QAbstractButton *button : box->buttons()) {
                        if (box->buttonRole(button) == QMessageBox::AcceptRole)
                            button->click();
                    }
                } else {
                    box->button(QMessageBox::Cancel)->click();
                }
            });
        };
        answer(false);
        QTest::mouseClick(page.detailPane()->findChild<QPushButton *>(u"addToCart"_s), Qt::LeftButton);
        QVERIFY2(asked.contains(u"out of stock (0 in stock)"_s) && asked.contains(u"YW-PP-Y-48"_s), qPrintable(asked));
        QCOMPARE(page.cartPanel()->cart().quantity(u"YW-PP-Y-48"_s), 0);
        // "Add anyway" adds it.
        asked.clear();
        answer(true);
        QVERIFY(page.addToCart(u"YW-PP-Y-48"_s, 1));
        QVERIFY(!asked.isEmpty());
        QCOMPARE(page.cartPanel()->cart().quantity(u"YW-PP-Y-48"_s), 1);
        // Within the stock nothing is asked; past it, it is.
        asked.clear();
        QVERIFY(page.addToCart(u"YW-PP-T-32"_s, 2));
        QVERIFY(asked.isEmpty());
        answer(false);
        QVERIFY(!page.addToCart(u"YW-PP-T-32"_s, 1));
        QVERIFY2(asked.contains(u"Only 2 of"_s) && asked.contains(u"would hold 3"_s), qPrintable(asked));
        QCOMPARE(page.cartPanel()->cart().quantity(u"YW-PP-T-32"_s), 2);
    }

    void exportsCsvAndPdfIntoHistory()
    {
        AppSettings settings(settingsPath());
        CatalogPage page(settings, nullptr, overlayDir());
        page.cartPanel()->add(u"YW-PH-ICC-8R"_s, 1);
        const QString csv = m_dir.filePath(u"order.csv"_s);
        QVERIFY(page.cartPanel()->exportCsv(csv).ok());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CsvTable table = parseCsv(file.readAll());
        QVERIFY(std::any_of(table.records.begin(), table.records.end(), [](const CsvRecord &record) {
            return record.fields.value(0) == u"YW-PP-T-32"_s && record.fields.value(3) == u"4"_s;
        }));
        QVERIFY(page.cartPanel()->exportPdf(m_dir.filePath(u"order.pdf"_s)).ok());
        auto *history = page.findChild<QTreeWidget *>(u"catalogHistory"_s);
        QCOMPARE(history->topLevelItemCount(), 2);
        QCOMPARE(history->topLevelItem(0)->text(2), u"PDF"_s);
    }

    void priceListImportAsksShowsChangesAndUndoes()
    {
        // Issue 12 item 6: the import replaced the list without asking; now a dialog shows
        // every change and the user decides, and the last import can be undone.
        const QString dir = m_dir.filePath(u"import-overlay"_s);
        AppSettings settings(settingsPath());
        CatalogPage page(settings, nullptr, dir);
        const QString csv = m_dir.filePath(u"prices.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sku,price,currency,stock\nYW-T-SI-16,99,CNY,40\nNOPE-1,1,CNY,1\nNOPE-2,1,CNY,1\n");
        file.close();
        const auto priceOf = [&page](const QString &sku) {
            return page.model()->catalog().find(sku)->price;
        };
        const auto bundled = priceOf(u"YW-T-SI-16"_s);
        auto *undo = page.findChild<QAction *>(u"undoPriceImport"_s);
        QVERIFY(undo);
        QVERIFY(!undo->isEnabled());

        // The dialog, answered by "keep the current list": nothing changes.
        QString summary;
        const auto answer = [&summary](bool replace) {
            QTimer::singleShot(0, [&summary, replace] {
                auto *dialog = qobject_cast<PriceListImportDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
                summary = dialog->summaryText();
                QCOMPARE(dialog->model()->rowCount(), 3);  // one added, two rejected
                QVERIFY(dialog->cancelButton()->isDefault());  // lines were rejected: Enter keeps the list
                QTest::mouseClick(replace ? dialog->replaceButton() : dialog->cancelButton(), Qt::LeftButton);
            });
        };
        answer(false);
        QVERIFY(!page.importPriceListFrom(csv));
        QVERIFY2(summary.contains(u"1 added"_s) && summary.contains(u"2 line(s) rejected"_s), qPrintable(summary));
        QCOMPARE(priceOf(u"YW-T-SI-16"_s), bundled);
        QVERIFY(!QFile::exists(dir + u"/prices.json"_s));

        answer(true);
        QVERIFY(page.importPriceListFrom(csv));
        QCOMPARE(priceOf(u"YW-T-SI-16"_s), (Catalog::Money{9900, u"CNY"_s}));
        QVERIFY(undo->isEnabled());
        QVERIFY2(page.statusText().contains(u"1 added"_s), qPrintable(page.statusText()));

        undo->trigger();
        QCOMPARE(priceOf(u"YW-T-SI-16"_s), bundled);
        QVERIFY(!undo->isEnabled());
    }

    void priceChangeModelPassesTheTester()
    {
        Catalog::PriceListImport imported;
        imported.entries.push_back({u"A"_s, Catalog::Money{100, u"CNY"_s}, 1, std::nullopt});
        imported.entryLines.push_back(2);
        imported.errors.push_back({3, u"unknown SKU"_s});
        const std::vector<Catalog::PriceEntry> kept{{u"A"_s, Catalog::Money{90, u"CNY"_s}, 1, std::nullopt},
                                                    {u"B"_s, std::nullopt, 4, 5.0}};
        PriceChangeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges(Catalog::diffPriceLists(kept, imported).changes, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, PriceChangeModel::Change).data().toString(), u"Changed"_s);
        QCOMPARE(model.index(0, PriceChangeModel::Before).data().toString(), u"CNY 0.90, stock 1"_s);
        QCOMPARE(model.index(0, PriceChangeModel::After).data().toString(), u"CNY 1.00, stock 1"_s);
        QCOMPARE(model.index(1, PriceChangeModel::After).data().toString(), u"unknown SKU"_s);
        QCOMPARE(model.index(2, PriceChangeModel::Change).data().toString(), u"Removed"_s);
        QCOMPARE(model.index(2, PriceChangeModel::Before).data().toString(), u"price on request, stock 4, 5 % off"_s);
        QCOMPARE(model.index(2, PriceChangeModel::Line).data(PriceChangeModel::RawValueRole).toInt(), 0);
        model.setChanges({});
        QCOMPARE(model.rowCount(), 0);
    }

    void pdfCarriesQuoteLayoutInEnglish()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString path = m_dir.filePath(u"quote-en.pdf"_s);
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        QVERIFY(OrderPdfWriter::write(sampleOrder(Catalog::Language::English), Catalog::Language::English, locale, path).ok());
        keepForScreenshots(path);
        const QString text = pdfText(path);
        for (const QString &expected :
             {u"Request for quotation"_s, u"PS-20260402-100000"_s, u"Changzhou Yuanwang"_s, u"Technology Co., Ltd."_s,
              u"www.ywfluid.com"_s, u"Example Lab"_s, u"李伟"_s, u"Silicone pump tubing"_s, u"CNY 330.00"_s,
              u"CNY 666.00"_s, u"on request"_s, u"Sample data"_s,
              // Issue 16 item 7: SKUs were broken over lines ("YW-CF-/PES022-/150").
              u"YW-CF-PES022-150"_s, u"YW-PH-ICC-8R"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
        }
    }

    void pdfEmbedsChineseText()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString path = m_dir.filePath(u"quote-zh.pdf"_s);
        const QLocale locale(QLocale::Chinese, QLocale::China);
        QVERIFY(OrderPdfWriter::write(sampleOrder(Catalog::Language::Chinese), Catalog::Language::Chinese, locale, path).ok());
        keepForScreenshots(path);
        const QString text = pdfText(path);
        for (const QString &expected : {u"16#"_s, u"ICC 型泵用 8 滚轮软管卡"_s, u"PES 囊式过滤器 0.22"_s, u"CNY 330.00"_s, u"2026年4月2日"_s, u"示例数据"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
        }
    }

    void reportsUnwritablePdf()
    {
        QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
        const auto written = OrderPdfWriter::write(sampleOrder(Catalog::Language::English), Catalog::Language::English,
                                                   QLocale::c(), u"/nonexistent/dir/quote.pdf"_s);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, Error::Code::Io);
    }

    // Last: it installs the Chinese translation for the rest of the run.
    void cartFormShortcutsAreUniqueInBothLanguages()
    {
        // Issue 16 item 12: 单位 and 联系人 shared the shortcut O (so did Organisation and Contact).
        for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
            if (language == u"zh_CN"_s)
                QCOMPARE(Translations::install(*QCoreApplication::instance(), language), language);
            AppSettings settings(settingsPath());
            CatalogPage page(settings, nullptr, overlayDir());
            const QStringList clashes = clashingMnemonics(page.cartPanel());
            QVERIFY2(clashes.isEmpty(), qPrintable(language + u": "_s + clashes.join(u"; "_s)));
            QVERIFY2(clashingMnemonics(page.detailPane()).isEmpty(), qPrintable(language));
        }
    }
};

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
