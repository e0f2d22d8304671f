// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// pumpctl calibrate end to end: the real pumpctl against a real pumpsim whose Reglo ICC has a
// true mL/rev of its own (--ml-per-rev) and whose MT-SICS balance weighs what it delivers, with
// noise, each on a pseudo-terminal. The calibration finds the truth, the as-found error is the
// nominal figure's, the verdict decides the exit code, the history lists it, the audit trail
// seals it, and the next calibration finds the stored figure in use.
#include "calibration/calibrationstore.h"
#include "device/pumptypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr double kNominal = 0.094;  // reglo-icc's default tubing (tube-3stop-1.52)
}

class TestPumpCtlCalibrate final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;
    std::unique_ptr<QProcess> m_sim;
    QString m_pump;
    QString m_balance;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PUMPSTUDIO_DATA_DIR"_s, m_data);
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"LANG"_s, u"C"_s);
        env.insert(u"LANGUAGE"_s, u"C"_s);
        return env;
    }

    bool startSim(double truth, const QString &balance = u"mt-sics"_s)
    {
        return startSimWith({u"--model"_s, u"reglo-icc"_s, u"--ml-per-rev"_s, QString::number(truth)}, balance);
    }

    bool startSimWith(const QStringList &pumpArgs, const QString &balance = u"mt-sics"_s)
    {
        stopSim();
        static int n = 0;
        m_pump = m_dir.filePath(u"pump-%1"_s.arg(++n));
        m_balance = m_dir.filePath(u"balance-%1"_s.arg(n));
        m_sim = std::make_unique<QProcess>();
        m_sim->setProcessEnvironment(environment());
        m_sim->start(QStringLiteral(PUMPSIM_EXECUTABLE),
                     pumpArgs + QStringList{u"--link"_s, m_pump, u"--balance"_s, balance, u"--balance-link"_s, m_balance, u"--speedup"_s, u"25"_s});
        if (!m_sim->waitForStarted())
            return false;
        return QTest::qWaitFor([&] { return QFileInfo::exists(m_balance) && QFileInfo::exists(m_pump); }, 10000);
    }

    void stopSim()
    {
        if (m_sim) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
            m_sim.reset();
        }
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object(); }
    };

    Run pumpctl(const QStringList &arguments)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(PUMPCTL_EXECUTABLE), arguments);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QStringList calibrate(const QStringList &extra, const QString &balanceModel = u"mt-sics"_s) const
    {
        return QStringList{u"--port"_s, m_pump, u"--model"_s, u"reglo-icc"_s, u"calibrate"_s, u"--balance-port"_s, m_balance,
                           u"--balance-model"_s, balanceModel, u"--json"_s}
               + extra;
    }

