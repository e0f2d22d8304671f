// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/longere9.h"

#include <algorithm>
#include <cmath>

namespace PumpStudio::Protocol::Longer {

namespace {

void appendStuffed(QByteArray &out, quint8 byte)
{
    if (byte == kEscape) {
        out.append(static_cast<char>(kEscape));
        out.append('\x00');
    } else if (byte == kFlag) {
        out.append(static_cast<char>(kEscape));
        out.append('\x01');
    } else {
        out.append(static_cast<char>(byte));
    }
}

} // namespace

QByteArray encode(int address, QByteArrayView pdu)
{
    QByteArray out;
    out.append(static_cast<char>(kFlag));
    const auto addr = static_cast<quint8>(address);
    const auto len = static_cast<quint8>(pdu.size());
    quint8 fcs = addr ^ len;
    appendStuffed(out, addr);
    appendStuffed(out, len);
    for (const char c : pdu) {
        fcs ^= static_cast<quint8>(c);
        appendStuffed(out, static_cast<quint8>(c));
    }
    appendStuffed(out, fcs);
    return out;
}

QByteArray statePdu(QByteArrayView command, const State &state)
{
    QByteArray pdu = command.toByteArray();
    pdu.append(static_cast<char>(state.speed >> 8));
    pdu.append(static_cast<char>(state.speed & 0xFF));
    pdu.append(static_cast<char>((state.running ? 0x01 : 0) | (state.fullSpeed ? 0x02 : 0)));
    pdu.append(static_cast<char>(state.clockwise ? 0x01 : 0x00));
    return pdu;
}

QByteArray writeState(int address, const State &state) { return encode(address, statePdu("WJ", state)); }
QByteArray readState(int address) { return encode(address, "RJ"); }

QByteArray writeAddress(int address, int newAddress)
{
    QByteArray pdu("WID");
    pdu.append(static_cast<char>(newAddress));
    return encode(address, pdu);
}

QByteArray readAddress(int address) { return encode(address, "RID"); }

std::optional<State> parseState(QByteArrayView pdu)
{
    if (pdu.size() != 6 || (pdu.first(2) != "WJ" && pdu.first(2) != "RJ"))
        return std::nullopt;
    State s;
    s.speed = static_cast<quint16>((static_cast<quint8>(pdu[2]) << 8) | static_cast<quint8>(pdu[3]));
    s.running = (static_cast<quint8>(pdu[4]) & 0x01) != 0;
    s.fullSpeed = (static_cast<quint8>(pdu[4]) & 0x02) != 0;
    s.clockwise = (static_cast<quint8>(pdu[5]) & 0x01) != 0;
    return s;
}

std::optional<int> parseAddress(QByteArrayView pdu)
{
    if (pdu.size() != 4 || (pdu.first(3) != "RID" && pdu.first(3) != "WID"))
        return std::nullopt;
    return static_cast<quint8>(pdu[3]);
}

quint16 speedCount(double rpm, double rpmPerCount)
{
    const double count = std::round(rpm / rpmPerCount);
    if (!(count > 0))  // NaN too: a cast of NaN to an integer is undefined
        return 0;
    return static_cast<quint16>(std::min(count, 65535.0));
}

double speedRpm(quint16 count, double rpmPerCount) { return count * rpmPerCount; }

void Decoder::reset()
{
    m_inFrame = false;
    m_escape = false;
    m_body.clear();
}

void Decoder::drop()
{
    m_stats.garbageBytes += static_cast<quint64>(m_body.size());
    reset();
}

std::vector<Frame> Decoder::feed(QByteArrayView bytes)
{
    std::vector<Frame> out;
    for (const char ch : bytes) {
        const auto b = static_cast<quint8>(ch);
        if (b == kFlag) {  // a flag always starts a frame: whatever came before was broken
            if (m_inFrame && !m_body.isEmpty())
                drop();
            m_inFrame = true;
            m_escape = false;
            m_body.clear();
            continue;
        }
        if (!m_inFrame) {
            ++m_stats.garbageBytes;
            continue;
        }
        quint8 value = b;
        if (m_escape) {
            m_escape = false;
            if (b == 0x00) {
                value = kEscape;
            } else if (b == 0x01) {
                value = kFlag;
            } else {  // not a valid escape: the frame is broken
                ++m_stats.garbageBytes;
                drop();
                continue;
            }
        } else if (b == kEscape) {
            m_escape = true;
            continue;
        }
        m_body.append(static_cast<char>(value));
        if (m_body.size() == 2 && static_cast<quint8>(m_body[1]) > kMaxPdu) {
            ++m_stats.overflows;
            drop();
            continue;
        }
        if (m_body.size() >= 3 && m_body.size() == 3 + static_cast<quint8>(m_body[1])) {
            quint8 fcs = 0;
            for (qsizetype i = 0; i + 1 < m_body.size(); ++i)
                fcs ^= static_cast<quint8>(m_body[i]);
            if (fcs == static_cast<quint8>(m_body.back())) {
                out.push_back(Frame{static_cast<quint8>(m_body[0]), m_body.mid(2, m_body.size() - 3)});
                ++m_stats.frames;
            } else {
                ++m_stats.checksumErrors;
            }
            m_body.clear();
            m_inFrame = false;
        }
    }
    return out;
}

} // namespace PumpStudio::Protocol::Longer
