// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "protocol/balancenumber.h"
#include "protocol/decoderstats.h"

#include <QByteArray>

#include <vector>

/// Sartorius SBI (the interface of the BP, LA, CP, Entris, Quintix and Cubis lines). Commands
/// are ESC + a letter (format 1: `ESC P` print the weight, `ESC T` tare and zero, `ESC U` tare,
/// `ESC V` zero) or ESC + code + '_' (format 2: `ESC x1_` model, `ESC x2_` serial number,
/// `ESC x3_` software version), CR LF optional. The balance prints lines of 16 characters:
///
///   position 1 sign (+, -, space), 2 space, 3-10 the value with its decimal point (leading
///   zeros as spaces), 11 space, 12-14 the unit (spaces when none), 15-16 CR LF
///
/// e.g. `+   1255.7 g  ` CR LF, or 22 with a 6-character ID code in front (`N     +   1255.7 g  `).
/// Special lines: `H`/`HH`/`High` overload, `L`/`LL`/`Low` underload, `C` or `Cal.` adjusting,
/// `Err ##` errors; with an ID code they start `Stat`. Stability (assumed, as the balance's menu
/// sets it): the unit is printed only when the value is stable, so a value without a unit is a
/// dynamic one. Tare and zero are not answered.
namespace PumpStudio::Protocol::SartoriusSbi {

inline constexpr char kEsc = 0x1B;

/// Format 1: ESC + letter + CR LF.
QByteArray command(char letter);
/// Format 2: ESC + code + '_' + CR LF ("x1" -> ESC x1_).
QByteArray extendedCommand(QByteArrayView code);

/// One printed line.
struct Line
{
    enum class Kind {
        Weight,     ///< a value; stable when it has a unit
        Overload,   ///< H, HH, High
        Underload,  ///< L, LL, Low
        Status,     ///< C, Cal.Int., Cal.Ext., "- -": the balance is busy, no value
        Error,      ///< Err ##, APP. ERR ...
        Text,       ///< anything else (identity replies): never a value
    };
    Kind kind = Kind::Text;
    QByteArray header;      ///< the 6-character ID code, trimmed ("N", "G#", "Stat"); empty without
    bool negative = false;
    Balance::Decimal value; ///< Weight: the digits, unsigned (see negative)
    QByteArray unit;        ///< Weight: empty when not stable
    QByteArray text;        ///< Error: the code or message; Status and Text: the line, trimmed

    bool stable() const { return kind == Kind::Weight && !unit.isEmpty(); }
    /// The signed value of a Weight.
    Balance::Decimal signedValue() const;
    friend bool operator==(const Line &, const Line &) = default;
};

/// Classifies one line (without CR LF). Weight lines must keep the positions above exactly;
/// trailing spaces may be missing (they carry nothing).
Line parseLine(QByteArrayView line);

/// Client side: CR LF lines in any chunking, bounded; a line with control characters or too long
/// is dropped (counted as garbage).
class ReplyDecoder final
{
public:
    static constexpr qsizetype kMaxLine = 64;
    std::vector<Line> feed(QByteArrayView bytes);
    void reset();
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_line.size(); }

private:
    QByteArray m_line;
    bool m_skipping = false;
    DecoderStats m_stats;
};

/// Balance side: the commands, format 1 ("P") or 2 ("x1"), CR and LF between them skipped.
class RequestDecoder final
{
public:
    static constexpr qsizetype kMaxCommand = 24;
    std::vector<QByteArray> feed(QByteArrayView bytes);
    void reset() { m_command.clear(); m_inCommand = false; }
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_command.size(); }

private:
    QByteArray m_command;
    bool m_inCommand = false;
    DecoderStats m_stats;
};

/// A weight line: `value` the digits with their point ("1255.7", unsigned), the unit empty
/// when not stable; a 6-character `header` in front when given.
QByteArray weightLine(bool negative, const QByteArray &value, QByteArrayView unit, QByteArrayView header = {});
/// A special or error line: `text` at position 7 ("H", "L", "Err 02" at 4 as the manual has it).
QByteArray specialLine(QByteArrayView text, bool withHeader);
QByteArray errorLine(int code, bool withHeader);
/// A text line (identity replies).
QByteArray textLine(QByteArrayView text);

} // namespace PumpStudio::Protocol::SartoriusSbi
