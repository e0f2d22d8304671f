// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "calibration/calibrationrunner.h"

#include "core/gravimetry.h"
#include "core/logging.h"
#include "device/balancedriver.h"
#include "device/pumpdriver.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Calibration {

namespace {
constexpr int kStopPollMs = 200;
/// A pump in its own timed mode that still runs this long after its time is up has not
/// stopped itself: the replicate fails (and the pump is stopped).
constexpr double kStopGraceS = 30.0;
} // namespace

CalibrationRunner::CalibrationRunner(Device::PumpDriver &pump, Device::BalanceDriver *balance, CalibrationPlan plan, QObject *parent)
    : PumpJob(parent), m_pump(pump), m_balance(balance)
{
    m_result.plan = std::move(plan);
    m_timer = new QTimer(this);
    m_live = new QTimer(this);
    connect(m_live, &QTimer::timeout, this, &CalibrationRunner::pollLive);
}

CalibrationRunner::~CalibrationRunner()
{
    if (isActive()) {
        ++m_token;
        m_pump.stop([](Result<void>) {});
    }
}

QString CalibrationRunner::stateText(State state)
{
    switch (state) {
    case State::Idle: return tr("not started");
    case State::Preparing: return tr("preparing");
    case State::Blank: return tr("measuring the evaporation blank");
    case State::Taring: return tr("taring");
    case State::Pumping: return tr("pumping");
    case State::Settling: return tr("waiting for a stable reading");
    case State::WaitingForMass: return tr("waiting for the mass to be entered");
    case State::Finished: return tr("finished");
    case State::Aborted: return tr("aborted");
    case State::Failed: return tr("failed");
    }
    return {};
}

bool CalibrationRunner::isActive() const
{
    return m_state != State::Idle && m_state != State::Finished && m_state != State::Aborted && m_state != State::Failed;
}

CalibrationRunner::Progress CalibrationRunner::progress() const
{
    Progress p;
    p.state = m_state;
    p.point = m_point;
    p.points = static_cast<int>(m_result.plan.rpms.size());
    p.replicate = m_replicate;
    p.replicates = m_result.plan.replicates;
    p.asLeft = m_asLeft;
    p.done = static_cast<int>(m_result.replicates.size());
    p.total = p.points * p.replicates * (m_result.plan.verify ? 2 : 1);
    p.elapsedS = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0;
    double runLeft = 0;
    for (int k = p.done; k < p.total; ++k) {
        const int point = (k / std::max(1, p.replicates)) % std::max(1, p.points);
        runLeft += m_result.plan.secondsAt(m_result.plan.rpms[static_cast<std::size_t>(point)]);
    }
    double ranSoFar = 0;
    for (const Replicate &r : m_result.replicates)
        ranSoFar += r.seconds;
    const double overhead = p.done > 0 ? std::max(0.0, p.elapsedS - ranSoFar) / p.done : 5.0;
    p.remainingS = runLeft + overhead * (p.total - p.done);
    return p;
}

void CalibrationRunner::setState(State state, const QString &message)
{
    m_state = state;
    Q_EMIT stateChanged(state, message.isEmpty() ? stateText(state) : message);
    emitProgress();
}

void CalibrationRunner::emitProgress()
{
    Q_EMIT progressChanged(progress());
}

void CalibrationRunner::start(const QElapsedTimer &)
{
    start();
}

void CalibrationRunner::start()
{
    if (m_state != State::Idle)
        return;
    if (const QString problem = m_result.plan.problem(); !problem.isEmpty()) {
        m_state = State::Preparing;
        fail(makeError(Error::Code::InvalidArgument, problem));
        return;
    }
    if (!m_balance && !m_result.plan.manualMasses) {
        m_state = State::Preparing;
        fail(makeError(Error::Code::InvalidArgument, tr("No balance is connected: enter the masses by hand instead.")));
        return;
    }
    m_clock.start();
    m_result.startedUtc = QDateTime::currentDateTimeUtc();
    m_result.replicates.clear();
    setState(State::Preparing);
    prepare();
}

