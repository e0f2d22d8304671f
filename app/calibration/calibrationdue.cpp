// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "calibration/calibrationdue.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Calibration {

namespace {
struct DueTr
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationDue)
};

// A limit as it was set: "50", "12.5" (no trailing zeros).
QString limitText(double hours)
{
    return QLocale().toString(hours, 'f', QLocale::FloatingPointShortest);
}
} // namespace

QString dueDateText(const QDateTime &dueUtc)
{
    return dueUtc.toLocalTime().toString(u"yyyy-MM-dd"_s);
}

QString pumpHoursText(double hours)
{
    return QLocale().toString(hours, 'f', 1);
}

QString dueLimitText(const QDateTime &dueUtc, const std::optional<double> &dueHours)
{
    const QString hours = dueHours ? DueTr::tr("%1 pump hours").arg(limitText(*dueHours)) : QString();
    if (dueUtc.isValid() && dueHours)
        return DueTr::tr("%1 or %2, whichever comes first").arg(dueDateText(dueUtc), hours);
    return dueUtc.isValid() ? dueDateText(dueUtc) : hours;
}

QString dueIntervalText(const DueInterval &interval)
{
    const QString days = interval.days ? DueTr::tr("%n day(s)", nullptr, *interval.days) : QString();
    const QString hours = interval.hours ? DueTr::tr("%1 pump hours").arg(limitText(*interval.hours)) : QString();
    if (interval.days && interval.hours)
        return DueTr::tr("%1 or %2, whichever comes first").arg(days, hours);
    return interval.days ? days : hours;
}

QString dueBadgeText(const DueState &state)
{
    using K = DueState::Kind;
    if (state.kind == K::Never)
        return {};
    if (state.hoursDecide()) {
        const QString used = pumpHoursText(*state.usedHours);
        const QString limit = limitText(*state.dueHours);
        return state.kind == K::Overdue ? DueTr::tr("Calibration overdue: %1 of %2 pump hours").arg(used, limit)
                                        : DueTr::tr("Calibration due: %1 of %2 pump hours").arg(used, limit);
    }
    switch (state.kind) {
    case K::Never: return {};
    case K::Valid:
        if (!state.dueHours)
            return DueTr::tr("Calibrated until %1").arg(dueDateText(state.dueUtc));
        if (!state.dueUtc.isValid()) {
            return state.usedHours ? DueTr::tr("Calibrated: %1 of %2 pump hours used").arg(pumpHoursText(*state.usedHours), limitText(*state.dueHours))
                                   : DueTr::tr("Calibrated for %1 pump hours").arg(limitText(*state.dueHours));
        }
        return state.usedHours ? DueTr::tr("Calibrated until %1; %2 of %3 pump hours used")
                                     .arg(dueDateText(state.dueUtc), pumpHoursText(*state.usedHours), limitText(*state.dueHours))
                               : DueTr::tr("Calibrated until %1 or %2 pump hours").arg(dueDateText(state.dueUtc), limitText(*state.dueHours));
    case K::Due: return DueTr::tr("Calibration due on %1").arg(dueDateText(state.dueUtc));
    case K::Overdue: return DueTr::tr("Calibration overdue since %1").arg(dueDateText(state.dueUtc));
    }
    return {};
}

std::optional<DueFinding> dueFinding(const DueState &state, const QString &pumpName, bool refuseOverdue)
{
    if (state.kind != DueState::Kind::Overdue)
        return std::nullopt;
    DueFinding f;
    f.refuse = refuseOverdue;
    if (state.hoursDecide()) {
        const QString limit = limitText(*state.dueHours);
        const QString used = pumpHoursText(*state.usedHours);
        f.message = refuseOverdue
                        ? DueTr::tr("%1: the calibration for this head and tubing was due after %2 pump hours and the pump has run %3 "
                                    "since (certificate %4). In controlled mode profiles do not start on a pump whose calibration is "
                                    "overdue: calibrate it first.")
                              .arg(pumpName, limit, used, state.certificate)
                        : DueTr::tr("%1: the calibration for this head and tubing was due after %2 pump hours and the pump has run %3 "
                                    "since (certificate %4); flows and volumes may be off until it is calibrated again.")
                              .arg(pumpName, limit, used, state.certificate);
        return f;
    }
    f.message = refuseOverdue
                    ? DueTr::tr("%1: the calibration for this head and tubing was due on %2 (certificate %3). "
                                "In controlled mode profiles do not start on a pump whose calibration is overdue: calibrate it first.")
                          .arg(pumpName, dueDateText(state.dueUtc), state.certificate)
                    : DueTr::tr("%1: the calibration for this head and tubing was due on %2 (certificate %3); "
                                "flows and volumes may be off until it is calibrated again.")
                          .arg(pumpName, dueDateText(state.dueUtc), state.certificate);
    return f;
}

} // namespace PumpStudio::Calibration
