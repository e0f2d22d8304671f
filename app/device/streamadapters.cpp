// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/streamadapters.h"

#include "protocol/regloicc.h"

namespace PumpStudio::Device {

namespace {
template <typename Stats>
FrameAdapter::Counters countersOf(const Stats &stats)
{
    return {stats.garbageBytes, stats.checksumErrors};
}
}

void AsciiAdapter::expect(const QVariant &expectation)
{
    if (expectation.isValid())
        m_decoder.expect(static_cast<Protocol::ReplyShape>(expectation.toInt()));
}

std::vector<Frame> AsciiAdapter::feed(QByteArrayView bytes)
{
    std::vector<Frame> frames;
    for (const Protocol::AsciiReply &reply : m_decoder.feed(bytes)) {
        Frame f;
        f.payload = QVariant::fromValue(reply);
        if (reply.kind == Protocol::AsciiReply::Kind::Event) {
            f.unsolicited = true;
            if (const auto event = Protocol::Reglo::parseEvent(reply.text))
                f.address = event->channel;
        }
        frames.push_back(std::move(f));
    }
    return frames;
}

FrameAdapter::Counters AsciiAdapter::counters() const { return countersOf(m_decoder.stats()); }

std::vector<Frame> LongerAdapter::feed(QByteArrayView bytes)
{
    std::vector<Frame> frames;
    for (const Protocol::Longer::Frame &frame : m_decoder.feed(bytes))
        frames.push_back(Frame{frame.address, false, QVariant::fromValue(frame)});
    return frames;
}

FrameAdapter::Counters LongerAdapter::counters() const { return countersOf(m_decoder.stats()); }

std::vector<Frame> NewEraAdapter::feed(QByteArrayView bytes)
{
    std::vector<Frame> frames;
    for (const Protocol::NewEra::Reply &reply : m_decoder.feed(bytes))
        frames.push_back(Frame{reply.address, false, QVariant::fromValue(reply)});
    return frames;
}

FrameAdapter::Counters NewEraAdapter::counters() const { return countersOf(m_decoder.stats()); }

std::vector<Frame> MasterflexLegacyAdapter::feed(QByteArrayView bytes)
{
    std::vector<Frame> frames;
    for (const Protocol::MasterflexLegacy::Reply &reply : m_decoder.feed(bytes))
        frames.push_back(Frame{-1, false, QVariant::fromValue(reply)});
    return frames;
}

FrameAdapter::Counters MasterflexLegacyAdapter::counters() const { return countersOf(m_decoder.stats()); }

std::vector<Frame> ModbusAdapter::feed(QByteArrayView bytes)
{
    std::vector<Frame> frames;
    for (const Protocol::Modbus::Adu &adu : m_decoder.feed(bytes))
        frames.push_back(Frame{adu.slave, false, QVariant::fromValue(adu)});
    return frames;
}

FrameAdapter::Counters ModbusAdapter::counters() const { return countersOf(m_decoder.stats()); }

} // namespace PumpStudio::Device
