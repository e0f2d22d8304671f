// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/deviceservice.h"

#include "accounts/session.h"
#include "audit/audittrail.h"
#include "calibration/calibrationdue.h"
#include "calibration/calibrationstore.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "core/paths.h"
#include "services/alarmsettings.h"
#include "services/calibrationstatus.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services {

namespace {
const QString kPumpsKey = u"devices/pumps"_s;

using Accounts::ChangeKind;
using Accounts::Permission;

QString limitsText(const Device::AlarmConfig &c)
{
    const auto limit = [](const std::optional<Device::AlarmLimit> &l) {
        return l ? u"%1%2"_s.arg(l->value).arg(l->action == Device::AlarmAction::StopPumps ? u" (stop)"_s : QString()) : u"-"_s;
    };
    return u"high %1, high-high %2, low %3, deviation %4, hysteresis %5, delay %6 ms"_s
        .arg(limit(c.high), limit(c.highHigh), limit(c.low),
             c.deviation ? u"%1%2"_s.arg(c.deviation->tolerance).arg(c.deviation->mode == Device::ToleranceMode::Percent ? u" %"_s : QString())
                         : u"-"_s)
        .arg(c.hysteresis)
        .arg(c.delay.count());
}

QString configText(const Device::PumpConfig &config)
{
    return QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact));
}

QString actionText(ProfileAction action)
{
    switch (action) {
    case ProfileAction::Pause: return DeviceService::tr("Profile paused");
    case ProfileAction::Resume: return DeviceService::tr("Profile resumed");
    case ProfileAction::Skip: return DeviceService::tr("Profile step skipped");
    case ProfileAction::Confirm: return DeviceService::tr("Operator step confirmed");
    case ProfileAction::Abort: return DeviceService::tr("Profile aborted");
    }
    return {};
}
} // namespace

Device::CalibrationLookup DeviceService::calibrationLookup(const Models::ModelRegistry &models, QString storePath)
{
    // Called on the device thread when a pump has identified itself (rarely): a connection of
    // its own each time, as Qt SQL wants one per thread.
    return [&models, storePath](const Device::PumpConfig &config, const Device::PumpIdentity &identity) -> std::optional<Models::MlPerRevCurve> {
        const Models::PumpModel *model = models.find(config.modelId);
        if (!model)
            return std::nullopt;
        const QString head = config.headId.isEmpty() ? model->defaultHead : config.headId;
        QString tubing = config.tubingId;
        if (tubing.isEmpty() && model->kind == Models::Kind::Syringe) {
            tubing = model->defaultSyringe;  // a syringe check is filed under the syringe
        } else if (tubing.isEmpty()) {
            if (const Models::HeadOption *h = model->head(head))
                tubing = h->defaultTubing;
        }
        // No history yet: nothing to look up (and no file made for it).
        const QString path = storePath.isEmpty() ? QDir(Paths::dataDir()).filePath(u"calibration/history.sqlite"_s) : storePath;
        if (!QFileInfo::exists(path))
            return std::nullopt;
        Calibration::CalibrationStore store;
        if (!store.open(path))
            return std::nullopt;
        const auto curve = store.curveFor(Calibration::pumpKey(config.modelId, identity), head, tubing);
        if (!curve || !*curve)
            return std::nullopt;
        return **curve;
    };
}

void DeviceService::refreshCalibrations()
{
    QMetaObject::invokeMethod(m_manager, &Device::DeviceManager::refreshCalibrations);
    m_calibration->refresh();
}

