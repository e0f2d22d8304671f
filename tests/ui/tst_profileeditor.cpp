// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The profile editor offscreen: the step model under QAbstractItemModelTester through every kind
// of edit, undo and redo restoring the profile exactly, refused values, the preview against the
// timeline, totals, the pre-run check naming the step, prompts, and a save/reopen round trip.
#include "core/translations.h"
#include "models/modelregistry.h"
#include "profiles/profileeditorpage.h"
#include "profiles/profileformat.h"
#include "profiles/profilelibrary.h"
#include "profiles/profilepreviewchart.h"
#include "profiles/profilestepmodel.h"
#include "services/dryrunservice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace PumpStudio;
using namespace PumpStudio::Profiles;
using namespace Qt::Literals::StringLiterals;

namespace {

Profile reglo(std::vector<Step> steps, const QString &name = u"Test profile"_s)
{
    Profile p;
    p.name = name;
    p.modelId = u"reglo-icc"_s;
    p.headId = u"head-icc-cartridge"_s;
    p.tubingId = u"tube-3stop-2.79"_s;
    p.steps = std::move(steps);
    return p;
}

Profile rampAndRepeat()
{
    return reglo({ramp(mlPerMin(1), mlPerMin(3), seconds(60)),
                  repeat(2, {dispense(ml(0.5), mlPerMin(2), Direction::Reverse), pause(seconds(10))}),
                  waitForOperator(u"Swap the vial."_s),
                  constantFlow({500, Unit::MicroliterPerMin}, seconds(30))});
}

/// Answers the page's questions with a preset button and remembers what was asked.
struct Answers
{
    QMessageBox::StandardButton next = QMessageBox::Cancel;
    QStringList asked;

    ProfileEditorPage::Asker asker()
    {
        return [this](const QString &, const QString &text, QMessageBox::StandardButtons, QMessageBox::StandardButton) {
            asked.append(text);
            return next;
        };
    }
};

} // namespace

class TestProfileEditor final : public QObject
{
    Q_OBJECT

    Models::ModelRegistry m_models;
    // Dry runs get their thread from a service that outlives every page, as in the program.
    std::unique_ptr<Services::DryRunService> m_dryRuns;

    Services::DryRunService *dryRuns()
    {
        if (!m_dryRuns)
            m_dryRuns = std::make_unique<Services::DryRunService>(m_models);
        return m_dryRuns.get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_models.load(u":/models"_s, {});
        QVERIFY(m_models.find(u"reglo-icc"_s));
    }

