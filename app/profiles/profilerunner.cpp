// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profiles/profilerunner.h"

#include "core/logging.h"
#include "device/pumpdriver.h"
#include "models/limits.h"

#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <type_traits>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Profiles {

namespace {
constexpr int kTickMs = 50;
constexpr qint64 kRampStepMs = 500;  // a ramp's setpoint follows the plan every half second
constexpr qint64 kWatchMs = 1000;    // the pump is asked how it is once a second while running
constexpr int kFinishPollMs = 20;    // after a metered step's planned end: asked until it stopped
constexpr double kMinMeteredMl = 1e-6;

Device::Direction toDevice(Direction d)
{
    return d == Direction::Forward ? Device::Direction::Clockwise : Device::Direction::CounterClockwise;
}
/// Milliseconds as a whole number that any later sum stays within: negative and NaN are 0, and
/// a step of centuries is capped (the pre-run check refuses plans that long anyway).
qint64 clampedMs(double ms)
{
    constexpr double kMaxMs = 1e15;  // about 31,700 years
    if (!(ms > 0))
        return 0;
    return ms >= kMaxMs ? static_cast<qint64>(kMaxMs) : static_cast<qint64>(std::llround(ms));
}

// A QTimer takes an int of milliseconds (24.8 days at most): longer boundaries are chained
// from timers of at most a day, each re-armed for what is left on the monotonic clock.
constexpr qint64 kBoundaryChunkMs = 24LL * 3600 * 1000;

} // namespace

void ProfileRunner::armBoundary(double ms)
{
    m_boundaryDueMs = m_clock.elapsed() + clampedMs(ms);
    m_boundary->start(static_cast<int>(std::min(clampedMs(ms), kBoundaryChunkMs)));
}

void ProfileRunner::onBoundaryTimer()
{
    const qint64 left = m_boundaryDueMs - m_clock.elapsed();
    if (left > 0) {
        m_boundary->start(static_cast<int>(std::min(left, kBoundaryChunkMs)));
        return;
    }
    endSegment();
}

qint64 ProfileRunner::msToBoundary() const
{
    return m_boundary->isActive() ? std::max<qint64>(0, m_boundaryDueMs - m_clock.elapsed()) : -1;
}

ProfileRunner::ProfileRunner(Device::PumpDriver &driver, Profile profile, QObject *parent)
    : PumpJob(parent), m_driver(driver), m_profile(std::move(profile)), m_timeline(timeline(m_profile)),
      m_totals(totals(m_profile))
{
    qRegisterMetaType<PumpStudio::Profiles::ProfileRunner::Progress>();
    m_boundary = new QTimer(this);
    m_boundary->setSingleShot(true);
    m_boundary->setTimerType(Qt::PreciseTimer);
    connect(m_boundary, &QTimer::timeout, this, &ProfileRunner::onBoundaryTimer);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(kTickMs);
    m_ticker->setTimerType(Qt::PreciseTimer);
    connect(m_ticker, &QTimer::timeout, this, &ProfileRunner::tick);
    m_finishPoll = new QTimer(this);
    m_finishPoll->setSingleShot(true);
    m_finishPoll->setTimerType(Qt::PreciseTimer);
    connect(m_finishPoll, &QTimer::timeout, this, &ProfileRunner::pollMeteredFinish);
    // The pump meters what it can: a dispense in its volume mode, a constant flow in its time
    // mode, or as the volume that flow gives in that time.
    const bool volume = m_driver.hasNativeMode(Device::NativeMode::Volume);
    const bool time = m_driver.hasNativeMode(Device::NativeMode::Time);
    for (const Segment &seg : m_timeline.segments) {
        Metering m = Metering::Timed;
        if (seg.kind == Step::Kind::Dispense && volume)
            m = Metering::PumpVolume;
        else if (seg.kind == Step::Kind::ConstantFlow && seg.startMlPerMin > 0 && time)
            m = Metering::PumpTime;
        else if (seg.kind == Step::Kind::ConstantFlow && seg.startMlPerMin > 0 && volume)
            m = Metering::PumpVolume;
        m_metering.push_back(m);
    }
    // The calibration the profile was written with, else the head and tubing it names.
    if (m_profile.mlPerRev) {
        m_driver.setMlPerRev(*m_profile.mlPerRev);
    } else if (const auto perRev = Models::mlPerRevFor(m_driver.model(), m_profile.headId, m_profile.tubingId)) {
        m_driver.setMlPerRev(*perRev);
    }
}

