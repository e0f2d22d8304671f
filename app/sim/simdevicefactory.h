// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "models/modelregistry.h"
#include "sim/pumpsimoptions.h"
#include "sim/simpump.h"

#include <memory>

namespace PumpStudio::Sim {

class ByteEndpoint;
class SimBus;
class Simulation;

/// Builds simulated devices from model files: the pump physics from the model's limits and the
/// chosen head and tubing (or syringe), the responder from its protocol.
namespace SimDeviceFactory {

/// Plunger travel per motor revolution of the simulated syringe drive: only the product with the
/// syringe area matters (mL/rev), so any lead works.
inline constexpr double kSyringeLeadMmPerRev = 1.0;

/// Physics for one pump of `model` with `headId` and `tubingId` (syringe id for syringe pumps;
/// empty ids: the model's defaults). Refuses unknown heads, tubing and syringes by name.
Result<SimPumpConfig> pumpConfig(const Models::PumpModel &model, const QString &headId, const QString &tubingId,
                                 quint32 seed);

/// One serial line with every device in `options` on it, added to `simulation`. The line's
/// framing is the first model's serial default with `options.baudRate` if set. Pressure
/// transmitters read every pump the simulation holds by then (build pump lines first). Nothing is
/// added when any device is invalid.
Result<SimBus *> buildLine(const PumpSimOptions &options, const Models::ModelRegistry &registry,
                           Simulation &simulation, std::unique_ptr<ByteEndpoint> endpoint);

} // namespace SimDeviceFactory
} // namespace PumpStudio::Sim
