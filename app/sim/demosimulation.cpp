// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/demosimulation.h"

#include "core/logging.h"
#include "models/balanceregistry.h"
#include "models/modelregistry.h"
#include "sim/faultplan.h"
#include "sim/protocolresponder.h"
#include "sim/ptyendpoint.h"
#include "sim/simbalanceline.h"
#include "sim/simbus.h"
#include "sim/simdevicefactory.h"
#include "sim/simulation.h"

#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Sim {

DemoSimulation::DemoSimulation(const Models::ModelRegistry &models, QObject *parent)
    : QObject(parent), m_models(models), m_pull(new QTimer(this)), m_replug(new QTimer(this))
{
    m_pull->setSingleShot(true);
    m_replug->setSingleShot(true);
    connect(m_pull, &QTimer::timeout, this, [this] {
        if (m_longerLine) {
            Q_EMIT faultApplied(tr("Demo: the Longer BT100-2J's USB cable is pulled"));
            m_longerLine->unplug();
        }
    });
    connect(m_replug, &QTimer::timeout, this, [this] {
        if (m_longerLine) {
            Q_EMIT faultApplied(tr("Demo: the Longer BT100-2J's cable is plugged back in"));
            m_longerLine->replug();
        }
    });
}

DemoSimulation::~DemoSimulation()
{
    stop();
}

QString DemoSimulation::scenarioName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::NormalDosing: return tr("Normal dosing");
    case Scenario::Occlusion: return tr("Occlusion with pressure alarm");
    case Scenario::CablePulled: return tr("Cable pulled and recovered");
    }
    return {};
}

Result<void> DemoSimulation::start(Scenario scenario)
{
    stop();
    if (!m_dir.isValid())
        return makeError(Error::Code::Io, tr("No temporary folder for the demo's terminals."));
    m_simulation = std::make_unique<Simulation>();
    connect(m_simulation.get(), &Simulation::faultApplied, this, &DemoSimulation::faultApplied);

    struct Plan
    {
        QString name;
        std::vector<PumpSimOptions::Device> devices;
    };
    SimBus *regloBus = nullptr;
    const std::vector<Plan> plans = {
        {u"reglo"_s, {{u"reglo-icc"_s, 1, {}, {}, {}}}},
        {u"longer"_s, {{u"longer-bt100-2j"_s, 1, {}, {}, {}}}},
        {u"modbus"_s, {{u"pressure-modbus"_s, 1, {}, {}, {}}, {u"leadfluid-bt100s"_s, 2, {}, {}, {}}}},
    };
    for (const Plan &plan : plans) {
        auto endpoint = std::make_unique<PtyEndpoint>();
        const QString link = m_dir.filePath(plan.name);
        if (auto opened = endpoint->open(link); !opened) {
            stop();
            return opened.error();
        }
        PtyEndpoint *pty = endpoint.get();
        PumpSimOptions options;
        options.devices = plan.devices;
        auto bus = SimDeviceFactory::buildLine(options, m_models, *m_simulation, std::move(endpoint));
        if (!bus) {
            stop();
            return bus.error();
        }
        if (plan.name == u"longer")
            m_longerLine = pty;
        if (plan.name == u"reglo")
            regloBus = *bus;
        for (const auto &d : plan.devices)
            m_devices.append({d.model, d.address.value_or(1), link});
    }
    if (auto balance = startBalance(regloBus); !balance) {
        stop();
        return balance.error();
    }
    setScenario(scenario, 20s);
    m_simulation->start(1.0);
    Logging::get("sim")->info("demo started: {}", scenarioName(scenario));
    return {};
}

Result<void> DemoSimulation::startBalance(SimBus *regloBus)
{
    Models::BalanceRegistry registry;
    registry.loadDefault();
    const Models::BalanceModel *model = registry.find(u"mt-sics"_s);
    if (!model)
        return makeError(Error::Code::BadFile, tr("The demo's balance model (mt-sics) is missing."));
    // The Reglo's first channel runs into the vessel on the pan.
    std::vector<const SimPump *> sources;
    if (regloBus) {
        for (const ProtocolResponder *responder : regloBus->responders()) {
            const std::vector<SimPump *> channels = responder->pumps();
            if (!channels.empty())
                sources.push_back(channels.front());
        }
    }
    if (sources.empty())
        return makeError(Error::Code::Unsupported, tr("The demo's Reglo ICC has no channel for the balance to weigh."));
    auto endpoint = std::make_unique<PtyEndpoint>();
    const QString link = m_dir.filePath(u"balance"_s);
    if (auto opened = endpoint->open(link); !opened)
        return opened.error();
    SimBalanceConfig config;
    config.readabilityG = model->readabilityG;
    // The demo's pump runs for hours into the vessel: a bench balance that does not overflow.
    config.capacityG = std::max(model->capacityG, 6200.0);
    config.settlingTimeConstant = model->readabilityG < 0.001 ? 800ms : 400ms;
    m_balanceLine = new SimBalanceLine(model->protocol, config, *m_simulation, std::move(endpoint), this, std::move(sources));
    m_balances.append({model->id, link});
    return {};
}

void DemoSimulation::setScenario(Scenario scenario, std::chrono::milliseconds lead)
{
    m_scenario = scenario;
    m_pull->stop();
    m_replug->stop();
    if (!m_simulation)
        return;
    // Undo the scenario before: the line blocked by an occlusion clears, a pulled cable is back.
    for (SimPump *pump : m_simulation->pumps()) {
        if (pump->occluded())
            pump->setOcclusion(false);
    }
    if (m_longerLine && !m_longerLine->isOpen()) {
        Q_EMIT faultApplied(tr("Demo: the Longer BT100-2J's cable is plugged back in"));
        m_longerLine->replug();
    }
    FaultPlan faults;
    if (scenario == Scenario::Occlusion) {
        FaultEvent occlusion;
        occlusion.kind = FaultEvent::Kind::Occlusion;
        occlusion.at = std::chrono::duration_cast<std::chrono::milliseconds>(m_simulation->elapsed()) + lead;
        occlusion.address = 2;
        faults.events.push_back(occlusion);
    }
    m_simulation->setFaultPlan(faults);
    if (scenario == Scenario::CablePulled) {
        // Only the Longer's line: a fault plan unplug would pull every line with address 1.
        m_pull->start(lead);
        m_replug->start(lead + 8s);
    }
    Logging::get("sim")->info("demo scenario: {}", scenarioName(scenario));
}

void DemoSimulation::stop()
{
    m_pull->stop();
    m_replug->stop();
    m_longerLine = nullptr;
    m_devices.clear();
    m_balances.clear();
    delete std::exchange(m_balanceLine, nullptr);  // it reads the simulation: gone first
    m_simulation.reset();
}

} // namespace PumpStudio::Sim
