// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/balanceoptions.h"

#include "sim/pumpsimoptions.h"
#include "sim/simulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PumpSimOptions", text);
}

Error usage(const QString &message)
{
    return makeError(Error::Code::InvalidArgument, message);
}

} // namespace

BalanceOptions::BalanceOptions(QCommandLineParser &parser)
    : m_balance(u"balance"_s,
                tr("Also simulate a balance (mt-sics or sartorius-sbi) on a terminal of its own, weighing what the pumps "
                   "deliver; its path is the next line on stdout."),
                tr("model")),
      m_link(u"balance-link"_s, tr("Make this path a symbolic link to the balance's terminal."), tr("path")),
      m_load(u"balance-load"_s, tr("Grams on the balance's pan at power-up (a vessel), above its zero (default 0)."), tr("g")),
      m_temperature(u"temperature"_s, tr("Temperature of the water the pumps deliver, in degrees Celsius (default 20)."), tr("C")),
      m_mlPerRev(u"ml-per-rev"_s, tr("The simulated pumps' true volume per revolution in mL (default: the tubing's figure)."), tr("ml")),
      m_syringeId(u"syringe-id"_s,
                  tr("The true inner diameter in mm of the syringe in the simulated syringe pumps (default: the one they "
                     "are set to): they count volumes with their setting, the balance weighs what this bore delivers."),
                  tr("mm"))
{
    parser.addOptions({m_balance, m_link, m_load, m_temperature, m_mlPerRev, m_syringeId});
}

Result<void> BalanceOptions::read(const QCommandLineParser &parser, PumpSimOptions &options) const
{
    const auto number = [&parser](const QCommandLineOption &option, double min, double max) -> Result<double> {
        bool ok = false;
        const double v = parser.value(option).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < min || v > max)
            return usage(tr("--%1 \"%2\" must be a number from %3 to %4.").arg(option.names().constFirst(), parser.value(option)).arg(min).arg(max));
        return v;
    };
    options.balance = parser.value(m_balance).trimmed();
    if (parser.isSet(m_balance) && options.balance != u"mt-sics" && options.balance != u"sartorius-sbi")
        return usage(tr("--balance must be mt-sics or sartorius-sbi, not \"%1\".").arg(options.balance));
    options.balanceLink = parser.value(m_link);
    if (!options.balanceLink.isEmpty() && options.balance.isEmpty())
        return usage(tr("--balance-link needs --balance."));
    if (!options.balanceLink.isEmpty() && (options.balanceLink == options.link || options.balanceLink == options.sensorLink))
        return usage(tr("--balance-link must differ from --link and --sensor-link."));
    if (parser.isSet(m_load)) {
        const auto v = number(m_load, -1e6, 1e6);
        if (!v)
            return v.error();
        options.balanceLoadG = *v;
    }
    if (parser.isSet(m_temperature)) {
        const auto v = number(m_temperature, 0, 40);  // where the water density formula holds
        if (!v)
            return v.error();
        options.temperatureC = *v;
    }
    if (parser.isSet(m_mlPerRev)) {
        const auto v = number(m_mlPerRev, 1e-6, 1000);
        if (!v)
            return v.error();
        options.mlPerRev = *v;
    }
    if (parser.isSet(m_syringeId)) {
        const auto v = number(m_syringeId, 0.1, 50);  // the NE-1000's diameter range
        if (!v)
            return v.error();
        options.syringeDiameterMm = *v;
    }
    return {};
}

Result<void> BalanceOptions::applyToPumps(const PumpSimOptions &options, Simulation &simulation)
{
    if (!options.mlPerRev)
        return {};
    for (SimPump *pump : simulation.pumps()) {
        if (auto set = pump->setMlPerRev(*options.mlPerRev); !set)
            return set.error();
    }
    return {};
}

} // namespace PumpStudio::Sim
