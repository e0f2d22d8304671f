// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Not a test: saves PNGs of the profile editor with a multi-step profile, in English and in
// Chinese, for people to look at (clipped columns, empty charts, overlapping labels).
// Usage: QT_QPA_PLATFORM=offscreen profile_screenshots [output folder] [draft.qm]
// A draft .qm (lrelease of a .ts not merged yet) is loaded over the app's Chinese translation.
#include "core/translations.h"
#include "models/modelregistry.h"
#include "profiles/profileeditorpage.h"
#include "profiles/profilelibrary.h"
#include "profiles/profilestepmodel.h"
#include "services/dryrunservice.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>

using namespace PumpStudio;
using namespace PumpStudio::Profiles;
using namespace Qt::Literals::StringLiterals;

namespace {

Profile rinseAndDose()
{
    Profile p;
    p.name = u"Rinse and dose"_s;
    p.notes = u"Rinse the line, then three 500 uL doses."_s;
    p.modelId = u"reglo-icc"_s;
    p.headId = u"head-icc-cartridge"_s;
    p.tubingId = u"tube-3stop-1.52"_s;
    // Rates on the Reglo's speed grid with this tubing (0.094 mL/rev x 0.01 rpm): no warnings.
    p.steps = {waitForOperator(u"Connect the waste line."_s),
               constantFlow(mlPerMin(4.7), {2, Unit::Minute}),
               ramp(mlPerMin(4.7), mlPerMin(0.94), seconds(60)),
               repeat(3, {dispense({500, Unit::Microliter}, mlPerMin(0.94)), pause(seconds(30))}),
               waitForOperator(u"Remove the vial."_s),
               constantFlow(mlPerMin(1.88), seconds(45), Direction::Reverse)};
    return p;
}

bool shoot(QWidget &widget, const QString &path)
{
    widget.show();
    QApplication::processEvents();  // a tool, not the app: let the layouts settle before grabbing
    const bool ok = widget.grab().save(path, "PNG");
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

bool shootAll(const Models::ModelRegistry &models, const QString &folder, const QString &language)
{
    QTemporaryDir library;
    Profile good = rinseAndDose();
    Profile bad = good;
    bad.name = u"Too fast"_s;
    bad.steps.push_back(dispense(ml(5), mlPerMin(60)));
    bad.steps.push_back(constantFlow(mlPerMin(1), seconds(30)));  // off the speed grid: a warning
    ProfileLibrary store(library.path());
    QStringList files;
    for (const Profile &p : {good, bad}) {
        const auto saved = store.save(p);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
            return false;
        }
        files.append(*saved);
    }

    Services::DryRunService dryRuns(models);
    ProfileEditorPage page(models, dryRuns);
    page.resize(1400, 900);
    page.setLibraryFolder(library.path());
    page.openProfile(files.at(0));
    bool ok = shoot(page, u"%1/editor_%2.png"_s.arg(folder, language));

    page.openProfile(files.at(1));
    ok = shoot(page, u"%1/editor_check_%2.png"_s.arg(folder, language)) && ok;

    // The value + unit editor open on a rate inside the repeat.
    auto *tree = page.findChild<QTreeView *>(u"stepView"_s);
    const QModelIndex rate = page.stepModel()->indexForPath(u"4.1"_s, ProfileStepModel::RateColumn);
    tree->setCurrentIndex(rate);
    tree->edit(rate);
    ok = shoot(page, u"%1/editor_editing_%2.png"_s.arg(folder, language)) && ok;

    page.resize(1000, 700);
    ok = shoot(page, u"%1/editor_small_%2.png"_s.arg(folder, language)) && ok;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = app.arguments().value(1, u"/work/wt/shots/profiles"_s);
    QDir().mkpath(folder);
    Models::ModelRegistry models;
    models.load(u":/models"_s, {});

    bool ok = shootAll(models, folder, u"en"_s);
    if (Translations::install(app, u"zh_CN"_s) != u"zh_CN"_s)
        std::fprintf(stderr, "no zh_CN translation loaded\n");
    QTranslator draft;
    if (const QString qm = app.arguments().value(2); !qm.isEmpty()) {
        if (draft.load(qm))
            QCoreApplication::installTranslator(&draft);
        else
            std::fprintf(stderr, "cannot load %s\n", qPrintable(qm));
    }
    models.load(u":/models"_s, {});  // again: model, head and tubing names in Chinese
    ok = shootAll(models, folder, u"zh_CN"_s) && ok;
    return ok ? 0 : 1;
}
