// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QJsonArray>
#include <QString>

#include <optional>
#include <vector>

namespace PumpStudio::Models {

/// mL per revolution of one head + tubing as a function of speed, from a calibration:
/// piecewise-linear through the calibrated points, constant beyond the first and the last (one
/// point: a constant). Flow is rpm x mlPerRevAt(rpm).
///
/// For a syringe pump the figure comes from a syringe check and is one point at 0 rpm: the volume
/// the syringe delivers per mL the pump counts when set to the syringe's nominal inner diameter.
/// The pump is then set to the diameter that makes its count true (syringeDiameterMm()).
struct MlPerRevCurve
{
    struct Point
    {
        double rpm = 0;
        double mlPerRev = 0;
        friend bool operator==(const Point &, const Point &) = default;
    };
    std::vector<Point> points;     ///< sorted by rpm, rpm distinct, mlPerRev > 0
    QString certificate;           ///< the calibration it came from (empty: none named)

    bool isValid() const;
    double mlPerRevAt(double rpm) const;
    double flowAt(double rpm) const { return rpm * mlPerRevAt(rpm); }
    /// A syringe pump's curve: the inner diameter to set for a syringe of `nominalMm`
    /// (volume goes with the square of the diameter).
    double syringeDiameterMm(double nominalMm) const;
    /// The speed that gives `mlPerMin` (the curve's flow rises with speed where a pump is usable;
    /// where it does not, the lowest such speed), searched in [0, maxRpm]; nullopt beyond maxRpm.
    std::optional<double> rpmForFlow(double mlPerMin, double maxRpm) const;

    /// [[rpm, mlPerRev], ...]
    QJsonArray toJson() const;
    static std::optional<MlPerRevCurve> fromJson(const QJsonArray &json);

    /// Sorts and merges points of the same speed (mean); drops non-positive ones.
    static MlPerRevCurve from(std::vector<Point> points);

    friend bool operator==(const MlPerRevCurve &, const MlPerRevCurve &) = default;
};

} // namespace PumpStudio::Models
