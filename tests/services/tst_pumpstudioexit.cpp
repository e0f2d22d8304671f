// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The real pumpstudio process, ended by SIGTERM (as a session logout or systemd ends it) while
// a profile runs on its demo's simulated Reglo ICC: it must stop the pump it started, finish the
// run record and say so in its log, then exit 0.
#include "records/runcatalog.h"
#include "records/runrecordreader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

class TestPumpStudioExit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigtermStopsThePumpItStartedAndFinishesTheRecord()
    {
        QTemporaryDir dir;
        const QString profilePath = dir.filePath(u"long.json"_s);
        {
            QFile f(profilePath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({ "format": "pumpstudio-profile", "version": 1, "name": "long dose", "model": "reglo-icc",
                         "head": "head-icc-cartridge", "tubing": "tube-3stop-1.52",
                         "steps": [ { "kind": "constant-flow", "direction": "forward", "rate": { "value": 1, "unit": "mL/min" },
                                      "duration": { "value": 10, "unit": "min" } } ] })");
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"HOME"_s, dir.path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LANG"_s, u"C"_s);
        env.insert(u"LANGUAGE"_s, u"C"_s);
        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(PUMPSTUDIO_EXECUTABLE), {u"--demo"_s, u"--demo-profile"_s, profilePath, u"--log-level"_s, u"info"_s});
        QVERIFY(app.waitForStarted());
        QByteArray output;
        const auto said = [&](const QByteArray &text) {
            output += app.readAll();
            return output.contains(text);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(said("demo: running profile \"long dose\""), output.constData(), 30000);
        // The profile runs: its record is being written.
        const QString records = dir.filePath(u"data/PumpStudio/PumpStudio/records"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(records).entryList({u"*.psrun"_s}, QDir::Files).isEmpty(), 15000);
        QTest::qWait(1500);  // some pumping

        QVERIFY(::kill(pid_t(app.processId()), SIGTERM) == 0);
        QVERIFY(app.waitForFinished(15000));
        output += app.readAll();
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, output.constData());
        // The session log names the pumps it stopped.
        QVERIFY2(output.contains("on exit, Demo Ismatec Reglo ICC was stopped"), output.constData());

        // The record is finished and readable, and ends with the profile aborted and the stop.
        const QStringList files = QDir(records).entryList({u"*.psrun"_s}, QDir::Files, QDir::Time);
        QVERIFY(!files.isEmpty());
        Records::RunRecordReader reader;
        const auto opened = reader.open(QDir(records).filePath(files.constFirst()));
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(reader.runInfo().endReason, Records::EndReason::Completed);
        const auto events = reader.events();
        QVERIFY(events.ok());
        bool started = false, aborted = false, stopped = false;
        for (const Records::RunEvent &e : *events) {
            started = started || (e.kind == u"profile-start"_s && e.text.contains(u"long dose"_s));
            aborted = aborted || (e.kind == u"profile-end"_s && e.text.contains(u"Aborted"_s));
            stopped = stopped || (e.kind == u"end"_s && e.text.contains(u"Demo Ismatec Reglo ICC was stopped"_s));
        }
        QVERIFY(started);
        QVERIFY(aborted);
        QVERIFY(stopped);
    }
};

QTEST_GUILESS_MAIN(TestPumpStudioExit)
#include "tst_pumpstudioexit.moc"