DeviceService::DeviceService(AppSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_deviceThread(new QThread(this))
{
    qRegisterMetaType<PumpStudio::Profiles::Profile>();
    qRegisterMetaType<PumpStudio::Profiles::ProfileRunner::Progress>();
    qRegisterMetaType<PumpStudio::Profiles::ProfileRunner::State>();
    m_models.loadDefault();
    m_deviceThread->setObjectName(u"devices"_s);
    // The manager is created here and moved: all its children (links, ports) are made on its thread.
    m_manager = new Device::DeviceManager(m_models);
    m_manager->setCalibrationLookup(calibrationLookup(m_models));
    m_manager->moveToThread(m_deviceThread);
    connect(m_deviceThread, &QThread::finished, m_manager, &QObject::deleteLater);
    using M = Device::DeviceManager;
    connect(m_manager, &M::pumpChanged, this, &DeviceService::onPumpChanged);
    connect(m_manager, &M::pumpRemoved, this, &DeviceService::pumpRemoved);
    connect(m_manager, &M::portsListed, this, &DeviceService::portsListed);
    connect(m_manager, &M::scanFinished, this, &DeviceService::scanFinished);
    connect(m_manager, &M::connectionTested, this, &DeviceService::connectionTested);
    connect(m_manager, &M::commandFinished, this, &DeviceService::commandFinished);
    connect(m_manager, &M::eventReceived, this, &DeviceService::eventReceived);
    connect(m_manager, &M::sampled, this, &DeviceService::sampled);
    connect(m_manager, &M::alarmTransition, this, &DeviceService::alarmTransition);
    connect(m_manager, &M::interlockStopped, this, &DeviceService::interlockStopped);
    connect(m_manager, &M::differentPump, this, &DeviceService::differentPump);
    connect(m_manager, &M::shutdownFinished, this, &DeviceService::shutdownFinished);
    connect(m_manager, &M::jobRefused, this, [this](const QString &id, const Error &why) {
        Q_EMIT jobRefused(id, why);
        if (!m_otherJobs.contains(id))
            Q_EMIT profileFinished(id, Profiles::ProfileRunner::State::Failed, why.message);
        m_otherJobs.remove(id);
    });
    connect(m_manager, &M::jobEnded, this, [this](const QString &id) {
        if (m_otherJobs.remove(id))
            m_owners.remove(id);
    });
    // An interlock acts on the device thread by itself: the trail says the program did it.
    connect(m_manager, &M::interlockStopped, this, [this](const QString &sourceId, const QStringList &stoppedIds, const QString &why) {
        const Audit::Actor system = Audit::systemActor();
        QStringList names;
        for (const QString &id : stoppedIds)
            names.append(pumpName(id));
        (void)audit(sourceId, Audit::Kind::Alarm, tr("Interlock stopped %1").arg(names.join(u", "_s)), {}, {}, {},
                    QJsonObject{{u"message"_s, why}}, &system);
    });
    m_deviceThread->start();
    loadConfigs();
    m_calibration = std::make_unique<CalibrationStatus>(*this);
}

DeviceService::~DeviceService()
{
    m_deviceThread->quit();
    m_deviceThread->wait();
}

void DeviceService::setSession(Accounts::Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &Accounts::Session::changed, this, &DeviceService::permissionsChanged);
    Q_EMIT permissionsChanged();
}

QString DeviceService::pumpName(const QString &id) const
{
    const auto it = m_snapshots.constFind(id);
    return it == m_snapshots.constEnd() ? id : it->config.displayName();
}

bool DeviceService::isSimulated(const QString &id) const
{
    const auto it = m_snapshots.constFind(id);
    return it != m_snapshots.constEnd() && it->config.simulated;
}

bool DeviceService::may(const QString &id, Permission permission) const
{
    if (!m_session)
        return true;
    if (id.isEmpty())
        return m_session->may(permission, false) || m_session->may(permission, true);
    return m_session->may(permission, isSimulated(id));
}

void DeviceService::refuse(const QString &id, const Error &error)
{
    Logging::get("audit")->warn("refused for {}: {}", pumpName(id), error.message);
    Q_EMIT refused(id, error);
}

Result<void> DeviceService::authorize(const QString &id, Permission permission, std::optional<ChangeKind> kind, QString *reason)
{
    if (!m_session)
        return {};
    if (auto r = m_session->check(permission, isSimulated(id)); !r)
        return r;
    if (kind && m_session->reasonRequired(*kind) && (!reason || reason->trimmed().isEmpty())) {
        const std::optional<QString> given = m_reasons ? m_reasons(Accounts::changeKindText(*kind)) : std::nullopt;
        if (!given)
            return makeError(Error::Code::Cancelled, tr("Not done: a reason is required (%1).").arg(Accounts::changeKindText(*kind)));
        if (reason)
            *reason = *given;
    }
    if (kind)
        return m_session->checkReason(*kind, reason ? *reason : QString());
    return {};
}

