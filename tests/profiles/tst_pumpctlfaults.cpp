// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The fault matrix (issue 12): every pump model on a line that corrupts, adds garbage, drops,
// answers late, echoes or stays silent, driven by the real pumpctl over a pseudo-terminal. A
// command may fail (that is what a bad line does), but every answer pumpctl gives with exit
// 0 must be exactly the simulated pump's truth, read from the simulator objects in this
// process, past the faults. The counts per model and fault are printed at the end.
//
// Every line runs side by side (at most kMaxRunning pumpctl processes at once), once, in
// initTestCase; the slots judge the lines of their defect. FAULT_MATRIX_ROUNDS (default 1)
// repeats each line's commands: the soak test tst_pumpctlfaults_soak runs five rounds.
#include "models/modelregistry.h"
#include "sim/protocolresponder.h"
#include "sim/simbus.h"
#include "sim/simpump.h"
#include "support/simpumprig.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <deque>
#include <map>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;

namespace {

/// The pumpctl under test: this build's, or another one named by PUMPCTL_UNDER_TEST (to show
/// that a defect's test fails on an older pumpctl).
QString pumpctlExecutable()
{
    const QString other = qEnvironmentVariable("PUMPCTL_UNDER_TEST");
    return other.isEmpty() ? QStringLiteral(PUMPCTL_EXECUTABLE) : other;
}

struct Step
{
    QStringList arguments;   ///< after --port/--model
    enum class Kind { Speed, Flow, Status, Start, Stop } kind;
    double value = 0;
};

struct Counts
{
    int runs = 0;
    int exitOk = 0;
    int matched = 0;
    qint64 ms = 0;   ///< wall time of the cell's runs, for the table (never asserted)
};

/// One model on one faulty line: its own simulated line (the shared rig) and command sequence.
struct Cell
{
    QString model;
    QString fault;
    const Models::PumpModel *pumpModel = nullptr;
    std::unique_ptr<Test::SimPumpRig> rig;
    QString port;
    std::vector<Step> steps;
    std::size_t next = 0;
    std::unique_ptr<QProcess> process;
    double dispensedAtLaunch = 0;
    double actualAtLaunch = 0;
    bool runningAtLaunch = false;
    Counts counts;
    QStringList mismatches;
    QString errors;   ///< stderr of every run
    bool done = false;
    QElapsedTimer clock;
    QString purpose;               ///< which slot judges it: matrix, late, echo, unchecked
    bool requireComplete = false;  ///< a status must carry every field the model reports