ProfileRunner::~ProfileRunner() = default;

ProfileRunner::Progress ProfileRunner::progress() const
{
    Progress p;
    p.state = m_state;
    p.segments = int(m_timeline.segments.size());
    p.segment = std::clamp(m_segment, 0, std::max(0, p.segments - 1));  // the last one once done
    if (p.segments > 0) {
        p.path = m_timeline.segments[size_t(p.segment)].path;
        p.kind = m_timeline.segments[size_t(p.segment)].kind;
    }
    qint64 run = m_runMs;
    if (m_state == State::Running || m_state == State::WaitingForOperator)
        run += m_clock.elapsed() - m_lastMark;
    p.elapsedS = pumpS(run);
    p.plannedS = m_totals.durationS;
    p.deliveredMl = m_deliveredMl
                    + (m_state == State::Running && m_pumpRunning ? m_setFlow * pumpS(m_clock.elapsed() - m_lastMark) / 60.0 : 0.0);
    if (m_meteredActive)
        p.deliveredMl = std::min(p.deliveredMl, m_meteredBaseMl + m_meteredRun.volumeMl);
    p.plannedMl = m_totals.volumeMl;
    p.message = m_message;
    p.pumpBack = m_state == State::LinkLost && m_pumpBack;
    p.pumpMetered = m_segment >= 0 && m_segment < int(m_metering.size()) && m_metering[size_t(m_segment)] != Metering::Timed;
    return p;
}

void ProfileRunner::setState(State state, const QString &message)
{
    if (state != State::LinkLost)
        m_pumpBack = false;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
    Q_EMIT progressChanged(progress());
}

void ProfileRunner::accumulate()
{
    // Advances run time and delivered volume to now; only running time counts.
    const qint64 now = m_clock.elapsed();
    const qint64 dt = now - m_lastMark;
    if (m_state == State::Running || m_state == State::WaitingForOperator)
        m_runMs += dt;
    if (m_state == State::Running && m_pumpRunning)
        m_deliveredMl += m_setFlow * pumpS(dt) / 60.0;
    if (m_meteredActive)  // the pump stops itself at what it took
        m_deliveredMl = std::min(m_deliveredMl, m_meteredBaseMl + m_meteredRun.volumeMl);
    m_lastMark = now;
}

double ProfileRunner::segmentElapsedS() const
{
    qint64 run = m_runMs;
    if (m_state == State::Running)
        run += m_clock.elapsed() - m_lastMark;
    return pumpS(run - m_segmentStartRunMs);
}

double ProfileRunner::flowAt(double segmentS) const
{
    const Segment &s = m_timeline.segments[size_t(m_segment)];
    const double length = s.endS - s.startS;
    if (s.kind != Step::Kind::Ramp || length <= 0)
        return s.startMlPerMin;
    const double f = std::clamp(segmentS / length, 0.0, 1.0);
    return s.startMlPerMin + (s.endMlPerMin - s.startMlPerMin) * f;
}

void ProfileRunner::noteSetpoint(double mlPerMin)
{
    if (mlPerMin == m_setFlow)
        return;
    m_setFlow = mlPerMin;
    Q_EMIT setpointChanged(mlPerMin);
}

double ProfileRunner::rampSetpoint(double segmentS) const
{
    // A ramp is followed in steps: each setpoint is the plan's flow in the middle of the step it
    // holds for, so the stairs deliver the ramp's volume instead of lagging half a step behind.
    const Segment &s = m_timeline.segments[size_t(m_segment)];
    if (s.kind != Step::Kind::Ramp)
        return flowAt(segmentS);
    const double halfStepS = double(kRampStepMs) / 2000.0 * m_scale;
    return flowAt(std::min(segmentS + halfStepS, s.endS - s.startS));
}

void ProfileRunner::start()
{
    QElapsedTimer clock;
    clock.start();
    start(clock);
}

