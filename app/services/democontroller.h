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
/// the stop it causes.
class DemoController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoController)

public:
    explicit DemoController(DeviceService &devices, QObject *parent = nullptr);
    ~DemoController() override;

    bool running() const { return m_running; }
    /// Starts the simulated pumps and connects them; demoStarted() or demoFailed() follows.
    void start(Sim::DemoSimulation::Scenario scenario);
    /// A presentation start: once the demo's pump of the profile's model is connected, the
    /// profile is checked against it and run (demoFailed() says why when it cannot).
    void runProfileWhenReady(const Profiles::Profile &profile);

Q_SIGNALS:
    void demoStarted();
    void demoFailed(const QString &message);
    void demoFault(const QString &description);

private:
    void onReady(const QList<Sim::DemoSimulation::Line> &lines);
    void startPendingProfile(const Device::PumpSnapshot &snapshot);

    DeviceService &m_devices;
    QThread *m_thread = nullptr;
    Sim::DemoSimulation *m_demo = nullptr;  ///< lives on m_thread
    bool m_running = false;
    bool m_starting = false;
    std::optional<Profiles::Profile> m_pendingProfile;
};

} // namespace PumpStudio::Services

Q_DECLARE_METATYPE(QList<PumpStudio::Sim::DemoSimulation::Line>)
