// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "cli/calibratectl.h"

#include "calibration/calibrationdue.h"
#include "calibration/calibrationrunner.h"
#include "calibration/calibrationstore.h"
#include "calibration/pumphours.h"
#include "cli/pumpctl.h"
#include "cli/pumpctlaudit.h"
#include "core/clocktext.h"
#include "device/balancedriver.h"
#include "device/balancefactory.h"
#include "device/driverfactory.h"
#include "device/link.h"
#include "device/pumpdriver.h"
#include "models/balanceregistry.h"
#include "models/limits.h"
#include "models/modelregistry.h"
#include "records/runcatalog.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Cli {

namespace {

double rounded(double value, int digits)
{
    const double scale = std::pow(10.0, digits);
    return std::round(value * scale) / scale;
}

QString osUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("LOGNAME") : user;
}

} // namespace

CalibrateCtl::CalibrateCtl(const Models::ModelRegistry &models, const Models::BalanceRegistry &balances, QTextStream &out,
                           QTextStream &err, QObject *parent)
    : QObject(parent), m_models(models), m_balances(balances), m_out(out), m_err(err)
{
}

CalibrateCtl::~CalibrateCtl()
{
    m_runner.reset();  // stops the pump if it still ran
    m_balance.reset();
    m_bus.reset();
    m_driver.reset();
    m_link.reset();
}

QJsonObject CalibrateCtl::resultJson(const Calibration::CalibrationResult &r)
{
    QJsonArray points;
    for (std::size_t i = 0; i < r.points.size(); ++i) {
        const Calibration::PointResult &p = r.points[i];
        QJsonArray replicates;
        for (const Calibration::Replicate &rep : r.replicates) {
            if (!rep.asLeft && rep.point == int(i))
                replicates.append(QJsonObject{{u"massG"_s, rep.massG}, {u"revolutions"_s, rounded(rep.revolutions, 6)},
                                              {u"mlPerRev"_s, rounded(rep.mlPerRev, 6)}});
        }
        QJsonObject point{{u"rpm"_s, rounded(p.rpm, 3)},
                          {u"mlPerRev"_s, rounded(p.meanMlPerRev, 6)},
                          {u"cvPct"_s, rounded(p.cvPct, 3)},
                          {u"asFoundErrorPct"_s, rounded(p.asFoundErrorPct, 3)},
                          {u"replicates"_s, replicates}};
        if (p.asLeftErrorPct)
            point.insert(u"asLeftErrorPct"_s, rounded(*p.asLeftErrorPct, 3));
        points.append(point);
    }
    QJsonObject o{{u"command"_s, u"calibrate"_s},
                  {u"ok"_s, true},
                  {u"certificate"_s, r.certificate},
                  {u"points"_s, points},
                  {u"mlPerRevAsFound"_s, rounded(r.mlPerRevAsFound(), 6)},
                  {u"asFound"_s, Calibration::verdictToken(r.asFound)},
                  {u"verdict"_s, Calibration::verdictToken(r.verdict())},
                  {u"tolerancePct"_s, r.plan.tolerancePct},
                  {u"metering"_s, Calibration::meteringToken(r.metering)},
                  {u"contentHash"_s, QString::fromLatin1(r.contentHash())},
                  {u"dueUtc"_s, r.dueUtc.toString(Qt::ISODate)},
                  {u"dueHours"_s, r.dueHours ? QJsonValue(*r.dueHours) : QJsonValue()}};
    if (r.asLeft)
        o.insert(u"asLeft"_s, Calibration::verdictToken(*r.asLeft));
    if (r.plan.syringe && !r.points.empty()) {
        const auto &s = *r.plan.syringe;
        const Calibration::PointResult &p = r.points.front();
        o.insert(u"syringe"_s, QJsonObject{{u"id"_s, s.id},
                                           {u"nominalMm"_s, s.nominalMm},
                                           {u"setMm"_s, s.setMm},
                                           {u"volumeMl"_s, s.volumeMl},
                                           {u"mlPerMin"_s, s.mlPerMin},
                                           {u"deliveredPct"_s, rounded(100.0 * p.meanMlPerRev / p.asFoundMlPerRev, 3)},
                                           {u"errorPct"_s, rounded(p.asFoundErrorPct, 3)},
                                           {u"cvPct"_s, rounded(p.cvPct, 3)},
                                           {u"diameterMm"_s, rounded(r.curve.syringeDiameterMm(s.nominalMm), 4)}});
    }
    return o;
}

