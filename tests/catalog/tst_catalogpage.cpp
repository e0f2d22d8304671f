// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/cartpanel.h"
#include "catalog/catalogdetailpane.h"
#include "catalog/catalogpage.h"
#include "catalog/catalogtablemodel.h"
#include "catalog/orderpdfwriter.h"

#include "catalog/catalogloader.h"
#include "core/csv.h"
#include "catalog/usagesource.h"
#include "core/appsettings.h"
#include "core/logging.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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
              u"CNY 666.00"_s, u"on request"_s, u"Sample data"_s}) {
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
};

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
