// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/balanceadapters.h"

namespace PumpStudio::Device {

std::vector<Frame> MtSicsAdapter::feed(QByteArrayView bytes)
{
    std::vector<Frame> frames;
    for (const Protocol::MtSics::Reply &reply : m_decoder.feed(bytes))
        frames.push_back(Frame{-1, false, QVariant::fromValue(reply)});
    return frames;
}

FrameAdapter::Counters MtSicsAdapter::counters() const
{
    return {m_decoder.stats().garbageBytes, 0};
}

std::vector<Frame> SartoriusSbiAdapter::feed(QByteArrayView bytes)
{
    std::vector<Frame> frames;
    for (const Protocol::SartoriusSbi::Line &line : m_decoder.feed(bytes))
        frames.push_back(Frame{-1, false, QVariant::fromValue(line)});
    return frames;
}

FrameAdapter::Counters SartoriusSbiAdapter::counters() const
{
    return {m_decoder.stats().garbageBytes, 0};
}

} // namespace PumpStudio::Device