void CalibrationRunner::prepare()
{
    const quint64 token = m_token;
    auto afterPump = [this, token] {
        if (stale(token))
            return;
        if (m_result.plan.syringe) {
            prepareSyringe();
            return;
        }
        // The pump's own timed mode meters the run where it also tells which mL/rev it works
        // with (the revolutions are then known exactly); else the tool's clock meters it.
        if (!m_pump.hasNativeMode(Device::NativeMode::Time)) {
            m_result.metering = Metering::HostTime;
            afterPrepared();
            return;
        }
        m_pump.readOwnMlPerRev([this, token](Result<double> own) {
            if (stale(token))
                return;
            if (own && *own > 0) {
                m_ownMlPerRev = *own;
                m_result.metering = Metering::PumpTime;
            } else {
                m_result.metering = Metering::HostTime;
            }
            afterPrepared();
        });
    };
    auto afterBalance = [this, token, afterPump] {
        if (stale(token))
            return;
        // The balance weighs what the pump pushes forward.
        m_pump.setDirection(Device::Direction::Clockwise, [this, token, afterPump](Result<void> set) {
            if (stale(token))
                return;
            if (!set && set.error().code != Error::Code::Unsupported) {
                fail(set.error());
                return;
            }
            afterPump();
        });
    };
    if (!m_balance) {
        afterBalance();
        return;
    }
    m_balance->identify([this, token, afterBalance](Result<Device::BalanceIdentity> id) {
        if (stale(token))
            return;
        if (id)
            m_result.balance = *id;
        else if (id.error().code == Error::Code::Timeout || id.error().code == Error::Code::Disconnected || id.error().code == Error::Code::Io) {
            fail(id.error());
            return;
        }
        afterBalance();
    });
}

void CalibrationRunner::prepareSyringe()
{
    // The pump counts with the diameter it is set to: that is what is found, whatever was
    // planned, and what it is left with at the end.
    const quint64 token = m_token;
    m_pump.readSyringeDiameter([this, token](Result<double> mm) {
        if (stale(token))
            return;
        if (!mm) {
            fail(mm.error());
            return;
        }
        CalibrationPlan &plan = m_result.plan;
        m_syringeFoundMm = *mm;
        m_syringeSetMm = *mm;
        plan.syringe->setMm = *mm;
        const double ratio = *mm / plan.syringe->nominalMm;
        plan.asFound = Models::MlPerRevCurve{{{0.0, ratio * ratio}}, plan.asFound.certificate};
        m_result.metering = Metering::PumpVolume;
        afterPrepared();
    });
}

void CalibrationRunner::setSyringeDiameter(double mm, const std::function<void()> &then)
{
    const quint64 token = m_token;
    m_pump.writeSyringeDiameter(mm, [this, token, then](Result<double> set) {
        if (stale(token))
            return;
        if (!set) {
            fail(set.error());
            return;
        }
        m_syringeSetMm = *set;
        then();
    });
}

void CalibrationRunner::afterPrepared()
{
    m_point = 0;
    m_replicate = 0;
    m_asLeft = false;
    if (m_result.plan.evaporation == Evaporation::Blank && m_balance) {
        runBlank();
        return;
    }
    nextReplicate();
}

void CalibrationRunner::runBlank()
{
    setState(State::Blank);
    const quint64 token = m_token;
    m_balance->tare([this, token](Result<void> tared) {
        if (stale(token))
            return;
        if (!tared) {
            fail(tared.error());
            return;
        }
        readStable([this, token](double startG) {
            const double t0 = m_clock.elapsed() / 1000.0;
            m_timer->setSingleShot(true);
            m_timer->disconnect(this);
            connect(m_timer, &QTimer::timeout, this, [this, token, startG, t0] {
                if (stale(token))
                    return;
                readStable([this, startG, t0](double endG) {
                    const double dt = m_clock.elapsed() / 1000.0 - t0;
                    m_result.evaporationGPerS = dt > 0 ? (startG - endG) / dt : 0.0;
                    nextReplicate();
                });
            });
            m_timer->start(std::chrono::milliseconds(std::llround(m_result.plan.blankSeconds * 1000.0)));
        });
    });
}

void CalibrationRunner::nextReplicate()
{
    const CalibrationPlan &plan = m_result.plan;
    if (m_replicate >= plan.replicates) {
        m_replicate = 0;
        ++m_point;
    }
    if (m_point >= static_cast<int>(plan.rpms.size())) {
        if (!m_asLeft && plan.verify) {
            evaluate(m_result);
            m_asLeft = true;
            m_point = 0;
            m_replicate = 0;
            if (plan.syringe) {
                // Verified with the diameter found; the pump gets its old one back at the end.
                setSyringeDiameter(m_result.curve.syringeDiameterMm(plan.syringe->nominalMm), [this] { nextReplicate(); });
                return;
            }
        } else {
            finishAll();
            return;
        }
    }
    m_current = Replicate{};
    m_current.point = m_point;
    m_current.index = m_replicate;
    m_current.asLeft = m_asLeft;
    m_current.rpm = plan.rpms[static_cast<std::size_t>(m_point)];
    m_current.manual = plan.manualMasses;
    tare();
}

void CalibrationRunner::tare()
{
    setState(State::Taring);
    if (!m_balance) {
        readStart();
        return;
    }
    const quint64 token = m_token;
    m_balance->tare([this, token](Result<void> tared) {
        if (stale(token))
            return;
        if (!tared) {
            fail(tared.error());
            return;
        }
        readStart();
    });
}

