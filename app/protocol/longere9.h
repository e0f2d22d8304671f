// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "protocol/decoderstats.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <vector>

/// Longer E9 RS-485 framing: `E9 | ADDR | LEN | PDU | FCS`, FCS = XOR of ADDR, LEN and PDU, with
/// E8/E9 stuffed after the flag (E8 -> E8 00, E9 -> E8 01). LEN and FCS cover the unstuffed bytes.
namespace PumpStudio::Protocol::Longer {

inline constexpr quint8 kFlag = 0xE9;
inline constexpr quint8 kEscape = 0xE8;
inline constexpr int kBroadcast = 31;

struct Frame
{
    int address = 0;
    QByteArray pdu;
    friend bool operator==(const Frame &, const Frame &) = default;
};

/// Motor state as WJ sets it and RJ reads it back. `speed` is the raw count: 0.1 rpm on the
/// BT100-2J, 1 rpm on the WT600-2J (rpmPerCount in the model).
struct State
{
    quint16 speed = 0;
    bool running = false;
    bool fullSpeed = false;
    bool clockwise = true;
    friend bool operator==(const State &, const State &) = default;
};

QByteArray encode(int address, QByteArrayView pdu);
QByteArray writeState(int address, const State &state);   ///< "WJ"
QByteArray readState(int address);                        ///< "RJ"
QByteArray writeAddress(int address, int newAddress);     ///< "WID"
QByteArray readAddress(int address);                      ///< "RID"
/// A WJ or RJ PDU carrying a state (the pump's reply to both).
std::optional<State> parseState(QByteArrayView pdu);
/// The address in an RID reply PDU.
std::optional<int> parseAddress(QByteArrayView pdu);
QByteArray statePdu(QByteArrayView command, const State &state);

/// Speed count for `rpm` at `rpmPerCount` (rounded), and back.
quint16 speedCount(double rpm, double rpmPerCount);
double speedRpm(quint16 count, double rpmPerCount);

/// Streaming decoder for both directions: unstuffs, checks LEN and FCS, resynchronises on the flag.
class Decoder final
{
public:
    static constexpr qsizetype kMaxPdu = 32;
    std::vector<Frame> feed(QByteArrayView bytes);
    void reset();
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_body.size(); }

private:
    void drop();

    bool m_inFrame = false;
    bool m_escape = false;
    QByteArray m_body;   ///< unstuffed ADDR LEN PDU FCS so far
    DecoderStats m_stats;
};

} // namespace PumpStudio::Protocol::Longer
