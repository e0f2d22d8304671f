// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/devicemanager.h"

#include <QObject>

#include <memory>

namespace PumpStudio {
class AppSettings;
}
namespace PumpStudio::Audit {
class AuditTrail;
}
namespace PumpStudio::Accounts {
class AccountStore;
class Session;
}

namespace PumpStudio::Services {

class DemoController;
class DeviceService;
class DryRunService;
class LabNetwork;
class MonitorSession;

/// The GUI's composition root: every long-lived service, each with its thread, made in the
/// order they depend on each other and ended in reverse. The window only shows them.
class Workbench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workbench)

public:
    explicit Workbench(AppSettings &settings, QObject *parent = nullptr);
    ~Workbench() override;

    AppSettings &settings() const { return m_settings; }
    /// The audit trail, the accounts and who is at the workstation: made first, ended last.
    Audit::AuditTrail &trail() const { return *m_trail; }
    Accounts::AccountStore &accounts() const { return *m_accounts; }
    Accounts::Session &session() const { return *m_session; }
    DeviceService &devices() const { return *m_devices; }
    DemoController &demo() const { return *m_demo; }
    DryRunService &dryRuns() const { return *m_dryRuns; }
    MonitorSession &monitor() const { return *m_monitor; }
    /// The lab network (telemetry to a broker, the shared archive): made last, ended first.
    LabNetwork &network() const { return *m_network; }

    /// The program ends: profiles are aborted, every pump the program set moving is stopped,
    /// then the run record is finished. shutdownFinished() follows once that is done.
    void shutdown();
    bool shuttingDown() const { return m_shuttingDown; }

Q_SIGNALS:
    void shutdownFinished(const QList<PumpStudio::Device::ShutdownStop> &stops);

private:
    AppSettings &m_settings;
    std::unique_ptr<Audit::AuditTrail> m_trail;
    std::unique_ptr<Accounts::AccountStore> m_accounts;
    std::unique_ptr<Accounts::Session> m_session;
    std::unique_ptr<DeviceService> m_devices;
    std::unique_ptr<DemoController> m_demo;
    std::unique_ptr<DryRunService> m_dryRuns;
    std::unique_ptr<MonitorSession> m_monitor;
    std::unique_ptr<LabNetwork> m_network;
    bool m_shuttingDown = false;
};

} // namespace PumpStudio::Services
