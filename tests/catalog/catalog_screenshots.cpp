// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Developer helper, not a test: renders the catalog page in a language to PNGs for review.
// Usage: catalog_screenshots <en|zh_CN> <output-dir>   (QT_QPA_PLATFORM=offscreen works)
#include "catalog/cartpanel.h"
#include "catalog/catalogdetailpane.h"
#include "catalog/catalogpage.h"
#include "catalog/orderpdfwriter.h"

#include "catalog/usagesource.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "core/translations.h"
#include "models/modelregistry.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: catalog_screenshots <en|zh_CN> <output-dir>\n", stderr);
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    Logging::Options options;
    options.console = false;
    Logging::initialize(options);
    const QString language = args.at(1);
    Translations::install(app, language);
    QFont font = QApplication::font();
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
    QApplication::setFont(font);

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    CatalogPage page(settings, nullptr, dir.filePath(u"overlay"_s));
    Models::ModelRegistry models;  // after the translation: names in the UI's language
    models.load(u":/models"_s, {});
    page.setModelRegistry(&models);
    page.usageSource()->setUsage({{u"longer-bt100-2j"_s, u"head-yz15"_s, u"tube-16"_s, 540.0, 2600.0},
                                  {u"reglo-icc"_s, u"head-icc-cartridge"_s, u"tube-3stop-1.52"_s, 120.0, 300.0}});
    page.cartPanel()->add(u"YW-T-SI-16"_s, 2);
    page.cartPanel()->add(u"YW-CF-PES022-150"_s, 1);
    page.cartPanel()->add(u"YW-PH-ICC-8R"_s, 1);
    page.resize(1500, 900);
    page.show();
    page.selectSku(u"YW-T-SI-16"_s);
    QApplication::processEvents();  // a helper, not app code: let the layout settle before grabbing

    const QDir out(args.at(2));
    const QString suffix = language == u"en"_s ? u"en"_s : u"zh"_s;
    page.grab().save(out.filePath(u"catalog-page-%1.png"_s.arg(suffix)));
    page.detailPane()->grab().save(out.filePath(u"detail-pane-%1.png"_s.arg(suffix)));

    page.findChild<QLineEdit *>(u"catalogSearch"_s)->setText(language == u"en"_s ? u"filter 0.22"_s : u"囊式 0.22"_s);
    page.selectSku(u"YW-CF-PES022-150"_s);
    QApplication::processEvents();
    page.grab().save(out.filePath(u"catalog-search-%1.png"_s.arg(suffix)));

    // Issue 16: a Chinese search for the peristaltic heads, one that finds nothing, and a head's
    // compatibility by model names.
    page.findChild<QLineEdit *>(u"catalogSearch"_s)->setText(language == u"en"_s ? u"peristaltic pump head"_s : u"蠕动泵头"_s);
    page.selectSku(u"YW-PH-YZ15-PPS"_s);
    QApplication::processEvents();
    page.grab().save(out.filePath(u"catalog-heads-%1.png"_s.arg(suffix)));
    page.findChild<QLineEdit *>(u"catalogSearch"_s)->setText(language == u"en"_s ? u"titanium head"_s : u"钛合金泵头"_s);
    QApplication::processEvents();
    page.grab().save(out.filePath(u"catalog-nomatch-%1.png"_s.arg(suffix)));
    page.findChild<QLineEdit *>(u"catalogSearch"_s)->setText(language == u"en"_s ? u"filter 0.22"_s : u"囊式 0.22"_s);
    page.selectSku(u"YW-CF-PES022-150"_s);

    page.showTab(u"cart"_s);
    QApplication::processEvents();
    page.grab().save(out.filePath(u"catalog-cart-%1.png"_s.arg(suffix)));
    auto order = page.cartPanel()->orderRequest();
    order.customer = {u"Example Lab 示例实验室"_s, u"Li Wei 李伟"_s, u"1 Science Road, Changzhou"_s, u"li@example.org"_s,
                      {}, {}};
    const auto written = OrderPdfWriter::write(order, Catalog::languageFor(QLocale()), QLocale(),
                                               out.filePath(u"quote-app-%1.pdf"_s.arg(suffix)));
    return written ? 0 : 1;
}
