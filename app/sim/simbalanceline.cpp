// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/simbalanceline.h"

#include "models/balanceregistry.h"
#include "sim/byteendpoint.h"
#include "sim/protocolresponder.h"
#include "sim/pumpsimoptions.h"
#include "sim/simbus.h"
#include "sim/simulation.h"

#include <QCoreApplication>
#include <QTimer>

using namespace std::chrono_literals;

namespace PumpStudio::Sim {

namespace {

/// What runs into the vessel: the first channel of each simulated pump (a multichannel pump's
/// tubing of channel 1 goes to the balance, the others elsewhere, as on a calibration bench).
std::vector<const SimPump *> constPumps(const Simulation &simulation)
{
    std::vector<const SimPump *> out;
    for (const SimBus *bus : simulation.buses()) {
        for (const ProtocolResponder *responder : bus->responders()) {
            const std::vector<SimPump *> channels = responder->pumps();
            if (!channels.empty())
                out.push_back(channels.front());
        }
    }
    if (out.empty()) {
        for (const SimPump *p : simulation.pumps())
            out.push_back(p);
    }
    return out;
}

} // namespace

SimBalanceLine::SimBalanceLine(Models::BalanceProtocol protocol, const SimBalanceConfig &config, Simulation &simulation,
                               std::unique_ptr<ByteEndpoint> endpoint, QObject *parent, std::vector<const SimPump *> sources)
    : QObject(parent),
      m_simulation(simulation),
      m_balance(config, sources.empty() ? constPumps(simulation) : std::move(sources)),
      m_responder(BalanceResponder::create(protocol, m_balance)),
      m_endpoint(endpoint.release()),
      m_tick(new QTimer(this)),
      m_seen(simulation.elapsed())
{
    m_endpoint->setParent(this);
    connect(m_endpoint, &ByteEndpoint::bytesReceived, this, &SimBalanceLine::onBytes);
    connect(m_tick, &QTimer::timeout, this, &SimBalanceLine::update);
    m_tick->start(10ms);
}

SimBalanceLine::~SimBalanceLine() = default;

Result<SimBalanceLine *> SimBalanceLine::build(const PumpSimOptions &options, const Models::BalanceRegistry &registry,
                                               Simulation &simulation, std::unique_ptr<ByteEndpoint> endpoint, QObject *parent)
{
    const Models::BalanceModel *model = registry.find(options.balance);
    if (!model) {
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("pumpsim", "Unknown balance model \"%1\" (mt-sics or sartorius-sbi).").arg(options.balance));
    }
    SimBalanceConfig config;
    config.capacityG = model->capacityG;
    config.readabilityG = model->readabilityG;
    // A 0.1 mg balance settles more slowly than a 1 mg one.
    config.settlingTimeConstant = model->readabilityG < 0.001 ? 800ms : 400ms;
    config.waterCelsius = options.temperatureC;
    config.initialLoadG = options.balanceLoadG;
    config.seed = options.seed;
    return new SimBalanceLine(model->protocol, config, simulation, std::move(endpoint), parent);
}

void SimBalanceLine::update()
{
    const auto now = m_simulation.elapsed();
    m_balance.advance(now - m_seen);
    m_seen = now;
    send(m_responder->poll());
}

void SimBalanceLine::onBytes(const QByteArray &bytes)
{
    Q_EMIT received(bytes);
    update();
    send(m_responder->feed(bytes));
}

void SimBalanceLine::send(const std::vector<QByteArray> &replies)
{
    for (const QByteArray &reply : replies) {
        Q_EMIT sent(reply);
        m_endpoint->write(reply);
    }
}

} // namespace PumpStudio::Sim