    void everyEditIsUndoneAndRedoneExactly()
    {
        QUndoStack undo;
        ProfileStepModel model(&undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Profile start = rampAndRepeat();
        model.setProfile(start);
        QCOMPARE(model.profile(), start);
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex rep = model.index(1, 0);
        QCOMPARE(model.rowCount(rep), 2);
        QCOMPARE(model.index(1, 0, rep).data(ProfileStepModel::PathRole).toString(), u"2.2"_s);

        std::vector<Profile> states{model.profile()};
        const auto record = [&] { states.push_back(model.profile()); };

        // Add one of each kind, at the top level and inside the repeat.
        for (const Step::Kind kind : {Step::Kind::ConstantFlow, Step::Kind::Dispense, Step::Kind::Ramp, Step::Kind::Pause,
                                      Step::Kind::WaitForOperator, Step::Kind::Repeat}) {
            QVERIFY(model.addStep(kind, model.index(0, 0)).isValid());
            record();
        }
        // Each went in after step 1, so they read in reverse; the file's repeat is now step 8.
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.step(model.index(1, 0)), ProfileStepModel::defaultStep(Step::Kind::Repeat));
        const QModelIndex repeatNow = model.indexForPath(u"8"_s);
        QCOMPARE(model.step(repeatNow).kind, Step::Kind::Repeat);
        const QModelIndex inner = model.addStep(Step::Kind::Dispense, model.index(0, 0, repeatNow));
        QCOMPARE(inner.data(ProfileStepModel::PathRole).toString(), u"8.2"_s);
        record();

        // Edit cells: a quantity with a new unit, a bare number, direction, count, message.
        QVERIFY(model.setData(inner.siblingAtColumn(ProfileStepModel::VolumeColumn), QVariantList{250.0, u"uL"_s}));
        record();
        QCOMPARE(model.step(inner).volume, (Quantity{250, Unit::Microliter}));
        QVERIFY(model.setData(model.indexForPath(u"10"_s, ProfileStepModel::DurationColumn), 45.0));
        record();
        QVERIFY(model.setData(model.indexForPath(u"8.2"_s, ProfileStepModel::DirectionColumn), u"reverse"_s));
        record();
        QVERIFY(model.setData(model.indexForPath(u"8"_s, ProfileStepModel::MessageColumn), 7));
        record();
        QCOMPARE(model.step(model.indexForPath(u"8"_s)).count, 7);
        QVERIFY(model.setData(model.indexForPath(u"3"_s, ProfileStepModel::MessageColumn), u"Check the line."_s));
        record();

        // Move, duplicate, remove; nested and top level.
        QVERIFY(model.moveStep(model.indexForPath(u"8.2"_s), -1));
        record();
        QVERIFY(!model.moveStep(model.indexForPath(u"8.1"_s), -1));  // already first
        QVERIFY(model.moveStep(model.indexForPath(u"1"_s), +1));
        record();
        QVERIFY(model.duplicateStep(model.indexForPath(u"8"_s)).isValid());  // the first repeat, with its children
        record();
        QCOMPARE(model.rowCount(model.indexForPath(u"9"_s)), 3);
        QVERIFY(model.removeStep(model.indexForPath(u"9.1"_s)));
        record();
        QVERIFY(model.removeStep(model.indexForPath(u"3"_s)));
        record();
        Profile header = model.header();
        header.name = u"Renamed"_s;
        model.setHeader(header);
        record();

        QCOMPARE(undo.count(), int(states.size()) - 1);
        for (int i = int(states.size()) - 2; i >= 0; --i) {
            undo.undo();
            QCOMPARE(model.profile(), states[size_t(i)]);
        }
        QCOMPARE(model.profile(), start);
        for (size_t i = 1; i < states.size(); ++i) {
            undo.redo();
            QCOMPARE(model.profile(), states[i]);
        }
    }

