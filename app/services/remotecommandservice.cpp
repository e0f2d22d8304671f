// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/remotecommandservice.h"

#include "profiles/precheck.h"
#include "profiles/profilelibrary.h"
#include "services/deviceservice.h"
#include "telemetry/publisherthread.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services {

namespace {
bool sameCommand(const Device::PumpCommand &a, const Device::PumpCommand &b)
{
    return a.kind == b.kind && a.value == b.value && a.direction == b.direction && a.rate == b.rate;
}
} // namespace

DeviceServiceRemoteHost::DeviceServiceRemoteHost(DeviceService &devices, QString profilesDir, QObject *parent)
    : QObject(parent), m_devices(devices), m_profilesDir(std::move(profilesDir))
{
    connect(&m_devices, &DeviceService::commandFinished, this, &DeviceServiceRemoteHost::onCommandFinished);
    connect(&m_devices, &DeviceService::profileStarted, this, [this](const QString &id, const Profiles::Profile &profile) {
        settleProfile(id, tr("Profile \"%1\" started").arg(profile.name));
    });
    connect(&m_devices, &DeviceService::jobRefused, this, [this](const QString &id, const Error &why) { settleProfile(id, why); });
}

DeviceServiceRemoteHost::~DeviceServiceRemoteHost() = default;

std::optional<Telemetry::RemoteCommandHost::Target> DeviceServiceRemoteHost::target(const QString &deviceId) const
{
    const auto s = m_devices.pump(deviceId);
    if (!s)
        return std::nullopt;
    Target t;
    t.id = s->config.id;
    t.name = s->config.displayName();
    t.simulated = s->config.simulated;
    t.running = (s->status && s->status->running) || s->jobActive;
    return t;
}

void DeviceServiceRemoteHost::execute(const Target &target, const Device::PumpCommand &command, const Audit::Actor &actor, Done done)
{
    m_pending.append(Pending{target.id, command, std::move(done)});
    m_devices.sendAuthorizedCommand(target.id, command, actor);
}

void DeviceServiceRemoteHost::onCommandFinished(const QString &id, const Device::PumpCommand &command, const Result<void> &result)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).id != id || !sameCommand(m_pending.at(i).command, command))
            continue;
        const Done done = m_pending.takeAt(i).done;
        if (result)
            done(command.doneText());
        else
            done(result.error());
        return;
    }
}

void DeviceServiceRemoteHost::settleProfile(const QString &id, const Result<QString> &result)
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id != id)
            continue;
        const Done done = m_profiles.takeAt(i).done;
        done(result);
        return;
    }
}

void DeviceServiceRemoteHost::runProfile(const Target &target, const QString &name, const Audit::Actor &actor, Done done)
{
    const Profiles::ProfileLibrary library = m_profilesDir.isEmpty() ? Profiles::ProfileLibrary::atDefaultLocation()
                                                                     : Profiles::ProfileLibrary(m_profilesDir);
    auto profile = library.open(name);
    if (!profile) {
        done(makeError(Error::Code::InvalidArgument, tr("There is no profile \"%1\" on this workstation.").arg(name)));
        return;
    }
    const auto snapshot = m_devices.pump(target.id);
    if (!snapshot) {
        done(makeError(Error::Code::InvalidArgument, tr("The pump is gone.")));
        return;
    }
    // The pre-run check the Profiles page makes, against this pump's model and tubing.
    Profiles::PumpSetup setup;
    setup.modelId = snapshot->config.modelId;
    setup.headId = snapshot->config.headId;
    setup.tubingId = snapshot->config.tubingId;
    setup.mlPerRev = snapshot->config.mlPerRev;
    const Profiles::PrecheckReport report = Profiles::precheck(*profile, m_devices.models(), setup);
    if (report.hasErrors()) {
        QStringList errors;
        for (const Profiles::Finding &f : report.findings) {
            if (f.severity == Profiles::Finding::Severity::Error)
                errors.append(f.message);
        }
        done(makeError(Error::Code::OutOfRange,
                       tr("The profile \"%1\" does not pass the pre-run check: %2").arg(name, errors.join(u"; "_s))));
        return;
    }
    if (m_profiles.end() != std::find_if(m_profiles.begin(), m_profiles.end(), [&](const PendingProfile &p) { return p.id == target.id; })) {
        done(makeError(Error::Code::Refused, tr("A profile is already being started on this pump.")));
        return;
    }
    m_profiles.append(PendingProfile{target.id, name, std::move(done)});
    if (auto started = m_devices.startAuthorizedProfile(target.id, *profile, actor); !started)
        settleProfile(target.id, started.error());
}

RemoteCommandService::RemoteCommandService(DeviceService &devices, Accounts::AccountStore &accounts, Audit::AuditTrail &trail,
                                           Telemetry::PublisherThread &publisher, const QString &brokerUrl, QObject *parent)
    : QObject(parent), m_publisher(publisher), m_host(std::make_unique<DeviceServiceRemoteHost>(devices)),
      m_gate(std::make_unique<Telemetry::RemoteCommandGate>(accounts, trail, *m_host))
{
    m_gate->setOrigin(brokerUrl, publisher.baseTopic());
    connect(&publisher, &Telemetry::PublisherThread::commandReceived, m_gate.get(), &Telemetry::RemoteCommandGate::handle);
    connect(m_gate.get(), &Telemetry::RemoteCommandGate::reply, &publisher, &Telemetry::PublisherThread::publishReply);
    publisher.setRemoteCommands(true);
}

RemoteCommandService::~RemoteCommandService()
{
    m_publisher.setRemoteCommands(false);
}

} // namespace PumpStudio::Services
