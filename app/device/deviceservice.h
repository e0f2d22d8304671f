// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/devicemanager.h"
#include "models/modelregistry.h"
#include "sim/demosimulation.h"

#include <QHash>
#include <QObject>

class QThread;

namespace PumpStudio {
class AppSettings;
}

namespace PumpStudio::Device {

/// The GUI's handle on the devices: runs the DeviceManager on a device thread (and the demo's
/// simulated pumps on a thread of their own), forwards calls as queued invocations and keeps the
/// latest snapshot of every pump for the views. Nothing here ever waits on a device.
class DeviceService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceService)

public:
    explicit DeviceService(AppSettings &settings, QObject *parent = nullptr);
    ~DeviceService() override;

    const Models::ModelRegistry &models() const { return m_models; }
    QList<PumpSnapshot> pumps() const;
    std::optional<PumpSnapshot> pump(const QString &id) const;
    bool demoRunning() const { return m_demoRunning; }

    /// Adds (and remembers, unless it is a demo pump) a pump; returns its id.
    QString addPump(PumpConfig config, bool persistent = true);
    void removePump(const QString &id);
    void connectPump(const QString &id);
    void disconnectPump(const QString &id);
    void sendCommand(const QString &id, const PumpCommand &command);
    void refreshPorts();
    void scanPort(const QString &path);
    void stopAll();
    /// Runs a profile on a pump on the device thread (the caller has checked it against the
    /// pump); progress and steps come back through the profile signals.
    void startProfile(const QString &id, const Profiles::Profile &profile);
    /// Several pumps' profiles started together, all or none (see DeviceManager::startProfiles).
    void startProfiles(const QList<ProfileStart> &runs);
    void controlProfile(const QString &id, DeviceManager::ProfileAction action);
    /// The latest progress of the profile on a pump, while one runs or after it ended.
    std::optional<Profiles::ProfileRunner::Progress> profileProgress(const QString &id) const;
    /// Status reads per second wanted for one pump (remembered with its configuration).
    void setPollInterval(const QString &id, int milliseconds);
    /// Starts simulated pumps and connects them; errors come back through demoFailed().
    void startDemo(Sim::DemoSimulation::Scenario scenario);

Q_SIGNALS:
    void pumpChanged(const PumpStudio::Device::PumpSnapshot &snapshot);
    void pumpRemoved(const QString &id);
    void portsListed(const QList<PumpStudio::Device::PortDescription> &ports);
    void scanFinished(const QString &path, const QList<PumpStudio::Device::ScanHit> &hits, const QString &error);
    void commandFinished(const QString &id, bool ok, const QString &message);
    void eventReceived(const QString &id, const PumpStudio::Device::PumpEvent &event);
    void profileProgressChanged(const QString &id, const PumpStudio::Profiles::ProfileRunner::Progress &progress);
    void profileStarted(const QString &id, const PumpStudio::Profiles::Profile &profile);
    void profileStep(const QString &id, const QString &path, int segment, bool started);
    void profileFinished(const QString &id, PumpStudio::Profiles::ProfileRunner::State state, const QString &message);
    /// The flow a running profile set on a pump (0: it stopped it).
    void profileSetpoint(const QString &id, double mlPerMin);
    /// A command on its way to a pump (from any page, the demo or an alarm action): what run
    /// records and setpoint alarms hear.
    void commandSent(const QString &id, const PumpStudio::Device::PumpCommand &command);
    /// Every status reply, stamped on arrival on the device thread (steady_clock ns).
    void sampled(const QString &id, qint64 monotonicNs, const PumpStudio::Device::PumpStatus &status);
    /// Pumps connected and links lost, for the status bar.
    void connectionSummaryChanged(int connected, int lost);
    void demoStarted();
    void demoFailed(const QString &message);
    void demoFault(const QString &description);

private:
    void onPumpChanged(const PumpSnapshot &snapshot);
    void onDemoReady(const QList<Sim::DemoSimulation::Line> &lines);
    void saveConfigs();
    void loadConfigs();
    void updateSummary();

    AppSettings &m_settings;
    Models::ModelRegistry m_models;
    QThread *m_deviceThread = nullptr;
    QThread *m_simThread = nullptr;
    DeviceManager *m_manager = nullptr;       ///< lives on m_deviceThread
    Sim::DemoSimulation *m_demo = nullptr;   ///< lives on m_simThread
    QHash<QString, PumpSnapshot> m_snapshots;
    QStringList m_order;
    QSet<QString> m_transient;               ///< demo pumps: not saved
    QHash<QString, Profiles::ProfileRunner::Progress> m_profileProgress;
    bool m_demoRunning = false;
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(QList<PumpStudio::Sim::DemoSimulation::Line>)