    void editableCellsFollowTheKind()
    {
        QUndoStack undo;
        ProfileStepModel model(&undo);
        model.setProfile(rampAndRepeat());
        const QModelIndex rampRow = model.index(0, 0);
        QVERIFY(model.flags(rampRow.siblingAtColumn(ProfileStepModel::ToRateColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(rampRow.siblingAtColumn(ProfileStepModel::VolumeColumn)) & Qt::ItemIsEditable));
        const QModelIndex wait = model.index(2, 0);
        QVERIFY(!(model.flags(wait.siblingAtColumn(ProfileStepModel::RateColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(wait.siblingAtColumn(ProfileStepModel::MessageColumn)) & Qt::ItemIsEditable);
        // A dispense shows the time it takes but does not let it be typed.
        const QModelIndex dispenseDuration = model.index(0, ProfileStepModel::DurationColumn, model.index(1, 0));
        QCOMPARE(dispenseDuration.data().toString(), u"15 s"_s);
        QVERIFY(!(model.flags(dispenseDuration) & Qt::ItemIsEditable));
        QCOMPARE(rampRow.siblingAtColumn(ProfileStepModel::RateColumn).data(ProfileStepModel::UnitRole).toString(), u"mL/min"_s);
    }

    void refusesNonPositiveValuesWithAMessage()
    {
        QUndoStack undo;
        ProfileStepModel model(&undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Profile start = rampAndRepeat();
        model.setProfile(start);
        QSignalSpy refused(&model, &ProfileStepModel::editRefused);

        const QModelIndex pauseDuration = model.indexForPath(u"2.2"_s, ProfileStepModel::DurationColumn);
        QVERIFY(!model.setData(pauseDuration, 0.0));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.takeFirst().at(0).toString().startsWith(u"Step 2.2: "_s));
        // The refusal names the rule and the field, as the file reader would.
        const auto refusal = [&model] { return model.lastRefusal().value_or(ProfileProblem{}); };
        QCOMPARE(refusal().code, ProfileProblem::Code::NotPositive);
        QCOMPARE(refusal().field, u"duration.value"_s);
        QVERIFY(!model.setData(pauseDuration, QVariantList{-5.0, u"min"_s}));
        QCOMPARE(refusal().code, ProfileProblem::Code::NotPositive);
        QVERIFY(!model.setData(pauseDuration, QVariantList{5.0, u"mL"_s}));  // a volume unit for a time
        QCOMPARE(refusal().code, ProfileProblem::Code::WrongUnit);
        QCOMPARE(refusal().field, u"duration.unit"_s);
        QVERIFY(!model.setData(pauseDuration, u"five"_s));
        QCOMPARE(refusal().code, ProfileProblem::Code::NotANumber);
        QVERIFY(!model.setData(model.indexForPath(u"2"_s, ProfileStepModel::MessageColumn), 0));
        QCOMPARE(refusal().code, ProfileProblem::Code::OutOfRange);
        QCOMPARE(refusal().field, u"count"_s);
        QVERIFY(!model.setData(model.indexForPath(u"3"_s, ProfileStepModel::MessageColumn), u"  "_s));
        QCOMPARE(refusal().code, ProfileProblem::Code::Empty);
        QCOMPARE(refusal().field, u"message"_s);
        QCOMPARE(refused.count(), 5);
        QCOMPARE(model.profile(), start);
        QCOMPARE(undo.count(), 0);

        // A ramp may start at 0 but not start and end there.
        QVERIFY(model.setData(model.indexForPath(u"1"_s, ProfileStepModel::RateColumn), 0.0));
        QVERIFY(!model.lastRefusal());
        QVERIFY(!model.setData(model.indexForPath(u"1"_s, ProfileStepModel::ToRateColumn), 0.0));
        QCOMPARE(refusal().code, ProfileProblem::Code::NothingMoves);
        QCOMPARE(refusal().field, u"to"_s);
    }

    void previewFollowsTheTimeline()
    {
        ProfilePreviewChart chart;
        chart.resize(800, 400);
        const Profile p = rampAndRepeat();
        chart.setProfile(p);
        const Timeline plan = timeline(p);
        QCOMPARE(chart.secondsPerAxisUnit(), 1.0);  // 140 s: drawn in seconds

        QList<QPointF> expected;
        QList<QPointF> waits;
        for (const Segment &s : plan.segments) {
            if (s.waitsForOperator) {
                waits.append(QPointF(s.startS, 0));
                continue;
            }
            const double sign = s.direction == Direction::Reverse ? -1 : 1;
            expected.append(QPointF(s.startS, sign * s.startMlPerMin));
            expected.append(QPointF(s.endS, sign * s.endMlPerMin));
        }
        const QList<QPointF> flow = chart.flowPoints();
        QCOMPARE(flow.size(), expected.size());
        for (qsizetype i = 0; i < flow.size(); ++i) {
            QVERIFY2(qFuzzyCompare(1 + flow[i].x(), 1 + expected[i].x()) && qFuzzyCompare(1 + flow[i].y(), 1 + expected[i].y()),
                     qPrintable(u"point %1: (%2, %3) != (%4, %5)"_s.arg(i).arg(flow[i].x()).arg(flow[i].y()).arg(expected[i].x()).arg(expected[i].y())));
        }
        // The ramp is one sloped segment; the reverse dispense is drawn below zero.
        QCOMPARE(flow[0], QPointF(0, 1));
        QCOMPARE(flow[1], QPointF(60, 3));
        QCOMPARE(flow[2], QPointF(60, -2));
        QCOMPARE(chart.waitPoints(), waits);
        QCOMPARE(chart.waitMessages(), QStringList{u"Swap the vial."_s});
        // The net volume ends where the totals do: 2 mL forward by the ramp, 0.5 mL forward at the end, 1 mL back.
        const Totals t = totals(p);
        QVERIFY(qFuzzyCompare(chart.volumePoints().back().y(), t.forwardMl - t.reverseMl));
        QVERIFY(qFuzzyCompare(chart.volumePoints().back().x(), t.durationS));

        // A longer profile is drawn in minutes; a new profile replaces the points.
        chart.setProfile(reglo({constantFlow(mlPerMin(1), {10, Unit::Minute})}));
        QCOMPARE(chart.secondsPerAxisUnit(), 60.0);
        QCOMPARE(chart.flowPoints(), (QList<QPointF>{{0, 1}, {10, 1}}));
        QVERIFY(chart.waitPoints().isEmpty());
    }

    void showsTotalsAndTheCheckNamingTheStep()
    {
        QTemporaryDir dir;
        ProfileLibrary library(dir.path());
        // Rates on the Reglo's 0.01 rpm grid (0.003 mL/min with this tubing): no rounding warnings.
        QVERIFY(library.save(reglo({constantFlow(mlPerMin(2.1), seconds(60)), waitForOperator(u"Go?"_s),
                                    dispense(ml(10), mlPerMin(120)), dispense(ml(0.9), mlPerMin(0.9), Direction::Reverse)},
                                   u"Too fast"_s)));
        ProfileEditorPage page(m_models, *dryRuns());
        page.setLibraryFolder(dir.path());
        page.resize(1300, 850);
        page.show();
        QCOMPARE(page.openName(), u"Too fast"_s);
        QVERIFY(!page.isModified());
        QCOMPARE(page.totalsText(), totals(page.profile()).text());
        QVERIFY2(page.totalsText().startsWith(u"13 mL (12.1 mL forward, 0.9 mL reverse) in 2 min 5 s; 1 operator wait"_s),
                 qPrintable(page.totalsText()));
        const QStringList findings = page.findingTexts();
        QVERIFY2(findings.size() == 1, qPrintable(findings.join(u'\n')));
        QVERIFY2(findings.front().startsWith(u"error: Step 3 (dispense): rate 120 mL/min is above the Ismatec Reglo ICC's maximum"_s),
                 qPrintable(findings.front()));

        // Fixing the rate in the table clears the check at once.
        QVERIFY(page.stepModel()->setData(page.stepModel()->indexForPath(u"3"_s, ProfileStepModel::RateColumn), 21.0));
        QCOMPARE(page.findingTexts(), QStringList{u"No problems found for this pump model."_s});
        // A rate the pump will round is said, naming its step and what it becomes: the Reglo
        // runs a constant flow in its own time mode and holds 4 significant digits. By less than
        // 1 % it is a note under "no problems", not a warning (issue 16 item 5).
        QVERIFY(page.stepModel()->setData(page.stepModel()->indexForPath(u"1"_s, ProfileStepModel::RateColumn), 2.12345));
        QCOMPARE(page.findingTexts().size(), 2);
        QCOMPARE(page.findingTexts().front(), u"No problems found for this pump model."_s);
        QVERIFY2(page.findingTexts().back().startsWith(
                     u"note: Step 1 (constant flow): the Ismatec Reglo ICC meters this step in its own time mode and rounds: rate 2.12345 mL/min becomes 2.123 mL/min"_s),
                 qPrintable(page.findingTexts().back()));
        QVERIFY(page.isModified());
        QVERIFY(page.isWindowModified());
        QVERIFY(page.windowTitle().contains(u"[*]"_s));
    }

    void dryRunDrawsTheSimulatedPumpOverThePlan()
    {
        QTemporaryDir dir;
        ProfileLibrary library(dir.path());
        QVERIFY(library.save(reglo({constantFlow(mlPerMin(2.1), seconds(20)), waitForOperator(u"Go?"_s), pause(seconds(10)),
                                    constantFlow(mlPerMin(1.2), seconds(20), Direction::Reverse)},
                                   u"Rehearsal"_s)));
        ProfileEditorPage page(m_models, *dryRuns());
        page.setLibraryFolder(dir.path());
        page.resize(1300, 850);
        page.show();
        QCOMPARE(page.openName(), u"Rehearsal"_s);
        auto *chart = page.findChild<ProfilePreviewChart *>();
        QVERIFY(chart);
        QVERIFY(chart->tracePoints().isEmpty());
        QSignalSpy done(&page, &ProfileEditorPage::dryRunFinished);
        page.startDryRun();  // 50 s of plan at 20x: a few seconds
        QVERIFY(page.dryRunning());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QVERIFY(done.at(0).at(0).toBool());
        QVERIFY(!page.dryRunning());
        // The simulated pump's flow is drawn over the plan: forward, then stopped, then reverse.
        const QList<QPointF> trace = chart->tracePoints();
        QVERIFY(trace.size() > 10);
        const auto anyNear = [&](double flow) {
            return std::any_of(trace.begin(), trace.end(), [flow](const QPointF &p) { return std::abs(p.y() - flow) < 0.05; });
        };
        QStringList drawn;
        for (const QPointF &p : trace)
            drawn << u"%1:%2"_s.arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 2);
        // A peristaltic pump's flow pulses with its rollers (the simulated one by about 15 %):
        // a sample need not land on the setpoint, the mean over the step does.
        const auto meanWhere = [&](auto inStep) {
            double sum = 0;
            int n = 0;
            for (const QPointF &p : trace) {
                if (inStep(p.y())) {
                    sum += p.y();
                    ++n;
                }
            }
            return n > 0 ? sum / n : 0.0;
        };
        QVERIFY2(std::abs(meanWhere([](double y) { return y > 0.5; }) - 2.1) < 0.1, qPrintable(drawn.join(u' ')));
        QVERIFY2(anyNear(0.0), qPrintable(drawn.join(u' ')));
        QVERIFY2(std::abs(meanWhere([](double y) { return y < -0.5; }) + 1.2) < 0.1, qPrintable(drawn.join(u' ')));
        // Changing the plan drops the trace of the old one.
        QVERIFY(page.stepModel()->setData(page.stepModel()->indexForPath(u"1"_s, ProfileStepModel::RateColumn), 2.4));
        QVERIFY(chart->tracePoints().isEmpty());
    }

    void savesAndReopensThroughTheLibrary()
    {
        QTemporaryDir dir;
        Answers answers;
        ProfileEditorPage page(m_models, *dryRuns());
        page.setAsker(answers.asker());
        page.setLibraryFolder(dir.path());
        QVERIFY(page.isModified());  // an empty library starts a new, unsaved profile
        QVERIFY(page.openName().isEmpty());

        ProfileStepModel *model = page.stepModel();
        Profile header = model->header();
        header.name = u"Round trip"_s;
        header.modelId = u"reglo-icc"_s;
        header.tubingId = u"tube-3stop-1.52"_s;
        header.mlPerRev = 0.173;
        header.notes = u"Notes survive."_s;
        model->setHeader(header);
        model->addStep(Step::Kind::ConstantFlow);
        model->addStep(Step::Kind::Repeat);
        model->addStep(Step::Kind::Dispense, model->indexForPath(u"2.1"_s));
        QVERIFY(model->setData(model->indexForPath(u"2.2"_s, ProfileStepModel::VolumeColumn), QVariantList{250.0, u"uL"_s}));
        model->addStep(Step::Kind::WaitForOperator);
        const Profile edited = page.profile();

        QVERIFY(page.save());
        QVERIFY(!page.isModified());
        QCOMPARE(page.openName(), u"Round trip"_s);
        const QString roundTrip = page.openPath();
        QCOMPARE(QFileInfo(roundTrip).fileName(), u"Round trip.json"_s);
        QVERIFY(answers.asked.isEmpty());
        QCOMPARE(*ProfileLibrary(dir.path()).open(u"Round trip"_s), edited);

        // A second profile, then back: switching with unsaved changes asks first.
        QVERIFY(page.newProfile());
        QVERIFY(page.save());
        QCOMPARE(page.openName(), u"New profile"_s);
        model->addStep(Step::Kind::Pause);
        answers.next = QMessageBox::Cancel;
        QVERIFY(!page.openProfile(roundTrip));
        QCOMPARE(answers.asked.size(), 1);
        QCOMPARE(page.openName(), u"New profile"_s);
        answers.next = QMessageBox::Discard;
        QVERIFY(page.openProfile(roundTrip));
        QCOMPARE(page.profile(), edited);
        QCOMPARE(ProfileLibrary(dir.path()).open(u"New profile"_s)->steps.size(), std::size_t(0));

        // A fresh page on the same folder reads the same profile back.
        ProfileEditorPage again(m_models, *dryRuns());
        again.setLibraryFolder(dir.path());
        QVERIFY(again.openProfile(roundTrip));
        QCOMPARE(again.profile(), edited);

        // Rename on save: the old name goes, the new one holds the profile.
        header = page.stepModel()->header();
        header.name = u"Renamed"_s;
        page.stepModel()->setHeader(header);
        QVERIFY(page.save());
        ProfileLibrary library(dir.path());
        QVERIFY(library.contains(u"Renamed"_s));
        QVERIFY(!library.contains(u"Round trip"_s));

        // Export, import (a name taken becomes "X (2)"), duplicate, delete with confirmation.
        const QString exported = dir.filePath(u"exported.json"_s);
        QVERIFY(page.exportTo(exported));
        QVERIFY(page.importFile(exported));
        QCOMPARE(page.openName(), u"Renamed (2)"_s);
        QVERIFY(page.duplicateProfile());
        QCOMPARE(page.openName(), u"Renamed (2) (copy)"_s);
        answers.next = QMessageBox::No;
        QVERIFY(!page.deleteProfile());
        QVERIFY(library.contains(u"Renamed (2) (copy)"_s));
        answers.next = QMessageBox::Yes;
        QVERIFY(page.deleteProfile());
        QVERIFY(!library.contains(u"Renamed (2) (copy)"_s));
        QVERIFY(answers.asked.last().contains(u"Renamed (2) (copy)"_s));
    }

    void theValueEditorRefusesZeroAndTakesAUnit()
    {
        QTemporaryDir dir;
        const Profile p = rampAndRepeat();
        QVERIFY(ProfileLibrary(dir.path()).save(p));
        ProfileEditorPage page(m_models, *dryRuns());
        page.setLibraryFolder(dir.path());
        page.resize(1300, 850);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tree = page.findChild<QTreeView *>(u"stepView"_s);
        const auto editDuration = [&](double value, const QString &unit) {
            const QModelIndex cell = page.stepModel()->indexForPath(u"2.2"_s, ProfileStepModel::DurationColumn);
            tree->setCurrentIndex(cell);
            tree->edit(cell);
            auto *spin = tree->viewport()->findChild<QDoubleSpinBox *>(u"quantityValue"_s);
            auto *units = tree->viewport()->findChild<QComboBox *>(u"quantityUnit"_s);
            QVERIFY(spin && units);
            QCOMPARE(units->count(), 3);  // s, min, h
            spin->setValue(value);
            units->setCurrentText(unit);
            QTest::keyClick(spin, Qt::Key_Return);
            QTRY_VERIFY(!tree->viewport()->findChild<QDoubleSpinBox *>(u"quantityValue"_s));
        };
        editDuration(0, u"s"_s);
        QCOMPARE(page.profile(), p);
        QVERIFY2(page.messageText().contains(u"must be more than 0"_s), qPrintable(page.messageText()));
        editDuration(1.5, u"min"_s);
        QCOMPARE(page.profile().steps[1].steps[1].duration, (Quantity{1.5, Unit::Minute}));
        QVERIFY(page.isModified());
    }

    void aNewModelResetsItsPartsAndUndoBringsThemBack()
    {
        QTemporaryDir dir;
        const Profile p = rampAndRepeat();
        QVERIFY(ProfileLibrary(dir.path()).save(p));
        ProfileEditorPage page(m_models, *dryRuns());
        page.setLibraryFolder(dir.path());
        auto *modelBox = page.findChild<QComboBox *>(u"modelBox"_s);
        auto *syringeBox = page.findChild<QComboBox *>(u"syringeBox"_s);
        QVERIFY(modelBox && syringeBox);
        const int ne1000 = modelBox->findData(u"ne-1000"_s);
        QVERIFY(ne1000 >= 0);
        modelBox->setCurrentIndex(ne1000);
        Q_EMIT modelBox->activated(ne1000);  // as a user's choice would
        QCOMPARE(page.profile().modelId, u"ne-1000"_s);
        QVERIFY(page.profile().headId.isEmpty() && page.profile().tubingId.isEmpty());
        QVERIFY(syringeBox->count() > 1);  // the NE-1000's syringes are offered
        page.undoStack()->undo();
        QCOMPARE(page.profile(), p);
        QCOMPARE(modelBox->currentData().toString(), u"reglo-icc"_s);
        QVERIFY(!page.isModified());
    }

    void undoAndRedoFromTheKeyboard()
    {
        QTemporaryDir dir;
        ProfileLibrary library(dir.path());
        const Profile p = rampAndRepeat();
        QVERIFY(library.save(p));
        ProfileEditorPage page(m_models, *dryRuns());
        page.setLibraryFolder(dir.path());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        auto *tree = page.findChild<QTreeView *>(u"stepView"_s);
        QVERIFY(tree);
        tree->setFocus();
        tree->setCurrentIndex(page.stepModel()->index(0, 0));
        auto *remove = page.findChild<QAction *>(u"removeStep"_s);
        QVERIFY(remove && remove->isEnabled());
        remove->trigger();
        QCOMPARE(page.profile().steps.size(), p.steps.size() - 1);
        QVERIFY(page.windowTitle().contains(u"[*]"_s) && page.isWindowModified());

        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page.profile(), p);
        QVERIFY(!page.isModified());
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(page.profile().steps.size(), p.steps.size() - 1);
        page.undoStack()->undo();
        QCOMPARE(page.profile(), p);
    }

    void profilesWithOneNameAreOpenedAndDeletedByTheirFile()
    {
        QTemporaryDir dir;
        Profile first = reglo({pause(seconds(1))}, u"Dup"_s);
        first.notes = u"first"_s;
        Profile second = first;
        second.notes = u"second"_s;
        QVERIFY(saveProfileFile(first, dir.filePath(u"a.json"_s)));
        QVERIFY(saveProfileFile(second, dir.filePath(u"b.json"_s)));
        Answers answers;
        ProfileEditorPage page(m_models, *dryRuns());
        page.setAsker(answers.asker());
        page.setLibraryFolder(dir.path());
        auto *list = page.findChild<QListWidget *>(u"profileList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QCOMPARE(page.profile().notes, u"first"_s);

        // Choosing the second "Dup" opens the second file, not the first one again.
        list->setCurrentRow(1);
        QCOMPARE(page.profile().notes, u"second"_s);
        // The names repeat, so each is shown with its file name.
        QVERIFY2(list->item(0)->text() != list->item(1)->text(), qPrintable(list->item(0)->text()));
        QVERIFY2(list->item(1)->text().contains(u"b.json"_s), qPrintable(list->item(1)->text()));

        // Deleting removes the open file, and only it.
        answers.next = QMessageBox::Yes;
        QVERIFY(page.deleteProfile());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"a.json"_s});
        QCOMPARE(loadProfileFile(dir.filePath(u"a.json"_s))->notes, u"first"_s);
        QCOMPARE(page.profile().notes, u"first"_s);
    }

    void aRejectedImportLeavesTheLibraryAndTheEditorUnchanged()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        const Profile p = rampAndRepeat();
        QVERIFY(ProfileLibrary(dir.path()).save(p));
        ProfileEditorPage page(m_models, *dryRuns());
        page.setLibraryFolder(dir.path());
        QCOMPARE(page.profile(), p);
        const QStringList before = QDir(dir.path()).entryList(QDir::Files);

        // Over the size limit, yet valid JSON: the size alone must stop it.
        Profile big = rampAndRepeat();
        big.name = u"Too big"_s;
        big.notes = QString(1100 * 1000, u'x');
        const QString path = outside.filePath(u"big.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(serializeProfile(big));
        file.close();

        QVERIFY(!page.importFile(path));
        QCOMPARE(page.profile(), p);
        QVERIFY(!page.isModified());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);
        QVERIFY2(page.messageText().contains(path), qPrintable(page.messageText()));
    }