Result<void> DeviceService::audit(const QString &id, const QString &kind, const QString &action, const QString &oldValue,
                                  const QString &newValue, const QString &reason, QJsonObject details, const Audit::Actor *as)
{
    if (!m_session)
        return {};
    Audit::AuditDraft draft;
    draft.kind = kind;
    draft.target = pumpName(id);
    draft.action = action;
    draft.oldValue = oldValue;
    draft.newValue = newValue;
    draft.reason = reason;
    details.insert(u"pumpId"_s, id);
    details.insert(u"pump"_s, pumpName(id));
    if (isSimulated(id))
        details.insert(u"simulated"_s, true);
    // Switching user changes who acts next, not who owns what runs: the entry says both.
    if (const auto it = m_owners.constFind(id); it != m_owners.constEnd() && !it->isEmpty())
        details.insert(u"startedBy"_s, it->displayName());
    draft.details = details;
    auto written = as ? m_session->trail().append(*as, draft) : m_session->record(draft);
    if (!written) {
        const Error error = makeError(Error::Code::Io, tr("Not done: the audit trail cannot be written (%1).").arg(written.error().message));
        refuse(id, error);
        return error;
    }
    return {};
}

template <typename Fn>
void DeviceService::post(Fn fn)
{
    QMetaObject::invokeMethod(m_manager, [m = m_manager, fn = std::move(fn)] { fn(*m); }, Qt::QueuedConnection);
}

QList<Device::PumpSnapshot> DeviceService::pumps() const
{
    QList<Device::PumpSnapshot> list;
    for (const QString &id : m_order)
        list.append(m_snapshots.value(id));
    return list;
}

std::optional<Device::PumpSnapshot> DeviceService::pump(const QString &id) const
{
    const auto it = m_snapshots.constFind(id);
    if (it == m_snapshots.constEnd())
        return std::nullopt;
    return *it;
}

QString DeviceService::addPump(Device::PumpConfig config)
{
    if (config.id.isEmpty())
        config.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (config.modelName.isEmpty())
        config.modelName = m_models.displayName(config.modelId);
    if (m_session) {
        if (auto r = m_session->check(Permission::ConfigurePumps, config.simulated); !r) {
            refuse(config.id, r.error());
            return {};
        }
        Audit::AuditDraft draft;
        draft.kind = Audit::Kind::PumpConfig;
        draft.target = config.displayName();
        draft.action = config.simulated ? tr("Simulated pump added") : tr("Pump added");
        draft.newValue = configText(config);
        draft.details = QJsonObject{{u"pumpId"_s, config.id}, {u"pump"_s, config.displayName()}};
        if (auto written = m_session->record(draft); !written) {
            refuse(config.id, written.error());
            return {};
        }
    }
    Device::PumpSnapshot snapshot;
    snapshot.config = config;
    m_snapshots.insert(config.id, snapshot);
    if (!m_order.contains(config.id))
        m_order.append(config.id);
    const std::optional<Device::AlarmConfig> limits = AlarmSettings::load(m_settings, config.id, m_models.find(config.modelId));
    post([config, limits](Device::DeviceManager &m) {
        m.addPump(config);
        m.setAlarmConfig(config.id, limits);
    });
    saveConfigs();
    return config.id;
}

void DeviceService::removePump(const QString &id)
{
    QString reason;
    if (auto r = authorize(id, Permission::ConfigurePumps, ChangeKind::Delete, &reason); !r) {
        refuse(id, r.error());
        return;
    }
    if (m_snapshots.contains(id)) {
        if (!audit(id, Audit::Kind::PumpConfig, tr("Pump removed"), configText(m_snapshots.value(id).config), {}, reason))
            return;
    }
    m_owners.remove(id);
    m_snapshots.remove(id);
    m_order.removeAll(id);
    post([id](Device::DeviceManager &m) { m.removePump(id); });
    saveConfigs();
    updateSummary();
}

void DeviceService::connectPump(const QString &id)
{
    if (auto r = authorize(id, Permission::ControlPumps, std::nullopt, nullptr); !r) {
        refuse(id, r.error());
        return;
    }
    if (!audit(id, Audit::Kind::PumpConfig, tr("Connected"), {}, {}, {}))
        return;
    post([id](Device::DeviceManager &m) { m.connectPump(id); });
}

