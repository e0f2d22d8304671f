// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "cli/pumpctlremote.h"

#include "accounts/apitoken.h"
#include "accounts/session.h"
#include "audit/approvals.h"
#include "audit/audittrail.h"
#include "cli/pumpctlaudit.h"
#include "device/devicemanager.h"
#include "device/pumpjob.h"
#include "models/modelregistry.h"
#include "profiles/precheck.h"
#include "profiles/profileformat.h"
#include "profiles/profilelibrary.h"
#include "profiles/profilerunner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("pumpctl", text); }
QString tr(const char *text, const char *comment, int n) { return QCoreApplication::translate("pumpctl", text, comment, n); }

int usersUsage(QTextStream &err)
{
    err << tr("Usage: pumpctl users token create USER | token revoke USER [TOKEN-ID] | token list USER") << Qt::endl;
    return ExitUsage;
}

bool sameCommand(const Device::PumpCommand &a, const Device::PumpCommand &b)
{
    return a.kind == b.kind && a.value == b.value && a.direction == b.direction && a.rate == b.rate;
}
} // namespace

int runUsersCommand(const PumpCtlOptions &o, QTextStream &out, QTextStream &err)
{
    const QStringList &w = o.words;
    if (w.size() < 3 || w.at(0) != u"token")
        return usersUsage(err);
    const QString action = w.at(1);
    const QString user = w.at(2);
    if (!((action == u"create" && w.size() == 3) || (action == u"list" && w.size() == 3) || (action == u"revoke" && w.size() <= 4)))
        return usersUsage(err);
    Audit::AuditTrail trail;
    if (auto r = trail.open(Audit::AuditTrail::defaultPath()); !r) {
        err << tr("The audit trail cannot be written (%1).").arg(r.error().message) << Qt::endl;
        return ExitRefused;
    }
    Accounts::AccountStore accounts;
    if (auto r = accounts.open(Accounts::AccountStore::defaultPath()); !r) {
        err << tr("The accounts cannot be read (%1).").arg(r.error().message) << Qt::endl;
        return ExitRefused;
    }
    if (!accounts.account(user)) {
        err << tr("There is no account \"%1\".").arg(user) << Qt::endl;
        return ExitUsage;
    }
    if (action == u"list") {
        // Ids and dates only: the secrets are not kept anywhere.
        QJsonArray list;
        for (const Accounts::ApiToken &t : accounts.apiTokens(user)) {
            const QString created = t.createdUtc.toString(Qt::ISODate);
            const QString revoked = t.isRevoked() ? t.revokedUtc.toString(Qt::ISODate) : QString();
            if (o.json) {
                list.append(QJsonObject{{u"id"_s, t.id}, {u"created"_s, created},
                                        {u"revoked"_s, revoked.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(revoked)}});
            } else {
                out << t.id << u'\t' << created << u'\t' << (revoked.isEmpty() ? tr("in force") : tr("revoked %1").arg(revoked))
                    << Qt::endl;
            }
        }
        if (o.json)
            out << QJsonDocument(QJsonObject{{u"ok"_s, true}, {u"user"_s, user}, {u"tokens"_s, list}}).toJson(QJsonDocument::Compact)
                << Qt::endl;
        return ExitOk;
    }
    Accounts::Session session(accounts, trail);
    if (accounts.hasAdministrator()) {
        if (o.user.isEmpty()) {
            err << tr("Only an administrator may manage tokens: give --user ADMIN (the password from the terminal or "
                      "PUMPSTUDIO_PASSWORD).")
                << Qt::endl;
            return ExitRefused;
        }
        if (auto r = session.logIn(o.user, readPassword(o.user, err)); !r) {
            err << r.error().message << Qt::endl;
            return ExitRefused;
        }
    }
    int code = ExitOk;
    if (action == u"create") {
        auto token = session.createApiToken(user);
        if (!token) {
            err << token.error().message << Qt::endl;
            code = token.error().code == Error::Code::Refused ? ExitRefused : ExitUsage;
        } else if (o.json) {
            out << QJsonDocument(QJsonObject{{u"ok"_s, true}, {u"user"_s, user}, {u"id"_s, token->first}, {u"token"_s, token->second}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        } else {
            out << token->second << Qt::endl;
            err << tr("Token %1 for %2: shown this once, keep it where the sending program can read it. "
                      "'pumpctl users token revoke %2 %1' withdraws it.")
                       .arg(token->first, user)
                << Qt::endl;
        }
    } else {
        auto revoked = session.revokeApiTokens(user, w.value(3));
        if (!revoked) {
            err << revoked.error().message << Qt::endl;
            code = revoked.error().code == Error::Code::Refused ? ExitRefused : ExitUsage;
        } else {
            err << tr("%n token(s) of %1 revoked.", nullptr, *revoked).arg(user) << Qt::endl;
        }
    }
    session.logOff();
    return code;
}

MonitorRemoteHost::MonitorRemoteHost(const Models::ModelRegistry &models, Device::DeviceManager &devices,
                                     Accounts::AccountStore &accounts, Audit::AuditTrail &trail, QObject *parent)
    : QObject(parent), m_models(models), m_devices(devices), m_accounts(accounts), m_trail(trail)
{
    connect(&m_devices, &Device::DeviceManager::commandFinished, this, &MonitorRemoteHost::onFinished);
}

MonitorRemoteHost::~MonitorRemoteHost() = default;

std::optional<Telemetry::RemoteCommandHost::Target> MonitorRemoteHost::target(const QString &deviceId) const
{
    for (const Device::PumpSnapshot &s : m_devices.snapshots()) {
        if (s.config.id != deviceId)
            continue;
        Target t;
        t.id = s.config.id;
        t.name = s.config.displayName();
        t.simulated = s.config.simulated;
        t.running = (s.status && s.status->running) || s.jobActive;
        return t;
    }
    return std::nullopt;
}

void MonitorRemoteHost::execute(const Target &target, const Device::PumpCommand &command, const Audit::Actor &actor, Done done)
{
    m_pending.append(Pending{target.id, command, std::move(done)});
    if (command.startsPump())
        m_moved = true;
    if (command.kind == Device::PumpCommand::Kind::Stop) {
        // A stop ends a profile running on the pump too (it would go on moving the pump).
        const QString why = tr("Stopped by a remote command of %1.").arg(actor.displayName());
        m_devices.withJob(target.id, [why](Device::PumpJob &job) {
            if (job.isActive())
                job.abort(why);
        });
    }
    m_devices.sendCommand(target.id, command);
}

void MonitorRemoteHost::onFinished(const QString &id, const Device::PumpCommand &command, const Result<void> &result)
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

void MonitorRemoteHost::runProfile(const Target &target, const QString &name, const Audit::Actor &, Done done)
{
    const Profiles::ProfileLibrary library = Profiles::ProfileLibrary::atDefaultLocation();
    auto profile = library.open(name);
    if (!profile) {
        done(makeError(Error::Code::InvalidArgument, tr("There is no profile \"%1\" on this workstation.").arg(name)));
        return;
    }
    const auto snapshots = m_devices.snapshots();
    QString modelId;
    for (const Device::PumpSnapshot &s : snapshots) {
        if (s.config.id == target.id)
            modelId = s.config.modelId;
    }
    // The pre-run check `pumpctl run` makes: a profile outside the pump's limits never starts.
    Profiles::PumpSetup setup;
    setup.modelId = modelId;
    const Profiles::PrecheckReport report = Profiles::precheck(*profile, m_models, setup);
    if (report.hasErrors()) {
        QStringList errors;
        for (const Profiles::Finding &f : report.findings) {
            if (f.severity == Profiles::Finding::Severity::Error)
                errors.append(f.message);
        }
        done(makeError(Error::Code::OutOfRange, tr("The profile \"%1\" does not pass the pre-run check: %2").arg(name, errors.join(u"; "_s))));
        return;
    }
    const Accounts::Policy policy = m_accounts.policy();
    if (policy.mode == Accounts::Mode::Controlled && policy.approvedProfilesOnly) {
        const QByteArray hash = QCryptographicHash::hash(Profiles::serializeProfile(*profile), QCryptographicHash::Sha256).toHex();
        if (Audit::approvalOf(m_trail, hash).state != Audit::Approval::State::Approved) {
            done(makeError(Error::Code::Refused, tr("The profile \"%1\" is not approved: only approved profiles run here.").arg(name)));
            return;
        }
    }
    std::optional<Error> refusal;
    const auto watch = connect(&m_devices, &Device::DeviceManager::jobRefused, this, [&refusal, id = target.id](const QString &pump, const Error &why) {
        if (pump == id)
            refusal = why;
    });
    const Profiles::Profile run = *profile;
    m_devices.startJob(target.id, [run](Device::PumpDriver &driver) -> std::unique_ptr<Device::PumpJob> {
        return std::make_unique<Profiles::ProfileRunner>(driver, run);
    });
    disconnect(watch);
    if (refusal) {
        done(*refusal);
        return;
    }
    m_moved = true;
    done(tr("Profile \"%1\" started").arg(name));
}

} // namespace PumpStudio::Cli
