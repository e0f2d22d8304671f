// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/pumpdriver.h"
#include "device/serialbus.h"

namespace PumpStudio::Device {

/// Base of the drivers whose protocol runs over our own transaction queue (all but Modbus).
class StreamPumpDriver : public PumpDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamPumpDriver)

public:
    ~StreamPumpDriver() override = default;

protected:
    StreamPumpDriver(const Models::PumpModel &model, SerialBus &bus, int address, QObject *parent);

    /// One request/reply on the bus, with the model's answer time and a description for errors.
    void transact(QByteArray bytes, QVariant expectation, qsizetype expectedReplyBytes, QString description,
                  SerialBus::Callback done, std::function<bool(const Frame &)> matches = {},
                  bool replyMayEqualRequest = false, std::function<bool(const Frame &)> valid = {});
    SerialBus &bus() const { return m_bus; }

private:
    SerialBus &m_bus;
};

} // namespace PumpStudio::Device
