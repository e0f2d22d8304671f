// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profile.h"
#include "device/pumpsnapshot.h"
#include "sim/demosimulation.h"

#include <QObject>

#include <optional>

class QThread;

namespace PumpStudio::Services {

class DeviceService;

/// The distributor's demo: runs the simulated pumps (DemoSimulation) on a thread of their own,
/// adds them to the devices as simulated pumps, connects them and sets them going, and gives the
/// demo's transmitter the limits of a tubing line so its occlusion scenario shows the alarm and
/// the stop it causes. Its scenario can be switched while it runs, and it can be stopped.
class DemoController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoController)

public:
    explicit DemoController(DeviceService &devices, QObject *parent = nullptr);
    ~DemoController() override;

    bool running() const { return m_running; }
    /// Starting or running: what the demo buttons offer is Stop.
    bool active() const { return m_running || m_starting; }
    /// Starts the simulated pumps and connects them; demoStarted() or demoFailed() follows.
    void start(Sim::DemoSimulation::Scenario scenario);
    /// Switches the scenario; while the demo runs, at once and with the pumps kept connected
    /// (the new fault follows a few seconds later); otherwise for the next start().
    void setScenario(Sim::DemoSimulation::Scenario scenario);
    Sim::DemoSimulation::Scenario scenario() const { return m_scenario; }
    /// Stops the demo: its pumps are stopped and removed, its lines closed; demoStopped() follows.
    void stop();
    /// A presentation start: once the demo's pump of the profile's model is connected, the
    /// profile is checked against it and run (demoFailed() says why when it cannot).
    void runProfileWhenReady(const Profiles::Profile &profile);
    /// The demo's balances while it runs (an MT-SICS balance weighing the Reglo's output), for
    /// the Devices page and the Calibration wizard; empty when stopped.
    QList<Sim::DemoSimulation::BalanceLine> balances() const { return m_balances; }

Q_SIGNALS:
    void demoStarted();
    void demoStopped();
    void scenarioChanged(PumpStudio::Sim::DemoSimulation::Scenario scenario);
    void demoFailed(const QString &message);
    void demoFault(const QString &description);

private:
    void onReady(const QList<Sim::DemoSimulation::Line> &lines, const QList<Sim::DemoSimulation::BalanceLine> &balances);
    void startPendingProfile(const Device::PumpSnapshot &snapshot);
    void restartIdlePumps();
    void onPumpRemoved(const QString &id);
    void closeLines();

    DeviceService &m_devices;
    QThread *m_thread = nullptr;
    Sim::DemoSimulation *m_demo = nullptr;  ///< lives on m_thread
    bool m_running = false;
    bool m_starting = false;
    bool m_stopRequested = false;  ///< stop() while starting: stop once started
    Sim::DemoSimulation::Scenario m_scenario = Sim::DemoSimulation::Scenario::NormalDosing;
    QStringList m_pumpIds;  ///< the pumps the demo added
    QList<Sim::DemoSimulation::BalanceLine> m_balances;
    QStringList m_removing;  ///< stopped demo's pumps the device thread has not removed yet
    std::optional<Sim::DemoSimulation::Scenario> m_deferredStart;  ///< a start waiting for m_removing
    std::optional<Profiles::Profile> m_pendingProfile;
};

} // namespace PumpStudio::Services

Q_DECLARE_METATYPE(QList<PumpStudio::Sim::DemoSimulation::Line>)
