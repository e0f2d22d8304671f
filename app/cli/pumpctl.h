// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "cli/pumpctloptions.h"
#include "core/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <memory>

class QSaveFile;
class QSocketNotifier;
class QTimer;

namespace PumpStudio::Models {
class BalanceRegistry;
class ModelRegistry;
struct PumpModel;
}

namespace PumpStudio::Device {
class DeviceManager;
class Link;
class PumpDriver;
struct PumpSnapshot;
struct PumpStatus;
struct SerialSettings;
}

namespace PumpStudio::Profiles {
class ProfileRunner;
struct Profile;
}

namespace PumpStudio::Telemetry {
class DeviceTelemetry;
class PublisherThread;
class RemoteCommandGate;
}
namespace PumpStudio::Accounts {
class AccountStore;
}
namespace PumpStudio::Audit {
class AuditTrail;
}

namespace PumpStudio::Cli {

class BalanceCtl;
class CalibrateCtl;
class MonitorRemoteHost;

/// pumpctl's commands, asynchronous on the event loop: run() starts, finished() ends with the
/// exit code. Output goes to the streams given, so tests can run it in-process.
class PumpCtl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PumpCtl)

public:
    PumpCtl(const Models::ModelRegistry &models, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~PumpCtl() override;

    void run(const PumpCtlOptions &options);
    /// Ctrl-C: a monitor ends cleanly (CSV saved); any other command stops the pump first.
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void listPorts();
    void listModels();
    /// A --model naming a balance (or a balance command): BalanceCtl runs it (true).
    bool runOnBalance();
    const Models::BalanceRegistry &balances();
    void checkProfile();
    void runOnDevice();
    /// The command itself, once the pump is identified and prepared.
    void runCommand();
    void finish(int code);
    /// The last of finish(): the broker hears the end, then finished().
    void endTelemetry(int code);
    void fail(const Error &error);
    void report(const QString &text, const QJsonObject &json);
    void printStatus(const Device::PumpStatus &status);
    void runProfile(const Models::PumpModel &model, const Device::SerialSettings &settings);
    /// `monitor` hosted like `run`: the pump session's reconnect and identity rules apply, so a
    /// monitor waits for the same pump after a lost link, marks the gap, and goes on to its end.
    void monitorOnDevices(const Models::PumpModel &model, const Device::SerialSettings &settings);
    void onMonitorSnapshot(const Device::PumpSnapshot &snapshot);
    /// monitor --mqtt: the publisher on its own thread, fed by the pump's session (false: failed).
    bool startTelemetry();
    /// monitor --remote-commands: the accounts, the trail and the gate (false: failed).
    bool startRemoteCommands();
    bool openCsv();
    void writeCsvRow(const Device::PumpStatus *status, const QString &link);
    void startRunner();
    void onStdinLine();
    /// stdin ended: nobody is left to answer, so a run that needs the operator is aborted.
    void noOperator();

    const Models::ModelRegistry &m_models;
    QTextStream &m_out;
    QTextStream &m_err;
    PumpCtlOptions m_options;
    std::unique_ptr<Device::Link> m_link;
    std::unique_ptr<Device::PumpDriver> m_driver;
    std::unique_ptr<QSaveFile> m_csv;
    QTimer *m_monitorTimer = nullptr;
    QElapsedTimer m_monitorClock;
    bool m_monitorConnected = false;   ///< monitor: the pump has answered since the link was last lost
    bool m_monitorEverConnected = false;
    bool m_finished = false;
    bool m_moveRequested = false;  ///< start or dispense went to the driver: a signal stops the pump
    bool m_stopping = false;       ///< a signal's stop is on its way
    /// How long a signal waits for the pump to confirm its stop (the stop's own retries included).
    static constexpr int kStopBoundMs = 10'000;
    bool m_noOperatorSaid = false;    ///< run: "aborted once the pump is back" was said
    bool m_noOperatorWaited = false;  ///< run: the pump did not come back in time: abort regardless
    /// How long a run without an operator waits for a lost pump before aborting regardless.
    static constexpr int kNoOperatorWaitS = 10;
    std::unique_ptr<Profiles::Profile> m_profile;
    /// `run` hosts the profile as every program does: a DeviceManager whose pump session keeps
    /// the safety rules (the same pump after a lost link, stopped if it went on) and owns the runner.
    std::unique_ptr<Device::DeviceManager> m_devices;
    QPointer<Profiles::ProfileRunner> m_runner;
    QString m_wrongPumpSaid;  ///< the last "a different pump answered" message printed
    bool m_dueChecked = false;  ///< run: the pump's calibration due state was looked at
    bool m_stdinClosed = false;
    QSocketNotifier *m_stdin = nullptr;
    QElapsedTimer m_progressClock;
    QString m_stdinText;  ///< operator input not yet ended by a newline
    std::unique_ptr<Models::BalanceRegistry> m_balances;
    std::unique_ptr<BalanceCtl> m_balance;
    std::unique_ptr<CalibrateCtl> m_calibrate;
    std::unique_ptr<Telemetry::PublisherThread> m_telemetry;
    std::unique_ptr<Telemetry::DeviceTelemetry> m_deviceTelemetry;
    QString m_telemetryRunId;
    QString m_telemetrySaid;  ///< the broker state last told on stderr
    std::unique_ptr<Accounts::AccountStore> m_accounts;  ///< remote commands: who may send them
    std::unique_ptr<Audit::AuditTrail> m_trail;          ///< remote commands: where they are written
    std::unique_ptr<MonitorRemoteHost> m_remoteHost;
    std::unique_ptr<Telemetry::RemoteCommandGate> m_remoteGate;
};

/// The exit code for an error (3 no reply, 4 refused or out of range, 5 bad file, 2 usage).
int exitCodeFor(const Error &error);

} // namespace PumpStudio::Cli