private Q_SLOTS:
    void init()
    {
        m_data = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QDir().mkpath(m_data);
    }

    void cleanup() { stopSim(); }

    // True 0.1 mL/rev against the nominal 0.094: found within 0.5 % at each speed, as found
    // -6 %, out of the 2 % tolerance (exit 7); stored, listed, sealed. Calibrated again, the
    // stored figure is what is found in use: within tolerance (exit 0).
    void findsTheTrueFigureAndSaysItWasOutOfTolerance()
    {
        const double truth = 0.1;
        QVERIFY(startSim(truth));
        Run r = pumpctl(calibrate({u"--rpm"_s, u"20,60"_s, u"--seconds"_s, u"10"_s, u"--replicates"_s, u"3"_s}));
        QVERIFY2(r.exitCode == 7, r.err.constData());
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"command"_s).toString(), u"calibrate"_s);
        QCOMPARE(o.value(u"verdict"_s).toString(), u"fail"_s);
        QCOMPARE(o.value(u"mlPerRevAsFound"_s).toDouble(), kNominal);
        const QJsonArray points = o.value(u"points"_s).toArray();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).toObject().value(u"rpm"_s).toDouble(), 20.0);
        QCOMPARE(points.at(1).toObject().value(u"rpm"_s).toDouble(), 60.0);
        for (const QJsonValue &v : points) {
            const QJsonObject p = v.toObject();
            const double found = p.value(u"mlPerRev"_s).toDouble();
            QVERIFY2(std::abs(found / truth - 1) < 0.005, qPrintable(QString::number(found, 'g', 8)));
            QVERIFY(p.contains(u"cvPct"_s));
            QVERIFY(p.value(u"cvPct"_s).toDouble() < 0.5);
            QVERIFY2(std::abs(p.value(u"asFoundErrorPct"_s).toDouble() - (kNominal / truth - 1) * 100) < 0.5,
                     qPrintable(QString::number(p.value(u"asFoundErrorPct"_s).toDouble())));
            QCOMPARE(p.value(u"replicates"_s).toArray().size(), 3);
        }
        const QString certificate = o.value(u"certificate"_s).toString();
        QVERIFY2(certificate.startsWith(u"PSC-"_s), qPrintable(certificate));
        const QString hash = o.value(u"contentHash"_s).toString();
        QCOMPARE(hash.size(), 64);

        // The history lists it, intact.
        Run list = pumpctl({u"calibrations"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject entry = list.json();
        QCOMPARE(entry.value(u"certificate"_s).toString(), certificate);
        QCOMPARE(entry.value(u"contentHash"_s).toString(), hash);
        QCOMPARE(entry.value(u"intact"_s).toBool(), true);
        QCOMPARE(entry.value(u"asFound"_s).toString(), u"fail"_s);
        // The audit trail holds the command and the seal, and is intact.
        Run trail = pumpctl({u"audit"_s, u"show"_s, u"--json"_s});
        QCOMPARE(trail.exitCode, 0);
        QVERIFY2(trail.out.contains(certificate.toUtf8()) && trail.out.contains(hash.toUtf8()), trail.out.constData());
        QCOMPARE(pumpctl({u"audit"_s, u"verify"_s}).exitCode, 0);

        // Again on the same pump: the figure in use is now the calibrated one.
        r = pumpctl(calibrate({u"--rpm"_s, u"40"_s, u"--seconds"_s, u"10"_s, u"--replicates"_s, u"2"_s}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        o = r.json();
        QCOMPARE(o.value(u"verdict"_s).toString(), u"pass"_s);
        // 40 rpm lies between the stored points: the curve's value there, about the truth.
        QVERIFY2(std::abs(o.value(u"mlPerRevAsFound"_s).toDouble() / truth - 1) < 0.005, r.out.constData());
        list = pumpctl({u"calibrations"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count('\n'), 2);
    }

    // Sartorius SBI (1 mg) and the pump's revolutions instead of seconds; a 10 % tolerance
    // takes the nominal figure as good (exit 0). Text output names the certificate.
    void sartoriusAndRevolutionsWithinAWideTolerance()
    {
        QVERIFY(startSim(0.1, u"sartorius-sbi"_s));
        QStringList args = calibrate({u"--rpm"_s, u"60"_s, u"--revolutions"_s, u"20"_s, u"--replicates"_s, u"2"_s, u"--tolerance"_s,
                                      u"10"_s, u"--temperature"_s, u"25"_s},
                                     u"sartorius-sbi"_s);
        args.removeAll(u"--json"_s);
        const Run r = pumpctl(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Certificate PSC-"), r.out.constData());
        QVERIFY2(r.out.contains("60.00 rpm: 0.1"), r.out.constData());
    }

    // --write-to-pump: the Reglo ICC keeps the new figure itself (its roller step volume),
    // written and read back; the output says which was done.
    void writesTheFigureIntoTheReglo()
    {
        QVERIFY(startSim(0.1));
        const Run r = pumpctl(calibrate({u"--rpm"_s, u"50"_s, u"--seconds"_s, u"6"_s, u"--replicates"_s, u"2"_s, u"--write-to-pump"_s}));
        QVERIFY2(r.exitCode == 7, r.err.constData());
        const QJsonObject pump = r.json().value(u"pumpCalibration"_s).toObject();
        QCOMPARE(pump.value(u"done"_s).toString(), u"written and read back"_s);
        const double written = pump.value(u"mlPerRev"_s).toDouble();
        QVERIFY2(std::abs(written / 0.1 - 1) < 0.005, r.out.constData());
        QVERIFY2(std::abs(pump.value(u"readBack"_s).toDouble() / written - 1) < 1e-3, r.out.constData());
        const Run trail = pumpctl({u"audit"_s, u"show"_s, u"--json"_s});
        QVERIFY(trail.out.contains("written into the pump"));
    }

    // A syringe check on a simulated NE-1000 whose 10 mL syringe (nominal 14.5 mm) is really
    // 14.6 mm: the bore is found, stored; from then on pumpctl sets it in the pump for that
    // syringe, and a second check finds the pump set to it and counting true.
    void syringeCheckFindsTheBoreAndPumpctlSetsItInThePump()
    {
        QVERIFY(startSimWith({u"--model"_s, u"ne-1000"_s, u"--syringe-id"_s, u"14.6"_s}));
        const QStringList check{u"--port"_s, m_pump, u"--model"_s, u"ne-1000"_s, u"calibrate"_s, u"--balance-port"_s, m_balance,
                                u"--balance-model"_s, u"mt-sics"_s, u"--json"_s, u"--volume"_s, u"1"_s, u"--rate"_s, u"10"_s,
                                u"--replicates"_s, u"2"_s};
        Run r = pumpctl(check);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject syringe = r.json().value(u"syringe"_s).toObject();
        QCOMPARE(syringe.value(u"id"_s).toString(), u"syringe-10ml"_s);
        QCOMPARE(syringe.value(u"setMm"_s).toDouble(), 14.5);
        QVERIFY2(std::abs(syringe.value(u"diameterMm"_s).toDouble() - 14.6) < 0.01, r.out.constData());
        QVERIFY2(std::abs(syringe.value(u"errorPct"_s).toDouble() - ((14.5 / 14.6) * (14.5 / 14.6) - 1) * 100) < 0.1, r.out.constData());
        QCOMPARE(r.json().value(u"metering"_s).toString(), u"pump-volume"_s);

        // Any command naming the syringe sets the bore found in the pump first.
        const Run status = pumpctl({u"--port"_s, m_pump, u"--model"_s, u"ne-1000"_s, u"--syringe"_s, u"syringe-10ml"_s, u"--trace"_s, u"status"_s});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QVERIFY2(status.err.contains("DIA14.6\\r|"), status.err.constData());

        r = pumpctl(check);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        syringe = r.json().value(u"syringe"_s).toObject();
        QCOMPARE(syringe.value(u"setMm"_s).toDouble(), 14.6);
        QVERIFY2(std::abs(syringe.value(u"errorPct"_s).toDouble()) < 0.1, r.out.constData());
    }

    // pumpctl run on a pump whose calibration (for the head and tubing of the run) is overdue:
    // the pre-run check warns, naming the pump and the due date, and the run goes on.
    void runWarnsWhenThePumpsCalibrationIsOverdue()
    {
        QVERIFY(startSim(0.1));
        const Run info = pumpctl({u"--port"_s, m_pump, u"--model"_s, u"reglo-icc"_s, u"info"_s, u"--json"_s});
        QVERIFY2(info.exitCode == 0, info.err.constData());
        const QJsonObject o = info.json();
        PumpStudio::Device::PumpIdentity identity;
        identity.model = o.value(u"model"_s).toString();
        identity.firmware = o.value(u"firmware"_s).toString();
        identity.serialNumber = o.value(u"serialNumber"_s).toString();
        identity.address = o.value(u"address"_s).toInt();
        // Calibrated 40 days ago; the default interval is 30 days.
        PumpStudio::Calibration::CalibrationResult r;
        r.plan.modelId = u"reglo-icc"_s;
        r.plan.headId = u"head-icc-cartridge"_s;
        r.plan.tubingId = u"tube-3stop-1.52"_s;
        r.plan.rpms = {20};
        r.plan.replicates = 1;
        r.pump = identity;
        r.curve.points = {{0, kNominal}};
        r.finishedUtc = QDateTime::currentDateTimeUtc().addDays(-40);
        QDateTime due;
        {
            PumpStudio::Calibration::CalibrationStore store;
            QVERIFY(store.open(QDir(m_data).filePath(u"calibration/history.sqlite"_s)));
            const auto saved = store.save(r);
            QVERIFY(saved);
            due = saved->dueUtc;
        }
        const QString profile = m_dir.filePath(u"short.json"_s);
        {
            QFile f(profile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format": "pumpstudio-profile", "version": 1, "name": "short", "model": "reglo-icc",
                        "head": "head-icc-cartridge", "tubing": "tube-3stop-1.52", "steps": [
                        {"kind": "constant-flow", "direction": "forward", "rate": {"value": 0.94, "unit": "mL/min"},
                         "duration": {"value": 1, "unit": "s"}}]})");
        }
        const Run run = pumpctl({u"run"_s, profile, u"--port"_s, m_pump});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(u"warning: The pump on %1: the calibration for this head and tubing was due on %2"_s
                                  .arg(m_pump, due.toLocalTime().toString(u"yyyy-MM-dd"_s))),
                 run.err.constData());
    }

    // The same by pump hours: calibrated yesterday with an interval of 2 pump hours, and
    // PumpStudio counted 3 h since (kept in the history: the Reglo reports no serial number, so
    // pumpctl cannot tell its run records from another pump's). The run warns, naming the hours;
    // 'calibrations list --json' gives the limit and the hours used.
    void runWarnsWhenTheCalibrationIsOverdueByPumpHours()
    {
        QVERIFY(startSim(0.1));
        const Run info = pumpctl({u"--port"_s, m_pump, u"--model"_s, u"reglo-icc"_s, u"info"_s, u"--json"_s});
        QVERIFY2(info.exitCode == 0, info.err.constData());
        const QJsonObject o = info.json();
        PumpStudio::Device::PumpIdentity identity;
        identity.model = o.value(u"model"_s).toString();
        identity.firmware = o.value(u"firmware"_s).toString();
        identity.serialNumber = o.value(u"serialNumber"_s).toString();
        identity.address = o.value(u"address"_s).toInt();
        PumpStudio::Calibration::CalibrationResult r;
        r.plan.modelId = u"reglo-icc"_s;
        r.plan.headId = u"head-icc-cartridge"_s;
        r.plan.tubingId = u"tube-3stop-1.52"_s;
        r.plan.rpms = {20};
        r.plan.replicates = 1;
        r.pump = identity;
        r.curve.points = {{0, kNominal}};
        r.finishedUtc = QDateTime::currentDateTimeUtc().addDays(-1);
        QString certificate;
        {
            PumpStudio::Calibration::CalibrationStore store;
            QVERIFY(store.open(QDir(m_data).filePath(u"calibration/history.sqlite"_s)));
            QVERIFY(store.setDueInterval(PumpStudio::Calibration::pumpKey(r.plan.modelId, identity),
                                         PumpStudio::Calibration::DueInterval{30, 2}));
            const auto saved = store.save(r);
            QVERIFY(saved);
            certificate = saved->certificate;
            QVERIFY(store.setCountedHours(certificate, 3, QDateTime::currentDateTimeUtc()));
        }
        const QString profile = m_dir.filePath(u"short-hours.json"_s);
        {
            QFile f(profile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format": "pumpstudio-profile", "version": 1, "name": "short", "model": "reglo-icc",
                        "head": "head-icc-cartridge", "tubing": "tube-3stop-1.52", "steps": [
                        {"kind": "constant-flow", "direction": "forward", "rate": {"value": 0.94, "unit": "mL/min"},
                         "duration": {"value": 1, "unit": "s"}}]})");
        }
        const Run run = pumpctl({u"run"_s, profile, u"--port"_s, m_pump});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(
                     u"warning: The pump on %1: the calibration for this head and tubing was due after 2 pump hours and the pump has run 3.0 since (certificate %2)"_s
                         .arg(m_pump, certificate)),
                 run.err.constData());
        const Run list = pumpctl({u"calibrations"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject entry = QJsonDocument::fromJson(list.out.trimmed().split('\n').last()).object();
        QCOMPARE(entry.value(u"certificate"_s).toString(), certificate);
        QCOMPARE(entry.value(u"dueHours"_s).toDouble(), 2.0);
        QCOMPARE(entry.value(u"pumpHours"_s).toDouble(), 3.0);
        const Run text = pumpctl({u"calibrations"_s, u"list"_s});
        QVERIFY2(text.out.contains("or 2 pump hours, whichever comes first (3.0 pump hours used)"), text.out.constData());
    }

    void usageErrors()
    {
        QCOMPARE(pumpctl({u"--port"_s, u"/dev/null"_s, u"--model"_s, u"reglo-icc"_s, u"calibrate"_s}).exitCode, 2);
        QCOMPARE(pumpctl({u"--port"_s, u"/dev/null"_s, u"--model"_s, u"reglo-icc"_s, u"calibrate"_s, u"--balance-port"_s, u"/dev/null"_s,
                          u"--balance-model"_s, u"mt-sics"_s, u"--temperature"_s, u"20"_s, u"--density"_s, u"1"_s})
                     .exitCode,
                 2);
        QCOMPARE(pumpctl({u"calibrations"_s, u"show"_s}).exitCode, 2);
        const Run empty = pumpctl({u"calibrations"_s, u"list"_s});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.out.contains("No calibrations yet."));
    }

    // Ctrl-C while the pump runs a replicate: pumpctl stops the pump and exits 130; nothing is stored.
    void interruptedStopsThePump()
    {
        QVERIFY(startSim(0.1));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(PUMPCTL_EXECUTABLE), calibrate({u"--rpm"_s, u"30"_s, u"--seconds"_s, u"3000"_s, u"--trace"_s}));
        QVERIFY(p.waitForStarted());
        QByteArray err;
        // The Reglo's H (start) went out: the pump runs.
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("> 31 48 0d"), 20000);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 130);
        const Run status = pumpctl({u"--port"_s, m_pump, u"--model"_s, u"reglo-icc"_s, u"status"_s, u"--json"_s});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.json().value(u"running"_s).toBool(true), false);
        QVERIFY(pumpctl({u"calibrations"_s, u"list"_s}).out.contains("No calibrations yet."));
    }
};

QTEST_GUILESS_MAIN(TestPumpCtlCalibrate)
#include "tst_pumpctlcalibrate.moc"
