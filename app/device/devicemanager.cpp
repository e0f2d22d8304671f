// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/devicemanager.h"

#include "core/logging.h"
#include "device/driverfactory.h"
#include "device/link.h"
#include "device/pumpdriver.h"
#include "models/modelregistry.h"

#include <QElapsedTimer>
#include <QSet>
#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Device {

namespace {
// How long the program waits for its pumps to confirm the stop when it ends.
constexpr auto kShutdownWait = 3s;
} // namespace

struct DeviceManager::Port
{
    std::unique_ptr<Link> link;
    const Models::PumpModel *model = nullptr;  ///< the first model on the line sets its framing
};

DeviceManager::DeviceManager(const Models::ModelRegistry &models, QObject *parent)
    : QObject(parent), m_models(models), m_scanner(new PortScanner(models, this)), m_poll(new QTimer(this))
{
    qRegisterMetaType<PumpStudio::Device::PumpSnapshot>();
    qRegisterMetaType<PumpStudio::Device::PumpCommand>();
    qRegisterMetaType<PumpStudio::Device::PumpConfig>();
    qRegisterMetaType<PumpStudio::Device::PumpEvent>();
    qRegisterMetaType<PumpStudio::Device::PumpStatus>();
    qRegisterMetaType<PumpStudio::Device::AlarmTransition>();
    qRegisterMetaType<PumpStudio::Device::AlarmChannel>();
    qRegisterMetaType<PumpStudio::Device::JobFactory>();
    qRegisterMetaType<PumpStudio::Device::ShutdownStop>();
    qRegisterMetaType<QList<PumpStudio::Device::ShutdownStop>>();
    qRegisterMetaType<QList<PumpStudio::Device::PortDescription>>();
    qRegisterMetaType<PumpStudio::Error>();
    qRegisterMetaType<PumpStudio::Result<void>>();
    connect(m_scanner, &PortScanner::finished, this, &DeviceManager::scanFinished);
    connect(m_scanner, &PortScanner::probed, this, &DeviceManager::connectionTested);
    // A fine tick that polls whichever pumps are due: each pump has its own rate.
    m_poll->setInterval(5ms);
    m_poll->setTimerType(Qt::PreciseTimer);
    connect(m_poll, &QTimer::timeout, this, &DeviceManager::poll);
    // Started from this object's own event loop: a timer running while the manager is moved to
    // its worker thread makes Qt queue a re-registration that leaks if the thread stops before
    // its loop ever ran (seen by LeakSanitizer when a service is created and closed at once).
    QMetaObject::invokeMethod(m_poll, qOverload<>(&QTimer::start), Qt::QueuedConnection);
}

DeviceManager::~DeviceManager()
{
    // Sessions (jobs, then drivers) go before the lines they talk through.
    m_sessions.clear();
    // A line released just before (releasePort) is held by a queued call until its drivers
    // are gone; that call must go now, while the line's link (a child of this object) is
    // still alive, not when QObject's destructor drops the event after deleting the children.
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
}

QList<PumpSnapshot> DeviceManager::snapshots() const
{
    QList<PumpSnapshot> list;
    for (const auto &s : m_sessions)
        list.append(s->snapshot());
    return list;
}

PumpSession *DeviceManager::session(const QString &id) const
{
    for (const auto &s : m_sessions) {
        if (s->id() == id)
            return s.get();
    }
    return nullptr;
}

bool DeviceManager::withJob(const QString &id, const std::function<void(PumpJob &)> &fn)
{
    PumpSession *s = session(id);
    if (!s || !s->job())
        return false;
    fn(*s->job());
    return true;
}

