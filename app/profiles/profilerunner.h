// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/pumpdriver.h"
#include "device/pumpjob.h"
#include "profiles/profile.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace PumpStudio::Profiles {

/// Runs a profile on one pump through its driver, on the driver's thread (never the GUI's).
/// Where the pump has its own modes they do the metering: a dispense step runs in the pump's
/// volume mode (Reglo ICC O, NE-1000 VOL/RAT, Masterflex revolutions), a constant-flow step in
/// its time mode (Reglo ICC N) or as the volume that flow gives in that time (NE-1000); the
/// pump stops itself and the step ends when it says it has. Other steps are timed here on the
/// monotonic clock with setpoint changes (a ramp is stepped every half second). The pump is
/// stopped for pauses, operator waits and at the end. Pause, resume, skip and abort (pump
/// stopped); a lost link pauses the run in a known state (the pump is told to stop when it
/// answers again) until the operator resumes, skips or aborts. A step resumed after a pause or
/// a lost link delivers what is left of it, counted by the pump where it reports its volume.
class ProfileRunner final : public Device::PumpJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileRunner)

public:
    enum class State { Idle, Running, Paused, WaitingForOperator, LinkLost, Finished, Aborted, Failed };
    Q_ENUM(State)

    struct Progress
    {
        State state = State::Idle;
        int segment = 0;          ///< 0-based index into the timeline
        int segments = 0;
        QString path;             ///< "3.2"
        Step::Kind kind = Step::Kind::Pause;
        double elapsedS = 0;      ///< run time so far, pauses excluded
        double plannedS = 0;      ///< the plan's duration (operator waits as 0 s)
        double deliveredMl = 0;   ///< integrated from the flow each setpoint actually got
        double plannedMl = 0;
        QString message;          ///< operator prompt or why the run stopped
        bool pumpBack = false;    ///< LinkLost: the same pump answers again; the operator decides
        bool pumpMetered = false; ///< the current step runs in the pump's own volume or time mode
    };

    /// How a segment is run: timed here, or metered by the pump itself.
    enum class Metering { Timed, PumpVolume, PumpTime };

    ProfileRunner(Device::PumpDriver &driver, Profile profile, QObject *parent = nullptr);
    ~ProfileRunner() override;

    Progress progress() const;
    State state() const { return m_state; }
    /// Pump time per real time, for dry runs against a simulated pump running X times faster:
    /// steps last duration / X, volumes and progress are in the pump's time. 1 for real pumps.
    void setTimeScale(double scale) { m_scale = scale > 0 ? scale : 1.0; }
    double timeScale() const { return m_scale; }
    /// Step boundaries: when each segment began, run time (ms) minus its planned start, for the
    /// timing benchmark. Operator waits shift the plan; their wait time is taken out.
    const std::vector<double> &boundaryErrorsMs() const { return m_boundaryErrors; }
    /// Milliseconds until the running step's boundary, however long (-1: none armed).
    qint64 msToBoundary() const;
    /// How much longer than planned the dispense and pump-metered steps took in all (ms of run
    /// time): the commands before the pump ran, and its acceleration, which a volume mode makes
    /// up for by running longer. Taken out of boundaryErrorsMs(), as operator waits are.
    qint64 meteredOverrunMs() const { return m_meteredOverrunMs; }
    /// How each segment of the timeline will run on this pump.
    Metering metering(int segment) const { return m_metering.at(size_t(segment)); }

public Q_SLOTS:
    void start();
    /// Starts with the run clock of a group: runs started with the same clock share step times.
    void start(const QElapsedTimer &groupClock) override;
    /// The link was lost (the device layer says so): the run pauses in a known state.
    void linkLost(const PumpStudio::Error &why) override;
    /// The device layer found the same pump again after a lost link (and stopped it if it kept
    /// running). The run stays paused; the operator resumes the step, skips it or aborts.
    void linkRestored(bool keptRunningAndStopped) override;
    bool isActive() const override;
    void pause();
    /// Goes on after a pause, or after a lost link once the pump is back (never before).
    void resume();
    /// Skips the current step (while paused, waiting or after a lost link) and goes on.
    void skipStep();
    /// The operator confirmed a wait-for-operator step.
    void confirm();
    /// Aborts with the pump stopped; `reason` opens the message (empty: aborted by the operator).
    void abort(const QString &reason) override;
    void abort() { abort(QString()); }

Q_SIGNALS:
    void progressChanged(const PumpStudio::Profiles::ProfileRunner::Progress &progress);
    void stateChanged(PumpStudio::Profiles::ProfileRunner::State state, const QString &message);
    void stepStarted(const QString &path, int segment);
    void stepFinished(const QString &path, int segment);
    void operatorPrompt(const QString &message);
    /// After a lost link the pump answers again: the operator must choose how to go on.
    void pumpReturned(const QString &message);
    /// Finished, Aborted or Failed; the pump has been told to stop.
    void finished(PumpStudio::Profiles::ProfileRunner::State state, const QString &message);

