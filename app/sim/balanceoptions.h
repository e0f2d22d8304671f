// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace PumpStudio::Sim {

class Simulation;
struct PumpSimOptions;

/// pumpsim's balance options: --balance, --balance-link, --balance-load, --temperature and
/// --ml-per-rev and --syringe-id. Added to the parser on construction, read after parsing.
class BalanceOptions final
{
public:
    explicit BalanceOptions(QCommandLineParser &parser);
    Result<void> read(const QCommandLineParser &parser, PumpSimOptions &options) const;
    /// --ml-per-rev: every simulated pump delivers that much per revolution from now on.
    static Result<void> applyToPumps(const PumpSimOptions &options, Simulation &simulation);

private:
    QCommandLineOption m_balance;
    QCommandLineOption m_link;
    QCommandLineOption m_load;
    QCommandLineOption m_temperature;
    QCommandLineOption m_mlPerRev;
    QCommandLineOption m_syringeId;
};

} // namespace PumpStudio::Sim