void ProfileRunner::start(const QElapsedTimer &groupClock)
{
    if (m_state != State::Idle)
        return;
    if (const auto problem = validate(m_profile)) {
        m_state = State::Failed;
        Q_EMIT finished(m_state, tr("The profile cannot run: %1: %2").arg(problem->field, problem->problem));
        Q_EMIT ended();
        return;
    }
    if (m_timeline.truncated || m_timeline.segments.empty()) {
        m_state = State::Failed;
        Q_EMIT finished(m_state, tr("The profile has no steps to run."));
        Q_EMIT ended();
        return;
    }
    m_clock = groupClock;
    m_lastMark = m_clock.elapsed();
    m_runMs = 0;
    m_segment = 0;
    setState(State::Running);
    m_ticker->start();
    beginSegment(0);
}

void ProfileRunner::beginSegment(int index)
{
    accumulate();
    m_segment = index;
    if (index >= int(m_timeline.segments.size())) {
        stopPump([this] { finishRun(State::Finished, tr("Profile completed.")); });
        return;
    }
    const Segment &s = m_timeline.segments[size_t(index)];
    m_segmentStartRunMs = m_runMs;
    m_segmentStartMl = m_deliveredMl;
    m_counterBaseMl.reset();
    m_counterSegmentOffsetMl = 0;
    m_recount = false;
    m_boundaryErrors.push_back((pumpS(m_runMs - m_waitedMs) - s.startS) * 1000.0);
    Logging::get("profiles")->info("step {} ({}) begins at {} ms", s.path, kindKey(s.kind), m_runMs);
    Q_EMIT stepStarted(s.path, index);
    if (s.waitsForOperator) {
        stopPump([this, message = s.message] {
            accumulate();
            setState(State::WaitingForOperator, message);
            Q_EMIT operatorPrompt(message);
        });
        return;
    }
    continueSegment();
}

void ProfileRunner::continueSegment()
{
    const Segment &s = m_timeline.segments[size_t(m_segment)];
    const double done = segmentElapsedS();
    // The boundary is armed once the pump took the setpoint, for what is left of the step then:
    // the time the commands took is part of the step, so boundaries do not drift.
    const auto arm = [this, length = s.endS - s.startS, kind = s.kind, volume = s.volumeMl] {
        if (m_state != State::Running)
            return;
        double remainingS = length - segmentElapsedS();
        // A dispense the runner times is about its volume: it runs until the flow the pump took
        // has delivered it, counted from when the pump confirmed, so the commands' time on the
        // wire is not taken from the volume (the step overruns its plan by that much instead,
        // which the boundary figures take out like an operator wait). A constant flow keeps to
        // the clock, so pumps started together stay in step.
        if (kind == Step::Kind::Dispense && m_setFlow > 0 && volume > 0)
            remainingS = (volume - segmentDeliveredMl()) / m_setFlow * 60.0;
        const double remainingMs = std::max(0.0, remainingS * 1000.0 / m_scale);
        armBoundary(remainingMs);
        Q_EMIT progressChanged(progress());
    };
    if (s.kind == Step::Kind::Pause) {
        stopPump(arm);
        return;
    }
    if (m_metering[size_t(m_segment)] != Metering::Timed) {
        if (m_recount)
            recountFromPump([this] { startMetered(); });
        else
            startMetered();
        return;
    }
    m_lastRampSetMs = m_runMs;
    apply(rampSetpoint(done), s.direction, arm);
}

void ProfileRunner::endSegment()
{
    if (m_state != State::Running)
        return;
    if (m_meteredActive) {
        // The planned end of the pump's own run: it stops itself; ask until it has.
        m_awaitingFinish = true;
        pollMeteredFinish();
        return;
    }
    accumulate();
    if (const Segment &d = m_timeline.segments[size_t(m_segment)]; d.kind == Step::Kind::Dispense && d.volumeMl > 0) {
        const qint64 overMs = clampedMs((segmentElapsedS() - (d.endS - d.startS)) * 1000.0 / m_scale);
        if (overMs > 0) {
            m_waitedMs += overMs;
            m_meteredOverrunMs += overMs;
        }
    }
    const Segment &s = m_timeline.segments[size_t(m_segment)];
    Q_EMIT stepFinished(s.path, m_segment);
    beginSegment(m_segment + 1);
}

