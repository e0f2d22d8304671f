// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/devicemanager.h"

#include "core/logging.h"
#include "device/driverfactory.h"
#include "device/link.h"
#include "device/pumpdriver.h"
#include "models/limits.h"
#include "models/modelregistry.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

#include <deque>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Device {

struct DeviceManager::Port
{
    std::unique_ptr<Link> link;
    const Models::PumpModel *model = nullptr;  ///< the first model on the line sets its framing
};

struct DeviceManager::Pump
{
    PumpSnapshot snap;
    const Models::PumpModel *model = nullptr;
    std::unique_ptr<PumpDriver> driver;
    std::unique_ptr<Profiles::ProfileRunner> runner;  ///< goes before the driver it drives
    std::shared_ptr<Port> port;
    bool pollInFlight = false;
    bool identified = false;
    std::chrono::steady_clock::time_point nextPoll{};
    std::chrono::steady_clock::time_point lastPublish{};
    std::deque<std::chrono::steady_clock::time_point> replies;  ///< the last few seconds'
};

struct ScanJob
{
    QString path;
    std::vector<const Models::PumpModel *> models;
    std::size_t next = 0;
    QList<ScanHit> hits;
    std::unique_ptr<Link> link;
    std::unique_ptr<PumpDriver> driver;
};

DeviceManager::DeviceManager(const Models::ModelRegistry &models, QObject *parent)
    : QObject(parent), m_models(models), m_poll(new QTimer(this))
{
    qRegisterMetaType<PumpStudio::Device::PumpSnapshot>();
    qRegisterMetaType<PumpStudio::Device::PumpCommand>();
    qRegisterMetaType<PumpStudio::Device::PumpConfig>();
    qRegisterMetaType<PumpStudio::Device::PumpEvent>();
    qRegisterMetaType<PumpStudio::Device::PumpStatus>();
    qRegisterMetaType<PumpStudio::Profiles::Profile>();
    qRegisterMetaType<PumpStudio::Profiles::ProfileRunner::Progress>();
    qRegisterMetaType<PumpStudio::Profiles::ProfileRunner::State>();
    qRegisterMetaType<PumpStudio::Device::DeviceManager::ProfileAction>();
    qRegisterMetaType<QList<PumpStudio::Device::ScanHit>>();
    qRegisterMetaType<QList<PumpStudio::Device::PortDescription>>();
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
    // Drivers go before the links they talk through.
    for (auto &p : m_pumps) {
        p->runner.reset();
        p->driver.reset();
    }
}

QList<PumpSnapshot> DeviceManager::snapshots() const
{
    QList<PumpSnapshot> list;
    for (const auto &p : m_pumps)
        list.append(p->snap);
    return list;
}

DeviceManager::Pump *DeviceManager::pump(const QString &id)
{
    for (auto &p : m_pumps) {
        if (p->snap.config.id == id)
            return p.get();
    }
    return nullptr;
}

QString DeviceManager::profileBlocker(const QString &id)
{
    Pump *p = pump(id);
    if (!p || !p->driver || p->snap.link != LinkState::Connected)
        return tr("The pump is not connected; the profile did not start.");
    if (p->runner && p->runner->state() != Profiles::ProfileRunner::State::Finished
        && p->runner->state() != Profiles::ProfileRunner::State::Aborted && p->runner->state() != Profiles::ProfileRunner::State::Failed)
        return tr("A profile is already running on this pump.");
    return {};
}

Profiles::ProfileRunner *DeviceManager::makeRunner(const QString &id, const Profiles::Profile &profile)
{
    Pump *p = pump(id);
    p->runner = std::make_unique<Profiles::ProfileRunner>(*p->driver, profile);
    Profiles::ProfileRunner *runner = p->runner.get();
    connect(runner, &Profiles::ProfileRunner::progressChanged, this,
            [this, id](const Profiles::ProfileRunner::Progress &progress) { Q_EMIT profileProgress(id, progress); });
    connect(runner, &Profiles::ProfileRunner::stepStarted, this,
            [this, id](const QString &path, int segment) { Q_EMIT profileStep(id, path, segment, true); });
    connect(runner, &Profiles::ProfileRunner::stepFinished, this,
            [this, id](const QString &path, int segment) { Q_EMIT profileStep(id, path, segment, false); });
    connect(runner, &Profiles::ProfileRunner::finished, this,
            [this, id](Profiles::ProfileRunner::State state, const QString &message) { Q_EMIT profileFinished(id, state, message); });
    connect(runner, &Profiles::ProfileRunner::setpointChanged, this, [this, id](double mlPerMin) { Q_EMIT profileSetpoint(id, mlPerMin); });
    return runner;
}

