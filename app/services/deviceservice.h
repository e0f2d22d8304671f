// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "accounts/permissions.h"
#include "accounts/policy.h"
#include "audit/actor.h"
#include "device/devicemanager.h"
#include "models/modelregistry.h"
#include "profiles/profile.h"
#include "profiles/profilerunner.h"
#include "services/profileapproval.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QThread;

namespace PumpStudio {
class AppSettings;
}
namespace PumpStudio::Accounts {
class Session;
}

namespace PumpStudio::Services {

/// One pump's part in a group start of profiles.
struct ProfileStart
{
    QString pumpId;
    Profiles::Profile profile;
};

/// What the operator can do to a running profile.
enum class ProfileAction { Pause, Resume, Skip, Confirm, Abort };

/// The programs' handle on the devices: runs the DeviceManager on a device thread, forwards
/// calls as queued invocations, keeps the latest snapshot of every pump for the views, keeps the
/// pumps' configurations and alarm limits in the settings, and hosts dosing profiles as jobs on
/// the pumps. Nothing here ever waits on a device.
class CalibrationStatus;

class DeviceService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceService)

public:
    /// Loads the model files and the pumps configured in `settings`.
    explicit DeviceService(AppSettings &settings, QObject *parent = nullptr);
    ~DeviceService() override;

    /// From now on every call that acts on a pump asks `session` first (refused calls post
    /// nothing to the device thread: refused() and, for commands, commandFinished() with a
    /// Refused error say so) and is written to its audit trail, as are the profiles' own
    /// setpoints and steps. Without a session (tests of other parts) nothing is checked.
    void setSession(Accounts::Session *session);
    Accounts::Session *session() const { return m_session; }
    /// Whether the one acting now may do `permission` on pump `id` (simulated or not), for the
    /// GUI to disable what would be refused; an empty `id`: on any pump. True without a session.
    bool may(const QString &id, Accounts::Permission permission) const;
    /// Asked for a reason where the policy wants one and the caller gave none.
    void setReasonProvider(ReasonProvider provider) { m_reasons = std::move(provider); }
    /// Who started what runs on a pump now (empty when it is not running under anyone).
    Audit::Actor owner(const QString &id) const { return m_owners.value(id); }

    const Models::ModelRegistry &models() const { return m_models; }
    /// The manager, for an observer made on the device thread that listens to its signals there
    /// (the lab network's telemetry feed). Never call it from another thread.
    Device::DeviceManager &deviceManager() const { return *m_manager; }
    QList<Device::PumpSnapshot> pumps() const;
    std::optional<Device::PumpSnapshot> pump(const QString &id) const;

    /// Adds (and remembers, unless it is simulated) a pump; returns its id.
    QString addPump(Device::PumpConfig config);
    void removePump(const QString &id);
    void connectPump(const QString &id);
    void disconnectPump(const QString &id);
    /// Every command to a pump, from any page, the demo or pumpctl, goes through here.
    /// `reason`: why, where the policy asks (a running pump's setpoint in controlled mode).
    void sendCommand(const QString &id, const Device::PumpCommand &command, const QString &reason = {});
    /// A command someone elsewhere sent (a remote command over MQTT) that was authorised and
    /// written to the audit trail as `actor` already (telemetry/remotecommandgate.h): sent as
    /// sendCommand() sends it (the driver checks the model's limits before anything goes out;
    /// commandFinished() follows), without asking the session, which is whoever sits here.
    void sendAuthorizedCommand(const QString &id, const Device::PumpCommand &command, const Audit::Actor &actor);
    /// A profile started the same way, as `actor` (the approval rule of a local start still
    /// applies: refused when the workstation runs only approved profiles and this one is not).
    /// profileStarted(), or jobRefused()/profileFinished() with the reason, follow.
    Result<void> startAuthorizedProfile(const QString &id, const Profiles::Profile &profile, const Audit::Actor &actor);
    void refreshPorts();
    /// Looks every connected pump's calibration up again (after a calibration was stored, or
    /// new tubing was fitted): flows follow the new figure from the next reading on.
    void refreshCalibrations();
    /// Where the device layer finds a pump's calibration: the history store at `storePath`
    /// (empty: the data folder's), for the pump, head and tubing (the model's defaults when the
    /// configuration names none).
    /// Every pump's calibration due state for the head and tubing it has (cached for the views
    /// and the pre-run check).
    CalibrationStatus &calibrationStatus() const { return *m_calibration; }
    static Device::CalibrationLookup calibrationLookup(const Models::ModelRegistry &models, QString storePath = {});
    void scanPort(const QString &path);
    /// Asks the pump `config` describes for its identity, without adding it (the Add Pump
    /// dialog's "Test connection"); connectionTested() follows with the token returned.
    quint64 testConnection(const Device::PumpConfig &config);
    void stopAll();
    /// Status reads per second wanted for one pump (remembered with its configuration).
    void setPollInterval(const QString &id, int milliseconds);

    /// Alarm limits of one pump or sensor (defaults from its model until the user sets them);
    /// StopPumps limits are interlocks, evaluated on the device thread.
    Device::AlarmConfig alarmConfig(const QString &pumpId) const;
    void setAlarmConfig(const QString &pumpId, const Device::AlarmConfig &config, const QString &reason = {});

    /// Runs a profile on a pump on the device thread (the caller has checked it against the
    /// pump); progress and steps come back through the profile signals.
    void startProfile(const QString &id, const Profiles::Profile &profile);
    /// Several pumps' profiles started together, all or none (see DeviceManager::startJobs).
    void startProfiles(const QList<ProfileStart> &runs);
    void controlProfile(const QString &id, ProfileAction action);
    /// Hosts a job other than a profile (a calibration) on a pump: the one acting must be allowed
    /// `permission`; `what` goes to the audit trail. The job is made by `factory` on the device
    /// thread; jobRefused() says why it did not start.
    void startJob(const QString &id, Accounts::Permission permission, const QString &what, const Device::JobFactory &factory);
    /// Runs `fn` on the pump's job, on the device thread (nothing when the pump has none).
    void withJob(const QString &id, const std::function<void(Device::PumpJob &)> &fn);
    /// The latest progress of the profile on a pump, while one runs or after it ended.
    std::optional<Profiles::ProfileRunner::Progress> profileProgress(const QString &id) const;
    /// Profiles running now (the pump ids).
    QStringList activeProfiles() const;

    /// The program ends: profiles are aborted and every pump the program set moving is stopped;
    /// shutdownFinished() follows (at most a few seconds later).
    void shutdown();