void DeviceService::disconnectPump(const QString &id)
{
    if (auto r = authorize(id, Permission::ControlPumps, std::nullopt, nullptr); !r) {
        refuse(id, r.error());
        return;
    }
    if (!audit(id, Audit::Kind::PumpConfig, tr("Disconnected"), {}, {}, {}))
        return;
    post([id](Device::DeviceManager &m) { m.disconnectPump(id); });
}

void DeviceService::sendCommand(const QString &id, const Device::PumpCommand &command, const QString &givenReason)
{
    using K = Device::PumpCommand::Kind;
    const auto snapshot = pump(id);
    const bool running = snapshot && snapshot->status && snapshot->status->running;
    const bool setpoint = command.kind == K::Speed || command.kind == K::Flow;
    QString reason = givenReason;
    const std::optional<ChangeKind> kind = setpoint && (running || (snapshot && snapshot->jobActive))
                                               ? std::optional(ChangeKind::SetpointWhileRunning) : std::nullopt;
    // Stopping is safety: any role that may touch a pump may stop it.
    auto allowed = authorize(id, command.kind == K::Stop ? Permission::StopPumps : Permission::ControlPumps, kind, &reason);
    if (allowed) {
        QString oldValue;
        QString newValue;
        switch (command.kind) {
        case K::Start:
        case K::Stop:
        case K::Dispense:
            oldValue = snapshot && snapshot->status ? (running ? tr("running") : tr("stopped")) : QString();
            newValue = command.kind == K::Stop ? tr("stopped") : command.text();
            break;
        case K::Direction:
            oldValue = snapshot && snapshot->status && snapshot->status->direction ? Device::directionText(*snapshot->status->direction) : QString();
            newValue = Device::directionText(command.direction);
            break;
        case K::Speed:
        case K::Flow:
            oldValue = m_setpoints.value(id);
            newValue = command.text();
            break;
        }
        allowed = audit(id, Audit::Kind::PumpCommand, command.text(), oldValue, newValue, reason,
                        QJsonObject{{u"by"_s, u"command"_s}});
    } else {
        refuse(id, allowed.error());
    }
    if (!allowed) {
        Q_EMIT commandFinished(id, command, allowed.error());
        return;
    }
    if (setpoint)
        m_setpoints.insert(id, command.text());
    if (m_session && command.startsPump())
        m_owners.insert(id, m_session->actor());
    else if (command.kind == K::Stop)
        m_owners.remove(id);
    post([id, command](Device::DeviceManager &m) { m.sendCommand(id, command); });
    Q_EMIT commandSent(id, command);
}

void DeviceService::sendAuthorizedCommand(const QString &id, const Device::PumpCommand &command, const Audit::Actor &actor)
{
    using K = Device::PumpCommand::Kind;
    if (command.kind == K::Speed || command.kind == K::Flow)
        m_setpoints.insert(id, command.text());
    if (command.startsPump())
        m_owners.insert(id, actor);
    else if (command.kind == K::Stop)
        m_owners.remove(id);
    const QString aborted = tr("Stopped by a remote command of %1.").arg(actor.displayName());
    post([id, command, aborted](Device::DeviceManager &m) {
        // A remote stop is a stop: a profile running on the pump ends with it (it would
        // otherwise go on setting the pump moving).
        if (command.kind == Device::PumpCommand::Kind::Stop) {
            m.withJob(id, [aborted](Device::PumpJob &job) {
                if (job.isActive())
                    job.abort(aborted);
            });
        }
        m.sendCommand(id, command);
    });
    Q_EMIT commandSent(id, command);
}

Result<void> DeviceService::startAuthorizedProfile(const QString &id, const Profiles::Profile &profile, const Audit::Actor &actor)
{
    const QByteArray hash = profileContentHash(profile);
    if (m_session) {
        const Approval approval = approvalOf(m_session->trail(), hash);
        if (m_session->accounts().policy().mode == Accounts::Mode::Controlled && m_session->accounts().policy().approvedProfilesOnly
            && approval.state != Approval::State::Approved) {
            return makeError(Error::Code::Refused, tr("The profile \"%1\" is not approved: only approved profiles run here.").arg(profile.name));
        }
        if (auto r = audit(id, Audit::Kind::ProfileRun, tr("Profile \"%1\" started").arg(profile.name), {}, QString::fromLatin1(hash), {},
                           QJsonObject{{u"profile"_s, profile.name}, {u"contentHash"_s, QString::fromLatin1(hash)},
                                       {u"approval"_s, approval.text()}, {u"by"_s, u"remote"_s}},
                           &actor);
            !r) {
            return r;
        }
    }
    m_owners.insert(id, actor);
    m_profileProgress.remove(id);
    m_otherJobs.remove(id);
    post([jobs = QList<Device::JobStart>{Device::JobStart{id, profileJob(id, profile)}}](Device::DeviceManager &m) { m.startJobs(jobs); });
    return {};
}

