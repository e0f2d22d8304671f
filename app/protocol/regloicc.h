// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "protocol/asciireplydecoder.h"

#include <QByteArray>

#include <optional>
#include <vector>

/// Ismatec Reglo ICC ASCII protocol (manual Rev. C, ch. 14-18): `<addr><command>[data]CR`,
/// answered by one status character or a CR LF data line; events `^X`/`^U` between replies.
namespace PumpStudio::Protocol::Reglo {

inline constexpr char kDone = '*';
inline constexpr char kNotDone = '#';
inline constexpr char kYes = '+';
inline constexpr char kNo = '-';

/// A command's name: one letter or 'x' + letter ("S", "xD", "\"").
ReplyShape replyShape(QByteArrayView command, bool hasData);
/// `<addr><command><data>CR`. Address 0-8 (0: pump-wide with channel addressing).
QByteArray request(int address, QByteArrayView command, QByteArrayView data = {});
/// A client-side decoder set up for Reglo ICC status characters.
AsciiReplyDecoder makeDecoder();

/// Volume Type 2 (arguments): mmmm + sign + exponent digit = m.mmm x 10^e ("1300-3" = 0.0013).
Result<QByteArray> formatVolume(double value);
/// Volume Type 1 (replies): mmmmEse ("1200E-2" = 0.012); Type 2 is accepted too.
std::optional<double> parseVolume(QByteArrayView text);
/// The speed reply, exactly digits "." two digits ("12.30" = 12.3 rpm).
std::optional<double> parseSpeed(QByteArrayView text);
/// Speed argument: six digits of 0.01 rpm ("012300" = 123 rpm).
Result<QByteArray> formatSpeed(double rpm);
/// Time Type 2: eight digits of 0.1 s.
Result<QByteArray> formatTime(double seconds);
/// Cycles: four digits.
Result<QByteArray> formatCycles(int cycles);
/// Tubing inner diameter: four digits of 0.01 mm.
Result<QByteArray> formatDiameter(double mm);

/// `^X|ch|cause`: a channel stopped; `^U|ch|status|time-left|volume-uL|cycles`: a status update.
struct Event
{
    enum class Type { Stopped, Update };
    Type type = Type::Stopped;
    int channel = 0;
    char cause = 0;        ///< Stopped: 'A' done, 'B' calibration done, '1' manual, '2' over-temperature, '3' over-current
    char status = 0;       ///< Update: the channel's status character
    double timeLeftS = 0;
    double volumeUl = 0;
    int cycles = 0;
};
std::optional<Event> parseEvent(QByteArrayView line);
QByteArray encodeEvent(const Event &event);

/// Why `H` answered '-' (the `xe` reply): 'C' cycles, 'R' rate, 'V' volume, with the limit.
struct StartError
{
    char reason = 0;
    QByteArray limit;
};
std::optional<StartError> parseStartError(QByteArrayView line);

/// The pump side: requests as the pump reads them.
struct Request
{
    int address = 0;
    QByteArray command;
    QByteArray data;
    friend bool operator==(const Request &, const Request &) = default;
};

class RequestDecoder final
{
public:
    static constexpr qsizetype kMaxLine = 64;
    std::vector<Request> feed(QByteArrayView bytes);
    void reset() { m_line.clear(); m_skipLine = false; }
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_line.size(); }

private:
    QByteArray m_line;
    bool m_skipLine = false;   ///< the rest of an overlong line is not a request
    DecoderStats m_stats;
};

/// Splits `<command><data>` after the address: 'x' commands take two letters.
Request parseRequest(QByteArrayView line);
QByteArray statusReply(char status);
QByteArray dataReply(QByteArrayView text);

} // namespace PumpStudio::Protocol::Reglo