void ProfileRunner::tick()
{
    if (m_state != State::Running || m_segment < 0 || m_segment >= int(m_timeline.segments.size()))
        return;
    accumulate();
    const Segment &s = m_timeline.segments[size_t(m_segment)];
    if (s.kind == Step::Kind::Ramp && !m_commandInFlight && m_runMs - m_lastRampSetMs >= kRampStepMs) {
        m_lastRampSetMs = m_runMs;
        apply(rampSetpoint(segmentElapsedS()), s.direction, [] {});
    } else if (!m_commandInFlight && !m_watchInFlight && m_clock.elapsed() - m_lastWatch >= kWatchMs) {
        // A pulled cable or a pump that stopped on its own (stall, overload) shows here, not
        // only at the next setpoint change.
        m_lastWatch = m_clock.elapsed();
        QPointer<ProfileRunner> self(this);
        m_watchInFlight = true;
        const quint64 epoch = m_commandEpoch;
        m_driver.readStatus([this, self, epoch](Result<Device::PumpStatus> status) {
            if (!self)
                return;
            m_watchInFlight = false;
            // A status read takes several transactions on some protocols: if the runner sent a
            // command meanwhile (a start, a stop), this picture of the pump is older than that.
            if (epoch != m_commandEpoch)
                return;
            if (!status) {
                if (m_state == State::Running)
                    onDriverError(tr("watching the pump"), status.error());
                return;
            }
            if (m_state == State::Running && m_meteredActive && !status->running && status->alarm.isEmpty()
                && m_clock.elapsed() >= m_meteredDueMs - clampedMs(std::max(500.0, 0.05 * m_meteredRun.seconds * 1000.0 / m_scale))) {
                finishMetered();  // the pump's own run ended, a little before our clock said
                return;
            }
            if (m_state == State::Running && m_pumpRunning && !status->running) {
                interruptMetered();
                m_pumpRunning = false;
                m_boundary->stop();
                accumulate();
                setState(State::Paused, status->alarm.isEmpty() ? tr("The pump stopped by itself. The run is paused.")
                                                               : tr("The pump stopped: %1. The run is paused.").arg(status->alarm));
            }
        });
    }
    Q_EMIT progressChanged(progress());
}

template <typename T, typename Issue, typename Ok>
void ProfileRunner::send(const QString &what, Issue issue, Ok ok)
{
    QPointer<ProfileRunner> self(this);
    m_commandInFlight = true;
    ++m_commandEpoch;
    issue([this, self, what, ok = std::move(ok)](Result<T> r) mutable {
        if (!self)
            return;
        m_commandInFlight = false;
        if (!r) {
            onDriverError(what, r.error());
            return;
        }
        if constexpr (std::is_void_v<T>)
            ok();
        else
            ok(*r);
    });
}

void ProfileRunner::ensureDirection(Direction direction, const std::function<void()> &then)
{
    if (!m_driver.model().capabilities.direction || m_direction == direction) {
        then();
        return;
    }
    send<void>(tr("setting the direction"), [&](auto done) { m_driver.setDirection(toDevice(direction), done); },
               [this, direction, then] {
                   m_direction = direction;
                   then();
               });
}

void ProfileRunner::apply(double mlPerMin, Direction direction, const std::function<void()> &then)
{
    ensureDirection(direction, [this, mlPerMin, then] {
        if (mlPerMin <= 0) {
            stopPump(then);
            return;
        }
        send<double>(tr("setting the flow"), [&](auto done) { m_driver.setFlow(mlPerMin, done); }, [this, then](double set) {
            accumulate();
            noteSetpoint(set);
            if (m_pumpRunning) {
                then();
                return;
            }
            send<void>(tr("starting the pump"), [this](auto done) { m_driver.start(done); }, [this, then] {
                accumulate();
                m_pumpRunning = true;
                then();
            });
        });
    });
}