void DeviceService::refreshPorts()
{
    post([](Device::DeviceManager &m) { m.listPorts(); });
}

void DeviceService::scanPort(const QString &path)
{
    post([path](Device::DeviceManager &m) { m.scanPort(path); });
}

quint64 DeviceService::testConnection(const Device::PumpConfig &config)
{
    const quint64 token = ++m_lastTestToken;
    post([config, token](Device::DeviceManager &m) { m.testConnection(config, token); });
    return token;
}

void DeviceService::stopAll()
{
    for (const QString &id : std::as_const(m_order)) {
        const Device::PumpSnapshot &s = m_snapshots[id];
        const auto *model = m_models.find(s.config.modelId);
        if (model && model->kind != Models::Kind::PressureSensor)
            sendCommand(id, Device::PumpCommand::stop());
    }
}

void DeviceService::setPollInterval(const QString &id, int milliseconds)
{
    auto it = m_snapshots.find(id);
    if (it == m_snapshots.end())
        return;
    if (auto r = authorize(id, Permission::ConfigurePumps, ChangeKind::PumpConfiguration, nullptr); !r) {
        refuse(id, r.error());
        return;
    }
    if (!audit(id, Audit::Kind::PumpConfig, tr("Status reads changed"), u"%1 ms"_s.arg(it->config.pollIntervalMs),
               u"%1 ms"_s.arg(milliseconds), {}))
        return;
    it->config.pollIntervalMs = std::clamp(milliseconds, Device::kMinPollIntervalMs, Device::kMaxPollIntervalMs);
    post([id, milliseconds](Device::DeviceManager &m) { m.setPollInterval(id, milliseconds); });
    saveConfigs();
}

Device::AlarmConfig DeviceService::alarmConfig(const QString &pumpId) const
{
    const auto snapshot = pump(pumpId);
    return AlarmSettings::load(m_settings, pumpId, snapshot ? m_models.find(snapshot->config.modelId) : nullptr);
}

void DeviceService::setAlarmConfig(const QString &pumpId, const Device::AlarmConfig &config, const QString &givenReason)
{
    QString reason = givenReason;
    if (auto r = authorize(pumpId, Permission::SetAlarmLimits, ChangeKind::AlarmLimits, &reason); !r) {
        refuse(pumpId, r.error());
        return;
    }
    if (!audit(pumpId, Audit::Kind::AlarmLimits, tr("Alarm limits changed"), limitsText(alarmConfig(pumpId)), limitsText(config), reason))
        return;
    const auto snapshot = pump(pumpId);
    AlarmSettings::save(m_settings, pumpId, snapshot ? m_models.find(snapshot->config.modelId) : nullptr, config);
    post([pumpId, config](Device::DeviceManager &m) { m.setAlarmConfig(pumpId, config); });
}

Device::JobFactory DeviceService::profileJob(const QString &id, const Profiles::Profile &profile)
{
    // Runs on the device thread; the runner's signals reach this service queued.
    return [this, id, profile](Device::PumpDriver &driver) -> std::unique_ptr<Device::PumpJob> {
        using R = Profiles::ProfileRunner;
        auto runner = std::make_unique<R>(driver, profile);
        connect(runner.get(), &R::progressChanged, this, [this, id](const R::Progress &p) {
            m_profileProgress.insert(id, p);
            Q_EMIT profileProgressChanged(id, p);
        });
        // The runner's own commands are audited here, on this thread, as the one who started it.
        connect(runner.get(), &R::stepStarted, this, [this, id](const QString &path, int segment) {
            auditProfileEvent(id, tr("Step %1 began").arg(path), {}, {});
            Q_EMIT profileStep(id, path, segment, true);
        });
        connect(runner.get(), &R::stepFinished, this, [this, id](const QString &path, int segment) {
            auditProfileEvent(id, tr("Step %1 ended").arg(path), {}, {});
            Q_EMIT profileStep(id, path, segment, false);
        });
        connect(runner.get(), &R::finished, this, [this, id](R::State state, const QString &message) {
            auditProfileEvent(id, tr("Profile ended: %1").arg(message), {}, {});
            m_owners.remove(id);
            Q_EMIT profileFinished(id, state, message);
        });
        connect(runner.get(), &R::setpointChanged, this, [this, id](double mlPerMin) {
            const QString text = Device::PumpCommand::flow(mlPerMin).text();
            auditProfileEvent(id, tr("Setpoint set by the profile: %1").arg(text), m_setpoints.value(id), text);
            m_setpoints.insert(id, text);
            Q_EMIT profileSetpoint(id, mlPerMin);
        });
        QMetaObject::invokeMethod(this, [this, id, profile] { Q_EMIT profileStarted(id, profile); }, Qt::QueuedConnection);
        return runner;
    };
}

