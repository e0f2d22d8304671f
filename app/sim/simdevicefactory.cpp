// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/simdevicefactory.h"

#include "models/limits.h"
#include "sim/byteendpoint.h"
#include "sim/longerresponder.h"
#include "sim/masterflexlegacyresponder.h"
#include "sim/modbusresponder.h"
#include "sim/neweraresponder.h"
#include "sim/regloresponder.h"
#include "sim/serialcommsresponder.h"
#include "sim/simbus.h"
#include "sim/simpressuresensor.h"
#include "sim/simulation.h"

#include <QCoreApplication>

#include <algorithm>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Sim::SimDeviceFactory {

namespace {

using Models::PumpModel;

// Drives reach full speed in about half a second: quick, yet visible on a plot.
constexpr double kRampSecondsToFullSpeed = 0.5;

double syringeMlPerRev(double diameterMm)
{
    return std::numbers::pi * diameterMm * diameterMm / 4.0 * kSyringeLeadMmPerRev / 1000.0;
}

struct Planned
{
    const PumpModel *model = nullptr;
    int address = 0;
    SimPumpConfig pump;
    double syringeDiameterMm = 0.0;
    QByteArray firmware;
};

} // namespace

Result<SimPumpConfig> pumpConfig(const PumpModel &model, const QString &headId, const QString &tubingId, quint32 seed)
{
    SimPumpConfig config;
    config.seed = seed;
    if (model.kind == Models::Kind::Syringe) {
        const QString id = tubingId.isEmpty() ? model.defaultSyringe : tubingId;
        const Models::SyringeOption *syringe = model.syringe(id);
        if (!syringe) {
            QStringList known;
            for (const auto &option : model.syringes)
                known << option.id;
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate("SimDeviceFactory", "%1 has no syringe \"%2\"; it takes %3.").arg(model.id, id, known.join(u", "_s)));
        }
        double largest = syringe->innerDiameterMm;
        for (const auto &option : model.syringes)
            largest = std::max(largest, option.innerDiameterMm);
        config.kind = SimPumpConfig::Kind::Syringe;
        config.rollers = 0;
        config.mlPerRev = syringeMlPerRev(syringe->innerDiameterMm);
        // The fastest plunger speed is the model's top flow on its largest syringe.
        config.maxRpm = model.maxFlowMlPerMin > 0.0 ? model.maxFlowMlPerMin / syringeMlPerRev(largest) : 100.0;
        config.defaultRpm = 0.0;
        config.syringeCapacityMl = syringe->capacityMl;
        config.syringeInitialMl = syringe->capacityMl;
        config.tubingResistanceKPaPerMlMin = 5.0;
    } else {
        const QString head = headId.isEmpty() ? model.defaultHead : headId;
        const Models::HeadOption *headOption = model.head(head);
        if (!headOption) {
            QStringList known;
            for (const auto &option : model.heads)
                known << option.id;
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate("SimDeviceFactory", "%1 has no head \"%2\"; it takes %3.").arg(model.id, head, known.join(u", "_s)));
        }
        const auto mlPerRev = Models::mlPerRevFor(model, head, tubingId);
        if (!mlPerRev) {
            QStringList known;
            for (const auto &option : headOption->tubing)
                known << option.id;
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate("SimDeviceFactory", "%1 takes no tubing \"%2\"; it takes %3.").arg(head, tubingId, known.join(u", "_s)));
        }
        config.mlPerRev = *mlPerRev;
        config.rollers = headOption->rollers;
        config.maxRpm = model.maxRpm > 0.0 ? model.maxRpm : 100.0;
        config.defaultRpm = std::max(model.minRpm, 0.0);
    }
    config.accelerationRpmPerS = config.maxRpm / kRampSecondsToFullSpeed;
    return config;
}

