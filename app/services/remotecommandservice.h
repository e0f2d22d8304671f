// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "telemetry/remotecommandgate.h"

#include <QList>
#include <QObject>

#include <memory>

namespace PumpStudio::Accounts {
class AccountStore;
}
namespace PumpStudio::Audit {
class AuditTrail;
}
namespace PumpStudio::Telemetry {
class PublisherThread;
}

namespace PumpStudio::Services {

class DeviceService;

/// The GUI's pumps as remote commands reach them: through DeviceService, the way every local
/// command goes (the driver checks the model's limits on the device thread before anything is
/// sent); runProfile runs a profile of the library after the same pre-run check as the
/// Profiles page and the approval rule of a local start.
class DeviceServiceRemoteHost final : public QObject, public Telemetry::RemoteCommandHost
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceServiceRemoteHost)

public:
    /// `profilesDir` empty: the data folder's profile library.
    explicit DeviceServiceRemoteHost(DeviceService &devices, QString profilesDir = {}, QObject *parent = nullptr);
    ~DeviceServiceRemoteHost() override;

    std::optional<Target> target(const QString &deviceId) const override;
    void execute(const Target &target, const Device::PumpCommand &command, const Audit::Actor &actor, Done done) override;
    void runProfile(const Target &target, const QString &name, const Audit::Actor &actor, Done done) override;

private:
    struct Pending
    {
        QString id;
        Device::PumpCommand command;
        Done done;
    };
    struct PendingProfile
    {
        QString id;
        QString name;
        Done done;
    };
    void onCommandFinished(const QString &id, const Device::PumpCommand &command, const Result<void> &result);
    void settleProfile(const QString &id, const Result<QString> &result);

    DeviceService &m_devices;
    QString m_profilesDir;
    QList<Pending> m_pending;
    QList<PendingProfile> m_profiles;
};

/// Remote commands on for one workstation (docs/mqtt.md): while this object lives, the
/// publisher takes commands from the broker, the gate decides on them here (on the thread the
/// DeviceService lives on, the GUI's; the broker's traffic stays on the publisher's thread) and
/// the replies go back through the publisher. Off again when it is destroyed.
class RemoteCommandService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteCommandService)

public:
    RemoteCommandService(DeviceService &devices, Accounts::AccountStore &accounts, Audit::AuditTrail &trail,
                         Telemetry::PublisherThread &publisher, const QString &brokerUrl, QObject *parent = nullptr);
    ~RemoteCommandService() override;

    Telemetry::RemoteCommandGate &gate() const { return *m_gate; }

private:
    Telemetry::PublisherThread &m_publisher;
    std::unique_ptr<DeviceServiceRemoteHost> m_host;
    std::unique_ptr<Telemetry::RemoteCommandGate> m_gate;
};

} // namespace PumpStudio::Services
