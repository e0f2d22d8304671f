// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Not a test: the Monitor and Devices pages with the demo running (and two more simulated
// pumps for six devices), and a run report, for looking at the layout in a language at a size.
// Usage: monitor_screenshots <output folder> <en|zh_CN> <width>x<height> <4|6> [calibrated]
// "calibrated": the Reglo's calibration is overdue and the Longer's due (the badges).
// Writes monitor-, devices-, profiles- and catalog-<lang>-<w>x<h>-<n>.png (the catalog searched
// for the peristaltic heads), report-<lang>.pdf and quote-<lang>.pdf.
#include "catalog/cartpanel.h"
#include "catalog/catalogpage.h"
#include "catalog/orderpdfwriter.h"
#include "mainwindow.h"
#include "monitor/monitorpage.h"
#include "monitor/trendchart.h"
#include "profiles/profileeditorpage.h"
#include "profiles/profilelibrary.h"

#include "calibration/calibrationstore.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "core/translations.h"
#include "services/democontroller.h"
#include "services/deviceservice.h"
#include "services/monitorsession.h"
#include "services/workbench.h"
#include "support/simpumprig.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PumpStudio"_s);
    QCoreApplication::setApplicationName(u"PumpStudio"_s);
    const QStringList args = QApplication::arguments();
    if (args.size() != 5 && !(args.size() == 6 && args.at(5) == u"calibrated"_s)) {
        std::fputs("usage: monitor_screenshots <output folder> <en|zh_CN> <width>x<height> <4|6> [calibrated]\n", stderr);
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    const QString language = args.at(2);
    const QStringList wh = args.at(3).split(u'x');
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    const int devices = args.at(4).toInt();
    Logging::Options logOptions;
    logOptions.console = false;
    Logging::initialize(logOptions);
    Translations::install(app, language);
    QFont font = QApplication::font();
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
    QApplication::setFont(font);

    // As the program does at start: the sample profiles in the UI's language.
    auto profileLibrary = Profiles::ProfileLibrary::atDefaultLocation();
    if (const auto samples = profileLibrary.installSamples(language); !samples)
        std::fprintf(stderr, "sample profiles not installed: %s\n", qPrintable(samples.error().message));
    AppSettings settings(home.filePath(u"settings.ini"_s));
    Services::Workbench workbench(settings);
    MainWindow window(workbench);
    window.resize(size);
    window.show();
    workbench.demo().start(Sim::DemoSimulation::Scenario::NormalDosing);
    // Two more simulated pumps on lines of their own, for six devices.
    Test::SimPumpRig kamoer;
    Test::SimPumpRig second;
    if (devices >= 6) {
        const auto add = [&](Test::SimPumpRig &rig, const QString &model, const QString &name) {
            if (!rig.openLine({u"--model"_s, model}))
                return false;
            Device::PumpConfig c;
            c.modelId = model;
            c.name = name;
            c.serial = rig.serial();
            c.address = workbench.devices().models().find(model)->defaultAddress;
            c.simulated = true;
            c.pollIntervalMs = 250;
            const QString id = workbench.devices().addPump(c);
            workbench.devices().connectPump(id);
            workbench.devices().sendCommand(id, Device::PumpCommand::speed(30));
            workbench.devices().sendCommand(id, Device::PumpCommand::start());
            return true;
        };
        if (!add(kamoer, u"kamoer-2802"_s, u"Buffer B"_s) || !add(second, u"longer-wt600-2j"_s, u"Waste"_s)) {
            std::fputs("the extra simulated pumps did not open\n", stderr);
            return 1;
        }
    }
    if (args.size() == 6) {
        // Calibrated 40 and 25 days ago with the default 30-day interval: overdue and due.
        (void)QTest::qWaitFor([&] {
            int identified = 0;
            for (const Device::PumpSnapshot &s : workbench.devices().pumps())
                identified += s.identity ? 1 : 0;
            return identified >= 4;  // the demo's four devices
        }, 15000);
        Calibration::CalibrationStore store;
        if (!store.open(Calibration::CalibrationStore::defaultPath())) {
            std::fputs("cannot open the calibration history\n", stderr);
            return 1;
        }
        int age = 40;
        for (const Device::PumpSnapshot &s : workbench.devices().pumps()) {
            const Models::PumpModel *m = workbench.devices().models().find(s.config.modelId);
            if (!s.identity || !m || m->kind == Models::Kind::PressureSensor || age < 25)
                continue;
            Calibration::CalibrationResult r;
            r.plan.modelId = m->id;
            r.plan.headId = s.config.headId.isEmpty() ? m->defaultHead : s.config.headId;
            const Models::HeadOption *head = m->head(r.plan.headId);
            r.plan.tubingId = s.config.tubingId.isEmpty() && head ? head->defaultTubing : s.config.tubingId;
            r.plan.rpms = {20};
            r.plan.replicates = 1;
            r.pump = *s.identity;
            r.finishedUtc = QDateTime::currentDateTimeUtc().addDays(-age);
            const auto saved = store.save(r);
            std::fprintf(stderr, "calibration of %s: %s\n", qPrintable(s.config.displayName()),
                         saved ? qPrintable(saved->certificate) : qPrintable(saved.error().message));
            age -= 15;
        }
        workbench.devices().refreshCalibrations();
    }
    window.showPage(u"monitor"_s);
    auto *monitor = window.findChild<MonitorPage *>();
    monitor->chart()->setWindow(TrendChart::Window::OneMinute);
    QTest::qWait(12000);
    const QString tag = u"%1-%2x%3-%4"_s.arg(language).arg(size.width()).arg(size.height()).arg(devices);
    bool ok = true;
    const auto shoot = [&](const QString &name) {
        QTest::qWait(300);
        const QString path = out.filePath(name + u'-' + tag + u".png"_s);
        const bool saved = window.grab().save(path, "PNG");
        std::fprintf(stderr, "%s %s\n", saved ? "wrote" : "FAILED to write", qPrintable(path));
        ok = ok && saved;
    };
    shoot(u"monitor"_s);
    QSignalSpy exported(monitor, &MonitorPage::exported);
    monitor->exportReportTo(out.filePath(u"report-%1.pdf"_s.arg(language)));
    if (!exported.wait(20000))
        ok = false;
    window.showPage(u"devices"_s);
    // The Reglo selected: its control box shows the setpoint it runs at.
    for (QTableView *view : window.findChildren<QTableView *>()) {
        if (!view->isVisible() || !view->model())
            continue;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data().toString().contains(u"Reglo"_s))
                view->selectRow(row);
        }
    }
    shoot(u"devices"_s);

    // The Profiles page with a shipped sample profile open (its plan and check).
    window.showPage(u"profiles"_s);
    if (auto *editor = window.findChild<ProfileEditorPage *>()) {
        const QDir library(editor->libraryFolder());
        const QStringList samples = library.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        if (!samples.isEmpty())
            editor->openProfile(library.filePath(samples.constFirst()));
    }
    shoot(u"profiles"_s);

    // The catalog searched for the peristaltic pump heads in the UI's language, a cart, a quote.
    window.showPage(u"catalog"_s);
    if (auto *catalog = window.findChild<CatalogPage *>()) {
        catalog->cartPanel()->add(u"YW-CF-PES022-150"_s, 2);
        catalog->cartPanel()->add(u"YW-PH-ICC-8R"_s, 1);
        if (auto *search = catalog->findChild<QLineEdit *>(u"catalogSearch"_s))
            search->setText(language == u"en"_s ? u"peristaltic"_s : u"蠕动"_s);
        shoot(u"catalog"_s);
        auto order = catalog->cartPanel()->orderRequest();
        order.customer = {u"Example Lab 示例实验室"_s, u"Li Wei 李伟"_s, u"1 Science Road, Changzhou"_s,
                          u"li@example.org"_s, {}, {}};
        const auto quote = OrderPdfWriter::write(order, Catalog::languageFor(QLocale()), QLocale(),
                                                 out.filePath(u"quote-%1.pdf"_s.arg(language)));
        ok = ok && bool(quote);
    }
    return ok ? 0 : 1;
}
