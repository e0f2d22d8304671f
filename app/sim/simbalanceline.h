// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "sim/balanceresponder.h"
#include "sim/simbalance.h"

#include <QObject>

#include <memory>

class QTimer;

namespace PumpStudio::Models {
class BalanceRegistry;
}

namespace PumpStudio::Sim {

class ByteEndpoint;
class Simulation;
struct PumpSimOptions;

/// A simulated balance on a wire of its own, weighing what the simulation's pumps deliver. Its
/// time is the simulation's pump time (read on a 10 ms tick, so a speed-up applies to settling
/// too); replies go out as soon as they are due.
class SimBalanceLine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimBalanceLine)

public:
    /// `sources`: the pumps whose liquid lands on the pan (empty: the first channel of every
    /// pump of the simulation).
    SimBalanceLine(Models::BalanceProtocol protocol, const SimBalanceConfig &config, Simulation &simulation,
                   std::unique_ptr<ByteEndpoint> endpoint, QObject *parent = nullptr, std::vector<const SimPump *> sources = {});
    ~SimBalanceLine() override;

    /// The balance pumpsim's options ask for (--balance, --temperature, --balance-load) on
    /// `endpoint`, fed by every pump of `simulation`; nullptr with an error when the model is
    /// unknown.
    static Result<SimBalanceLine *> build(const PumpSimOptions &options, const Models::BalanceRegistry &registry,
                                          Simulation &simulation, std::unique_ptr<ByteEndpoint> endpoint, QObject *parent);

    SimBalance &balance() { return m_balance; }
    ByteEndpoint *endpoint() const { return m_endpoint; }
    /// Moves the balance to the simulation's time and sends what became due (also on the tick).
    void update();

Q_SIGNALS:
    void received(const QByteArray &bytes);
    void sent(const QByteArray &bytes);

private:
    void onBytes(const QByteArray &bytes);
    void send(const std::vector<QByteArray> &replies);

    Simulation &m_simulation;
    SimBalance m_balance;
    std::unique_ptr<BalanceResponder> m_responder;
    ByteEndpoint *m_endpoint = nullptr;
    QTimer *m_tick = nullptr;
    std::chrono::nanoseconds m_seen{0};
};

} // namespace PumpStudio::Sim
