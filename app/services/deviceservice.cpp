// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/deviceservice.h"

#include "core/appsettings.h"
#include "core/logging.h"
#include "services/alarmsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services {

namespace {
const QString kPumpsKey = u"devices/pumps"_s;
}

DeviceService::DeviceService(AppSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_deviceThread(new QThread(this))
{
    qRegisterMetaType<PumpStudio::Profiles::Profile>();
    qRegisterMetaType<PumpStudio::Profiles::ProfileRunner::Progress>();
    qRegisterMetaType<PumpStudio::Profiles::ProfileRunner::State>();
    m_models.loadDefault();
    m_deviceThread->setObjectName(u"devices"_s);
    // The manager is created here and moved: all its children (links, ports) are made on its thread.
    m_manager = new Device::DeviceManager(m_models);
    m_manager->moveToThread(m_deviceThread);
    connect(m_deviceThread, &QThread::finished, m_manager, &QObject::deleteLater);
    using M = Device::DeviceManager;
    connect(m_manager, &M::pumpChanged, this, &DeviceService::onPumpChanged);
    connect(m_manager, &M::pumpRemoved, this, &DeviceService::pumpRemoved);
    connect(m_manager, &M::portsListed, this, &DeviceService::portsListed);
    connect(m_manager, &M::scanFinished, this, &DeviceService::scanFinished);
    connect(m_manager, &M::commandFinished, this, &DeviceService::commandFinished);
    connect(m_manager, &M::eventReceived, this, &DeviceService::eventReceived);
    connect(m_manager, &M::sampled, this, &DeviceService::sampled);
    connect(m_manager, &M::alarmTransition, this, &DeviceService::alarmTransition);
    connect(m_manager, &M::interlockStopped, this, &DeviceService::interlockStopped);
    connect(m_manager, &M::differentPump, this, &DeviceService::differentPump);
    connect(m_manager, &M::shutdownFinished, this, &DeviceService::shutdownFinished);
    connect(m_manager, &M::jobRefused, this, [this](const QString &id, const Error &why) {
        Q_EMIT profileFinished(id, Profiles::ProfileRunner::State::Failed, why.message);
    });
    m_deviceThread->start();
    loadConfigs();
}

DeviceService::~DeviceService()
{
    m_deviceThread->quit();
    m_deviceThread->wait();
}

template <typename Fn>
void DeviceService::post(Fn fn)
{
    QMetaObject::invokeMethod(m_manager, [m = m_manager, fn = std::move(fn)] { fn(*m); }, Qt::QueuedConnection);
}

QList<Device::PumpSnapshot> DeviceService::pumps() const
{
    QList<Device::PumpSnapshot> list;
    for (const QString &id : m_order)
        list.append(m_snapshots.value(id));
    return list;
}

std::optional<Device::PumpSnapshot> DeviceService::pump(const QString &id) const
{
    const auto it = m_snapshots.constFind(id);
    if (it == m_snapshots.constEnd())
        return std::nullopt;
    return *it;
}

QString DeviceService::addPump(Device::PumpConfig config)
{
    if (config.id.isEmpty())
        config.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Device::PumpSnapshot snapshot;
    snapshot.config = config;
    m_snapshots.insert(config.id, snapshot);
    if (!m_order.contains(config.id))
        m_order.append(config.id);
    const std::optional<Device::AlarmConfig> limits = AlarmSettings::load(m_settings, config.id, m_models.find(config.modelId));
    post([config, limits](Device::DeviceManager &m) {
        m.addPump(config);
        m.setAlarmConfig(config.id, limits);
    });
    saveConfigs();
    return config.id;
}

void DeviceService::removePump(const QString &id)
{
    m_snapshots.remove(id);
    m_order.removeAll(id);
    post([id](Device::DeviceManager &m) { m.removePump(id); });
    saveConfigs();
    updateSummary();
}

void DeviceService::connectPump(const QString &id)
{
    post([id](Device::DeviceManager &m) { m.connectPump(id); });
}

void DeviceService::disconnectPump(const QString &id)
{
    post([id](Device::DeviceManager &m) { m.disconnectPump(id); });
}

void DeviceService::sendCommand(const QString &id, const Device::PumpCommand &command)
{
    post([id, command](Device::DeviceManager &m) { m.sendCommand(id, command); });
    Q_EMIT commandSent(id, command);
}

void DeviceService::refreshPorts()
{
    post([](Device::DeviceManager &m) { m.listPorts(); });
}

void DeviceService::scanPort(const QString &path)
{
    post([path](Device::DeviceManager &m) { m.scanPort(path); });
}

void DeviceService::stopAll()
{
    for (const QString &id : std::as_const(m_order)) {
        const Device::PumpSnapshot &s = m_snapshots[id];
        const auto *model = m_models.find(s.config.modelId);
        if (model && model->kind != Models::Kind::PressureSensor)
            sendCommand(id, Device::PumpCommand::stop());
    }
}

void DeviceService::setPollInterval(const QString &id, int milliseconds)
{
    auto it = m_snapshots.find(id);
    if (it == m_snapshots.end())
        return;
    it->config.pollIntervalMs = std::clamp(milliseconds, Device::kMinPollIntervalMs, Device::kMaxPollIntervalMs);
    post([id, milliseconds](Device::DeviceManager &m) { m.setPollInterval(id, milliseconds); });
    saveConfigs();
}

Device::AlarmConfig DeviceService::alarmConfig(const QString &pumpId) const
{
    const auto snapshot = pump(pumpId);
    return AlarmSettings::load(m_settings, pumpId, snapshot ? m_models.find(snapshot->config.modelId) : nullptr);
}

void DeviceService::setAlarmConfig(const QString &pumpId, const Device::AlarmConfig &config)
{
    const auto snapshot = pump(pumpId);
    AlarmSettings::save(m_settings, pumpId, snapshot ? m_models.find(snapshot->config.modelId) : nullptr, config);
    post([pumpId, config](Device::DeviceManager &m) { m.setAlarmConfig(pumpId, config); });
}

Device::JobFactory DeviceService::profileJob(const QString &id, const Profiles::Profile &profile)
{
    // Runs on the device thread; the runner's signals reach this service queued.
    return [this, id, profile](Device::PumpDriver &driver) -> std::unique_ptr<Device::PumpJob> {
        using R = Profiles::ProfileRunner;
        auto runner = std::make_unique<R>(driver, profile);
        connect(runner.get(), &R::progressChanged, this, [this, id](const R::Progress &p) {
            m_profileProgress.insert(id, p);
            Q_EMIT profileProgressChanged(id, p);
        });
        connect(runner.get(), &R::stepStarted, this, [this, id](const QString &path, int segment) { Q_EMIT profileStep(id, path, segment, true); });
        connect(runner.get(), &R::stepFinished, this, [this, id](const QString &path, int segment) { Q_EMIT profileStep(id, path, segment, false); });
        connect(runner.get(), &R::finished, this, [this, id](R::State state, const QString &message) { Q_EMIT profileFinished(id, state, message); });
        connect(runner.get(), &R::setpointChanged, this, [this, id](double mlPerMin) { Q_EMIT profileSetpoint(id, mlPerMin); });
        QMetaObject::invokeMethod(this, [this, id, profile] { Q_EMIT profileStarted(id, profile); }, Qt::QueuedConnection);
        return runner;
    };
}

void DeviceService::startProfile(const QString &id, const Profiles::Profile &profile)
{
    startProfiles({ProfileStart{id, profile}});
}

void DeviceService::startProfiles(const QList<ProfileStart> &runs)
{
    QList<Device::JobStart> jobs;
    for (const ProfileStart &run : runs) {
        m_profileProgress.remove(run.pumpId);
        jobs.append(Device::JobStart{run.pumpId, profileJob(run.pumpId, run.profile)});
    }
    post([jobs](Device::DeviceManager &m) { m.startJobs(jobs); });
}

void DeviceService::controlProfile(const QString &id, ProfileAction action)
{
    post([id, action](Device::DeviceManager &m) {
        m.withJob(id, [action](Device::PumpJob &job) {
            auto *runner = qobject_cast<Profiles::ProfileRunner *>(&job);
            if (!runner)
                return;
            switch (action) {
            case ProfileAction::Pause: runner->pause(); break;
            case ProfileAction::Resume: runner->resume(); break;
            case ProfileAction::Skip: runner->skipStep(); break;
            case ProfileAction::Confirm: runner->confirm(); break;
            case ProfileAction::Abort: runner->abort(); break;
            }
        });
    });
}

std::optional<Profiles::ProfileRunner::Progress> DeviceService::profileProgress(const QString &id) const
{
    const auto it = m_profileProgress.constFind(id);
    if (it == m_profileProgress.constEnd())
        return std::nullopt;
    return *it;
}

QStringList DeviceService::activeProfiles() const
{
    QStringList ids;
    for (const QString &id : m_order) {
        if (m_snapshots.value(id).jobActive)
            ids.append(id);
    }
    return ids;
}

void DeviceService::shutdown()
{
    post([](Device::DeviceManager &m) { m.shutdown(); });
}

void DeviceService::onPumpChanged(const Device::PumpSnapshot &snapshot)
{
    if (!m_snapshots.contains(snapshot.config.id))
        return;  // removed meanwhile
    const bool bindingChanged = !m_snapshots.value(snapshot.config.id).config.boundIdentity && snapshot.config.boundIdentity;
    m_snapshots.insert(snapshot.config.id, snapshot);
    if (bindingChanged)
        saveConfigs();
    updateSummary();
    Q_EMIT pumpChanged(snapshot);
}

void DeviceService::updateSummary()
{
    int connected = 0;
    int lost = 0;
    for (const Device::PumpSnapshot &s : std::as_const(m_snapshots)) {
        if (s.link == Device::LinkState::Connected && s.identity)
            ++connected;
        else if (s.link == Device::LinkState::Reconnecting)
            ++lost;
    }
    Q_EMIT connectionSummaryChanged(connected, lost);
}

void DeviceService::saveConfigs()
{
    // Simulated pumps (the demo's) are not kept: they exist while their simulator runs.
    QJsonArray array;
    for (const QString &id : std::as_const(m_order)) {
        const Device::PumpConfig &config = m_snapshots[id].config;
        if (!config.simulated)
            array.append(config.toJson());
    }
    m_settings.setValue(kPumpsKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

void DeviceService::loadConfigs()
{
    const QByteArray json = m_settings.value(kPumpsKey).toString().toUtf8();
    if (json.isEmpty())
        return;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        auto config = Device::PumpConfig::fromJson(v.toObject());
        if (!config) {
            Logging::get("device")->warn("{}", config.error().message);
            continue;
        }
        addPump(*config);
    }
}

} // namespace PumpStudio::Services
