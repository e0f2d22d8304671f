// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/modbusbus.h"
#include "device/pumpdriver.h"

namespace PumpStudio::Device {

/// Any Modbus RTU pump or pressure transmitter, driven entirely by its model file's register
/// map: points named speed, run, direction, full-speed, actual-speed, pressure, identity.
class ModbusDriver final : public PumpDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModbusDriver)

public:
    ModbusDriver(const Models::PumpModel &model, ModbusBus &bus, int address, QObject *parent);

    /// Reads one point of the map, scaled.
    void readPoint(const QString &name, Callback<double> done);
    /// Writes one point of the map (coils: non-zero is ON).
    void writePoint(const QString &name, double value, Callback<void> done);

protected:
    void doIdentify(Callback<PumpIdentity> done) override;
    void doPrepare(Callback<void> done) override;
    void doReadStatus(Callback<PumpStatus> done) override;
    void doStart(Callback<void> done) override;
    void doStop(Callback<void> done) override;
    void doSetDirection(Direction direction, Callback<void> done) override;
    void doSetSpeed(double rpm, Callback<double> done) override;
    void doReadPressure(Callback<double> done) override;

private:
    void writeOnConnect(std::size_t index, Callback<void> done);
    void readAscii(const Models::ModbusPoint &point, Callback<QString> done);

    ModbusBus &m_bus;
};

} // namespace PumpStudio::Device
