// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/protocolresponder.h"

namespace PumpStudio::Sim {

QByteArray ProtocolResponder::corrupt(const QByteArray &reply, std::mt19937 &random) const
{
    if (reply.isEmpty())
        return reply;
    QByteArray damaged = reply;
    // Keep the first byte (a start flag or address) so the host sees a damaged frame, not silence.
    const qsizetype first = damaged.size() > 1 ? 1 : 0;
    std::uniform_int_distribution<qsizetype> position(first, damaged.size() - 1);
    std::uniform_int_distribution<int> bit(0, 7);
    const qsizetype at = position(random);
    damaged[at] = static_cast<char>(static_cast<unsigned char>(damaged.at(at)) ^ (1u << bit(random)));
    return damaged;
}

} // namespace PumpStudio::Sim
