// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "telemetry/remotecommandgate.h"

#include "accounts/accountstore.h"
#include "accounts/apitoken.h"
#include "accounts/permissions.h"
#include "audit/audittrail.h"
#include "core/logging.h"
#include "core/qtfmt.h"

#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Telemetry {

namespace {
Accounts::Permission permissionFor(RemoteCommand::Kind kind)
{
    // The permissions a local command of the same kind needs (DeviceService::sendCommand,
    // startProfiles): stopping is safety, any role that may touch a pump may stop it.
    switch (kind) {
    case RemoteCommand::Kind::Start:
    case RemoteCommand::Kind::Setpoint: return Accounts::Permission::ControlPumps;
    case RemoteCommand::Kind::Stop: return Accounts::Permission::StopPumps;
    case RemoteCommand::Kind::RunProfile: return Accounts::Permission::RunProfiles;
    }
    return Accounts::Permission::ControlPumps;
}

/// Who a refused message claimed to be, before anybody was authenticated: the program writes
/// the entry, the claimed name goes in the details.
Audit::Actor unauthenticated()
{
    Audit::Actor a = Audit::systemActor();
    a.fullName = RemoteCommandGate::tr("PumpStudio (unauthenticated remote command)");
    return a;
}
} // namespace

RemoteCommandGate::RemoteCommandGate(Accounts::AccountStore &accounts, Audit::AuditTrail &trail, RemoteCommandHost &host,
                                     QObject *parent)
    : QObject(parent), m_accounts(accounts), m_trail(trail), m_host(host)
{
}

RemoteCommandGate::~RemoteCommandGate() = default;

void RemoteCommandGate::setOrigin(const QString &broker, const QString &baseTopic)
{
    m_broker = broker;
    m_baseTopic = baseTopic;
}

bool RemoteCommandGate::remember(const QString &id)
{
    if (m_seen.contains(id))
        return false;
    m_seen.insert(id);
    m_seenOrder.enqueue(id);
    while (m_seenOrder.size() > kRememberedIds)
        m_seen.remove(m_seenOrder.dequeue());
    return true;
}

Result<void> RemoteCommandGate::audit(const Audit::Actor &actor, const QString &target, const RemoteCommand &command,
                                      const QString &action, const QString &outcome, QJsonObject details)
{
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::PumpCommand;
    draft.target = target;
    draft.action = action;
    draft.newValue = outcome;
    draft.reason = command.reason;
    details.insert(u"by"_s, u"remote"_s);
    details.insert(u"via"_s, u"remote via MQTT"_s);
    details.insert(u"commandId"_s, command.id);
    details.insert(u"command"_s, command.kindToken());
    if (!command.user.isEmpty())
        details.insert(u"remoteUser"_s, command.user);
    if (!command.client.isEmpty())
        details.insert(u"client"_s, command.client);
    if (!m_broker.isEmpty())
        details.insert(u"broker"_s, m_broker);
    if (!m_baseTopic.isEmpty())
        details.insert(u"workstationTopic"_s, m_baseTopic);
    draft.details = details;
    auto written = m_trail.append(actor, draft);
    if (!written)
        return written.error();
    return {};
}

void RemoteCommandGate::refuse(const QString &deviceLevel, const RemoteCommand &command, const QString &target,
                               const Audit::Actor &actor, const QString &reasonToken, const QString &why, QJsonObject details)
{
    details.insert(u"outcome"_s, u"refused"_s);
    details.insert(u"refusal"_s, reasonToken);
    if (auto r = audit(actor, target, command, tr("Remote command via MQTT refused: %1").arg(command.text()), why, details); !r)
        Logging::get("telemetry")->warn("a refused remote command could not be audited: {}", r.error().message);
    Logging::get("telemetry")->info("remote command {} from {} refused: {}", command.id, command.user, why);
    Q_EMIT reply(deviceLevel, replyPayload(command.id, false, why, reasonToken));
}