void DeviceManager::startProfile(const QString &id, const Profiles::Profile &profile)
{
    if (const QString why = profileBlocker(id); !why.isEmpty()) {
        Q_EMIT profileFinished(id, Profiles::ProfileRunner::State::Failed, why);
        return;
    }
    makeRunner(id, profile)->start();
}

void DeviceManager::startProfiles(const QList<ProfileStart> &runs)
{
    // All or none: a group that starts with a pump missing is not the experiment that was planned.
    QStringList blocked;
    QSet<QString> seen;
    for (const ProfileStart &run : runs) {
        QString why = profileBlocker(run.pumpId);
        if (why.isEmpty() && seen.contains(run.pumpId))
            why = tr("The pump is named twice in the group.");
        seen.insert(run.pumpId);
        if (!why.isEmpty()) {
            const Pump *p = pump(run.pumpId);
            blocked.append(tr("%1: %2").arg(p ? p->snap.config.displayName() : run.pumpId, why));
        }
    }
    if (!blocked.isEmpty()) {
        const QString message = tr("The profiles did not start together, none of them started: %1").arg(blocked.join(u"; "_s));
        for (const ProfileStart &run : runs)
            Q_EMIT profileFinished(run.pumpId, Profiles::ProfileRunner::State::Failed, message);
        return;
    }
    std::vector<Profiles::ProfileRunner *> runners;
    for (const ProfileStart &run : runs)
        runners.push_back(makeRunner(run.pumpId, run.profile));
    // One instant for all: each runner's clock starts here, its first commands are queued on its
    // line at once (pumps on one RS-485 line follow each other by one transaction).
    QElapsedTimer t0;
    t0.start();
    for (Profiles::ProfileRunner *runner : runners)
        runner->start(t0);
    Logging::get("profiles")->info("{} profiles started together", runners.size());
}

void DeviceManager::controlProfile(const QString &id, ProfileAction action)
{
    Pump *p = pump(id);
    if (!p || !p->runner)
        return;
    switch (action) {
    case ProfileAction::Pause: p->runner->pause(); break;
    case ProfileAction::Resume: p->runner->resume(); break;
    case ProfileAction::Skip: p->runner->skipStep(); break;
    case ProfileAction::Confirm: p->runner->confirm(); break;
    case ProfileAction::Abort: p->runner->abort(); break;
    }
}

void DeviceManager::setPollInterval(const QString &id, int milliseconds)
{
    Pump *p = pump(id);
    if (!p)
        return;
    p->snap.config.pollIntervalMs = std::clamp(milliseconds, kMinPollIntervalMs, kMaxPollIntervalMs);
    p->nextPoll = {};
    publish(*p);
}

void DeviceManager::addPump(const PumpConfig &config)
{
    if (pump(config.id)) {
        Logging::get("device")->warn("pump {} is already configured", config.id);
        return;
    }
    auto p = std::make_unique<Pump>();
    p->snap.config = config;
    p->model = m_models.find(config.modelId);
    if (!p->model)
        p->snap.lastError = tr("Unknown pump model \"%1\".").arg(config.modelId);
    Pump &ref = *p;
    m_pumps.push_back(std::move(p));
    publish(ref);
}

void DeviceManager::removePump(const QString &id)
{
    disconnectPump(id);
    const auto it = std::find_if(m_pumps.begin(), m_pumps.end(), [&id](const auto &p) { return p->snap.config.id == id; });
    if (it == m_pumps.end())
        return;
    m_pumps.erase(it);
    Q_EMIT pumpRemoved(id);
}

DeviceManager::Port *DeviceManager::portFor(const PumpConfig &config, QString *error)
{
    const Models::PumpModel *model = m_models.find(config.modelId);
    if (auto existing = m_ports.value(config.serial.portName)) {
        if (!canShareLink(*existing->model, *model)) {
            *error = tr("%1 already carries %2 pumps; a %3 cannot share that line.")
                         .arg(config.serial.portName, existing->model->displayName, model->displayName);
            return nullptr;
        }
        if (!(existing->link->settings() == config.serial)) {
            *error = tr("%1 is already open at %2; pumps on one line must use the same serial settings.")
                         .arg(config.serial.portName, existing->link->settings().summary());
            return nullptr;
        }
        return existing.get();
    }
    auto port = std::make_shared<Port>();
    port->model = model;
    port->link = createLink(*model, config.serial, this);
    const QString path = config.serial.portName;
    connect(port->link.get(), &Link::stateChanged, this, [this, path] { onLinkState(path); });
    connect(port->link.get(), &Link::reconnected, this, [this, path] { onReconnected(path); });
    m_ports.insert(path, port);
    return port.get();
}

