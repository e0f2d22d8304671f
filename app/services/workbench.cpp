// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/workbench.h"

#include "accounts/accountstore.h"
#include "accounts/session.h"
#include "audit/audittrail.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "core/paths.h"
#include "services/filechanges.h"
#include "services/democontroller.h"
#include "services/deviceservice.h"
#include "services/dryrunservice.h"
#include "services/labnetwork.h"
#include "services/monitorsession.h"

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services {

namespace {
std::unique_ptr<Audit::AuditTrail> openTrail()
{
    auto trail = std::make_unique<Audit::AuditTrail>();
    // Not open, every action that must be audited is refused (and says why).
    if (auto r = trail->open(Audit::AuditTrail::defaultPath()); !r)
        Logging::get("audit")->error("the audit trail cannot be opened: {}", r.error().message);
    return trail;
}

std::unique_ptr<Accounts::AccountStore> openAccounts()
{
    auto accounts = std::make_unique<Accounts::AccountStore>();
    if (auto r = accounts->open(Accounts::AccountStore::defaultPath()); !r)
        Logging::get("accounts")->error("the accounts cannot be opened: {}", r.error().message);
    return accounts;
}
} // namespace

Workbench::Workbench(AppSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_trail(openTrail()), m_accounts(openAccounts()),
      m_session(std::make_unique<Accounts::Session>(*m_accounts, *m_trail)), m_devices(std::make_unique<DeviceService>(settings)),
      m_demo(std::make_unique<DemoController>(*m_devices)), m_dryRuns(std::make_unique<DryRunService>(m_devices->models())),
      m_monitor(std::make_unique<MonitorSession>(*m_devices, settings)),
      m_network(std::make_unique<LabNetwork>(settings, *m_devices))
{
    m_network->setSession(m_session.get());
    // Runs are announced on the broker's run topic while telemetry is on.
    connect(m_monitor.get(), &MonitorSession::runStarted, m_network.get(),
            [this](const QString &path) { m_network->publishRun(true, path, m_session->operatorName()); });
    connect(m_monitor.get(), &MonitorSession::runEnded, m_network.get(),
            [this](const QString &path) { m_network->publishRun(false, path, m_session->operatorName()); });
    // Open mode remembers the operator between runs of the program.
    m_session->setOperatorName(settings.operatorName(), false);
    m_devices->setSession(m_session.get());
    m_monitor->setSession(m_session.get());
    // Files changed behind the program's back (a model file copied in, a profile edited by
    // hand) are written to the trail with their old and new hash.
    auditFileChanges(*m_session, Paths::dataSubdir(u"models"_s), Audit::Kind::ModelFile);
    auditFileChanges(*m_session, Paths::dataSubdir(u"profiles"_s), Audit::Kind::Profile);
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
    m_network.reset();
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
    // The broker hears the run's end first, then online = false and a clean goodbye.
    connect(this, &Workbench::shutdownFinished, m_network.get(), [this] { m_network->shutdown(); }, Qt::SingleShotConnection);
    m_devices->shutdown();
}

} // namespace PumpStudio::Services
