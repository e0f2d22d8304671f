// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// 'pumpctl run' as a technician uses it: the real pumpctl against the real pumpsim on a
// pseudo-terminal, both as separate processes. Progress lines, operator prompts on stdin,
// Ctrl-C (SIGINT) leaving the pump stopped, and a profile outside the limits refused.
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestPumpCtlRun final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sim;
    QString m_port;

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

    std::unique_ptr<QProcess> pumpctl(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(PUMPCTL_EXECUTABLE), arguments);
        return process;
    }

    QJsonObject status()
    {
        auto p = pumpctl({u"status"_s, u"--port"_s, m_port, u"--model"_s, u"reglo-icc"_s, u"--json"_s});
        if (!p->waitForFinished(15000) || p->exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(p->readAllStandardOutput().trimmed()).object();
    }

    QString writeProfile(const QString &name, const QString &steps)
    {
        const QString path = m_dir.filePath(name + u".json"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(uR"({ "format": "pumpstudio-profile", "version": 1, "name": "%1", "model": "reglo-icc",
                     "head": "head-icc-cartridge", "tubing": "tube-3stop-1.52", "steps": [ %2 ] })"_s
                    .arg(name, steps)
                    .toUtf8());
        return path;
    }

private Q_SLOTS:
    void init()
    {
        // A fresh simulated Reglo ICC for every test, at the path a USB adapter would have.
        m_port = m_dir.filePath(u"ttyUSB-%1"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_sim = std::make_unique<QProcess>();
        m_sim->setProcessEnvironment(environment());
        m_sim->start(QStringLiteral(PUMPSIM_EXECUTABLE), {u"--model"_s, u"reglo-icc"_s, u"--link"_s, m_port});
        QVERIFY(m_sim->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_port), 10000);
    }

    void cleanup()
    {
        m_sim->terminate();
        if (!m_sim->waitForFinished(5000))
            m_sim->kill();
    }

    void runsToTheEndWithProgressAndThePumpDeliversThePlan()
    {
        // 0.3 mL at 3 mL/min (6 s in the pump's volume mode), then 1.5 mL/min for 2 s.
        const QString profile = writeProfile(u"dose"_s, uR"(
            { "kind": "dispense", "direction": "forward", "volume": { "value": 0.3, "unit": "mL" },
              "rate": { "value": 3, "unit": "mL/min" } },
            { "kind": "constant-flow", "direction": "forward", "rate": { "value": 1.5, "unit": "mL/min" },
              "duration": { "value": 2, "unit": "s" } })"_s);
        auto run = pumpctl({u"run"_s, profile, u"--port"_s, m_port});
        QVERIFY(run->waitForFinished(40000));
        const QString out = QString::fromUtf8(run->readAllStandardOutput());
        const QString err = QString::fromUtf8(run->readAllStandardError());
        QCOMPARE(run->exitCode(), 0);
        QVERIFY2(out.contains(u"step 1/2 (1 dispense)"_s), qPrintable(out));
        QVERIFY2(out.contains(u"step 2/2 (2 constant flow)"_s), qPrintable(out));
        QVERIFY2(out.contains(u"of 0.350 mL"_s), qPrintable(out));  // planned: 0.3 + 0.05
        QVERIFY2(err.contains(u"Profile completed."_s), qPrintable(err));
        const QJsonObject s = status();
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.value(u"running"_s).toBool(true), false);
        // The pump's own counter (4 significant digits): the dispense exactly, the timed
        // 2 s within 0.1 s of flow.
        const double moved = s.value(u"dispensedMl"_s).toDouble();
        QVERIFY2(std::abs(moved - 0.35) <= 0.0026, qPrintable(QString::number(moved)));
    }

    void operatorStepWaitsForEnterOnStdin()
    {
        const QString profile = writeProfile(u"vial"_s, uR"(
            { "kind": "wait-for-operator", "message": "Swap the vial" },
            { "kind": "constant-flow", "direction": "forward", "rate": { "value": 2, "unit": "mL/min" },
              "duration": { "value": 1, "unit": "s" } })"_s);
        auto run = pumpctl({u"run"_s, profile, u"--port"_s, m_port});
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(run->readAllStandardError())).contains(u"Operator: Swap the vial"_s), 15000);
        QTest::qWait(1500);  // the operator takes a while: the pump must not run meanwhile
        run->write("\n");
        QVERIFY(run->waitForFinished(20000));
        err += QString::fromUtf8(run->readAllStandardError());
        QCOMPARE(run->exitCode(), 0);
        QVERIFY2(err.contains(u"Profile completed."_s), qPrintable(err));
        // Only the 1 s step moved liquid (2 mL/min, its time to the pump's 0.1 s): nothing ran
        // during the wait. (The port is pumpctl's while it runs; the pump is asked afterwards.)
        const double moved = status().value(u"dispensedMl"_s).toDouble(-1);
        QVERIFY2(std::abs(moved - 2.0 / 60.0) <= 0.002, qPrintable(QString::number(moved)));
    }

    void ctrlCAbortsTheRunAndLeavesThePumpStopped()
    {
        const QString profile = writeProfile(u"long"_s, uR"(
            { "kind": "constant-flow", "direction": "forward", "rate": { "value": 2, "unit": "mL/min" },
              "duration": { "value": 10, "unit": "min" } })"_s);
        auto run = pumpctl({u"run"_s, profile, u"--port"_s, m_port, u"--json"_s});
        // Progress comes as JSON lines; wait until the pump has delivered something.
        QByteArray out;
        const auto delivering = [&] {
            out += run->readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                if (o.value(u"command"_s).toString() == u"run"_s && o.value(u"deliveredMl"_s).toDouble() > 0.005)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(delivering(), 20000);
        QVERIFY(::kill(pid_t(run->processId()), SIGINT) == 0);
        QVERIFY(run->waitForFinished(15000));
        const QString err = QString::fromUtf8(run->readAllStandardError());
        QCOMPARE(run->exitStatus(), QProcess::NormalExit);
        QCOMPARE(run->exitCode(), 130);
        QVERIFY2(err.contains(u"Interrupted: aborting the profile and stopping the pump."_s), qPrintable(err));
        QVERIFY2(err.contains(u"Aborted; the pump is stopped."_s), qPrintable(err));
        const QJsonObject after = status();
        QVERIFY(!after.isEmpty());
        QCOMPARE(after.value(u"running"_s).toBool(true), false);
        QVERIFY(after.value(u"dispensedMl"_s).toDouble() > 0);  // it had been pumping
    }

    void aDifferentPumpAtTheSamePathIsRefusedAndSentNothing()
    {
        const QString profile = writeProfile(u"long"_s, uR"(
            { "kind": "constant-flow", "direction": "forward", "rate": { "value": 2, "unit": "mL/min" },
              "duration": { "value": 10, "unit": "min" } })"_s);
        auto run = pumpctl({u"run"_s, profile, u"--port"_s, m_port});
        QString err;
        QString out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += QString::fromUtf8(run->readAllStandardOutput())).contains(u"step 1/1"_s),
                                  qPrintable(out + QString::fromUtf8(run->readAllStandardError())), 20000);
        // The adapter goes away with its pump; another Reglo ICC (other firmware) appears at the
        // same path, as when someone swaps pumps on a bench.
        m_sim->terminate();
        QVERIFY(m_sim->waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(run->readAllStandardError())).contains(u"Link lost"_s), 10000);
        QProcess other;
        other.setProcessEnvironment(environment());
        other.start(QStringLiteral(PUMPSIM_EXECUTABLE),
                    {u"--model"_s, u"reglo-icc"_s, u"--firmware"_s, u"0301 401"_s, u"--link"_s, m_port, u"--log-level"_s, u"trace"_s});
        QVERIFY(other.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(run->readAllStandardError())).contains(u"A different pump answered"_s), 20000);
        QVERIFY2(err.contains(u"0301 401"_s), qPrintable(err));  // the reason names what was found
        QTest::qWait(2500);  // pumpctl keeps asking who it is, and only that
        // No operator: stdin closes, the run is aborted, and still nothing reaches the stranger.
        run->closeWriteChannel();
        QVERIFY(run->waitForFinished(15000));
        QCOMPARE(run->exitCode(), 130);
        other.terminate();
        QVERIFY(other.waitForFinished(5000));
        // What the other pump received, from its own trace: identity queries, nothing else.
        const QString trace = QString::fromUtf8(other.readAllStandardError());
        int received = 0;
        for (const QString &line : trace.split(u'\n')) {
            const qsizetype rx = line.indexOf(u" rx "_s);
            if (rx < 0)
                continue;
            ++received;
            QCOMPARE(line.mid(rx + 4).trimmed(), u"31 23 0d"_s);  // "1#\r", the identity query
        }
        QVERIFY2(received >= 2, qPrintable(trace));
    }

    void profileOutsideTheLimitsIsRefusedBeforeAnythingIsSent()
    {
        // 50 mL/min needs over 500 rpm with this tubing: the check refuses, exit 5.
        const QString profile = writeProfile(u"fast"_s, uR"(
            { "kind": "constant-flow", "direction": "forward", "rate": { "value": 50, "unit": "mL/min" },
              "duration": { "value": 5, "unit": "s" } })"_s);
        auto run = pumpctl({u"run"_s, profile, u"--port"_s, m_port, u"--trace"_s});
        QVERIFY(run->waitForFinished(15000));
        const QString all = QString::fromUtf8(run->readAllStandardOutput() + run->readAllStandardError());
        QCOMPARE(run->exitCode(), 5);
        QVERIFY2(all.contains(u"Step 1 (constant flow)"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"> "_s), qPrintable(all));  // --trace shows nothing was written
        const QJsonObject after = status();
        QCOMPARE(after.value(u"running"_s).toBool(true), false);
        QCOMPARE(after.value(u"dispensedMl"_s).toDouble(-1), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestPumpCtlRun)
#include "tst_pumpctlrun.moc"
