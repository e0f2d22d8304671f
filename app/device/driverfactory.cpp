// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/driverfactory.h"

#include "device/longerdriver.h"
#include "device/masterflexdrivers.h"
#include "device/modbusbus.h"
#include "device/modbusdriver.h"
#include "device/neweradriver.h"
#include "device/regloiccdriver.h"
#include "device/serialbus.h"
#include "device/streamadapters.h"
#include "models/limits.h"
#include "protocol/masterflex.h"
#include "protocol/regloicc.h"

#include <QCoreApplication>

namespace PumpStudio::Device {


SerialSettings defaultSerialSettings(const Models::PumpModel &model, const QString &port)
{
    SerialSettings s;
    s.portName = port;
    s.baudRate = model.serial.baud;
    s.dataBits = model.serial.dataBits;
    s.parity = model.serial.parity;
    s.stopBits = model.serial.stopBits;
    return s;
}

static std::unique_ptr<Link> createLinkFor(const Models::PumpModel &model, const SerialSettings &settings, QObject *parent)
{
    switch (model.protocol) {
    case Models::Protocol::ModbusRtu:
        return std::make_unique<ModbusBus>(settings, parent);
    case Models::Protocol::RegloIcc:
        return std::make_unique<SerialBus>(settings, std::make_unique<AsciiAdapter>(PumpStudio::Protocol::Reglo::makeDecoder()), parent);
    case Models::Protocol::MasterflexSerialComms:
        return std::make_unique<SerialBus>(
            settings, std::make_unique<AsciiAdapter>(PumpStudio::Protocol::MasterflexSerialComms::makeDecoder()), parent);
    case Models::Protocol::LongerE9:
        return std::make_unique<SerialBus>(settings, std::make_unique<LongerAdapter>(), parent);
    case Models::Protocol::NewEra:
        return std::make_unique<SerialBus>(settings, std::make_unique<NewEraAdapter>(), parent);
    case Models::Protocol::MasterflexLegacy:
        return std::make_unique<SerialBus>(settings, std::make_unique<MasterflexLegacyAdapter>(), parent);
    }
    return nullptr;
}

std::unique_ptr<Link> createLink(const Models::PumpModel &model, const SerialSettings &settings, QObject *parent)
{
    std::unique_ptr<Link> link = createLinkFor(model, settings, parent);
    if (link)
        link->setReplyTimeoutOverride(settings.replyTimeout);
    return link;
}

bool canShareLink(const Models::PumpModel &a, const Models::PumpModel &b)
{
    return a.protocol == b.protocol;
}

Result<std::unique_ptr<PumpDriver>> createDriver(const Models::PumpModel &model, Link &link, int address, QObject *parent)
{
    if (const auto checked = Models::checkAddress(model, address); !checked)
        return checked.error();
    auto *serial = qobject_cast<SerialBus *>(&link);
    auto *modbus = qobject_cast<ModbusBus *>(&link);
    const auto wrongLink = [&model] {
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("DriverFactory", "The line is not set up for %1's protocol.").arg(model.displayName));
    };
    switch (model.protocol) {
    case Models::Protocol::ModbusRtu:
        if (!modbus) return wrongLink();
        return std::unique_ptr<PumpDriver>(new ModbusDriver(model, *modbus, address, parent));
    case Models::Protocol::RegloIcc:
        if (!serial) return wrongLink();
        return std::unique_ptr<PumpDriver>(new RegloIccDriver(model, *serial, address, parent));
    case Models::Protocol::LongerE9:
        if (!serial) return wrongLink();
        return std::unique_ptr<PumpDriver>(new LongerDriver(model, *serial, address, parent));
    case Models::Protocol::NewEra:
        if (!serial) return wrongLink();
        return std::unique_ptr<PumpDriver>(new NewEraDriver(model, *serial, address, parent));
    case Models::Protocol::MasterflexLegacy:
        if (!serial) return wrongLink();
        return std::unique_ptr<PumpDriver>(new MasterflexLegacyDriver(model, *serial, address, parent));
    case Models::Protocol::MasterflexSerialComms:
        if (!serial) return wrongLink();
        return std::unique_ptr<PumpDriver>(new MasterflexSerialCommsDriver(model, *serial, address, parent));
    }
    return wrongLink();
}

} // namespace PumpStudio::Device
