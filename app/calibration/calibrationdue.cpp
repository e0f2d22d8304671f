// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "calibration/calibrationdue.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Calibration {

namespace {
struct DueTr
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationDue)
};
} // namespace

QString dueDateText(const QDateTime &dueUtc)
{
    return dueUtc.toLocalTime().toString(u"yyyy-MM-dd"_s);
}

QString dueBadgeText(const DueState &state)
{
    switch (state.kind) {
    case DueState::Kind::Never: return {};
    case DueState::Kind::Valid: return DueTr::tr("Calibrated until %1").arg(dueDateText(state.dueUtc));
    case DueState::Kind::Due: return DueTr::tr("Calibration due on %1").arg(dueDateText(state.dueUtc));
    case DueState::Kind::Overdue: return DueTr::tr("Calibration overdue since %1").arg(dueDateText(state.dueUtc));
    }
    return {};
}

std::optional<DueFinding> dueFinding(const DueState &state, const QString &pumpName, bool refuseOverdue)
{
    if (state.kind != DueState::Kind::Overdue)
        return std::nullopt;
    DueFinding f;
    f.refuse = refuseOverdue;
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
