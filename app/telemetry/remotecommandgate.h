// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/actor.h"
#include "core/result.h"
#include "device/pumpcommand.h"
#include "telemetry/remotecommand.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>

#include <functional>
#include <optional>

namespace PumpStudio::Accounts {
class AccountStore;
}
namespace PumpStudio::Audit {
class AuditTrail;
}

namespace PumpStudio::Telemetry {

/// What runs the pumps a remote command may reach: the GUI's DeviceService or pumpctl's device
/// manager. The command goes the way a local one does, so the same limits are checked before
/// anything is sent.
class RemoteCommandHost
{
public:
    virtual ~RemoteCommandHost() = default;

    struct Target
    {
        QString id;
        QString name;
        bool simulated = false;
        bool running = false;  ///< running or running a profile (a setpoint then may need a reason)
    };
    /// The pump with that id, if the workstation has it.
    virtual std::optional<Target> target(const QString &deviceId) const = 0;
    /// The result in words ("Speed set"), or why it failed or was refused.
    using Done = std::function<void(Result<QString>)>;
    /// Sends `command` to the pump as `actor` (who owns what it starts). Authorised and
    /// audited already; `done` exactly once, later, on this thread.
    virtual void execute(const Target &target, const Device::PumpCommand &command, const Audit::Actor &actor, Done done) = 0;
    /// Starts the library's profile `name` on the pump as `actor` (the same checks as a local
    /// start: its model, its limits, its approval where the policy asks).
    virtual void runProfile(const Target &target, const QString &name, const Audit::Actor &actor, Done done) = 0;
};

/// Decides about remote commands (docs/mqtt.md) on the thread the pumps' host lives on: the
/// message is parsed (a malformed one is answered with what is wrong), a repeated id is dropped
/// (answered once), the user is authenticated by an API token (the account enabled and not
/// locked), the role must carry the permission a local command needs, and every command,
/// refused or accepted, is written to the audit trail with who sent it and how it ended before
/// the reply goes. Never touches the network: messages come in through handle(), answers
/// leave through reply().
class RemoteCommandGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteCommandGate)

public:
    RemoteCommandGate(Accounts::AccountStore &accounts, Audit::AuditTrail &trail, RemoteCommandHost &host,
                      QObject *parent = nullptr);
    ~RemoteCommandGate() override;

    /// Where commands come from, for the audit trail ("mqtt://broker:1883", "lab2/ws1").
    void setOrigin(const QString &broker, const QString &baseTopic);

    /// A message on PREFIX/WS/device/LEVEL/cmd; `deviceId` empty when the level names no
    /// device of this workstation.
    void handle(const QString &deviceId, const QString &deviceLevel, const QByteArray &payload);

    /// How many ids are remembered against duplicates (the oldest forgotten first).
    static constexpr int kRememberedIds = 4096;

Q_SIGNALS:
    /// The answer, for PREFIX/WS/device/LEVEL/reply.
    void reply(const QString &deviceLevel, const QByteArray &payload);

private:
    void refuse(const QString &deviceLevel, const RemoteCommand &command, const QString &target, const Audit::Actor &actor,
                const QString &reasonToken, const QString &why, QJsonObject details = {});
    Result<void> audit(const Audit::Actor &actor, const QString &target, const RemoteCommand &command, const QString &action,
                       const QString &outcome, QJsonObject details);
    bool remember(const QString &id);

    Accounts::AccountStore &m_accounts;
    Audit::AuditTrail &m_trail;
    RemoteCommandHost &m_host;
    QString m_broker;
    QString m_baseTopic;
    QSet<QString> m_seen;
    QQueue<QString> m_seenOrder;
};

} // namespace PumpStudio::Telemetry
