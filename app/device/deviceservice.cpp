// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/deviceservice.h"

#include "core/appsettings.h"
#include "core/logging.h"
#include "device/driverfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Device {

namespace {
const QString kPumpsKey = u"devices/pumps"_s;
}

DeviceService::DeviceService(AppSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_deviceThread(new QThread(this)), m_simThread(new QThread(this))
{
    qRegisterMetaType<QList<PumpStudio::Sim::DemoSimulation::Line>>();
    m_models.loadDefault();
    m_deviceThread->setObjectName(u"devices"_s);
    m_simThread->setObjectName(u"simulator"_s);
    // The manager is created here and moved: all its children (links, ports) are made on its thread.
    m_manager = new DeviceManager(m_models);
    m_manager->moveToThread(m_deviceThread);
    connect(m_deviceThread, &QThread::finished, m_manager, &QObject::deleteLater);
    connect(m_manager, &DeviceManager::pumpChanged, this, &DeviceService::onPumpChanged);
    connect(m_manager, &DeviceManager::pumpRemoved, this, &DeviceService::pumpRemoved);
    connect(m_manager, &DeviceManager::portsListed, this, &DeviceService::portsListed);
    connect(m_manager, &DeviceManager::scanFinished, this, &DeviceService::scanFinished);
    connect(m_manager, &DeviceManager::commandFinished, this, &DeviceService::commandFinished);
    connect(m_manager, &DeviceManager::eventReceived, this, &DeviceService::eventReceived);
    connect(m_manager, &DeviceManager::sampled, this, &DeviceService::sampled);
    connect(m_manager, &DeviceManager::profileProgress, this, [this](const QString &id, const Profiles::ProfileRunner::Progress &p) {
        m_profileProgress.insert(id, p);
        Q_EMIT profileProgressChanged(id, p);
    });
    connect(m_manager, &DeviceManager::profileStep, this, &DeviceService::profileStep);
    connect(m_manager, &DeviceManager::profileFinished, this, &DeviceService::profileFinished);
    connect(m_manager, &DeviceManager::profileSetpoint, this, &DeviceService::profileSetpoint);
    m_deviceThread->start();
    m_simThread->start();
    loadConfigs();
}

DeviceService::~DeviceService()
{
    if (m_demo) {
        QMetaObject::invokeMethod(m_demo, &QObject::deleteLater, Qt::QueuedConnection);
        m_demo = nullptr;
    }
    m_deviceThread->quit();
    m_simThread->quit();
    m_deviceThread->wait();
    m_simThread->wait();
}

QList<PumpSnapshot> DeviceService::pumps() const
{
    QList<PumpSnapshot> list;
    for (const QString &id : m_order)
        list.append(m_snapshots.value(id));
    return list;
}

std::optional<PumpSnapshot> DeviceService::pump(const QString &id) const
{
    const auto it = m_snapshots.constFind(id);
    if (it == m_snapshots.constEnd())
        return std::nullopt;
    return *it;
}

QString DeviceService::addPump(PumpConfig config, bool persistent)
{
    if (config.id.isEmpty())
        config.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!persistent)
        m_transient.insert(config.id);
    PumpSnapshot snapshot;
    snapshot.config = config;
    m_snapshots.insert(config.id, snapshot);
    if (!m_order.contains(config.id))
        m_order.append(config.id);
    QMetaObject::invokeMethod(m_manager, [m = m_manager, config] { m->addPump(config); }, Qt::QueuedConnection);
    saveConfigs();
    return config.id;
}

void DeviceService::removePump(const QString &id)
{
    m_snapshots.remove(id);
    m_order.removeAll(id);
    m_transient.remove(id);
    QMetaObject::invokeMethod(m_manager, [m = m_manager, id] { m->removePump(id); }, Qt::QueuedConnection);
    saveConfigs();
    updateSummary();
}

void DeviceService::connectPump(const QString &id)
{
    QMetaObject::invokeMethod(m_manager, [m = m_manager, id] { m->connectPump(id); }, Qt::QueuedConnection);
}

void DeviceService::disconnectPump(const QString &id)
{
    QMetaObject::invokeMethod(m_manager, [m = m_manager, id] { m->disconnectPump(id); }, Qt::QueuedConnection);
}

void DeviceService::sendCommand(const QString &id, const PumpCommand &command)
{
    QMetaObject::invokeMethod(m_manager, [m = m_manager, id, command] { m->sendCommand(id, command); }, Qt::QueuedConnection);
    Q_EMIT commandSent(id, command);
}

void DeviceService::refreshPorts()
{
    QMetaObject::invokeMethod(m_manager, &DeviceManager::listPorts, Qt::QueuedConnection);
}

void DeviceService::scanPort(const QString &path)
{
    QMetaObject::invokeMethod(m_manager, [m = m_manager, path] { m->scanPort(path); }, Qt::QueuedConnection);
}

void DeviceService::stopAll()
{
    QMetaObject::invokeMethod(m_manager, &DeviceManager::stopAll, Qt::QueuedConnection);
    for (const QString &id : std::as_const(m_order))
        Q_EMIT commandSent(id, PumpCommand{PumpCommand::Kind::Stop, Direction::Clockwise, 0, std::nullopt});
}

