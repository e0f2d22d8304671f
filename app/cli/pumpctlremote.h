// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "cli/pumpctloptions.h"
#include "telemetry/remotecommandgate.h"

#include <QList>
#include <QObject>
#include <QTextStream>

namespace PumpStudio::Models {
class ModelRegistry;
}
namespace PumpStudio::Device {
class DeviceManager;
}
namespace PumpStudio::Audit {
class AuditTrail;
}
namespace PumpStudio::Accounts {
class AccountStore;
}

namespace PumpStudio::Cli {

/// `pumpctl users token create|revoke|list USER`: API tokens for remote commands. Creating and
/// revoking is the administrator's (in controlled mode, or once an administrator exists:
/// --user ADMIN with the password from the terminal or PUMPSTUDIO_PASSWORD); the secret is
/// printed once, on standard output, and never stored.
int runUsersCommand(const PumpCtlOptions &options, QTextStream &out, QTextStream &err);

/// Remote commands on `pumpctl monitor --mqtt URL --remote-commands`: the monitored pump, driven
/// through the monitor's DeviceManager exactly as pumpctl's own commands are (the driver checks
/// the model's limits before anything is sent); runProfile runs a profile of the data folder's
/// library as a job on the pump, after the same pre-run check and approval rule as `pumpctl run`.
class MonitorRemoteHost final : public QObject, public Telemetry::RemoteCommandHost
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorRemoteHost)

public:
    MonitorRemoteHost(const Models::ModelRegistry &models, Device::DeviceManager &devices, Accounts::AccountStore &accounts,
                      Audit::AuditTrail &trail, QObject *parent = nullptr);
    ~MonitorRemoteHost() override;

    std::optional<Target> target(const QString &deviceId) const override;
    void execute(const Target &target, const Device::PumpCommand &command, const Audit::Actor &actor, Done done) override;
    void runProfile(const Target &target, const QString &name, const Audit::Actor &actor, Done done) override;

    /// Whether a remote command set the pump moving (then pumpctl stops it when it ends).
    bool movedPump() const { return m_moved; }

private:
    struct Pending
    {
        QString id;
        Device::PumpCommand command;
        Done done;
    };
    void onFinished(const QString &id, const Device::PumpCommand &command, const Result<void> &result);

    const Models::ModelRegistry &m_models;
    Device::DeviceManager &m_devices;
    Accounts::AccountStore &m_accounts;
    Audit::AuditTrail &m_trail;
    QList<Pending> m_pending;
    bool m_moved = false;
};

} // namespace PumpStudio::Cli
