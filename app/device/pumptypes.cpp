// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/pumptypes.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Device {

QString directionText(Direction direction)
{
    return direction == Direction::Clockwise ? QCoreApplication::translate("Direction", "clockwise")
                                             : QCoreApplication::translate("Direction", "counter-clockwise");
}

QString operatingModeText(OperatingMode mode)
{
    switch (mode) {
    case OperatingMode::Speed: return QCoreApplication::translate("OperatingMode", "rpm mode");
    case OperatingMode::Flow: return QCoreApplication::translate("OperatingMode", "flow mode");
    case OperatingMode::Volume: return QCoreApplication::translate("OperatingMode", "volume mode");
    case OperatingMode::Time: return QCoreApplication::translate("OperatingMode", "time mode");
    }
    return {};
}

bool PumpIdentity::samePumpAs(const PumpIdentity &other) const
{
    return model == other.model && firmware == other.firmware && serialNumber == other.serialNumber
           && address == other.address;
}

QString PumpIdentity::summary() const
{
    QStringList parts{model};
    if (!firmware.isEmpty())
        parts << QCoreApplication::translate("PumpIdentity", "firmware %1").arg(firmware);
    if (!serialNumber.isEmpty())
        parts << QCoreApplication::translate("PumpIdentity", "serial %1").arg(serialNumber);
    parts << QCoreApplication::translate("PumpIdentity", "address %1").arg(address);
    return parts.join(QCoreApplication::translate("PumpIdentity", ", "));
}

} // namespace PumpStudio::Device
