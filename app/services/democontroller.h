// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "sim/demosimulation.h"

#include <QObject>

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

Q_SIGNALS:
    void demoStarted();
    void demoFailed(const QString &message);
    void demoFault(const QString &description);

private:
    void onReady(const QList<Sim::DemoSimulation::Line> &lines);

    DeviceService &m_devices;
    QThread *m_thread = nullptr;
    Sim::DemoSimulation *m_demo = nullptr;  ///< lives on m_thread
    bool m_running = false;
    bool m_starting = false;
};

} // namespace PumpStudio::Services

Q_DECLARE_METATYPE(QList<PumpStudio::Sim::DemoSimulation::Line>)