void CalibrateCtl::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, this, [this, code] {
        m_runner.reset();
        m_balance.reset();
        if (m_bus)
            m_bus->close();
        m_driver.reset();
        if (m_link)
            m_link->close();
        Q_EMIT finished(code);
    });
}

void CalibrateCtl::fail(const Error &error)
{
    if (m_options.json) {
        m_out << QJsonDocument(QJsonObject{{u"command"_s, u"calibrate"_s}, {u"ok"_s, false}, {u"error"_s, error.message},
                                           {u"exitCode"_s, m_interrupted ? 130 : exitCodeFor(error)}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    }
    m_err << error.message << Qt::endl;
    finish(m_interrupted ? 130 : exitCodeFor(error));
}

void CalibrateCtl::run(const PumpCtlOptions &options, const Models::PumpModel &model, const Device::SerialSettings &settings)
{
    m_options = options;
    m_model = &model;
    m_link = Device::createLink(model, settings, nullptr);
    if (options.trace) {
        connect(m_link.get(), &Device::Link::traffic, this, [this](bool outgoing, const QByteArray &bytes) {
            m_err << (outgoing ? u"> "_s : u"< "_s) << QString::fromLatin1(bytes.toHex(' ')) << Qt::endl;
        });
    }
    auto driver = Device::createDriver(model, *m_link, options.address.value_or(model.defaultAddress), nullptr);
    if (!driver) {
        fail(driver.error());
        return;
    }
    m_driver = std::move(driver).value();
    if (const auto perRev = Models::mlPerRevFor(model, options.head, options.tubing))
        m_driver->setMlPerRev(*perRev);
    if (model.kind == Models::Kind::Syringe) {
        m_syringe = model.syringeOrDefault(options.syringe);
        if (!m_syringe) {
            fail(makeError(Error::Code::InvalidArgument, tr("The %1 has no syringe \"%2\".").arg(model.displayName, options.syringe)));
            return;
        }
        if (!options.volume) {
            fail(makeError(Error::Code::InvalidArgument, tr("A syringe check needs --volume ML, the volume each replicate dispenses.")));
            return;
        }
    }
    m_link->open();
    if (m_link->state() != Device::LinkState::Connected) {
        fail(makeError(Error::Code::Io, m_link->lastError()));
        return;
    }
    m_driver->identify([this](Result<Device::PumpIdentity> id) {
        if (!id) {
            fail(id.error());
            return;
        }
        // A syringe pump is checked with the syringe's diameter as PumpStudio sets it (corrected
        // by the last check, where there is one): prepare() puts it in the pump.
        if (m_syringe)
            m_driver->setSyringeDiameter(currentCurve(*id).value_or(Models::MlPerRevCurve{}).syringeDiameterMm(m_syringe->innerDiameterMm));
        m_driver->prepare([this, identity = *id](Result<void> prepared) {
            if (!prepared) {
                fail(prepared.error());
                return;
            }
            m_err << tr("Pump: %1").arg(identity.summary()) << Qt::endl;
            openBalance();
            if (m_finished)
                return;
            startRunner(identity);
        });
    });
}

void CalibrateCtl::openBalance()
{
    const Models::BalanceModel *model = m_balances.find(m_options.balanceModel);
    if (!model) {
        fail(makeError(Error::Code::InvalidArgument, tr("Unknown balance model \"%1\"; 'pumpctl models' lists them.").arg(m_options.balanceModel)));
        return;
    }
    m_balanceModelId = model->id;
    m_bus = Device::createBalanceLink(*model, Device::defaultSerialSettings(*model, m_options.balancePort));
    m_balance = Device::createBalanceDriver(*model, *m_bus);
    m_bus->open();
    if (m_bus->state() != Device::LinkState::Connected)
        fail(makeError(Error::Code::Io, m_bus->lastError()));
}

std::optional<Models::MlPerRevCurve> storedCurve(const QString &modelId, const Device::PumpIdentity &identity, const QString &headId,
                                                 const QString &tubingId)
{
    if (!QFileInfo::exists(Calibration::CalibrationStore::defaultPath()))
        return std::nullopt;
    Calibration::CalibrationStore store;
    if (!store.open(Calibration::CalibrationStore::defaultPath()))
        return std::nullopt;
    const auto current = store.curveFor(Calibration::pumpKey(modelId, identity), headId, tubingId);
    if (!current || !*current)
        return std::nullopt;
    return **current;
}

std::optional<double> syringeDiameterFor(const Models::PumpModel &model, const QString &syringeId, const Device::PumpIdentity &identity)
{
    const Models::SyringeOption *syringe = model.syringeOrDefault(syringeId);
    if (model.kind != Models::Kind::Syringe || !syringe)
        return std::nullopt;
    return storedCurve(model.id, identity, {}, syringe->id).value_or(Models::MlPerRevCurve{}).syringeDiameterMm(syringe->innerDiameterMm);
}

std::optional<Models::MlPerRevCurve> CalibrateCtl::currentCurve(const Device::PumpIdentity &identity) const
{
    const Models::PumpModel &model = *m_model;
    if (m_syringe)
        return storedCurve(model.id, identity, {}, m_syringe->id);
    const QString head = m_options.head.isEmpty() ? model.defaultHead : m_options.head;
    const Models::HeadOption *option = model.head(head);
    return storedCurve(model.id, identity, head, m_options.tubing.isEmpty() && option ? option->defaultTubing : m_options.tubing);
}

void CalibrateCtl::startRunner(const Device::PumpIdentity &identity)
{
    using Calibration::CalibrationRunner;
    const Models::PumpModel &model = *m_model;
    Calibration::CalibrationPlan plan;
    if (m_syringe) {
        // One minute a replicate unless a rate is given; the pump refuses a rate beyond its range.
        plan = Calibration::CalibrationPlan::forSyringe(
            {m_syringe->id, m_syringe->innerDiameterMm, m_driver->syringeDiameter().value_or(m_syringe->innerDiameterMm),
             *m_options.volume, m_options.rate.value_or(*m_options.volume), m_syringe->capacityMl});
    } else {
        plan.headId = m_options.head.isEmpty() ? model.defaultHead : m_options.head;
        if (const Models::HeadOption *head = model.head(plan.headId))
            plan.tubingId = m_options.tubing.isEmpty() ? head->defaultTubing : m_options.tubing;
        else
            plan.tubingId = m_options.tubing;
        plan.rpms = m_options.rpms.empty() ? Calibration::CalibrationPlan::defaultRpms(model.minRpm, model.maxRpm) : m_options.rpms;
        plan.seconds = m_options.revolutions ? 0.0 : m_options.seconds;
        plan.revolutions = m_options.revolutions.value_or(0.0);
        // As found: what PumpStudio uses for this pump, head and tubing now: its calibration
        // where it has one, else the tubing's nominal figure.
        if (const auto nominal = Models::mlPerRevFor(model, plan.headId, plan.tubingId))
            plan.asFound.points = {{0.0, *nominal}};
        if (auto current = currentCurve(identity))
            plan.asFound = *current;
    }
    plan.pumpName = m_options.port;
    plan.modelId = model.id;
    plan.replicates = m_options.replicates;
    if (m_options.temperature)
        plan.temperatureC = *m_options.temperature;
    plan.densityGPerMl = m_options.density;
    plan.tolerancePct = m_options.tolerancePct;
    plan.verify = m_options.verify;
    plan.operatorName = m_options.user.isEmpty() ? osUser() : m_options.user;
    m_runner = std::make_unique<CalibrationRunner>(*m_driver, m_balance.get(), plan);
    m_runner->setPumpIdentity(identity);
    m_runner->setBalanceModelId(m_balanceModelId);
    m_runner->setLiveInterval(0);
    connect(m_runner.get(), &CalibrationRunner::replicateFinished, this, [this](const Calibration::Replicate &r) {
        if (m_syringe) {
            m_err << tr("Replicate %1%2: %3 g, %4 mL for %5 mL at the nominal diameter")
                         .arg(r.index + 1)
                         .arg(r.asLeft ? tr(" (as left)") : QString())
                         .arg(r.massG, 0, 'f', 4)
                         .arg(r.volumeMl, 0, 'f', 4)
                         .arg(r.revolutions, 0, 'f', 4)
                  << Qt::endl;
            return;
        }
        m_err << tr("%1 rpm, replicate %2%3: %4 g in %5 rev = %6 mL/rev")
                     .arg(r.rpm, 0, 'f', 2)
                     .arg(r.index + 1)
                     .arg(r.asLeft ? tr(" (as left)") : QString())
                     .arg(r.massG, 0, 'f', 4)
                     .arg(r.revolutions, 0, 'f', 4)
                     .arg(r.mlPerRev, 0, 'f', 5)
              << Qt::endl;
    });
    connect(m_runner.get(), &CalibrationRunner::failed, this, [this](const Error &e) { fail(e); });
    connect(m_runner.get(), &CalibrationRunner::finished, this, &CalibrateCtl::onFinished);
    QTimer::singleShot(0, this, [this] {
        if (m_runner && !m_finished)
            m_runner->start();
    });
}

void CalibrateCtl::onFinished(const Calibration::CalibrationResult &finishedResult)
{
    Calibration::CalibrationResult result = finishedResult;
    Calibration::CalibrationStore store;
    if (auto opened = store.open(Calibration::CalibrationStore::defaultPath()); !opened) {
        fail(opened.error());
        return;
    }
    auto saved = store.save(result);
    if (!saved) {
        fail(saved.error());
        return;
    }
    result = *saved;
    if (auto sealed = recordCalibration(m_options, result, m_err); !sealed) {
        fail(sealed.error());
        return;
    }
    if (!m_options.writeToPump) {
        report(result, {});
        return;
    }
    if (m_syringe) {
        writeSyringeDiameter(result);
        return;
    }
    // The pump holds one figure: the new curve's at the middle of the calibrated speeds.
    const double low = result.curve.points.front().rpm;
    const double high = result.curve.points.back().rpm;
    const double figure = result.curve.mlPerRevAt(0.5 * (low + high));
    m_driver->writeOwnMlPerRev(figure, [this, result, figure](Result<double> readBack) {
        QJsonObject pump{{u"mlPerRev"_s, rounded(figure, 6)}};
        if (readBack) {
            // The pump keeps its figure to 4 significant digits.
            const bool same = std::abs(*readBack / figure - 1) < 1e-3;
            pump.insert(u"readBack"_s, rounded(*readBack, 6));
            pump.insert(u"done"_s, same ? u"written and read back"_s : u"written, read back different"_s);
            (void)recordPumpCalibration(m_options, result, figure, *readBack, m_err);
            if (!same) {
                m_err << tr("The pump holds %1 mL/rev after writing %2.").arg(*readBack).arg(figure) << Qt::endl;
                report(result, pump, ExitNoReply);
                return;
            }
        } else if (readBack.error().code == Error::Code::Unsupported) {
            pump.insert(u"done"_s, u"not supported: applied by PumpStudio"_s);
        } else {
            pump.insert(u"done"_s, u"failed"_s);
            pump.insert(u"error"_s, readBack.error().message);
            m_err << readBack.error().message << Qt::endl;
            report(result, pump, exitCodeFor(readBack.error()));
            return;
        }
        report(result, pump);
    });
}

void CalibrateCtl::writeSyringeDiameter(const Calibration::CalibrationResult &result)
{
    // The pump counts with the diameter the check found from now on; set means read back the same.
    const double mm = result.curve.syringeDiameterMm(m_syringe->innerDiameterMm);
    m_driver->writeSyringeDiameter(mm, [this, result, mm](Result<double> readBack) {
        QJsonObject pump{{u"syringeDiameterMm"_s, rounded(mm, 4)}};
        if (!readBack) {
            pump.insert(u"done"_s, u"failed"_s);
            pump.insert(u"error"_s, readBack.error().message);
            m_err << readBack.error().message << Qt::endl;
            report(result, pump, exitCodeFor(readBack.error()));
            return;
        }
        pump.insert(u"readBack"_s, *readBack);
        pump.insert(u"done"_s, u"written and read back"_s);
        (void)recordPumpCalibration(m_options, result, mm, *readBack, m_err);
        report(result, pump);
    });
}

void CalibrateCtl::report(const Calibration::CalibrationResult &result, const QJsonObject &pump, std::optional<int> forced)
{
    const int code = forced.value_or(result.verdict() == Calibration::Verdict::Pass ? ExitOk : ExitOutOfTolerance);
    if (m_options.json) {
        QJsonObject json = resultJson(result);
        if (!pump.isEmpty())
            json.insert(u"pumpCalibration"_s, pump);
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (m_syringe && !result.points.empty()) {
        const Calibration::PointResult &p = result.points.front();
        const auto &syringe = *result.plan.syringe;
        m_out << tr("%1 (nominal %2 mm): the pump set to %3 mm delivers %4 % of the volume it shows (CV %5 %); "
                    "error of the volumes shown %6 % (%7); inner diameter found %8 mm")
                     .arg(m_syringe->name)
                     .arg(syringe.nominalMm)
                     .arg(syringe.setMm)
                     .arg(100.0 * p.meanMlPerRev / p.asFoundMlPerRev, 0, 'f', 2)
                     .arg(p.cvPct, 0, 'f', 2)
                     .arg(p.asFoundErrorPct, 0, 'f', 2)
                     .arg(Calibration::verdictText(p.asFoundPass ? Calibration::Verdict::Pass : Calibration::Verdict::Fail))
                     .arg(result.curve.syringeDiameterMm(syringe.nominalMm), 0, 'f', 3)
              << Qt::endl;
    } else {
        for (const Calibration::PointResult &p : result.points) {
            m_out << tr("%1 rpm: %2 mL/rev, CV %3 %, as found %4 mL/rev (%5 %, %6)")
                         .arg(p.rpm, 0, 'f', 2)
                         .arg(p.meanMlPerRev, 0, 'f', 5)
                         .arg(p.cvPct, 0, 'f', 2)
                         .arg(p.asFoundMlPerRev, 0, 'f', 5)
                         .arg(p.asFoundErrorPct, 0, 'f', 2)
                         .arg(Calibration::verdictText(p.asFoundPass ? Calibration::Verdict::Pass : Calibration::Verdict::Fail))
                  << Qt::endl;
        }
        m_out << tr("Certificate %1: as found %2 (tolerance +-%3 %)%4; due %5")
                     .arg(result.certificate, Calibration::verdictText(result.asFound))
                     .arg(result.plan.tolerancePct)
                     .arg(result.asLeft ? tr(", as left %1").arg(Calibration::verdictText(*result.asLeft)) : QString(),
                          result.dueHours ? Calibration::dueLimitText(result.dueUtc, result.dueHours)
                                          : result.dueUtc.toString(u"yyyy-MM-dd"_s))
              << Qt::endl;
        if (!pump.isEmpty() && m_syringe) {
            m_out << tr("In the pump: inner diameter %1 mm written, %2 read back (%3)")
                         .arg(pump.value(u"syringeDiameterMm"_s).toDouble())
                         .arg(pump.contains(u"readBack"_s) ? QString::number(pump.value(u"readBack"_s).toDouble()) : u"-"_s,
                              pump.value(u"done"_s).toString())
                  << Qt::endl;
        } else if (!pump.isEmpty()) {
            m_out << tr("In the pump: %1 mL/rev written, %2 read back (%3)")
                         .arg(pump.value(u"mlPerRev"_s).toDouble())
                         .arg(pump.contains(u"readBack"_s) ? QString::number(pump.value(u"readBack"_s).toDouble()) : u"-"_s,
                              pump.value(u"done"_s).toString())
                  << Qt::endl;
        }
    }
    finish(code);
}

void CalibrateCtl::interrupt()
{
    if (m_finished)
        return;
    m_interrupted = true;
    m_err << tr("Interrupted: aborting the calibration and stopping the pump.") << Qt::endl;
    if (m_runner && m_runner->isActive()) {
        m_runner->abort(tr("Interrupted."));
        return;
    }
    finish(130);
}

int CalibrateCtl::listHistory(const PumpCtlOptions &options, QTextStream &out, QTextStream &err)
{
    if (options.words.value(0) != u"list") {
        err << tr("'calibrations' takes: list [--json].") << Qt::endl;
        return ExitUsage;
    }
    Calibration::CalibrationStore store;
    if (auto r = store.open(Calibration::CalibrationStore::defaultPath()); !r) {
        err << r.error().message << Qt::endl;
        return ExitNoReply;
    }
    const auto entries = store.list();
    if (!entries) {
        err << entries.error().message << Qt::endl;
        return ExitNoReply;
    }
    // Pump hours since the calibration, for those with a limit in hours that still apply: from
    // the run records (read once, on the first that needs them) for a pump with a serial number,
    // else as PumpStudio last counted them (see calibrationDueFinding in pumpctl.cpp).
    std::optional<Calibration::PumpHoursIndex> index;
    const auto pumpHours = [&](const Calibration::HistoryEntry &e) -> std::optional<double> {
        if (!e.dueHours)
            return std::nullopt;
        const auto due = store.dueState(e.pumpKey, e.headId, e.tubingId);
        if (!due || due->certificate != e.certificate)
            return std::nullopt;  // superseded, or new tubing fitted since
        Calibration::PumpMatch match;
        match.modelId = e.modelId;
        match.serialNumber = e.pumpSerial;
        if (!match.canMatch()) {
            const auto counted = store.countedHours(e.certificate);
            return counted && *counted ? std::optional<double>((*counted)->hours) : std::nullopt;
        }
        if (!index) {
            index.emplace();
            index->update(Records::RunCatalog::defaultFolder());
        }
        return index->hoursSince(match, e.finishedUtc);
    };
    const auto dueWithHours = [](const Calibration::HistoryEntry &e, const std::optional<double> &used) {
        QString text = tr("due %1").arg(Calibration::dueLimitText(e.dueUtc, e.dueHours));
        if (used)
            text += u' ' + tr("(%1 pump hours used)").arg(Calibration::pumpHoursText(*used));
        return text;
    };
    for (const Calibration::HistoryEntry &e : *entries) {
        const bool intact = store.verify(e.certificate).valueOr(false);
        const std::optional<double> used = pumpHours(e);
        if (options.json) {
            QJsonArray curve;
            for (const auto &p : e.curve.points)
                curve.append(QJsonObject{{u"rpm"_s, p.rpm}, {u"mlPerRev"_s, p.mlPerRev}});
            out << QJsonDocument(QJsonObject{{u"certificate"_s, e.certificate}, {u"pump"_s, e.pumpKey}, {u"model"_s, e.modelId},
                                             {u"head"_s, e.headId}, {u"tubing"_s, e.tubingId}, {u"balance"_s, e.balance},
                                             {u"operator"_s, e.operatorName}, {u"finishedUtc"_s, e.finishedUtc.toString(Qt::ISODate)},
                                             {u"dueUtc"_s, e.dueUtc.toString(Qt::ISODate)},
                                             {u"dueHours"_s, e.dueHours ? QJsonValue(*e.dueHours) : QJsonValue()},
                                             {u"pumpHours"_s, used ? QJsonValue(rounded(*used, 2)) : QJsonValue()},
                                             {u"asFound"_s, Calibration::verdictToken(e.asFound)},
                                             {u"asLeft"_s, e.asLeft ? Calibration::verdictToken(*e.asLeft) : QString()},
                                             {u"curve"_s, curve}, {u"contentHash"_s, QString::fromLatin1(e.contentHash)},
                                             {u"intact"_s, intact}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        } else {
            QStringList curve;
            for (const auto &p : e.curve.points)
                curve.append(u"%1@%2"_s.arg(QString::number(p.mlPerRev, 'g', 6), QString::number(p.rpm, 'g', 6)));
            out << u"%1\t%2\t%3/%4\t%5\t%6\t%7\t%8"_s.arg(e.certificate, e.pumpKey, e.headId, e.tubingId, curve.join(u' '),
                                                              Calibration::verdictText(e.asFound), e.finishedUtc.toString(Qt::ISODate),
                                                              e.dueHours ? dueWithHours(e, used)
                                                                         : tr("due %1").arg(e.dueUtc.toString(u"yyyy-MM-dd"_s)))
                << u'\t' << (intact ? tr("intact") : tr("CHANGED")) << Qt::endl;
        }
    }
    if (!options.json && entries->empty())
        out << tr("No calibrations yet.") << Qt::endl;
    return ExitOk;
}

} // namespace PumpStudio::Cli
