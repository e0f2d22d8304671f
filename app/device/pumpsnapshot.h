// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "device/linkstats.h"
#include "device/pumpconfig.h"
#include "device/pumptypes.h"
#include "models/mlperrevcurve.h"

#include <QMetaType>

#include <optional>

namespace PumpStudio::Device {

/// Everything the UI shows about one configured pump, as a value that crosses threads.
struct PumpSnapshot
{
    PumpConfig config;
    LinkState link = LinkState::Closed;
    QString linkReason;
    LinkStats stats;
    std::optional<PumpIdentity> identity;
    std::optional<PumpStatus> status;
    /// The most recent error, with its code; empty once resolved.
    std::optional<Error> lastError;
    /// A job (a profile, a calibration) runs on the pump; it owns the pump until it ends.
    bool jobActive = false;
    /// The program set the pump moving (a start, a dispense or a job): it stops it when it ends.
    bool startedByProgram = false;
    /// The calibration flows follow (looked up for this pump, head and tubing once it said who
    /// it is); nullopt: the configured figure (mL/rev of the tubing, or config.mlPerRev).
    std::optional<Models::MlPerRevCurve> calibration;
    double sampleRateHz = 0;  ///< status replies per second actually achieved (last few seconds)
    /// Status reads per second the link can carry at most: the wire time of the bytes one status
    /// read took (at the line's baud and framing) plus the device's answer time and the
    /// inter-frame gap for each of its transactions. 0 until measured.
    double linkLimitHz = 0;

    /// The last error in words, empty when there is none.
    QString lastErrorText() const { return lastError ? lastError->message : QString(); }
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(PumpStudio::Device::PumpSnapshot)
