// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/dryrun.h"

#include "core/logging.h"
#include "device/devicemanager.h"
#include "device/driverfactory.h"
#include "models/modelregistry.h"
#include "sim/protocolresponder.h"
#include "sim/ptyendpoint.h"
#include "sim/pumpsimoptions.h"
#include "sim/simbus.h"
#include "sim/simdevicefactory.h"
#include "sim/simpump.h"
#include "sim/simulation.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services {

namespace {
constexpr int kSampleMs = 50;  // real time between trace points
const QString kPumpId = u"dry-run"_s;
}

DryRun::DryRun(const Models::ModelRegistry &models, Profiles::Profile profile, double speedup, QObject *parent)
    : QObject(parent), m_models(models), m_profile(std::move(profile)), m_speedup(std::clamp(speedup, 1.0, 1000.0))
{
    qRegisterMetaType<PumpStudio::Services::TracePoint>();
    qRegisterMetaType<QList<PumpStudio::Services::TracePoint>>();
    m_sampler = new QTimer(this);
    m_sampler->setInterval(kSampleMs);
    connect(m_sampler, &QTimer::timeout, this, &DryRun::sample);
}

DryRun::~DryRun()
{
    // The pump's session (and the runner, its job) go before the simulated pump they talk to.
    m_devices.reset();
}

Result<void> DryRun::start()
{
    const Models::PumpModel *model = m_models.find(m_profile.modelId);
    if (!model)
        return makeError(Error::Code::InvalidArgument, tr("Unknown pump model \"%1\".").arg(m_profile.modelId));
    if (!m_dir.isValid())
        return makeError(Error::Code::Io, tr("No temporary folder for the simulated pump."));
    m_simulation = std::make_unique<Sim::Simulation>();
    auto endpoint = std::make_unique<Sim::PtyEndpoint>();
    const QString path = m_dir.filePath(u"dry-run"_s);
    if (auto opened = endpoint->open(path); !opened)
        return opened.error();
    QStringList args{u"pumpsim"_s, u"--model"_s, model->id};
    if (!m_profile.headId.isEmpty())
        args << u"--head"_s << m_profile.headId;
    if (!m_profile.tubingId.isEmpty())
        args << u"--tubing"_s << m_profile.tubingId;
    const auto options = Sim::parsePumpSimArguments(args);
    if (!options)
        return options.error();
    auto bus = Sim::SimDeviceFactory::buildLine(*options, m_models, *m_simulation, std::move(endpoint));
    if (!bus)
        return bus.error();
    m_pump = (*bus)->responders().front()->pumps().front();
    if (m_profile.mlPerRev)
        (void)m_pump->setMlPerRev(*m_profile.mlPerRev);  // the calibration the plan assumes
    m_simulation->start(m_speedup);

    // Hosted as a real pump is: its session identifies it first, then the profile runs as its job.
    m_devices = std::make_unique<Device::DeviceManager>(m_models);
    Device::PumpConfig config;
    config.id = kPumpId;
    config.modelId = model->id;
    config.serial = Device::defaultSerialSettings(*model, path);
    config.address = model->defaultAddress;
    config.headId = m_profile.headId;
    config.tubingId = m_profile.tubingId;
    config.mlPerRev = m_profile.mlPerRev;
    config.simulated = true;
    config.pollIntervalMs = Device::kMaxPollIntervalMs;  // the runner watches the pump itself
    connect(m_devices.get(), &Device::DeviceManager::pumpChanged, this, [this](const Device::PumpSnapshot &s) {
        if (!m_jobStarted && s.identity && s.link == Device::LinkState::Connected)
            startJob();
        else if (!m_jobStarted && s.link == Device::LinkState::Failed)
            end(Profiles::ProfileRunner::State::Failed, s.lastErrorText());
    });
    connect(m_devices.get(), &Device::DeviceManager::jobRefused, this,
            [this](const QString &, const Error &why) { end(Profiles::ProfileRunner::State::Failed, why.message); });
    m_trace.clear();
    m_devices->addPump(config);
    m_devices->connectPump(kPumpId);
    return {};
}

void DryRun::startJob()
{
    m_jobStarted = true;
    m_devices->startJob(kPumpId, [this](Device::PumpDriver &driver) -> std::unique_ptr<Device::PumpJob> {
        using R = Profiles::ProfileRunner;
        auto runner = std::make_unique<R>(driver, m_profile);
        runner->setTimeScale(m_speedup);
        R *r = runner.get();
        // The rehearsal is its own operator: it confirms operator steps and goes on once the
        // device layer says the pump is back (the same pump, stopped).
        connect(r, &R::operatorPrompt, r, &R::confirm, Qt::QueuedConnection);
        connect(r, &R::pumpReturned, r, [r](const QString &message) {
            Logging::get("profiles")->warn("dry run: {}; resuming", message);
            r->resume();
        }, Qt::QueuedConnection);
        connect(r, &R::finished, this, [this](R::State state, const QString &message) { end(state, message); });
        m_runner = r;
        m_sampler->start();
        return runner;
    });
}

void DryRun::abort()
{
    if (m_runner)
        m_runner->abort();
    else
        end(Profiles::ProfileRunner::State::Aborted, tr("Aborted."));
}

void DryRun::end(Profiles::ProfileRunner::State state, const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    sample();
    m_sampler->stop();
    Q_EMIT finished(state, message);
}

void DryRun::sample()
{
    if (!m_pump || !m_runner)
        return;
    const double sign = m_pump->direction() == Device::Direction::CounterClockwise ? -1.0 : 1.0;
    m_trace.append(TracePoint{m_runner->progress().elapsedS, sign * m_pump->flowMlPerMin(), m_pump->dispensedMl()});
    Q_EMIT traced(m_trace.mid(m_reported));
    m_reported = m_trace.size();
}

} // namespace PumpStudio::Services