private:
    /// Arms the step boundary `ms` from now, beyond a QTimer's int range too.
    void armBoundary(double ms);
    void onBoundaryTimer();
    void beginSegment(int index);
    void continueSegment();
    void endSegment();
    void tick();
    void apply(double mlPerMin, Direction direction, const std::function<void()> &then);
    void stopPump(const std::function<void()> &then);
    void onDriverError(const QString &what, const Error &error);
    void enterLinkLost(const QString &message);
    void setState(State state, const QString &message = {});
    void finishRun(State state, const QString &message);
    double segmentElapsedS() const;  ///< in the pump's time
    double pumpS(qint64 realMs) const { return double(realMs) * m_scale / 1000.0; }
    double flowAt(double segmentS) const;
    double rampSetpoint(double segmentS) const;
    void noteSetpoint(double mlPerMin);
    void accumulate();
    /// Sends one command of the run: marks it in flight (a status read older than it is then
    /// dropped), and on the reply goes on with `ok`, or hands the error to onDriverError().
    /// `issue` is called at once with the reply callback.
    template <typename T, typename Issue, typename Ok>
    void send(const QString &what, Issue issue, Ok ok);
    void ensureDirection(Direction direction, const std::function<void()> &then);
    /// Reads the pump's volume counter (nullopt when it reports none).
    void readCounter(const std::function<void(std::optional<double>)> &then);
    void startMetered();
    void meteredStarted(const Device::NativeRun &run);
    void pollMeteredFinish();
    void finishMetered();
    void interruptMetered();
    /// After a lost link: how much of the step the pump's counter says it delivered.
    void recountFromPump(const std::function<void()> &then);
    double segmentDeliveredMl() const { return m_deliveredMl - m_segmentStartMl; }

    Device::PumpDriver &m_driver;
    Profile m_profile;
    Timeline m_timeline;
    Totals m_totals;
    State m_state = State::Idle;
    int m_segment = -1;
    QElapsedTimer m_clock;           ///< monotonic
    qint64 m_runMs = 0;              ///< run time (pauses excluded) at m_lastMark
    qint64 m_lastMark = 0;           ///< m_clock reading when m_runMs was last advanced
    qint64 m_segmentStartRunMs = 0;  ///< run time the current segment began at
    qint64 m_waitedMs = 0;           ///< run time not in the plan: operator waits, skipped steps, metered overruns
    qint64 m_meteredOverrunMs = 0;   ///< how much longer than planned the pump's own runs took
    double m_setFlow = 0;            ///< mL/min the pump was last set to (0: stopped)
    double m_deliveredMl = 0;
    qint64 m_lastRampSetMs = 0;
    qint64 m_lastWatch = 0;          ///< m_clock reading of the last status check
    bool m_commandInFlight = false;  ///< a command of the run (setpoint, start, stop) awaits its reply
    bool m_watchInFlight = false;    ///< the once-a-second status read awaits its reply
    quint64 m_commandEpoch = 0;      ///< counts commands sent, so an older status read is known as such
    bool m_pumpRunning = false;
    bool m_pumpBack = false;
    std::vector<Metering> m_metering;  ///< per segment
    double m_segmentStartMl = 0;       ///< m_deliveredMl when the segment began
    // The pump's own run in progress (metered segments):
    bool m_meteredActive = false;      ///< the pump was told to run a volume or a time and has not finished
    bool m_awaitingFinish = false;     ///< its planned end has passed: asking whether it stopped
    Device::NativeRun m_meteredRun;    ///< what the pump took
    double m_meteredBaseMl = 0;        ///< m_deliveredMl when that run started
    qint64 m_meteredDueMs = 0;         ///< m_clock reading when the pump should be done
    std::optional<double> m_counterBaseMl;  ///< the pump's volume counter when the segment's first run started
    double m_counterSegmentOffsetMl = 0;    ///< delivered in the segment before that counter reading
    bool m_recount = false;            ///< after a lost link: read the counter before going on
    QTimer *m_finishPoll = nullptr;
    std::optional<Direction> m_direction;
    QTimer *m_boundary = nullptr;
    qint64 m_boundaryDueMs = 0;   ///< on m_clock: when the armed boundary is due
    QTimer *m_ticker = nullptr;
    QString m_message;
    std::vector<double> m_boundaryErrors;
    double m_scale = 1.0;
};

} // namespace PumpStudio::Profiles
Q_DECLARE_METATYPE(PumpStudio::Profiles::ProfileRunner::Progress)
