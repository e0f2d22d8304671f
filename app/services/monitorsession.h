// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/devicemanager.h"
#include "device/alarmlogic.h"
#include "monitor/trendstore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

namespace PumpStudio {
class AppSettings;
}


namespace PumpStudio::Records {
class RunRecordReader;
class RunRecordWriter;
}

namespace PumpStudio::Services {

class DeviceService;
using Monitor::TrendStore;

/// One alarm as the alarm list shows it.
struct AlarmEntry
{
    int id = 0;
    QDateTime timeUtc;
    qint64 tUs = 0;            ///< in the run, when there was one
    QString source;            ///< the pump or sensor's name
    QString sourceId;          ///< stable: "<config id>/<kind>"
    QString message;
    std::optional<double> value;
    bool active = true;        ///< false once the condition cleared
    bool acknowledged = false;
    bool stopsPumps = false;
};

/// Turns the device layer's samples into what a technician watches and keeps: flow, pressure,
/// speed and volume channels in a live TrendStore, one run record per session of pumping (begun
/// when a pump starts, ended when all have been stopped for a while, never asked for), alarms
/// (pressure limits, flow deviation, link lost, pump-reported) with their stop action, and the
/// record flushed every half second so a crash loses at most the last second. Lives on the GUI
/// thread; it only appends and never waits on a device.
class MonitorSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorSession)

public:
    MonitorSession(DeviceService &devices, AppSettings &settings, QObject *parent = nullptr);
    ~MonitorSession() override;

    TrendStore *store() const { return m_store; }
    bool runActive() const;
    QString recordPath() const;
    /// Where records go; the default is the data folder's records/.
    void setRecordFolder(const QString &folder);
    QString recordFolder() const { return m_folder; }
    /// All pumps stopped for this long ends the run.
    void setIdleEndSeconds(int seconds) { m_idleEndSeconds = seconds; }

    QList<AlarmEntry> alarms() const { return m_alarms; }
    int unacknowledgedCount() const;
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

    /// A running profile set a flow (DeviceService::profileSetpoint): the deviation alarm and
    /// the record follow it as they follow a panel's setpoint.
    void noteProfileSetpoint(const QString &pumpId, double mlPerMin);
    /// A command went to a pump (DeviceService::commandSent): recorded, and a new setpoint
    /// restarts the flow-deviation alarm's delay.
    void noteCommand(const QString &pumpId, const Device::PumpCommand &command);
    /// Starts recording now, without waiting for a pump to start (sensors only, or the user
    /// wants the lead-in). Does nothing while a run is being recorded.
    void startRunNow();
    /// Ends the run now (the app is closing, or the user asked).
    void endRun(const QString &reason);

Q_SIGNALS:
    void runStarted(const QString &path);
    void runEnded(const QString &path);
    void alarmRaised(const PumpStudio::Services::AlarmEntry &alarm);
    void alarmsChanged();
    void liveChanged(const QString &pumpId);
    /// A record could not be written: said once, monitoring goes on.
    void recordError(const QString &message);

private:
    struct PumpChannels;

    void onSample(const QString &id, qint64 monotonicNs, const Device::PumpStatus &status);
    void onSnapshot(const Device::PumpSnapshot &snapshot);
    void onPumpEvent(const QString &id, const Device::PumpEvent &event);
    void startRun(qint64 monotonicNs);
    void flush();
    void tickClock();
    PumpChannels &channelsFor(const Device::PumpSnapshot &snapshot);
    int addChannel(PumpChannels &pump, const QString &name, const QString &unit, Records::Quantity quantity);
    void appendSample(int channel, qint64 tUs, double value);
    void raise(const QString &pumpId, const QString &kind, const QString &message, std::optional<double> value,
               std::optional<double> limit, bool stopsPumps);
    void clear(const QString &pumpId, const QString &kind, const QString &message);
    void onAlarmTransition(const QString &pumpId, Device::AlarmChannel channel, const Device::AlarmTransition &transition);
    void recordEvent(const QString &pumpId, const QString &kind, const QString &text);
    qint64 runTimeUs(qint64 monotonicNs) const;
    qint64 nowMonotonicNs() const;

    DeviceService &m_devices;
    AppSettings &m_settings;
    TrendStore *m_store = nullptr;
    std::unique_ptr<Records::RunRecordWriter> m_writer;
    std::unique_ptr<Records::RunRecordReader> m_reader;  ///< gives old raw chunks back to the chart
    QString m_folder;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_clock = nullptr;
    std::optional<qint64> m_originNs;
    qint64 m_lastRunningNs = 0;
    int m_idleEndSeconds = 30;
    int m_nextChannel = 1;
    QHash<QString, std::shared_ptr<PumpChannels>> m_pumps;
    QHash<QString, Live> m_live;
    QList<AlarmEntry> m_alarms;
    int m_nextAlarmId = 1;
    bool m_recordErrorSaid = false;
};

} // namespace PumpStudio::Services

Q_DECLARE_METATYPE(PumpStudio::Services::AlarmEntry)