void DeviceManager::addPump(const PumpConfig &config)
{
    if (session(config.id)) {
        Logging::get("device")->warn("pump {} is already configured", config.id);
        return;
    }
    auto owned = std::make_unique<PumpSession>(config, m_models.find(config.modelId), this);
    PumpSession *s = owned.get();
    s->setCalibrationLookup(m_calibrationLookup);
    const QString id = config.id;
    connect(s, &PumpSession::changed, this, &DeviceManager::pumpChanged);
    connect(s, &PumpSession::sampled, this, [this, id](qint64 ns, const PumpStatus &status) { Q_EMIT sampled(id, ns, status); });
    connect(s, &PumpSession::eventReceived, this, [this, id](const PumpEvent &event) { Q_EMIT eventReceived(id, event); });
    connect(s, &PumpSession::commandFinished, this,
            [this, id](const PumpCommand &command, const Result<void> &result) { Q_EMIT commandFinished(id, command, result); });
    connect(s, &PumpSession::alarmTransition, this,
            [this, id](AlarmChannel channel, const AlarmTransition &t) { Q_EMIT alarmTransition(id, channel, t); });
    connect(s, &PumpSession::interlockTripped, this, [this, id](const QString &why) { stopLineOf(id, why); });
    connect(s, &PumpSession::differentPump, this, [this, id](const QString &why) { Q_EMIT differentPump(id, why); });
    connect(s, &PumpSession::jobEnded, this, [this, id] { Q_EMIT jobEnded(id); });
    m_sessions.push_back(std::move(owned));
    Q_EMIT pumpChanged(s->snapshot());
}

void DeviceManager::setCalibrationLookup(CalibrationLookup lookup)
{
    m_calibrationLookup = std::move(lookup);
    for (const auto &s : m_sessions)
        s->setCalibrationLookup(m_calibrationLookup);
}

void DeviceManager::refreshCalibrations()
{
    for (const auto &s : m_sessions)
        s->refreshCalibration();
}

void DeviceManager::removePump(const QString &id)
{
    PumpSession *s = session(id);
    if (!s)
        return;
    s->disconnectSafely([this, id] {
        releasePort(id);
        const auto it = std::find_if(m_sessions.begin(), m_sessions.end(), [&id](const auto &p) { return p->id() == id; });
        if (it == m_sessions.end())
            return;
        // Possibly inside one of its own callbacks: it goes once they have returned.
        it->release()->deleteLater();
        m_sessions.erase(it);
        Q_EMIT pumpRemoved(id);
    });
}

std::shared_ptr<DeviceManager::Port> DeviceManager::portFor(const PumpConfig &config, Error *error)
{
    const Models::PumpModel *model = m_models.find(config.modelId);
    if (auto existing = m_ports.value(config.serial.portName)) {
        if (!canShareLink(*existing->model, *model)) {
            *error = makeError(Error::Code::Refused, tr("%1 already carries %2 pumps; a %3 cannot share that line.")
                                                         .arg(config.serial.portName, existing->model->displayName, model->displayName));
            return nullptr;
        }
        if (!(existing->link->settings() == config.serial)) {
            *error = makeError(Error::Code::Refused, tr("%1 is already open at %2; pumps on one line must use the same serial settings.")
                                                         .arg(config.serial.portName, existing->link->settings().summary()));
            return nullptr;
        }
        return existing;
    }
    auto port = std::make_shared<Port>();
    port->model = model;
    port->link = createLink(*model, config.serial, this);
    const QString path = config.serial.portName;
    Link *link = port->link.get();
    connect(link, &Link::stateChanged, this, [this, path, link](LinkState state, const QString &reason) {
        for (const auto &s : m_sessions) {
            if (s->link() == link)
                s->onLinkState(state, reason);
        }
    });
    connect(link, &Link::traffic, this, [this, path](bool outgoing, const QByteArray &bytes) { Q_EMIT traffic(path, outgoing, bytes); });
    connect(link, &Link::reconnected, this, [this, link] {
        for (const auto &s : m_sessions) {
            if (s->link() == link)
                s->onReconnected();
        }
    });
    m_ports.insert(path, port);
    return port;
}