void DeviceManager::releasePort(const QString &path)
{
    for (const auto &p : m_pumps) {
        if (p->port && p->snap.config.serial.portName == path)
            return;  // still in use
    }
    if (auto port = m_ports.take(path)) {
        port->link->disconnect(this);
        port->link->close();
    }
}

void DeviceManager::connectPump(const QString &id)
{
    Pump *p = pump(id);
    if (!p || p->driver)
        return;
    if (!p->model) {
        fail(*p, tr("Unknown pump model \"%1\".").arg(p->snap.config.modelId));
        return;
    }
    QString error;
    Port *port = portFor(p->snap.config, &error);
    if (!port) {
        fail(*p, error);
        return;
    }
    p->port = m_ports.value(p->snap.config.serial.portName);
    auto driver = createDriver(*p->model, *port->link, p->snap.config.address, this);
    if (!driver) {
        p->port.reset();
        releasePort(p->snap.config.serial.portName);
        fail(*p, driver.error().message);
        return;
    }
    p->driver = std::move(driver).value();
    if (p->snap.config.mlPerRev)
        p->driver->setMlPerRev(*p->snap.config.mlPerRev);
    else if (const auto ml = Models::mlPerRevFor(*p->model, p->snap.config.headId, p->snap.config.tubingId))
        p->driver->setMlPerRev(*ml);
    connect(p->driver.get(), &PumpDriver::eventReceived, this,
            [this, id](const PumpEvent &event) { Q_EMIT eventReceived(id, event); });
    if (port->link->state() != LinkState::Connected)
        port->link->open();
    p->snap.link = port->link->state();
    p->snap.linkReason = port->link->lastError();
    if (p->snap.link != LinkState::Connected) {
        const QString reason = port->link->lastError();
        p->runner.reset();
        p->driver.reset();
        p->port.reset();
        releasePort(p->snap.config.serial.portName);
        p->snap.link = LinkState::Failed;
        fail(*p, reason);
        return;
    }
    identifyAndBind(*p, false);
}

void DeviceManager::disconnectPump(const QString &id)
{
    Pump *p = pump(id);
    if (!p || !p->driver)
        return;
    if (p->runner) {
        p->runner->abort();  // the stop is queued ahead of the close
        p->runner.reset();
        Q_EMIT profileFinished(id, Profiles::ProfileRunner::State::Aborted, tr("The pump was disconnected; the profile was aborted."));
    }
    p->driver.reset();
    p->port.reset();
    p->identified = false;
    p->pollInFlight = false;
    p->snap.link = LinkState::Closed;
    p->snap.status.reset();
    releasePort(p->snap.config.serial.portName);
    publish(*p);
}

void DeviceManager::identifyAndBind(Pump &p, bool afterReconnect)
{
    const QString id = p.snap.config.id;
    p.identified = false;
    p.driver->identify([this, id, afterReconnect](Result<PumpIdentity> result) {
        Pump *pp = pump(id);
        if (!pp || !pp->driver)
            return;
        if (!result) {
            fail(*pp, tr("%1 did not identify itself: %2").arg(pp->snap.config.displayName(), result.error().message));
            return;
        }
        PumpIdentity identity = *result;
        if (pp->port)
            identity.portSerialNumber = pp->port->link->usbSerialNumber();
        const auto &bound = pp->snap.config.boundIdentity;
        if (bound && !bound->samePumpAs(identity)) {
            const QString message = tr("A different pump answered on %1: expected %2, found %3. Not attaching.")
                                        .arg(pp->snap.config.serial.portName, bound->summary(), identity.summary());
            Logging::get("device")->error("{}", message);
            disconnectPump(id);
            fail(*pump(id), message);
            return;
        }
        if (!bound)
            pp->snap.config.boundIdentity = identity;
        pp->snap.identity = identity;
        pp->identified = true;
        pp->snap.lastError.clear();
        publish(*pp);
        if (!afterReconnect)
            return;
        // After a lost link the pump's state is unknown to the operator: read it, and if it kept
        // running, stop it and say so. Nothing resumes by itself.
        pp->driver->readStatus([this, id](Result<PumpStatus> status) {
            Pump *q = pump(id);
            if (!q || !q->driver)
                return;
            if (!status) {
                fail(*q, status.error().message);
                return;
            }
            q->snap.status = *status;
            if (!status->running) {
                publish(*q);
                if (q->runner)
                    q->runner->linkRestored(false);
                return;
            }
            q->driver->stop([this, id](Result<void> stopped) {
                Pump *r = pump(id);
                if (!r)
                    return;
                if (stopped) {
                    if (r->snap.status)
                        r->snap.status->running = false;
                    r->snap.lastError = tr("%1 kept running while the link was lost; it has been stopped.")
                                            .arg(r->snap.config.displayName());
                } else {
                    r->snap.lastError = tr("%1 kept running while the link was lost and could not be stopped: %2")
                                            .arg(r->snap.config.displayName(), stopped.error().message);
                }
                Logging::get("device")->warn("{}", r->snap.lastError);
                publish(*r);
                if (r->runner && stopped)
                    r->runner->linkRestored(true);
            });
        });
    });
}

