// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "device/pumptypes.h"
#include "device/serialsettings.h"
#include "models/mlperrevcurve.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace PumpStudio::Models {
struct PumpModel;
}

namespace PumpStudio::Device {

/// A pump the user added: which model, where, and how it is fitted. Kept in the settings.
/// Status polling bounds: 100 Hz at most (no pump we drive answers faster), one minute at least.
inline constexpr int kMinPollIntervalMs = 10;
inline constexpr int kMaxPollIntervalMs = 60000;

struct PumpConfig
{
    QString id;          ///< stable, generated when added
    QString name;        ///< the user's label ("Buffer A"); empty: model and address
    QString modelId;
    /// The model's name in the UI's language, filled in from the model files when the pump is
    /// added (not kept in the settings): what displayName() and the views show, never the id.
    QString modelName;
    SerialSettings serial;
    int address = 1;
    QString headId;
    QString tubingId;    ///< or a syringe id for syringe pumps
    std::optional<double> mlPerRev;  ///< from a calibration; else the tubing's default
    /// How often the pump is asked for its status; the link may carry less (the achieved rate is
    /// in PumpSnapshot::sampleRateHz).
    int pollIntervalMs = 1000;
    /// The identity the pump reported when first connected; a reconnect must find it again.
    std::optional<PumpIdentity> boundIdentity;
    /// A simulated pump (the demo's): never kept in the settings, marked as such in the UI.
    bool simulated = false;

    QString displayName() const;
    QJsonObject toJson() const;
    static Result<PumpConfig> fromJson(const QJsonObject &json);
};

/// mL per revolution a pump runs with: its calibration, else its head and tubing's nominal
/// figure, else the model's default (0 when the model knows none).
double effectiveMlPerRev(const PumpConfig &config, const Models::PumpModel &model);

/// Where the device layer asks for a pump's calibration once the pump has said who it is (the
/// calibration store, installed by the composition root; called on the device thread):
/// the curve for that pump, head and tubing, or nullopt.
using CalibrationLookup = std::function<std::optional<Models::MlPerRevCurve>(const PumpConfig &, const PumpIdentity &)>;

} // namespace PumpStudio::Device