    Sim::SimPump *pump() const { return rig->pump; }
    /// The speed the pump reports as set: the Reglo ICC and the NE-1000 keep it apart from
    /// the motor's target while stopped.
    double setRpm() const
    {
        for (const Sim::ProtocolResponder *responder : rig->bus->responders()) {
            if (const auto rpm = responder->settingRpm(*pump()))
                return *rpm;
        }
        return pump()->targetRpm();
    }
};

bool near(double a, double b, double absolute, double relative = 0)
{
    return std::abs(a - b) <= absolute + relative * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestPumpCtlFaults final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Models::ModelRegistry m_registry;
    std::map<QString, std::map<QString, Counts>> m_table;
    static constexpr int kMaxRunning = 10;
    int m_running = 0;
    std::deque<Cell *> m_waiting;
    std::vector<std::unique_ptr<Cell>> m_cells;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"LANG"_s, u"C"_s);
        env.insert(u"LANGUAGE"_s, u"C"_s);
        return env;
    }

    std::unique_ptr<Cell> makeCell(const QString &model, const QString &fault)
    {
        auto cell = std::make_unique<Cell>();
        cell->model = model;
        cell->fault = fault;
        cell->pumpModel = m_registry.find(model);
        cell->rig = std::make_unique<Test::SimPumpRig>();
        if (!cell->pumpModel
            || !cell->rig->openLine({u"--model"_s, model, u"--faults"_s, fault, u"--seed"_s,
                                     QString::number(qHash(model + fault) % 1000 + 1)}))
            return nullptr;
        cell->port = cell->rig->path();
        return cell;
    }

    /// speed (flow for a syringe pump), status, start, status, stop.
    static std::vector<Step> matrixSteps(const Models::PumpModel &model, int rounds)
    {
        std::vector<Step> steps;
        const bool syringe = model.kind == Models::Kind::Syringe;
        // A value inside every model's range that its wire can carry exactly.
        const double speed = std::min(37.5, model.maxRpm * 0.5);
        const double rpm = model.rpmResolution >= 1 ? std::round(speed) : speed;
        for (int round = 0; round < rounds; ++round) {
            if (syringe)
                steps.push_back({{u"flow"_s, u"1.5"_s}, Step::Kind::Flow, 1.5});
            else
                steps.push_back({{u"speed"_s, QString::number(rpm)}, Step::Kind::Speed, rpm});
            steps.push_back(statusStep());
            steps.push_back({{u"start"_s}, Step::Kind::Start});
            steps.push_back(statusStep());
            steps.push_back({{u"stop"_s}, Step::Kind::Stop});
        }
        return steps;
    }

    static Step statusStep() { return {{u"--json"_s, u"status"_s}, Step::Kind::Status}; }

    /// Runs every cell's steps to the end, side by side; what kept them from it.
    QString runCells(std::vector<std::unique_ptr<Cell>> &cells)
    {
        for (auto &cell : cells) {
            if (!QTest::qWaitFor([&] { return QFileInfo::exists(cell->port); }, 10000))
                return u"no terminal at %1"_s.arg(cell->port);
            m_waiting.push_back(cell.get());
        }
        startWaiting();
        if (!QTest::qWaitFor([&] { return std::all_of(cells.begin(), cells.end(), [](const auto &c) { return c->done; }); }, 600000))
            return u"the cells did not finish in time"_s;
        return {};
    }

    /// Starts waiting cells while fewer than kMaxRunning pumpctl processes run: more at once
    /// would measure the machine's load (every timeout firing early), not the line's faults.
    void startWaiting()
    {
        while (m_running < kMaxRunning && !m_waiting.empty()) {
            Cell *cell = m_waiting.front();
            m_waiting.pop_front();
            launch(*cell);
        }
    }

    void launch(Cell &cell)
    {
        if (!cell.clock.isValid())
            cell.clock.start();
        if (cell.next >= cell.steps.size()) {
            cell.counts.ms = cell.clock.elapsed();
            cell.done = true;
            return;
        }
        const Step &step = cell.steps[cell.next];
        if (cell.process)
            cell.process.release()->deleteLater();  // we may be in its finished() signal
        cell.process = std::make_unique<QProcess>();
        cell.process->setProcessEnvironment(environment());
        cell.dispensedAtLaunch = cell.pump()->dispensedMl();
        cell.runningAtLaunch = cell.pump()->running();
        cell.actualAtLaunch = cell.pump()->actualRpm();
        ++m_running;
        connect(cell.process.get(), &QProcess::finished, this, [this, &cell] {
            --m_running;
            judge(cell);
            ++cell.next;
            // Back in the queue: the next step waits its turn like every other cell's.
            if (cell.next >= cell.steps.size())
                launch(cell);
            else
                m_waiting.push_back(&cell);
            startWaiting();
        });
        cell.process->start(pumpctlExecutable(),
                            QStringList{u"--port"_s, cell.port, u"--model"_s, cell.model} + step.arguments);
    }

    /// An exit-0 answer against the pump's truth now; the reason when they differ.
    QString compare(Cell &cell, const Step &step, const QJsonObject &answer)
    {
        const Sim::SimPump &pump = *cell.pump();
        const Models::PumpModel &model = *cell.pumpModel;
        const double resolution = model.rpmResolution > 0 ? model.rpmResolution / 2 + 1e-9 : 1e-9;
        switch (step.kind) {
        case Step::Kind::Speed:
            if (!near(cell.setRpm(), answer.value(u"rpm"_s).toDouble(-1), resolution, 1e-6))
                return u"speed reported %1, pump set to %2"_s.arg(answer.value(u"rpm"_s).toDouble()).arg(cell.setRpm());
            return {};
        case Step::Kind::Flow: {
            const double truth = cell.setRpm() * pump.mlPerRev();
            if (!near(truth, answer.value(u"mlPerMin"_s).toDouble(-1), 1e-6, 1e-3))
                return u"flow reported %1, pump set to %2"_s.arg(answer.value(u"mlPerMin"_s).toDouble()).arg(truth);
            return {};
        }
        case Step::Kind::Start:
            return pump.running() ? QString() : u"start reported, pump stopped"_s;
        case Step::Kind::Stop:
            return pump.running() ? u"stop reported, pump running"_s : QString();
        case Step::Kind::Status:
            break;
        }
        QStringList wrong;
        if (cell.requireComplete) {
            QStringList needed{u"running"_s};
            if (model.kind != Models::Kind::Syringe && model.protocol != Models::Protocol::MasterflexSerialComms)
                needed << u"setRpm"_s;
            if (model.protocol == Models::Protocol::RegloIcc || model.protocol == Models::Protocol::NewEra
                || model.protocol == Models::Protocol::MasterflexLegacy)
                needed << u"dispensedMl"_s;
            for (const QString &key : needed) {
                if (!answer.contains(key))
                    wrong << u"no %1 in a status reported as complete"_s.arg(key);
            }
            if (model.kind != Models::Kind::Syringe && answer.value(u"direction"_s).toString() == u"-"_s)
                wrong << u"no direction"_s;
        }
        if (answer.value(u"running"_s).toBool() != pump.running())
            wrong << u"running %1 for a %2 pump"_s.arg(answer.value(u"running"_s).toBool()).arg(pump.running() ? u"running"_s : u"stopped"_s);
        const QString direction = answer.value(u"direction"_s).toString();
        if (direction != u"-"_s && (direction == u"cw"_s) != (pump.direction() == Device::Direction::Clockwise))
            wrong << u"direction %1"_s.arg(direction);
        if (answer.contains(u"setRpm"_s) && !near(answer.value(u"setRpm"_s).toDouble(), cell.setRpm(), resolution, 1e-6))
            wrong << u"setRpm %1, pump %2"_s.arg(answer.value(u"setRpm"_s).toDouble()).arg(cell.setRpm());
        if (answer.contains(u"actualRpm"_s)) {
            const double actual = answer.value(u"actualRpm"_s).toDouble();
            // Stopped all along: no faster than the motor turned (0, or slowing down from a
            // stop); running: between nothing and the set speed (the ramp).
            const double highest = !pump.running() && !cell.runningAtLaunch ? std::max(cell.actualAtLaunch, pump.actualRpm())
                                                                             : pump.targetRpm();
            if (!(actual >= -1e-9 && actual <= highest + resolution + 1e-6))
                wrong << u"actualRpm %1, pump %2 (set %3)"_s.arg(actual).arg(pump.actualRpm()).arg(pump.targetRpm());
        }
        if (model.kind == Models::Kind::Syringe && answer.contains(u"flowMlPerMin"_s)) {
            const double truth = pump.running() ? pump.targetRpm() * pump.mlPerRev() : 0.0;
            if (!near(answer.value(u"flowMlPerMin"_s).toDouble(), truth, 1e-6, 1e-3))
                wrong << u"flow %1, pump %2"_s.arg(answer.value(u"flowMlPerMin"_s).toDouble()).arg(truth);
        }
        if (answer.contains(u"dispensedMl"_s)) {
            const double reported = answer.value(u"dispensedMl"_s).toDouble();
            // The pump's counter as the wire carries it: 4 significant digits (Reglo ICC,
            // NE-1000), 0.1 revolution (Masterflex legacy). Between the counter at launch and now.
            const double low = std::min(cell.dispensedAtLaunch, pump.dispensedMl());
            const double high = std::max(cell.dispensedAtLaunch, pump.dispensedMl());
            const double slack = 0.0006 * high + 0.05 * pump.mlPerRev() + 1e-6;
            if (reported < low - slack || reported > high + slack)
                wrong << u"dispensedMl %1, pump %2..%3"_s.arg(reported).arg(low).arg(high);
        }
        return wrong.join(u"; "_s);
    }

    void judge(Cell &cell)
    {
        const Step &step = cell.steps[cell.next];
        ++cell.counts.runs;
        const QByteArray out = cell.process->readAllStandardOutput();
        cell.errors += QString::fromUtf8(cell.process->readAllStandardError());
        if (cell.process->exitStatus() != QProcess::NormalExit || cell.process->exitCode() != 0)
            return;
        ++cell.counts.exitOk;
        QJsonObject answer = QJsonDocument::fromJson(out.trimmed()).object();
        if (step.kind == Step::Kind::Speed || step.kind == Step::Kind::Flow) {
            // Plain text: "speed set to 37.5 rpm" / "flow set to 1.5 mL/min".
            const QList<QByteArray> words = out.simplified().split(' ');
            if (words.size() >= 4)
                answer.insert(step.kind == Step::Kind::Speed ? u"rpm"_s : u"mlPerMin"_s, words.at(3).toDouble());
        }
        const QString why = compare(cell, step, answer);
        if (why.isEmpty())
            ++cell.counts.matched;
        else
            cell.mismatches << u"%1 %2 [%3]: %4 (answer %5)"_s.arg(cell.model, cell.fault, step.arguments.join(u' '), why,
                                                                   QString::fromUtf8(out.trimmed()));
    }

    Cell *add(std::vector<std::unique_ptr<Cell>> &cells, const QString &model, const QString &fault, std::vector<Step> steps,
              const QString &purpose, bool requireComplete = false)
    {
        auto cell = makeCell(model, fault);
        if (!cell)
            return nullptr;
        cell->steps = std::move(steps);
        cell->purpose = purpose;
        cell->requireComplete = requireComplete;
        cells.push_back(std::move(cell));
        return cells.back().get();
    }

    std::vector<const Cell *> cellsFor(const QString &purpose) const
    {
        std::vector<const Cell *> found;
        for (const auto &cell : m_cells) {
            if (cell->purpose == purpose)
                found.push_back(cell.get());
        }
        return found;
    }

    /// Fails with every mismatch of the cells for `purpose`.
    static QString mismatchesOf(const std::vector<const Cell *> &cells)
    {
        QStringList all;
        for (const Cell *cell : cells)
            all << cell->mismatches;
        return all.join(u'\n');
    }

