// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "models/mlperrevcurve.h"

#include <algorithm>
#include <cmath>

namespace PumpStudio::Models {

bool MlPerRevCurve::isValid() const
{
    if (points.empty())
        return false;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Point &p = points[i];
        if (!(std::isfinite(p.rpm) && std::isfinite(p.mlPerRev) && p.mlPerRev > 0 && p.rpm >= 0))
            return false;
        if (i > 0 && !(p.rpm > points[i - 1].rpm))
            return false;
    }
    return true;
}

double MlPerRevCurve::mlPerRevAt(double rpm) const
{
    if (points.empty())
        return 0;
    const double speed = std::abs(rpm);
    if (speed <= points.front().rpm)
        return points.front().mlPerRev;
    if (speed >= points.back().rpm)
        return points.back().mlPerRev;
    const auto upper = std::upper_bound(points.begin(), points.end(), speed, [](double s, const Point &p) { return s < p.rpm; });
    const Point &b = *upper;
    const Point &a = *(upper - 1);
    const double t = (speed - a.rpm) / (b.rpm - a.rpm);
    return a.mlPerRev + t * (b.mlPerRev - a.mlPerRev);
}

std::optional<double> MlPerRevCurve::rpmForFlow(double mlPerMin, double maxRpm) const
{
    if (points.empty() || !(mlPerMin >= 0) || !(maxRpm > 0))
        return std::nullopt;
    if (mlPerMin == 0)
        return 0.0;
    // Walk the segments (flow is a quadratic in rpm on each); the first speed that reaches the
    // flow is the answer. Bisection on each monotone piece is enough at these sizes.
    std::vector<double> knots{0.0};
    for (const Point &p : points) {
        if (p.rpm > 0 && p.rpm < maxRpm)
            knots.push_back(p.rpm);
    }
    knots.push_back(maxRpm);
    for (std::size_t i = 1; i < knots.size(); ++i) {
        double lo = knots[i - 1];
        double hi = knots[i];
        if (flowAt(hi) < mlPerMin && flowAt(lo) < mlPerMin)
            continue;
        if (flowAt(lo) >= mlPerMin)
            return lo;
        for (int k = 0; k < 100 && hi - lo > 1e-12 * std::max(1.0, hi); ++k) {
            const double mid = 0.5 * (lo + hi);
            (flowAt(mid) < mlPerMin ? lo : hi) = mid;
        }
        return hi;
    }
    return std::nullopt;
}

QJsonArray MlPerRevCurve::toJson() const
{
    QJsonArray out;
    for (const Point &p : points)
        out.append(QJsonArray{p.rpm, p.mlPerRev});
    return out;
}

std::optional<MlPerRevCurve> MlPerRevCurve::fromJson(const QJsonArray &json)
{
    MlPerRevCurve c;
    for (const QJsonValue &v : json) {
        const QJsonArray pair = v.toArray();
        if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return std::nullopt;
        c.points.push_back({pair.at(0).toDouble(), pair.at(1).toDouble()});
    }
    if (!c.isValid())
        return std::nullopt;
    return c;
}

MlPerRevCurve MlPerRevCurve::from(std::vector<Point> input)
{
    std::erase_if(input, [](const Point &p) { return !(std::isfinite(p.rpm) && std::isfinite(p.mlPerRev) && p.mlPerRev > 0); });
    for (Point &p : input)
        p.rpm = std::abs(p.rpm);
    std::sort(input.begin(), input.end(), [](const Point &a, const Point &b) { return a.rpm < b.rpm; });
    MlPerRevCurve c;
    for (std::size_t i = 0; i < input.size();) {
        std::size_t j = i;
        double sum = 0;
        while (j < input.size() && input[j].rpm == input[i].rpm)
            sum += input[j++].mlPerRev;
        c.points.push_back({input[i].rpm, sum / double(j - i)});
        i = j;
    }
    return c;
}

double MlPerRevCurve::syringeDiameterMm(double nominalMm) const
{
    return points.empty() ? nominalMm : nominalMm * std::sqrt(points.front().mlPerRev);
}

} // namespace PumpStudio::Models