    void pastedNotesAreCutAtTheLimit()
    {
        QTemporaryDir dir;
        ProfileEditorPage page(m_models, *dryRuns());
        page.setLibraryFolder(dir.path());
        auto *notes = page.findChild<QPlainTextEdit *>(u"notesEdit"_s);
        QVERIFY(notes);
        // Far more than a profile may hold, on one line: laid out, it would hold the GUI for long.
        QApplication::clipboard()->setText(QString(100 * 1000, u'y'));
        notes->paste();
        QCOMPARE(page.profile().notes.size(), kMaxNotesLength);
        QVERIFY2(page.messageText().contains(QString::number(kMaxNotesLength)), qPrintable(page.messageText()));
        // What was kept saves: the profile is within the rules.
        QVERIFY(!validate(page.profile()));
    }

    void theStepModelRefusesAStepBeyondTheLimit()
    {
        QUndoStack undo;
        ProfileStepModel model(&undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The most a profile may hold, counting the step inside the repeat.
        Profile p = reglo({repeat(2, {pause(seconds(1))})});
        p.steps.resize(std::size_t(kMaxSteps - 1), pause(seconds(1)));
        QCOMPARE(stepCount(p.steps), kMaxSteps);
        model.setProfile(p);
        QSignalSpy refused(&model, &ProfileStepModel::editRefused);
        QVERIFY(!model.addStep(Step::Kind::Pause).isValid());
        QCOMPARE(model.lastRefusal().value_or(ProfileProblem{}).code, ProfileProblem::Code::TooManySteps);
        QVERIFY(!model.duplicateStep(model.index(1, 0)).isValid());
        QVERIFY(!model.addStep(Step::Kind::Pause, model.index(0, 0, model.index(0, 0))).isValid());  // inside the repeat
        QCOMPARE(refused.count(), 3);
        QCOMPARE(model.profile(), p);
        QCOMPARE(undo.count(), 0);
        // One fewer, and there is room again.
        QVERIFY(model.removeStep(model.index(1, 0)));
        QVERIFY(model.addStep(Step::Kind::Pause).isValid());
        QVERIFY(!model.lastRefusal());
    }

    // Last: it installs the Chinese translation for the rest of the run.
    void previewAxisTitlesFitAtTheSmallestHeightInBothLanguages()
    {
        // Issue 16 item 12: the vertical titles were cut to "⋮" in Chinese.
        Profiles::Profile p;
        p.name = u"T"_s;
        p.modelId = u"reglo-icc"_s;
        p.steps = {Profiles::constantFlow(Profiles::mlPerMin(4.7), Profiles::seconds(90))};
        for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
            if (language == u"zh_CN"_s)
                QCOMPARE(Translations::install(*QCoreApplication::instance(), language), language);
            ProfilePreviewChart chart;
            chart.setProfile(p);
            chart.resize(700, 1);  // as short as the layout lets it be
            chart.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chart));
            QTRY_VERIFY(chart.verticalTitleRoom().first > 0);
            const auto [plotHeight, titleLength] = chart.verticalTitleRoom();
            QVERIFY2(plotHeight >= titleLength,
                     qPrintable(u"%1: plot area %2 px high, titles %3 px long"_s.arg(language).arg(plotHeight).arg(titleLength)));
            // One-digit volume labels (0 to 4 mL: "0", "2", "4") left the Chinese volume title
            // too little width: Qt Charts drew it as "⋮" at any height.
            Profiles::Profile fourMl = p;
            fourMl.steps = {Profiles::constantFlow(Profiles::mlPerMin(0.94), Profiles::seconds(300))};
            ProfilePreviewChart wide;
            wide.setProfile(fourMl);
            wide.resize(540, 270);
            wide.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wide));
            QTRY_VERIFY(wide.verticalTitleRoom().first > 0);
            const QStringList texts = wide.shownTexts();
            for (const char *title : {"Flow [mL/min]", "Volume [mL]"}) {
                const QString expected = ProfilePreviewChart::tr(title);
                QVERIFY2(texts.contains(expected), qPrintable(language + u": "_s + expected + u" not in "_s + texts.join(u" | "_s)));
            }
        }
    }
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