private Q_SLOTS:
    // Every cell of every slot below runs side by side, once, here: each needs its own wall
    // time (timeouts, a slow line), not the machine's.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_registry.loadDefault();
        const int rounds = std::max(1, qEnvironmentVariableIntValue("FAULT_MATRIX_ROUNDS"));
        const QStringList models{u"reglo-icc"_s, u"longer-bt100-2j"_s, u"longer-wt600-2j"_s, u"leadfluid-bt100s"_s,
                                 u"kamoer-2802"_s, u"ne-1000"_s, u"masterflex-ls-legacy"_s, u"masterflex-ls-serialcomms"_s};
        // The faults of issue 12's hostile tester, each on its own line.
        // "slow" answers after the first attempt's timeout on every model (the defect 2 cells
        // below use the 400 ms).
        const QStringList faults{u"corrupt=0.3"_s, u"garbage=0.3"_s, u"drop=0.3"_s, u"slow=250ms"_s, u"echo"_s, u"silent"_s};
        for (const QString &model : models) {
            for (const QString &fault : faults) {
                const Models::PumpModel *pumpModel = m_registry.find(model);
                QVERIFY2(pumpModel && add(m_cells, model, fault, matrixSteps(*pumpModel, rounds), u"matrix"_s),
                         qPrintable(u"cannot simulate %1 with %2"_s.arg(model, fault)));
            }
        }
        // Defect 2: the reproduction, a speed set and then status after status.
        for (const QString &model : {u"kamoer-2802"_s, u"leadfluid-bt100s"_s}) {
            std::vector<Step> steps{{{u"speed"_s, u"37.5"_s}, Step::Kind::Speed, 37.5}};
            for (int i = 0; i < 3 * rounds; ++i)
                steps.push_back(statusStep());
            QVERIFY(add(m_cells, model, u"slow=400ms"_s, std::move(steps), u"late"_s));
        }
        // Defect 4: statuses on the protocols without a checksum, complete and true.
        for (const QString &model : {u"reglo-icc"_s, u"masterflex-ls-legacy"_s, u"ne-1000"_s, u"masterflex-ls-serialcomms"_s}) {
            for (const QString &fault : {u"corrupt=0.3"_s, u"garbage=0.3"_s}) {
                std::vector<Step> steps;
                for (int i = 0; i < 6 * rounds; ++i)
                    steps.push_back(statusStep());
                QVERIFY(add(m_cells, model, fault, std::move(steps), u"unchecked"_s, true));
            }
        }
        const QString trouble = runCells(m_cells);
        QVERIFY2(trouble.isEmpty(), qPrintable(trouble));
        for (const auto &cell : m_cells) {
            if (cell->purpose == u"matrix"_s)
                m_table[cell->model][cell->fault] = cell->counts;
        }
    }

    // The fault matrix: every model on every faulty line; whatever pumpctl answers with exit 0
    // is exactly the simulated pump's truth.
    void everyExitZeroAnswerIsTheTruth()
    {
        const auto cells = cellsFor(u"matrix"_s);
        QCOMPARE(cells.size(), 48u);
        QVERIFY2(mismatchesOf(cells).isEmpty(), qPrintable(mismatchesOf(cells)));
        // A line that echoes or is silent gives no answer at all.
        for (const Cell *cell : cells) {
            if (cell->fault == u"echo"_s || cell->fault == u"silent"_s)
                QVERIFY2(cell->counts.exitOk == 0, qPrintable(u"%1 on a line that is %2"_s.arg(cell->model, cell->fault)));
        }
    }

    // Issue 12, defect 2: a Modbus reply that comes after its request timed out was taken as
    // the answer to the next read (the Kamoer's actual speed read as its set speed, the Lead
    // Fluid's set speed as 0). Every exit-0 answer is the truth, and the reads do get through.
    void lateModbusReplyIsNeverTheNextAnswer()
    {
        const auto cells = cellsFor(u"late"_s);
        QVERIFY2(mismatchesOf(cells).isEmpty(), qPrintable(mismatchesOf(cells)));
        // And the reads do get through (how many depends on the machine's load: the line
        // answers after the first attempt's timeout).
        for (const Cell *cell : cells)
            QVERIFY2(cell->counts.exitOk >= 1, qPrintable(cell->model + u": "_s + cell->errors));
    }

    // Issue 12, defect 3: a port that echoes looked like a Modbus pump (the echoed FC 05/06
    // request is a valid reply): start and speed "succeeded". Nothing is confirmed on such a
    // port, for any model, and the echo is named.
    void echoingPortConfirmsNothing()
    {
        for (const Cell *cell : cellsFor(u"matrix"_s)) {
            if (cell->fault != u"echo"_s)
                continue;
            QVERIFY2(cell->mismatches.isEmpty(), qPrintable(cell->mismatches.join(u'\n')));
            QCOMPARE(cell->counts.exitOk, 0);
            QVERIFY2(cell->errors.contains(u"sends back what is sent"_s), qPrintable(cell->model + u": "_s + cell->errors));
        }
    }

    // Issue 12, defect 4: protocols without checksums took damaged replies for values, and a
    // status with fields missing was a success. Every exit-0 status is the truth and complete.
    void uncheckedRepliesGiveNoWrongValue()
    {
        const auto cells = cellsFor(u"unchecked"_s);
        QVERIFY2(mismatchesOf(cells).isEmpty(), qPrintable(mismatchesOf(cells)));
        for (const Cell *cell : cells)
            QVERIFY2(cell->counts.exitOk >= 1, qPrintable(cell->model + u" "_s + cell->fault + u": "_s + cell->errors));
    }

    void cleanupTestCase()
    {
        // The closing note's table: runs / exit 0 / exit 0 equal to the truth (wall time).
        int runs = 0, ok = 0, matched = 0;
        for (const auto &[model, row] : m_table) {
            QString line = u"%1:"_s.arg(model, -26);
            for (const auto &[fault, c] : row) {
                line += u"  %1 %2/%3/%4 (%5 s)"_s.arg(fault).arg(c.runs).arg(c.exitOk).arg(c.matched).arg(c.ms / 1000.0, 0, 'f', 1);
                runs += c.runs;
                ok += c.exitOk;
                matched += c.matched;
            }
            qInfo().noquote() << line;
        }
        qInfo().noquote() << u"fault matrix: %1 runs, %2 exit 0, %3 equal to the truth"_s.arg(runs).arg(ok).arg(matched);
        int extraRuns = 0, extraOk = 0, extraMatched = 0;
        for (const auto &cell : m_cells) {
            if (cell->purpose != u"matrix"_s) {
                extraRuns += cell->counts.runs;
                extraOk += cell->counts.exitOk;
                extraMatched += cell->counts.matched;
            }
        }
        qInfo().noquote() << u"defect cells: %1 runs, %2 exit 0, %3 equal to the truth"_s.arg(extraRuns).arg(extraOk).arg(extraMatched);
        for (const auto &cell : m_cells) {
            // A run still going (a cell that did not finish in time) must not report to a cell
            // being destroyed: QProcess's destructor waits for it and emits finished().
            if (cell->process) {
                cell->process->disconnect();
                cell->process->kill();
                cell->process->waitForFinished(5000);
            }
            cell->rig->simulation.stop();
        }
    }
};

QTEST_GUILESS_MAIN(TestPumpCtlFaults)
#include "tst_pumpctlfaults.moc"
