// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "calibration/calibrationtypes.h"

#include "core/gravimetry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Calibration {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Calibration)
};

QJsonValue optionalNumber(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }
std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonObject identityJson(const Device::PumpIdentity &id)
{
    return {{u"model"_s, id.model}, {u"firmware"_s, id.firmware}, {u"serialNumber"_s, id.serialNumber},
            {u"address"_s, id.address}, {u"portSerialNumber"_s, id.portSerialNumber}};
}

Device::PumpIdentity identityFrom(const QJsonObject &o)
{
    Device::PumpIdentity id;
    id.model = o.value(u"model"_s).toString();
    id.firmware = o.value(u"firmware"_s).toString();
    id.serialNumber = o.value(u"serialNumber"_s).toString();
    id.address = o.value(u"address"_s).toInt();
    id.portSerialNumber = o.value(u"portSerialNumber"_s).toString();
    return id;
}

QJsonObject balanceJson(const Device::BalanceIdentity &id)
{
    return {{u"model"_s, id.model}, {u"serialNumber"_s, id.serialNumber}, {u"firmware"_s, id.firmware},
            {u"capacityG"_s, optionalNumber(id.capacityG)}, {u"readabilityG"_s, optionalNumber(id.readabilityG)}};
}

Device::BalanceIdentity balanceFrom(const QJsonObject &o)
{
    Device::BalanceIdentity id;
    id.model = o.value(u"model"_s).toString();
    id.serialNumber = o.value(u"serialNumber"_s).toString();
    id.firmware = o.value(u"firmware"_s).toString();
    id.capacityG = optionalNumber(o.value(u"capacityG"_s));
    id.readabilityG = optionalNumber(o.value(u"readabilityG"_s));
    return id;
}

