// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "protocol/decoderstats.h"

#include <QByteArray>
#include <QByteArrayView>

#include <deque>
#include <vector>

namespace PumpStudio::Protocol {

/// What a reply looks like: one status character with no terminator, or a data line ending CR LF.
enum class ReplyShape { Status, Data };

/// One reply of an ASCII pump (Reglo ICC, Masterflex Serial Comms).
struct AsciiReply
{
    enum class Kind { Status, Data, Event };
    Kind kind = Kind::Status;
    char status = 0;   ///< Status: the character ('*', '#', '+', '-', '~')
    QByteArray text;   ///< Data and Event: the line without CR LF (events keep their leading '^')

    friend bool operator==(const AsciiReply &, const AsciiReply &) = default;
};

/// Splits the reply stream of pumps that answer either a bare status character or a CR LF data
/// line, with events (lines starting '^') allowed between replies. The bytes alone cannot say
/// whether '-' is a status or the start of a number, so the caller says what each request
/// expects; a refusal character ('*', '#', '~' where the pump uses it) may stand in for data.
/// Pure: any chunking, a bounded line buffer, garbage counted and skipped.
class AsciiReplyDecoder final
{
public:
    static constexpr qsizetype kMaxLine = 256;

    /// `statusChars`: the characters the pump uses as status replies ("*#+-" for Reglo ICC).
    /// `refusalChars`: those that may come instead of a data line ("*#" for Reglo ICC).
    AsciiReplyDecoder(QByteArray statusChars, QByteArray refusalChars);

    /// The next request sent expects this shape (queued in order).
    void expect(ReplyShape shape) { m_expected.push_back(shape); }
    std::vector<AsciiReply> feed(QByteArrayView bytes);
    void reset();
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_line.size(); }

private:
    enum class State { Idle, Data, Event, Skip };  ///< Skip: the rest of an overlong line
    void finishLine(std::vector<AsciiReply> &out);

    QByteArray m_statusChars;
    QByteArray m_refusalChars;
    std::deque<ReplyShape> m_expected;
    State m_state = State::Idle;
    QByteArray m_line;
    DecoderStats m_stats;
};

} // namespace PumpStudio::Protocol