void DeviceService::auditProfileEvent(const QString &id, const QString &action, const QString &oldValue, const QString &newValue)
{
    const auto it = m_owners.constFind(id);
    if (!m_session || it == m_owners.constEnd())
        return;
    const Audit::Actor owner = *it;
    (void)audit(id, Audit::Kind::ProfileRun, action, oldValue, newValue, {}, QJsonObject{{u"by"_s, u"profile"_s}}, &owner);
}

void DeviceService::startProfile(const QString &id, const Profiles::Profile &profile)
{
    startProfiles({ProfileStart{id, profile}});
}

void DeviceService::startProfiles(const QList<ProfileStart> &runs)
{
    // All or none, as the device layer starts them: one refusal refuses the group.
    std::optional<Error> refusal;
    for (const ProfileStart &run : runs) {
        if (auto r = authorize(run.pumpId, Permission::RunProfiles, std::nullopt, nullptr); !r) {
            refusal = r.error();
            break;
        }
        if (m_session && m_session->isControlled() && m_session->policy().approvedProfilesOnly
            && approvalOf(m_session->trail(), profileContentHash(run.profile)).state != Approval::State::Approved) {
            refusal = makeError(Error::Code::Refused, tr("The profile \"%1\" is not approved: only approved profiles run here.").arg(run.profile.name));
            break;
        }
        // The pre-run check refuses it first; this holds for every other way a profile starts.
        if (m_session && m_session->isControlled() && m_session->policy().refuseOverdueCalibration) {
            if (const auto due = m_calibration->state(run.pumpId)) {
                if (const auto finding = Calibration::dueFinding(*due, pumpName(run.pumpId), true)) {
                    refusal = makeError(Error::Code::Refused, finding->message);
                    break;
                }
            }
        }
    }
    for (const ProfileStart &run : runs) {
        if (refusal)
            break;
        const QByteArray hash = profileContentHash(run.profile);
        const Approval approval = m_session ? approvalOf(m_session->trail(), hash) : Approval{};
        if (auto r = audit(run.pumpId, Audit::Kind::ProfileRun, tr("Profile \"%1\" started").arg(run.profile.name), {},
                           QString::fromLatin1(hash), {},
                           QJsonObject{{u"profile"_s, run.profile.name}, {u"contentHash"_s, QString::fromLatin1(hash)},
                                       {u"approval"_s, approval.text()}});
            !r)
            refusal = r.error();
        else if (m_session)
            m_owners.insert(run.pumpId, m_session->actor());
    }
    if (refusal) {
        for (const ProfileStart &run : runs) {
            refuse(run.pumpId, *refusal);
            Q_EMIT profileFinished(run.pumpId, Profiles::ProfileRunner::State::Failed, refusal->message);
        }
        return;
    }
    QList<Device::JobStart> jobs;
    for (const ProfileStart &run : runs) {
        m_profileProgress.remove(run.pumpId);
        m_otherJobs.remove(run.pumpId);
        jobs.append(Device::JobStart{run.pumpId, profileJob(run.pumpId, run.profile)});
    }
    post([jobs](Device::DeviceManager &m) { m.startJobs(jobs); });
}

