// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "protocol/masterflex.h"
#include "sim/protocolresponder.h"

namespace PumpStudio::Sim {

/// A Masterflex L/S legacy drive. It powers up unnumbered: ENQ answers `STX P? CR` until
/// `STX P<nn> CR` numbers it. Commands `STX P<nn><cmd> CR` answer ACK or NAK; motion needs `R`
/// (remote) first. Queries answer with the codec's shared (assumed) shapes: `I` "P01I+60.0,R",
/// `C` cumulative and `E` remaining revolutions "P01C12.5".
class MasterflexLegacyResponder final : public ProtocolResponder
{
public:
    MasterflexLegacyResponder(int address, SimPump *pump);

    QString protocolName() const override;
    int address() const override { return m_address; }
    std::vector<SimPump *> pumps() const override { return {m_pump}; }
    std::vector<QByteArray> feed(QByteArrayView bytes, std::chrono::nanoseconds now) override;
    void powerCycle() override;

private:
    QByteArray handle(const Protocol::MasterflexLegacy::Request &request);
    QByteArray prefix() const;

    int m_address;
    SimPump *m_pump;
    Protocol::MasterflexLegacy::RequestDecoder m_decoder;
    int m_number = -1;          ///< -1 until numbered
    bool m_remote = false;
    double m_revolutions = 0.0; ///< V: revolutions for the next G
};

} // namespace PumpStudio::Sim
