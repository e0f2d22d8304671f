// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/democontroller.h"

#include "core/logging.h"
#include "device/driverfactory.h"
#include "profiles/precheck.h"
#include "services/deviceservice.h"

#include <QThread>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services {

namespace {
/// How long after a switch while the demo runs the new scenario's fault comes.
constexpr std::chrono::milliseconds kLiveScenarioLead{5000};
} // namespace

DemoController::DemoController(DeviceService &devices, QObject *parent)
    : QObject(parent), m_devices(devices), m_thread(new QThread(this))
{
    qRegisterMetaType<QList<PumpStudio::Sim::DemoSimulation::Line>>();
    m_thread->setObjectName(u"simulator"_s);
    m_thread->start();
    connect(&m_devices, &DeviceService::pumpChanged, this, &DemoController::startPendingProfile);
    connect(&m_devices, &DeviceService::pumpRemoved, this, &DemoController::onPumpRemoved);
}

void DemoController::runProfileWhenReady(const Profiles::Profile &profile)
{
    m_pendingProfile = profile;
    for (const Device::PumpSnapshot &s : m_devices.pumps())
        startPendingProfile(s);
}

void DemoController::startPendingProfile(const Device::PumpSnapshot &snapshot)
{
    if (!m_pendingProfile || !snapshot.config.simulated || snapshot.config.modelId != m_pendingProfile->modelId || !snapshot.identity
        || snapshot.link != Device::LinkState::Connected)
        return;
    Profiles::Profile profile = std::exchange(m_pendingProfile, std::nullopt).value();
    Profiles::PumpSetup setup;
    setup.modelId = snapshot.config.modelId;
    setup.headId = snapshot.config.headId;
    setup.tubingId = snapshot.config.tubingId;
    const Profiles::PrecheckReport report = Profiles::precheck(profile, m_devices.models(), setup);
    if (report.hasErrors()) {
        QStringList errors;
        for (const Profiles::Finding &f : report.findings) {
            if (f.severity == Profiles::Finding::Severity::Error)
                errors.append(f.message);
        }
        Q_EMIT demoFailed(tr("The profile \"%1\" does not fit the %2: %3").arg(profile.name, snapshot.config.displayName(), errors.join(u' ')));
        return;
    }
    Logging::get("app")->info("demo: running profile \"{}\" on {}", profile.name, snapshot.config.displayName());
    m_devices.startProfile(snapshot.config.id, profile);
}

