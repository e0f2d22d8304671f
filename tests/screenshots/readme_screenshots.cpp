// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Not a test: the pictures at the top of the README and in the AppStream metadata, taken from
// the real main window running the demo, so they follow the UI. `cmake --build build/test
// --target screenshots` runs it into docs/images/ and shrinks the PNGs with pngquant.
// Usage: QT_QPA_PLATFORM=offscreen readme_screenshots <output folder>   (takes about a minute:
// the demo's occlusion starts at 20 s and the pressure alarm follows)
#include "catalog/cartpanel.h"
#include "catalog/catalogpage.h"
#include "mainwindow.h"
#include "monitor/monitorpage.h"
#include "monitor/trendchart.h"
#include "profiles/profileeditorpage.h"

#include "catalog/orderrequest.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "core/translations.h"
#include "services/democontroller.h"
#include "services/workbench.h"
#include "profiles/profile.h"
#include "profiles/profilelibrary.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace PumpStudio;
using namespace PumpStudio::Profiles;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QSize kSize(1280, 800);

Profile rinseAndDose()
{
    Profile p;
    p.name = u"Rinse and dose"_s;
    p.notes = u"Rinse the line, then three 500 uL doses."_s;
    p.modelId = u"reglo-icc"_s;
    p.headId = u"head-icc-cartridge"_s;
    p.tubingId = u"tube-3stop-1.52"_s;
    p.steps = {waitForOperator(u"Connect the waste line."_s),
               constantFlow(mlPerMin(4.7), {2, Unit::Minute}),
               ramp(mlPerMin(4.7), mlPerMin(0.94), seconds(60)),
               repeat(3, {dispense({500, Unit::Microliter}, mlPerMin(0.94)), pause(seconds(30))}),
               waitForOperator(u"Remove the vial."_s),
               constantFlow(mlPerMin(1.88), seconds(45), Direction::Reverse)};
    return p;
}

bool shoot(QMainWindow &window, const QDir &folder, const QString &name)
{
    if (name != u"monitor"_s)
        window.statusBar()->clearMessage();  // the alarm's status line belongs to the Monitor picture
    QTest::qWait(300);  // a tool, not the app: let layouts and charts settle before grabbing
    const QString path = folder.filePath(name + u".png"_s);
    const bool ok = window.grab().save(path, "PNG");
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED to write", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // The demo's records, settings and logs go to a scratch home, never the developer's.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PumpStudio"_s);
    QCoreApplication::setApplicationName(u"PumpStudio"_s);
    if (QApplication::arguments().size() != 2) {
        std::fputs("usage: readme_screenshots <output folder>\n", stderr);
        return 2;
    }
    const QDir out(QApplication::arguments().at(1));
    QDir().mkpath(out.path());
    Logging::Options logOptions;
    logOptions.console = false;
    Logging::initialize(logOptions);
    Translations::install(app, u"en"_s);
    QFont font = QApplication::font();
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
    QApplication::setFont(font);

    const auto saved = ProfileLibrary::atDefaultLocation().save(rinseAndDose());
    if (!saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
        return 1;
    }
    AppSettings settings(home.filePath(u"settings.ini"_s));
    Catalog::CustomerDetails customer;
    customer.organisation = u"Example Lab"_s;
    customer.contact = u"Li Wei"_s;
    customer.address = u"1 Science Road\nChangzhou"_s;
    customer.email = u"li.wei@example.org"_s;
    customer.notes = u"Please quote delivery time."_s;
    customer.recipient = u"sales@example.com"_s;
    customer.save(settings);
    Services::Workbench workbench(settings);
    MainWindow window(workbench);
    window.resize(kSize);
    window.show();
    workbench.demo().start(Sim::DemoSimulation::Scenario::Occlusion);

    // Monitor: the occlusion on the Lead Fluid's line raises the pressure alarm.
    window.showPage(u"monitor"_s);
    auto *monitor = window.findChild<MonitorPage *>();
    monitor->chart()->setWindow(TrendChart::Window::OneMinute);
    if (!QTest::qWaitFor([monitor] { return monitor->bannerVisible(); }, 120'000)) {
        std::fputs("no pressure alarm within 120 s\n", stderr);
        return 1;
    }
    QTest::qWait(4000);  // the pressure curve after the alarm, on the chart
    bool ok = shoot(window, out, u"monitor"_s);

    // Profiles: a multi-step profile and its flow and volume preview.
    window.showPage(u"profiles"_s);
    window.findChild<ProfileEditorPage *>()->openProfile(*saved);  // the library knows a profile by its file
    ok = shoot(window, out, u"profiles"_s) && ok;

    // Catalog: what fits the demo's pumps, then the cart as the quote to send.
    window.showPage(u"catalog"_s);
    auto *catalog = window.findChild<CatalogPage *>();
    catalog->cartPanel()->add(u"YW-T-SI-16"_s, 2);
    catalog->cartPanel()->add(u"YW-CF-PES022-150"_s, 1);
    catalog->cartPanel()->add(u"YW-PH-ICC-8R"_s, 1);
    catalog->findChild<QCheckBox *>(u"catalogFits"_s)->setChecked(true);
    catalog->selectSku(u"YW-PH-ICC-8R"_s);
    ok = shoot(window, out, u"catalog"_s) && ok;
    catalog->showTab(u"cart"_s);
    ok = shoot(window, out, u"quote"_s) && ok;

    return ok ? 0 : 1;
}
