// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/portinfo.h"
#include "device/portscanner.h"
#include "device/pumpcommand.h"
#include "device/pumpjob.h"
#include "device/pumpsession.h"
#include "device/pumpsnapshot.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

class QTimer;

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio::Device {

class Link;

/// One pump's part in a group of jobs started together.
struct JobStart
{
    QString pumpId;
    JobFactory factory;
};

/// How the program's end went for one pump it had set moving.
struct ShutdownStop
{
    QString pumpId;
    QString name;
    std::optional<Error> error;  ///< nullopt: the pump confirmed the stop
};

/// Owns the serial lines and one PumpSession per configured pump; lives on the device thread.
/// Callers (the GUI through the services layer, pumpctl, a dry run) talk to it with queued calls
/// and hear back through signals carrying values, so nothing ever waits on a device. The safety
/// rules (identity after a lost link, interlocks, stopping what the program started) are the
/// sessions'; this class routes and adds what spans pumps: shared lines, interlocks that stop a
/// line, group starts, shutdown.
class DeviceManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceManager)

public:
    explicit DeviceManager(const Models::ModelRegistry &models, QObject *parent = nullptr);
    ~DeviceManager() override;

    QList<PumpSnapshot> snapshots() const;

    /// Runs `fn` on the pump's job, here on the device thread (jobs never leave it); false when
    /// the pump has none.
    bool withJob(const QString &id, const std::function<void(PumpJob &)> &fn);

    /// Where every pump's calibration is looked up once it has identified itself (the
    /// calibration store); set before pumps are added, or refreshCalibrations() afterwards.
    void setCalibrationLookup(PumpStudio::Device::CalibrationLookup lookup);

public Q_SLOTS:
    void addPump(const PumpStudio::Device::PumpConfig &config);
    /// Looks every connected pump's calibration up again (one was saved, tubing changed).
    void refreshCalibrations();
    void removePump(const QString &id);
    void connectPump(const QString &id);
    void disconnectPump(const QString &id);
    void sendCommand(const QString &id, const PumpStudio::Device::PumpCommand &command);
    void listPorts();
    /// Tries each model's harmless identity query at the model's serial settings on `path`.
    /// Only ever runs because the user asked for it.
    void scanPort(const QString &path);
    /// Asks the pump `config` describes for its identity at its settings (the Add Pump dialog's
    /// "Test connection"), unless a configured pump holds the port; connectionTested() follows.
    void testConnection(const PumpStudio::Device::PumpConfig &config, quint64 token);
    /// How often this pump's status is read; clamped to [kMinPollIntervalMs, kMaxPollIntervalMs].
    /// A slow link carries less: a pump is never asked again before its last reply came in.
    void setPollInterval(const QString &id, int milliseconds);
    /// The pump's limits; StopPumps limits are interlocks that stop the pumps on its line.
    void setAlarmConfig(const QString &id, const std::optional<PumpStudio::Device::AlarmConfig> &config);
    void stopAll();
    /// Starts a job on a connected pump (see startJobs).
    void startJob(const QString &id, const PumpStudio::Device::JobFactory &factory);
    /// Starts several pumps' jobs together: every pump must be connected and free, else none
    /// starts (each is told why through jobRefused). The jobs share one start instant, so their
    /// plans line up.
    void startJobs(const QList<PumpStudio::Device::JobStart> &jobs);
    /// The program ends: jobs are aborted and every pump the program set moving is stopped;
    /// shutdownFinished() says how each stop went (pumps that do not answer within a few
    /// seconds are reported as such).
    void shutdown();

Q_SIGNALS:
    void pumpChanged(const PumpStudio::Device::PumpSnapshot &snapshot);
    void pumpRemoved(const QString &id);
    void portsListed(const QList<PumpStudio::Device::PortDescription> &ports);
    void scanFinished(const QString &path, const QList<PumpStudio::Device::ScanHit> &hits, const QString &error,
                      const QList<PumpStudio::Device::ScanAttempt> &tried);
    void connectionTested(quint64 token, const PumpStudio::Device::ProbeResult &result);
    void commandFinished(const QString &id, const PumpStudio::Device::PumpCommand &command, const PumpStudio::Result<void> &result);
    void eventReceived(const QString &id, const PumpStudio::Device::PumpEvent &event);
    /// One status reply, stamped on arrival with the monotonic clock (steady_clock, ns); flow is
    /// filled in from speed x mL/rev where the pump does not report it.
    void sampled(const QString &id, qint64 monotonicNs, const PumpStudio::Device::PumpStatus &status);
    /// A limit was crossed or cleared (evaluated here, on every reply).
    void alarmTransition(const QString &id, PumpStudio::Device::AlarmChannel channel,
                         const PumpStudio::Device::AlarmTransition &transition);
    /// An interlock stopped the pumps on a line (their ids) for `why`.
    void interlockStopped(const QString &sourceId, const QStringList &stoppedIds, const QString &why);
    /// After a lost link another pump answered where this one was: nothing is sent to it.
    void differentPump(const QString &id, const QString &why);
    void jobRefused(const QString &id, const PumpStudio::Error &why);
    void jobEnded(const QString &id);
    void shutdownFinished(const QList<PumpStudio::Device::ShutdownStop> &stops);
    /// Frames as they are on the wire of a line (for --trace and diagnostics).
    void traffic(const QString &portName, bool outgoing, const QByteArray &bytes);

private:
    struct Port;

    PumpSession *session(const QString &id) const;
    std::shared_ptr<Port> portFor(const PumpConfig &config, Error *error);
    void releasePort(const QString &path);
    void poll();
    void stopLineOf(const QString &sourceId, const QString &why);

    const Models::ModelRegistry &m_models;
    std::vector<std::unique_ptr<PumpSession>> m_sessions;
    CalibrationLookup m_calibrationLookup;
    QHash<QString, std::shared_ptr<Port>> m_ports;
    QHash<QString, std::shared_ptr<Port>> m_portOf;  ///< pump id -> its line, while attached
    PortScanner *m_scanner = nullptr;
    QTimer *m_poll = nullptr;
    bool m_shuttingDown = false;
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(PumpStudio::Device::PumpConfig)
Q_DECLARE_METATYPE(PumpStudio::Device::JobFactory)
Q_DECLARE_METATYPE(PumpStudio::Device::JobStart)
Q_DECLARE_METATYPE(PumpStudio::Device::ShutdownStop)