DemoController::~DemoController()
{
    if (m_demo) {
        QMetaObject::invokeMethod(m_demo, &QObject::deleteLater, Qt::QueuedConnection);
        m_demo = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
}

void DemoController::setScenario(Sim::DemoSimulation::Scenario scenario)
{
    const bool changed = scenario != m_scenario;
    m_scenario = scenario;
    if (m_running && m_demo) {
        // Seconds, not the 20 s of a fresh start: the customer is watching.
        QMetaObject::invokeMethod(m_demo, [demo = m_demo, scenario] { demo->setScenario(scenario, kLiveScenarioLead); },
                                  Qt::QueuedConnection);
        Logging::get("app")->info("demo: scenario switched to {}", Sim::DemoSimulation::scenarioName(scenario));
        restartIdlePumps();
    }
    if (changed)
        Q_EMIT scenarioChanged(scenario);
}

void DemoController::restartIdlePumps()
{
    // An occlusion's interlock stopped the pumps; the next scenario should look alive again.
    const QStringList running = m_devices.activeProfiles();
    for (const QString &id : std::as_const(m_pumpIds)) {
        const auto snapshot = m_devices.pump(id);
        const Models::PumpModel *model = snapshot ? m_devices.models().find(snapshot->config.modelId) : nullptr;
        if (!model || model->kind != Models::Kind::Peristaltic || running.contains(id) || snapshot->jobActive
            || snapshot->link != Device::LinkState::Connected || (snapshot->status && snapshot->status->running))
            continue;
        m_devices.sendCommand(id, Device::PumpCommand::speed(std::round(model->maxRpm / 3.0)));
        m_devices.sendCommand(id, Device::PumpCommand::start());
    }
}

void DemoController::stop()
{
    if (m_deferredStart) {
        // Never got going: the last demo's pumps were still being removed.
        m_deferredStart.reset();
        m_starting = false;
        Q_EMIT demoStopped();
        return;
    }
    if (m_starting) {
        m_stopRequested = true;
        return;
    }
    if (!m_running)
        return;
    m_running = false;
    m_pendingProfile.reset();
    m_balances.clear();
    // The pumps first, and the simulated lines closed only once the device thread has let go
    // of them: a pump whose line vanished first would be reported lost and waited for.
    for (const QString &id : std::exchange(m_pumpIds, {})) {
        if (m_devices.activeProfiles().contains(id))
            m_devices.controlProfile(id, ProfileAction::Abort);
        m_devices.removePump(id);
        if (!m_devices.pump(id))
            m_removing.append(id);  // gone from the service; the device thread follows
    }
    Logging::get("app")->info("demo stopped");
    if (m_removing.isEmpty())
        closeLines();
    Q_EMIT demoStopped();
}

void DemoController::onPumpRemoved(const QString &id)
{
    if (m_removing.removeAll(id) > 0 && m_removing.isEmpty())
        closeLines();
}

void DemoController::closeLines()
{
    if (m_demo)
        QMetaObject::invokeMethod(m_demo, &Sim::DemoSimulation::stop, Qt::QueuedConnection);
    // A start asked for while the last demo's pumps were still being removed goes ahead now.
    if (const auto scenario = std::exchange(m_deferredStart, std::nullopt)) {
        m_starting = false;
        start(*scenario);
    }
}

void DemoController::start(Sim::DemoSimulation::Scenario scenario)
{
    if (m_running || m_starting) {
        Q_EMIT demoFailed(tr("The demo is already running."));
        return;
    }
    if (scenario != m_scenario) {
        m_scenario = scenario;
        Q_EMIT scenarioChanged(scenario);
    }
    m_starting = true;
    if (!m_removing.isEmpty()) {
        m_deferredStart = scenario;  // the last demo's pumps are still going: start after them
        return;
    }
    if (!m_demo) {
        m_demo = new Sim::DemoSimulation(m_devices.models());
        m_demo->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_demo, &QObject::deleteLater);
        connect(m_demo, &Sim::DemoSimulation::faultApplied, this, &DemoController::demoFault);
    }
    QMetaObject::invokeMethod(m_demo, [this, demo = m_demo, scenario] {
        const auto started = demo->start(scenario);
        const auto lines = demo->devices();
        const auto balances = demo->balances();
        QMetaObject::invokeMethod(this, [this, started, lines, balances] {
            m_starting = false;
            if (!started) {
                m_stopRequested = false;
                Q_EMIT demoFailed(started.error().message);
                return;
            }
            onReady(lines, balances);
            if (std::exchange(m_stopRequested, false))
                stop();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void DemoController::onReady(const QList<Sim::DemoSimulation::Line> &lines, const QList<Sim::DemoSimulation::BalanceLine> &balances)
{
    m_running = true;
    m_balances = balances;
    QHash<QString, Device::SerialSettings> lineSettings;  // a shared line runs at its first device's settings
    for (const auto &line : lines) {
        const Models::PumpModel *model = m_devices.models().find(line.modelId);
        if (!model)
            continue;
        if (!lineSettings.contains(line.path))
            lineSettings.insert(line.path, Device::defaultSerialSettings(*model, line.path));
        Device::PumpConfig config;
        config.id = u"demo-%1-%2"_s.arg(line.modelId).arg(line.address);
        config.name = tr("Demo %1").arg(model->displayName);
        config.modelId = line.modelId;
        config.serial = lineSettings.value(line.path);
        config.address = line.address;
        config.headId = model->defaultHead;
        config.simulated = true;
        if (m_devices.pump(config.id))
            m_devices.removePump(config.id);  // left from an earlier demo that was not stopped
        if (m_devices.addPump(config).isEmpty())
            continue;  // refused (the role may not); refused() said why
        m_pumpIds.append(config.id);
        if (model->kind == Models::Kind::PressureSensor) {
            // Limits a tubing line would have: warn at 1.5 bar, stop the line at 2.5 bar.
            Device::AlarmConfig limits = m_devices.alarmConfig(config.id);
            limits.high = Device::AlarmLimit{1.5, Device::AlarmAction::Warn};
            limits.highHigh = Device::AlarmLimit{2.5, Device::AlarmAction::StopPumps};
            limits.hysteresis = 0.1;
            m_devices.setAlarmConfig(config.id, limits);
        }
        m_devices.connectPump(config.id);
        // A demo should look alive: pumps run at a third of their range, in order on each line.
        if (model->kind == Models::Kind::Peristaltic) {
            m_devices.sendCommand(config.id, Device::PumpCommand::speed(std::round(model->maxRpm / 3.0)));
            m_devices.sendCommand(config.id, Device::PumpCommand::start());
        }
    }
    Q_EMIT demoStarted();
}

} // namespace PumpStudio::Services
