// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/masterflex.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cctype>
#include <cmath>

namespace PumpStudio::Protocol::MasterflexLegacy {

namespace {
QByteArray number2(int n) { return QByteArray::number(n).rightJustified(2, '0'); }
}

QByteArray enquiry() { return QByteArray(1, kEnq); }
QByteArray assignNumber(int drive) { return kStx + ("P" + number2(drive)) + '\r'; }
QByteArray command(int drive, QByteArrayView cmd) { return kStx + ("P" + number2(drive)) + cmd.toByteArray() + '\r'; }

Result<QByteArray> speedCommand(double signedRpm)
{
    const double tenths = std::round(std::abs(signedRpm) * 10.0);
    if (!std::isfinite(signedRpm) || tenths > 9999)
        return makeError(Error::Code::OutOfRange,
                         QCoreApplication::translate("Masterflex", "%1 rpm does not fit the drive's speed field.").arg(signedRpm));
    // The published frame is `P01S+60.0`: no zero padding (the prose form `S+060.0` disagrees).
    return QByteArray("S") + (signedRpm < 0 ? '-' : '+') + QByteArray::number(tenths / 10.0, 'f', 1);
}

Result<QByteArray> revolutionsCommand(double revolutions)
{
    const double hundredths = std::round(revolutions * 100.0);
    if (!std::isfinite(revolutions) || hundredths < 1 || hundredths > 99999999)
        return makeError(Error::Code::OutOfRange,
                         QCoreApplication::translate("Masterflex", "%1 revolutions do not fit the drive's field.").arg(revolutions));
    return "V" + QByteArray::number(hundredths / 100.0, 'f', 2);
}

std::vector<Reply> ReplyDecoder::feed(QByteArrayView bytes)
{
    std::vector<Reply> out;
    for (const char c : bytes) {
        if (static_cast<uchar>(c) > 0x7F) {
            ++m_stats.garbageBytes;
            continue;
        }
        if (m_skipLine) {
            ++m_stats.garbageBytes;
            if (c == '\r' || c == kStx) {
                m_skipLine = false;
                m_inLine = c == kStx;
            }
            continue;
        }
        if (m_inLine) {
            if (c == '\r') {
                out.push_back({Reply::Kind::Data, m_line});
                ++m_stats.frames;
                reset();
            } else if (c == kStx || m_line.size() >= kMaxLine) {
                m_stats.garbageBytes += static_cast<quint64>(m_line.size());
                if (c != kStx) {
                    ++m_stats.overflows;
                    m_skipLine = true;
                }
                m_line.clear();
                m_inLine = c == kStx;
            } else {
                m_line.append(c);
            }
            continue;
        }
        if (c == kAck || c == kNak) {
            out.push_back({c == kAck ? Reply::Kind::Ack : Reply::Kind::Nak, {}});
            ++m_stats.frames;
        } else if (c == kStx) {
            m_inLine = true;
        } else {
            ++m_stats.garbageBytes;
        }
    }
    return out;
}

std::vector<Request> RequestDecoder::feed(QByteArrayView bytes)
{
    std::vector<Request> out;
    for (const char c : bytes) {
        if (static_cast<uchar>(c) > 0x7F) {
            ++m_stats.garbageBytes;
            continue;
        }
        if (m_skipLine) {
            ++m_stats.garbageBytes;
            if (c == '\r' || c == kStx) {
                m_skipLine = false;
                m_inLine = c == kStx;
            }
            continue;
        }
        if (!m_inLine) {
            if (c == kEnq) {
                Request r;
                r.enquiry = true;
                out.push_back(r);
                ++m_stats.frames;
            } else if (c == kStx) {
                m_inLine = true;
            } else {
                ++m_stats.garbageBytes;
            }
            continue;
        }
        if (c != '\r') {
            if (m_line.size() >= kMaxLine || c == kStx) {
                ++m_stats.overflows;
                m_stats.garbageBytes += static_cast<quint64>(m_line.size());
                m_line.clear();
                m_inLine = c == kStx;
                m_skipLine = c != kStx;
                continue;
            }
            m_line.append(c);
            continue;
        }
        // "P" + two digits (or "P?") + command
        Request r;
        bool ok = m_line.size() >= 3 && m_line[0] == 'P';
        if (ok && m_line[1] == '?' ) {
            r.drive = -1;
            r.command = m_line.mid(2);
        } else if (ok) {
            // Exactly two digits: "P-5" or "P 5" is no drive number.
            ok = std::isdigit(static_cast<uchar>(m_line[1])) && std::isdigit(static_cast<uchar>(m_line[2]));
            r.drive = m_line.mid(1, 2).toInt();
            r.command = m_line.mid(3);
        }
        if (ok) {
            out.push_back(r);
            ++m_stats.frames;
        } else {
            m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 2);
        }
        reset();
    }
    return out;
}

