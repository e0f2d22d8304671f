// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

// A simulated pump on a pseudo-terminal with the app's real link and driver to it: the rig the
// profile runner's test and benchmark share.
#include "device/driverfactory.h"
#include "device/link.h"
#include "device/pumpdriver.h"
#include "models/modelregistry.h"
#include "profiles/profile.h"
#include "sim/protocolresponder.h"
#include "sim/ptyendpoint.h"
#include "sim/pumpsimoptions.h"
#include "sim/simbus.h"
#include "sim/simdevicefactory.h"
#include "sim/simpump.h"
#include "sim/simulation.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace PumpStudio::Test {

struct SimPumpRig
{
    Models::ModelRegistry registry;
    QTemporaryDir dir;
    Sim::Simulation simulation;
    Sim::PtyEndpoint *pty = nullptr;
    Sim::SimPump *pump = nullptr;
    std::unique_ptr<Device::Link> link;
    std::unique_ptr<Device::PumpDriver> driver;
    QString modelId;

    bool open(const QString &id = QStringLiteral("reglo-icc"))
    {
        modelId = id;
        registry.load(QStringLiteral(":/models"), {});
        const Models::PumpModel *model = registry.find(modelId);
        if (!model)
            return false;
        auto endpoint = std::make_unique<Sim::PtyEndpoint>();
        const QString path = dir.filePath(QStringLiteral("pump"));
        if (!endpoint->open(path).ok())
            return false;
        pty = endpoint.get();
        const auto options = Sim::parsePumpSimArguments({QStringLiteral("pumpsim"), QStringLiteral("--model"), modelId});
        if (!options)
            return false;
        auto bus = Sim::SimDeviceFactory::buildLine(*options, registry, simulation, std::move(endpoint));
        if (!bus)
            return false;
        pump = (*bus)->responders().front()->pumps().front();
        simulation.start(1.0);
        link = Device::createLink(*model, Device::defaultSerialSettings(*model, path), nullptr);
        link->open();
        if (!QTest::qWaitFor([&] { return link->state() == Device::LinkState::Connected; }, 5000))
            return false;
        auto d = Device::createDriver(*model, *link, model->defaultAddress, nullptr);
        if (!d)
            return false;
        driver = std::move(d).value();
        return true;
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