void DeviceManager::releasePort(const QString &pumpId)
{
    const auto port = m_portOf.take(pumpId);
    if (!port)
        return;
    for (const auto &other : std::as_const(m_portOf)) {
        if (other == port)
            return;  // still in use
    }
    const QString path = m_ports.key(port);
    m_ports.remove(path);
    port->link->disconnect(this);
    port->link->close();
    // Drivers that were on it may still be waiting for deleteLater: the line goes after them.
    QTimer::singleShot(0, this, [port] {});
}

void DeviceManager::connectPump(const QString &id)
{
    PumpSession *s = session(id);
    if (!s || s->attached())
        return;
    if (!s->model()) {
        s->detach(LinkState::Failed, makeError(Error::Code::InvalidArgument, tr("Unknown pump model \"%1\".").arg(s->snapshot().config.modelId)));
        return;
    }
    const PumpConfig &config = s->snapshot().config;
    Error error;
    auto port = portFor(config, &error);
    if (!port) {
        s->detach(LinkState::Failed, error);
        return;
    }
    m_portOf.insert(id, port);
    auto driver = createDriver(*s->model(), *port->link, config.address, nullptr);
    if (!driver) {
        releasePort(id);
        s->detach(LinkState::Failed, driver.error());
        return;
    }
    if (port->link->state() != LinkState::Connected)
        port->link->open();
    if (port->link->state() != LinkState::Connected) {
        const Error why = makeError(Error::Code::Io, port->link->lastError());
        releasePort(id);
        s->detach(LinkState::Failed, why);
        return;
    }
    s->attach(std::move(driver).value(), *port->link);
}

void DeviceManager::disconnectPump(const QString &id)
{
    PumpSession *s = session(id);
    if (!s || !s->attached())
        return;
    s->disconnectSafely([this, id] { releasePort(id); });
}

void DeviceManager::poll()
{
    const auto now = std::chrono::steady_clock::now();
    for (const auto &s : m_sessions)
        s->pollIfDue(now);
}

void DeviceManager::sendCommand(const QString &id, const PumpCommand &command)
{
    if (PumpSession *s = session(id))
        s->execute(command);
    else
        Q_EMIT commandFinished(id, command, makeError(Error::Code::InvalidArgument, tr("No pump \"%1\" is configured.").arg(id)));
}

void DeviceManager::stopAll()
{
    for (const auto &s : m_sessions) {
        if (s->attached() && !s->isSensor())
            s->execute(PumpCommand::stop());
    }
}

void DeviceManager::setPollInterval(const QString &id, int milliseconds)
{
    if (PumpSession *s = session(id))
        s->setPollInterval(milliseconds);
}

void DeviceManager::setAlarmConfig(const QString &id, const std::optional<AlarmConfig> &config)
{
    if (PumpSession *s = session(id))
        s->setAlarmConfig(config);
}

void DeviceManager::stopLineOf(const QString &sourceId, const QString &why)
{
    const PumpSession *source = session(sourceId);
    if (!source || !source->link())
        return;
    // The pumps on the same serial line as the sensor (or the pump itself) are the ones its
    // pressure belongs to. The stops are queued on the line now, ahead of the next poll.
    QStringList stopped;
    for (const auto &s : m_sessions) {
        if (s->link() != source->link() || s->isSensor())
            continue;
        s->interlockStop(why);
        stopped.append(s->id());
    }
    Q_EMIT interlockStopped(sourceId, stopped, why);
}

void DeviceManager::startJob(const QString &id, const JobFactory &factory)
{
    startJobs({JobStart{id, factory}});
}