QByteArray ack() { return QByteArray(1, kAck); }
QByteArray nak() { return QByteArray(1, kNak); }
QByteArray dataReply(QByteArrayView text) { return kStx + text.toByteArray() + '\r'; }

QByteArray statusReply(const DriveStatus &status)
{
    const QByteArray speed = (status.signedRpm < 0 ? "-" : "+") + QByteArray::number(std::abs(status.signedRpm), 'f', 1);
    return dataReply("P" + number2(status.drive) + "I" + speed + "," + (status.running ? "R" : "S"));
}

std::optional<DriveStatus> parseStatusReply(QByteArrayView text)
{
    // Exactly "P" nn "I" sign ddd.d "," R|S: no checksum protects this line, so anything
    // else (a flipped bit, a stray byte) is refused rather than read as a number.
    static const QRegularExpression pattern(QStringLiteral("\\AP(\\d\\d)I([+-])(\\d{1,3}\\.\\d),([RS])\\z"));
    const auto match = pattern.match(QString::fromLatin1(text));
    if (!match.hasMatch())
        return std::nullopt;
    DriveStatus s;
    s.drive = match.captured(1).toInt();
    s.signedRpm = match.captured(3).toDouble() * (match.captured(2) == QLatin1String("-") ? -1.0 : 1.0);
    s.running = match.captured(4) == QLatin1String("R");
    return s;
}

QByteArray revolutionsReply(int drive, char letter, double revolutions)
{
    return dataReply("P" + number2(drive) + letter + QByteArray::number(revolutions, 'f', 1));
}

std::optional<double> parseRevolutionsReply(QByteArrayView text, char letter)
{
    // "P" nn letter digits [. digits]: a count of revolutions, never negative.
    static const QRegularExpression pattern(QStringLiteral("\\AP\\d\\d(.)(\\d{1,9}(?:\\.\\d{1,2})?)\\z"));
    const auto match = pattern.match(QString::fromLatin1(text));
    if (!match.hasMatch() || match.captured(1) != QLatin1Char(letter))
        return std::nullopt;
    return match.captured(2).toDouble();
}

} // namespace PumpStudio::Protocol::MasterflexLegacy

namespace PumpStudio::Protocol::MasterflexSerialComms {

QByteArray request(int address, QByteArrayView command, QByteArrayView payload)
{
    return QByteArray::number(address) + command.toByteArray() + payload.toByteArray() + '\r';
}

AsciiReplyDecoder makeDecoder()
{
    return AsciiReplyDecoder(QByteArrayLiteral("*#~"), QByteArrayLiteral("*#~"));
}

namespace {
Result<QByteArray> digits(double value, int width)
{
    const double r = std::round(value);
    if (!std::isfinite(value) || r < 0 || r >= std::pow(10.0, width))
        return makeError(Error::Code::OutOfRange,
                         QCoreApplication::translate("Masterflex", "%1 does not fit the %2-digit field.").arg(value).arg(width));
    return QByteArray::number(static_cast<qint64>(r)).rightJustified(width, '0');
}
}

Result<QByteArray> formatRpm(double rpm) { return digits(rpm * 100.0, 6); }
Result<QByteArray> formatPercent(double percent) { return digits(percent * 10.0, 5); }

std::optional<Status> parseStatus(QByteArrayView line)
{
    // Exactly "addr,motor,dir" with motor and dir 0 or 1: no checksum protects the line.
    static const QRegularExpression pattern(QStringLiteral("\\A(\\d{1,3}),([01]),([01])\\z"));
    const auto match = pattern.match(QString::fromLatin1(line));
    if (!match.hasMatch())
        return std::nullopt;
    Status s;
    s.address = match.captured(1).toInt();
    s.running = match.captured(2) == QLatin1String("1");
    s.clockwise = match.captured(3) == QLatin1String("1");
    return s;
}

QByteArray encodeStatus(const Status &status)
{
    return QByteArray::number(status.address) + ',' + (status.running ? '1' : '0') + ',' + (status.clockwise ? '1' : '0');
}

Request parseRequest(QByteArrayView line)
{
    Request r;
    qsizetype i = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9')
        ++i;
    r.address = line.first(i).toInt();
    const QByteArrayView rest = line.sliced(i);
    const qsizetype length = (rest.startsWith("RE") || rest.startsWith("RC")) ? 2 : std::min<qsizetype>(1, rest.size());
    r.command = rest.first(length).toByteArray();
    r.payload = rest.sliced(length).toByteArray();
    return r;
}

} // namespace PumpStudio::Protocol::MasterflexSerialComms
