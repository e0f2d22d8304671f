// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/alarmlogic.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace PumpStudio::Device {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AlarmEvaluator)
};
} // namespace

AlarmEvaluator::AlarmEvaluator(AlarmConfig config) : m_config(std::move(config))
{
    m_config.hysteresis = std::max(0.0, m_config.hysteresis);
}

void AlarmEvaluator::reset()
{
    for (State &s : m_states)
        s = {};
}

void AlarmEvaluator::setSetpoint(std::optional<double> setpoint)
{
    if (setpoint == m_setpoint)
        return;
    m_setpoint = setpoint;
    state(AlarmKind::Deviation).pendingSince.reset();
}

double AlarmEvaluator::deviationTolerance() const
{
    if (!m_config.deviation || !m_setpoint)
        return 0;
    const DeviationLimit &d = *m_config.deviation;
    return d.mode == ToleranceMode::Percent ? std::abs(*m_setpoint) * d.tolerance / 100.0 : d.tolerance;
}

QList<AlarmTransition> AlarmEvaluator::feed(qint64 tUs, double value)
{
    QList<AlarmTransition> out;
    // A NaN reading says nothing about the limits: it neither raises, clears nor breaks a delay.
    if (std::isnan(value))
        return out;
    const double hyst = m_config.hysteresis;
    if (const auto &h = m_config.high)
        evaluate(AlarmKind::High, value > h->value, value <= h->value - hyst, tUs, value, h->value, h->action, out);
    if (const auto &hh = m_config.highHigh)
        evaluate(AlarmKind::HighHigh, value > hh->value, value <= hh->value - hyst, tUs, value, hh->value, hh->action, out);
    if (const auto &l = m_config.low)
        evaluate(AlarmKind::Low, value < l->value, value >= l->value + hyst, tUs, value, l->value, l->action, out);
    if (const auto &d = m_config.deviation) {
        if (m_setpoint) {
            const double tolerance = deviationTolerance();
            const double off = std::abs(value - *m_setpoint);
            evaluate(AlarmKind::Deviation, off > tolerance, off <= std::max(0.0, tolerance - hyst), tUs, value,
                     tolerance, d->action, out);
        } else {
            evaluate(AlarmKind::Deviation, false, true, tUs, value, 0, d->action, out);
        }
    }
    return out;
}

void AlarmEvaluator::evaluate(AlarmKind kind, bool beyond, bool clear, qint64 tUs, double value, double limit,
                              AlarmAction action, QList<AlarmTransition> &out)
{
    State &s = state(kind);
    if (s.raised) {
        if (clear) {
            s.raised = false;
            out.append({kind, false, tUs, value, limit, action, message(kind, false, value, limit)});
        }
        return;
    }
    if (!beyond) {
        s.pendingSince.reset();
        return;
    }
    if (!s.pendingSince)
        s.pendingSince = tUs;
    if (std::chrono::microseconds(tUs - *s.pendingSince) >= m_config.delay) {
        s.raised = true;
        s.pendingSince.reset();
        out.append({kind, true, tUs, value, limit, action, message(kind, true, value, limit)});
    }
}

QString AlarmEvaluator::message(AlarmKind kind, bool raised, double value, double limit) const
{
    const QLocale locale;
    auto withUnit = [&](double v) {
        const QString number = locale.toString(v, 'g', 6);
        //: A number and its unit, e.g. "12.5 mL/min"
        return m_config.unit.isEmpty() ? number : Tr::tr("%1 %2").arg(number, m_config.unit);
    };
    const QString quantity = m_config.quantity.isEmpty() ? Tr::tr("Value") : m_config.quantity;
    const QString v = withUnit(value);
    const QString l = withUnit(limit);
    switch (kind) {
    case AlarmKind::High:
        return raised ? Tr::tr("%1 is %2, above the high limit of %3").arg(quantity, v, l)
                      : Tr::tr("%1 is back to %2, below the high limit of %3").arg(quantity, v, l);
    case AlarmKind::HighHigh:
        return raised ? Tr::tr("%1 is %2, above the high-high limit of %3").arg(quantity, v, l)
                      : Tr::tr("%1 is back to %2, below the high-high limit of %3").arg(quantity, v, l);
    case AlarmKind::Low:
        return raised ? Tr::tr("%1 is %2, below the low limit of %3").arg(quantity, v, l)
                      : Tr::tr("%1 is back to %2, above the low limit of %3").arg(quantity, v, l);
    case AlarmKind::Deviation:
        if (!m_setpoint)
            return Tr::tr("%1 deviation alarm cleared: no setpoint").arg(quantity);
        return raised ? Tr::tr("%1 is %2, more than %3 away from the setpoint of %4")
                            .arg(quantity, v, l, withUnit(*m_setpoint))
                      : Tr::tr("%1 is back to %2, within %3 of the setpoint of %4")
                            .arg(quantity, v, l, withUnit(*m_setpoint));
    }
    return {};
}

} // namespace PumpStudio::Device
