// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/serialsettings.h"
#include "sim/faultplan.h"
#include "sim/simpump.h"

#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <memory>
#include <vector>

class QTimer;

namespace PumpStudio::Sim {

class ByteEndpoint;
class SimBus;
class SimPressureSensor;

/// Everything simulated in one process: pumps, pressure transmitters, the buses they sit on, and
/// the fault plan. It owns pump time: advance() moves every pump and applies the faults due, in
/// order; start() drives advance() from a timer, `speedup` times faster than the wall clock.
/// Fault times are pump time.
class Simulation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulation)

public:
    explicit Simulation(QObject *parent = nullptr);
    ~Simulation() override;

    SimPump *addPump(const SimPumpConfig &config);
    SimPressureSensor *addPressureSensor(std::vector<SimPump *> sources, double offsetKPa = 0.0);
    SimBus *addBus(std::unique_ptr<ByteEndpoint> endpoint, const Device::SerialSettings &wire, quint32 seed = 1);
    const std::vector<SimBus *> &buses() const { return m_buses; }
    std::vector<SimPump *> pumps() const;

    /// Replaces the plan; events already past (before elapsed()) are skipped.
    void setFaultPlan(const FaultPlan &plan);
    void advance(std::chrono::nanoseconds duration);
    std::chrono::nanoseconds elapsed() const { return m_time; }

    void start(double speedup = 1.0, std::chrono::milliseconds tick = std::chrono::milliseconds(10));
    void stop();
    double speedup() const { return m_speedup; }

Q_SIGNALS:
    /// A fault began or ended, in words for the log.
    void faultApplied(const QString &description);

private:
    struct Action
    {
        std::chrono::nanoseconds at{0};
        FaultEvent event;
        bool ending = false;
    };

    void advancePumps(std::chrono::nanoseconds duration);
    void apply(const Action &action);
    std::vector<SimPump *> pumpsAt(std::optional<int> address) const;
    std::vector<SimBus *> busesWith(std::optional<int> address) const;
    void onTick();

    std::vector<std::unique_ptr<SimPump>> m_pumps;
    std::vector<std::unique_ptr<SimPressureSensor>> m_sensors;
    std::vector<SimBus *> m_buses;
    std::vector<Action> m_actions;   ///< sorted by time; m_nextAction indexes the first not applied
    std::size_t m_nextAction = 0;
    std::chrono::nanoseconds m_time{0};
    double m_speedup = 1.0;
    QTimer *m_timer;
    QElapsedTimer m_wall;
    qint64 m_lastWallNs = 0;
    double m_carryNs = 0.0;
};

} // namespace PumpStudio::Sim
