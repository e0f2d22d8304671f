// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/alarmlogic.h"
#include "device/pumpcommand.h"
#include "device/pumpsession.h"
#include "monitor/alarmcentre.h"
#include "monitor/channelmapper.h"
#include "monitor/trendstore.h"
#include "records/recordtypes.h"
#include "records/runrecorder.h"

#include <QHash>
#include <QSet>
#include <QObject>

#include <memory>

class QThread;
class QTimer;

namespace PumpStudio {
class AppSettings;
}
namespace PumpStudio::Accounts {
class Session;
}

namespace PumpStudio::Monitor {
class RecordChunkReader;
}

namespace PumpStudio::Services {

class DeviceService;
using Monitor::TrendStore;

/// Joins the device layer's samples to what a technician watches and keeps: each pump's
/// readings (ChannelMapper) go into a live TrendStore for the chart and, through a RunRecorder
/// on its own thread, into one run record per session of pumping (begun when a pump starts or a
/// profile does, ended when all pumps have been stopped for a while and no profile runs, never
/// asked for); alarms (evaluated on the device thread) are kept in an AlarmCentre until
/// acknowledged and written to the record. Lives on the GUI thread, only appends in memory and
/// posts to the recorder: it never waits on a device or on SQLite. The store keeps the newest raw
/// samples of each channel in memory and reads older ones back from the record on a reader
/// thread (Monitor::RecordChunkReader) when the chart zooms in on them, so a long run grows by
/// its summaries only.
class MonitorSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorSession)

public:
    MonitorSession(DeviceService &devices, AppSettings &settings, QObject *parent = nullptr);
    /// Ends a run still being recorded and waits for the recorder's thread to write it.
    ~MonitorSession() override;

    /// Runs are recorded under the session's actor, alarms and acknowledgements go to its audit
    /// trail, finished records are sealed there, and records a crash left unfinished are marked
    /// interrupted and sealed now (recordRecovered() for each).
    void setSession(Accounts::Session *session);
    /// Open mode: the operator picked for the run being recorded (and the next ones).
    void setRunOperator(const QString &name);

    TrendStore *store() const { return m_store; }
    bool runActive() const { return !m_runPath.isEmpty(); }
    QString recordPath() const { return m_runPath; }
    /// Where records go; the default is the data folder's records/.
    void setRecordFolder(const QString &folder);
    QString recordFolder() const { return m_folder; }
    /// All pumps stopped for this long ends the run.
    void setIdleEndSeconds(int seconds) { m_idleEndSeconds = seconds; }
    /// Raw samples a recorded channel keeps in memory, in chunks of Records::kSamplesPerChunk
    /// (kLiveRawChunks by default); older ones are read back from the record. For channels made
    /// from now on.
    void setRawChunksKept(int chunks) { m_rawChunksKept = chunks; }
    /// 64 K samples, 11 min at 100 Hz: a 1 min or 10 min view never waits for a read-back.
    static constexpr int kLiveRawChunks = 64;

    QList<Monitor::AlarmEntry> alarms() const { return m_alarms->alarms(); }
    int unacknowledgedCount() const { return m_alarms->unacknowledgedCount(); }
    void acknowledge(int alarmId);
    void acknowledgeAll();

    /// Alarm limits of one pump or sensor (defaults from its model until the user sets them);
    /// they are evaluated on the device thread (DeviceService::setAlarmConfig).
    Device::AlarmConfig alarmConfig(const QString &pumpId) const;
    void setAlarmConfig(const QString &pumpId, const Device::AlarmConfig &config);

    /// Latest derived values of a pump for its control panel.
    struct Live
    {
        std::optional<double> flowMlPerMin;
        std::optional<double> volumeMl;
        std::optional<double> pressure;
        QString pressureUnit;
        std::optional<double> setpointFlow;  ///< what the pump was last told, in mL/min
    };
    Live live(const QString &pumpId) const { return m_live.value(pumpId); }

    /// Starts recording now, without waiting for a pump to start (sensors only, or the user
    /// wants the lead-in). Does nothing while a run is being recorded.
    void startRunNow();
    /// Ends the run now (the app is closing, or the user asked); runEnded() follows once the
    /// record is written.
    void endRun(const QString &reason);

