// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/alarmlogic.h"
#include "device/pumpcommand.h"
#include "device/pumpjob.h"
#include "device/pumpsnapshot.h"

#include <QObject>

#include <chrono>
#include <deque>
#include <memory>

class QTimer;

namespace PumpStudio::Models {
struct PumpModel;
}

namespace PumpStudio::Device {

class Link;
class PumpDriver;

/// Which quantity an alarm transition is about: a sensor's pressure, a pump's flow.
enum class AlarmChannel { Pressure, Flow };

/// One configured pump (or sensor) on the device thread, and the one place its safety rules
/// live, for every host (the GUI, pumpctl, a dry run):
/// - it is bound to the identity it reported first; after a lost link (the port vanished, or a
///   job's command went unanswered) the same pump must answer again before anything but an
///   identity query is sent, and a different pump is refused;
/// - a pump that kept running while its link was lost is stopped as soon as it answers, then its
///   job (if any) is told and waits for the operator;
/// - every reply is checked against the pump's limits here; an interlock (a StopPumps limit)
///   stops the pumps on its line before the reply leaves this thread;
/// - it remembers whether the program set the pump moving, so the program can stop it when it ends.
class PumpSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PumpSession)

public:
    PumpSession(PumpConfig config, const Models::PumpModel *model, QObject *parent = nullptr);
    ~PumpSession() override;

    const QString &id() const { return m_snap.config.id; }
    const PumpSnapshot &snapshot() const { return m_snap; }
    const Models::PumpModel *model() const { return m_model; }
    bool isSensor() const;
    bool attached() const { return m_driver != nullptr; }
    /// Identified on its current link and not refused: commands may go out.
    bool ready() const;
    Link *link() const { return m_link; }
    PumpJob *job() const { return m_job.get(); }
    bool jobActive() const { return m_job && m_job->isActive(); }

    /// Takes a driver on `link` and identifies the pump (bound identity checked).
    void attach(std::unique_ptr<PumpDriver> driver, Link &link);
    /// Drops the driver at once (after any job); safe from inside the driver's own callbacks.
    void detach(LinkState state, std::optional<Error> why);
    /// The user disconnects: a job is aborted and a pump the program set moving is stopped, and
    /// only once the stop was answered (or failed) is the driver dropped; then `done` runs.
    void disconnectSafely(const std::function<void()> &done);

    /// Where this pump's calibration is looked up after it identified itself (see CalibrationLookup).
    void setCalibrationLookup(CalibrationLookup lookup) { m_calibrationLookup = std::move(lookup); }
    /// Looks the calibration up again now (a calibration was applied, or new tubing fitted).
    void refreshCalibration();
    void setPollInterval(int milliseconds);
    /// Reads the status if it is due; returns whether a read went out.
    bool pollIfDue(std::chrono::steady_clock::time_point now);
    void execute(const PumpCommand &command);
    /// Runs a job made by `factory` from this pump's driver; `clock` is the shared start.
    Result<void> hostJob(const JobFactory &factory, const QElapsedTimer &clock);
    /// Why a job cannot start here now (empty: it can).
    std::optional<Error> jobBlocker() const;
    /// The limits of the pump's quantity (a sensor's pressure, a pump's flow); limits whose
    /// action is StopPumps are interlocks.
    void setAlarmConfig(const std::optional<AlarmConfig> &config);
    /// Stops the pump now for an interlock: its job is aborted (which stops it), else a stop is
    /// queued on the line. The reason is logged and said in the snapshot.
    void interlockStop(const QString &why);
    /// The program ends: any job is aborted, a pump the program set moving is stopped; `done`
    /// gets the outcome (nullopt: there was nothing to stop).
    void stopForShutdown(const std::function<void(std::optional<Result<void>>)> &done);

    /// The line changed state (lost, back, closed).
    void onLinkState(LinkState state, const QString &reason);
    /// The line came back after vanishing: identify before anything else goes out.
    void onReconnected();

Q_SIGNALS:
    void changed(const PumpStudio::Device::PumpSnapshot &snapshot);
    void sampled(qint64 monotonicNs, const PumpStudio::Device::PumpStatus &status);
    void eventReceived(const PumpStudio::Device::PumpEvent &event);
    void commandFinished(const PumpStudio::Device::PumpCommand &command, const PumpStudio::Result<void> &result);
    void alarmTransition(PumpStudio::Device::AlarmChannel channel, const PumpStudio::Device::AlarmTransition &transition);
    /// A StopPumps limit was crossed: the pumps on this session's line must stop now.
    void interlockTripped(const QString &why);
    /// The identity check after a lost link found another pump: nothing is sent to it.
    void differentPump(const QString &why);
    void jobEnded();

private:
    /// Syringe pumps: the diameter of the configured syringe, as a syringe check corrected it.
    void applySyringeDiameter(const std::optional<Models::MlPerRevCurve> &curve);
    void identify(bool afterLoss);
    void afterIdentified(const PumpIdentity &identity, bool afterLoss);
    void checkStateAfterLoss();
    void scheduleRecheck();
    void onPumpLost(const Error &why);
    void onStatus(Result<PumpStatus> status, const LinkStats &before);
    void evaluate(qint64 monotonicNs, PumpStatus &status);
    void noteSetpoint(std::optional<double> mlPerMin);
    void fail(const Error &error);
    void failPending(const Error &error);
    void publish();
    void endJob();

    PumpSnapshot m_snap;
    const Models::PumpModel *m_model = nullptr;
    std::unique_ptr<PumpDriver> m_driver;
    Link *m_link = nullptr;                  ///< owned by the manager, outlives the driver
    std::unique_ptr<PumpJob> m_job;          ///< goes before the driver it drives
    bool m_identified = false;
    bool m_lost = false;                     ///< lost the pump; identity and state are checked before use
    bool m_pollInFlight = false;
    int m_identifyAttempts = 0;              ///< failed identity queries since the pump connected
    QTimer *m_recheck = nullptr;             ///< retries the identity check while a job waits
    std::chrono::steady_clock::time_point m_nextPoll{};
    std::chrono::steady_clock::time_point m_lastPublish{};
    std::deque<std::chrono::steady_clock::time_point> m_replies;  ///< the last few seconds'
    std::unique_ptr<AlarmEvaluator> m_alarms;
    std::optional<double> m_setpointFlow;    ///< mL/min the pump was last told (page, job)
    quint64 m_commandEpoch = 0;              ///< counts state-changing commands: older status reads are stale
    /// Commands sent while the pump is first being identified: they follow the identity check
    /// (and fail with it). After a lost link nothing waits: commands are refused until it is back.
    QList<PumpCommand> m_pending;
    CalibrationLookup m_calibrationLookup;
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(PumpStudio::Device::AlarmTransition)
Q_DECLARE_METATYPE(PumpStudio::Device::AlarmChannel)