QString isoUtc(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime fromIso(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

} // namespace

QString evaporationToken(Evaporation e)
{
    switch (e) {
    case Evaporation::None: return u"none"_s;
    case Evaporation::Covered: return u"covered"_s;
    case Evaporation::Blank: return u"blank"_s;
    }
    return u"none"_s;
}

std::optional<Evaporation> evaporationFromToken(const QString &token)
{
    for (Evaporation e : {Evaporation::None, Evaporation::Covered, Evaporation::Blank}) {
        if (evaporationToken(e) == token)
            return e;
    }
    return std::nullopt;
}

QString evaporationText(Evaporation e)
{
    switch (e) {
    case Evaporation::None: return Tr::tr("not corrected");
    case Evaporation::Covered: return Tr::tr("vessel covered (lid or oil layer)");
    case Evaporation::Blank: return Tr::tr("corrected by a measured blank");
    }
    return {};
}

QString meteringToken(Metering m)
{
    switch (m) {
    case Metering::PumpTime: return u"pump-time"_s;
    case Metering::HostTime: return u"host-time"_s;
    case Metering::PumpVolume: return u"pump-volume"_s;
    }
    return {};
}

std::optional<Metering> meteringFromToken(const QString &token)
{
    for (Metering m : {Metering::PumpTime, Metering::HostTime, Metering::PumpVolume}) {
        if (meteringToken(m) == token)
            return m;
    }
    return std::nullopt;
}

QString meteringText(Metering m)
{
    switch (m) {
    case Metering::PumpTime: return Tr::tr("run time metered by the pump's own timed mode");
    case Metering::HostTime: return Tr::tr("run time metered by PumpStudio's clock (start and stop commands)");
    case Metering::PumpVolume: return Tr::tr("volume metered by the pump's own volume mode (syringe)");
    }
    return {};
}

QString verdictToken(Verdict v) { return v == Verdict::Pass ? u"pass"_s : u"fail"_s; }
QString verdictText(Verdict v) { return v == Verdict::Pass ? Tr::tr("pass") : Tr::tr("fail"); }

std::vector<double> CalibrationPlan::defaultRpms(double minRpm, double maxRpm, int count)
{
    std::vector<double> out;
    if (count <= 0 || !(maxRpm > 0))
        return out;
    const auto tidy = [](double v) { return v >= 10 ? std::round(v) : std::round(v * 10) / 10; };
    if (count == 1)
        return {std::max(minRpm, tidy(0.5 * maxRpm))};
    for (int i = 0; i < count; ++i) {
        const double fraction = 0.1 + 0.8 * i / double(count - 1);
        out.push_back(std::max(minRpm, tidy(fraction * maxRpm)));
    }
    return out;
}

double CalibrationPlan::secondsAt(double rpm) const
{
    if (syringe)
        return syringe->mlPerMin > 0 ? syringe->volumeMl / syringe->mlPerMin * 60.0 : 0.0;
    if (revolutions > 0 && rpm > 0)
        return revolutions / rpm * 60.0;
    return seconds;
}

double CalibrationPlan::liquidDensity() const
{
    return densityGPerMl ? *densityGPerMl : Gravimetry::waterDensity(temperatureC);
}

QString CalibrationPlan::liquidText() const
{
    if (densityGPerMl)
        return Tr::tr("liquid of density %1 g/mL at %2 °C").arg(*densityGPerMl, 0, 'f', 5).arg(temperatureC, 0, 'f', 1);
    return Tr::tr("water at %1 °C (%2 g/mL, Tanaka)").arg(temperatureC, 0, 'f', 1).arg(Gravimetry::waterDensity(temperatureC), 0, 'f', 5);
}

CalibrationPlan CalibrationPlan::forSyringe(const Syringe &syringe)
{
    CalibrationPlan plan;
    plan.syringe = syringe;
    plan.tubingId = syringe.id;
    plan.rpms = {0.0};
    if (syringe.nominalMm > 0)
        plan.asFound.points = {{0.0, (syringe.setMm / syringe.nominalMm) * (syringe.setMm / syringe.nominalMm)}};
    return plan;
}

double CalibrationPlan::nominalMl(double countedMl, double setMm) const
{
    if (!syringe || !(setMm > 0))
        return 0;
    return countedMl * (syringe->nominalMm / setMm) * (syringe->nominalMm / setMm);
}

QString CalibrationPlan::syringeProblem() const
{
    const Syringe &s = *syringe;
    if (!(s.nominalMm > 0 && s.nominalMm < 100) || !(s.setMm > 0 && s.setMm < 100))
        return Tr::tr("The syringe's inner diameter is not known.");
    if (!(s.volumeMl > 0) || !std::isfinite(s.volumeMl))
        return Tr::tr("Give the volume each replicate dispenses, above 0 mL.");
    if (!(s.mlPerMin > 0) || !std::isfinite(s.mlPerMin))
        return Tr::tr("Give the rate to dispense at, above 0 mL/min.");
    if (rpms.size() != 1 || rpms.front() != 0)
        return Tr::tr("A syringe check has one point.");
    // Beyond what one filling holds the plunger stalls at the end of its travel.
    const double total = s.volumeMl * replicates * (verify ? 2 : 1);
    if (s.capacityMl > 0 && total > s.capacityMl)
        return Tr::tr("The check dispenses %1 mL in all, more than the %2 mL syringe holds: use fewer replicates or a "
                      "smaller volume.").arg(total).arg(s.capacityMl);
    return {};
}

QString CalibrationPlan::problem() const
{
    if (syringe) {
        if (const QString why = syringeProblem(); !why.isEmpty())
            return why;
    } else if (rpms.empty())
        return Tr::tr("Give at least one speed to calibrate at.");
    for (double rpm : rpms) {
        if (!syringe && (!(rpm > 0) || !std::isfinite(rpm)))
            return Tr::tr("Every speed must be above 0 rpm, not %1.").arg(rpm);
    }
    if (replicates < 1 || replicates > 100)
        return Tr::tr("Replicates must be from 1 to 100, not %1.").arg(replicates);
    if (!syringe && !(seconds > 0) && !(revolutions > 0))
        return Tr::tr("Give the run time or the revolutions of a replicate.");
    if (densityGPerMl && !(*densityGPerMl > 0.1 && *densityGPerMl < 25))
        return Tr::tr("The density must be from 0.1 to 25 g/mL, not %1.").arg(*densityGPerMl);
    if (!densityGPerMl && !(temperatureC >= 0 && temperatureC <= 40))
        return Tr::tr("The water temperature must be from 0 to 40 °C, not %1.").arg(temperatureC);
    if (!(tolerancePct > 0 && tolerancePct <= 100))
        return Tr::tr("The tolerance must be above 0 and at most 100 %, not %1.").arg(tolerancePct);
    if (!asFound.isValid())
        return Tr::tr("No current mL/rev is known for this head and tubing to compare with.");
    return {};
}

QJsonObject Replicate::toJson() const
{
    return {{u"point"_s, point}, {u"index"_s, index}, {u"asLeft"_s, asLeft}, {u"rpm"_s, rpm}, {u"seconds"_s, seconds},
            {u"revolutions"_s, revolutions}, {u"startG"_s, startG}, {u"endG"_s, endG}, {u"evaporationG"_s, evaporationG},
            {u"massG"_s, massG}, {u"volumeMl"_s, volumeMl}, {u"mlPerRev"_s, mlPerRev}, {u"timeUtc"_s, isoUtc(timeUtc)},
            {u"manual"_s, manual}};
}

Replicate Replicate::fromJson(const QJsonObject &o)
{
    Replicate r;
    r.point = o.value(u"point"_s).toInt();
    r.index = o.value(u"index"_s).toInt();
    r.asLeft = o.value(u"asLeft"_s).toBool();
    r.rpm = o.value(u"rpm"_s).toDouble();
    r.seconds = o.value(u"seconds"_s).toDouble();
    r.revolutions = o.value(u"revolutions"_s).toDouble();
    r.startG = o.value(u"startG"_s).toDouble();
    r.endG = o.value(u"endG"_s).toDouble();
    r.evaporationG = o.value(u"evaporationG"_s).toDouble();
    r.massG = o.value(u"massG"_s).toDouble();
    r.volumeMl = o.value(u"volumeMl"_s).toDouble();
    r.mlPerRev = o.value(u"mlPerRev"_s).toDouble();
    r.timeUtc = fromIso(o.value(u"timeUtc"_s));
    r.manual = o.value(u"manual"_s).toBool();
    return r;
}

double CalibrationResult::mlPerRevAsFound() const
{
    if (!points.empty())
        return points.front().asFoundMlPerRev;
    return plan.asFound.points.empty() ? 0.0 : plan.asFound.points.front().mlPerRev;
}

QJsonObject CalibrationResult::toJson() const
{
    QJsonArray rpms;
    for (double r : plan.rpms)
        rpms.append(r);
    QJsonObject planJson{{u"pumpName"_s, plan.pumpName},
                               {u"modelId"_s, plan.modelId},
                               {u"channel"_s, plan.channel},
                               {u"headId"_s, plan.headId},
                               {u"tubingId"_s, plan.tubingId},
                               {u"manualMasses"_s, plan.manualMasses},
                               {u"temperatureC"_s, plan.temperatureC},
                               {u"densityGPerMl"_s, optionalNumber(plan.densityGPerMl)},
                               {u"rpms"_s, rpms},
                               {u"replicates"_s, plan.replicates},
                               {u"seconds"_s, plan.seconds},
                               {u"revolutions"_s, plan.revolutions},
                               {u"evaporation"_s, evaporationToken(plan.evaporation)},
                               {u"blankSeconds"_s, plan.blankSeconds},
                               {u"tolerancePct"_s, plan.tolerancePct},
                               {u"asFound"_s, plan.asFound.toJson()},
                               {u"asFoundCertificate"_s, plan.asFound.certificate},
                               {u"verify"_s, plan.verify},
                               {u"operatorName"_s, plan.operatorName}};
    if (plan.syringe) {
        // Only syringe checks carry it: earlier results keep their bytes and their hash.
        planJson.insert(u"syringe"_s, QJsonObject{{u"id"_s, plan.syringe->id},
                                                  {u"nominalMm"_s, plan.syringe->nominalMm},
                                                  {u"setMm"_s, plan.syringe->setMm},
                                                  {u"volumeMl"_s, plan.syringe->volumeMl},
                                                  {u"mlPerMin"_s, plan.syringe->mlPerMin},
                                                  {u"capacityMl"_s, plan.syringe->capacityMl}});
    }
    QJsonArray reps;
    for (const Replicate &r : replicates)
        reps.append(r.toJson());
    QJsonArray pts;
    for (const PointResult &p : points) {
        pts.append(QJsonObject{{u"rpm"_s, p.rpm}, {u"meanMlPerRev"_s, p.meanMlPerRev}, {u"sdMlPerRev"_s, p.sdMlPerRev},
                               {u"cvPct"_s, p.cvPct}, {u"asFoundMlPerRev"_s, p.asFoundMlPerRev},
                               {u"asFoundErrorPct"_s, p.asFoundErrorPct}, {u"asFoundPass"_s, p.asFoundPass},
                               {u"asLeftMeanMlPerRev"_s, optionalNumber(p.asLeftMeanMlPerRev)},
                               {u"asLeftErrorPct"_s, optionalNumber(p.asLeftErrorPct)},
                               {u"asLeftPass"_s, p.asLeftPass ? QJsonValue(*p.asLeftPass) : QJsonValue()}});
    }
    QJsonObject o{{u"format"_s, 1},
                  {u"plan"_s, planJson},
                  {u"pump"_s, identityJson(pump)},
                  {u"balance"_s, balanceJson(balance)},
                  {u"balanceModelId"_s, balanceModelId},
                  {u"metering"_s, meteringToken(metering)},
                  {u"evaporationGPerS"_s, evaporationGPerS},
                  {u"replicates"_s, reps},
                  {u"points"_s, pts},
                  {u"curve"_s, curve.toJson()},
                  {u"asFound"_s, verdictToken(asFound)},
                  {u"asLeft"_s, asLeft ? QJsonValue(verdictToken(*asLeft)) : QJsonValue()},
                  {u"startedUtc"_s, isoUtc(startedUtc)},
                  {u"finishedUtc"_s, isoUtc(finishedUtc)},
                  {u"certificate"_s, certificate},
                  {u"dueUtc"_s, isoUtc(dueUtc)}};
    // Only when there is one: a result stored before intervals in pump hours existed must give
    // the same bytes (its content hash) as it did then.
    if (dueHours)
        o.insert(u"dueHours"_s, *dueHours);
    return o;
}

std::optional<CalibrationResult> CalibrationResult::fromJson(const QJsonObject &o)
{
    if (o.value(u"format"_s).toInt() != 1)
        return std::nullopt;
    CalibrationResult r;
    const QJsonObject p = o.value(u"plan"_s).toObject();
    r.plan.pumpName = p.value(u"pumpName"_s).toString();
    r.plan.modelId = p.value(u"modelId"_s).toString();
    r.plan.channel = p.value(u"channel"_s).toInt(1);
    r.plan.headId = p.value(u"headId"_s).toString();
    r.plan.tubingId = p.value(u"tubingId"_s).toString();
    r.plan.manualMasses = p.value(u"manualMasses"_s).toBool();
    r.plan.temperatureC = p.value(u"temperatureC"_s).toDouble(20);
    r.plan.densityGPerMl = optionalNumber(p.value(u"densityGPerMl"_s));
    for (const QJsonValue &v : p.value(u"rpms"_s).toArray())
        r.plan.rpms.push_back(v.toDouble());
    r.plan.replicates = p.value(u"replicates"_s).toInt(3);
    r.plan.seconds = p.value(u"seconds"_s).toDouble();
    r.plan.revolutions = p.value(u"revolutions"_s).toDouble();
    r.plan.evaporation = evaporationFromToken(p.value(u"evaporation"_s).toString()).value_or(Evaporation::None);
    r.plan.blankSeconds = p.value(u"blankSeconds"_s).toDouble();
    r.plan.tolerancePct = p.value(u"tolerancePct"_s).toDouble(2);
    if (auto c = Models::MlPerRevCurve::fromJson(p.value(u"asFound"_s).toArray()))
        r.plan.asFound = *c;
    r.plan.asFound.certificate = p.value(u"asFoundCertificate"_s).toString();
    r.plan.verify = p.value(u"verify"_s).toBool();
    r.plan.operatorName = p.value(u"operatorName"_s).toString();
    if (p.value(u"syringe"_s).isObject()) {
        const QJsonObject s = p.value(u"syringe"_s).toObject();
        r.plan.syringe = CalibrationPlan::Syringe{s.value(u"id"_s).toString(), s.value(u"nominalMm"_s).toDouble(),
                                                  s.value(u"setMm"_s).toDouble(), s.value(u"volumeMl"_s).toDouble(),
                                                  s.value(u"mlPerMin"_s).toDouble(), s.value(u"capacityMl"_s).toDouble()};
    }
    r.pump = identityFrom(o.value(u"pump"_s).toObject());
    r.balance = balanceFrom(o.value(u"balance"_s).toObject());
    r.balanceModelId = o.value(u"balanceModelId"_s).toString();
    r.metering = meteringFromToken(o.value(u"metering"_s).toString()).value_or(Metering::PumpTime);
    r.evaporationGPerS = o.value(u"evaporationGPerS"_s).toDouble();
    for (const QJsonValue &v : o.value(u"replicates"_s).toArray())
        r.replicates.push_back(Replicate::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(u"points"_s).toArray()) {
        const QJsonObject q = v.toObject();
        PointResult pr;
        pr.rpm = q.value(u"rpm"_s).toDouble();
        pr.meanMlPerRev = q.value(u"meanMlPerRev"_s).toDouble();
        pr.sdMlPerRev = q.value(u"sdMlPerRev"_s).toDouble();
        pr.cvPct = q.value(u"cvPct"_s).toDouble();
        pr.asFoundMlPerRev = q.value(u"asFoundMlPerRev"_s).toDouble();
        pr.asFoundErrorPct = q.value(u"asFoundErrorPct"_s).toDouble();
        pr.asFoundPass = q.value(u"asFoundPass"_s).toBool();
        pr.asLeftMeanMlPerRev = optionalNumber(q.value(u"asLeftMeanMlPerRev"_s));
        pr.asLeftErrorPct = optionalNumber(q.value(u"asLeftErrorPct"_s));
        if (q.value(u"asLeftPass"_s).isBool())
            pr.asLeftPass = q.value(u"asLeftPass"_s).toBool();
        r.points.push_back(pr);
    }
    if (auto c = Models::MlPerRevCurve::fromJson(o.value(u"curve"_s).toArray()))
        r.curve = *c;
    r.asFound = o.value(u"asFound"_s).toString() == u"pass" ? Verdict::Pass : Verdict::Fail;
    if (o.value(u"asLeft"_s).isString())
        r.asLeft = o.value(u"asLeft"_s).toString() == u"pass" ? Verdict::Pass : Verdict::Fail;
    r.startedUtc = fromIso(o.value(u"startedUtc"_s));
    r.finishedUtc = fromIso(o.value(u"finishedUtc"_s));
    r.certificate = o.value(u"certificate"_s).toString();
    r.curve.certificate = r.certificate;
    r.dueUtc = fromIso(o.value(u"dueUtc"_s));
    r.dueHours = optionalNumber(o.value(u"dueHours"_s));
    return r;
}

QByteArray CalibrationResult::contentHash() const
{
    return QCryptographicHash::hash(QJsonDocument(toJson()).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex();
}

void evaluate(CalibrationResult &result)
{
    result.points.clear();
    const double tol = result.plan.tolerancePct;
    std::vector<Models::MlPerRevCurve::Point> fitted;
    bool allPass = true;
    for (std::size_t i = 0; i < result.plan.rpms.size(); ++i) {
        PointResult p;
        p.rpm = result.plan.rpms[i];
        std::vector<double> values;
        for (const Replicate &r : result.replicates) {
            if (r.point == int(i) && !r.asLeft && r.mlPerRev > 0)
                values.push_back(r.mlPerRev);
        }
        if (values.empty()) {
            result.points.push_back(p);
            allPass = false;
            continue;
        }
        double sum = 0;
        for (double v : values)
            sum += v;
        p.meanMlPerRev = sum / double(values.size());
        double ss = 0;
        for (double v : values)
            ss += (v - p.meanMlPerRev) * (v - p.meanMlPerRev);
        p.sdMlPerRev = values.size() > 1 ? std::sqrt(ss / double(values.size() - 1)) : 0.0;
        p.cvPct = p.meanMlPerRev > 0 ? 100.0 * p.sdMlPerRev / p.meanMlPerRev : 0.0;
        p.asFoundMlPerRev = result.plan.asFound.mlPerRevAt(p.rpm);
        p.asFoundErrorPct = 100.0 * (p.asFoundMlPerRev / p.meanMlPerRev - 1.0);
        p.asFoundPass = std::abs(p.asFoundErrorPct) <= tol;
        allPass = allPass && p.asFoundPass;
        fitted.push_back({p.rpm, p.meanMlPerRev});
        result.points.push_back(p);
    }
    result.curve = Models::MlPerRevCurve::from(fitted);
    result.curve.certificate = result.certificate;
    result.asFound = allPass ? Verdict::Pass : Verdict::Fail;
    // As left: the new curve against the verification run's replicates.
    bool anyLeft = false;
    bool leftPass = true;
    for (std::size_t i = 0; i < result.points.size(); ++i) {
        PointResult &p = result.points[i];
        std::vector<double> values;
        for (const Replicate &r : result.replicates) {
            if (r.point == int(i) && r.asLeft && r.mlPerRev > 0)
                values.push_back(r.mlPerRev);
        }
        if (values.empty())
            continue;
        double sum = 0;
        for (double v : values)
            sum += v;
        p.asLeftMeanMlPerRev = sum / double(values.size());
        p.asLeftErrorPct = 100.0 * (result.curve.mlPerRevAt(p.rpm) / *p.asLeftMeanMlPerRev - 1.0);
        p.asLeftPass = std::abs(*p.asLeftErrorPct) <= tol;
        leftPass = leftPass && *p.asLeftPass;
        anyLeft = true;
    }
    if (anyLeft)
        result.asLeft = leftPass ? Verdict::Pass : Verdict::Fail;
    else
        result.asLeft.reset();
}

QString pumpKey(const QString &modelId, const Device::PumpIdentity &identity)
{
    if (!identity.serialNumber.isEmpty())
        return u"%1|sn:%2"_s.arg(modelId, identity.serialNumber);
    if (!identity.portSerialNumber.isEmpty())
        return u"%1|usb:%2|%3"_s.arg(modelId, identity.portSerialNumber).arg(identity.address);
    return u"%1|fw:%2|%3"_s.arg(modelId, identity.firmware).arg(identity.address);
}

} // namespace PumpStudio::Calibration
