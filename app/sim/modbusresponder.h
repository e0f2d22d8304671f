// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "models/pumpmodel.h"
#include "protocol/modbusrtu.h"
#include "sim/protocolresponder.h"

#include <QHash>

namespace PumpStudio::Sim {

class SimPressureSensor;
class SimPump;

/// A Modbus RTU slave driven by a model file's register map, so a distributor's new model file is
/// simulated without code. Named points act on the pump (speed, actual-speed, direction, run,
/// full-speed, dispense-time, enable-remote) or the pressure sensor (pressure); other points are
/// plain storage. Broadcast writes (slave 0) apply without a reply.
class ModbusResponder final : public ProtocolResponder
{
public:
    ModbusResponder(const Models::PumpModel &model, int address, SimPump *pump, SimPressureSensor *sensor);

    QString protocolName() const override;
    int address() const override { return m_address; }
    std::vector<SimPump *> pumps() const override;
    std::vector<QByteArray> feed(QByteArrayView bytes, std::chrono::nanoseconds now) override;
    void powerCycle() override;

private:
    QByteArray handle(const Protocol::Modbus::Adu &request);
    const Models::ModbusPoint *pointAt(Models::ModbusPoint::Table table, int address) const;
    double read(const Models::ModbusPoint &point) const;
    bool write(const Models::ModbusPoint &point, double value);
    bool remoteEnabled() const;

    Models::PumpModel m_model;
    int m_address;
    SimPump *m_pump;
    SimPressureSensor *m_sensor;
    Protocol::Modbus::RequestDecoder m_decoder;
    QHash<QString, double> m_stored;   ///< points without behaviour, by name
};

} // namespace PumpStudio::Sim
