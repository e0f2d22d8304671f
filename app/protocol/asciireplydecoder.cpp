// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/asciireplydecoder.h"

namespace PumpStudio::Protocol {

AsciiReplyDecoder::AsciiReplyDecoder(QByteArray statusChars, QByteArray refusalChars)
    : m_statusChars(std::move(statusChars)), m_refusalChars(std::move(refusalChars))
{
}

void AsciiReplyDecoder::reset()
{
    m_expected.clear();
    m_state = State::Idle;
    m_line.clear();
}

void AsciiReplyDecoder::finishLine(std::vector<AsciiReply> &out)
{
    AsciiReply reply;
    reply.kind = m_state == State::Event ? AsciiReply::Kind::Event : AsciiReply::Kind::Data;
    reply.text = m_line;
    if (reply.kind == AsciiReply::Kind::Data && !m_expected.empty())
        m_expected.pop_front();
    out.push_back(std::move(reply));
    ++m_stats.frames;
    m_line.clear();
    m_state = State::Idle;
}

std::vector<AsciiReply> AsciiReplyDecoder::feed(QByteArrayView bytes)
{
    std::vector<AsciiReply> out;
    for (const char c : bytes) {
        if (m_state == State::Skip) {  // what is left of an overlong line is no reply either
            ++m_stats.garbageBytes;
            if (c == '\n')
                m_state = State::Idle;
            continue;
        }
        if (m_state != State::Idle) {
            if (c == '\n') {
                if (m_line.endsWith('\r')) {
                    m_line.chop(1);
                    finishLine(out);
                } else {  // a bare LF: not how these pumps end lines
                    m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 1);
                    m_line.clear();
                    m_state = State::Idle;
                }
                continue;
            }
            if (m_line.size() >= kMaxLine) {
                ++m_stats.overflows;
                m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 1);
                m_line.clear();
                m_state = State::Skip;
                continue;
            }
            // CR only ends a line (with LF after it): a CR inside one, or a control or 8-bit
            // character, means the line is broken, whatever came before looked like.
            if ((static_cast<uchar>(c) < 0x20 && c != '\r') || static_cast<uchar>(c) > 0x7E || m_line.endsWith('\r')) {
                m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 1);
                m_line.clear();
                m_state = State::Skip;  // and the rest of the broken line, up to its LF
                continue;
            }
            m_line.append(c);
            continue;
        }
        // Idle: what starts here?
        if (c == '^') {
            m_state = State::Event;
            m_line.append(c);
            continue;
        }
        const bool isStatus = m_statusChars.contains(c);
        const bool expectData = !m_expected.empty() && m_expected.front() == ReplyShape::Data;
        if (isStatus && (!expectData || m_refusalChars.contains(c))) {
            if (!m_expected.empty())
                m_expected.pop_front();
            AsciiReply reply;
            reply.status = c;
            out.push_back(reply);
            ++m_stats.frames;
            continue;
        }
        if (static_cast<uchar>(c) < 0x20 || static_cast<uchar>(c) > 0x7E) {
            ++m_stats.garbageBytes;
            continue;
        }
        if (!m_expected.empty() && !expectData) {  // a status was due, and this is none
            ++m_stats.garbageBytes;
            continue;
        }
        m_state = State::Data;
        m_line.append(c);
    }
    return out;
}

} // namespace PumpStudio::Protocol