void ProfileRunner::startMetered()
{
    if (m_state != State::Running)
        return;
    const Segment &s = m_timeline.segments[size_t(m_segment)];
    const Metering metering = m_metering[size_t(m_segment)];
    const double length = s.endS - s.startS;
    const double flow = s.startMlPerMin;
    const double plannedMl = s.kind == Step::Kind::Dispense ? s.volumeMl : flow * length / 60.0;
    const double leftMl = plannedMl - segmentDeliveredMl();
    // What is left: the volume, or for a timed run the time (from the volume where the pump
    // counted it after a lost link, else from the run clock).
    double leftS = length - segmentElapsedS();
    if (m_counterBaseMl && flow > 0)
        leftS = std::min(leftS, leftMl / flow * 60.0);
    // Pumps hold 4 significant digits: a rest below that of the step was within its resolution.
    const bool nothingLeft = metering == Metering::PumpTime ? leftS < 0.05 : leftMl < std::max(kMinMeteredMl, 1e-3 * plannedMl);
    if (nothingLeft) {
        // Done already (the pump finished during a lost link): keep the plan's time.
        const double remainingMs = std::max(0.0, (length - segmentElapsedS()) * 1000.0 / m_scale);
        stopPump([this, remainingMs] {
            if (m_state == State::Running)
                armBoundary(remainingMs);
        });
        return;
    }
    const auto run = [this, metering, flow, leftMl, leftS] {
        send<Device::NativeRun>(
            tr("starting the pump's own run"),
            [&](auto done) {
                if (metering == Metering::PumpTime)
                    m_driver.runFor(leftS, flow, done);
                else
                    m_driver.dispense(leftMl, flow, done);
            },
            [this](const Device::NativeRun &r) { meteredStarted(r); });
    };
    ensureDirection(s.direction, [this, run] {
        // The pump's volume counter before its run, so a lost link can be accounted for.
        if (m_counterBaseMl || !m_driver.model().capabilities.reportsDispensedVolume) {
            run();
            return;
        }
        readCounter([this, run](std::optional<double> counter) {
            if (counter) {
                m_counterBaseMl = *counter;
                m_counterSegmentOffsetMl = segmentDeliveredMl();
            }
            if (m_state == State::Running)
                run();
        });
    });
}

void ProfileRunner::readCounter(const std::function<void(std::optional<double>)> &then)
{
    send<Device::PumpStatus>(tr("reading the pump's volume"), [this](auto done) { m_driver.readStatus(done); },
                             [this, then](const Device::PumpStatus &status) {
                                 accumulate();
                                 then(status.dispensedMl);
                             });
}

void ProfileRunner::meteredStarted(const Device::NativeRun &run)
{
    accumulate();
    if (m_state != State::Running) {
        // Paused or aborted while the commands were on their way: the pump must not go on.
        stopPump([] {});
        return;
    }
    m_pumpRunning = true;
    noteSetpoint(run.mlPerMin);
    m_meteredRun = run;
    m_meteredActive = true;
    m_awaitingFinish = false;
    m_meteredBaseMl = m_deliveredMl;
    const double dueMs = run.seconds * 1000.0 / m_scale;
    m_meteredDueMs = m_clock.elapsed() + clampedMs(dueMs);
    Logging::get("profiles")->info("step {}: the pump runs {} mL at {} mL/min for {} s by itself",
                                   m_timeline.segments[size_t(m_segment)].path, run.volumeMl, run.mlPerMin, run.seconds);
    armBoundary(dueMs);
    Q_EMIT progressChanged(progress());
}

void ProfileRunner::pollMeteredFinish()
{
    if (m_state != State::Running || !m_meteredActive)
        return;
    if (m_commandInFlight || m_watchInFlight) {
        m_finishPoll->start(kFinishPollMs);  // after what is on its way
        return;
    }
    QPointer<ProfileRunner> self(this);
    m_commandInFlight = true;
    ++m_commandEpoch;
    m_driver.isRunning([this, self](Result<bool> running) {
        if (!self)
            return;
        m_commandInFlight = false;
        if (m_state != State::Running || !m_meteredActive)
            return;
        if (!running) {
            onDriverError(tr("waiting for the pump to finish"), running.error());
            return;
        }
        if (!*running) {
            finishMetered();
            return;
        }
        // Still running well past its own end: something is wrong (a mode the pump did not
        // take, a panel change). Stop it rather than let it pump on.
        const qint64 lateMs = m_clock.elapsed() - m_meteredDueMs;
        const double graceMs = std::max(3000.0, 0.1 * m_meteredRun.seconds * 1000.0 / m_scale);
        if (lateMs > graceMs) {
            m_driver.stop([](Result<void>) {});
            finishRun(State::Failed, tr("The pump was still running %1 s after its own run should have ended; it was told to stop.")
                                         .arg(QLocale().toString(double(lateMs) / 1000.0, 'f', 1)));
            return;
        }
        if (m_awaitingFinish)
            m_finishPoll->start(kFinishPollMs);
    });
}

