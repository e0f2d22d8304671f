// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The calibration core: the curve over speed, the statistics and verdicts, the history store
// (certificates, due dates, new tubing, tamper check), the runner against a simulated Reglo ICC
// and a simulated balance, abort with the pump stopped, and flows following a stored calibration.
#include "calibration/calibrationaudit.h"
#include "calibration/calibrationdue.h"
#include "calibration/calibrationrunner.h"
#include "calibration/calibrationstore.h"
#include "calibration/pumphours.h"
#include "accounts/policy.h"
#include "core/gravimetry.h"
#include "device/balancedriver.h"
#include "device/balancefactory.h"
#include "models/balanceregistry.h"
#include "models/limits.h"
#include "services/deviceservice.h"
#include "sim/balanceoptions.h"
#include "sim/simbalanceline.h"
#include "support/runrecordfixture.h"
#include "support/simpumprig.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;
using Calibration::CalibrationResult;
using Calibration::Replicate;
using Models::MlPerRevCurve;

namespace {

CalibrationResult resultWith(const std::vector<double> &rpms, const std::vector<std::vector<double>> &values, double nominal)
{
    CalibrationResult r;
    r.plan.modelId = u"reglo-icc"_s;
    r.plan.headId = u"head"_s;
    r.plan.tubingId = u"tube"_s;
    r.plan.rpms = rpms;
    r.plan.replicates = static_cast<int>(values.front().size());
    r.plan.seconds = 10;
    r.plan.asFound.points = {{0, nominal}};
    r.pump.model = u"REGLO ICC"_s;
    r.pump.firmware = u"0208"_s;
    r.pump.address = 1;
    for (std::size_t p = 0; p < values.size(); ++p) {
        for (std::size_t i = 0; i < values[p].size(); ++i) {
            Replicate rep;
            rep.point = int(p);
            rep.index = int(i);
            rep.rpm = rpms[p];
            rep.revolutions = 10;
            rep.mlPerRev = values[p][i];
            rep.volumeMl = 10 * values[p][i];
            r.replicates.push_back(rep);
        }
    }
    r.finishedUtc = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    Calibration::evaluate(r);
    return r;
}

/// A simulated Reglo ICC with a true mL/rev of its own and a simulated MT-SICS balance weighing
/// what it delivers, each on a pseudo-terminal, with the app's real links and drivers to both.
struct Rig
{
    Test::SimPumpRig sim;
    struct
    {
        std::unique_ptr<Device::Link> link;
        std::unique_ptr<Device::PumpDriver> driver;
    } pump;
    Models::BalanceRegistry balances;
    std::unique_ptr<Device::SerialBus> bus;
    std::unique_ptr<Device::BalanceDriver> balance;
    Device::PumpIdentity identity;
    const Models::PumpModel *model = nullptr;

    bool open(double truth, bool withBalance = true)
    {
        return openWith({u"--model"_s, u"reglo-icc"_s, u"--ml-per-rev"_s, QString::number(truth)}, withBalance);
    }

    bool openWith(QStringList args, bool withBalance = true)
    {
        if (withBalance)
            args += QStringList{u"--balance"_s, u"mt-sics"_s};
        if (!sim.openLine(args, 20.0))
            return false;
        const auto simOptions = Sim::parsePumpSimArguments(QStringList{u"pumpsim"_s} + args);
        if (!simOptions || !Sim::BalanceOptions::applyToPumps(*simOptions, sim.simulation))
            return false;  // --ml-per-rev, as pumpsim applies it
        model = sim.registry.find(sim.modelId);
        pump.link = Device::createLink(*model, Device::defaultSerialSettings(*model, sim.path()), nullptr);
        pump.link->open();
        if (!QTest::qWaitFor([&] { return pump.link->state() == Device::LinkState::Connected; }, 5000))
            return false;
        auto d = Device::createDriver(*model, *pump.link, model->defaultAddress, nullptr);
        if (!d)
            return false;
        pump.driver = std::move(d).value();
        pump.driver->setMlPerRev(Models::mlPerRevFor(*model, {}, {}).value_or(0));
        bool ok = false;
        pump.driver->identify([&](Result<Device::PumpIdentity> id) {
            if (id) {
                identity = *id;
                pump.driver->prepare([&](Result<void> p) { ok = bool(p); });
            }
        });
        if (!QTest::qWaitFor([&] { return ok; }, 5000))
            return false;
        if (!withBalance)
            return true;
        balances.loadDefault();
        const Models::BalanceModel *bm = balances.find(u"mt-sics"_s);
        auto options = Sim::parsePumpSimArguments(QStringList{u"pumpsim"_s} + args);
        if (!bm || !options)
            return false;
        auto endpoint = std::make_unique<Sim::PtyEndpoint>();
        const QString where = sim.dir.filePath(u"balance"_s);
        if (!endpoint->open(where).ok())
            return false;
        auto line = Sim::SimBalanceLine::build(*options, balances, sim.simulation, std::move(endpoint), &sim.simulation);
        if (!line)
            return false;
        bus = Device::createBalanceLink(*bm, Device::defaultSerialSettings(*bm, where));
        balance = Device::createBalanceDriver(*bm, *bus);
        bus->open();
        return bus->state() == Device::LinkState::Connected;
    }

    Calibration::CalibrationPlan plan(std::vector<double> rpms, int replicates, double seconds) const
    {
        Calibration::CalibrationPlan p;
        p.modelId = model->id;
        p.headId = model->defaultHead;
        p.tubingId = model->head(p.headId)->defaultTubing;
        p.rpms = std::move(rpms);
        p.replicates = replicates;
        p.seconds = seconds;
        p.asFound.points = {{0, Models::mlPerRevFor(*model, {}, {}).value_or(0)}};
        return p;
    }
};

} // namespace