void RemoteCommandGate::handle(const QString &deviceId, const QString &deviceLevel, const QByteArray &payload)
{
    const ParsedCommand parsed = parseRemoteCommand(payload);
    const RemoteCommand &command = parsed.command;
    // A repeated id (MQTT's at-least-once delivery, or a sender trying again) is answered once.
    if (!command.id.isEmpty() && !remember(command.id)) {
        Logging::get("telemetry")->info("remote command {} seen before: dropped", command.id);
        return;
    }
    const std::optional<RemoteCommandHost::Target> target = deviceId.isEmpty() ? std::nullopt : m_host.target(deviceId);
    const QString targetName = target ? target->name : deviceLevel;
    QJsonObject details{{u"topicDevice"_s, deviceLevel}};
    if (target)
        details.insert(u"pumpId"_s, target->id);
    if (!parsed.ok()) {
        refuse(deviceLevel, command, targetName, unauthenticated(), Reason::Malformed, parsed.problem, details);
        return;
    }
    if (!target) {
        refuse(deviceLevel, command, targetName, unauthenticated(), Reason::UnknownDevice,
               tr("There is no pump \"%1\" on this workstation.").arg(deviceLevel), details);
        return;
    }
    if (command.token.isEmpty()) {
        refuse(deviceLevel, command, targetName, unauthenticated(), Reason::Unauthenticated,
               tr("The command carries no token: remote commands need the user's API token."), details);
        return;
    }
    const auto account = Accounts::verifyApiToken(m_accounts, command.user, command.token, m_trail.now());
    if (!account) {
        refuse(deviceLevel, command, targetName, unauthenticated(), Reason::Unauthenticated, account.error().message, details);
        return;
    }
    const Audit::Actor actor{account->id, account->fullName, Accounts::roleToken(account->role), Audit::osUserName(),
                             Audit::workstationName()};
    const Accounts::Permission permission = permissionFor(command.kind);
    if (!Accounts::roleMay(account->role, permission, target->simulated)) {
        refuse(deviceLevel, command, targetName, actor, Reason::Forbidden,
               tr("The role %1 may not %2.").arg(Accounts::roleText(account->role), Accounts::permissionText(permission)), details);
        return;
    }
    // The same rule as a local setpoint: a running pump's setpoint in controlled mode needs a reason.
    const Accounts::Policy policy = m_accounts.policy();
    if (command.kind == RemoteCommand::Kind::Setpoint && target->running && policy.mode == Accounts::Mode::Controlled
        && policy.reasonsRequired.contains(Accounts::ChangeKind::SetpointWhileRunning) && command.reason.trimmed().isEmpty()) {
        refuse(deviceLevel, command, targetName, actor, Reason::ReasonRequired,
               tr("A reason is required: %1 (give \"reason\").").arg(Accounts::changeKindText(Accounts::ChangeKind::SetpointWhileRunning)),
               details);
        return;
    }
    // Written before anything is sent: a command that cannot be audited is not done.
    details.insert(u"outcome"_s, u"accepted"_s);
    if (auto r = audit(actor, targetName, command, tr("Remote command via MQTT: %1").arg(command.text()), tr("accepted"), details); !r) {
        Logging::get("telemetry")->warn("remote command {} not done: {}", command.id, r.error().message);
        Q_EMIT reply(deviceLevel, replyPayload(command.id, false,
                                               tr("Not done: the audit trail cannot be written (%1).").arg(r.error().message),
                                               Reason::NotAudited));
        return;
    }
    Logging::get("telemetry")->info("remote command {} from {}: {}", command.id, account->id, command.text());
    const auto finished = [self = QPointer<RemoteCommandGate>(this), deviceLevel, command, targetName, actor,
                           details](const Result<QString> &result) mutable {
        if (!self)
            return;
        details.insert(u"outcome"_s, result ? u"done"_s : u"failed"_s);
        QString reasonToken;
        if (!result) {
            reasonToken = result.error().code == Error::Code::OutOfRange ? Reason::OutOfRange : Reason::Failed;
            details.insert(u"refusal"_s, reasonToken);
        }
        const QString outcome = result ? *result : result.error().message;
        if (auto r = self->audit(actor, targetName, command,
                                 result ? tr("Remote command via MQTT done: %1").arg(command.text())
                                        : tr("Remote command via MQTT failed: %1").arg(command.text()),
                                 outcome, details);
            !r) {
            Logging::get("telemetry")->warn("the outcome of remote command {} could not be audited: {}", command.id, r.error().message);
        }
        Q_EMIT self->reply(deviceLevel, replyPayload(command.id, result.ok(), outcome, reasonToken));
    };
    if (command.kind == RemoteCommand::Kind::RunProfile)
        m_host.runProfile(*target, command.profile, actor, finished);
    else
        m_host.execute(*target, *command.pumpCommand(), actor, finished);
}

} // namespace PumpStudio::Telemetry
