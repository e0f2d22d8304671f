// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/balancedriver.h"
#include "device/serialbus.h"
#include "device/serialsettings.h"
#include "models/balancemodel.h"

#include <memory>

namespace PumpStudio::Device {

/// The model file's serial defaults on `port`.
SerialSettings defaultSerialSettings(const Models::BalanceModel &model, const QString &port);
/// The transaction queue for a balance's line (not opened), with settings.replyTimeout applied.
std::unique_ptr<SerialBus> createBalanceLink(const Models::BalanceModel &model, const SerialSettings &settings,
                                             QObject *parent = nullptr);
/// The driver for `model` on `bus` (which must outlive it).
std::unique_ptr<BalanceDriver> createBalanceDriver(const Models::BalanceModel &model, SerialBus &bus, QObject *parent = nullptr);

} // namespace PumpStudio::Device
