// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/balancetypes.h"
#include "device/pumptypes.h"
#include "models/mlperrevcurve.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>
#include <vector>

namespace PumpStudio::Calibration {

/// How evaporation from the vessel is handled (recorded on the certificate).
enum class Evaporation {
    None,      ///< nothing done (fast runs, large volumes)
    Covered,   ///< a lid with a hole or a thin oil layer
    Blank,     ///< a measured blank: the loss per second is added back to every replicate
};

/// How the planned revolutions were metered.
enum class Metering {
    PumpTime,   ///< the pump's own timed mode (it stops itself; Reglo ICC)
    HostTime,   ///< started and stopped by the tool on its clock (pumps without such a mode)
    PumpVolume, ///< the pump's own volume mode (a syringe check: it dispenses and stops)
};

QString evaporationToken(Evaporation e);
std::optional<Evaporation> evaporationFromToken(const QString &token);
QString evaporationText(Evaporation e);
QString meteringToken(Metering m);
std::optional<Metering> meteringFromToken(const QString &token);
QString meteringText(Metering m);

/// What a calibration will do: a gravimetric calibration of one pump channel with one head and
/// tubing, at `rpms`, `replicates` times each, for `seconds` (or `revolutions`) a replicate.
struct CalibrationPlan
{
    QString pumpName;              ///< the user's label of the pump (or the port)
    QString modelId;
    int channel = 1;
    QString headId;
    QString tubingId;
    bool manualMasses = false;     ///< no balance on the line: masses entered by hand
    double temperatureC = 20.0;    ///< the liquid's (water: its density from Tanaka)
    std::optional<double> densityGPerMl;  ///< another liquid: its density (then not water)
    std::vector<double> rpms;      ///< the points (default: low, middle, high of the range)
    int replicates = 3;
    double seconds = 0;            ///< per replicate; or
    double revolutions = 0;        ///< per replicate (seconds = revolutions / rpm x 60)
    Evaporation evaporation = Evaporation::None;
    double blankSeconds = 60;      ///< length of the evaporation blank
    double tolerancePct = 2.0;     ///< +- % of volume
    /// The figure the tool uses now (as found): a calibration's curve or the tubing's nominal.
    Models::MlPerRevCurve asFound;
    bool verify = false;           ///< as-left verification run with the new figure
    QString operatorName;

    /// A syringe check instead (syringe pumps): each replicate dispenses `volumeMl` at `mlPerMin`
    /// in the pump's own volume mode. Its one point is at 0 rpm and its "revolution" is a mL
    /// counted at the syringe's nominal diameter, so the figure found is the volume the syringe
    /// delivers per nominal mL (see MlPerRevCurve::syringeDiameterMm) and the as-found figure
    /// is (set / nominal diameter)^2.
    struct Syringe
    {
        QString id;                ///< the model file's syringe (also the plan's tubingId)
        double nominalMm = 0;      ///< its nominal inner diameter
        double setMm = 0;          ///< the diameter the pump works with (a check may have corrected it)
        double volumeMl = 0;       ///< per replicate, as the pump counts it
        double mlPerMin = 0;
        double capacityMl = 0;     ///< what the syringe holds (0: not known)
    };
    std::optional<Syringe> syringe;
    /// A syringe check's plan: one point at 0 rpm, as found from the set diameter.
    static CalibrationPlan forSyringe(const Syringe &syringe);
    /// A syringe check: the nominal mL (the unit of its figure) in `countedMl` at `setMm`.
    double nominalMl(double countedMl, double setMm) const;

    /// Three speeds across a model's range: 10 %, 50 % and 90 % of the maximum, rounded.
    static std::vector<double> defaultRpms(double minRpm, double maxRpm, int count = 3);
    /// The run time of one replicate at `rpm`.
    double secondsAt(double rpm) const;
    /// g/mL: the density given, else water's at the temperature.
    double liquidDensity() const;
    QString liquidText() const;
    /// Why the plan cannot run (empty: it can).
    QString problem() const;

private:
    QString syringeProblem() const;
};

/// One replicate: what the balance read and what it gives.
struct Replicate
{
    int point = 0;
    int index = 0;                 ///< 0-based within its point
    bool asLeft = false;           ///< from the verification run
    double rpm = 0;
    double seconds = 0;            ///< run time as the pump took it
    double revolutions = 0;
    double startG = 0;             ///< stable reading after tare
    double endG = 0;               ///< stable reading after the run
    double evaporationG = 0;       ///< added back for evaporation (blank)
    double massG = 0;              ///< end - start + evaporation
    double volumeMl = 0;           ///< from mass (density, air buoyancy)
    double mlPerRev = 0;
    QDateTime timeUtc;
    bool manual = false;           ///< the masses were typed

    QJsonObject toJson() const;
    static Replicate fromJson(const QJsonObject &o);
};

/// One calibration point: the replicates' statistics and the errors against the figures.
struct PointResult
{
    double rpm = 0;
    double meanMlPerRev = 0;
    double sdMlPerRev = 0;
    double cvPct = 0;
    double asFoundMlPerRev = 0;     ///< the figure the tool used at this speed before
    double asFoundErrorPct = 0;     ///< (as found / measured - 1) x 100: error of the volumes shown
    bool asFoundPass = false;
    std::optional<double> asLeftMeanMlPerRev;
    std::optional<double> asLeftErrorPct;  ///< new figure against the verification run
    std::optional<bool> asLeftPass;
};

enum class Verdict { Pass, Fail };
QString verdictToken(Verdict v);
QString verdictText(Verdict v);

/// A finished calibration: everything a certificate and the history need.
struct CalibrationResult
{
    CalibrationPlan plan;
    Device::PumpIdentity pump;
    Device::BalanceIdentity balance;
    QString balanceModelId;
    Metering metering = Metering::PumpTime;
    double evaporationGPerS = 0;           ///< the blank's loss rate (0 without a blank)
    std::vector<Replicate> replicates;
    std::vector<PointResult> points;
    Models::MlPerRevCurve curve;           ///< the new figure (as left)
    Verdict asFound = Verdict::Fail;
    std::optional<Verdict> asLeft;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    QString certificate;                   ///< set by the store
    QDateTime dueUtc;                      ///< set by the store; invalid: no date limit
    std::optional<double> dueHours;        ///< set by the store: due after this many pump hours

    /// The verdict that decides: as left when verified, else as found.
    Verdict verdict() const { return asLeft.value_or(asFound); }
    /// The as-found figure at the first point (what the tool used; constant without a curve).
    double mlPerRevAsFound() const;

    /// Every field, the certificate number included; keys sorted (QJsonObject), so the same
    /// result always gives the same bytes.
    QJsonObject toJson() const;
    static std::optional<CalibrationResult> fromJson(const QJsonObject &o);
    /// SHA-256 (hex) of the compact JSON: the content hash sealed in the audit trail.
    QByteArray contentHash() const;
};

/// Fills `result.points`, `curve` and the verdicts from `result.replicates` and the plan.
void evaluate(CalibrationResult &result);

/// The key that names one pump in the history: model and the serial number it reports, else its
/// firmware and address.
QString pumpKey(const QString &modelId, const Device::PumpIdentity &identity);

} // namespace PumpStudio::Calibration

Q_DECLARE_METATYPE(PumpStudio::Calibration::Replicate)
Q_DECLARE_METATYPE(PumpStudio::Calibration::CalibrationResult)