void CalibrationRunner::readStart()
{
    m_readingStable = true;
    readStable([this](double grams) {
        m_current.startG = grams;
        m_startReadS = m_clock.elapsed() / 1000.0;
        runPump();
    });
}

void CalibrationRunner::readStable(const std::function<void(double)> &then)
{
    const quint64 token = m_token;
    if (!m_balance) {
        m_manualThen = then;
        setState(State::WaitingForMass);
        Q_EMIT massRequested(m_point, m_replicate, m_readingStable);
        return;
    }
    m_balance->readStable([this, token, then](Result<Device::BalanceReading> reading) {
        if (stale(token))
            return;
        if (!reading) {
            fail(reading.error());
            return;
        }
        Q_EMIT balanceReading(m_clock.elapsed() / 1000.0, reading->grams, true);
        then(reading->grams);
    });
}

void CalibrationRunner::enterMass(double grams)
{
    if (m_state != State::WaitingForMass || !m_manualThen || !std::isfinite(grams))
        return;
    auto then = std::move(m_manualThen);
    m_manualThen = {};
    then(grams);
}

void CalibrationRunner::runPump()
{
    setState(State::Pumping);
    const quint64 token = m_token;
    const double rpm = m_current.rpm;
    const double seconds = m_result.plan.secondsAt(rpm);
    m_pumpMayRun = true;
    m_readingStable = false;
    if (m_liveIntervalMs > 0 && m_balance)
        m_live->start(m_liveIntervalMs);
    if (m_result.plan.syringe) {
        const CalibrationPlan::Syringe syringe = *m_result.plan.syringe;
        m_pump.dispense(syringe.volumeMl, syringe.mlPerMin, [this, token](Result<Device::NativeRun> run) {
            if (stale(token))
                return;
            if (!run) {
                fail(run.error());
                return;
            }
            // The volume as the pump took it (4 digits), in mL at the nominal diameter.
            pumpStarted(run->seconds, m_result.plan.nominalMl(run->volumeMl, m_syringeSetMm));
            waitForStop();
        });
        return;
    }
    if (m_result.metering == Metering::PumpTime && m_ownMlPerRev) {
        const double own = *m_ownMlPerRev;
        m_pump.runFor(seconds, rpm * own, [this, token, own](Result<Device::NativeRun> run) {
            if (stale(token))
                return;
            if (!run) {
                fail(run.error());
                return;
            }
            // What the pump took (its flow to 4 digits, its time to 0.1 s) is what it runs.
            const double setRpm = run->mlPerMin / own;
            pumpStarted(run->seconds, setRpm * run->seconds / 60.0);
            m_current.rpm = setRpm;
            waitForStop();
        });
        return;
    }
    m_pump.setSpeed(rpm, [this, token, seconds](Result<double> set) {
        if (stale(token))
            return;
        if (!set) {
            fail(set.error());
            return;
        }
        m_current.rpm = *set;
        m_pump.start([this, token, seconds, setRpm = *set](Result<void> started) {
            if (stale(token))
                return;
            if (!started) {
                fail(started.error());
                return;
            }
            m_runClock.start();
            m_timer->setSingleShot(true);
            m_timer->disconnect(this);
            connect(m_timer, &QTimer::timeout, this, [this, token, setRpm] {
                if (stale(token))
                    return;
                m_pump.stop([this, token, setRpm](Result<void> stopped) {
                    if (stale(token))
                        return;
                    if (!stopped) {
                        fail(stopped.error());
                        return;
                    }
                    // From the start's answer to the stop's: the line's time on each end is
                    // about the same and cancels, the pump's acceleration does not.
                    const double ran = m_runClock.elapsed() / 1000.0;
                    m_pumpMayRun = false;
                    pumpStarted(ran, setRpm * ran / 60.0);
                    readEnd();
                });
            });
            m_timer->start(std::chrono::milliseconds(std::llround(seconds * 1000.0)));
        });
    });
}

void CalibrationRunner::pumpStarted(double seconds, double revolutions)
{
    m_current.seconds = seconds;
    m_current.revolutions = revolutions;
}

void CalibrationRunner::waitForStop()
{
    const quint64 token = m_token;
    m_runClock.start();
    m_timer->setSingleShot(false);
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, [this, token] {
        if (stale(token) || m_timer->property("asking").toBool())
            return;
        if (m_runClock.elapsed() / 1000.0 > m_current.seconds + kStopGraceS) {
            fail(makeError(Error::Code::Timeout, tr("The pump did not stop by itself %1 s after its run time.").arg(kStopGraceS)));
            return;
        }
        m_timer->setProperty("asking", true);
        m_pump.isRunning([this, token](Result<bool> running) {
            m_timer->setProperty("asking", false);
            if (stale(token))
                return;
            if (!running) {
                fail(running.error());
                return;
            }
            if (*running)
                return;
            m_timer->stop();
            m_pumpMayRun = false;
            readEnd();
        });
    });
    m_timer->start(kStopPollMs);
}