Q_SIGNALS:
    void pumpChanged(const PumpStudio::Device::PumpSnapshot &snapshot);
    void pumpRemoved(const QString &id);
    void portsListed(const QList<PumpStudio::Device::PortDescription> &ports);
    /// `tried`: every model, serial setting and address asked, and what each said
    /// (Device::scanReportText() puts it in words).
    void scanFinished(const QString &path, const QList<PumpStudio::Device::ScanHit> &hits, const QString &error,
                      const QList<PumpStudio::Device::ScanAttempt> &tried);
    void connectionTested(quint64 token, const PumpStudio::Device::ProbeResult &result);
    void commandFinished(const QString &id, const PumpStudio::Device::PumpCommand &command, const PumpStudio::Result<void> &result);
    void eventReceived(const QString &id, const PumpStudio::Device::PumpEvent &event);
    void alarmTransition(const QString &id, PumpStudio::Device::AlarmChannel channel, const PumpStudio::Device::AlarmTransition &transition);
    void interlockStopped(const QString &sourceId, const QStringList &stoppedIds, const QString &why);
    void differentPump(const QString &id, const QString &why);
    void profileProgressChanged(const QString &id, const PumpStudio::Profiles::ProfileRunner::Progress &progress);
    void profileStarted(const QString &id, const PumpStudio::Profiles::Profile &profile);
    void profileStep(const QString &id, const QString &path, int segment, bool started);
    void profileFinished(const QString &id, PumpStudio::Profiles::ProfileRunner::State state, const QString &message);
    /// A job (a profile or one of startJob()'s) could not start on the pump.
    void jobRefused(const QString &id, const PumpStudio::Error &why);
    /// The flow a running profile set on a pump (0: it stopped it).
    void profileSetpoint(const QString &id, double mlPerMin);
    /// A command on its way to a pump (from any page, the demo or an alarm action): what run
    /// records and setpoint alarms hear.
    void commandSent(const QString &id, const PumpStudio::Device::PumpCommand &command);
    /// Every status reply, stamped on arrival on the device thread (steady_clock ns).
    void sampled(const QString &id, qint64 monotonicNs, const PumpStudio::Device::PumpStatus &status);
    /// Pumps connected and links lost, for the status bar.
    void connectionSummaryChanged(int connected, int lost);
    void shutdownFinished(const QList<PumpStudio::Device::ShutdownStop> &stops);
    /// A call was refused (the role may not, nobody is logged in, no reason, not approved, or it
    /// could not be audited); nothing was sent.
    void refused(const QString &pumpId, const PumpStudio::Error &error);
    /// Who acts, or what their role may do, changed: what may() says may differ now.
    void permissionsChanged();

private:
    /// The session's answer for `permission` on pump `id`, with the reason asked where needed.
    Result<void> authorize(const QString &id, Accounts::Permission permission, std::optional<Accounts::ChangeKind> reasonKind,
                           QString *reason);
    /// Writes an entry as the current actor (or `as`); false (and refused()) when it could not be written.
    Result<void> audit(const QString &id, const QString &kind, const QString &action, const QString &oldValue,
                       const QString &newValue, const QString &reason, QJsonObject details = {},
                       const Audit::Actor *as = nullptr);
    /// A profile's own step or setpoint, written as the one who started the profile.
    void auditProfileEvent(const QString &id, const QString &action, const QString &oldValue, const QString &newValue);
    QString pumpName(const QString &id) const;
    bool isSimulated(const QString &id) const;
    void refuse(const QString &id, const Error &error);
    /// Runs `fn` on the manager, on the device thread.
    template <typename Fn>
    void post(Fn fn);
    Device::JobFactory profileJob(const QString &id, const Profiles::Profile &profile);
    void onPumpChanged(const Device::PumpSnapshot &snapshot);
    void saveConfigs();
    void loadConfigs();
    void updateSummary();

    AppSettings &m_settings;
    Models::ModelRegistry m_models;
    QThread *m_deviceThread = nullptr;
    Device::DeviceManager *m_manager = nullptr;  ///< lives on m_deviceThread
    quint64 m_lastTestToken = 0;  ///< connection tests asked for, to match their answers
    QHash<QString, Device::PumpSnapshot> m_snapshots;
    QStringList m_order;
    QHash<QString, Profiles::ProfileRunner::Progress> m_profileProgress;
    Accounts::Session *m_session = nullptr;
    ReasonProvider m_reasons;
    QHash<QString, Audit::Actor> m_owners;   ///< who started what runs on each pump
    QHash<QString, QString> m_setpoints;     ///< the last setpoint sent to each pump, in words
    QSet<QString> m_otherJobs;               ///< pumps whose last job started was not a profile
    std::unique_ptr<CalibrationStatus> m_calibration;
};

} // namespace PumpStudio::Services

Q_DECLARE_METATYPE(PumpStudio::Profiles::Profile)
Q_DECLARE_METATYPE(PumpStudio::Services::ProfileStart)