void DeviceService::startProfile(const QString &id, const Profiles::Profile &profile)
{
    m_profileProgress.remove(id);
    QMetaObject::invokeMethod(m_manager, [m = m_manager, id, profile] { m->startProfile(id, profile); }, Qt::QueuedConnection);
    Q_EMIT profileStarted(id, profile);
}

void DeviceService::startProfiles(const QList<ProfileStart> &runs)
{
    for (const ProfileStart &run : runs)
        m_profileProgress.remove(run.pumpId);
    QMetaObject::invokeMethod(m_manager, [m = m_manager, runs] { m->startProfiles(runs); }, Qt::QueuedConnection);
    for (const ProfileStart &run : runs)
        Q_EMIT profileStarted(run.pumpId, run.profile);
}

void DeviceService::controlProfile(const QString &id, DeviceManager::ProfileAction action)
{
    QMetaObject::invokeMethod(m_manager, [m = m_manager, id, action] { m->controlProfile(id, action); }, Qt::QueuedConnection);
}

std::optional<Profiles::ProfileRunner::Progress> DeviceService::profileProgress(const QString &id) const
{
    const auto it = m_profileProgress.constFind(id);
    if (it == m_profileProgress.constEnd())
        return std::nullopt;
    return *it;
}

void DeviceService::setPollInterval(const QString &id, int milliseconds)
{
    auto it = m_snapshots.find(id);
    if (it == m_snapshots.end())
        return;
    it->config.pollIntervalMs = std::clamp(milliseconds, kMinPollIntervalMs, kMaxPollIntervalMs);
    QMetaObject::invokeMethod(m_manager, [m = m_manager, id, milliseconds] { m->setPollInterval(id, milliseconds); },
                              Qt::QueuedConnection);
    saveConfigs();
}

void DeviceService::startDemo(Sim::DemoSimulation::Scenario scenario)
{
    if (m_demoRunning) {
        Q_EMIT demoFailed(tr("The demo is already running."));
        return;
    }
    if (!m_demo) {
        m_demo = new Sim::DemoSimulation(m_models);
        m_demo->moveToThread(m_simThread);
        connect(m_simThread, &QThread::finished, m_demo, &QObject::deleteLater);
        connect(m_demo, &Sim::DemoSimulation::faultApplied, this, &DeviceService::demoFault);
    }
    QMetaObject::invokeMethod(m_demo, [this, demo = m_demo, scenario] {
        const auto started = demo->start(scenario);
        const auto lines = demo->devices();
        QMetaObject::invokeMethod(this, [this, started, lines] {
            if (!started) {
                Q_EMIT demoFailed(started.error().message);
                return;
            }
            onDemoReady(lines);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void DeviceService::onDemoReady(const QList<Sim::DemoSimulation::Line> &lines)
{
    m_demoRunning = true;
    QHash<QString, SerialSettings> lineSettings;  // a shared line runs at its first device's settings
    for (const auto &line : lines) {
        const Models::PumpModel *model = m_models.find(line.modelId);
        if (!model)
            continue;
        if (!lineSettings.contains(line.path))
            lineSettings.insert(line.path, defaultSerialSettings(*model, line.path));
        PumpConfig config;
        config.id = u"demo-%1-%2"_s.arg(line.modelId).arg(line.address);
        config.name = tr("Demo %1").arg(model->displayName);
        config.modelId = line.modelId;
        config.serial = lineSettings.value(line.path);
        config.address = line.address;
        config.headId = model->defaultHead;
        addPump(config, false);
        connectPump(config.id);
        // A demo should look alive: pumps run at a third of their range, in order on each line.
        if (model->kind == Models::Kind::Peristaltic) {
            const double rpm = std::round(model->maxRpm / 3.0);
            sendCommand(config.id, PumpCommand{PumpCommand::Kind::Speed, Direction::Clockwise, rpm, std::nullopt});
            sendCommand(config.id, PumpCommand{PumpCommand::Kind::Start, Direction::Clockwise, 0, std::nullopt});
        }
    }
    Q_EMIT demoStarted();
}

void DeviceService::onPumpChanged(const PumpSnapshot &snapshot)
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
    for (const PumpSnapshot &s : std::as_const(m_snapshots)) {
        if (s.link == LinkState::Connected && s.identity)
            ++connected;
        else if (s.link == LinkState::Reconnecting)
            ++lost;
    }
    Q_EMIT connectionSummaryChanged(connected, lost);
}

void DeviceService::saveConfigs()
{
    QJsonArray array;
    for (const QString &id : std::as_const(m_order)) {
        if (!m_transient.contains(id))
            array.append(m_snapshots.value(id).config.toJson());
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
        auto config = PumpConfig::fromJson(v.toObject());
        if (!config) {
            Logging::get("device")->warn("{}", config.error().message);
            continue;
        }
        addPump(*config);
    }
}

} // namespace PumpStudio::Device
