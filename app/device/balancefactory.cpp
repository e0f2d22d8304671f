// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/balancefactory.h"

#include "device/balanceadapters.h"
#include "device/mtsicsdriver.h"
#include "device/sartoriussbidriver.h"

namespace PumpStudio::Device {

SerialSettings defaultSerialSettings(const Models::BalanceModel &model, const QString &port)
{
    SerialSettings s;
    s.portName = port;
    s.baudRate = model.serial.baud;
    s.dataBits = model.serial.dataBits;
    s.parity = model.serial.parity;
    s.stopBits = model.serial.stopBits;
    return s;
}

std::unique_ptr<SerialBus> createBalanceLink(const Models::BalanceModel &model, const SerialSettings &settings, QObject *parent)
{
    std::unique_ptr<FrameAdapter> adapter;
    if (model.protocol == Models::BalanceProtocol::MtSics)
        adapter = std::make_unique<MtSicsAdapter>();
    else
        adapter = std::make_unique<SartoriusSbiAdapter>();
    auto bus = std::make_unique<SerialBus>(settings, std::move(adapter), parent);
    bus->setReplyTimeoutOverride(settings.replyTimeout);
    return bus;
}

std::unique_ptr<BalanceDriver> createBalanceDriver(const Models::BalanceModel &model, SerialBus &bus, QObject *parent)
{
    if (model.protocol == Models::BalanceProtocol::MtSics)
        return std::make_unique<MtSicsDriver>(model, bus, parent);
    return std::make_unique<SartoriusSbiDriver>(model, bus, parent);
}

} // namespace PumpStudio::Device
