// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/logentry.h"
#include "core/result.h"
#include "sim/faultplan.h"

#include <QStringList>

#include <chrono>
#include <optional>
#include <vector>

namespace PumpStudio::Sim {

/// What the pumpsim command line asked for. Several --model options put several devices on the
/// one terminal; --address, --head, --tubing and --firmware pair with them in order (given once, they apply
/// to every device; left out, the model file's defaults apply).
struct PumpSimOptions
{
    struct Device
    {
        QString model;
        std::optional<int> address;
        QString head;
        QString tubing;
        /// The firmware codes the pump reports (Reglo ICC); empty: the simulator's default. Two
        /// simulated pumps that differ here are two pumps to the app's identity check.
        QString firmware;
    };

    enum class Action { Run, ShowHelp, ShowVersion };
    Action action = Action::Run;
    std::vector<Device> devices;
    std::optional<qint32> baudRate;    ///< unset: the first model's serial default
    QString link;                      ///< symlink to the terminal, kept across unplug/replug
    /// Pressure transmitters on a terminal of their own, linked here (empty: on the pumps' line).
    QString sensorLink;
    QString dataDir;                   ///< --data-dir: replaces the data folder (user models)
    double speedup = 1.0;
    std::chrono::milliseconds latency{0};
    FaultPlan faults;
    quint32 seed = 1;
    std::optional<LogLevel> logLevel;
    QString helpText;

    // A balance on a terminal of its own (balanceoptions.h parses these).
    QString balance;                   ///< balance model id (mt-sics, sartorius-sbi); empty: none
    QString balanceLink;               ///< symlink to the balance's terminal
    double balanceLoadG = 0.0;         ///< on the pan at power-up (a vessel), above its zero
    double temperatureC = 20.0;        ///< of the water the pumps deliver
    std::optional<double> mlPerRev;    ///< the pumps' true volume per revolution
    /// The inner diameter of the syringe in the simulated syringe pumps (mm), whatever they are set to.
    std::optional<double> syringeDiameterMm;
};

/// Parses `arguments` (argv[0] first). Pure: prints nothing, opens nothing but a scenario file.
Result<PumpSimOptions> parsePumpSimArguments(const QStringList &arguments);

} // namespace PumpStudio::Sim
