// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/balancedriver.h"

namespace PumpStudio::Device {

BalanceDriver::BalanceDriver(const Models::BalanceModel &model, SerialBus &bus, QObject *parent)
    : QObject(parent), m_model(model), m_bus(bus), m_stableTimeout(model.stableTimeoutMs)
{
    qRegisterMetaType<PumpStudio::Device::BalanceReading>();
    qRegisterMetaType<PumpStudio::Device::BalanceIdentity>();
}

BalanceDriver::~BalanceDriver() = default;

void BalanceDriver::transact(QByteArray bytes, std::chrono::milliseconds deviceTime, int attempts, QString description,
                             SerialBus::Callback done)
{
    SerialBus::Request r;
    r.bytes = std::move(bytes);
    r.expectedReplyBytes = 24;
    r.deviceTime = deviceTime;
    r.maxAttempts = attempts;
    r.description = std::move(description);
    m_bus.submit(std::move(r), this, std::move(done));
}

void BalanceDriver::send(QByteArray bytes, QString description, Callback<void> done)
{
    SerialBus::Request r;
    r.bytes = std::move(bytes);
    r.expectReply = false;
    r.maxAttempts = 1;
    r.description = std::move(description);
    m_bus.submit(std::move(r), this, [done = std::move(done)](Result<Frame> f) {
        if (!f)
            done(f.error());
        else
            done({});
    });
}

Error BalanceDriver::overload()
{
    return makeError(Error::Code::OutOfRange, tr("The balance is overloaded: the load is above its capacity."));
}

Error BalanceDriver::underload()
{
    return makeError(Error::Code::OutOfRange, tr("The balance shows underload: the load is below its zero (is the pan in place?)."));
}

Error BalanceDriver::notStable(std::chrono::milliseconds waited)
{
    return makeError(Error::Code::Timeout,
                     tr("The balance did not settle: no stable reading within %1 s.").arg(static_cast<double>(waited.count()) / 1000.0));
}

} // namespace PumpStudio::Device
