// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

/// 'pumpctl check' as scripts see it: the real executable, its exit code, stdout and stderr.
class TestPumpCtlCheck final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;  // no user model files from the machine running the tests

    Run pumpctl(const QStringList &arguments)
    {
        QProcess process;
#if !defined(__SANITIZE_ADDRESS__)
        // A reader that reads without bound must fail here, not take the machine's memory.
        process.setChildProcessModifier([] {
            const rlimit cap{4ULL << 30, 4ULL << 30};
            setrlimit(RLIMIT_AS, &cap);
        });
#endif
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"LANG"_s, u"C"_s);
        env.insert(u"LANGUAGE"_s, u"C"_s);
        process.setProcessEnvironment(env);
        // This build's pumpctl, or an older one named by PUMPCTL_UNDER_TEST (to show that a
        // defect's test fails on it).
        const QString other = qEnvironmentVariable("PUMPCTL_UNDER_TEST");
        process.start(other.isEmpty() ? QStringLiteral(PUMPCTL_EXECUTABLE) : other, arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void exitsZeroForAProfileWithinTheLimits()
    {
        const Run r = pumpctl({u"check"_s, QFINDTESTDATA("data/good.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Total: 13.72 mL (10.9 mL forward, 2.82 mL reverse) in 6 min 6 s"_s), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"error:"_s));
    }

    void exitsZeroWithWarningsOnly()
    {
        const Run r = pumpctl({u"check"_s, QFINDTESTDATA("data/good.json"), u"--model"_s, u"longer-bt100-2j"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"warning: Step 3.1 (dispense): rate 0.94 mL/min needs 1.175 rpm"_s), qPrintable(r.out));
        // A rounding within 1 % is a note, listed after the warnings (issue 16 item 5).
        QVERIFY2(r.out.contains(u"note: Step 2 (constant flow): rate 4.7 mL/min needs 5.875 rpm; the Longer BT100-2J sets "
                                "speed in steps of 0.1 rpm, so it will run at 5.9 rpm = 4.72 mL/min (+0.43 %)."_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"0 error(s), 3 warning(s)."_s), qPrintable(r.out));
    }

    void exitsFiveListingTheStepsOutOfRange()
    {
        const Run r = pumpctl({u"check"_s, QFINDTESTDATA("data/out-of-range.json"), u"--model"_s, u"reglo-icc"_s});
        QCOMPARE(r.exitCode, 5);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);  // two findings, totals, counts
        QCOMPARE(lines.at(0), u"error: Step 1 (dispense): rate 120 mL/min is above the Ismatec Reglo ICC's maximum of 30 mL/min "
                              "with 3-stop tubing 2.79 mm ID (100 rpm x 0.3 mL/rev)."_s);
        QVERIFY(lines.at(1).startsWith(u"error: Step 2 (constant flow): rate 1 uL/min (0.001 mL/min) is below"_s));
        QVERIFY(lines.at(2).startsWith(u"Total: "_s));
    }

    void theSetupOnTheCommandLineReplacesTheProfiles()
    {
        const Run r = pumpctl({u"check"_s, QFINDTESTDATA("data/good.json"), u"--tubing"_s, u"tube-3stop-0.25"_s});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.out.contains(u"maximum of 0.27 mL/min with 3-stop tubing 0.25 mm ID"_s), qPrintable(r.out));
    }

    void exitsFiveNamingTheLineOfAMalformedFile()
    {
        const QString file = QFINDTESTDATA("data/malformed.json");
        const Run r = pumpctl({u"check"_s, file, u"--model"_s, u"reglo-icc"_s});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(file + u":6:"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"not valid JSON"_s));
    }

    void exitsFiveNamingTheFieldOfBadContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "pumpstudio-profile", "version": 1, "name": "X", "model": "reglo-icc",
                      "steps": [{"kind": "constant-flow", "rate": {"value": 1, "unit": "L/min"}, "duration": {"value": 1, "unit": "s"}}]})");
        file.close();
        const Run r = pumpctl({u"check"_s, path});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(u"steps[0].rate.unit"_s), qPrintable(r.err));
    }

    void exitsFiveForAMissingFile()
    {
        const Run r = pumpctl({u"check"_s, m_home.filePath(u"nothing.json"_s)});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains(u"nothing.json"_s));
    }

    void refusesADeviceWithoutReadingItForever()
    {
        const Run r = pumpctl({u"check"_s, u"/dev/zero"_s});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(u"/dev/zero"_s), qPrintable(r.err));
    }

    void printsFindingsAsJson()
    {
        const Run r = pumpctl({u"check"_s, QFINDTESTDATA("data/out-of-range.json"), u"--json"_s});
        QCOMPARE(r.exitCode, 5);
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"ok"_s).toBool(true), false);
        QCOMPARE(o.value(u"exitCode"_s).toInt(), 5);
        const QJsonArray findings = o.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0)[u"severity"_s].toString(), u"error"_s);
        QCOMPARE(findings.at(0)[u"step"_s].toString(), u"1"_s);
        QVERIFY(findings.at(0)[u"message"_s].toString().contains(u"maximum of 30 mL/min"_s));
        QCOMPARE(o.value(u"totals"_s)[u"forwardMl"_s].toDouble(), 10.01);
    }

    void needsAProfileArgument()
    {
        const Run r = pumpctl({u"check"_s});
        QCOMPARE(r.exitCode, 2);
    }

    // Issue 12, defect 1: a duration or volume of 1e308 planned as "-106751991167300 d" and
    // passed; a plan beyond what a run may last or move is refused, and said in numbers.
    void refusesAPlanBeyondWhatARunMayLastOrMove_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1e308 s") << uR"({ "kind": "constant-flow", "direction": "forward", "rate": { "value": 1, "unit": "mL/min" },
                                      "duration": { "value": 1e308, "unit": "s" } })"_s
                                 << u"more than the 366 d a run may last"_s;
        QTest::newRow("2 years") << uR"({ "kind": "pause", "duration": { "value": 63072000, "unit": "s" } })"_s
                                 << u"more than the 366 d a run may last"_s;
        QTest::newRow("1e308 mL") << uR"({ "kind": "dispense", "direction": "forward", "volume": { "value": 1e308, "unit": "mL" },
                                       "rate": { "value": 1, "unit": "mL/min" } })"_s
                                  << u"a run may move"_s;
    }

    void refusesAPlanBeyondWhatARunMayLastOrMove()
    {
        QFETCH(QString, step);
        QFETCH(QString, expected);
        const QString path = m_home.filePath(u"huge.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(uR"({ "format": "pumpstudio-profile", "version": 1, "name": "huge", "model": "reglo-icc",
                     "head": "head-icc-cartridge", "tubing": "tube-3stop-2.79", "steps": [ %1 ] })"_s.arg(step).toUtf8());
        f.close();
        const Run r = pumpctl({u"check"_s, path});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out + r.err));
        QVERIFY2(!r.out.contains(u"-10675"_s), qPrintable(r.out));  // no wrapped-around day count
    }

    // Issue 12, item 13: range errors printed numbers like a volume of 1e300 with all 301
    // digits. Every number in what 'check' says stays readable, whichever field holds it.
    void saysHugeNumbersReadably_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("expected");
        const QString dispense = uR"({ "kind": "dispense", "direction": "forward", "volume": { "value": %1, "unit": "mL" },
                                       "rate": { "value": %2, "unit": "mL/min" } })"_s;
        const QString flow = uR"({ "kind": "constant-flow", "direction": "forward", "rate": { "value": %1, "unit": "mL/min" },
                                   "duration": { "value": %2, "unit": "s" } })"_s;
        QTest::newRow("volume 1e300") << dispense.arg(u"1e300"_s, u"1"_s) << u"e+300"_s;
        QTest::newRow("volume -1e300") << dispense.arg(u"-1e300"_s, u"1"_s) << u"-1e+300"_s;
        QTest::newRow("rate 1e300") << dispense.arg(u"1"_s, u"1e300"_s) << u"1e+300"_s;
        QTest::newRow("rate -1e300") << flow.arg(u"-1e300"_s, u"10"_s) << u"-1e+300"_s;
        QTest::newRow("duration 1e300") << flow.arg(u"1"_s, u"1e300"_s) << u"366 d"_s;
        QTest::newRow("duration -1e300") << flow.arg(u"1"_s, u"-1e300"_s) << u"-1e+300"_s;
        QTest::newRow("rate 1e-300") << flow.arg(u"1e-300"_s, u"10"_s) << u"rate 1e-300 mL/min"_s;
        // JSON has no infinity or NaN; numbers beyond a double are what a file can hold.
        QTest::newRow("volume 1e999") << dispense.arg(u"1e999"_s, u"1"_s) << QString();
        QTest::newRow("rate -1e999") << dispense.arg(u"1"_s, u"-1e999"_s) << QString();
    }

    void saysHugeNumbersReadably()
    {
        QFETCH(QString, step);
        QFETCH(QString, expected);
        const QString path = m_home.filePath(u"numbers.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(uR"({ "format": "pumpstudio-profile", "version": 1, "name": "numbers", "model": "reglo-icc",
                     "head": "head-icc-cartridge", "tubing": "tube-3stop-2.79", "steps": [ %1 ] })"_s.arg(step).toUtf8());
        f.close();
        for (const QStringList &arguments : {QStringList{u"check"_s, path}, QStringList{u"check"_s, u"--json"_s, path}}) {
            const Run r = pumpctl(arguments);
            QCOMPARE(r.exitCode, 5);
            const QString said = r.out + r.err;
            QVERIFY2(said.contains(expected), qPrintable(said));
            // No run of more than 20 digits anywhere (1e300 in full is 301).
            static const QRegularExpression longDigits(u"[0-9]{21,}"_s);
            QVERIFY2(!said.contains(longDigits), qPrintable(said));
        }
    }
};

QTEST_GUILESS_MAIN(TestPumpCtlCheck)
#include "tst_pumpctlcheck.moc"
