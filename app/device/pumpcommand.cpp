// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/pumpcommand.h"

#include <QCoreApplication>
#include <QLocale>

namespace PumpStudio::Device {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PumpCommand)
};

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}
} // namespace

QString PumpCommand::text() const
{
    switch (kind) {
    case Kind::Start: return Tr::tr("Start");
    case Kind::Stop: return Tr::tr("Stop");
    case Kind::Direction: return Tr::tr("Direction %1").arg(directionText(direction));
    case Kind::Speed: return Tr::tr("Speed %1 rpm").arg(number(value));
    case Kind::Flow: return Tr::tr("Flow %1 mL/min").arg(number(value));
    case Kind::Dispense:
        return rate ? Tr::tr("Dispense %1 mL at %2 mL/min").arg(number(value), number(*rate))
                    : Tr::tr("Dispense %1 mL").arg(number(value));
    }
    return {};
}

QString PumpCommand::doneText() const
{
    switch (kind) {
    case Kind::Start: return Tr::tr("Started");
    case Kind::Stop: return Tr::tr("Stopped");
    case Kind::Direction: return Tr::tr("Direction set");
    case Kind::Speed: return Tr::tr("Speed set");
    case Kind::Flow: return Tr::tr("Flow set");
    case Kind::Dispense: return Tr::tr("Dispensing");
    }
    return {};
}

} // namespace PumpStudio::Device
