// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "protocol/longere9.h"
#include "sim/protocolresponder.h"

namespace PumpStudio::Sim {

/// A Longer pump on the E9 RS-485 protocol: WJ sets speed, run, full speed and direction and is
/// answered with the state; RJ reads it; WID/RID change and read the address. Frames to the
/// broadcast address 31 act without a reply.
class LongerResponder final : public ProtocolResponder
{
public:
    /// `rpmPerCount`: the wire's speed unit (0.1 rpm BT100-2J, 1 rpm WT600-2J).
    LongerResponder(int address, double rpmPerCount, SimPump *pump);

    QString protocolName() const override;
    int address() const override { return m_address; }
    std::vector<SimPump *> pumps() const override { return {m_pump}; }
    std::vector<QByteArray> feed(QByteArrayView bytes, std::chrono::nanoseconds now) override;
    void powerCycle() override { m_decoder.reset(); }

private:
    Protocol::Longer::State state() const;

    int m_address;
    double m_rpmPerCount;
    SimPump *m_pump;
    Protocol::Longer::Decoder m_decoder;
};

} // namespace PumpStudio::Sim
