// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/regloicc.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace PumpStudio::Protocol::Reglo {

namespace {

Error outOfRange(const QString &message)
{
    return makeError(Error::Code::OutOfRange, message);
}

Result<QByteArray> digits(double value, int width, const char *what)
{
    const double rounded = std::round(value);
    const double max = std::pow(10.0, width) - 1;
    if (!std::isfinite(value) || rounded < 0 || rounded > max)
        return outOfRange(QCoreApplication::translate("Reglo", "%1 does not fit the Reglo ICC's %2-digit field.")
                              .arg(QString::fromLatin1(what))
                              .arg(width));
    return QByteArray::number(static_cast<qint64>(rounded)).rightJustified(width, '0');
}

} // namespace

ReplyShape replyShape(QByteArrayView command, bool hasData)
{
    // Always a data line, even when setting: f and v answer with the value actually set.
    static const QByteArrayView kAlwaysData[] = {"f", "v", "xD", "xe", "xM", "?", ":", "#", "xA", "x!", "xv"};
    // A data line when asking, a status when setting.
    static const QByteArrayView kGetOrSet[] = {"S", "xT", "xP", "\"", "+", "xE", "~"};
    for (const QByteArrayView c : kAlwaysData) {
        if (command == c)
            return ReplyShape::Data;
    }
    for (const QByteArrayView c : kGetOrSet) {
        if (command == c)
            return hasData ? ReplyShape::Status : ReplyShape::Data;
    }
    return ReplyShape::Status;
}

QByteArray request(int address, QByteArrayView command, QByteArrayView data)
{
    QByteArray bytes = QByteArray::number(address);
    bytes.append(command.data(), command.size());
    bytes.append(data.data(), data.size());
    bytes.append('\r');
    return bytes;
}

AsciiReplyDecoder makeDecoder()
{
    return AsciiReplyDecoder(QByteArrayLiteral("*#+-"), QByteArrayLiteral("*#"));
}

Result<QByteArray> formatVolume(double value)
{
    if (!std::isfinite(value) || value < 0)
        return outOfRange(QCoreApplication::translate("Reglo", "A Reglo ICC volume or flow must be a positive number."));
    if (value == 0)
        return QByteArrayLiteral("0000+0");
    const double magnitude = std::floor(std::log10(value));
    // Far outside the field's E-9..E+9 (a subnormal would make the mantissa infinite).
    if (!(magnitude >= -12 && magnitude <= 12))
        return outOfRange(QCoreApplication::translate("Reglo", "%1 is outside what the Reglo ICC can represent.").arg(value));
    int exponent = static_cast<int>(magnitude);
    long mantissa = std::lround(value / std::pow(10.0, exponent) * 1000.0);
    if (mantissa >= 10000) {
        mantissa /= 10;
        ++exponent;
    }
    if (exponent < -9 || exponent > 9)
        return outOfRange(QCoreApplication::translate("Reglo", "%1 is outside what the Reglo ICC can represent.").arg(value));
    QByteArray out = QByteArray::number(static_cast<qint64>(mantissa)).rightJustified(4, '0');
    out.append(exponent < 0 ? '-' : '+');
    out.append(static_cast<char>('0' + std::abs(exponent)));
    return out;
}

std::optional<double> parseVolume(QByteArrayView text)
{
    // Exactly four mantissa digits, an optional E, a sign and one exponent digit: anything
    // else is a damaged line (the protocol has no checksum), not a number to guess at.
    static const QRegularExpression pattern(QStringLiteral("\\A(\\d{4})E?([+-])(\\d)\\z"));
    const auto match = pattern.match(QString::fromLatin1(text));
    if (!match.hasMatch())
        return std::nullopt;
    const int mantissa = match.captured(1).toInt();
    const int exponent = match.captured(3).toInt();
    return mantissa / 1000.0 * std::pow(10.0, match.captured(2) == QLatin1String("-") ? -exponent : exponent);
}

std::optional<double> parseSpeed(QByteArrayView text)
{
    // The speed reply: digits, a point and two decimals ("12.30"), nothing else.
    static const QRegularExpression pattern(QStringLiteral("\\A\\d{1,4}\\.\\d{2}\\z"));
    if (!pattern.match(QString::fromLatin1(text)).hasMatch())
        return std::nullopt;
    return text.toByteArray().toDouble();
}

