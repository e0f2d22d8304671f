// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "calibration/calibrationtypes.h"
#include "core/result.h"
#include "device/pumpjob.h"

#include <QElapsedTimer>
#include <QPointer>

#include <functional>

#include <optional>

class QTimer;

namespace PumpStudio::Device {
class BalanceDriver;
class PumpDriver;
}

namespace PumpStudio::Calibration {

/// The gravimetric calibration of one pump channel, step by step, without widgets: what
/// `pumpctl calibrate` runs and what the Calibration page's wizard drives.
///
/// For each point and replicate: tare, a stable reading (the start), the pump run for exactly
/// the planned revolutions (in its own timed mode where it has one: it stops itself; else
/// started and stopped on the tool's clock), the pump confirmed stopped, a stable reading (the
/// end), mass -> volume (liquid density, air buoyancy) -> mL/rev. Then the statistics, the new
/// curve and the verdicts (evaluate()), and optionally the same again as the as-left
/// verification with the new curve. Without a balance (manual masses) the runner asks for each
/// mass with massRequested() and waits for enterMass().
///
/// Asynchronous on the thread of both drivers (the device thread in the GUI, pumpctl's main
/// thread). A PumpJob, so the device layer can host it on a pump session; abort() at any moment
/// stops the pump (the stop is queued before it returns) and nothing later is used.
class CalibrationRunner final : public Device::PumpJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationRunner)

public:
    enum class State {
        Idle,
        Preparing,         ///< balance identity, the pump's direction and own calibration
        Blank,             ///< measuring the evaporation blank
        Taring,
        Pumping,           ///< the pump runs a replicate
        Settling,          ///< pump stopped; waiting for a stable reading
        WaitingForMass,    ///< manual masses: enterMass() is awaited
        Finished,
        Aborted,
        Failed,
    };
    Q_ENUM(State)

    /// Where the run is, for progress bars and the remaining time.
    struct Progress
    {
        State state = State::Idle;
        int point = 0;             ///< 0-based
        int points = 0;
        int replicate = 0;         ///< 0-based within the point
        int replicates = 0;
        bool asLeft = false;       ///< in the verification run
        int done = 0;              ///< replicates finished (both runs)
        int total = 0;             ///< replicates planned (both runs)
        double elapsedS = 0;
        double remainingS = 0;     ///< an estimate: planned run times plus the settling seen so far
    };

    /// `balance` may be null only with plan.manualMasses. Both drivers must outlive the runner
    /// (or abort it first) and live on this thread.
    CalibrationRunner(Device::PumpDriver &pump, Device::BalanceDriver *balance, CalibrationPlan plan, QObject *parent = nullptr);
    ~CalibrationRunner() override;

    const CalibrationPlan &plan() const { return m_result.plan; }
    State state() const { return m_state; }
    Progress progress() const;
    /// What has been measured so far (all of it once finished()).
    const CalibrationResult &result() const { return m_result; }
    void setPumpIdentity(const Device::PumpIdentity &identity) { m_result.pump = identity; }
    void setBalanceModelId(const QString &id) { m_result.balanceModelId = id; }
    /// How often the balance is read while the pump runs (for the live chart); 0: not at all.
    void setLiveInterval(int milliseconds) { m_liveIntervalMs = milliseconds; }

    /// Starts; the clock is ignored (a calibration runs alone).
    void start(const QElapsedTimer &clock) override;
    void start();
    void abort(const QString &reason) override;
    void abort() { abort(tr("Aborted by the operator.")); }
    void linkLost(const PumpStudio::Error &why) override;
    void linkRestored(bool keptRunningAndStopped) override;
    bool isActive() const override;

    /// Manual masses: the balance reading the operator typed for the current request.
    void enterMass(double grams);

    static QString stateText(State state);

Q_SIGNALS:
    void stateChanged(PumpStudio::Calibration::CalibrationRunner::State state, const QString &message);
    void progressChanged(const PumpStudio::Calibration::CalibrationRunner::Progress &progress);
    /// A balance reading (live while pumping, and every stable one), grams.
    void balanceReading(double elapsedS, double grams, bool stable);
    void replicateFinished(const PumpStudio::Calibration::Replicate &replicate);
    /// Manual masses: type the reading now (`start`: the reading before the run, else after).
    void massRequested(int point, int replicate, bool start);
    /// Finished with every replicate; result() holds the evaluation.
    void finished(const PumpStudio::Calibration::CalibrationResult &result);
    /// Aborted or failed: the pump has been told to stop; `error` says why.
    void failed(const PumpStudio::Error &error);

private:
    void setState(State state, const QString &message = {});
    void fail(const Error &error);
    void prepare();
    void prepareSyringe();
    void afterPrepared();
    /// Syringe checks: sets the pump's diameter (it must answer the same), then `then`.
    void setSyringeDiameter(double mm, const std::function<void()> &then);
    void runBlank();
    void nextReplicate();
    void tare();
    void readStart();
    void runPump();
    void pumpStarted(double seconds, double revolutions);
    void waitForStop();
    void readEnd();
    void finishReplicate(double endG);
    void readStable(const std::function<void(double)> &then);
    void pollLive();
    void emitProgress();
    void finishAll();
    /// Callbacks of a run that was aborted, or of an earlier step, carry an old token.
    bool stale(quint64 token) const { return token != m_token || !isActive(); }

    Device::PumpDriver &m_pump;
    Device::BalanceDriver *m_balance = nullptr;  ///< null: masses entered by hand
    CalibrationResult m_result;
    State m_state = State::Idle;
    quint64 m_token = 0;
    int m_point = 0;
    int m_replicate = 0;
    bool m_asLeft = false;
    std::optional<double> m_ownMlPerRev;
    Replicate m_current;
    QElapsedTimer m_clock;          ///< since start
    QElapsedTimer m_runClock;       ///< the current replicate's pump run (host metering)
    double m_startReadS = 0;        ///< when the start reading was taken (evaporation)
    double m_settleSpentS = 0;      ///< settling time seen so far, for the estimate
    int m_liveIntervalMs = 250;
    QTimer *m_timer = nullptr;      ///< host-timed runs, blank, stop polls
    QTimer *m_live = nullptr;
    bool m_liveInFlight = false;
    bool m_readingStable = false;
    std::function<void(double)> m_manualThen;
    bool m_pumpMayRun = false;      ///< a run was started and not yet seen stopped
    double m_syringeFoundMm = 0;    ///< syringe checks: the diameter the pump had, and keeps
    double m_syringeSetMm = 0;      ///< and the one it has now (the verification's)
};

} // namespace PumpStudio::Calibration

Q_DECLARE_METATYPE(PumpStudio::Calibration::CalibrationRunner::Progress)