class TestCalibration final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void onePointIsAConstantAndPointsInterpolate()
    {
        MlPerRevCurve one = MlPerRevCurve::from({{30, 0.1}});
        QVERIFY(one.isValid());
        QCOMPARE(one.mlPerRevAt(1), 0.1);
        QCOMPARE(one.mlPerRevAt(100), 0.1);
        MlPerRevCurve two = MlPerRevCurve::from({{60, 0.09}, {20, 0.1}, {20, 0.1}});
        QCOMPARE(two.points.size(), std::size_t(2));
        QCOMPARE(two.mlPerRevAt(10), 0.1);
        QVERIFY(std::abs(two.mlPerRevAt(40) - 0.095) < 1e-12);
        QCOMPARE(two.mlPerRevAt(90), 0.09);
        const auto rpm = two.rpmForFlow(two.flowAt(40), 100);
        QVERIFY(rpm);
        QVERIFY2(std::abs(*rpm - 40) < 1e-6, qPrintable(QString::number(*rpm)));
        QVERIFY(!two.rpmForFlow(two.flowAt(100) * 1.5, 100));
        QCOMPARE(MlPerRevCurve::fromJson(two.toJson()), two);
    }

    void statisticsAndVerdictsFollowThePlan()
    {
        // True figure about 0.1, nominal 0.094: the volumes shown were 6 % low.
        CalibrationResult r = resultWith({20, 60}, {{0.1, 0.1002, 0.0998}, {0.099, 0.099, 0.099}}, 0.094);
        QCOMPARE(r.points.size(), std::size_t(2));
        QVERIFY(std::abs(r.points[0].meanMlPerRev - 0.1) < 1e-12);
        QVERIFY(std::abs(r.points[0].cvPct - 0.2) < 1e-9);
        QCOMPARE(r.points[1].cvPct, 0.0);
        QVERIFY(std::abs(r.points[0].asFoundErrorPct - (0.094 / 0.1 - 1) * 100) < 1e-9);
        QCOMPARE(r.asFound, Calibration::Verdict::Fail);
        QVERIFY(!r.asLeft);
        QCOMPARE(r.curve.mlPerRevAt(20), r.points[0].meanMlPerRev);
        QVERIFY(std::abs(r.curve.mlPerRevAt(60) - 0.099) < 1e-12);
        // Within 2 %: pass.
        CalibrationResult ok = resultWith({30}, {{0.0950, 0.0951}}, 0.094);
        QCOMPARE(ok.asFound, Calibration::Verdict::Pass);
        // As left from verification replicates against the new curve.
        Replicate left = ok.replicates.front();
        left.asLeft = true;
        left.mlPerRev = 0.0952;
        ok.replicates.push_back(left);
        Calibration::evaluate(ok);
        QVERIFY(ok.asLeft);
        QCOMPARE(*ok.asLeft, Calibration::Verdict::Pass);
        QVERIFY(ok.points[0].asLeftErrorPct);
    }

    void resultsSurviveJsonAndTheHashSeesChanges()
    {
        CalibrationResult r = resultWith({20, 60}, {{0.1, 0.1002}, {0.099, 0.0991}}, 0.094);
        r.certificate = u"PSC-20261207-001"_s;
        const auto back = CalibrationResult::fromJson(r.toJson());
        QVERIFY(back);
        QCOMPARE(back->contentHash(), r.contentHash());
        CalibrationResult changed = r;
        changed.replicates[0].massG += 0.001;
        QVERIFY(changed.contentHash() != r.contentHash());
        const Audit::AuditDraft d = Calibration::auditDraft(r);
        QCOMPARE(d.kind, Audit::Kind::Calibration);
        QCOMPARE(d.details.value(u"contentHash"_s).toString().toLatin1(), r.contentHash());
    }

    void storeNumbersCertificatesAndAppliesTheNewest()
    {
        Calibration::CalibrationStore store;
        QVERIFY(store.open(m_dir.filePath(u"store1.sqlite"_s)));
        CalibrationResult first = resultWith({20, 60}, {{0.1, 0.1}, {0.099, 0.099}}, 0.094);
        const QString key = Calibration::pumpKey(first.plan.modelId, first.pump);
        QVERIFY(store.setDueInterval(key, Calibration::DueInterval{10, {}}));
        auto a = store.save(first);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        QCOMPARE(a->certificate, u"PSC-20261207-001"_s);
        QCOMPARE(a->dueUtc, first.finishedUtc.addDays(10));
        CalibrationResult second = resultWith({30}, {{0.097, 0.097}}, 0.094);
        second.finishedUtc = first.finishedUtc.addSecs(60);
        auto b = store.save(second);
        QVERIFY(b);
        QCOMPARE(b->certificate, u"PSC-20261207-002"_s);
        auto listed = store.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), std::size_t(2));
        QCOMPARE(listed->at(0).contentHash, a->contentHash());
        auto curve = store.curveFor(key, u"head"_s, u"tube"_s);
        QVERIFY(curve && *curve);
        QCOMPARE((*curve)->certificate, b->certificate);
        QCOMPARE((*curve)->mlPerRevAt(80), 0.097);
        auto due = store.dueState(key, u"head"_s, u"tube"_s, second.finishedUtc.addDays(1));
        QVERIFY(due);
        QCOMPARE(due->kind, Calibration::DueState::Kind::Valid);
        QCOMPARE(store.dueState(key, u"head"_s, u"tube"_s, second.finishedUtc.addDays(5))->kind, Calibration::DueState::Kind::Due);
        QCOMPARE(store.dueState(key, u"head"_s, u"tube"_s, second.finishedUtc.addDays(11))->kind, Calibration::DueState::Kind::Overdue);
        // New tubing: nothing applies until calibrated again.
        QVERIFY(store.newTubingFitted(key, u"head"_s, u"tube"_s, second.finishedUtc.addSecs(60)));
        curve = store.curveFor(key, u"head"_s, u"tube"_s);
        QVERIFY(curve && !*curve);
        QCOMPARE(store.dueState(key, u"head"_s, u"tube"_s)->kind, Calibration::DueState::Kind::Never);
        // The stored content is checked against its hash.
        QCOMPARE(store.verify(a->certificate).valueOr(false), true);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(store.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE calibrations SET content = replace(content, '\"mlPerRev\":0.1,', '\"mlPerRev\":0.2,') WHERE certificate = 'PSC-20261207-001'"_s));
            QVERIFY(q.numRowsAffected() == 1);
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        QCOMPARE(store.verify(a->certificate).valueOr(true), false);
    }

    // A history written before intervals in pump hours (schema 0): opened, it is migrated in
    // place, every row kept (the stored results still match their hashes), and the rebuilt
    // interval table takes an interval in pump hours alone. A newer schema is refused.
    void storeMigratesAFirstVersionHistoryKeepingEveryRow()
    {
        const QString path = m_dir.filePath(u"schema0.sqlite"_s);
        CalibrationResult r = resultWith({20, 60}, {{0.1, 0.1}, {0.099, 0.099}}, 0.094);
        r.certificate = u"PSC-20261207-001"_s;
        r.dueUtc = r.finishedUtc.addDays(10);
        const QString key = Calibration::pumpKey(r.plan.modelId, r.pump);
        const QString iso = u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema0"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The first version's schema, statement by statement as it made it.
            for (const QString &sql :
                 {u"CREATE TABLE calibrations (id INTEGER PRIMARY KEY AUTOINCREMENT, certificate TEXT NOT NULL UNIQUE, pump_key TEXT NOT NULL,"
                  " model_id TEXT NOT NULL, pump_serial TEXT, head_id TEXT, tubing_id TEXT, balance TEXT, operator TEXT,"
                  " liquid TEXT, temperature_c REAL, finished_utc TEXT NOT NULL, due_utc TEXT NOT NULL, as_found TEXT NOT NULL,"
                  " as_left TEXT, curve TEXT NOT NULL, content TEXT NOT NULL, content_hash TEXT NOT NULL)"_s,
                  u"CREATE INDEX calibrations_pump ON calibrations(pump_key, head_id, tubing_id, finished_utc)"_s,
                  u"CREATE TABLE due_intervals (pump_key TEXT PRIMARY KEY, days INTEGER NOT NULL)"_s,
                  u"CREATE TABLE tubing_changes (pump_key TEXT NOT NULL, head_id TEXT, tubing_id TEXT, time_utc TEXT NOT NULL)"_s})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            QVERIFY(q.prepare(u"INSERT INTO calibrations (certificate, pump_key, model_id, pump_serial, head_id, tubing_id, balance, operator,"
                              " liquid, temperature_c, finished_utc, due_utc, as_found, as_left, curve, content, content_hash)"
                              " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s));
            for (const QVariant &v : QVariantList{r.certificate, key, r.plan.modelId, QString(), r.plan.headId, r.plan.tubingId, QString(),
                                                  QString(), r.plan.liquidText(), r.plan.temperatureC, r.finishedUtc.toString(iso),
                                                  r.dueUtc.toString(iso), u"fail"_s, QString(),
                                                  QJsonDocument(r.curve.toJson()).toJson(QJsonDocument::Compact),
                                                  QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact), r.contentHash()})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"INSERT INTO due_intervals (pump_key, days) VALUES ('%1', 10)"_s.arg(key)));
            QVERIFY(q.exec(u"INSERT INTO due_intervals (pump_key, days) VALUES ('other|sn:2', 90)"_s));
        }
        QSqlDatabase::removeDatabase(u"schema0"_s);
        const auto userVersion = [&path]() {
            int version = -1;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
                db.setDatabaseName(path);
                if (db.open()) {
                    QSqlQuery q(db);
                    if (q.exec(u"PRAGMA user_version"_s) && q.next())
                        version = q.value(0).toInt();
                }
            }
            QSqlDatabase::removeDatabase(u"peek"_s);
            return version;
        };
        QCOMPARE(userVersion(), 0);

        {
            Calibration::CalibrationStore store;
            const auto opened = store.open(path);
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
            QCOMPARE(userVersion(), Calibration::CalibrationStore::kSchemaVersion);
            const auto listed = store.list();
            QVERIFY(listed);
            QCOMPARE(listed->size(), std::size_t(1));
            QCOMPARE(listed->front().certificate, r.certificate);
            QCOMPARE(listed->front().dueUtc, r.dueUtc);
            QVERIFY(!listed->front().dueHours);
            QCOMPARE(listed->front().contentHash, r.contentHash());
            QCOMPARE(store.verify(r.certificate).valueOr(false), true);
            QCOMPARE(*store.dueInterval(key), (Calibration::DueInterval{10, {}}));
            QCOMPARE(*store.dueInterval(u"other|sn:2"_s), (Calibration::DueInterval{90, {}}));
            const auto due = store.dueState(key, u"head"_s, u"tube"_s, r.finishedUtc.addDays(11));
            QVERIFY(due);
            QCOMPARE(due->kind, Calibration::DueState::Kind::Overdue);
            QCOMPARE(due->certificate, r.certificate);
            // Days are optional now: an interval in pump hours alone.
            QVERIFY(store.setDueInterval(key, Calibration::DueInterval{{}, 50}));
            QCOMPARE(*store.dueInterval(key), (Calibration::DueInterval{{}, 50.0}));
            QVERIFY(store.setCountedHours(r.certificate, 1.5, r.finishedUtc.addDays(1)));
        }
        // Opened again: already migrated, nothing lost.
        {
            Calibration::CalibrationStore again;
            QVERIFY(again.open(path));
            QCOMPARE(again.list()->size(), std::size_t(1));
            QCOMPARE(*again.dueInterval(key), (Calibration::DueInterval{{}, 50.0}));
            QCOMPARE(*again.dueInterval(u"other|sn:2"_s), (Calibration::DueInterval{90, {}}));
        }
        // A history of a newer program is not touched.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        Calibration::CalibrationStore newer;
        const auto refused = newer.open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::BadFile);
        QCOMPARE(userVersion(), 99);
    }

    // An interval in pump hours, alone or with days: each calibration keeps the limits it was
    // stored with; the hours used (from the run records) make the state with the date's, the
    // earlier limit governing; new tubing ends it whatever the hours.
    void intervalInPumpHoursGoesWithEachCalibration()
    {
        Calibration::CalibrationStore store;
        QVERIFY(store.open(m_dir.filePath(u"hours.sqlite"_s)));
        CalibrationResult r = resultWith({20}, {{0.1, 0.1}}, 0.094);
        const QString key = Calibration::pumpKey(r.plan.modelId, r.pump);
        using Interval = Calibration::DueInterval;
        using K = Calibration::DueState::Kind;
        QVERIFY(!store.setDueInterval(key, Interval{}));
        QVERIFY(!store.setDueInterval(key, Interval{0, {}}));
        QVERIFY(!store.setDueInterval(key, Interval{{}, 0.5}));
        QVERIFY(!store.setDueInterval(key, Interval{{}, 100001}));
        QCOMPARE(*store.dueInterval(key), (Interval{Calibration::CalibrationStore::kDefaultDueDays, {}}));
        QVERIFY(store.setDueInterval(key, Interval{{}, 50}));
        const auto first = store.save(r);
        QVERIFY(first);
        QVERIFY(!first->dueUtc.isValid());
        QCOMPARE(first->dueHours, std::optional<double>(50));
        QCOMPARE(store.list()->front().dueHours, std::optional<double>(50));
        QCOMPARE((*store.load(first->certificate))->dueHours, std::optional<double>(50));
        QCOMPARE(store.verify(first->certificate).valueOr(false), true);
        // The hours PumpStudio counted, kept for pumpctl.
        QVERIFY(!*store.countedHours(first->certificate));
        const QDateTime counted = r.finishedUtc.addDays(2);
        QVERIFY(store.setCountedHours(first->certificate, 3.5, counted));
        QVERIFY(store.setCountedHours(first->certificate, 4.25, counted.addSecs(300)));
        const auto kept = store.countedHours(first->certificate);
        QVERIFY(kept && *kept);
        QCOMPARE((*kept)->hours, 4.25);
        QCOMPARE((*kept)->countedUtc, counted.addSecs(300));
        // The pump's interval changes; the stored calibration keeps its own.
        QVERIFY(store.setDueInterval(key, Interval{10, 20}));
        auto due = store.dueState(key, u"head"_s, u"tube"_s, r.finishedUtc.addDays(400));
        QVERIFY(due);
        QCOMPARE(due->kind, K::Valid);  // no date limit
        QCOMPARE(due->dueHours, std::optional<double>(50));
        QCOMPARE(due->calibratedUtc, r.finishedUtc);
        QVERIFY(!due->usedHours);
        Calibration::DueState s = *due;
        s.setUsedHours(44.9);
        QCOMPARE(s.kind, K::Valid);
        s.setUsedHours(45);  // 90 %
        QCOMPARE(s.kind, K::Due);
        QVERIFY(s.hoursDecide());
        s.setUsedHours(50);
        QCOMPARE(s.kind, K::Overdue);

        // Both limits: whichever comes first.
        CalibrationResult second = r;
        second.finishedUtc = r.finishedUtc.addSecs(60);
        const auto b = store.save(second);
        QVERIFY(b);
        QCOMPARE(b->dueUtc, second.finishedUtc.addDays(10));
        QCOMPARE(b->dueHours, std::optional<double>(20));
        s = *store.dueState(key, u"head"_s, u"tube"_s, second.finishedUtc.addDays(1));
        QCOMPARE(s.kind, K::Valid);
        s.setUsedHours(19);
        QCOMPARE(s.kind, K::Due);
        QVERIFY(s.hoursDecide());
        s.setUsedHours(25);
        QCOMPARE(s.kind, K::Overdue);
        QVERIFY(s.hoursDecide());
        s = *store.dueState(key, u"head"_s, u"tube"_s, second.finishedUtc.addDays(11));
        s.setUsedHours(1);
        QCOMPARE(s.kind, K::Overdue);  // by the date
        QVERIFY(!s.hoursDecide());

        // New tubing fitted: nothing applies, whatever the hours say.
        QVERIFY(store.newTubingFitted(key, u"head"_s, u"tube"_s, second.finishedUtc.addSecs(60)));
        s = *store.dueState(key, u"head"_s, u"tube"_s, second.finishedUtc.addDays(1));
        s.setUsedHours(100);
        QCOMPARE(s.kind, K::Never);
        QVERIFY(!Calibration::dueFinding(s, u"Pump 1"_s, true));
        QVERIFY(Calibration::dueBadgeText(s).isEmpty());
    }

    // Pump hours from real run records: the time the pump turned after the calibration, by
    // its speed channel (flow where it has no speed), matched on model and serial number, or on
    // the configuration and firmware for a pump without one; a step over a lost link counts at
    // most kMaxStep; damaged records are skipped and counted; only changed records are read again.
    void pumpHoursAreCountedFromRunRecordsSkippingDamagedOnes()
    {
        QTemporaryDir records;
        QVERIFY(records.isValid());
        const QDateTime cal(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
        using Test::RecordedPump;
        using Test::runningSamples;
        Records::ChannelInfo sn1;
        sn1.modelId = u"reglo-icc"_s;
        sn1.serialNumber = u"SN1"_s;
        sn1.firmware = u"0208"_s;
        sn1.pumpConfigId = u"cfg-a"_s;
        sn1.quantity = Records::Quantity::Speed;
        Records::ChannelInfo sn1Flow = sn1;
        sn1Flow.quantity = Records::Quantity::Flow;
        Records::ChannelInfo sn2 = sn1;
        sn2.serialNumber = u"SN2"_s;
        Records::ChannelInfo plain;  // reports no serial number
        plain.modelId = u"longer-bt100-2j"_s;
        plain.firmware = u"V2"_s;
        plain.pumpConfigId = u"cfg-1"_s;
        plain.quantity = Records::Quantity::Speed;
        Records::ChannelInfo plainOther = plain;
        plainOther.pumpConfigId = u"cfg-2"_s;
        Records::ChannelInfo syringe;  // a rate, no speed
        syringe.modelId = u"ne-1000"_s;
        syringe.serialNumber = u"SN3"_s;
        syringe.quantity = Records::Quantity::Flow;

        // Began an hour before the calibration and ran 2 h: the hour after it counts.
        QVERIFY(Test::writeRunRecord(records.filePath(u"run-1.psrun"_s), cal.addSecs(-3600),
                                     {RecordedPump{sn1, runningSamples(7200, 30, {{0, 7200}})}}));
        // A day later: 3 h, stopped 1 h, 1 h more; the link was lost for 10 min while it ran
        // (no samples from 3600 s to 4200 s): that step counts 90 s, not 600 s.
        QList<Records::Sample> run2 = runningSamples(18000, 30, {{0, 10800}, {14400, 18000}});
        run2.removeIf([](const Records::Sample &s) { return s.tUs > 3600'000'000LL && s.tUs < 4200'000'000LL; });
        QList<Records::Sample> run2Flow = run2;
        for (Records::Sample &s : run2Flow)
            s.value = s.value > 0 ? 1.9F : 0.0F;
        QVERIFY(Test::writeRunRecord(records.filePath(u"run-2.psrun"_s), cal.addDays(1),
                                     {RecordedPump{sn1Flow, run2Flow}, RecordedPump{sn1, run2},
                                      RecordedPump{sn2, runningSamples(36000, 60, {{0, 36000}})},
                                      RecordedPump{plain, runningSamples(7200, 30, {{0, 7200}})},
                                      RecordedPump{plainOther, runningSamples(3600, 30, {{0, 3600}})},
                                      RecordedPump{syringe, runningSamples(3600, 30, {{0, 3600}}, 1.5F)}}));
        // Damaged: a file that is not a record at all, and a record with a broken block.
        {
            QFile junk(records.filePath(u"run-3.psrun"_s));
            QVERIFY(junk.open(QIODevice::WriteOnly));
            junk.write("this is not a run record, whatever its name says");
        }
        const QString broken = records.filePath(u"run-4.psrun"_s);
        QVERIFY(Test::writeRunRecord(broken, cal.addDays(2), {RecordedPump{sn1, runningSamples(10800, 30, {{0, 10800}})}}));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"breaker"_s);
            db.setDatabaseName(broken);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE chunk SET data = x'ff00'"_s));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(u"breaker"_s);
        QFile notes(records.filePath(u"notes.txt"_s));  // not a record: not read
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();

        Calibration::PumpHoursIndex index;
        QCOMPARE(index.update(records.path()), 4);
        QCOMPARE(index.recordCount(), 4);
        QCOMPARE(index.damagedRecords(), 2);
        QCOMPARE(index.damagedReasons().size(), 2);
        const auto near = [](double a, double b) { return std::abs(a - b) < 1e-6; };
        Device::PumpIdentity id1;
        id1.serialNumber = u"SN1"_s;
        id1.firmware = u"0208"_s;
        // With a serial number the configuration does not matter.
        const auto m1 = Calibration::PumpMatch::of(u"reglo-icc"_s, id1, u"another-config"_s);
        const double expected = 1 + 4 - (600 - 90) / 3600.0;
        QVERIFY2(near(index.hoursSince(m1, cal), expected), qPrintable(QString::number(index.hoursSince(m1, cal), 'f', 6)));
        QVERIFY(near(index.hoursSince(m1, QDateTime()), expected + 1));
        QVERIFY(near(index.hoursSince(m1, cal.addDays(1).addSecs(14400)), 1));
        QCOMPARE(index.hoursSince(m1, cal.addDays(3)), 0.0);
        QVERIFY(near(index.hoursSince(Calibration::PumpMatch::of(u"other-model"_s, id1), cal), 0));
        Device::PumpIdentity id2 = id1;
        id2.serialNumber = u"SN2"_s;
        QVERIFY(near(index.hoursSince(Calibration::PumpMatch::of(u"reglo-icc"_s, id2), cal), 10));
        // No serial number: the configuration it runs as, with its firmware.
        Device::PumpIdentity plainId;
        plainId.firmware = u"V2"_s;
        plainId.address = 1;
        QVERIFY(near(index.hoursSince(Calibration::PumpMatch::of(u"longer-bt100-2j"_s, plainId, u"cfg-1"_s), cal), 2));
        QVERIFY(near(index.hoursSince(Calibration::PumpMatch::of(u"longer-bt100-2j"_s, plainId, u"cfg-2"_s), cal), 1));
        Device::PumpIdentity otherFirmware = plainId;
        otherFirmware.firmware = u"V3"_s;
        QCOMPARE(index.hoursSince(Calibration::PumpMatch::of(u"longer-bt100-2j"_s, otherFirmware, u"cfg-1"_s), cal), 0.0);
        // Neither a serial number nor a configuration: nothing to match on, nothing made up.
        const auto unmatchable = Calibration::PumpMatch::of(u"longer-bt100-2j"_s, plainId);
        QVERIFY(!unmatchable.canMatch());
        QCOMPARE(index.hoursSince(unmatchable, cal), 0.0);
        // A pump with a serial number is not one of the channels without.
        Device::PumpIdentity withSerial = plainId;
        withSerial.serialNumber = u"X"_s;
        QCOMPARE(index.hoursSince(Calibration::PumpMatch::of(u"longer-bt100-2j"_s, withSerial, u"cfg-1"_s), cal), 0.0);
        // A syringe pump: by its flow channel.
        Device::PumpIdentity id3;
        id3.serialNumber = u"SN3"_s;
        QVERIFY(near(index.hoursSince(Calibration::PumpMatch::of(u"ne-1000"_s, id3), cal), 1));

        // Nothing changed: nothing read. A new record is read alone; a removed one forgotten.
        QCOMPARE(index.update(records.path()), 0);
        QVERIFY(Test::writeRunRecord(records.filePath(u"run-5.psrun"_s), cal.addDays(3),
                                     {RecordedPump{sn1, runningSamples(3600, 30, {{0, 3600}})}}));
        QCOMPARE(index.update(records.path()), 1);
        QVERIFY(near(index.hoursSince(m1, cal), expected + 1));
        QVERIFY(QFile::remove(records.filePath(u"run-1.psrun"_s)));
        QCOMPARE(index.update(records.path()), 0);
        QVERIFY(near(index.hoursSince(m1, cal), expected));
        QCOMPARE(index.recordCount(), 4);
        QCOMPARE(index.damagedRecords(), 2);
    }

    // The badge and the pre-run check by pump hours, as by the date: "due" from 90 % used,
    // overdue warns or (controlled mode) refuses naming the pump, the hours and the certificate.
    void pumpHoursOverdueWarnsOrRefusesAsTheDateDoes()
    {
        using K = Calibration::DueState::Kind;
        Calibration::DueState s;
        s.certificate = u"PSC-20261101-001"_s;
        s.calibratedUtc = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        s.dueHours = 50;
        s.kind = s.dateKind = K::Valid;
        QCOMPARE(Calibration::dueBadgeText(s), u"Calibrated for 50 pump hours"_s);  // not counted yet
        s.setUsedHours(12.34);
        QCOMPARE(Calibration::dueBadgeText(s), u"Calibrated: 12.3 of 50 pump hours used"_s);
        QVERIFY(!Calibration::dueFinding(s, u"Pump 1"_s, true));
        s.setUsedHours(45.2);
        QCOMPARE(s.kind, K::Due);
        QCOMPARE(Calibration::dueBadgeText(s), u"Calibration due: 45.2 of 50 pump hours"_s);
        QVERIFY(!Calibration::dueFinding(s, u"Pump 1"_s, true));  // due soon: the badge says it, runs go on
        s.setUsedHours(52);
        QCOMPARE(s.kind, K::Overdue);
        QCOMPARE(Calibration::dueBadgeText(s), u"Calibration overdue: 52.0 of 50 pump hours"_s);
        const auto warn = Calibration::dueFinding(s, u"Pump 1"_s, false);
        QVERIFY(warn);
        QVERIFY(!warn->refuse);
        QVERIFY(warn->message.startsWith(u"Pump 1: "_s));
        QVERIFY2(warn->message.contains(u"50 pump hours"_s) && warn->message.contains(u"52.0"_s), qPrintable(warn->message));
        QVERIFY(warn->message.contains(s.certificate));
        const auto refuse = Calibration::dueFinding(s, u"Pump 1"_s, true);
        QVERIFY(refuse && refuse->refuse);
        QVERIFY(refuse->message.contains(u"52.0"_s) && refuse->message.contains(u"controlled mode"_s));

        // With a date as well: whichever limit comes first is the one named.
        s.dueUtc = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        const QString date = s.dueUtc.toLocalTime().toString(u"yyyy-MM-dd"_s);
        s.setUsedHours(10);
        QCOMPARE(Calibration::dueBadgeText(s), u"Calibrated until %1; 10.0 of 50 pump hours used"_s.arg(date));
        s.dateKind = K::Overdue;
        s.setUsedHours(10);
        QCOMPARE(Calibration::dueBadgeText(s), u"Calibration overdue since "_s + date);
        QVERIFY(Calibration::dueFinding(s, u"Pump 1"_s, true)->message.contains(date));
        s.dateKind = K::Valid;
        s.usedHours.reset();
        s.kind = K::Valid;
        QCOMPARE(Calibration::dueBadgeText(s), u"Calibrated until %1 or 50 pump hours"_s.arg(date));

        // The intervals and limits in words.
        QCOMPARE(Calibration::dueIntervalText({30, {}}), u"30 day(s)"_s);
        QCOMPARE(Calibration::dueIntervalText({{}, 500}), u"500 pump hours"_s);
        QCOMPARE(Calibration::dueIntervalText({30, 500}), u"30 day(s) or 500 pump hours, whichever comes first"_s);
        QCOMPARE(Calibration::dueLimitText(s.dueUtc, 12.5), u"%1 or 12.5 pump hours, whichever comes first"_s.arg(date));
        QCOMPARE(Calibration::dueLimitText(QDateTime(), 12.5), u"12.5 pump hours"_s);
        QCOMPARE(Calibration::dueLimitText(s.dueUtc, std::nullopt), date);
    }

    // A simulated Reglo ICC whose true mL/rev differs from its tubing's nominal figure, feeding a
    // simulated MT-SICS balance with noise: the runner finds the truth at every point.
    void anOverdueCalibrationWarnsOrRefusesNamingThePumpAndTheDate()
    {
        Calibration::DueState s;
        QVERIFY(!Calibration::dueFinding(s, u"Pump 1"_s, true));  // never calibrated: nothing to say
        QVERIFY(Calibration::dueBadgeText(s).isEmpty());
        s.certificate = u"PSC-20261101-001"_s;
        s.dueUtc = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        const QString date = s.dueUtc.toLocalTime().toString(u"yyyy-MM-dd"_s);
        s.kind = Calibration::DueState::Kind::Valid;
        QVERIFY(!Calibration::dueFinding(s, u"Pump 1"_s, true));
        QCOMPARE(Calibration::dueBadgeText(s), u"Calibrated until "_s + date);
        s.kind = Calibration::DueState::Kind::Due;
        QVERIFY(!Calibration::dueFinding(s, u"Pump 1"_s, true));  // due soon: the badge says it, runs go on
        QCOMPARE(Calibration::dueBadgeText(s), u"Calibration due on "_s + date);
        s.kind = Calibration::DueState::Kind::Overdue;
        QCOMPARE(Calibration::dueBadgeText(s), u"Calibration overdue since "_s + date);
        const auto warn = Calibration::dueFinding(s, u"Pump 1"_s, false);
        QVERIFY(warn);
        QVERIFY(!warn->refuse);
        QVERIFY(warn->message.startsWith(u"Pump 1: "_s));
        QVERIFY(warn->message.contains(date));
        QVERIFY(warn->message.contains(s.certificate));
        const auto refuse = Calibration::dueFinding(s, u"Pump 1"_s, true);
        QVERIFY(refuse && refuse->refuse);
        QVERIFY(refuse->message.contains(date) && refuse->message.contains(u"controlled mode"_s));
    }

    void policyKeepsTheOverdueCalibrationChoice()
    {
        Accounts::Policy p;
        QVERIFY(!p.refuseOverdueCalibration);
        p.refuseOverdueCalibration = true;
        QCOMPARE(Accounts::Policy::fromJson(p.toJson()), p);
        QVERIFY(p.text().contains(u"refuse overdue calibration=yes"_s));
        QVERIFY(!Accounts::Policy::fromJson(QJsonObject{}).refuseOverdueCalibration);
    }

    void syringeCheckFindsTheTrueInnerDiameterFromTheWeighedVolume()
    {
        // A 10 mL syringe of nominal 14.43 mm, in a pump set to 14.5 mm by an earlier check;
        // its bore is really 14.6 mm. Each replicate the pump counts 5 mL.
        using Plan = Calibration::CalibrationPlan;
        Calibration::CalibrationResult result;
        result.plan = Plan::forSyringe({u"syringe-10ml"_s, 14.43, 14.5, 5.0, 2.5});
        QVERIFY2(result.plan.problem().isEmpty(), qPrintable(result.plan.problem()));
        QCOMPARE(result.plan.tubingId, u"syringe-10ml"_s);
        QCOMPARE(result.plan.secondsAt(0), 120.0);
        const double trueMl = 5.0 * (14.6 / 14.5) * (14.6 / 14.5);
        const double nominalMl = result.plan.nominalMl(5.0, 14.5);
        QVERIFY(std::abs(nominalMl - 5.0 * (14.43 / 14.5) * (14.43 / 14.5)) < 1e-12);
        for (int i = 0; i < 3; ++i) {
            Calibration::Replicate r;
            r.index = i;
            r.revolutions = nominalMl;
            r.volumeMl = trueMl;
            r.mlPerRev = trueMl / nominalMl;
            result.replicates.push_back(r);
        }
        Calibration::evaluate(result);
        QCOMPARE(result.points.size(), std::size_t(1));
        const Calibration::PointResult &p = result.points.front();
        // The figure found gives the true bore; the error is that of the volumes the pump showed.
        QVERIFY(std::abs(result.curve.syringeDiameterMm(14.43) - 14.6) < 1e-9);
        QVERIFY(std::abs(p.asFoundErrorPct - (5.0 / trueMl - 1) * 100) < 1e-9);
        QVERIFY(std::abs(p.cvPct) < 1e-9);
        QVERIFY(p.asFoundPass);  // -1.37 % is inside +-2 %
        result.plan.tolerancePct = 1.0;
        Calibration::evaluate(result);
        QCOMPARE(result.asFound, Calibration::Verdict::Fail);
        // The result round-trips with its syringe, and a peristaltic result keeps its old bytes.
        const auto back = Calibration::CalibrationResult::fromJson(result.toJson());
        QVERIFY(back && back->plan.syringe);
        QCOMPARE(back->plan.syringe->setMm, 14.5);
        QCOMPARE(back->contentHash(), result.contentHash());
        QVERIFY(!Calibration::CalibrationResult{}.toJson().value(u"plan"_s).toObject().contains(u"syringe"_s));
        // Nonsense in is refused, never a number.
        for (const Plan::Syringe &bad : {Plan::Syringe{u"s"_s, 14.43, 14.43, 0.0, 1.0}, Plan::Syringe{u"s"_s, 14.43, 14.43, 1.0, 0.0},
                                         Plan::Syringe{u"s"_s, 0.0, 14.43, 1.0, 1.0}, Plan::Syringe{u"s"_s, 14.43, -1.0, 1.0, 1.0}})
            QVERIFY(!Plan::forSyringe(bad).problem().isEmpty());
        // More than one filling: the plunger would stall at the end of its travel.
        Plan full = Plan::forSyringe({u"syringe-10ml"_s, 14.43, 14.43, 3.0, 3.0, 10.0});
        QVERIFY(full.problem().isEmpty());  // 3 x 3 mL
        full.verify = true;
        QVERIFY(full.problem().contains(u"18"_s));
    }

    // A simulated NE-1000 set to its 10 mL syringe's nominal 14.5 mm whose bore is really
    // 14.6 mm, over a simulated balance: the check finds the bore, verifies it, leaves the pump
    // as it found it, and once stored the device layer sets the pump to it.
    void syringeCheckFindsTheTrueBoreAndTheDeviceLayerSetsIt()
    {
        Rig rig;
        QVERIFY(rig.openWith({u"--model"_s, u"ne-1000"_s, u"--syringe-id"_s, u"14.6"_s}));
        Calibration::CalibrationPlan plan = Calibration::CalibrationPlan::forSyringe({u"syringe-10ml"_s, 14.5, 14.5, 1.0, 10.0, 10.0});
        plan.modelId = rig.model->id;
        plan.replicates = 2;
        plan.verify = true;
        Calibration::CalibrationRunner runner(*rig.pump.driver, rig.balance.get(), plan);
        runner.setPumpIdentity(rig.identity);
        QSignalSpy finished(&runner, &Calibration::CalibrationRunner::finished);
        QSignalSpy failed(&runner, &Calibration::CalibrationRunner::failed);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().message));
        CalibrationResult r = runner.result();
        QCOMPARE(r.metering, Calibration::Metering::PumpVolume);
        QCOMPARE(r.replicates.size(), std::size_t(4));
        const double found = r.curve.syringeDiameterMm(14.5);
        QVERIFY2(std::abs(found - 14.6) < 0.01, qPrintable(QString::number(found, 'g', 8)));
        const double expectedError = ((14.5 / 14.6) * (14.5 / 14.6) - 1) * 100;
        QVERIFY2(std::abs(r.points[0].asFoundErrorPct - expectedError) < 0.1, qPrintable(QString::number(r.points[0].asFoundErrorPct)));
        QVERIFY(r.asLeft && *r.asLeft == Calibration::Verdict::Pass);
        QVERIFY2(std::abs(*r.points[0].asLeftErrorPct) < 0.2, qPrintable(QString::number(*r.points[0].asLeftErrorPct)));
        // The verification ran with the bore found; the pump is left with the diameter it had.
        std::optional<double> left;
        rig.pump.driver->readSyringeDiameter([&left](Result<double> mm) { left = mm.valueOr(-1); });
        QTRY_VERIFY_WITH_TIMEOUT(left.has_value(), 5000);
        QCOMPARE(*left, 14.5);
        QVERIFY(std::abs(rig.sim.pump->deliveryFactor() - (14.6 / 14.5) * (14.6 / 14.5)) < 1e-12);

        // Stored, the check is what the device layer sets the pump to when it connects.
        const QString storePath = m_dir.filePath(u"syringe.sqlite"_s);
        {
            Calibration::CalibrationStore store;
            QVERIFY(store.open(storePath));
            r.finishedUtc = QDateTime::currentDateTimeUtc();
            QVERIFY(store.save(r));
        }
        rig.pump.link->close();
        Device::DeviceManager host(rig.sim.registry);
        host.setCalibrationLookup(Services::DeviceService::calibrationLookup(rig.sim.registry, storePath));
        Device::PumpConfig config;
        config.id = u"syringe"_s;
        config.modelId = rig.model->id;
        config.serial = Device::defaultSerialSettings(*rig.model, rig.sim.path());
        config.address = rig.model->defaultAddress;
        std::optional<Device::PumpSnapshot> last;
        connect(&host, &Device::DeviceManager::pumpChanged, this, [&last](const Device::PumpSnapshot &s) { last = s; });
        host.addPump(config);
        host.connectPump(config.id);
        QTRY_VERIFY_WITH_TIMEOUT(last && last->calibration, 5000);
        // 14.6 mm in the pump: what it counts is what leaves the syringe.
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(rig.sim.pump->deliveryFactor() - 1.0) < 1e-3, 5000);
    }

    void runnerFindsTheTrueFigureOnASimulatedPumpAndBalance()
    {
        Rig rig;
        const double truth = 0.1;
        QVERIFY(rig.open(truth));
        Calibration::CalibrationPlan plan = rig.plan({20, 60}, 2, 6);
        Calibration::CalibrationRunner runner(*rig.pump.driver, rig.balance.get(), plan);
        runner.setPumpIdentity(rig.identity);
        QSignalSpy finished(&runner, &Calibration::CalibrationRunner::finished);
        QSignalSpy failed(&runner, &Calibration::CalibrationRunner::failed);
        QSignalSpy readings(&runner, &Calibration::CalibrationRunner::balanceReading);
        QSignalSpy progress(&runner, &Calibration::CalibrationRunner::progressChanged);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().message));
        const CalibrationResult &r = runner.result();
        QCOMPARE(r.metering, Calibration::Metering::PumpTime);
        QCOMPARE(r.replicates.size(), std::size_t(4));
        QVERIFY(!r.balance.serialNumber.isEmpty());
        for (const Calibration::PointResult &p : r.points) {
            QVERIFY2(std::abs(p.meanMlPerRev / truth - 1) < 0.005, qPrintable(QString::number(p.meanMlPerRev, 'g', 8)));
            QVERIFY2(std::abs(p.asFoundErrorPct - (0.094 / truth - 1) * 100) < 0.5, qPrintable(QString::number(p.asFoundErrorPct)));
        }
        for (const Replicate &rep : r.replicates)
            QVERIFY(rep.massG > 0 && rep.revolutions > 0);
        QCOMPARE(r.asFound, Calibration::Verdict::Fail);
        QVERIFY(!readings.isEmpty());
        QCOMPARE(progress.last().first().value<Calibration::CalibrationRunner::Progress>().done, 4);
        QVERIFY(!rig.sim.pump->running());
    }

    // An evaporation blank first (the simulated vessel loses nothing), then an as-left run
    // with the new figure: both verdicts, and the as-left error within the noise.
    void blankThenVerification()
    {
        Rig rig;
        QVERIFY(rig.open(0.1));
        Calibration::CalibrationPlan plan = rig.plan({60}, 2, 6);
        plan.evaporation = Calibration::Evaporation::Blank;
        plan.blankSeconds = 0.5;
        plan.verify = true;
        Calibration::CalibrationRunner runner(*rig.pump.driver, rig.balance.get(), plan);
        QSignalSpy states(&runner, &Calibration::CalibrationRunner::stateChanged);
        QSignalSpy finished(&runner, &Calibration::CalibrationRunner::finished);
        QSignalSpy failed(&runner, &Calibration::CalibrationRunner::failed);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().message));
        const CalibrationResult &r = runner.result();
        QCOMPARE(states.at(1).first().value<Calibration::CalibrationRunner::State>(), Calibration::CalibrationRunner::State::Blank);
        QVERIFY2(std::abs(r.evaporationGPerS) < 0.002, qPrintable(QString::number(r.evaporationGPerS)));
        QCOMPARE(r.replicates.size(), std::size_t(4));
        QCOMPARE(std::count_if(r.replicates.begin(), r.replicates.end(), [](const Replicate &x) { return x.asLeft; }), 2);
        QCOMPARE(r.asFound, Calibration::Verdict::Fail);
        QVERIFY(r.asLeft);
        QCOMPARE(*r.asLeft, Calibration::Verdict::Pass);
        QVERIFY2(std::abs(*r.points[0].asLeftErrorPct) < 0.5, qPrintable(QString::number(*r.points[0].asLeftErrorPct)));
    }

    // Abort while the pump runs a replicate: the pump stops, nothing more is measured.
    void abortWhilePumpingStopsThePump()
    {
        Rig rig;
        QVERIFY(rig.open(0.1));
        Calibration::CalibrationRunner runner(*rig.pump.driver, rig.balance.get(), rig.plan({30}, 3, 600));
        QSignalSpy failed(&runner, &Calibration::CalibrationRunner::failed);
        QSignalSpy ended(&runner, &Device::PumpJob::ended);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(rig.sim.pump->running(), 20000);
        QCOMPARE(runner.state(), Calibration::CalibrationRunner::State::Pumping);
        runner.abort();
        QCOMPARE(runner.state(), Calibration::CalibrationRunner::State::Aborted);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::Cancelled);
        QCOMPARE(ended.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.sim.pump->running(), 10000);
        QVERIFY(runner.result().replicates.empty());
    }

    // The Reglo ICC keeps a calibration of its own: written as its roller step volume, read
    // back, and from then on what its maximum flow (and so its flow modes) work with.
    void regloHoldsAWrittenCalibration()
    {
        Rig rig;
        QVERIFY(rig.open(0.1, false));
        std::optional<Result<double>> own;
        rig.pump.driver->readOwnMlPerRev([&](Result<double> r) { own = r; });
        QTRY_VERIFY_WITH_TIMEOUT(own.has_value(), 5000);
        QVERIFY(*own);
        QVERIFY2(std::abs(**own - 0.1) < 1e-4, qPrintable(QString::number(**own)));
        std::optional<Result<double>> back;
        rig.pump.driver->writeOwnMlPerRev(0.0987, [&](Result<double> r) { back = r; });
        QTRY_VERIFY_WITH_TIMEOUT(back.has_value(), 5000);
        QVERIFY2(*back, *back ? "" : qPrintable(back->error().message));
        QVERIFY2(std::abs(**back / 0.0987 - 1) < 1e-3, qPrintable(QString::number(**back, 'g', 8)));
        own.reset();
        rig.pump.driver->readOwnMlPerRev([&](Result<double> r) { own = r; });
        QTRY_VERIFY_WITH_TIMEOUT(own.has_value(), 5000);
        QVERIFY(*own);
        QVERIFY2(std::abs(**own / **back - 1) < 1e-3, qPrintable(QString::number(**own, 'g', 8)));
        // A pump that keeps none says so.
        Test::SimPumpRig longer;
        QVERIFY(longer.open(u"longer-bt100-2j"_s));
        std::optional<Result<double>> refused;
        longer.driver->writeOwnMlPerRev(0.1, [&](Result<double> r) { refused = r; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 5000);
        QVERIFY(!*refused);
        QCOMPARE(refused->error().code, Error::Code::Unsupported);
    }

    // Manual masses: the runner asks for each reading and uses what is typed.
    void manualMassesAreAskedFor()
    {
        Rig rig;
        QVERIFY(rig.open(0.1, false));
        Calibration::CalibrationPlan plan = rig.plan({60}, 1, 6);
        plan.manualMasses = true;
        Calibration::CalibrationRunner runner(*rig.pump.driver, nullptr, plan);
        QSignalSpy asked(&runner, &Calibration::CalibrationRunner::massRequested);
        QSignalSpy finished(&runner, &Calibration::CalibrationRunner::finished);
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        QCOMPARE(asked.first().at(2).toBool(), true);
        runner.enterMass(10.0);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 20000);
        QCOMPARE(asked.at(1).at(2).toBool(), false);
        // 6 s at 60 rpm = 6 rev of 0.1 mL: what water at 20 degC reads on a balance.
        runner.enterMass(10.0 + Gravimetry::readingFromVolume(0.6, Gravimetry::waterDensity(20)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY2(std::abs(runner.result().points[0].meanMlPerRev - 0.1) < 1e-6,
                 qPrintable(QString::number(runner.result().points[0].meanMlPerRev, 'g', 10)));
        QVERIFY(runner.result().replicates[0].manual);
    }

    // The seam: once a calibration is stored for a pump, head and tubing, the flow the device
    // layer reports (the Monitor page's readout and the run record's) is rpm x the new figure.
    void flowsFollowAStoredCalibration()
    {
        Test::SimPumpRig rig;
        QVERIFY(rig.openSimulated(u"reglo-icc"_s));
        const Models::PumpModel *model = rig.registry.find(rig.modelId);
        const double nominal = Models::mlPerRevFor(*model, {}, {}).value_or(0);
        QVERIFY(nominal > 0);
        const QString storePath = m_dir.filePath(u"seam.sqlite"_s);
        rig.host = std::make_unique<Device::DeviceManager>(rig.registry);
        rig.host->setCalibrationLookup(Services::DeviceService::calibrationLookup(rig.registry, storePath));
        Device::PumpConfig config;
        config.id = Test::SimPumpRig::kHostedId;
        config.modelId = rig.modelId;
        config.serial = Device::defaultSerialSettings(*model, rig.path());
        config.address = model->defaultAddress;
        config.pollIntervalMs = 100;
        std::optional<Device::PumpSnapshot> last;
        connect(rig.host.get(), &Device::DeviceManager::pumpChanged, this, [&last](const Device::PumpSnapshot &s) { last = s; });
        rig.host->addPump(config);
        rig.host->connectPump(config.id);
        QTRY_VERIFY_WITH_TIMEOUT(last && last->identity, 5000);
        QVERIFY(!last->calibration);
        // The flow the device layer reports at `rpm` settles on `expected` (mL/min).
        const auto flowBecomes = [&](double rpm, double expected) {
            rig.host->sendCommand(config.id, Device::PumpCommand::speed(rpm));
            rig.host->sendCommand(config.id, Device::PumpCommand::start());
            return QTest::qWaitFor([&] {
                return last && last->status && last->status->running && last->status->setSpeedRpm
                       && std::abs(*last->status->setSpeedRpm - rpm) < 1e-6 && last->status->flowMlPerMin
                       && std::abs(*last->status->flowMlPerMin - expected) < 1e-9;
            }, 5000);
        };
        QVERIFY(flowBecomes(40, 40 * nominal));
        // A calibration of this pump (its key from the identity it reported), this head and tubing.
        CalibrationResult r = resultWith({20, 60}, {{0.1, 0.1}, {0.09, 0.09}}, nominal);
        r.plan.modelId = rig.modelId;
        r.plan.headId = model->defaultHead;
        r.plan.tubingId = model->head(model->defaultHead)->defaultTubing;
        r.pump = *last->identity;
        {
            Calibration::CalibrationStore store;
            QVERIFY(store.open(storePath));
            QVERIFY(store.save(r));
        }
        rig.host->refreshCalibrations();
        QVERIFY(last->calibration);
        QVERIFY2(flowBecomes(40, 40 * 0.095), qPrintable(QString::number(last->status->flowMlPerMin.value_or(-1), 'g', 10)));
        QVERIFY(flowBecomes(60, 60 * 0.09));
        rig.host->sendCommand(config.id, Device::PumpCommand::stop());
        QTRY_VERIFY_WITH_TIMEOUT(last->status && !last->status->running, 5000);
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
