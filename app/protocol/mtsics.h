// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "protocol/balancenumber.h"
#include "protocol/decoderstats.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

/// Mettler Toledo Standard Interface Command Set (MT-SICS, levels 0 and 1). Commands are
/// upper-case ASCII, parameters separated by a space, ended by CR LF: `S`, `SI`, `Z`, `T`, `@`,
/// `I2`, `I3`, `I4`. Each is answered by one CR LF line `<id> <status>[ <body>]`: a weight
/// `S S     100.00 g` (status S stable, D dynamic; the value right-aligned in 10 characters, a
/// space, the unit), an acknowledgement `Z A`, text `I4 A "B021002593"`, or a refusal with no
/// body: `S I` (not executable now, e.g. no stability within the balance's timeout), `S +`
/// overload, `S -` underload. `ES`, `ET` and `EL` alone are the general errors (syntax,
/// transmission, logical).
namespace PumpStudio::Protocol::MtSics {

/// `<command>[ <params>]CR LF`.
QByteArray request(QByteArrayView command, QByteArrayView params = {});

/// One line from the balance.
struct Reply
{
    enum class Kind {
        Response,           ///< `<id> <status>[ <body>]`
        SyntaxError,        ///< ES: the command was not understood
        TransmissionError,  ///< ET: parity or a line too long
        LogicalError,       ///< EL: understood, cannot be done
        Malformed,          ///< a complete line that follows none of these: never a value
    };
    Kind kind = Kind::Malformed;
    QByteArray id;      ///< "S" (also for SI), "T", "Z", "I4"...
    char status = 0;    ///< S D A B I L + -
    QByteArray body;    ///< after `<id> <status> `: "    100.00 g" or "\"B021002593\""
    QByteArray line;    ///< the whole line without CR LF

    friend bool operator==(const Reply &, const Reply &) = default;
};

/// Parses one line (without CR LF).
Reply parseReply(QByteArrayView line);

/// Client side: CR LF lines in any chunking. A line longer than kMaxLine is dropped up to its
/// end; control characters inside a line make it Malformed. Never stores more than kMaxLine.
class ReplyDecoder final
{
public:
    static constexpr qsizetype kMaxLine = 128;
    std::vector<Reply> feed(QByteArrayView bytes);
    void reset();
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_line.size(); }

private:
    QByteArray m_line;
    bool m_skipping = false;  ///< inside an over-long line: wait for its LF
    DecoderStats m_stats;
};

/// What a weight reply (`S`, `SI`, `T`) says. Overload, underload and refusals carry no value.
struct WeightReply
{
    enum class Outcome { Weight, Overload, Underload, NotExecutable, Refused, Malformed };
    Outcome outcome = Outcome::Malformed;
    Balance::Decimal value;
    QByteArray unit;
    bool stable = false;
};
/// Reads `reply` as the answer of a command whose replies carry `id` ("S" for S and SI, "T" for
/// T). A stable (S) or dynamic (D) status needs a strict value and unit, else Malformed.
WeightReply parseWeight(const Reply &reply, QByteArrayView id);

/// The quoted fields of a body: `"XS205DU" "220.0000 g"` -> {XS205DU, 220.0000 g}. nullopt
/// unless the body is nothing but quoted fields separated by spaces.
std::optional<QList<QByteArray>> quotedFields(QByteArrayView body);

/// `I2` balance data: the type, then (when the text ends with them) the capacity and its unit,
/// e.g. "XS205DU 220.0000 g". The number of decimals of the capacity is the balance's
/// readability (assumed: the manuals' examples print it so; a balance that does not is read
/// as its type only).
struct BalanceData
{
    QByteArray type;
    std::optional<Balance::Decimal> capacity;
    QByteArray unit;
};
BalanceData parseBalanceData(QByteArrayView text);

/// Balance side (the simulator): one command line.
struct Request
{
    QByteArray command;
    QByteArray params;
    friend bool operator==(const Request &, const Request &) = default;
};

class RequestDecoder final
{
public:
    static constexpr qsizetype kMaxLine = 64;
    /// Lines end with LF (an optional CR before it is dropped); an over-long line is dropped.
    std::vector<Request> feed(QByteArrayView bytes);
    void reset() { m_line.clear(); m_skipping = false; }
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_line.size(); }

private:
    QByteArray m_line;
    bool m_skipping = false;
    DecoderStats m_stats;
};

/// `S S     100.00 g` CR LF: the value right-aligned in ten characters.
QByteArray weightReply(QByteArrayView id, char status, const QByteArray &value, QByteArrayView unit);
/// `<id> <status>[ <body>]` CR LF.
QByteArray statusReply(QByteArrayView id, char status, QByteArrayView body = {});
/// `"text"`, for the body of an I command.
QByteArray quoted(QByteArrayView text);
/// ES, ET, EL.
QByteArray generalError(QByteArrayView code);

} // namespace PumpStudio::Protocol::MtSics