Result<SimBus *> buildLine(const PumpSimOptions &options, const Models::ModelRegistry &registry, Simulation &simulation,
                           std::unique_ptr<ByteEndpoint> endpoint)
{
    if (options.devices.empty())
        return makeError(Error::Code::InvalidArgument, QCoreApplication::translate("SimDeviceFactory", "No device to simulate."));

    // Check everything first, so a bad device leaves nothing half built.
    std::vector<Planned> plan;
    for (std::size_t i = 0; i < options.devices.size(); ++i) {
        const PumpSimOptions::Device &device = options.devices[i];
        const PumpModel *model = registry.find(device.model);
        if (!model) {
            QStringList known;
            for (const PumpModel &m : registry.models())
                known << m.id;
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate("SimDeviceFactory", "Unknown model \"%1\"; known models: %2.").arg(device.model, known.join(u", "_s)));
        }
        Planned planned;
        planned.model = model;
        const auto address = Models::checkAddress(*model, device.address.value_or(Models::defaultAddress(*model)));
        if (!address)
            return address.error();
        planned.address = *address;
        if (!device.firmware.isEmpty()) {
            if (model->protocol != Models::Protocol::RegloIcc)
                return makeError(Error::Code::InvalidArgument,
                                 QCoreApplication::translate("SimDeviceFactory", "--firmware is simulated for the Reglo ICC only, not for the %1.")
                                     .arg(model->displayName));
            planned.firmware = device.firmware.toLatin1();
        }
        if (model->kind != Models::Kind::PressureSensor) {
            auto config = pumpConfig(*model, device.head, device.tubing, options.seed + static_cast<quint32>(i));
            if (!config)
                return config.error();
            planned.pump = *config;
            if (model->kind == Models::Kind::Syringe) {
                const auto *syringe = model->syringeOrDefault(device.tubing);
                planned.syringeDiameterMm = syringe ? syringe->innerDiameterMm : 0.0;
                planned.pump.syringeTrueDiameterMm = options.syringeDiameterMm;
            }
        }
        for (const Planned &other : plan) {
            if (other.address == planned.address && other.model->protocol == model->protocol)
                return makeError(Error::Code::InvalidArgument,
                                 QCoreApplication::translate("SimDeviceFactory", "Two %1 devices at address %2 on one line.").arg(Models::protocolName(model->protocol)).arg(planned.address));
        }
        plan.push_back(planned);
    }

    if (plan.empty() || !plan.front().model)
        return makeError(Error::Code::InvalidArgument, QCoreApplication::translate("SimDeviceFactory", "No device to simulate."));
    const PumpModel &first = *plan.front().model;
    Device::SerialSettings wire;
    wire.baudRate = options.baudRate.value_or(first.serial.baud);
    wire.dataBits = first.serial.dataBits;
    wire.parity = first.serial.parity;
    wire.stopBits = first.serial.stopBits;
    SimBus *bus = simulation.addBus(std::move(endpoint), wire, options.seed);

    std::vector<SimPressureSensor *> sensors;
    for (const Planned &planned : plan) {
        const PumpModel &model = *planned.model;
        if (model.kind == Models::Kind::PressureSensor) {
            SimPressureSensor *sensor = simulation.addPressureSensor({});
            sensors.push_back(sensor);
            bus->addResponder(std::make_unique<ModbusResponder>(model, planned.address, nullptr, sensor));
            continue;
        }
        std::vector<SimPump *> channels;
        for (int c = 0; c < std::max(1, model.channels); ++c) {
            SimPumpConfig config = planned.pump;
            config.seed += static_cast<quint32>(c) * 1000u;
            channels.push_back(simulation.addPump(config));
        }
        SimPump *pump = channels.front();
        switch (model.protocol) {
        case Models::Protocol::RegloIcc:
            bus->addResponder(std::make_unique<RegloResponder>(planned.address, channels, planned.firmware));
            break;
        case Models::Protocol::LongerE9:
            bus->addResponder(std::make_unique<LongerResponder>(planned.address, model.rpmResolution, pump));
            break;
        case Models::Protocol::ModbusRtu:
            bus->addResponder(std::make_unique<ModbusResponder>(model, planned.address, pump, nullptr));
            break;
        case Models::Protocol::NewEra:
            bus->addResponder(std::make_unique<NewEraResponder>(planned.address, planned.syringeDiameterMm,
                                                                kSyringeLeadMmPerRev, pump));
            break;
        case Models::Protocol::MasterflexLegacy:
            bus->addResponder(std::make_unique<MasterflexLegacyResponder>(planned.address, pump));
            break;
        case Models::Protocol::MasterflexSerialComms:
            bus->addResponder(std::make_unique<SerialCommsResponder>(planned.address, pump));
            break;
        }
    }
    // A transmitter reads the fluid line the simulated pumps feed, wherever its own serial line
    // is (the same terminal or one of its own).
    for (SimPressureSensor *sensor : sensors) {
        for (SimPump *pump : simulation.pumps())
            sensor->addSource(pump);
    }
    return bus;
}

} // namespace PumpStudio::Sim::SimDeviceFactory
