// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/linkstats.h"
#include "device/portinfo.h"
#include "device/pumpconfig.h"
#include "device/pumptypes.h"
#include "profiles/profilerunner.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QTimer;

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio::Device {

class Link;
class PumpDriver;

/// Everything the UI shows about one configured pump.
struct PumpSnapshot
{
    PumpConfig config;
    LinkState link = LinkState::Closed;
    QString linkReason;
    LinkStats stats;
    std::optional<PumpIdentity> identity;
    std::optional<PumpStatus> status;
    QString lastError;   ///< the most recent error, in words; empty once resolved
    double sampleRateHz = 0;  ///< status replies per second actually achieved (last few seconds)
    /// Status reads per second the link can carry at most: the wire time of the bytes one status
    /// read took (at the line's baud and framing) plus the device's answer time and the
    /// inter-frame gap for each of its transactions. 0 until measured.
    double linkLimitHz = 0;
};

/// A command for one pump, as the UI sends it across threads.
struct PumpCommand
{
    enum class Kind { Start, Stop, Direction, Speed, Flow, Dispense };
    Kind kind = Kind::Stop;
    Direction direction = Direction::Clockwise;
    double value = 0;                 ///< rpm, mL/min or mL
    std::optional<double> rate;       ///< dispense rate, mL/min
};

/// What answered a port scan.
struct ScanHit
{
    QString modelId;
    int address = 0;
    PumpIdentity identity;
};

/// One pump's part in a group start.
struct ProfileStart
{
    QString pumpId;
    Profiles::Profile profile;
};

/// Owns the links and pump drivers; lives on the device thread. The UI talks to it with queued
/// calls and hears back through signals carrying value snapshots, so the GUI thread never waits
/// on a device. Pumps are bound to the identity they reported first: after a replug the same
/// pump must answer, or the manager refuses to attach and says why.
class DeviceManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceManager)

public:
    explicit DeviceManager(const Models::ModelRegistry &models, QObject *parent = nullptr);
    ~DeviceManager() override;

    QList<PumpSnapshot> snapshots() const;

    enum class ProfileAction { Pause, Resume, Skip, Confirm, Abort };
    Q_ENUM(ProfileAction)

public Q_SLOTS:
    void addPump(const PumpStudio::Device::PumpConfig &config);
    void removePump(const QString &id);
    void connectPump(const QString &id);
    void disconnectPump(const QString &id);
    void sendCommand(const QString &id, const PumpStudio::Device::PumpCommand &command);
    void listPorts();
    /// Tries each model's harmless identity query at the model's serial settings on `path`.
    /// Only ever runs because the user asked for it.
    void scanPort(const QString &path);
    /// How often this pump's status is read; clamped to [kMinPollIntervalMs, kMaxPollIntervalMs].
    /// A slow link carries less: a pump is never asked again before its last reply came in.
    void setPollInterval(const QString &id, int milliseconds);
    void stopAll();
    /// Runs a profile on a connected pump, here on the device thread (checked by the caller).
    void startProfile(const QString &id, const PumpStudio::Profiles::Profile &profile);
    /// Starts several pumps' profiles together: every pump must be connected and free, else
    /// none starts (each is told why). The runs share one start instant on the device thread, so
    /// their step boundaries fall at the same planned times.
    void startProfiles(const QList<PumpStudio::Device::ProfileStart> &runs);
    void controlProfile(const QString &id, PumpStudio::Device::DeviceManager::ProfileAction action);

Q_SIGNALS:
    void pumpChanged(const PumpStudio::Device::PumpSnapshot &snapshot);
    void pumpRemoved(const QString &id);
    void portsListed(const QList<PumpStudio::Device::PortDescription> &ports);
    void scanFinished(const QString &path, const QList<PumpStudio::Device::ScanHit> &hits, const QString &error);
    void commandFinished(const QString &id, bool ok, const QString &message);
    void eventReceived(const QString &id, const PumpStudio::Device::PumpEvent &event);
    void profileProgress(const QString &id, const PumpStudio::Profiles::ProfileRunner::Progress &progress);
    /// A profile step began (started) or ended, for the run record.
    void profileStep(const QString &id, const QString &path, int segment, bool started);
    void profileFinished(const QString &id, PumpStudio::Profiles::ProfileRunner::State state, const QString &message);
    /// The flow a running profile set on the pump (0: it stopped it).
    void profileSetpoint(const QString &id, double mlPerMin);
    /// One status reply, stamped on arrival with the monotonic clock (steady_clock, ns).
    void sampled(const QString &id, qint64 monotonicNs, const PumpStudio::Device::PumpStatus &status);

private:
    struct Pump;
    struct Port;

    Pump *pump(const QString &id);
    Port *portFor(const PumpConfig &config, QString *error);
    void releasePort(const QString &path);
    void identifyAndBind(Pump &p, bool afterReconnect);
    void poll();
    void publish(Pump &p);
    void fail(Pump &p, const QString &message);
    void onLinkState(const QString &path);
    void onReconnected(const QString &path);
    QString profileBlocker(const QString &id);  ///< why a profile cannot start on the pump now
    Profiles::ProfileRunner *makeRunner(const QString &id, const Profiles::Profile &profile);
    void scanNext(const std::shared_ptr<struct ScanJob> &job);

    const Models::ModelRegistry &m_models;
    std::vector<std::unique_ptr<Pump>> m_pumps;
    QHash<QString, std::shared_ptr<Port>> m_ports;
    QTimer *m_poll = nullptr;
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(PumpStudio::Device::PumpSnapshot)
Q_DECLARE_METATYPE(PumpStudio::Device::PumpCommand)
Q_DECLARE_METATYPE(PumpStudio::Device::ScanHit)
Q_DECLARE_METATYPE(PumpStudio::Device::PumpConfig)
Q_DECLARE_METATYPE(PumpStudio::Profiles::Profile)
Q_DECLARE_METATYPE(PumpStudio::Device::ProfileStart)
