// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/workbench.h"

#include "core/logging.h"
#include "services/democontroller.h"
#include "services/deviceservice.h"
#include "services/dryrunservice.h"
#include "services/monitorsession.h"

namespace PumpStudio::Services {

Workbench::Workbench(AppSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_devices(std::make_unique<DeviceService>(settings)),
      m_demo(std::make_unique<DemoController>(*m_devices)), m_dryRuns(std::make_unique<DryRunService>(m_devices->models())),
      m_monitor(std::make_unique<MonitorSession>(*m_devices, settings))
{
    connect(m_devices.get(), &DeviceService::shutdownFinished, this, [this](const QList<Device::ShutdownStop> &stops) {
        if (!m_shuttingDown)
            return;
        // The pumps have stopped (or said they could not): the record can end with that in it.
        QStringList lines;
        for (const Device::ShutdownStop &stop : stops) {
            lines.append(stop.error ? tr("%1 did not confirm the stop: %2").arg(stop.name, stop.error->message)
                                    : tr("%1 was stopped").arg(stop.name));
        }
        if (!m_monitor->runActive()) {
            Q_EMIT shutdownFinished(stops);
            return;
        }
        connect(m_monitor.get(), &MonitorSession::runEnded, this, [this, stops] { Q_EMIT shutdownFinished(stops); },
                Qt::SingleShotConnection);
        m_monitor->endRun(lines.isEmpty() ? tr("PumpStudio closed") : tr("PumpStudio closed: %1").arg(lines.join(u"; ")));
    });
}

Workbench::~Workbench()
{
    // Reverse order of making: the monitor stops listening before the devices go.
    m_monitor.reset();
    m_dryRuns.reset();
    m_demo.reset();
    m_devices.reset();
}

void Workbench::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    Logging::get("app")->info("shutting down: stopping the pumps the program started");
    m_devices->shutdown();
}

} // namespace PumpStudio::Services