void DeviceManager::startJobs(const QList<JobStart> &jobs)
{
    // All or none: a group that starts with a pump missing is not the experiment that was planned.
    QStringList blocked;
    QSet<QString> seen;
    for (const JobStart &job : jobs) {
        const PumpSession *s = session(job.pumpId);
        std::optional<Error> why = s ? s->jobBlocker()
                                     : std::optional<Error>(makeError(Error::Code::InvalidArgument, tr("No such pump.")));
        if (!why && seen.contains(job.pumpId))
            why = makeError(Error::Code::InvalidArgument, tr("The pump is named twice in the group."));
        seen.insert(job.pumpId);
        if (why)
            blocked.append(tr("%1: %2").arg(s ? s->snapshot().config.displayName() : job.pumpId, why->message));
    }
    if (!blocked.isEmpty()) {
        const Error why = makeError(Error::Code::Refused, jobs.size() == 1 ? blocked.first().section(u": "_s, 1)
                                                                           : tr("The profiles did not start together, none of them started: %1")
                                                                                 .arg(blocked.join(u"; "_s)));
        for (const JobStart &job : jobs)
            Q_EMIT jobRefused(job.pumpId, why);
        return;
    }
    // One instant for all: each job's clock starts here, its first commands are queued on its
    // line at once (pumps on one RS-485 line follow each other by one transaction).
    QElapsedTimer t0;
    t0.start();
    for (const JobStart &job : jobs) {
        if (auto hosted = session(job.pumpId)->hostJob(job.factory, t0); !hosted)
            Q_EMIT jobRefused(job.pumpId, hosted.error());
    }
    if (jobs.size() > 1)
        Logging::get("device")->info("{} jobs started together", jobs.size());
}

void DeviceManager::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    struct State
    {
        QList<ShutdownStop> stops;
        int pending = 0;
        bool reported = false;
    };
    auto state = std::make_shared<State>();
    const auto report = [this, state] {
        if (state->reported)
            return;
        state->reported = true;
        for (const ShutdownStop &stop : std::as_const(state->stops)) {
            if (stop.error)
                Logging::get("device")->error("on exit, {} did not confirm the stop: {}", stop.name, stop.error->message);
            else
                Logging::get("device")->info("on exit, {} was stopped", stop.name);
        }
        Q_EMIT shutdownFinished(state->stops);
    };
    for (const auto &s : m_sessions) {
        ++state->pending;
        const QString id = s->id();
        const QString name = s->snapshot().config.displayName();
        s->stopForShutdown([state, report, id, name](std::optional<Result<void>> stopped) {
            if (stopped)
                state->stops.append(ShutdownStop{id, name, stopped->ok() ? std::nullopt : std::optional<Error>(stopped->error())});
            if (--state->pending == 0)
                report();
        });
    }
    if (state->pending == 0) {
        report();
        return;
    }
    // A pump that does not answer in time is named as not confirmed; the program still ends.
    QTimer::singleShot(kShutdownWait, this, [this, state, report] {
        for (const auto &s : m_sessions) {
            const bool answered = std::any_of(state->stops.begin(), state->stops.end(),
                                              [&s](const ShutdownStop &stop) { return stop.pumpId == s->id(); });
            if (!answered && s->snapshot().startedByProgram)
                state->stops.append(ShutdownStop{s->id(), s->snapshot().config.displayName(),
                                                 makeError(Error::Code::Timeout, tr("The pump did not confirm the stop in time."))});
        }
        report();
    });
}

void DeviceManager::listPorts()
{
    QList<PortDescription> ports;
    for (const PortDescription &d : Device::listPorts())
        ports.append(d);
    Q_EMIT portsListed(ports);
}

void DeviceManager::scanPort(const QString &path)
{
    if (m_ports.contains(path)) {
        Q_EMIT scanFinished(path, {}, tr("%1 is in use by a connected pump; disconnect it before scanning.").arg(path), {});
        return;
    }
    m_scanner->scan(path);
}

void DeviceManager::testConnection(const PumpConfig &config, quint64 token)
{
    if (m_ports.contains(config.serial.portName)) {
        ProbeResult result;
        result.attempt = ScanAttempt{config.modelId, config.serial.summary(), config.address, false, {}};
        result.error = tr("%1 is in use by a connected pump; disconnect it before testing.").arg(config.serial.portName);
        result.attempt.outcome = result.error;
        Q_EMIT connectionTested(token, result);
        return;
    }
    m_scanner->probe(config, token);
}

} // namespace PumpStudio::Device
