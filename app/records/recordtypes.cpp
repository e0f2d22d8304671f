// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/recordtypes.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Records {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunRecord)
};
} // namespace

QString quantityToken(Quantity quantity)
{
    switch (quantity) {
    case Quantity::Flow: return u"flow"_s;
    case Quantity::Pressure: return u"pressure"_s;
    case Quantity::Speed: return u"speed"_s;
    case Quantity::Volume: return u"volume"_s;
    case Quantity::Other: break;
    }
    return u"other"_s;
}

Quantity quantityFromToken(const QString &token)
{
    for (Quantity q : {Quantity::Flow, Quantity::Pressure, Quantity::Speed, Quantity::Volume}) {
        if (quantityToken(q) == token)
            return q;
    }
    return Quantity::Other;
}

QString endReasonToken(EndReason reason)
{
    switch (reason) {
    case EndReason::Unfinished: break;
    case EndReason::Completed: return u"completed"_s;
    case EndReason::Stopped: return u"stopped"_s;
    case EndReason::DeviceLost: return u"device-lost"_s;
    case EndReason::Failed: return u"failed"_s;
    case EndReason::Interrupted: return u"interrupted"_s;
    }
    return {};
}

EndReason endReasonFromToken(const QString &token)
{
    for (EndReason r : {EndReason::Completed, EndReason::Stopped, EndReason::DeviceLost, EndReason::Failed, EndReason::Interrupted}) {
        if (endReasonToken(r) == token)
            return r;
    }
    return EndReason::Unfinished;
}

QString alarmActionToken(AlarmAction action)
{
    switch (action) {
    case AlarmAction::Raised: return u"raise"_s;
    case AlarmAction::Cleared: return u"clear"_s;
    case AlarmAction::Acknowledged: break;
    }
    return u"ack"_s;
}

std::optional<AlarmAction> alarmActionFromToken(const QString &token)
{
    for (AlarmAction a : {AlarmAction::Raised, AlarmAction::Cleared, AlarmAction::Acknowledged}) {
        if (alarmActionToken(a) == token)
            return a;
    }
    return std::nullopt;
}

QString quantityText(Quantity quantity)
{
    switch (quantity) {
    case Quantity::Flow: return Tr::tr("Flow");
    case Quantity::Pressure: return Tr::tr("Pressure");
    case Quantity::Speed: return Tr::tr("Speed");
    case Quantity::Volume: return Tr::tr("Volume");
    case Quantity::Other: break;
    }
    return Tr::tr("Other");
}

QString endReasonText(EndReason reason)
{
    switch (reason) {
    case EndReason::Unfinished: break;
    case EndReason::Completed: return Tr::tr("Completed");
    case EndReason::Stopped: return Tr::tr("Stopped");
    case EndReason::DeviceLost: return Tr::tr("Device lost");
    case EndReason::Failed: return Tr::tr("Failed");
    case EndReason::Interrupted: return Tr::tr("Interrupted");
    }
    return Tr::tr("Unfinished");
}

} // namespace PumpStudio::Records
