// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profiles/dryrun.h"

#include "core/logging.h"
#include "device/driverfactory.h"
#include "device/link.h"
#include "device/pumpdriver.h"
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

namespace PumpStudio::Profiles {

namespace {
constexpr int kSampleMs = 50;  // real time between trace points
}

DryRun::DryRun(const Models::ModelRegistry &models, Profile profile, double speedup, QObject *parent)
    : QObject(parent), m_models(models), m_profile(std::move(profile)), m_speedup(std::clamp(speedup, 1.0, 1000.0))
{
    m_sampler = new QTimer(this);
    m_sampler->setInterval(kSampleMs);
    connect(m_sampler, &QTimer::timeout, this, &DryRun::sample);
}

DryRun::~DryRun()
{
    m_runner.reset();
    m_driver.reset();
    m_link.reset();
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
    m_link = Device::createLink(*model, Device::defaultSerialSettings(*model, path), nullptr);
    m_link->open();
    auto driver = Device::createDriver(*model, *m_link, model->defaultAddress, nullptr);
    if (!driver)
        return driver.error();
    m_driver = std::move(driver).value();
    m_runner = std::make_unique<ProfileRunner>(*m_driver, m_profile);
    m_runner->setTimeScale(m_speedup);
    connect(m_runner.get(), &ProfileRunner::operatorPrompt, m_runner.get(), &ProfileRunner::confirm, Qt::QueuedConnection);
    // The simulated pump never goes away; a reply that came too late (a busy machine) is not a
    // reason to stop a rehearsal: go on with the step.
    connect(m_runner.get(), &ProfileRunner::stateChanged, this, [this](ProfileRunner::State state, const QString &message) {
        if (state != ProfileRunner::State::LinkLost)
            return;
        Logging::get("profiles")->warn("dry run: {}; resuming", message);
        QTimer::singleShot(100, m_runner.get(), &ProfileRunner::resume);
    });
    connect(m_runner.get(), &ProfileRunner::finished, this, [this](ProfileRunner::State state, const QString &message) {
        sample();
        m_sampler->stop();
        Q_EMIT finished(state, message);
    });
    m_trace.clear();
    // The run starts once the link to the simulated pump is open (it opens on the event loop).
    const auto go = [this] {
        m_sampler->start();
        m_runner->start();
    };
    if (m_link->state() == Device::LinkState::Connected) {
        go();
    } else {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_link.get(), &Device::Link::stateChanged, this, [this, go, once](Device::LinkState state) {
            if (state != Device::LinkState::Connected)
                return;
            disconnect(*once);
            go();
        });
    }
    return {};
}

void DryRun::abort()
{
    if (m_runner)
        m_runner->abort();
}

void DryRun::sample()
{
    if (!m_pump || !m_runner)
        return;
    const double sign = m_pump->direction() == Device::Direction::CounterClockwise ? -1.0 : 1.0;
    m_trace.append(TracePoint{m_runner->progress().elapsedS, sign * m_pump->flowMlPerMin(), m_pump->dispensedMl()});
    Q_EMIT traceUpdated();
}

} // namespace PumpStudio::Profiles
