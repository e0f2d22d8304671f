// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/alarmlogic.h"

namespace PumpStudio {
class AppSettings;
}
namespace PumpStudio::Models {
struct PumpModel;
}

namespace PumpStudio::Services::AlarmSettings {

/// A pump's or sensor's alarm limits as kept in the settings, with the model's defaults where
/// the user set none: a pressure transmitter warns at 80 % of its range and stops the pumps on
/// its line at 95 %; a pump warns when its flow is more than 10 % off its setpoint for 5 s.
Device::AlarmConfig load(const AppSettings &settings, const QString &pumpId, const Models::PumpModel *model);
void save(AppSettings &settings, const QString &pumpId, const Models::PumpModel *model, const Device::AlarmConfig &config);

} // namespace PumpStudio::Services::AlarmSettings