void DeviceManager::poll()
{
    using Clock = std::chrono::steady_clock;
    const auto now = Clock::now();
    for (auto &p : m_pumps) {
        if (!p->driver || !p->identified || p->pollInFlight || p->snap.link != LinkState::Connected)
            continue;
        if (now < p->nextPoll)
            continue;
        // Scheduled from the due time, not from now, so the rate holds on average; a pump that
        // fell behind (slow link) starts afresh instead of firing a burst.
        const auto interval = std::chrono::milliseconds(p->snap.config.pollIntervalMs);
        p->nextPoll = (p->nextPoll + interval > now) ? p->nextPoll + interval : now + interval;
        p->pollInFlight = true;
        const QString id = p->snap.config.id;
        const LinkStats before = p->port ? p->port->link->stats() : LinkStats{};
        p->driver->readStatus([this, id, before](Result<PumpStatus> status) {
            const auto arrived = Clock::now();
            Pump *pp = pump(id);
            if (!pp)
                return;
            pp->pollInFlight = false;
            if (status && pp->port && pp->model) {
                // What one status read costs on this line, from its bytes and transactions. On a
                // shared line other devices' traffic may fall inside: the limit errs low then.
                const LinkStats after = pp->port->link->stats();
                const auto bytes = qsizetype((after.bytesSent - before.bytesSent) + (after.bytesReceived - before.bytesReceived));
                const auto transactions = std::max<quint64>(1, after.transactionsOk - before.transactionsOk);
                const SerialSettings &line = pp->snap.config.serial;
                const auto perRead = line.frameTime(bytes)
                    + std::chrono::microseconds(qint64(transactions) * (qint64(pp->model->deviceTimeMs) * 1000 + line.interFrameGap().count()));
                if (perRead.count() > 0)
                    pp->snap.linkLimitHz = 1e6 / double(perRead.count());
            }
            bool changed = false;
            if (status) {
                const bool stateChanged = !pp->snap.status || pp->snap.status->running != status->running
                                          || pp->snap.status->alarm != status->alarm;
                pp->snap.status = *status;
                pp->replies.push_back(arrived);
                while (!pp->replies.empty() && arrived - pp->replies.front() > 3s)
                    pp->replies.pop_front();
                const auto span = pp->replies.size() > 1 ? arrived - pp->replies.front() : Clock::duration{};
                pp->snap.sampleRateHz = span.count() > 0
                    ? double(pp->replies.size() - 1) / std::chrono::duration<double>(span).count()
                    : 0;
                Q_EMIT sampled(id, std::chrono::duration_cast<std::chrono::nanoseconds>(arrived.time_since_epoch()).count(),
                               *status);
                changed = stateChanged;
            } else if (status.error().code != Error::Code::Disconnected) {
                pp->snap.lastError = status.error().message;
                changed = true;
            }
            // Snapshots feed tables and labels: a few per second are plenty even at 100 Hz.
            if (changed || arrived - pp->lastPublish >= 250ms) {
                pp->lastPublish = arrived;
                publish(*pp);
            }
        });
    }
}