void DeviceService::controlProfile(const QString &id, ProfileAction action)
{
    if (auto r = authorize(id, action == ProfileAction::Abort ? Permission::StopPumps : Permission::RunProfiles, std::nullopt, nullptr); !r) {
        refuse(id, r.error());
        return;
    }
    if (!audit(id, Audit::Kind::ProfileRun, actionText(action), {}, {}, {}))
        return;
    post([id, action](Device::DeviceManager &m) {
        m.withJob(id, [action](Device::PumpJob &job) {
            auto *runner = qobject_cast<Profiles::ProfileRunner *>(&job);
            if (!runner)
                return;
            switch (action) {
            case ProfileAction::Pause: runner->pause(); break;
            case ProfileAction::Resume: runner->resume(); break;
            case ProfileAction::Skip: runner->skipStep(); break;
            case ProfileAction::Confirm: runner->confirm(); break;
            case ProfileAction::Abort: runner->abort(); break;
            }
        });
    });
}

void DeviceService::startJob(const QString &id, Accounts::Permission permission, const QString &what, const Device::JobFactory &factory)
{
    if (auto r = authorize(id, permission, std::nullopt, nullptr); !r) {
        refuse(id, r.error());
        Q_EMIT jobRefused(id, r.error());
        return;
    }
    if (auto r = audit(id, Audit::Kind::Calibration, what, {}, {}, {}); !r) {
        Q_EMIT jobRefused(id, r.error());
        return;
    }
    if (m_session)
        m_owners.insert(id, m_session->actor());
    m_otherJobs.insert(id);
    post([id, factory](Device::DeviceManager &m) { m.startJob(id, factory); });
}

void DeviceService::withJob(const QString &id, const std::function<void(Device::PumpJob &)> &fn)
{
    post([id, fn](Device::DeviceManager &m) { m.withJob(id, fn); });
}

std::optional<Profiles::ProfileRunner::Progress> DeviceService::profileProgress(const QString &id) const
{
    const auto it = m_profileProgress.constFind(id);
    if (it == m_profileProgress.constEnd())
        return std::nullopt;
    return *it;
}

QStringList DeviceService::activeProfiles() const
{
    QStringList ids;
    for (const QString &id : m_order) {
        if (m_snapshots.value(id).jobActive)
            ids.append(id);
    }
    return ids;
}

void DeviceService::shutdown()
{
    // Safety, never refused: written as whoever is at the workstation (or the program).
    if (m_session) {
        Audit::AuditDraft draft;
        draft.kind = Audit::Kind::PumpCommand;
        draft.target = tr("all pumps");
        draft.action = tr("PumpStudio is closing: profiles aborted, pumps it started stopped");
        (void)m_session->record(draft);
    }
    post([](Device::DeviceManager &m) { m.shutdown(); });
}

void DeviceService::onPumpChanged(const Device::PumpSnapshot &snapshot)
{
    if (!m_snapshots.contains(snapshot.config.id))
        return;  // removed meanwhile
    const bool bindingChanged = !m_snapshots.value(snapshot.config.id).config.boundIdentity && snapshot.config.boundIdentity;
    m_snapshots.insert(snapshot.config.id, snapshot);
    if (bindingChanged)
        saveConfigs();
    updateSummary();
    Q_EMIT pumpChanged(snapshot);
}

void DeviceService::updateSummary()
{
    int connected = 0;
    int lost = 0;
    for (const Device::PumpSnapshot &s : std::as_const(m_snapshots)) {
        if (s.link == Device::LinkState::Connected && s.identity)
            ++connected;
        else if (s.link == Device::LinkState::Reconnecting)
            ++lost;
    }
    Q_EMIT connectionSummaryChanged(connected, lost);
}

void DeviceService::saveConfigs()
{
    // Simulated pumps (the demo's) are not kept: they exist while their simulator runs.
    QJsonArray array;
    for (const QString &id : std::as_const(m_order)) {
        const Device::PumpConfig &config = m_snapshots[id].config;
        if (!config.simulated)
            array.append(config.toJson());
    }
    m_settings.setValue(kPumpsKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

void DeviceService::loadConfigs()
{
    const QByteArray json = m_settings.value(kPumpsKey).toString().toUtf8();
    if (json.isEmpty())
        return;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        auto config = Device::PumpConfig::fromJson(v.toObject());
        if (!config) {
            Logging::get("device")->warn("{}", config.error().message);
            continue;
        }
        addPump(*config);
    }
}

} // namespace PumpStudio::Services
