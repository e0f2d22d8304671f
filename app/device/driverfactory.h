// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "device/serialsettings.h"
#include "models/pumpmodel.h"

#include <memory>

namespace PumpStudio::Device {

class Link;
class PumpDriver;

/// The serial settings a model uses by default on `port`.
SerialSettings defaultSerialSettings(const Models::PumpModel &model, const QString &port);

/// A link that carries `model`'s protocol on `settings` (not opened yet).
std::unique_ptr<Link> createLink(const Models::PumpModel &model, const SerialSettings &settings, QObject *parent);

/// Whether pumps of `a` and `b` can share one line (same protocol family and framing).
bool canShareLink(const Models::PumpModel &a, const Models::PumpModel &b);

/// The driver for `model` at `address` on `link`, which must come from createLink() for a
/// model that canShareLink() with it.
Result<std::unique_ptr<PumpDriver>> createDriver(const Models::PumpModel &model, Link &link, int address,
                                                 QObject *parent);

} // namespace PumpStudio::Device
