// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/pumpsession.h"

#include "core/logging.h"
#include "device/link.h"
#include "device/pumpdriver.h"
#include "models/limits.h"
#include "models/pumpmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Device {

namespace {
using Clock = std::chrono::steady_clock;
// While a job waits for its pump, the identity query (harmless) is repeated this often.
constexpr auto kRecheckInterval = 1s;
// How often a pump is asked who it is when it connects before the connection is given up.
constexpr int kIdentifyAttempts = 3;
// Commands that may wait for a pump's first identity check.
constexpr qsizetype kMaxPending = 32;

qint64 toNs(Clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

Error notReady(const QString &name)
{
    return makeError(Error::Code::Disconnected,
                     QCoreApplication::translate("PumpSession", "%1 has not been identified on its link yet; nothing was sent.").arg(name));
}
} // namespace

PumpSession::PumpSession(PumpConfig config, const Models::PumpModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_recheck(new QTimer(this))
{
    m_snap.config = std::move(config);
    if (!m_model)
        m_snap.lastError = makeError(Error::Code::InvalidArgument, tr("Unknown pump model \"%1\".").arg(m_snap.config.modelId));
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(kRecheckInterval);
    connect(m_recheck, &QTimer::timeout, this, [this] { identify(true); });
}

PumpSession::~PumpSession()
{
    // The job drives the driver: it goes first.
    m_job.reset();
    m_driver.reset();
}

void PumpSession::refreshCalibration()
{
    if (!m_driver || !m_snap.identity || isSensor())
        return;
    std::optional<Models::MlPerRevCurve> curve;
    if (m_calibrationLookup)
        curve = m_calibrationLookup(m_snap.config, *m_snap.identity);
    if (curve && !curve->isValid())
        curve.reset();
    applySyringeDiameter(curve);
    if (curve == m_snap.calibration)
        return;
    m_snap.calibration = curve;
    if (curve) {
        m_driver->setCurve(curve);
        Logging::get("device")->info("{}: flows follow calibration {}", m_snap.config.id, curve->certificate);
    } else {
        m_driver->setCurve(std::nullopt);
        m_driver->setMlPerRev(effectiveMlPerRev(m_snap.config, *m_model));
    }
    publish();
}

void PumpSession::applySyringeDiameter(const std::optional<Models::MlPerRevCurve> &curve)
{
    if (m_model->kind != Models::Kind::Syringe)
        return;
    const Models::SyringeOption *syringe = m_model->syringeOrDefault(m_snap.config.tubingId);
    std::optional<double> mm;
    if (syringe)
        mm = curve ? curve->syringeDiameterMm(syringe->innerDiameterMm) : syringe->innerDiameterMm;
    if (mm == m_driver->syringeDiameter())
        return;
    m_driver->setSyringeDiameter(mm);
    if (!mm || !m_identified)
        return;  // prepare() sets it once the pump is known
    // A check applied while connected: the pump works with the new diameter from now on.
    m_driver->writeSyringeDiameter(*mm, [this](Result<double> set) {
        if (!set)
            fail(makeError(set.error().code, tr("%1: the syringe diameter could not be set: %2").arg(m_snap.config.displayName(), set.error().message)));
        else
            Logging::get("device")->info("{}: syringe diameter set to {} mm", m_snap.config.id, *set);
    });
}

bool PumpSession::isSensor() const
{
    return m_model && m_model->kind == Models::Kind::PressureSensor;
}

bool PumpSession::ready() const
{
    return m_driver && m_identified && !m_lost && m_snap.link == LinkState::Connected;
}

void PumpSession::attach(std::unique_ptr<PumpDriver> driver, Link &link)
{
    m_driver = std::move(driver);
    m_link = &link;
    m_driver->setMlPerRev(effectiveMlPerRev(m_snap.config, *m_model));
    m_driver->setGateOpen(false);  // nothing but the identity query until the pump said who it is
    connect(m_driver.get(), &PumpDriver::eventReceived, this, &PumpSession::eventReceived);
    m_snap.link = link.state();
    m_snap.linkReason = link.lastError();
    m_lost = false;
    identify(false);
}

void PumpSession::detach(LinkState state, std::optional<Error> why)
{
    m_recheck->stop();
    failPending(why.value_or(makeError(Error::Code::Disconnected, tr("The pump was disconnected; nothing was sent."))));
    if (m_job) {
        if (m_job->isActive())
            m_job->abort(tr("The pump was disconnected."));  // its stop is queued ahead of the close
        endJob();
    }
    // Called from inside the driver's own callbacks too (a different pump answered): the driver
    // is destroyed once control has left it.
    if (m_driver) {
        m_driver->disconnect(this);
        m_driver.release()->deleteLater();
    }
    m_link = nullptr;
    m_identified = false;
    m_lost = false;
    m_pollInFlight = false;
    m_snap.link = state;
    m_snap.status.reset();
    if (why)
        fail(*why);
    else
        publish();
}

void PumpSession::disconnectSafely(const std::function<void()> &done)
{
    if (!m_driver) {
        done();
        return;
    }
    stopForShutdown([this, done](std::optional<Result<void>> stopped) {
        if (stopped && !*stopped)
            Logging::get("device")->warn("{} did not confirm the stop before disconnecting: {}", m_snap.config.displayName(),
                                         stopped->error().message);
        detach(LinkState::Closed, std::nullopt);
        done();
    });
}

void PumpSession::identify(bool afterLoss)
{
    if (!m_driver || !m_link || m_link->state() != LinkState::Connected)
        return;  // onReconnected() brings us back
    m_identified = false;
    m_driver->identify([this, afterLoss](Result<PumpIdentity> result) {
        if (!result) {
            const Error why = makeError(result.error().code, tr("%1 did not identify itself: %2").arg(m_snap.config.displayName(), result.error().message));
            // A pump just switched on, or a reply garbled on the line, gets asked again a few
            // times before the connection is given up (commands wait meanwhile).
            if (!m_lost && ++m_identifyAttempts < kIdentifyAttempts) {
                Logging::get("device")->info("{}; asking again", why.message);
                QTimer::singleShot(kRecheckInterval, this, [this] { identify(false); });
                return;
            }
            failPending(why);
            fail(why);
            if (m_lost)
                scheduleRecheck();
            return;
        }
        m_identifyAttempts = 0;
        afterIdentified(*result, afterLoss);
    });
}

void PumpSession::afterIdentified(const PumpIdentity &reported, bool afterLoss)
{
    PumpIdentity identity = reported;
    if (m_link)
        identity.portSerialNumber = m_link->usbSerialNumber();
    const auto &bound = m_snap.config.boundIdentity;
    if (bound && !bound->samePumpAs(identity)) {
        const QString message = tr("A different pump answered on %1: expected %2, found %3. Nothing is sent to it.")
                                    .arg(m_snap.config.serial.portName, bound->summary(), identity.summary());
        const bool saidBefore = m_snap.lastError && m_snap.lastError->message == message;
        if (!saidBefore) {
            Logging::get("device")->error("{}", message);
            Q_EMIT differentPump(message);
        }
        if (m_job && m_job->isActive()) {
            // The job waits for its own pump; keep asking (an identity query changes nothing).
            m_lost = true;
            if (!saidBefore)
                fail(makeError(Error::Code::WrongDevice, message));
            scheduleRecheck();
            return;
        }
        detach(LinkState::Closed, makeError(Error::Code::WrongDevice, message));
        return;
    }
    if (!bound)
        m_snap.config.boundIdentity = identity;
    m_snap.identity = identity;
    refreshCalibration();
    m_driver->setGateOpen(true);
    // Known to be the right pump: what it needs for control goes out now, and only now.
    m_driver->prepare([this, afterLoss](Result<void> prepared) {
        if (!prepared) {
            const Error why = makeError(prepared.error().code,
                                        tr("%1 could not be prepared for control: %2").arg(m_snap.config.displayName(), prepared.error().message));
            failPending(why);
            fail(why);
            if (m_lost)
                scheduleRecheck();
            return;
        }
        m_identified = true;
        m_snap.lastError.reset();
        if (!afterLoss && !m_lost) {
            publish();
            const QList<PumpCommand> pending = std::exchange(m_pending, {});
            for (const PumpCommand &command : pending)
                execute(command);
            return;
        }
        checkStateAfterLoss();
    });
}

void PumpSession::checkStateAfterLoss()
{
    // After a lost link the pump's state is unknown to the operator: read it, and if it kept
    // running, stop it and say so. Nothing resumes by itself: a job waits for the operator.
    m_driver->readStatus([this](Result<PumpStatus> status) {
        if (!status) {
            fail(status.error());
            scheduleRecheck();
            return;
        }
        m_snap.status = *status;
        if (!status->running) {
            m_lost = false;
            publish();
            if (m_job && m_job->isActive())
                m_job->linkRestored(false);
            return;
        }
        ++m_commandEpoch;
        m_driver->stop([this](Result<void> stopped) {
            if (!stopped) {
                fail(makeError(stopped.error().code, tr("%1 kept running while the link was lost and could not be stopped: %2")
                                                         .arg(m_snap.config.displayName(), stopped.error().message)));
                scheduleRecheck();
                return;
            }
            m_lost = false;
            if (m_snap.status)
                m_snap.status->running = false;
            m_snap.lastError = makeError(Error::Code::Interrupted, tr("%1 kept running while the link was lost; it has been stopped.")
                                                                   .arg(m_snap.config.displayName()));
            Logging::get("device")->warn("{}", m_snap.lastError->message);
            publish();
            if (m_job && m_job->isActive())
                m_job->linkRestored(true);
        });
    });
}

void PumpSession::scheduleRecheck()
{
    if (m_lost && m_job && m_job->isActive() && m_link && m_link->state() == LinkState::Connected)
        m_recheck->start();
}

void PumpSession::onPumpLost(const Error &why)
{
    if (m_lost)
        return;
    Logging::get("device")->warn("{} stopped answering its job ({}); checking that it is the same pump", m_snap.config.displayName(),
                                 why.message);
    m_lost = true;
    m_identified = false;
    m_driver->setGateOpen(false);
    fail(why);
    identify(true);
}

void PumpSession::onLinkState(LinkState state, const QString &reason)
{
    m_snap.link = state;
    m_snap.linkReason = reason;
    if (state == LinkState::Reconnecting) {
        m_identified = false;
        if (m_driver)
            m_driver->setGateOpen(false);
        m_pollInFlight = false;
        m_recheck->stop();
        failPending(makeError(Error::Code::Disconnected, tr("Link lost: %1.").arg(reason)));
        const bool wasLost = m_lost;
        m_lost = true;
        m_snap.lastError = makeError(Error::Code::Disconnected,
                                     tr("Link lost: %1. Waiting for the same pump to come back.").arg(reason));
        if (!wasLost && m_job && m_job->isActive())
            m_job->linkLost(*m_snap.lastError);
    }
    publish();
}

void PumpSession::onReconnected()
{
    if (m_driver)
        identify(true);
}

void PumpSession::setPollInterval(int milliseconds)
{
    m_snap.config.pollIntervalMs = std::clamp(milliseconds, kMinPollIntervalMs, kMaxPollIntervalMs);
    m_nextPoll = {};
    publish();
}

bool PumpSession::pollIfDue(Clock::time_point now)
{
    if (!ready() || m_pollInFlight || now < m_nextPoll)
        return false;
    // Scheduled from the due time, not from now, so the rate holds on average; a pump that fell
    // behind (slow link) starts afresh instead of firing a burst.
    const auto interval = std::chrono::milliseconds(m_snap.config.pollIntervalMs);
    m_nextPoll = (m_nextPoll + interval > now) ? m_nextPoll + interval : now + interval;
    m_pollInFlight = true;
    const LinkStats before = m_link->stats();
    const quint64 epoch = m_commandEpoch;
    m_driver->readStatus([this, before, epoch](Result<PumpStatus> status) {
        m_pollInFlight = false;
        // A read that began before a start or stop may describe the pump before it: drop it.
        if (status && epoch != m_commandEpoch)
            return;
        onStatus(std::move(status), before);
    });
    return true;
}

void PumpSession::onStatus(Result<PumpStatus> status, const LinkStats &before)
{
    const auto arrived = Clock::now();
    if (status && m_link && m_model) {
        // What one status read costs on this line, from its bytes and transactions. On a shared
        // line other devices' traffic may fall inside: the limit errs low then.
        const LinkStats after = m_link->stats();
        const auto bytes = qsizetype((after.bytesSent - before.bytesSent) + (after.bytesReceived - before.bytesReceived));
        const auto transactions = std::max<quint64>(1, after.transactionsOk - before.transactionsOk);
        const SerialSettings &line = m_snap.config.serial;
        const auto perRead = line.frameTime(bytes)
            + std::chrono::microseconds(qint64(transactions) * (qint64(m_model->deviceTimeMs) * 1000 + line.interFrameGap().count()));
        if (perRead.count() > 0)
            m_snap.linkLimitHz = 1e6 / double(perRead.count());
    }
    bool changed = false;
    if (status) {
        PumpStatus value = *status;
        const bool stateChanged = !m_snap.status || m_snap.status->running != value.running || m_snap.status->alarm != value.alarm;
        m_replies.push_back(arrived);
        while (!m_replies.empty() && arrived - m_replies.front() > 3s)
            m_replies.pop_front();
        const auto span = m_replies.size() > 1 ? arrived - m_replies.front() : Clock::duration{};
        m_snap.sampleRateHz = span.count() > 0 ? double(m_replies.size() - 1) / std::chrono::duration<double>(span).count() : 0;
        // Limits first: an interlock's stop is on the line before anyone else hears the reply.
        evaluate(toNs(arrived), value);
        m_snap.status = value;
        Q_EMIT sampled(toNs(arrived), value);
        changed = stateChanged;
    } else if (status.error().code != Error::Code::Disconnected) {
        m_snap.lastError = status.error();
        changed = true;
    }
    // Snapshots feed tables and labels: a few per second are plenty even at 100 Hz.
    if (changed || arrived - m_lastPublish >= 250ms)
        publish();
}

void PumpSession::evaluate(qint64 monotonicNs, PumpStatus &status)
{
    // Flow: the pump's own where it reports it, else speed x mL/rev; a stopped pump moves nothing.
    if (!isSensor() && m_model) {
        if (!status.flowMlPerMin) {
            const double rpm = status.actualSpeedRpm.value_or(status.running ? status.setSpeedRpm.value_or(0) : 0);
            status.flowMlPerMin = m_driver ? m_driver->flowAtRpm(status.running ? rpm : 0)
                                           : Models::flowFromRpm(status.running ? rpm : 0, effectiveMlPerRev(m_snap.config, *m_model));
        }
        if (!status.running)
            status.flowMlPerMin = 0.0;
    }
    if (!m_alarms)
        return;
    const std::optional<double> value = isSensor() ? status.pressure : status.flowMlPerMin;
    if (!value)
        return;
    if (!isSensor()) {
        if (!status.running)
            m_alarms->setSetpoint(std::nullopt);
        else if (!m_alarms->setpoint() && m_setpointFlow)
            m_alarms->setSetpoint(m_setpointFlow);
    }
    const AlarmChannel channel = isSensor() ? AlarmChannel::Pressure : AlarmChannel::Flow;
    for (const AlarmTransition &t : m_alarms->feed(monotonicNs / 1000, *value)) {
        if (t.raised && t.action == AlarmAction::StopPumps) {
            Logging::get("device")->warn("interlock: {}", t.message);
            Q_EMIT interlockTripped(t.message);
        }
        Q_EMIT alarmTransition(channel, t);
    }
}

void PumpSession::setAlarmConfig(const std::optional<AlarmConfig> &config)
{
    m_alarms = config ? std::make_unique<AlarmEvaluator>(*config) : nullptr;
    if (m_alarms && !isSensor())
        m_alarms->setSetpoint(m_setpointFlow);
}

void PumpSession::noteSetpoint(std::optional<double> mlPerMin)
{
    m_setpointFlow = mlPerMin;
    if (m_alarms && !isSensor())
        m_alarms->setSetpoint(mlPerMin);
}

void PumpSession::execute(const PumpCommand &command)
{
    if (!m_driver) {
        Q_EMIT commandFinished(command, makeError(Error::Code::Disconnected, tr("The pump is not connected; nothing was sent.")));
        return;
    }
    if (!ready()) {
        if (!m_lost && !m_identified && m_link && m_link->state() == LinkState::Connected && m_pending.size() < kMaxPending) {
            m_pending.append(command);
            return;
        }
        Q_EMIT commandFinished(command, notReady(m_snap.config.displayName()));
        return;
    }
    if (command.kind == PumpCommand::Kind::Flow)
        noteSetpoint(command.value);
    else if (command.kind == PumpCommand::Kind::Speed && m_model)
        noteSetpoint(Models::flowFromRpm(command.value, effectiveMlPerRev(m_snap.config, *m_model)));
    if (command.startsPump() || command.kind == PumpCommand::Kind::Stop)
        ++m_commandEpoch;
    if (command.startsPump() && !m_snap.startedByProgram) {
        m_snap.startedByProgram = true;
        publish();
    }
    const auto report = [this, command](const auto &result) {
        if (!result.ok()) {
            m_snap.lastError = result.error();
            publish();
            Q_EMIT commandFinished(command, result.error());
        } else {
            Q_EMIT commandFinished(command, Result<void>());
        }
    };
    switch (command.kind) {
    case PumpCommand::Kind::Start: m_driver->start(report); break;
    case PumpCommand::Kind::Stop: m_driver->stop(report); break;
    case PumpCommand::Kind::Direction: m_driver->setDirection(command.direction, report); break;
    case PumpCommand::Kind::Speed: m_driver->setSpeed(command.value, report); break;
    case PumpCommand::Kind::Flow: m_driver->setFlow(command.value, report); break;
    case PumpCommand::Kind::Dispense: m_driver->dispense(command.value, command.rate, report); break;
    }
}

std::optional<Error> PumpSession::jobBlocker() const
{
    if (!m_driver || !ready())
        return makeError(Error::Code::Disconnected, tr("The pump is not connected; the profile did not start."));
    if (jobActive())
        return makeError(Error::Code::Refused, tr("A profile is already running on this pump."));
    return std::nullopt;
}

Result<void> PumpSession::hostJob(const JobFactory &factory, const QElapsedTimer &clock)
{
    if (auto why = jobBlocker())
        return *why;
    endJob();
    m_job = factory(*m_driver);
    if (!m_job)
        return makeError(Error::Code::InvalidArgument, tr("No job was made for %1.").arg(m_snap.config.displayName()));
    connect(m_job.get(), &PumpJob::pumpLost, this, &PumpSession::onPumpLost);
    connect(m_job.get(), &PumpJob::setpointChanged, this, [this](double mlPerMin) { noteSetpoint(mlPerMin); });
    // Queued: the job may say it ended from inside its own call stack.
    connect(m_job.get(), &PumpJob::ended, this, [this] {
        m_snap.jobActive = false;
        publish();
        Q_EMIT jobEnded();
    }, Qt::QueuedConnection);
    ++m_commandEpoch;
    m_snap.startedByProgram = true;
    // Started first, then published: publish() asks the job whether it is active, and a job
    // is not before it starts (the snapshot said no job until the next status read, which can
    // be a second away while the job's first commands hold the line).
    m_job->start(clock);
    publish();
    return {};
}

void PumpSession::endJob()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    // A job is destroyed on this thread once it has returned from whatever it was doing.
    m_job.release()->deleteLater();
    m_snap.jobActive = false;
}

void PumpSession::interlockStop(const QString &why)
{
    if (isSensor() || !m_driver)
        return;
    Logging::get("device")->warn("stopping {} because: {}", m_snap.config.displayName(), why);
    ++m_commandEpoch;
    if (jobActive()) {
        m_job->abort(why);
        return;
    }
    // Sent even before the pump is identified again: a stop is what any pump should get now.
    m_driver->stop([this, why](Result<void> stopped) {
        if (!stopped)
            fail(makeError(stopped.error().code, tr("%1 could not be stopped (%2): %3")
                                                     .arg(m_snap.config.displayName(), why, stopped.error().message)));
        Q_EMIT commandFinished(PumpCommand::stop(), stopped);
    });
}

void PumpSession::stopForShutdown(const std::function<void(std::optional<Result<void>>)> &done)
{
    const bool mustStop = m_snap.startedByProgram || jobActive();
    if (jobActive())
        m_job->abort(tr("The pump was stopped because it is being disconnected or the program is closing."));
    if (!mustStop || !m_driver || isSensor()) {
        done(std::nullopt);
        return;
    }
    ++m_commandEpoch;
    m_driver->stop([this, done](Result<void> stopped) {
        if (stopped) {
            m_snap.startedByProgram = false;
            if (m_snap.status)
                m_snap.status->running = false;
        }
        done(stopped);
    });
}

void PumpSession::failPending(const Error &error)
{
    const QList<PumpCommand> pending = std::exchange(m_pending, {});
    for (const PumpCommand &command : pending)
        Q_EMIT commandFinished(command, error);
}

void PumpSession::fail(const Error &error)
{
    m_snap.lastError = error;
    Logging::get("device")->warn("{}: {}", m_snap.config.displayName(), error.message);
    publish();
}

void PumpSession::publish()
{
    if (m_link)
        m_snap.stats = m_link->stats();
    m_snap.jobActive = jobActive();
    m_lastPublish = Clock::now();
    Q_EMIT changed(m_snap);
}

} // namespace PumpStudio::Device
