// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/streampumpdriver.h"

namespace PumpStudio::Device {

StreamPumpDriver::StreamPumpDriver(const Models::PumpModel &model, SerialBus &bus, int address, QObject *parent)
    : PumpDriver(model, address, parent), m_bus(bus)
{
}

void StreamPumpDriver::transact(QByteArray bytes, QVariant expectation, qsizetype expectedReplyBytes,
                                QString description, SerialBus::Callback done, std::function<bool(const Frame &)> matches,
                                bool replyMayEqualRequest, std::function<bool(const Frame &)> valid)
{
    SerialBus::Request request;
    request.bytes = std::move(bytes);
    request.expectation = std::move(expectation);
    request.expectedReplyBytes = expectedReplyBytes;
    request.deviceTime = std::chrono::milliseconds(model().deviceTimeMs);
    request.description = std::move(description);
    request.matches = std::move(matches);
    request.replyMayEqualRequest = replyMayEqualRequest;
    request.valid = std::move(valid);
    if (model().broadcastAddress && address() == *model().broadcastAddress)
        request.expectReply = false;
    m_bus.submit(std::move(request), this, std::move(done));
}

} // namespace PumpStudio::Device
