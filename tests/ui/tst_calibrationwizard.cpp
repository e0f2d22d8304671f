// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The Calibration page driven end to end offscreen: a Reglo ICC on pumpsim whose true figure is
// 0.1 mL/rev (nominal 0.094) and a simulated MT-SICS balance that weighs what it delivers. The
// wizard's runner and balance live on the device thread as a job on the pump; the page finds the
// true figure at every point within 0.5 %, the as-found error is the nominal's, applying stores
// it (history, audit), the pump's flows follow it, and the certificate and CSV are written. An
// abort stops the pump. With PUMPSTUDIO_SCREENSHOTS=DIR (and PUMPSTUDIO_LANGUAGE=zh_CN) every
// step is also saved as a PNG there; the texts are checked against the page's own tr(), so the
// run passes in either language.
#include "calibration/calibrationpage.h"

#include "accounts/session.h"
#include "calibration/calibrationdue.h"
#include "calibration/calibrationstore.h"
#include "calibration/pumpfigurejob.h"
#include "audit/audittrail.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "core/translations.h"
#include "device/driverfactory.h"
#include "services/deviceservice.h"
#include "services/workbench.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;

class TestCalibrationWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sim;
    QString m_pumpPath;
    QString m_balancePath;
    QString m_shots;

    static constexpr double kTruth = 0.1;
    static constexpr double kNominal = 0.094;

    bool startSim()
    {
        m_pumpPath = m_dir.filePath(u"pump"_s);
        m_balancePath = m_dir.filePath(u"balance"_s);
        m_sim = std::make_unique<QProcess>();
        m_sim->start(QStringLiteral(PUMPSIM_EXECUTABLE),
                     {u"--model"_s, u"reglo-icc"_s, u"--link"_s, m_pumpPath, u"--balance"_s, u"mt-sics"_s, u"--balance-link"_s,
                      m_balancePath, u"--ml-per-rev"_s, QString::number(kTruth), u"--speedup"_s, u"25"_s, u"--temperature"_s, u"22"_s});
        if (!m_sim->waitForStarted())
            return false;
        return QTest::qWaitFor([&] { return QFileInfo::exists(m_balancePath) && QFileInfo::exists(m_pumpPath); }, 10000);
    }

    QString addPump(Services::DeviceService &devices)
    {
        const Models::PumpModel *model = devices.models().find(u"reglo-icc"_s);
        Device::PumpConfig config;
        config.modelId = model->id;
        config.name = u"Buffer A"_s;
        config.serial = Device::defaultSerialSettings(*model, m_pumpPath);
        config.address = model->defaultAddress;
        const QString id = devices.addPump(config);
        devices.connectPump(id);
        return id;
    }

    void shot(QWidget &w, const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QDir().mkpath(m_shots);
        QVERIFY(w.grab().save(QDir(m_shots).filePath(name + u".png"_s)));
    }

    /// Whether `text` is the translated message `translated` with its %1, %2, ... filled in.
    static bool fits(const QString &text, const QString &translated)
    {
        QStringList parts = translated.split(QRegularExpression(u"%[0-9]+"_s));
        for (QString &part : parts)
            part = QRegularExpression::escape(part);
        const QRegularExpression pattern(u"\\A"_s + parts.join(u".*"_s) + u"\\z"_s, QRegularExpression::DotMatchesEverythingOption);
        return pattern.match(text).hasMatch();
    }

    template <typename T>
    static T *child(QWidget &page, const QString &name)
    {
        T *w = page.findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Logging::Options options;
        options.console = false;
        options.memoryCapacity = 500;
        Logging::initialize(options);
        QVERIFY(m_dir.isValid());
        qputenv("PUMPSTUDIO_DATA_DIR", QFile::encodeName(m_dir.filePath(u"data"_s)));
        m_shots = qEnvironmentVariable("PUMPSTUDIO_SCREENSHOTS");
        if (const QString language = qEnvironmentVariable("PUMPSTUDIO_LANGUAGE"); !language.isEmpty())
            Translations::install(*qApp, language);
        QVERIFY(startSim());
    }

    void cleanupTestCase()
    {
        if (m_sim) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
        }
    }

    void findsTheTrueFigureAppliesItAndListsItInTheHistory()
    {
        AppSettings settings(m_dir.filePath(u"settings.ini"_s));
        Services::Workbench workbench(settings);
        Services::DeviceService &devices = workbench.devices();
        const QString id = addPump(devices);
        QTRY_VERIFY_WITH_TIMEOUT(devices.pump(id) && devices.pump(id)->identity, 10000);

        CalibrationPage page(workbench);
        page.resize(1280, 860);
        page.show();
        QCOMPARE(page.step(), CalibrationPage::Step::Setup);
        // The defaults: three points at 10/50/90 % of the range, three replicates, +-2 %.
        Calibration::CalibrationPlan plan = page.plan();
        QCOMPARE(plan.rpms, (std::vector<double>{10, 50, 90}));
        QCOMPARE(plan.replicates, 3);
        QCOMPARE(plan.tolerancePct, 2.0);
        QCOMPARE(plan.tubingId, u"tube-3stop-1.52"_s);
        QVERIFY(!plan.manualMasses);

        child<QComboBox>(page, u"calBalancePort"_s)->setEditText(m_balancePath);
        child<QSpinBox>(page, u"calReplicates"_s)->setValue(2);
        child<QDoubleSpinBox>(page, u"calAmount"_s)->setValue(20);
        child<QDoubleSpinBox>(page, u"calTemperature"_s)->setValue(22);
        auto *start = child<QPushButton>(page, u"calStart"_s);
        QTRY_VERIFY(start->isEnabled());
        shot(page, u"calibration-1-setup"_s);

        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(page.step(), CalibrationPage::Step::Run);
        // The live chart has readings while a replicate is pumped.
        auto *table = child<QTableWidget>(page, u"calReplicates"_s);
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 3, 120000);
        shot(page, u"calibration-2-run"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page.step() == CalibrationPage::Step::Results
                                     || !child<QPushButton>(page, u"calAbort"_s)->isVisible(),
                                 180000);
        QVERIFY2(page.step() == CalibrationPage::Step::Results, qPrintable(child<QLabel>(page, u"calState"_s)->text()));
        QVERIFY(page.result());
        const Calibration::CalibrationResult &result = *page.result();
        QCOMPARE(result.points.size(), std::size_t(3));
        QCOMPARE(result.replicates.size(), std::size_t(6));
        for (const Calibration::PointResult &p : result.points) {
            QVERIFY2(std::abs(p.meanMlPerRev / kTruth - 1) < 0.005, qPrintable(QString::number(p.meanMlPerRev, 'g', 8)));
            QVERIFY2(std::abs(p.asFoundErrorPct - (kNominal / kTruth - 1) * 100) < 0.5, qPrintable(QString::number(p.asFoundErrorPct)));
        }
        QCOMPARE(result.asFound, Calibration::Verdict::Fail);
        QCOMPARE(child<QTableWidget>(page, u"calPoints"_s)->rowCount(), 3);
        shot(page, u"calibration-3-results"_s);

        QVERIFY(!page.saveCertificate(m_dir.filePath(u"early.pdf"_s)));  // no number before it is applied
        QVERIFY(page.apply());
        QVERIFY(page.applied());
        QVERIFY(page.result()->certificate.startsWith(u"PSC-"_s));
        const QString certificate = page.result()->certificate;
        shot(page, u"calibration-3-results-applied"_s);
        // Flows on this pump follow the new figure.
        QTRY_VERIFY_WITH_TIMEOUT(devices.pump(id)->calibration && devices.pump(id)->calibration->certificate == certificate, 10000);
        QVERIFY(std::abs(devices.pump(id)->calibration->mlPerRevAt(50) / kTruth - 1) < 0.005);
        // Audited.
        const auto entries = workbench.session().trail().entries();
        QVERIFY(entries);
        QVERIFY(std::any_of(entries->cbegin(), entries->cend(), [&](const Audit::AuditEntry &e) {
            return e.kind == Audit::Kind::Calibration && e.details.value(u"certificate"_s).toString() == certificate;
        }));

        // The Reglo ICC keeps its own calibration: the results say it was not written, then the
        // button writes it into the (simulated) pump and reads it back, and the results say so.
        QVERIFY(page.pumpKeepsItsOwnFigure());
        QCOMPARE(page.pumpFigureText(),
                 CalibrationPage::tr("Not written into the pump: PumpStudio applies the new figure; the pump's own modes still use its old one."));
        auto *writePump = child<QPushButton>(page, u"calWritePump"_s);
        QVERIFY(writePump->isEnabled());
        QTest::mouseClick(writePump, Qt::LeftButton);
        const QString readBack = CalibrationPage::tr("Written into the pump and read back: it holds %1 mL/rev (%2 written).");
        QTRY_VERIFY_WITH_TIMEOUT(
            fits(page.pumpFigureText(), readBack)
                || fits(page.pumpFigureText(), CalibrationPage::tr("Written into the pump, but it reads back %1 mL/rev instead of %2: check the pump."))
                || fits(page.pumpFigureText(), CalibrationPage::tr("Writing into the pump failed: %1. PumpStudio applies the new figure; the pump's own modes still use its old one.")),
            20000);
        QVERIFY2(fits(page.pumpFigureText(), readBack), qPrintable(page.pumpFigureText()));
        const double figure = Calibration::figureForPump(page.result()->curve);
        QVERIFY(std::abs(figure / kTruth - 1) < 0.005);
        QVERIFY2(page.pumpFigureText().contains(QLocale().toString(figure, 'f', 5)), qPrintable(page.pumpFigureText()));
        const auto afterWrite = workbench.session().trail().entries();
        QVERIFY(afterWrite);
        QVERIFY(std::any_of(afterWrite->cbegin(), afterWrite->cend(), [&](const Audit::AuditEntry &e) {
            return e.kind == Audit::Kind::Calibration && e.target == certificate && e.action == CalibrationPage::tr("Calibration figure in the pump read back")
                   && e.newValue.endsWith(u"mL/rev read back"_s);
        }));
        shot(page, u"calibration-3-results-written"_s);
        // The pump is free again (the job ended): its calibration job is over.
        QTRY_VERIFY_WITH_TIMEOUT(!devices.pump(id)->jobActive, 5000);

        const QString pdf = m_dir.filePath(certificate + u".pdf"_s);
        QVERIFY(page.saveCertificate(pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString csv = m_dir.filePath(certificate + u".csv"_s);
        QVERIFY(page.saveRawCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().contains(certificate.toUtf8()));
        if (!m_shots.isEmpty())
            QFile::copy(pdf, QDir(m_shots).filePath(u"calibration-certificate.pdf"_s));

        // The history lists it, valid, with the figure found.
        page.showTab(1);
        auto *history = child<QTableWidget>(page, u"calHistory"_s);
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 0)->text(), certificate);
        const QString valid = history->item(0, 5)->text();
        shot(page, u"calibration-4-history"_s);
        // New tubing: the calibration no longer applies, flows go back to the nominal figure.
        history->selectRow(0);
        QTest::mouseClick(child<QPushButton>(page, u"calNewTubing"_s), Qt::LeftButton);
        QVERIFY(history->item(0, 5)->text() != valid);
        QTRY_VERIFY_WITH_TIMEOUT(!devices.pump(id)->calibration, 10000);
        devices.removePump(id);
    }

    // No balance: the page asks for each reading and the runner waits for it.
    // The due interval per pump and the site's tolerance (the wizard's default) are kept and
    // audited with their old and new values.
    void dueIntervalAndSiteToleranceAreKeptAndAudited()
    {
        const QString settingsPath = m_dir.filePath(u"settings-site.ini"_s);
        {
            AppSettings settings(settingsPath);
            Services::Workbench workbench(settings);
            CalibrationPage page(workbench);
            QCOMPARE(page.plan().tolerancePct, 2.0);
            QVERIFY(!page.setSiteTolerance(0));  // out of range: refused, nothing kept
            QVERIFY(page.setSiteTolerance(1.5));
            QCOMPARE(page.plan().tolerancePct, 1.5);
            const QString key = u"reglo-icc|sn:SITE-TEST"_s;
            using Interval = Calibration::DueInterval;
            QVERIFY(!page.setDueInterval(key, Interval{0, {}}));
            QVERIFY(!page.setDueInterval(key, Interval{}));
            QVERIFY(page.setDueInterval(key, Interval{14, {}}));
            Calibration::CalibrationStore store;
            QVERIFY(store.open(Calibration::CalibrationStore::defaultPath()));
            QCOMPARE(*store.dueInterval(key), (Interval{14, {}}));
            QVERIFY(page.setDueInterval(key, Interval{{}, 250}));
            QVERIFY(page.setDueInterval(key, Interval{14, 250}));
            QCOMPARE(*store.dueInterval(key), (Interval{14, 250.0}));
            Audit::AuditFilter filter;
            filter.kinds = {Audit::Kind::Calibration};
            const auto entries = workbench.trail().entries(filter);
            QVERIFY(entries);
            bool tolerance = false;
            QStringList intervals;
            for (const Audit::AuditEntry &e : *entries) {
                tolerance = tolerance || (e.action == CalibrationPage::tr("Calibration tolerance of the site changed") && e.oldValue == u"±2 %"_s
                                          && e.newValue == u"±1.5 %"_s);
                if (e.action == CalibrationPage::tr("Calibration due interval changed") && e.target == key)
                    intervals.append(e.oldValue + u" -> "_s + e.newValue);
            }
            QVERIFY(tolerance);
            QCOMPARE(intervals, (QStringList{u"30 d -> 14 d"_s, u"14 d -> 250 h"_s, u"250 h -> 14 d, 250 h"_s}));
        }
        // A new session of the program starts its wizard with the site's tolerance.
        AppSettings settings(settingsPath);
        Services::Workbench workbench(settings);
        CalibrationPage page(workbench);
        QCOMPARE(page.plan().tolerancePct, 1.5);
        QCOMPARE(child<QDoubleSpinBox>(page, u"calSiteTolerance"_s)->value(), 1.5);
    }

    // The history tab sets the selected pump's interval in days, pump hours or both; the row's
    // own limits are kept, the next calibration gets the new ones.
    void dueIntervalInPumpHoursIsChosenOnTheHistoryTab()
    {
        AppSettings settings(m_dir.filePath(u"settings-hours.ini"_s));
        Services::Workbench workbench(settings);
        Calibration::CalibrationResult r;
        r.plan.modelId = u"reglo-icc"_s;
        r.plan.headId = u"head"_s;
        r.plan.tubingId = u"tube"_s;
        r.plan.rpms = {20};
        r.plan.replicates = 1;
        r.pump.model = u"REGLO ICC"_s;
        r.pump.serialNumber = u"UI-HOURS"_s;
        r.curve.points = {{0, 0.1}};
        r.finishedUtc = QDateTime::currentDateTimeUtc().addDays(-1);
        const QString key = Calibration::pumpKey(r.plan.modelId, r.pump);
        Calibration::CalibrationStore store;
        QVERIFY(store.open(Calibration::CalibrationStore::defaultPath()));
        const auto first = store.save(r);
        QVERIFY(first);

        CalibrationPage page(workbench);
        page.resize(1280, 860);
        page.show();
        page.showTab(1);
        page.refreshHistory();
        auto *history = child<QTableWidget>(page, u"calHistory"_s);
        const auto rowOf = [history](const QString &certificate) {
            for (int row = 0; row < history->rowCount(); ++row) {
                if (history->item(row, 0)->text() == certificate)
                    return row;
            }
            return -1;
        };
        QVERIFY(rowOf(first->certificate) >= 0);
        history->selectRow(rowOf(first->certificate));
        auto *daysOn = child<QCheckBox>(page, u"calDueDaysOn"_s);
        auto *days = child<QSpinBox>(page, u"calDueDays"_s);
        auto *hoursOn = child<QCheckBox>(page, u"calDueHoursOn"_s);
        auto *hours = child<QSpinBox>(page, u"calDueHours"_s);
        auto *set = child<QPushButton>(page, u"calSetDueDays"_s);
        QVERIFY(daysOn->isChecked());
        QCOMPARE(days->value(), Calibration::CalibrationStore::kDefaultDueDays);
        QVERIFY(!hoursOn->isChecked());
        QVERIFY(!hours->isEnabled());
        QVERIFY(set->isEnabled());

        // Pump hours only.
        hoursOn->setChecked(true);
        QVERIFY(hours->isEnabled());
        hours->setValue(250);
        daysOn->setChecked(false);
        QVERIFY(!days->isEnabled());
        shot(page, u"calibration-5-due-interval"_s);
        QTest::mouseClick(set, Qt::LeftButton);
        QCOMPARE(*store.dueInterval(key), (Calibration::DueInterval{{}, 250.0}));
        Audit::AuditFilter filter;
        filter.kinds = {Audit::Kind::Calibration};
        const auto entries = workbench.trail().entries(filter);
        QVERIFY(entries);
        QVERIFY(std::any_of(entries->cbegin(), entries->cend(), [&](const Audit::AuditEntry &e) {
            return e.action == CalibrationPage::tr("Calibration due interval changed") && e.target == key && e.oldValue == u"30 d"_s
                   && e.newValue == u"250 h"_s;
        }));
        // Neither limit: refused, nothing changed.
        hoursOn->setChecked(false);
        QTest::mouseClick(set, Qt::LeftButton);
        QCOMPARE(*store.dueInterval(key), (Calibration::DueInterval{{}, 250.0}));

        // The stored calibration keeps its 30 days; the next one falls due after 250 pump hours.
        r.finishedUtc = QDateTime::currentDateTimeUtc();
        const auto second = store.save(r);
        QVERIFY(second);
        QVERIFY(!second->dueUtc.isValid());
        page.refreshHistory();
        QCOMPARE(history->item(rowOf(first->certificate), 4)->text(), Calibration::dueLimitText(first->dueUtc, std::nullopt));
        QCOMPARE(history->item(rowOf(second->certificate), 4)->text(), Calibration::dueLimitText(QDateTime(), 250.0));
        // Selected again, the row shows the pump's interval as stored.
        history->clearSelection();
        history->selectRow(rowOf(second->certificate));
        QVERIFY(!daysOn->isChecked());
        QVERIFY(hoursOn->isChecked());
        QCOMPARE(hours->value(), 250);
    }

    void asksForMassesByHandWithoutABalance()
    {
        AppSettings settings(m_dir.filePath(u"settings3.ini"_s));
        Services::Workbench workbench(settings);
        Services::DeviceService &devices = workbench.devices();
        const QString id = addPump(devices);
        QTRY_VERIFY_WITH_TIMEOUT(devices.pump(id) && devices.pump(id)->identity, 10000);
        CalibrationPage page(workbench);
        page.show();
        child<QComboBox>(page, u"calBalanceModel"_s)->setCurrentIndex(0);
        QVERIFY(page.plan().manualMasses);
        child<QLineEdit>(page, u"calSpeeds"_s)->setText(u"60"_s);
        child<QSpinBox>(page, u"calReplicates"_s)->setValue(1);
        child<QComboBox>(page, u"calAmountKind"_s)->setCurrentIndex(1);  // revolutions
        child<QDoubleSpinBox>(page, u"calAmount"_s)->setValue(5);
        auto *start = child<QPushButton>(page, u"calStart"_s);
        QTRY_VERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        auto *mass = child<QDoubleSpinBox>(page, u"calMass"_s);
        auto *enter = child<QPushButton>(page, u"calEnterMass"_s);
        QTRY_VERIFY_WITH_TIMEOUT(enter->isVisible(), 30000);  // the reading before the run
        mass->setValue(0.0);
        QTest::mouseClick(enter, Qt::LeftButton);
        QVERIFY(!enter->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(enter->isVisible(), 30000);  // after the run
        mass->setValue(0.5);
        QTest::mouseClick(enter, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.step() == CalibrationPage::Step::Results, 30000);
        QCOMPARE(page.result()->replicates.size(), std::size_t(1));
        const Calibration::Replicate &r = page.result()->replicates.front();
        QVERIFY(r.manual);
        QCOMPARE(r.massG, 0.5);
        QVERIFY2(std::abs(r.mlPerRev - r.volumeMl / r.revolutions) < 1e-9, qPrintable(QString::number(r.mlPerRev)));
        QVERIFY2(r.volumeMl > 0.5 && r.volumeMl < 0.505, qPrintable(QString::number(r.volumeMl)));  // water at 20 degC, buoyancy
        devices.removePump(id);
    }

    // A syringe pump: the wizard runs a syringe check. A simulated NE-1000 with the 10 mL
    // syringe's nominal 14.5 mm whose bore is really 14.6 mm: the check finds the bore, and once
    // applied the pump is set to it, so a second check finds it set so, and true.
    void syringeCheckSetsThePumpToTheBoreFound()
    {
        const QString pumpPath = m_dir.filePath(u"syringe-pump"_s);
        const QString balancePath = m_dir.filePath(u"syringe-balance"_s);
        QProcess sim;
        sim.start(QStringLiteral(PUMPSIM_EXECUTABLE), {u"--model"_s, u"ne-1000"_s, u"--link"_s, pumpPath, u"--balance"_s, u"mt-sics"_s,
                                                       u"--balance-link"_s, balancePath, u"--syringe-id"_s, u"14.6"_s, u"--speedup"_s, u"25"_s});
        QVERIFY(sim.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(balancePath) && QFileInfo::exists(pumpPath); }, 10000));
        AppSettings settings(m_dir.filePath(u"settings4.ini"_s));
        Services::Workbench workbench(settings);
        Services::DeviceService &devices = workbench.devices();
        const Models::PumpModel *model = devices.models().find(u"ne-1000"_s);
        Device::PumpConfig config;
        config.modelId = model->id;
        config.name = u"Syringe B"_s;
        config.serial = Device::defaultSerialSettings(*model, pumpPath);
        config.address = model->defaultAddress;
        const QString id = devices.addPump(config);
        devices.connectPump(id);
        QTRY_VERIFY_WITH_TIMEOUT(devices.pump(id) && devices.pump(id)->identity, 10000);

        CalibrationPage page(workbench);
        page.resize(1280, 860);
        page.show();
        auto *pump = child<QComboBox>(page, u"calPump"_s);
        pump->setCurrentIndex(pump->findData(id));
        // The method is a volume per replicate at a rate, for the model's syringes.
        QVERIFY(child<QDoubleSpinBox>(page, u"calSyringeVolume"_s)->isVisible());
        QVERIFY(!child<QLineEdit>(page, u"calSpeeds"_s)->isVisible());
        QVERIFY(!child<QComboBox>(page, u"calHead"_s)->isVisible());
        QCOMPARE(child<QComboBox>(page, u"calTubing"_s)->currentData().toString(), u"syringe-10ml"_s);
        child<QComboBox>(page, u"calBalancePort"_s)->setEditText(balancePath);
        child<QSpinBox>(page, u"calReplicates"_s)->setValue(2);
        child<QDoubleSpinBox>(page, u"calSyringeRate"_s)->setValue(10);
        const auto runCheck = [&]() -> std::optional<Calibration::CalibrationResult> {
            auto *start = child<QPushButton>(page, u"calStart"_s);
            if (!QTest::qWaitFor([&] { return start->isEnabled(); }, 5000))
                return std::nullopt;
            QTest::mouseClick(start, Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return page.step() == CalibrationPage::Step::Results
                                               || !child<QPushButton>(page, u"calAbort"_s)->isVisible(); }, 120000)
                || !page.result())
                return std::nullopt;
            return *page.result();
        };
        Calibration::CalibrationPlan plan = page.plan();
        QVERIFY(plan.syringe);
        QCOMPARE(plan.syringe->nominalMm, 14.5);
        QCOMPARE(plan.syringe->volumeMl, 1.0);
        shot(page, u"calibration-5-syringe-setup"_s);
        const auto first = runCheck();
        QVERIFY2(first, qPrintable(child<QLabel>(page, u"calState"_s)->text()));
        QCOMPARE(first->plan.syringe->setMm, 14.5);
        const double bore = first->curve.syringeDiameterMm(14.5);
        QVERIFY2(std::abs(bore - 14.6) < 0.01, qPrintable(QString::number(bore, 'g', 8)));
        QVERIFY(std::abs(first->points.front().asFoundErrorPct - ((14.5 / 14.6) * (14.5 / 14.6) - 1) * 100) < 0.1);
        QCOMPARE(child<QTableWidget>(page, u"calPoints"_s)->item(0, 1)->text(), QLocale().toString(bore, 'f', 3));
        shot(page, u"calibration-6-syringe-results"_s);
        QVERIFY(page.apply());
        QTRY_VERIFY_WITH_TIMEOUT(devices.pump(id)->calibration && devices.pump(id)->calibration->certificate == page.result()->certificate, 10000);
        // The history names the bore found, not a figure per revolution.
        auto *history = child<QTableWidget>(page, u"calHistory"_s);
        const auto rows = history->findItems(page.result()->certificate, Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(history->item(rows.first()->row(), 7)->text(), CalibrationPage::tr("bore %1 mm").arg(QLocale().toString(bore, 'f', 3)));
        const QString pdf = m_dir.filePath(u"syringe.pdf"_s);
        QVERIFY(page.saveCertificate(pdf));
        if (!m_shots.isEmpty())
            QFile::copy(pdf, QDir(m_shots).filePath(u"calibration-syringe-certificate.pdf"_s));

        // Checked again: the pump now counts with the bore found, and counts true.
        child<QPushButton>(page, u"calAgain"_s)->click();
        const auto second = runCheck();
        QVERIFY2(second, qPrintable(child<QLabel>(page, u"calState"_s)->text()));
        QVERIFY2(std::abs(second->plan.syringe->setMm - 14.6) < 0.001, qPrintable(QString::number(second->plan.syringe->setMm)));
        QVERIFY2(std::abs(second->points.front().asFoundErrorPct) < 0.2, qPrintable(QString::number(second->points.front().asFoundErrorPct)));
        QCOMPARE(second->asFound, Calibration::Verdict::Pass);
        devices.removePump(id);
        sim.terminate();
        sim.waitForFinished(5000);
    }

    void abortStopsThePump()
    {
        AppSettings settings(m_dir.filePath(u"settings2.ini"_s));
        Services::Workbench workbench(settings);
        Services::DeviceService &devices = workbench.devices();
        const QString id = addPump(devices);
        QTRY_VERIFY_WITH_TIMEOUT(devices.pump(id) && devices.pump(id)->identity, 10000);
        CalibrationPage page(workbench);
        page.show();
        child<QComboBox>(page, u"calBalancePort"_s)->setEditText(m_balancePath);
        child<QLineEdit>(page, u"calSpeeds"_s)->setText(u"50"_s);
        child<QDoubleSpinBox>(page, u"calAmount"_s)->setValue(3000);  // long enough to be caught running
        auto *start = child<QPushButton>(page, u"calStart"_s);
        QTRY_VERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(devices.pump(id)->status && devices.pump(id)->status->running, 30000);
        QTest::mouseClick(child<QPushButton>(page, u"calAbort"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QPushButton>(page, u"calAbort"_s)->isVisible(), 10000);
        QVERIFY(child<QLabel>(page, u"calState"_s)->text().contains(CalibrationPage::tr("Stopped, the pump was told to stop: %1").section(u'%', 0, 0)));
        QTRY_VERIFY_WITH_TIMEOUT(!devices.pump(id)->status->running, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!devices.pump(id)->jobActive, 10000);
        QCOMPARE(page.step(), CalibrationPage::Step::Run);
        devices.removePump(id);
    }
};

QTEST_MAIN(TestCalibrationWizard)
#include "tst_calibrationwizard.moc"
