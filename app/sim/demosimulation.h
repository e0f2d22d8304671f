// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

class QTimer;

#include <chrono>
#include <memory>

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio::Sim {

class PtyEndpoint;
class SimBalanceLine;
class SimBus;
class Simulation;

/// The distributor's demo: simulated pumps on pseudo-terminals, reached through the very same
/// driver stack as real ones. Line 1: a Reglo ICC; line 2: a Longer BT100-2J; line 3: a Lead
/// Fluid BT100S (address 2) with a pressure transmitter (address 1) on its line; line 4: an
/// MT-SICS balance weighing what the Reglo delivers. Lives on its
/// own thread so the GUI never runs pump physics.
class DemoSimulation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSimulation)

public:
    enum class Scenario {
        NormalDosing,     ///< everything works
        Occlusion,        ///< the Lead Fluid line blocks after 20 s: pressure climbs
        CablePulled,      ///< the Longer's adapter is pulled at 20 s and comes back 8 s later
    };
    Q_ENUM(Scenario)

    struct Line
    {
        QString modelId;
        int address = 1;
        QString path;
    };

    /// A balance on a line of its own (the demo's: an MT-SICS balance under the Reglo's outlet).
    struct BalanceLine
    {
        QString modelId;
        QString path;
    };

    explicit DemoSimulation(const Models::ModelRegistry &models, QObject *parent = nullptr);
    ~DemoSimulation() override;

    static QString scenarioName(Scenario scenario);

    /// Builds the lines and starts pump time. The devices to connect are in devices().
    Result<void> start(Scenario scenario);
    /// Switches the scenario of a running demo without touching its lines: what the old one
    /// did is undone (an occlusion cleared, a pulled cable plugged back) and the new one's
    /// fault comes `lead` from now. A distributor switches in front of a customer, so the
    /// pumps stay connected throughout.
    void setScenario(Scenario scenario, std::chrono::milliseconds lead);
    Scenario scenario() const { return m_scenario; }
    void stop();
    QList<Line> devices() const { return m_devices; }
    /// The demo's balance: weighs what the Reglo ICC delivers, so the Calibration wizard can be
    /// shown without hardware.
    QList<BalanceLine> balances() const { return m_balances; }

Q_SIGNALS:
    void faultApplied(const QString &description);

private:
    Result<void> startBalance(SimBus *regloBus);

    const Models::ModelRegistry &m_models;
    QTemporaryDir m_dir;
    std::unique_ptr<Simulation> m_simulation;
    PtyEndpoint *m_longerLine = nullptr;
    QList<Line> m_devices;
    QList<BalanceLine> m_balances;
    SimBalanceLine *m_balanceLine = nullptr;
    Scenario m_scenario = Scenario::NormalDosing;
    QTimer *m_pull = nullptr;    ///< CablePulled: pulls the Longer's cable
    QTimer *m_replug = nullptr;  ///< and plugs it back
};

} // namespace PumpStudio::Sim