void ProfileRunner::finishMetered()
{
    accumulate();
    // The pump stopped itself: it delivered what it took, to its own resolution.
    m_deliveredMl = m_meteredBaseMl + m_meteredRun.volumeMl;
    m_meteredActive = false;
    m_awaitingFinish = false;
    m_pumpRunning = false;
    noteSetpoint(0);
    m_finishPoll->stop();
    m_boundary->stop();
    const Segment &s = m_timeline.segments[size_t(m_segment)];
    const double length = s.endS - s.startS;
    const double aheadMs = (length - segmentElapsedS()) * 1000.0 / m_scale;
    // A constant-flow step keeps its planned length even if the pump was quicker (it took the
    // time to its 0.1 s); the next step starts on the plan.
    if (s.kind == Step::Kind::ConstantFlow && aheadMs > 1.0) {
        armBoundary(aheadMs);
        return;
    }
    if (aheadMs < 0) {
        m_waitedMs += clampedMs(-aheadMs);
        m_meteredOverrunMs += clampedMs(-aheadMs);
    }
    Q_EMIT stepFinished(s.path, m_segment);
    beginSegment(m_segment + 1);
}

void ProfileRunner::recountFromPump(const std::function<void()> &then)
{
    m_recount = false;
    if (!m_counterBaseMl) {
        then();
        return;
    }
    readCounter([this, then](std::optional<double> counter) {
        if (counter && *counter >= *m_counterBaseMl) {
            // The pump may have gone on (or finished) while nobody could hear it. Its counter
            // has 4 significant digits: within that, the estimate from the set flow is finer.
            const double counted = m_counterSegmentOffsetMl + (*counter - *m_counterBaseMl);
            const double resolution = 1e-3 * std::abs(*counter) + 1e-6;
            Logging::get("profiles")->info("step {}: the pump counted {} mL in this step (estimated {} mL)",
                                           m_timeline.segments[size_t(m_segment)].path, counted, segmentDeliveredMl());
            if (std::abs(counted - segmentDeliveredMl()) > resolution)
                m_deliveredMl = m_segmentStartMl + counted;
        } else {
            m_counterBaseMl.reset();  // the counter was reset (power cycle): the estimate stands
        }
        if (m_state == State::Running)
            then();
    });
}

void ProfileRunner::stopPump(const std::function<void()> &then)
{
    send<void>(tr("stopping the pump"), [this](auto done) { m_driver.stop(done); }, [this, then] {
        accumulate();
        m_pumpRunning = false;
        noteSetpoint(0);
        then();
    });
}

void ProfileRunner::interruptMetered()
{
    m_meteredActive = false;
    m_awaitingFinish = false;
    m_finishPoll->stop();
}

void ProfileRunner::onDriverError(const QString &what, const Error &error)
{
    accumulate();
    m_commandInFlight = false;
    m_boundary->stop();
    interruptMetered();
    if (m_state == State::Aborted || m_state == State::Finished || m_state == State::Failed)
        return;
    if (error.code == Error::Code::Disconnected || error.code == Error::Code::Timeout) {
        if (m_state == State::LinkLost)
            return;
        enterLinkLost(tr("Link lost while %1 (%2). The run is paused: resume the step, skip it or abort once the pump is back.")
                          .arg(what, error.message));
        // The host checks that the same pump answers, stops it if it kept running, and calls
        // linkRestored().
        Q_EMIT pumpLost(error);
        return;
    }
    m_driver.stop([](Result<void>) {});
    finishRun(State::Failed, tr("The run stopped while %1: %2").arg(what, error.message));
}

void ProfileRunner::enterLinkLost(const QString &message)
{
    // Known state: we no longer know what the pump does; the device layer stops a pump that
    // kept running when it comes back, and the operator decides how to go on.
    m_pumpRunning = false;
    noteSetpoint(0);
    m_recount = true;
    setState(State::LinkLost, message);
}