void DeviceManager::sendCommand(const QString &id, const PumpCommand &command)
{
    Pump *p = pump(id);
    if (!p || !p->driver) {
        Q_EMIT commandFinished(id, false, tr("The pump is not connected; nothing was sent."));
        return;
    }
    const auto report = [this, id](const QString &what) {
        return [this, id, what](const auto &result) {
            Pump *pp = pump(id);
            if (result.ok()) {
                Q_EMIT commandFinished(id, true, what);
            } else {
                if (pp) {
                    pp->snap.lastError = result.error().message;
                    publish(*pp);
                }
                Q_EMIT commandFinished(id, false, result.error().message);
            }
        };
    };
    switch (command.kind) {
    case PumpCommand::Kind::Start:
        p->driver->start(report(tr("Started")));
        break;
    case PumpCommand::Kind::Stop:
        p->driver->stop(report(tr("Stopped")));
        break;
    case PumpCommand::Kind::Direction:
        p->driver->setDirection(command.direction, report(tr("Direction set")));
        break;
    case PumpCommand::Kind::Speed:
        p->driver->setSpeed(command.value, report(tr("Speed set")));
        break;
    case PumpCommand::Kind::Flow:
        p->driver->setFlow(command.value, report(tr("Flow set")));
        break;
    case PumpCommand::Kind::Dispense:
        p->driver->dispense(command.value, command.rate, report(tr("Dispensing")));
        break;
    }
}

void DeviceManager::stopAll()
{
    for (auto &p : m_pumps) {
        if (p->driver)
            sendCommand(p->snap.config.id, PumpCommand{PumpCommand::Kind::Stop, Direction::Clockwise, 0, std::nullopt});
    }
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
        Q_EMIT scanFinished(path, {}, tr("%1 is in use by a connected pump; disconnect it before scanning.").arg(path));
        return;
    }
    auto job = std::make_shared<ScanJob>();
    job->path = path;
    for (const Models::PumpModel &model : m_models.models())
        job->models.push_back(&model);
    Logging::get("device")->info("scanning {} for {} models, at the user's request", path, job->models.size());
    scanNext(job);
}

void DeviceManager::scanNext(const std::shared_ptr<ScanJob> &job)
{
    job->driver.reset();
    job->link.reset();
    if (job->next >= job->models.size()) {
        Q_EMIT scanFinished(job->path, job->hits, {});
        return;
    }
    const Models::PumpModel &model = *job->models[job->next++];
    job->link = createLink(model, defaultSerialSettings(model, job->path), nullptr);
    job->link->open();
    if (job->link->state() != LinkState::Connected) {
        const QString error = job->link->lastError();
        job->link.reset();
        Q_EMIT scanFinished(job->path, job->hits, error);
        return;
    }
    auto driver = createDriver(model, *job->link, Models::defaultAddress(model), nullptr);
    if (!driver) {
        QTimer::singleShot(0, this, [this, job] { scanNext(job); });
        return;
    }
    job->driver = std::move(driver).value();
    const QString modelId = model.id;
    const int address = job->driver->address();
    job->driver->identify([this, job, modelId, address](Result<PumpIdentity> identity) {
        if (identity)
            job->hits.append(ScanHit{modelId, address, *identity});
        // Leave the driver's callback before destroying it.
        QTimer::singleShot(0, this, [this, job] { scanNext(job); });
    });
}

void DeviceManager::onLinkState(const QString &path)
{
    const auto port = m_ports.value(path);
    if (!port)
        return;
    for (auto &p : m_pumps) {
        if (p->port != port)
            continue;
        p->snap.link = port->link->state();
        p->snap.linkReason = port->link->lastError();
        if (p->snap.link == LinkState::Reconnecting) {
            p->identified = false;
            p->pollInFlight = false;
            p->snap.lastError = tr("Link lost: %1. Waiting for the same pump to come back.").arg(port->link->lastError());
        }
        publish(*p);
    }
}

void DeviceManager::onReconnected(const QString &path)
{
    const auto port = m_ports.value(path);
    for (auto &p : m_pumps) {
        if (p->port == port && p->driver)
            identifyAndBind(*p, true);
    }
}

void DeviceManager::fail(Pump &p, const QString &message)
{
    p.snap.lastError = message;
    Logging::get("device")->warn("{}: {}", p.snap.config.displayName(), message);
    publish(p);
}

void DeviceManager::publish(Pump &p)
{
    if (p.port)
        p.snap.stats = p.port->link->stats();
    Q_EMIT pumpChanged(p.snap);
}

} // namespace PumpStudio::Device
