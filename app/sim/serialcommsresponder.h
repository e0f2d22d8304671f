// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "protocol/masterflex.h"
#include "sim/protocolresponder.h"

namespace PumpStudio::Sim {

/// A current Masterflex L/S digital drive on "Serial Comms": `<addr><cmd>[payload] CR`, answered
/// `*` done, `#` invalid, `~` until `RE1` enabled serial control; `R`/`S` set speed in 0.01 rpm or
/// 0.1 % of full speed, `RC` reports "addr,motor,dir", `:` the dispensed volume in mL.
class SerialCommsResponder final : public ProtocolResponder
{
public:
    SerialCommsResponder(int address, SimPump *pump);

    QString protocolName() const override;
    int address() const override { return m_address; }
    std::vector<SimPump *> pumps() const override { return {m_pump}; }
    std::vector<QByteArray> feed(QByteArrayView bytes, std::chrono::nanoseconds now) override;
    void powerCycle() override;

private:
    QByteArray handle(const Protocol::MasterflexSerialComms::Request &request);

    int m_address;
    SimPump *m_pump;
    QByteArray m_line;
    bool m_serialMode = false;
};

} // namespace PumpStudio::Sim
