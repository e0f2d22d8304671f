// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "models/modelregistry.h"
#include "models/pumpmodel.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace PumpStudio::Models {

enum class BalanceProtocol { MtSics, SartoriusSbi };

QString balanceProtocolName(BalanceProtocol protocol);
std::optional<BalanceProtocol> parseBalanceProtocol(const QString &name);

/// A laboratory balance as its model file describes it. Not a pump: it has no speed, heads or
/// tubing, so it is a type of its own, with its own registry (":/balances").
struct BalanceModel
{
    QString id;
    LocalName names;          ///< English, and Chinese where the file has it ("nameZh")
    QString displayName;      ///< in the UI's language when the file was read
    QString vendor;
    BalanceProtocol protocol = BalanceProtocol::MtSics;
    SerialDefaults serial;
    /// Typical figures of the balances this file covers, for the simulator and as a plausibility
    /// bound: a reading beyond capacity + 10 % is not believed.
    double capacityG = 220;
    double readabilityG = 0.0001;
    /// How long a stable reading may take before it is "not stable in time".
    int stableTimeoutMs = 10000;
    int deviceTimeMs = 100;
    QString notes;
    QString sourceFile;
};

/// Parses one balance model file; `source` names it in errors (file and field).
Result<BalanceModel> parseBalanceModel(const QByteArray &json, const QString &source, ModelLoadError *error);

/// One line: "mt-sics  Mettler Toledo balance (MT-SICS)  mt-sics, 9600 8N1, 220 g x 0.0001 g".
QString describe(const BalanceModel &model);

} // namespace PumpStudio::Models