void CalibrationRunner::pollLive()
{
    if (!m_balance || m_liveInFlight || m_state != State::Pumping)
        return;
    m_liveInFlight = true;
    const quint64 token = m_token;
    m_balance->readImmediate([this, token](Result<Device::BalanceReading> reading) {
        m_liveInFlight = false;
        if (stale(token) || !reading)
            return;  // a live reading that fails is only a missing dot on the chart
        Q_EMIT balanceReading(m_clock.elapsed() / 1000.0, reading->grams, reading->stable);
    });
}

void CalibrationRunner::readEnd()
{
    m_live->stop();
    setState(State::Settling);
    const double settleFrom = m_clock.elapsed() / 1000.0;
    readStable([this, settleFrom](double grams) {
        m_settleSpentS += m_clock.elapsed() / 1000.0 - settleFrom;
        finishReplicate(grams);
    });
}

void CalibrationRunner::finishReplicate(double endG)
{
    Replicate &r = m_current;
    r.endG = endG;
    if (m_result.plan.evaporation == Evaporation::Blank)
        r.evaporationG = m_result.evaporationGPerS * (m_clock.elapsed() / 1000.0 - m_startReadS);
    r.massG = r.endG - r.startG + r.evaporationG;
    r.volumeMl = Gravimetry::volumeFromReading(r.massG, m_result.plan.liquidDensity());
    r.mlPerRev = r.revolutions > 0 ? r.volumeMl / r.revolutions : 0.0;
    r.timeUtc = QDateTime::currentDateTimeUtc();
    m_result.replicates.push_back(r);
    Q_EMIT replicateFinished(r);
    ++m_replicate;
    emitProgress();
    const quint64 token = m_token;
    QTimer::singleShot(0, this, [this, token] {
        if (!stale(token))
            nextReplicate();
    });
}

void CalibrationRunner::finishAll()
{
    if (m_syringeSetMm != m_syringeFoundMm) {
        // The pump is left as it was found: applying the new diameter is the caller's choice.
        setSyringeDiameter(m_syringeFoundMm, [this] { finishAll(); });
        return;
    }
    evaluate(m_result);
    m_result.finishedUtc = QDateTime::currentDateTimeUtc();
    setState(State::Finished);
    Q_EMIT finished(m_result);
    Q_EMIT ended();
}

void CalibrationRunner::fail(const Error &error)
{
    if (!isActive() && m_state != State::Preparing)
        return;
    ++m_token;
    m_timer->stop();
    m_live->stop();
    m_pumpMayRun = false;
    Logging::get("calibration")->warn("calibration ended early: {}", error.message);
    setState(error.code == Error::Code::Cancelled ? State::Aborted : State::Failed, error.message);
    // Whatever it was doing, the pump is told to stop now (harmless when it already has); the
    // end is said once the stop has been answered, so a host that closes the line then does
    // not cut the stop off.
    QPointer<CalibrationRunner> self(this);
    const std::optional<double> restore = m_syringeSetMm != m_syringeFoundMm ? std::optional<double>(m_syringeFoundMm) : std::nullopt;
    Device::PumpDriver *pump = &m_pump;  // its callbacks die with it
    m_pump.stop([self, pump, error, restore](Result<void> stopped) {
        if (!self)
            return;
        Error said = error;
        if (!stopped)
            said.message += u' ' + tr("The pump did not confirm the stop: %1").arg(stopped.error().message);
        const auto end = [self, said] {
            if (!self)
                return;
            Q_EMIT self->failed(said);
            Q_EMIT self->ended();
        };
        if (!restore || !stopped) {
            end();
            return;
        }
        // Stopped, it takes its syringe diameter back (the verification had set another).
        pump->writeSyringeDiameter(*restore, [end, restore](Result<double> back) {
            if (!back)
                Logging::get("calibration")->warn("the syringe diameter {} mm could not be set back: {}", *restore, back.error().message);
            end();
        });
    });
}

void CalibrationRunner::abort(const QString &reason)
{
    if (!isActive())
        return;
    fail(makeError(Error::Code::Cancelled, reason.isEmpty() ? tr("Aborted by the operator.") : reason));
}

void CalibrationRunner::linkLost(const Error &why)
{
    fail(makeError(why.code, tr("The pump's link was lost during the calibration: %1").arg(why.message)));
}

void CalibrationRunner::linkRestored(bool)
{
}

} // namespace PumpStudio::Calibration