Result<QByteArray> formatSpeed(double rpm) { return digits(rpm * 100.0, 6, "speed"); }
Result<QByteArray> formatTime(double seconds) { return digits(seconds * 10.0, 8, "time"); }
Result<QByteArray> formatCycles(int cycles) { return digits(cycles, 4, "cycles"); }
Result<QByteArray> formatDiameter(double mm) { return digits(mm * 100.0, 4, "tubing diameter"); }

std::optional<Event> parseEvent(QByteArrayView line)
{
    const QList<QByteArray> f = line.toByteArray().split('|');
    if (f.size() < 3 || f[0].size() != 2 || f[0][0] != '^')
        return std::nullopt;
    bool ok = false;
    Event e;
    e.channel = f[1].toInt(&ok);
    if (!ok)
        return std::nullopt;
    if (f[0][1] == 'X' && f.size() == 3 && f[2].size() == 1) {
        e.type = Event::Type::Stopped;
        e.cause = f[2][0];
        return e;
    }
    if (f[0][1] == 'U' && f.size() == 6 && f[2].size() == 1) {
        e.type = Event::Type::Update;
        e.status = f[2][0];
        bool a = false;
        bool b = false;
        bool c = false;
        e.timeLeftS = f[3].toDouble(&a);
        e.volumeUl = f[4].toDouble(&b);
        e.cycles = f[5].toInt(&c);
        if (a && b && c)
            return e;
    }
    return std::nullopt;
}

QByteArray encodeEvent(const Event &event)
{
    QByteArray out;
    if (event.type == Event::Type::Stopped) {
        out = "^X|" + QByteArray::number(event.channel) + '|' + QByteArray(1, event.cause);
    } else {
        out = "^U|" + QByteArray::number(event.channel) + '|' + QByteArray(1, event.status) + '|'
              + QByteArray::number(event.timeLeftS, 'f', 1) + '|' + QByteArray::number(event.volumeUl, 'f', 1) + '|'
              + QByteArray::number(event.cycles);
    }
    return out + "\r\n";
}

std::optional<StartError> parseStartError(QByteArrayView line)
{
    const QByteArray t = line.toByteArray().trimmed();
    if (t.isEmpty() || (t[0] != 'C' && t[0] != 'R' && t[0] != 'V'))
        return std::nullopt;
    return StartError{t[0], t.mid(1).trimmed()};
}

Request parseRequest(QByteArrayView line)
{
    Request r;
    qsizetype i = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9')
        ++i;
    r.address = line.first(i).toInt();
    if (i < line.size()) {
        const qsizetype length = (line[i] == 'x' && i + 1 < line.size()) ? 2 : 1;
        r.command = line.sliced(i, length).toByteArray();
        r.data = line.sliced(i + length).toByteArray();
    }
    return r;
}

std::vector<Request> RequestDecoder::feed(QByteArrayView bytes)
{
    std::vector<Request> out;
    for (const char c : bytes) {
        if (c == '\r') {
            if (m_skipLine) {
                m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 1);
                m_skipLine = false;
            } else if (!m_line.isEmpty() && m_line[0] >= '0' && m_line[0] <= '9') {
                out.push_back(parseRequest(m_line));
                ++m_stats.frames;
            } else {
                m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 1);
            }
            m_line.clear();
            continue;
        }
        if (c == '\n' || static_cast<uchar>(c) < 0x20 || static_cast<uchar>(c) > 0x7E) {
            m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 1);
            m_line.clear();
            m_skipLine = false;
            continue;
        }
        if (m_line.size() >= kMaxLine) {
            ++m_stats.overflows;
            m_stats.garbageBytes += static_cast<quint64>(m_line.size());
            m_line.clear();
            m_skipLine = true;
        }
        m_line.append(c);
    }
    return out;
}

QByteArray statusReply(char status) { return QByteArray(1, status); }
QByteArray dataReply(QByteArrayView text) { return text.toByteArray() + "\r\n"; }

} // namespace PumpStudio::Protocol::Reglo
