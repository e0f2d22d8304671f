// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "protocol/decoderstats.h"

#include <QByteArray>

#include <optional>
#include <vector>

/// New Era NE-1000 family. Basic mode: `[addr]<command>[params]CR`, answered
/// `STX <2-digit addr> <status> [data] ETX`. Safe mode: `STX <len> <data> <CRC hi> <CRC lo> ETX`
/// with len = data + 4 and CRC-16/XMODEM over the data; the pump alarms when no valid packet
/// arrives within its SAF timeout, and sends alarm packets on its own.
namespace PumpStudio::Protocol::NewEra {

inline constexpr char kStx = 0x02;
inline constexpr char kEtx = 0x03;

/// A reply: status I W S P T U X, or 'A' with an alarm R S T E O; data may hold an error
/// (`?`, `?NA`, `?OOR`, `?COM`, `?IGN`).
struct Reply
{
    int address = 0;
    char status = 'S';
    char alarm = 0;
    QByteArray data;
    bool isError() const { return data.startsWith('?'); }
    friend bool operator==(const Reply &, const Reply &) = default;
};

struct Request
{
    std::optional<int> address;   ///< none: the pump at the default address; -1: '*' all pumps
    QByteArray command;           ///< three letters: RAT, VOL, DIR, RUN, STP, ...
    QByteArray params;
    friend bool operator==(const Request &, const Request &) = default;
};

/// Floats as the pump reads them: at most 4 digits and one point, at most 3 decimals. The
/// closest representable value, or an error when none is.
Result<QByteArray> formatNumber(double value);
std::optional<double> parseNumber(QByteArrayView text);

QByteArray basicRequest(const Request &request);
QByteArray safeRequest(const Request &request);
/// The packet body of a request, shared by both modes.
QByteArray requestBody(const Request &request);
QByteArray wrapSafe(QByteArrayView data);
QByteArray basicReply(const Reply &reply);
QByteArray safeReply(const Reply &reply);
QByteArray replyBody(const Reply &reply);

/// Dispensed volumes from `DIS`: "I<v>W<v><UL|ML>", returned in mL.
struct Dispensed
{
    double infusedMl = 0;
    double withdrawnMl = 0;
};
std::optional<Dispensed> parseDispensed(QByteArrayView data);
QString alarmText(char alarm);
QString errorText(QByteArrayView data);

/// Client side, either mode.
class ReplyDecoder final
{
public:
    static constexpr qsizetype kMaxPacket = 64;
    void setSafeMode(bool on) { m_safe = on; reset(); }
    bool safeMode() const { return m_safe; }
    std::vector<Reply> feed(QByteArrayView bytes);
    void reset() { m_buffer.clear(); }
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    bool m_safe = false;
    QByteArray m_buffer;
    DecoderStats m_stats;
};

/// Pump side, either mode (the pump switches with SAF).
class RequestDecoder final
{
public:
    static constexpr qsizetype kMaxPacket = 64;
    void setSafeMode(bool on) { m_safe = on; reset(); }
    bool safeMode() const { return m_safe; }
    std::vector<Request> feed(QByteArrayView bytes);
    void reset() { m_buffer.clear(); m_skipLine = false; }
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    bool m_safe = false;
    bool m_skipLine = false;   ///< basic mode: the rest of an overlong line is not a request
    QByteArray m_buffer;
    DecoderStats m_stats;
};

std::optional<Request> parseRequestBody(QByteArrayView body);
std::optional<Reply> parseReplyBody(QByteArrayView body);

} // namespace PumpStudio::Protocol::NewEra
