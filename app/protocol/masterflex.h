// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "protocol/asciireplydecoder.h"
#include "protocol/decoderstats.h"

#include <QByteArray>

#include <optional>
#include <vector>

/// Masterflex L/S legacy protocol (07523-80/-90, 07551, 07575): 4800 baud, 7 data bits, odd
/// parity (the serial layer sets that). `ENQ` makes an unnumbered drive answer `STX P? ... CR`;
/// `STX P<nn> CR` numbers it; commands `STX P<nn><cmd> CR` are answered ACK or NAK, queries with
/// a data line. The data-reply shape `STX P<nn><letter><data> CR` is an assumption: public drivers
/// agree on the commands, not on the exact echo.
namespace PumpStudio::Protocol::MasterflexLegacy {

inline constexpr char kStx = 0x02;
inline constexpr char kEnq = 0x05;
inline constexpr char kAck = 0x06;
inline constexpr char kNak = 0x15;

QByteArray enquiry();
QByteArray assignNumber(int drive);
QByteArray command(int drive, QByteArrayView cmd);
/// "S+60.0": signed rpm with one decimal (+ is clockwise), as the published example frame has it.
Result<QByteArray> speedCommand(double signedRpm);
/// "V12.50": revolutions for G (go for V revolutions), to 0.01 revolution.
Result<QByteArray> revolutionsCommand(double revolutions);

struct Reply
{
    enum class Kind { Ack, Nak, Data };
    Kind kind = Kind::Ack;
    QByteArray text;   ///< Data: between STX and CR, e.g. "P01I..." or "P?"
    friend bool operator==(const Reply &, const Reply &) = default;
};

/// Bytes above 0x7F cannot occur on a 7-bit line: they are counted as garbage and skipped.
class ReplyDecoder final
{
public:
    static constexpr qsizetype kMaxLine = 64;
    std::vector<Reply> feed(QByteArrayView bytes);
    void reset() { m_line.clear(); m_inLine = false; m_skipLine = false; }
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_line.size(); }

private:
    bool m_inLine = false;
    bool m_skipLine = false;   ///< the rest of an overlong line: nothing in it is a reply
    QByteArray m_line;
    DecoderStats m_stats;
};

struct Request
{
    bool enquiry = false;
    int drive = -1;         ///< -1: unnumbered ("P?")
    QByteArray command;     ///< letter + arguments, empty for a numbering request
    friend bool operator==(const Request &, const Request &) = default;
};

class RequestDecoder final
{
public:
    static constexpr qsizetype kMaxLine = 64;
    std::vector<Request> feed(QByteArrayView bytes);
    void reset() { m_line.clear(); m_inLine = false; m_skipLine = false; }
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_line.size(); }

private:
    bool m_inLine = false;
    bool m_skipLine = false;   ///< the rest of an overlong line: nothing in it is a reply
    QByteArray m_line;
    DecoderStats m_stats;
};

QByteArray ack();
QByteArray nak();
QByteArray dataReply(QByteArrayView text);

/// The `I` (status) reply as PumpStudio reads and simulates it: "P01I+60.0,R" = speed set to
/// 60.0 rpm clockwise, running ('R') or stopped ('S'). An assumption, see the namespace comment.
struct DriveStatus
{
    int drive = 1;
    double signedRpm = 0;
    bool running = false;
    friend bool operator==(const DriveStatus &, const DriveStatus &) = default;
};
QByteArray statusReply(const DriveStatus &status);
std::optional<DriveStatus> parseStatusReply(QByteArrayView text);
/// `C` (cumulative) and `E` (to go) revolutions: "P01C12.5".
QByteArray revolutionsReply(int drive, char letter, double revolutions);
std::optional<double> parseRevolutionsReply(QByteArrayView text, char letter);

} // namespace PumpStudio::Protocol::MasterflexLegacy

/// Masterflex "Serial Comms" (current L/S digital, Ismatec IPC): 115200 8N1, `<addr><cmd>[payload]CR`,
/// `1RE1` enables serial control first; replies `*` ok, `#` invalid, `~` not in serial mode, and
/// CR LF data lines for queries.
namespace PumpStudio::Protocol::MasterflexSerialComms {

inline constexpr char kOk = '*';
inline constexpr char kInvalid = '#';
inline constexpr char kNotSerialMode = '~';

QByteArray request(int address, QByteArrayView command, QByteArrayView payload = {});
AsciiReplyDecoder makeDecoder();
/// R: six digits of 0.01 rpm.
Result<QByteArray> formatRpm(double rpm);
/// S: five digits of 0.1 %.
Result<QByteArray> formatPercent(double percent);

/// `RC` reply "addr,motor,dir": motor 1 running, dir 1 clockwise.
struct Status
{
    int address = 0;
    bool running = false;
    bool clockwise = true;
    friend bool operator==(const Status &, const Status &) = default;
};
std::optional<Status> parseStatus(QByteArrayView line);
QByteArray encodeStatus(const Status &status);

struct Request
{
    int address = 0;
    QByteArray command;   ///< "RE", "RC", "H", "I", "J", "K", "R", "S", ":"
    QByteArray payload;
    friend bool operator==(const Request &, const Request &) = default;
};
Request parseRequest(QByteArrayView line);

} // namespace PumpStudio::Protocol::MasterflexSerialComms
