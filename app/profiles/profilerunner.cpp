// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profiles/profilerunner.h"

#include "core/logging.h"
#include "device/pumpdriver.h"
#include "models/limits.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Profiles {

namespace {
constexpr int kTickMs = 50;
constexpr qint64 kRampStepMs = 500;  // a ramp's setpoint follows the plan every half second
constexpr qint64 kWatchMs = 1000;    // the pump is asked how it is once a second while running

Device::Direction toDevice(Direction d)
{
    return d == Direction::Forward ? Device::Direction::Clockwise : Device::Direction::CounterClockwise;
}
} // namespace

ProfileRunner::ProfileRunner(Device::PumpDriver &driver, Profile profile, QObject *parent)
    : QObject(parent), m_driver(driver), m_profile(std::move(profile)), m_timeline(timeline(m_profile)),
      m_totals(totals(m_profile))
{
    qRegisterMetaType<PumpStudio::Profiles::ProfileRunner::Progress>();
    m_boundary = new QTimer(this);
    m_boundary->setSingleShot(true);
    m_boundary->setTimerType(Qt::PreciseTimer);
    connect(m_boundary, &QTimer::timeout, this, &ProfileRunner::endSegment);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(kTickMs);
    m_ticker->setTimerType(Qt::PreciseTimer);
    connect(m_ticker, &QTimer::timeout, this, &ProfileRunner::tick);
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
    p.plannedMl = m_totals.volumeMl;
    p.message = m_message;
    p.pumpBack = m_state == State::LinkLost && m_pumpBack;
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
        return;
    }
    if (m_timeline.truncated || m_timeline.segments.empty()) {
        m_state = State::Failed;
        Q_EMIT finished(m_state, tr("The profile has no steps to run."));
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
    const auto arm = [this, length = s.endS - s.startS] {
        if (m_state != State::Running)
            return;
        const double remainingMs = std::max(0.0, (length - segmentElapsedS()) * 1000.0 / m_scale);
        m_boundary->start(int(std::llround(remainingMs)));
        Q_EMIT progressChanged(progress());
    };
    if (s.kind == Step::Kind::Pause) {
        stopPump(arm);
        return;
    }
    m_lastRampSetMs = m_runMs;
    apply(flowAt(done), s.direction, arm);
}