Q_SIGNALS:
    void runStarted(const QString &path);
    /// The record is finished and closed (readable by anyone now).
    void runEnded(const QString &path);
    void alarmRaised(const PumpStudio::Monitor::AlarmEntry &alarm);
    void alarmsChanged();
    void liveChanged(const QString &pumpId);
    /// The alarm limits of a pump or sensor were set (the chart draws them).
    void alarmConfigChanged(const QString &pumpId);
    /// A record could not be written: said once, monitoring goes on.
    void recordError(const QString &message);
    /// A run ended by a crash was marked interrupted at start: what was recovered.
    void recordRecovered(const QString &path, const QString &what);
    /// A finished record's seal is in the audit trail.
    void recordSealed(const QString &path);
    /// Something the session may not do was refused (an acknowledgement, ...).
    void actionRefused(const QString &message);

private:
    struct PumpChannels;

    void onSample(const QString &id, qint64 monotonicNs, const Device::PumpStatus &status);
    void onSnapshot(const Device::PumpSnapshot &snapshot);
    void onPumpEvent(const QString &id, const Device::PumpEvent &event);
    void onAlarmTransition(const QString &pumpId, Device::AlarmChannel channel, const Device::AlarmTransition &transition);
    void noteProfileSetpoint(const QString &pumpId, double mlPerMin);
    void noteCommand(const QString &pumpId, const Device::PumpCommand &command);
    void startRun(qint64 monotonicNs);
    void tickClock();
    void flushSamples();
    PumpChannels &channelsFor(const Device::PumpSnapshot &snapshot);
    int channelFor(const QString &pumpId, PumpChannels &pump, const Monitor::Reading &reading);
    void raise(const QString &pumpId, const QString &kind, const QString &message, std::optional<double> value,
               std::optional<double> limit, bool stopsPumps);
    void clear(const QString &pumpId, const QString &kind, const QString &message);
    void recordEvent(const QString &pumpId, const QString &kind, const QString &text);
    void recordSetpoint(const QString &pumpId, double mlPerMin);
    /// Posts a call to the recorder on its thread (dropped when no run is being recorded).
    template <typename Fn>
    void toRecorder(Fn fn);
    qint64 runTimeUs(qint64 monotonicNs) const;
    /// Reads the shown record's dropped raw chunks back for the store (none: nothing is read).
    void readChunksFrom(const QString &path);

    /// The operator as the record says it: the account, or in open mode the operator picked
    /// (else the OS user).
    QString operatorText() const;
    void auditAlarm(const QString &pumpId, const QString &action, const QString &message, bool byUser = false);

    DeviceService &m_devices;
    AppSettings &m_settings;
    Accounts::Session *m_session = nullptr;
    QString m_lastActor;  ///< who acted when the run last heard; a switch is written to the record
    TrendStore *m_store = nullptr;
    Monitor::AlarmCentre *m_alarms = nullptr;
    QThread *m_recordThread = nullptr;
    Records::RunRecorder *m_recorder = nullptr;  ///< lives on m_recordThread
    QString m_folder;
    QString m_runPath;                           ///< the record being written; empty between runs
    QString m_shownPath;                         ///< the record the store shows, written or finished
    std::unique_ptr<Monitor::RecordChunkReader> m_chunkReader;
    int m_rawChunksKept = kLiveRawChunks;
    QList<Records::ChannelSample> m_pending;     ///< samples not yet posted to the recorder
    QTimer *m_clock = nullptr;
    std::optional<qint64> m_originNs;
    qint64 m_lastRunningNs = 0;
    int m_idleEndSeconds = 30;
    int m_nextChannel = 1;
    QHash<QString, std::shared_ptr<PumpChannels>> m_pumps;
    QHash<QString, Live> m_live;
    QSet<QString> m_profilePumps;  ///< pumps a profile runs on, from profileStarted to profileFinished
};

} // namespace PumpStudio::Services