void ProfileRunner::linkLost(const Error &why)
{
    if (!isActive() || m_state == State::LinkLost)
        return;
    accumulate();
    m_commandInFlight = false;
    m_boundary->stop();
    interruptMetered();
    enterLinkLost(tr("Link lost (%1). The run is paused: resume the step, skip it or abort once the pump is back.").arg(why.message));
}

bool ProfileRunner::isActive() const
{
    return m_state != State::Idle && m_state != State::Finished && m_state != State::Aborted && m_state != State::Failed;
}

void ProfileRunner::linkRestored(bool keptRunningAndStopped)
{
    if (m_state != State::LinkLost)
        return;
    accumulate();
    const Segment &s = m_timeline.segments[size_t(m_segment)];
    const QString back = keptRunningAndStopped
                             ? tr("The pump is back. It kept running while the link was lost and has been stopped.")
                             : tr("The pump is back and stopped.");
    const QString paused = tr("The run is paused in step %1 (%2): resume the step, skip it or abort.").arg(s.path, kindText(s.kind));
    //: Two sentences one after the other (Chinese joins them without a space).
    const QString message = tr("%1 %2").arg(back, paused);
    m_message = message;
    m_pumpBack = true;
    Q_EMIT stateChanged(m_state, m_message);
    Q_EMIT progressChanged(progress());
    Q_EMIT pumpReturned(m_message);
}

void ProfileRunner::pause()
{
    if (m_state != State::Running)
        return;
    accumulate();
    m_boundary->stop();
    interruptMetered();
    setState(State::Paused, tr("Paused by the operator."));
    stopPump([] {});
}

void ProfileRunner::resume()
{
    // After a lost link only the device layer's word that the same pump is back (and stopped)
    // lets the run go on.
    if (m_state != State::Paused && !(m_state == State::LinkLost && m_pumpBack))
        return;
    accumulate();
    const Segment &s = m_timeline.segments[size_t(m_segment)];
    if (s.waitsForOperator) {
        setState(State::WaitingForOperator, s.message);
        return;
    }
    m_direction.reset();  // after a lost link the pump may have forgotten it
    setState(State::Running);
    continueSegment();
}

void ProfileRunner::skipStep()
{
    if (m_state != State::Paused && !(m_state == State::LinkLost && m_pumpBack) && m_state != State::WaitingForOperator)
        return;
    accumulate();
    const Segment &s = m_timeline.segments[size_t(m_segment)];
    // The plan moves on as if the step had run: the time it would have taken counts as waited.
    m_waitedMs += clampedMs((s.endS - s.startS) * 1000.0 / m_scale) - (m_runMs - m_segmentStartRunMs);
    m_direction.reset();
    interruptMetered();
    setState(State::Running);
    Q_EMIT stepFinished(s.path, m_segment);
    beginSegment(m_segment + 1);
}

void ProfileRunner::confirm()
{
    if (m_state != State::WaitingForOperator)
        return;
    accumulate();
    m_waitedMs += m_runMs - m_segmentStartRunMs;
    setState(State::Running);
    endSegment();
}

void ProfileRunner::abort(const QString &reason)
{
    if (m_state == State::Idle || m_state == State::Finished || m_state == State::Aborted || m_state == State::Failed)
        return;
    accumulate();
    m_boundary->stop();
    interruptMetered();
    m_state = State::Aborted;
    ++m_commandEpoch;
    QPointer<ProfileRunner> self(this);
    m_driver.stop([this, self, reason](Result<void> r) {
        if (!self)
            return;
        m_pumpRunning = false;
        if (reason.isEmpty())
            finishRun(State::Aborted, r ? tr("Aborted; the pump is stopped.") : tr("Aborted; the pump did not confirm the stop: %1").arg(r.error().message));
        else
            //: %1 says why the run was aborted.
            finishRun(State::Aborted, r ? tr("Aborted: %1 The pump is stopped.").arg(reason)
                                        : tr("Aborted: %1 The pump did not confirm the stop: %2").arg(reason, r.error().message));
    });
}

void ProfileRunner::finishRun(State state, const QString &message)
{
    accumulate();
    m_boundary->stop();
    interruptMetered();
    m_ticker->stop();
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
    Q_EMIT progressChanged(progress());
    Q_EMIT finished(state, message);
    Q_EMIT ended();
}

} // namespace PumpStudio::Profiles
