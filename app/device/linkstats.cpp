// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/linkstats.h"

#include <QCoreApplication>

namespace PumpStudio::Device {

QString linkStateText(LinkState state)
{
    switch (state) {
    case LinkState::Closed: return QCoreApplication::translate("LinkState", "Closed");
    case LinkState::Opening: return QCoreApplication::translate("LinkState", "Opening");
    case LinkState::Connected: return QCoreApplication::translate("LinkState", "Connected");
    case LinkState::Reconnecting: return QCoreApplication::translate("LinkState", "Disconnected, waiting for the device");
    case LinkState::Failed: return QCoreApplication::translate("LinkState", "Failed");
    }
    return {};
}

} // namespace PumpStudio::Device
