// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/frameadapter.h"
#include "protocol/mtsics.h"
#include "protocol/sartoriussbi.h"

Q_DECLARE_METATYPE(PumpStudio::Protocol::MtSics::Reply)
Q_DECLARE_METATYPE(PumpStudio::Protocol::SartoriusSbi::Line)

namespace PumpStudio::Device {

/// MT-SICS replies (one CR LF line each) as bus frames; a balance sends nothing unasked.
class MtSicsAdapter final : public FrameAdapter
{
public:
    std::vector<Frame> feed(QByteArrayView bytes) override;
    void reset() override { m_decoder.reset(); }
    Counters counters() const override;

private:
    Protocol::MtSics::ReplyDecoder m_decoder;
};

/// Sartorius SBI printed lines as bus frames.
class SartoriusSbiAdapter final : public FrameAdapter
{
public:
    std::vector<Frame> feed(QByteArrayView bytes) override;
    void reset() override { m_decoder.reset(); }
    Counters counters() const override;

private:
    Protocol::SartoriusSbi::ReplyDecoder m_decoder;
};

} // namespace PumpStudio::Device