void ProfileRunner::endSegment()
{
    if (m_state != State::Running)
        return;
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
        apply(flowAt(segmentElapsedS()), s.direction, [] {});
    } else if (!m_commandInFlight && m_clock.elapsed() - m_lastWatch >= kWatchMs) {
        // A pulled cable or a pump that stopped on its own (stall, overload) shows here, not
        // only at the next setpoint change.
        m_lastWatch = m_clock.elapsed();
        QPointer<ProfileRunner> self(this);
        m_commandInFlight = true;
        m_driver.readStatus([this, self](Result<Device::PumpStatus> status) {
            if (!self)
                return;
            m_commandInFlight = false;
            if (!status) {
                if (m_state == State::Running)
                    onDriverError(tr("watching the pump"), status.error());
                return;
            }
            if (m_state == State::Running && m_pumpRunning && !status->running) {
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

void ProfileRunner::apply(double mlPerMin, Direction direction, const std::function<void()> &then)
{
    QPointer<ProfileRunner> self(this);
    m_commandInFlight = true;
    const auto afterDirection = [this, self, mlPerMin, then] {
        if (mlPerMin <= 0) {
            stopPump(then);
            return;
        }
        m_driver.setFlow(mlPerMin, [this, self, then](Result<double> set) {
            if (!self)
                return;
            if (!set) {
                onDriverError(tr("setting the flow"), set.error());
                return;
            }
            accumulate();
            m_setFlow = *set;
            if (m_pumpRunning) {
                m_commandInFlight = false;
                then();
                return;
            }
            m_driver.start([this, self, then](Result<void> started) {
                if (!self)
                    return;
                if (!started) {
                    onDriverError(tr("starting the pump"), started.error());
                    return;
                }
                accumulate();
                m_pumpRunning = true;
                m_commandInFlight = false;
                then();
            });
        });
    };
    if (m_driver.model().capabilities.direction && m_direction != direction) {
        m_driver.setDirection(toDevice(direction), [this, self, direction, afterDirection](Result<void> r) {
            if (!self)
                return;
            if (!r) {
                onDriverError(tr("setting the direction"), r.error());
                return;
            }
            m_direction = direction;
            afterDirection();
        });
        return;
    }
    afterDirection();
}

void ProfileRunner::stopPump(const std::function<void()> &then)
{
    QPointer<ProfileRunner> self(this);
    m_commandInFlight = true;
    m_driver.stop([this, self, then](Result<void> r) {
        if (!self)
            return;
        accumulate();
        m_commandInFlight = false;
        if (!r) {
            onDriverError(tr("stopping the pump"), r.error());
            return;
        }
        m_pumpRunning = false;
        m_setFlow = 0;
        then();
    });
}

void ProfileRunner::onDriverError(const QString &what, const Error &error)
{
    accumulate();
    m_commandInFlight = false;
    m_boundary->stop();
    if (m_state == State::Aborted || m_state == State::Finished || m_state == State::Failed)
        return;
    if (error.code == Error::Code::Disconnected || error.code == Error::Code::Timeout) {
        // Known state: we no longer know what the pump does; the device layer stops a pump that
        // kept running when it comes back, and the operator decides how to go on.
        m_pumpRunning = false;
        m_setFlow = 0;
        setState(State::LinkLost, tr("Link lost while %1 (%2). The run is paused: resume the step, skip it or abort once the pump is back.")
                                      .arg(what, error.message));
        return;
    }
    m_driver.stop([](Result<void>) {});
    finishRun(State::Failed, tr("The run stopped while %1: %2").arg(what, error.message));
}

void ProfileRunner::linkRestored(bool keptRunningAndStopped)
{
    if (m_state != State::LinkLost)
        return;
    accumulate();
    const Segment &s = m_timeline.segments[size_t(m_segment)];
    QString message = keptRunningAndStopped
                          ? tr("The pump is back. It kept running while the link was lost and has been stopped.")
                          : tr("The pump is back and stopped.");
    message += u' ' + tr("The run is paused in step %1 (%2): resume the step, skip it or abort.").arg(s.path, kindText(s.kind));
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
    setState(State::Paused, tr("Paused by the operator."));
    stopPump([] {});
}

void ProfileRunner::resume()
{
    if (m_state != State::Paused && m_state != State::LinkLost)
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
    if (m_state != State::Paused && m_state != State::LinkLost && m_state != State::WaitingForOperator)
        return;
    accumulate();
    const Segment &s = m_timeline.segments[size_t(m_segment)];
    // The plan moves on as if the step had run: the time it would have taken counts as waited.
    m_waitedMs += qint64((s.endS - s.startS) * 1000.0 / m_scale) - (m_runMs - m_segmentStartRunMs);
    m_direction.reset();
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

void ProfileRunner::abort()
{
    if (m_state == State::Idle || m_state == State::Finished || m_state == State::Aborted || m_state == State::Failed)
        return;
    accumulate();
    m_boundary->stop();
    m_state = State::Aborted;
    QPointer<ProfileRunner> self(this);
    m_driver.stop([this, self](Result<void> r) {
        if (!self)
            return;
        m_pumpRunning = false;
        finishRun(State::Aborted, r ? tr("Aborted; the pump is stopped.") : tr("Aborted; the pump did not confirm the stop: %1").arg(r.error().message));
    });
}

void ProfileRunner::finishRun(State state, const QString &message)
{
    accumulate();
    m_boundary->stop();
    m_ticker->stop();
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
    Q_EMIT progressChanged(progress());
    Q_EMIT finished(state, message);
}

} // namespace PumpStudio::Profiles
