// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Profiles on the Monitor page offscreen, with simulated pumps on pseudo-terminals behind the
// real device stack: several pumps started together from "Run profiles together…", and the
// operator's choice when a pump comes back after its cable was pulled in the middle of a run.
#include "accounts/accountstore.h"
#include "accounts/session.h"
#include "audit/audittrail.h"
#include "calibration/calibrationstore.h"
#include "core/appsettings.h"
#include "core/paths.h"
#include "models/limits.h"
#include "services/calibrationstatus.h"
#include "services/democontroller.h"
#include "records/runcatalog.h"
#include "support/runrecordfixture.h"
#include "support/simpumprig.h"
#include "services/deviceservice.h"
#include "device/driverfactory.h"
#include "monitor/groupstartdialog.h"
#include "monitor/groupstartmodel.h"
#include "monitor/monitorpage.h"
#include "services/monitorsession.h"
#include "monitor/pumpbackdialog.h"
#include "monitor/pumppanel.h"
#include "monitor/pumpprofilecheck.h"
#include "profiles/profilelibrary.h"
#include "sim/ptyendpoint.h"
#include "sim/pumpsimoptions.h"
#include "sim/simdevicefactory.h"
#include "sim/simulation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;
using State = Profiles::ProfileRunner::State;
using Action = Services::ProfileAction;

namespace {

const QString kReglo = u"demo-reglo-icc-1"_s;
const QString kLonger = u"demo-longer-bt100-2j-1"_s;
const QString kLeadFluid = u"demo-leadfluid-bt100s-2"_s;
const QString kSensor = u"demo-pressure-modbus-1"_s;

// The Monitor page with the real device service and its own settings, records and profiles.
struct Bench
{
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(u"settings.ini"_s)};
    Services::DeviceService devices{settings};
    Services::MonitorSession session{devices, settings};
    Services::DemoController demo{devices};
    MonitorPage page{devices, session};
    Profiles::ProfileLibrary library{dir.filePath(u"profiles"_s)};

    Bench()
    {
        session.setRecordFolder(dir.filePath(u"records"_s));
        page.setProfileFolder(library.directory());
        page.resize(1400, 900);
        page.show();
    }

    bool connected(const QString &id) const
    {
        const auto p = devices.pump(id);
        return p && p->link == Device::LinkState::Connected && p->identity && page.panel(id);
    }
    /// The run's state as the GUI last heard it; Idle before any run reported.
    State state(const QString &id) const
    {
        const auto p = devices.profileProgress(id);
        return p ? p->state : State::Idle;
    }
    QPushButton *panelButton(const QString &id, const QString &name) const
    {
        return page.panel(id) ? page.panel(id)->findChild<QPushButton *>(name) : nullptr;
    }
};

// Flows chosen to land on whole rpm with each model's default tubing: no rounding warnings.
Profiles::Profile dose(const QString &name, const QString &modelId, double mlPerMin, const std::vector<double> &stepSeconds)
{
    Profiles::Profile p;
    p.name = name;
    p.modelId = modelId;
    for (double s : stepSeconds)
        p.steps.push_back(Profiles::constantFlow(Profiles::mlPerMin(mlPerMin), Profiles::seconds(s)));
    return p;
}

int rowOf(const QAbstractItemModel *model, const QString &pumpId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, GroupStartModel::Pump).data(GroupStartModel::PumpIdRole).toString() == pumpId)
            return row;
    }
    return -1;
}

} // namespace

class TestMonitorProfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void groupStartRefusesProfilesThatDoNotFitAndAsksOnceForWarnings()
    {
        Bench b;
        QVERIFY(b.library.save(dose(u"reglo dose"_s, u"reglo-icc"_s, 0.94, {2})).ok());
        QVERIFY(b.library.save(dose(u"longer dose"_s, u"longer-bt100-2j"_s, 8, {2})).ok());
        QVERIFY(b.library.save(dose(u"too fast"_s, u"reglo-icc"_s, 500, {1})).ok());
        // The Reglo meters a constant flow in its own time mode, to 0.1 s: 2.04 s becomes 2 s, a
        // 2 % cut and so a warning (a rounding within 1 % is only a note).
        QVERIFY(b.library.save(dose(u"reglo rounded"_s, u"reglo-icc"_s, 0.94, {2.04})).ok());
        auto *button = b.page.findChild<QPushButton *>(u"runTogether"_s);
        QVERIFY(button);
        QVERIFY(!button->isEnabled());  // no pumps yet
        b.demo.start(Sim::DemoSimulation::Scenario::NormalDosing);
        QTRY_VERIFY_WITH_TIMEOUT(b.connected(kReglo) && b.connected(kLonger) && b.connected(kLeadFluid) && b.connected(kSensor), 20000);
        QVERIFY(button->isEnabled());
        button->click();
        QPointer<GroupStartDialog> dialog = b.page.groupStartDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        GroupStartModel *model = dialog->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The three connected pumps, not the pressure transmitter.
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(rowOf(model, kSensor), -1);
        const int reglo = rowOf(model, kReglo);
        const int longer = rowOf(model, kLonger);
        QVERIFY(reglo >= 0 && longer >= 0);
        QCOMPARE(model->profileNames(), (QStringList{u"longer dose"_s, u"reglo dose"_s, u"reglo rounded"_s, u"too fast"_s}));
        QPushButton *start = dialog->startButton();
        QVERIFY(!start->isEnabled());  // nothing ticked

        // The profile column's combo box picks a profile, and picking ticks the pump.
        auto *view = dialog->findChild<QTableView *>(u"groupStartTable"_s);
        QVERIFY(view);
        auto *combo = qobject_cast<QComboBox *>(view->indexWidget(model->index(reglo, GroupStartModel::Profile)));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findText(u"too fast"_s));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(model->index(reglo, GroupStartModel::Profile).data().toString(), u"too fast"_s);
        QCOMPARE(model->index(reglo, GroupStartModel::Pump).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(model->setData(model->index(longer, GroupStartModel::Profile), u"longer dose"_s));
        QCOMPARE(model->checkedCount(), 2);
        // An error on one pump keeps Start disabled, and the check names the limit.
        QCOMPARE(model->index(reglo, GroupStartModel::Check).data(GroupStartModel::StatusRole).toInt(),
                 int(GroupStartModel::RowStatus::Errors));
        QVERIFY(!start->isEnabled());
        const QString details = model->index(reglo, GroupStartModel::Check).data(Qt::ToolTipRole).toString();
        QVERIFY2(details.contains(u"above"_s) && details.contains(u"mL/min"_s), qPrintable(details));
        QVERIFY2(dialog->findChild<QLabel *>(u"blocker"_s)->text().contains(u"Demo Ismatec Reglo ICC"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"blocker"_s)->text()));
        // Unticking the pump with the error leaves one: still not a group.
        QVERIFY(model->setData(model->index(reglo, GroupStartModel::Pump), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!start->isEnabled());

        // Warnings are listed and confirmed once; a different list asks again.
        QVERIFY(model->setData(model->index(reglo, GroupStartModel::Profile), u"reglo rounded"_s));
        QCOMPARE(model->index(reglo, GroupStartModel::Check).data(GroupStartModel::StatusRole).toInt(),
                 int(GroupStartModel::RowStatus::Warnings));
        QCheckBox *confirm = dialog->warningsConfirmation();
        QVERIFY(confirm->isVisible());
        QVERIFY(!start->isEnabled());
        QVERIFY(model->checkedWarnings().constFirst().startsWith(u"Demo Ismatec Reglo ICC"_s));
        confirm->setChecked(true);
        QVERIFY(start->isEnabled());
        QVERIFY(model->setData(model->index(reglo, GroupStartModel::Profile), u"reglo dose"_s));
        QVERIFY(!confirm->isVisible());
        QVERIFY(start->isEnabled());
        QVERIFY(model->setData(model->index(reglo, GroupStartModel::Profile), u"reglo rounded"_s));
        QVERIFY(!confirm->isChecked());
        QVERIFY(!start->isEnabled());

        // Cancel sends nothing.
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QTest::qWait(300);
        QCOMPARE(b.state(kReglo), State::Idle);
        QCOMPARE(b.state(kLonger), State::Idle);
    }

    void groupStartRunsTwoDemoPumpsInStep()
    {
        Bench b;
        QVERIFY(b.library.save(dose(u"reglo dose"_s, u"reglo-icc"_s, 0.94, {2, 1})).ok());     // 10 rpm on 1.52 mm tubing
        QVERIFY(b.library.save(dose(u"longer dose"_s, u"longer-bt100-2j"_s, 8, {2, 1})).ok());  // 10 rpm on size 16
        b.demo.start(Sim::DemoSimulation::Scenario::NormalDosing);
        QTRY_VERIFY_WITH_TIMEOUT(b.connected(kReglo) && b.connected(kLonger), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(b.page.findChild<QPushButton *>(u"runTogether"_s)->isEnabled(), 5000);
        b.page.findChild<QPushButton *>(u"runTogether"_s)->click();
        QPointer<GroupStartDialog> dialog = b.page.groupStartDialog();
        QVERIFY(dialog);
        GroupStartModel *model = dialog->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Each pump starts with the first profile written for its model; nothing is ticked.
        const int reglo = rowOf(model, kReglo);
        const int longer = rowOf(model, kLonger);
        QCOMPARE(model->index(reglo, GroupStartModel::Profile).data().toString(), u"reglo dose"_s);
        QCOMPARE(model->index(longer, GroupStartModel::Profile).data().toString(), u"longer dose"_s);
        QCOMPARE(model->checkedCount(), 0);
        QVERIFY(model->setData(model->index(reglo, GroupStartModel::Pump), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!dialog->startButton()->isEnabled());  // one pump is not a group
        QVERIFY(model->setData(model->index(longer, GroupStartModel::Pump), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model->index(reglo, GroupStartModel::Check).data(GroupStartModel::StatusRole).toInt(),
                 int(GroupStartModel::RowStatus::Ready));
        QCOMPARE(model->index(longer, GroupStartModel::Check).data(GroupStartModel::StatusRole).toInt(),
                 int(GroupStartModel::RowStatus::Ready));
        QVERIFY(!dialog->warningsConfirmation()->isVisible());
        QVERIFY(dialog->startButton()->isEnabled());

        // When each step began, as the GUI hears it.
        QElapsedTimer clock;
        clock.start();
        QHash<QString, QList<qint64>> stepStarts;
        QHash<QString, qint64> firstRunning;
        QObject context;
        connect(&b.devices, &Services::DeviceService::profileStep, &context,
                [&](const QString &id, const QString &, int, bool started) {
                    if (started)
                        stepStarts[id].append(clock.elapsed());
                });
        connect(&b.devices, &Services::DeviceService::profileProgressChanged, &context,
                [&](const QString &id, const Profiles::ProfileRunner::Progress &p) {
                    if (p.state == State::Running && !firstRunning.contains(id))
                        firstRunning.insert(id, clock.elapsed());
                });
        // The runs set their own flows: the monitor's deviation alarm must follow them, not the
        // setpoint a panel sent last.
        QStringList deviations;
        connect(&b.session, &Services::MonitorSession::alarmRaised, &context, [&](const Monitor::AlarmEntry &alarm) {
            if (alarm.sourceId.endsWith(u"/deviation"_s))
                deviations.append(alarm.message);
        });
        dialog->startButton()->click();
        QTRY_VERIFY(!dialog);

        // Both panels show their run; both started their steps together.
        const QString running = PumpPanel::stateText(State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(b.page.panel(kReglo)->profileText().startsWith(running)
                                     && b.page.panel(kLonger)->profileText().startsWith(running), 5000);
        QCOMPARE(b.state(kReglo), State::Running);
        QCOMPARE(b.state(kLonger), State::Running);
        QVERIFY(b.panelButton(kReglo, u"profilePause"_s)->isVisible());
        QVERIFY(b.panelButton(kLonger, u"profilePause"_s)->isVisible());
        // While they run, neither can join another group.
        b.page.openGroupStart();
        QPointer<GroupStartDialog> again = b.page.groupStartDialog();
        QVERIFY(again);
        const int busyRow = rowOf(again->model(), kReglo);
        QCOMPARE(again->model()->index(busyRow, GroupStartModel::Check).data(GroupStartModel::StatusRole).toInt(),
                 int(GroupStartModel::RowStatus::Errors));
        QVERIFY(again->model()->index(busyRow, GroupStartModel::Check).data(Qt::ToolTipRole).toString().contains(u"running a profile"_s));
        again->reject();
        QTRY_VERIFY(!again);
        QTRY_VERIFY_WITH_TIMEOUT(b.state(kReglo) == State::Finished && b.state(kLonger) == State::Finished, 15000);
        QVERIFY(b.page.panel(kReglo)->profileText().startsWith(PumpPanel::stateText(State::Finished)));
        QVERIFY2(deviations.isEmpty(), qPrintable(deviations.join(u'\n')));
        QCOMPARE(stepStarts.value(kReglo).size(), 2);
        QCOMPARE(stepStarts.value(kLonger).size(), 2);
        // Behaviour, not a benchmark: the two pumps sit on different lines (9600 and 1200 baud),
        // yet each step begins on the shared clock, within a generous bound of the other.
        constexpr qint64 kTogetherMs = 500;
        const auto near = [](qint64 x, qint64 y) { return std::abs(x - y) <= kTogetherMs; };
        const auto toText = [](const QList<qint64> &times) {
            QStringList list;
            for (qint64 t : times)
                list.append(QString::number(t));
            return list.join(u", "_s);
        };
        QVERIFY2(near(firstRunning.value(kReglo), firstRunning.value(kLonger)),
                 qPrintable(u"running at %1 and %2 ms"_s.arg(firstRunning.value(kReglo)).arg(firstRunning.value(kLonger))));
        qInfo("steps began at (ms) Reglo %s, Longer %s", qPrintable(toText(stepStarts.value(kReglo))),
              qPrintable(toText(stepStarts.value(kLonger))));
        for (int step = 0; step < 2; ++step) {
            const qint64 r = stepStarts.value(kReglo).at(step);
            const qint64 l = stepStarts.value(kLonger).at(step);
            QVERIFY2(near(r, l), qPrintable(u"step %1 began at %2 and %3 ms"_s.arg(step + 1).arg(r).arg(l)));
        }
    }

    void aRoundingNoteDoesNotAskToRunAnyway()
    {
        Bench b;
        b.demo.start(Sim::DemoSimulation::Scenario::NormalDosing);
        QTRY_VERIFY_WITH_TIMEOUT(b.connected(kReglo), 15000);
        // 1.23456 mL/min becomes 1.235 mL/min in the Reglo's own mode: +0.04 %, a note.
        const Profiles::Profile rounded = dose(u"rounded"_s, u"reglo-icc"_s, 1.23456, {2});
        const auto check = checkProfileOnPump(b.devices, kReglo, rounded);
        QVERIFY(check);
        QCOMPARE(check->report.notes.size(), std::size_t(1));
        QVERIFY(check->report.findings.empty());
        // Any question box that opens is closed and counted: none may open.
        int questions = 0;
        QTimer closer;
        closer.setInterval(50);
        QObject::connect(&closer, &QTimer::timeout, &b.page, [&questions] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                ++questions;
                modal->close();
            }
        });
        closer.start();
        QVERIFY(b.page.panel(kReglo)->runProfile(rounded, true));
        closer.stop();
        QCOMPARE(questions, 0);
        QTRY_COMPARE_WITH_TIMEOUT(b.state(kReglo), State::Finished, 15000);
    }

    // A pump whose calibration for the head and tubing fitted is overdue: its panel says so, the
    // pre-run check warns (naming the pump and the due date) and, with the controlled-mode
    // policy set to refuse, the check and the service both refuse to start the profile.
    void anOverdueCalibrationWarnsBeforeARunAndControlledModeRefuses()
    {
        QTemporaryDir data;
        Paths::setDataDir(data.path());
        const auto restore = qScopeGuard([] { Paths::setDataDir({}); });
        Bench b;
        b.demo.start(Sim::DemoSimulation::Scenario::NormalDosing);
        QTRY_VERIFY_WITH_TIMEOUT(b.connected(kReglo), 15000);
        const Profiles::Profile profile = dose(u"reglo dose"_s, u"reglo-icc"_s, 0.94, {2});
        auto check = checkProfileOnPump(b.devices, kReglo, profile);
        QVERIFY(check);
        QVERIFY2(check->report.findings.empty(), qPrintable(check->lines().join(u'\n')));
        QVERIFY(b.page.panel(kReglo)->calibrationText().isEmpty());

        // Calibrated 40 days ago with the default 30-day interval, at the nominal figure (so the
        // profile's flows round as before): overdue since 10 days.
        const auto snapshot = b.devices.pump(kReglo);
        QVERIFY(snapshot && snapshot->identity);
        const Models::PumpModel *model = b.devices.models().find(snapshot->config.modelId);
        QVERIFY(model);
        const QString head = snapshot->config.headId.isEmpty() ? model->defaultHead : snapshot->config.headId;
        const QString tubing = snapshot->config.tubingId.isEmpty() ? model->head(head)->defaultTubing : snapshot->config.tubingId;
        const double nominal = Models::mlPerRevFor(*model, head, tubing).value_or(0);
        QVERIFY(nominal > 0);
        Calibration::CalibrationResult r;
        r.plan.modelId = model->id;
        r.plan.headId = head;
        r.plan.tubingId = tubing;
        r.plan.rpms = {20};
        r.plan.replicates = 1;
        r.plan.seconds = 10;
        r.pump = *snapshot->identity;
        r.curve.points = {{0, nominal}};
        r.finishedUtc = QDateTime::currentDateTimeUtc().addDays(-40);
        QDateTime due;
        {
            Calibration::CalibrationStore store;
            QVERIFY(store.open(Calibration::CalibrationStore::defaultPath()));
            auto saved = store.save(r);
            QVERIFY(saved);
            due = saved->dueUtc;
        }
        const QString dueText = due.toLocalTime().toString(u"yyyy-MM-dd"_s);
        QSignalSpy stateChanged(&b.devices.calibrationStatus(), &Services::CalibrationStatus::changed);
        b.devices.refreshCalibrations();  // what the Calibration page does after storing one
        QVERIFY(stateChanged.count() >= 1);
        QCOMPARE(b.page.panel(kReglo)->calibrationText(), u"Calibration overdue since "_s + dueText);

        check = checkProfileOnPump(b.devices, kReglo, profile);
        QVERIFY(check);
        QCOMPARE(check->report.findings.size(), std::size_t(1));
        const Profiles::Finding &warning = check->report.findings.front();
        QCOMPARE(warning.severity, Profiles::Finding::Severity::Warning);
        QVERIFY2(warning.message.contains(snapshot->config.displayName()) && warning.message.contains(dueText), qPrintable(warning.message));
        // The panel asks "run anyway?": declined, nothing starts.
        int questions = 0;
        QTimer closer;
        closer.setInterval(50);
        QObject::connect(&closer, &QTimer::timeout, &b.page, [&questions] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                ++questions;
                modal->close();
            }
        });
        closer.start();
        QVERIFY(!b.page.panel(kReglo)->runProfile(profile, true));
        closer.stop();
        QCOMPARE(questions, 1);

        // Controlled mode with "refuse overdue calibration": an error, and the service refuses too.
        Audit::AuditTrail trail;
        QVERIFY(trail.open(b.dir.filePath(u"trail.sqlite"_s)));
        Accounts::AccountStore accounts;
        QVERIFY(accounts.open(b.dir.filePath(u"accounts.sqlite"_s)));
        accounts.setPasswordIterations(1000);
        Accounts::Session session(accounts, trail);
        const QString password = u"secret-pass-1"_s;
        QVERIFY(session.createAccount(u"admin"_s, u"Ada Admin"_s, Accounts::Role::Administrator, password));
        QVERIFY(session.logIn(u"admin"_s, password));
        QVERIFY(session.createAccount(u"tech"_s, u"Tom Tech"_s, Accounts::Role::Technician, password));
        Accounts::Policy policy = session.policy();
        policy.mode = Accounts::Mode::Controlled;
        policy.approvedProfilesOnly = false;
        policy.refuseOverdueCalibration = true;
        QVERIFY(session.setPolicy(policy));
        session.logOff();
        QVERIFY(session.logIn(u"tech"_s, password));
        b.devices.setSession(&session);
        const auto unset = qScopeGuard([&b] { b.devices.setSession(nullptr); });
        check = checkProfileOnPump(b.devices, kReglo, profile);
        QVERIFY(check);
        QCOMPARE(check->report.findings.size(), std::size_t(1));
        QCOMPARE(check->report.findings.front().severity, Profiles::Finding::Severity::Error);
        QVERIFY(check->report.findings.front().message.contains(dueText));
        QVERIFY(!b.page.panel(kReglo)->runProfile(profile, false));
        QVERIFY(b.page.panel(kReglo)->feedback().contains(dueText));
        QSignalSpy refused(&b.devices, &Services::DeviceService::refused);
        b.devices.startProfile(kReglo, check->profile);
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(1).value<Error>().message.contains(dueText));
        // The policy without the refusal: the same check only warns again.
        session.logOff();
        QVERIFY(session.logIn(u"admin"_s, password));
        policy.refuseOverdueCalibration = false;
        QVERIFY(session.setPolicy(policy));
        check = checkProfileOnPump(b.devices, kReglo, profile);
        QVERIFY(check);
        QCOMPARE(check->report.findings.front().severity, Profiles::Finding::Severity::Warning);
        session.logOff();
    }

    // The same by pump hours: calibrated yesterday with an interval of 30 days or 2 pump hours,
    // and the run records say the pump turned 3 h since (and 5 h before, which do not count).
    // The count comes from the run records off the GUI thread; then the panel says overdue by
    // hours, the check warns, and controlled mode with "refuse overdue calibration" refuses in
    // the check and in the service.
    void aCalibrationOverdueByPumpHoursWarnsAndControlledModeRefuses()
    {
        QTemporaryDir data;
        Paths::setDataDir(data.path());
        const auto restore = qScopeGuard([] { Paths::setDataDir({}); });
        Bench b;
        b.demo.start(Sim::DemoSimulation::Scenario::NormalDosing);
        QTRY_VERIFY_WITH_TIMEOUT(b.connected(kReglo), 15000);
        const Profiles::Profile profile = dose(u"reglo dose"_s, u"reglo-icc"_s, 0.94, {2});
        const auto snapshot = b.devices.pump(kReglo);
        QVERIFY(snapshot && snapshot->identity);
        const Models::PumpModel *model = b.devices.models().find(snapshot->config.modelId);
        QVERIFY(model);
        const QString head = snapshot->config.headId.isEmpty() ? model->defaultHead : snapshot->config.headId;
        const QString tubing = snapshot->config.tubingId.isEmpty() ? model->head(head)->defaultTubing : snapshot->config.tubingId;
        Calibration::CalibrationResult r;
        r.plan.modelId = model->id;
        r.plan.headId = head;
        r.plan.tubingId = tubing;
        r.plan.rpms = {20};
        r.plan.replicates = 1;
        r.plan.seconds = 10;
        r.pump = *snapshot->identity;
        r.curve.points = {{0, Models::mlPerRevFor(*model, head, tubing).value_or(0)}};
        r.finishedUtc = QDateTime::currentDateTimeUtc().addDays(-1);
        {
            Calibration::CalibrationStore store;
            QVERIFY(store.open(Calibration::CalibrationStore::defaultPath()));
            QVERIFY(store.setDueInterval(Calibration::pumpKey(model->id, *snapshot->identity), Calibration::DueInterval{30, 2}));
            const auto saved = store.save(r);
            QVERIFY(saved);
            QCOMPARE(saved->dueHours, std::optional<double>(2));
        }
        const QDir records(Records::RunCatalog::defaultFolder());
        const Records::ChannelInfo channel = Test::channelOf(*snapshot);
        QVERIFY(Test::writeRunRecord(records.filePath(u"run-before.psrun"_s), r.finishedUtc.addSecs(-6 * 3600),
                                     {Test::RecordedPump{channel, Test::runningSamples(5 * 3600, 30, {{0, 5 * 3600}})}}));
        QVERIFY(Test::writeRunRecord(records.filePath(u"run-after.psrun"_s), r.finishedUtc.addSecs(600),
                                     {Test::RecordedPump{channel, Test::runningSamples(3 * 3600, 30, {{0, 3 * 3600}})}}));
        QSignalSpy counted(&b.devices.calibrationStatus(), &Services::CalibrationStatus::hoursCounted);
        b.devices.refreshCalibrations();  // what the Calibration page does after storing one
        const QString overdue = u"Calibration overdue: 3.0 of 2 pump hours"_s;
        QTRY_COMPARE_WITH_TIMEOUT(b.page.panel(kReglo)->calibrationText(), overdue, 15000);
        QVERIFY(counted.count() >= 1);
        QCOMPARE(b.devices.calibrationStatus().damagedRecords(), 0);
        const auto state = b.devices.calibrationStatus().state(kReglo);
        QVERIFY(state && state->usedHours);
        QVERIFY2(std::abs(*state->usedHours - 3) < 1e-6, qPrintable(QString::number(*state->usedHours)));
        {
            // Kept in the history for pumpctl, which cannot count them itself.
            Calibration::CalibrationStore store;
            QVERIFY(store.open(Calibration::CalibrationStore::defaultPath()));
            const auto kept = store.countedHours(state->certificate);
            QVERIFY(kept && *kept);
            QVERIFY(std::abs((*kept)->hours - 3) < 1e-6);
        }

        auto check = checkProfileOnPump(b.devices, kReglo, profile);
        QVERIFY(check);
        QCOMPARE(check->report.findings.size(), std::size_t(1));
        const Profiles::Finding &warning = check->report.findings.front();
        QCOMPARE(warning.severity, Profiles::Finding::Severity::Warning);
        QVERIFY2(warning.message.contains(snapshot->config.displayName()) && warning.message.contains(u"2 pump hours"_s)
                     && warning.message.contains(u"3.0"_s),
                 qPrintable(warning.message));

        // Controlled mode with "refuse overdue calibration": an error, and the service refuses too.
        Audit::AuditTrail trail;
        QVERIFY(trail.open(b.dir.filePath(u"trail.sqlite"_s)));
        Accounts::AccountStore accounts;
        QVERIFY(accounts.open(b.dir.filePath(u"accounts.sqlite"_s)));
        accounts.setPasswordIterations(1000);
        Accounts::Session session(accounts, trail);
        const QString password = u"secret-pass-1"_s;
        QVERIFY(session.createAccount(u"admin"_s, u"Ada Admin"_s, Accounts::Role::Administrator, password));
        QVERIFY(session.logIn(u"admin"_s, password));
        QVERIFY(session.createAccount(u"tech"_s, u"Tom Tech"_s, Accounts::Role::Technician, password));
        Accounts::Policy policy = session.policy();
        policy.mode = Accounts::Mode::Controlled;
        policy.approvedProfilesOnly = false;
        policy.refuseOverdueCalibration = true;
        QVERIFY(session.setPolicy(policy));
        session.logOff();
        QVERIFY(session.logIn(u"tech"_s, password));
        b.devices.setSession(&session);
        const auto unset = qScopeGuard([&b] { b.devices.setSession(nullptr); });
        check = checkProfileOnPump(b.devices, kReglo, profile);
        QVERIFY(check);
        QCOMPARE(check->report.findings.size(), std::size_t(1));
        QCOMPARE(check->report.findings.front().severity, Profiles::Finding::Severity::Error);
        QVERIFY(check->report.findings.front().message.contains(u"2 pump hours"_s));
        QVERIFY(!b.page.panel(kReglo)->runProfile(profile, false));
        QVERIFY(b.page.panel(kReglo)->feedback().contains(u"2 pump hours"_s));
        QSignalSpy refused(&b.devices, &Services::DeviceService::refused);
        b.devices.startProfile(kReglo, check->profile);
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(1).value<Error>().message.contains(u"2 pump hours"_s));
        session.logOff();
    }

    void pumpBackDialogResumesTheRunAfterTheDemoCableIsPulled()
    {
        Bench b;
        // The demo pulls the Longer's cable at 20 s and plugs it back at 28 s; the first step
        // spans the pull wherever the run starts before it.
        b.demo.start(Sim::DemoSimulation::Scenario::CablePulled);
        QTRY_VERIFY_WITH_TIMEOUT(b.connected(kLonger), 15000);
        PumpPanel *panel = b.page.panel(kLonger);
        QVERIFY(panel->runProfile(dose(u"long dose"_s, u"longer-bt100-2j"_s, 8, {24, 1}), false));
        QTRY_COMPARE_WITH_TIMEOUT(b.state(kLonger), State::Running, 5000);
        QVERIFY(!b.page.pumpBackDialog(kLonger));

        // The link is lost: the panel says it waits for the pump; Resume waits with it.
        QTRY_COMPARE_WITH_TIMEOUT(b.state(kLonger), State::LinkLost, 30000);
        QVERIFY(!b.devices.profileProgress(kLonger)->pumpBack);
        QVERIFY2(panel->profileText().contains(u"Waiting for the pump"_s), qPrintable(panel->profileText()));
        QPushButton *resume = b.panelButton(kLonger, u"profileResume"_s);
        QVERIFY(resume->isVisible());
        QVERIFY(!resume->isEnabled());
        QVERIFY(b.panelButton(kLonger, u"profileSkip"_s)->isEnabled());
        QVERIFY(b.panelButton(kLonger, u"profileAbort"_s)->isEnabled());
        QVERIFY(!b.page.pumpBackDialog(kLonger));

        // Plugged back: the same pump answers, and the operator is asked.
        QTRY_VERIFY_WITH_TIMEOUT(b.page.pumpBackDialog(kLonger), 30000);
        QPointer<PumpBackDialog> dialog = b.page.pumpBackDialog(kLonger);
        QVERIFY(b.devices.profileProgress(kLonger)->pumpBack);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QCOMPARE(dialog->windowTitle(), u"Pump is back"_s);
        const QString heading = dialog->findChild<QLabel *>(u"heading"_s)->text();
        QVERIFY2(heading.contains(u"Demo Longer BT100-2J"_s), qPrintable(heading));
        QVERIFY(!dialog->findChildren<QLabel *>().isEmpty());
        QStringList texts;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            texts.append(label->text());
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u"long dose"_s) && all.contains(u"constant flow"_s) && all.contains(u"mL planned"_s)
                     && all.contains(u"The pump is back"_s),
                 qPrintable(all));
        QCOMPARE(dialog->button(Action::Resume)->text(), u"Resume step"_s);
        QCOMPARE(dialog->button(Action::Skip)->text(), u"Skip step"_s);
        QCOMPARE(dialog->button(Action::Abort)->text(), u"Abort run"_s);
        QVERIFY(resume->isEnabled());  // the panel may resume now too
        // The panel no longer says it waits for the pump; it says what the reconnect found.
        QVERIFY2(!panel->feedback().contains(u"Waiting for the same pump"_s), qPrintable(panel->feedback()));
        QVERIFY2(panel->feedback().contains(u"has been stopped"_s), qPrintable(panel->feedback()));

        dialog->button(Action::Resume)->click();
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE_WITH_TIMEOUT(b.state(kLonger), State::Running, 10000);
        QVERIFY(!b.page.pumpBackDialog(kLonger));
        QTRY_COMPARE_WITH_TIMEOUT(b.state(kLonger), State::Finished, 40000);
        QVERIFY(b.devices.profileProgress(kLonger)->elapsedS >= 25.0 - 0.3);  // both steps ran their full time
    }

    void pumpBackDialogClosesWhenTheRunMovesOnAndAsksAgainNextTime()
    {
        // A Reglo ICC of our own on a pseudo-terminal, so the cable is pulled when the test says.
        Bench b;
        Test::SimPumpRig rig;
        QVERIFY(rig.openLine({u"--model"_s, u"reglo-icc"_s}));
        Sim::PtyEndpoint *pty = rig.pty;
        const Models::PumpModel *model = b.devices.models().find(u"reglo-icc"_s);
        Device::PumpConfig config;
        config.id = u"bench-reglo"_s;
        config.name = u"Bench Reglo"_s;
        config.modelId = model->id;
        config.serial = rig.serial();
        config.headId = model->defaultHead;
        const QString id = b.devices.addPump(config);
        b.devices.connectPump(id);
        QTRY_VERIFY_WITH_TIMEOUT(b.connected(id), 10000);
        QVERIFY(b.page.panel(id)->runProfile(dose(u"three steps"_s, u"reglo-icc"_s, 0.94, {8, 8, 1}), false));
        QTRY_COMPARE_WITH_TIMEOUT(b.state(id), State::Running, 5000);

        const auto pullAndReplug = [&]() -> QPointer<PumpBackDialog> {
            pty->unplug();
            if (!QTest::qWaitFor([&] { return b.state(id) == State::LinkLost; }, 10000))
                return nullptr;
            if (!pty->replug())
                return nullptr;
            if (!QTest::qWaitFor([&] { return b.page.pumpBackDialog(id) != nullptr; }, 15000))
                return nullptr;
            return b.page.pumpBackDialog(id);
        };

        // First time: the operator decides on the panel instead; the question goes away.
        QPointer<PumpBackDialog> first = pullAndReplug();
        QVERIFY(first);
        QVERIFY(first->isVisible());
        b.panelButton(id, u"profileSkip"_s)->click();
        QTRY_VERIFY(!first);
        QTRY_COMPARE_WITH_TIMEOUT(b.state(id), State::Running, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b.devices.profileProgress(id)->segment, 1, 5000);  // the step was skipped

        // Next time the pump comes back, it is asked again; Abort ends the run.
        QPointer<PumpBackDialog> second = pullAndReplug();
        QVERIFY(second);
        QCOMPARE(b.page.findChildren<PumpBackDialog *>().size(), 1);  // one question per pump
        second->button(Action::Abort)->click();
        QTRY_VERIFY(!second);
        QTRY_COMPARE_WITH_TIMEOUT(b.state(id), State::Aborted, 5000);
        QVERIFY(!b.page.pumpBackDialog(id));
        QVERIFY(b.page.panel(id)->profileText().startsWith(PumpPanel::stateText(State::Aborted)));
    }
};

QTEST_MAIN(TestMonitorProfiles)
#include "tst_monitorprofiles.moc"
