// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

// A simulated pump on a pseudo-terminal with the app's real link and driver to it: the rig the
// profile runner's test and benchmark share.
#include "device/devicemanager.h"
#include "device/driverfactory.h"
#include "device/link.h"
#include "device/pumpdriver.h"
#include "models/modelregistry.h"
#include "profiles/profile.h"
#include "profiles/profilerunner.h"
#include "sim/protocolresponder.h"
#include "sim/ptyendpoint.h"
#include "sim/pumpsimoptions.h"
#include "sim/simbus.h"
#include "sim/simdevicefactory.h"
#include "sim/simpump.h"
#include "sim/simulation.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace PumpStudio::Test {

/// A simulated line on a pseudo-terminal, described with pumpsim's own arguments, the rig every
/// test and benchmark shares instead of building lines by hand. openLine() only simulates (the
/// test connects what it likes to path()); open() also puts the app's real link and driver on
/// the first pump (to drive it directly); openHosted() puts a DeviceManager on it instead, the
/// host every program uses, so a job on it is under the device layer's safety rules (identity
/// after a lost link, stop if it kept running).
struct SimPumpRig
{
    Models::ModelRegistry registry;
    QTemporaryDir dir;
    Sim::Simulation simulation;
    Sim::PtyEndpoint *pty = nullptr;
    Sim::SimBus *bus = nullptr;
    Sim::SimPump *pump = nullptr;  ///< the line's first pump
    std::unique_ptr<Device::Link> link;
    std::unique_ptr<Device::PumpDriver> driver;
    QString modelId;     ///< the first pump's model
    QString firstModel;  ///< the first device's model: it sets the line's framing

    std::unique_ptr<Device::DeviceManager> host;
    static inline const QString kHostedId = QStringLiteral("rig");

    bool open(const QString &id = QStringLiteral("reglo-icc"), double speedup = 1.0)
    {
        if (!openLine({QStringLiteral("--model"), id}, speedup))
            return false;
        const Models::PumpModel *model = registry.find(modelId);
        link = Device::createLink(*model, Device::defaultSerialSettings(*model, path()), nullptr);
        link->open();
        if (!QTest::qWaitFor([&] { return link->state() == Device::LinkState::Connected; }, 5000))
            return false;
        auto d = Device::createDriver(*model, *link, model->defaultAddress, nullptr);
        if (!d)
            return false;
        driver = std::move(d).value();
        return true;
    }

    bool openHosted(const QString &id = QStringLiteral("reglo-icc"))
    {
        if (!openSimulated(id))
            return false;
        const Models::PumpModel *model = registry.find(modelId);
        host = std::make_unique<Device::DeviceManager>(registry);
        Device::PumpConfig config;
        config.id = kHostedId;
        config.modelId = modelId;
        config.serial = Device::defaultSerialSettings(*model, path());
        config.address = model->defaultAddress;
        config.mlPerRev = pump->mlPerRev();
        config.pollIntervalMs = Device::kMaxPollIntervalMs;
        bool identified = false;
        const auto watch = QObject::connect(host.get(), &Device::DeviceManager::pumpChanged, host.get(),
                                            [&identified](const Device::PumpSnapshot &s) { identified = identified || s.identity.has_value(); });
        host->addPump(config);
        host->connectPump(kHostedId);
        const bool ok = QTest::qWaitFor([&] { return identified; }, 5000);
        QObject::disconnect(watch);
        return ok;
    }

    /// Runs `profile` as the hosted pump's job; the runner lives in the host.
    QPointer<Profiles::ProfileRunner> startHosted(const Profiles::Profile &profile)
    {
        QPointer<Profiles::ProfileRunner> runner;
        host->startJob(kHostedId, [&runner, profile](Device::PumpDriver &d) -> std::unique_ptr<Device::PumpJob> {
            auto r = std::make_unique<Profiles::ProfileRunner>(d, profile);
            runner = r.get();
            return r;
        });
        return runner;
    }

    QString path() const { return dir.filePath(QStringLiteral("pump")); }

    bool openSimulated(const QString &id) { return openLine({QStringLiteral("--model"), id}); }

    /// Simulates the line pumpsim would for `arguments` (e.g. --model pressure-modbus --address 1
    /// --model leadfluid-bt100s --address 2, or --model kamoer-2802 --faults slow=400ms), its
    /// pump time `speedup` times the clock.
    bool openLine(const QStringList &arguments, double speedup = 1.0)
    {
        registry.load(QStringLiteral(":/models"), {});
        const auto options = Sim::parsePumpSimArguments(QStringList{QStringLiteral("pumpsim")} + arguments);
        if (!options || options->devices.empty())
            return false;
        firstModel = options->devices.front().model;
        modelId = firstModel;
        for (const auto &device : options->devices) {  // the first pump, not a sensor
            const Models::PumpModel *m = registry.find(device.model);
            if (m && m->kind != Models::Kind::PressureSensor) {
                modelId = device.model;
                break;
            }
        }
        auto endpoint = std::make_unique<Sim::PtyEndpoint>();
        if (!endpoint->open(path()).ok())
            return false;
        pty = endpoint.get();
        auto built = Sim::SimDeviceFactory::buildLine(*options, registry, simulation, std::move(endpoint));
        if (!built)
            return false;
        bus = *built;
        // --faults, --scenario and --latency-ms as pumpsim applies them.
        bus->setLatency(options->latency);
        simulation.setFaultPlan(options->faults);
        for (const Sim::ProtocolResponder *responder : bus->responders()) {
            if (!responder->pumps().empty()) {
                pump = responder->pumps().front();
                break;
            }
        }
        simulation.start(speedup);
        return true;
    }

    /// The serial settings of the line (its first device's model's defaults) at path().
    Device::SerialSettings serial() const
    {
        return Device::defaultSerialSettings(*registry.find(firstModel), path());
    }

    /// A profile for the simulated pump, calibrated to its tubing so volumes compare.
    Profiles::Profile profile(std::vector<Profiles::Step> steps) const
    {
        Profiles::Profile p;
        p.name = QStringLiteral("test");
        p.modelId = modelId;
        p.mlPerRev = pump->mlPerRev();
        p.steps = std::move(steps);
        return p;
    }
};

} // namespace PumpStudio::Test
