// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// pumpctl's contract with scripts (issue 12, items 10 and 15): the real executable against
// pumps simulated in this process on pseudo-terminals, so what pumpctl says can be held
// against what the pump did. A fresh Masterflex drive takes commands at once; a negative
// number is a value; monitor lengths and baud rates are numbers the program can count with;
// a signal ends a command promptly; one data folder for all programs; a run without an
// operator aborts safely after a lost link; a monitor waits across an unplug and marks the gap.
#include "sim/simbus.h"
#include "sim/simpump.h"
#include "support/simpumprig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
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

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

/// One simulated pump on a terminal of its own, in this process (the shared rig).
struct SimLine
{
    Test::SimPumpRig rig;
    QString port;
    Sim::SimPump *pump() const { return rig.pump; }
};

} // namespace

class TestPumpCtlContract final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment environment(const QStringList &extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"LANG"_s, u"C"_s);
        env.insert(u"LANGUAGE"_s, u"C"_s);
        env.remove(u"PUMPSTUDIO_DATA_DIR"_s);
        for (const QString &pair : extra)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        return env;
    }

    std::unique_ptr<SimLine> simulate(const QString &model, const QString &faults = {})
    {
        auto line = std::make_unique<SimLine>();
        QStringList args{u"--model"_s, model};
        if (!faults.isEmpty())
            args << u"--faults"_s << faults;
        if (!line->rig.openLine(args))
            return nullptr;
        line->port = line->rig.path();
        if (!QTest::qWaitFor([&] { return QFileInfo::exists(line->port); }, 10000))
            return nullptr;
        return line;
    }

    std::unique_ptr<QProcess> start(const QStringList &arguments, const QStringList &env = {})
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment(env));
        process->start(pumpctlExecutable(), arguments);
        return process;
    }

    /// Runs pumpctl to its end while the simulations here go on.
    Run pumpctl(const QStringList &arguments, const QStringList &env = {}, int timeoutMs = 60000)
    {
        QElapsedTimer clock;
        clock.start();
        auto process = start(arguments, env);
        if (!QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, timeoutMs))
            return {};
        return {process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
                QString::fromUtf8(process->readAllStandardOutput()), QString::fromUtf8(process->readAllStandardError()),
                clock.elapsed()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    // Item 10: a fresh Masterflex L/S legacy drive answered status, speed and start with exit 3
    // until 'info' had run once; pumpctl now does the handshake the drive needs first.
    void freshMasterflexDriveTakesEachCommandAtOnce_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("status") << QStringList{u"--json"_s, u"status"_s};
        QTest::newRow("speed") << QStringList{u"speed"_s, u"50"_s};
        QTest::newRow("start") << QStringList{u"start"_s};
    }

    void freshMasterflexDriveTakesEachCommandAtOnce()
    {
        QFETCH(QStringList, command);
        auto line = simulate(u"masterflex-ls-legacy"_s);
        QVERIFY(line);
        const Run r = pumpctl(QStringList{u"--port"_s, line->port, u"--model"_s, u"masterflex-ls-legacy"_s} + command);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        if (command.contains(u"speed"_s))
            QCOMPARE(line->pump()->targetRpm(), 50.0);
        if (command.contains(u"start"_s))
            QVERIFY(line->pump()->running());
        if (command.contains(u"status"_s))
            QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"running"_s).toBool(true), false);
    }

    // Item 10, the other half: a drive keeps its number, and a numbered drive does not answer
    // the enquiry. Every command after the first (which numbered it) ended with exit 3.
    void numberedMasterflexDriveTakesTheNextCommandsToo()
    {
        auto line = simulate(u"masterflex-ls-legacy"_s);
        QVERIFY(line);
        const QStringList port{u"--port"_s, line->port, u"--model"_s, u"masterflex-ls-legacy"_s};
        Run r = pumpctl(port + QStringList{u"speed"_s, u"50"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = pumpctl(port + QStringList{u"start"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(line->pump()->running());
        r = pumpctl(port + QStringList{u"--json"_s, u"status"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"running"_s).toBool(false), true);
        r = pumpctl(port + QStringList{u"stop"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!line->pump()->running());
    }

    // Item 10: "speed -5" said "Unknown option '5'" (exit 2); a negative number is a value,
    // refused with the model's range (exit 4) and nothing sent.
    void negativeNumberIsAValueRefusedWithTheRange()
    {
        auto line = simulate(u"leadfluid-bt100s"_s);
        QVERIFY(line);
        const double before = line->pump()->targetRpm();
        const Run r = pumpctl({u"--port"_s, line->port, u"--model"_s, u"leadfluid-bt100s"_s, u"speed"_s, u"-5"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"-5"_s) && r.err.contains(u"rpm"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"Unknown option"_s), qPrintable(r.err));
        QCOMPARE(line->pump()->targetRpm(), before);
    }

    // Item 10: "monitor --seconds inf|nan|1e300" exited 0 at once (a double cast to an integer
    // out of range); such lengths are refused as usage errors, naming the limit.
    void monitorLengthMustBeOneTheClockCanCount_data()
    {
        QTest::addColumn<QString>("seconds");
        for (const char *s : {"inf", "nan", "1e300", "-1", "0"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void monitorLengthMustBeOneTheClockCanCount()
    {
        QFETCH(QString, seconds);
        const Run r = pumpctl({u"--port"_s, u"/dev/null"_s, u"--model"_s, u"reglo-icc"_s, u"monitor"_s, u"--seconds"_s, seconds});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--seconds"_s), qPrintable(r.err));
    }

    // Item 10: "--baud 1 status" took 117 s; a baud rate outside what serial lines have is a
    // usage error, and derived timeouts are bounded.
    void baudRateOutsideWhatLinesHaveIsRefused()
    {
        const Run r = pumpctl({u"--port"_s, u"/dev/null"_s, u"--model"_s, u"reglo-icc"_s, u"--baud"_s, u"1"_s, u"status"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--baud must be from 50"_s), qPrintable(r.err));
    }

    // Item 10: SIGTERM was held up by a slow line; a command that started nothing ends at once.
    void terminationEndsACommandPromptly()
    {
        auto line = simulate(u"leadfluid-bt100s"_s, u"silent"_s);
        QVERIFY(line);
        // 300 baud: each attempt of the identity read waits about 3 s for nothing.
        auto process = start({u"--port"_s, line->port, u"--model"_s, u"leadfluid-bt100s"_s, u"--baud"_s, u"300"_s, u"--trace"_s,
                              u"status"_s});
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(process->readAllStandardError())).contains(u"> "_s), 10000);
        ::kill(static_cast<pid_t>(process->processId()), SIGTERM);
        // The identity read alone still has attempts of 3 s, 6 s and 12 s to go: pumpctl that
        // waited for them (or sent anything more) would not be done within this bound.
        QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 5000);
        QCOMPARE(process->exitCode(), 130);
        err += QString::fromUtf8(process->readAllStandardError());
        QCOMPARE(err.count(u"> "_s), 1);  // the one request before the signal, nothing after it
    }

    // Item 10: SIGTERM while 'start' was on the wire of a slow line waited for the request and
    // all its retries (seconds each at 300 baud), kept sending start after the signal, and then
    // left without the stop: the pump ran on. Now the request on the wire is abandoned and stop
    // goes next. Held against the simulated pump's truth and the order on the wire, not a clock.
    void terminationDuringStartStopsThePumpWithoutWaitingForTheStart()
    {
        SimLine line;
        QVERIFY(line.rig.openLine({u"--model"_s, u"leadfluid-bt100s"_s, u"--baud"_s, u"300"_s}));
        line.port = line.rig.path();
        QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(line.port); }, 10000));
        // The pump takes start but its answers to start are lost on the line: start stays in
        // flight (with its retries) for as long as pumpctl waits for it. Every other request
        // (identity, stop, read-backs) is answered.
        const QByteArray startFrame = QByteArray::fromHex("01060c1e0001");
        const QByteArray stopFrame = QByteArray::fromHex("01060c1e0000");
        QByteArray wire;
        QStringList order;  // what the pump received, and when the signal went
        std::unique_ptr<QProcess> process;
        QElapsedTimer signalled;
        const auto watching = connect(line.rig.bus, &Sim::SimBus::received, this, [&](const QByteArray &bytes) {
            wire += bytes;
            // Modbus RTU requests here are 8 bytes: the frame ends with this byte once the
            // last 8 start with a request's 6 (the responder answers right after this signal).
            if (wire.size() < 8)
                return;
            const QByteArray last = wire.right(8);
            if (last.startsWith(startFrame)) {
                wire.clear();
                order << u"start"_s;
                line.rig.bus->setDropProbability(1.0);
                if (order.count(u"start"_s) == 1 && process) {
                    ::kill(static_cast<pid_t>(process->processId()), SIGTERM);
                    signalled.start();
                    order << u"SIGTERM"_s;
                }
            } else if (last.startsWith(stopFrame)) {
                wire.clear();
                order << u"stop"_s;
                line.rig.bus->setDropProbability(0.0);
            } else if (last.at(0) == '\x01' && (last.at(1) == '\x03' || last.at(1) == '\x04' || last.at(1) == '\x06')) {
                wire.clear();
                line.rig.bus->setDropProbability(0.0);
            }
        });
        const auto stopWatching = qScopeGuard([&watching] { QObject::disconnect(watching); });
        process = start({u"--port"_s, line.port, u"--model"_s, u"leadfluid-bt100s"_s, u"--baud"_s, u"300"_s, u"start"_s});
        // Bounded only so that a hung pumpctl fails the test instead of stalling it.
        QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 60000);
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(order.contains(u"SIGTERM"_s), qPrintable(order.join(u' ')));
        qInfo("from SIGTERM to the end of pumpctl: %lld ms; the pump received: %s", signalled.elapsed(),
              qPrintable(order.join(u", "_s)));
        // The pump it started is stopped, and pumpctl says it was interrupted.
        QVERIFY2(!line.pump()->running(), qPrintable(order.join(u' ') + u"\n"_s + err));
        QCOMPARE(process->exitCode(), 130);
        QVERIFY2(err.contains(u"Interrupted: stopping the pump."_s), qPrintable(err));
        // The start went out once: nothing of it after the signal, and then the stop.
        QCOMPARE(order.count(u"start"_s), 1);
        QCOMPARE(order.mid(order.indexOf(u"SIGTERM"_s) + 1).value(0), u"stop"_s);
    }

    // Item 10: pumpctl read user models from its own folder, not the GUI's; all programs use
    // the GUI's, and --data-dir or PUMPSTUDIO_DATA_DIR replace it.
    void readsUserModelsFromTheOneDataFolder()
    {
        QFile bundled(u":/models/leadfluid-bt100s.json"_s);
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        const QByteArray model = bundled.readAll().replace("\"leadfluid-bt100s\"", "\"my-lab-pump\"");
        const auto place = [&](const QString &folder) {
            QDir().mkpath(folder + u"/models"_s);
            QFile f(folder + u"/models/my-lab-pump.json"_s);
            return f.open(QIODevice::WriteOnly) && f.write(model) == model.size();
        };
        const QString gui = m_dir.filePath(u"data/PumpStudio/PumpStudio"_s);
        const QString other = m_dir.filePath(u"elsewhere"_s);
        QVERIFY(place(gui));
        QVERIFY(place(other));
        QVERIFY2(pumpctl({u"models"_s}).out.contains(u"my-lab-pump"_s), "the GUI's data folder");
        QFile::remove(gui + u"/models/my-lab-pump.json"_s);
        QVERIFY(!pumpctl({u"models"_s}).out.contains(u"my-lab-pump"_s));
        QVERIFY2(pumpctl({u"models"_s, u"--data-dir"_s, other}).out.contains(u"my-lab-pump"_s), "--data-dir");
        QVERIFY2(pumpctl({u"models"_s}, {u"PUMPSTUDIO_DATA_DIR="_s + other}).out.contains(u"my-lab-pump"_s), "PUMPSTUDIO_DATA_DIR");
    }

    // Item 10: 'run' with stdin at its end waited forever after a lost link; with nobody to
    // answer, the run is aborted with the pump stopped, and pumpctl says why.
    void runWithoutAnOperatorAbortsSafelyAfterALostLink()
    {
        auto line = simulate(u"reglo-icc"_s, u"unplug@2s:1s"_s);
        QVERIFY(line);
        const QString profile = m_dir.filePath(u"long.json"_s);
        QFile f(profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({ "format": "pumpstudio-profile", "version": 1, "name": "long", "model": "reglo-icc",
                     "head": "head-icc-cartridge", "tubing": "tube-3stop-1.52", "steps": [
                     { "kind": "constant-flow", "direction": "forward", "rate": { "value": 1, "unit": "mL/min" },
                       "duration": { "value": 60, "unit": "s" } } ] })");
        f.close();
        auto process = start({u"run"_s, profile, u"--port"_s, line->port});
        process->closeWriteChannel();  // stdin at its end from the start
        QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 30000);
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(process->exitCode() != 0, qPrintable(err));
        QVERIFY2(err.contains(u"standard input is closed"_s), qPrintable(err));
        QVERIFY(!line->pump()->running());
    }

    // Item 15: a monitor gave up on the first unplug (exit 3 at 2.4 s of a 10 s monitor). It
    // waits for the same pump, marks the gap in its CSV, and ends when --seconds says.
    void monitorWaitsAcrossAnUnplugAndMarksTheGap()
    {
        auto line = simulate(u"reglo-icc"_s, u"unplug@3s:2s"_s);
        QVERIFY(line);
        const QString csv = m_dir.filePath(u"monitor.csv"_s);
        const Run r = pumpctl({u"--port"_s, line->port, u"--model"_s, u"reglo-icc"_s, u"monitor"_s, u"--seconds"_s, u"10"_s,
                               u"--interval-ms"_s, u"250"_s, u"--csv"_s, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.ms >= 9500, qPrintable(u"ended after %1 ms"_s.arg(r.ms)));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(rows.size() > 5);
        QVERIFY(rows.front().endsWith(u",link"_s));
        const auto at = [&](const QString &mark) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (rows[i].endsWith(u","_s + mark))
                    return i;
            }
            return qsizetype(-1);
        };
        const qsizetype lost = at(u"lost"_s);
        const qsizetype resumed = at(u"resumed"_s);
        QVERIFY2(lost > 1 && resumed > lost, qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.size() > resumed + 3 && rows.back().endsWith(u",ok"_s), qPrintable(rows.join(u'\n')));
        QVERIFY2(r.err.contains(u"The pump is back"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPumpCtlContract)
#include "tst_pumpctlcontract.moc"
