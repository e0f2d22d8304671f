// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/sartoriussbi.h"

namespace PumpStudio::Protocol::SartoriusSbi {

namespace {

constexpr qsizetype kBody = 14;    // the 16-character line without CR LF
constexpr qsizetype kHeader = 6;   // the ID code in front of a 22-character line
constexpr qsizetype kValueFrom = 1;  // positions 2-10 (0-based 1-9): a leading space, the value
constexpr qsizetype kValueTo = 9;
constexpr qsizetype kUnitFrom = 11;  // positions 12-14

bool isUnitChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%' || c == '/';
}

bool isPrintable(char c)
{
    const auto u = static_cast<uchar>(c);
    return u >= 0x20 && u < 0x7F;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && text.front() == ' ')
        text = text.sliced(1);
    while (!text.isEmpty() && text.back() == ' ')
        text.chop(1);
    return text;
}

/// A weight body of 14 characters (trailing spaces may be missing) into `line`.
bool parseWeightBody(QByteArrayView body, Line &line)
{
    if (body.size() > kBody || body.size() <= kValueTo)
        return false;
    const QByteArray b = body.toByteArray().leftJustified(kBody, ' ');
    const char sign = b[0];
    if (sign != '+' && sign != '-' && sign != ' ')
        return false;
    // The value ends at position 10 and has no space inside; spaces before it only.
    qsizetype start = kValueFrom;
    while (start <= kValueTo && b[start] == ' ')
        ++start;
    if (start > kValueTo || b[kValueTo] == ' ' || b[kValueTo + 1] != ' ')
        return false;
    const QByteArrayView digits = QByteArrayView(b).sliced(start, kValueTo + 1 - start);
    if (digits.contains('-'))
        return false;  // the sign has its own position
    const auto value = Balance::parseDecimal(digits);
    if (!value)
        return false;
    // The unit left-aligned in 12-14, or nothing at all.
    const QByteArrayView unitField = QByteArrayView(b).sliced(kUnitFrom, kBody - kUnitFrom);
    const QByteArrayView unit = trimmed(unitField);
    if (!unit.isEmpty()) {
        if (unitField.front() == ' ')
            return false;
        for (const char c : unit) {
            if (!isUnitChar(c))
                return false;
        }
    }
    line.kind = Line::Kind::Weight;
    line.negative = sign == '-';
    line.value = *value;
    line.unit = unit.toByteArray();
    return true;
}

bool isErrorCode(QByteArrayView text, QByteArray &code)
{
    if (!(text.startsWith("Err") || text.startsWith("ERR")))
        return false;
    const QByteArrayView digits = trimmed(text.sliced(3));
    if (digits.isEmpty() || digits.size() > 3 || text.size() == 3 || text[3] != ' ')
        return false;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return false;
    }
    code = digits.toByteArray();
    return true;
}

} // namespace

QByteArray command(char letter)
{
    return QByteArray(1, kEsc) + letter + "\r\n";
}

QByteArray extendedCommand(QByteArrayView code)
{
    return QByteArray(1, kEsc) + code.toByteArray() + "_\r\n";
}

Balance::Decimal Line::signedValue() const
{
    return negative ? Balance::Decimal{-value.mantissa, value.exponent} : value;
}

Line parseLine(QByteArrayView raw)
{
    Line line;
    const QByteArrayView text = trimmed(raw);
    line.text = text.toByteArray();
    for (const char c : raw) {
        if (!isPrintable(c))
            return line;  // Text: never a value
    }
    if (raw.size() > kValueTo && raw.size() <= kBody && parseWeightBody(raw, line))
        return line;
    if (raw.size() > kHeader + kValueTo && raw.size() <= kHeader + kBody && raw.front() != ' ' && raw.front() != '+'
        && raw.front() != '-' && parseWeightBody(raw.sliced(kHeader), line)) {
        line.header = trimmed(raw.first(kHeader)).toByteArray();
        return line;
    }
    line.kind = Line::Kind::Text;
    QByteArrayView special = text;
    if (special.startsWith("Stat") && (special.size() == 4 || special[4] == ' ')) {
        line.header = "Stat";
        special = trimmed(special.sliced(4));
    }
    QByteArray code;
    if (special == "H" || special == "HH" || special == "High") {
        line.kind = Line::Kind::Overload;
    } else if (special == "L" || special == "LL" || special == "Low") {
        line.kind = Line::Kind::Underload;
    } else if (special == "C" || special.startsWith("Cal.") || special == "- -" || special == "--") {
        line.kind = Line::Kind::Status;
        line.text = special.toByteArray();
    } else if (isErrorCode(special, code)) {
        line.kind = Line::Kind::Error;
        line.text = code;
    } else if (special == "APP. ERR" || special == "DIS. ERR" || special == "PRT. ERR") {
        line.kind = Line::Kind::Error;
        line.text = special.toByteArray();
    } else {
        line.header.clear();
    }
    return line;
}

std::vector<Line> ReplyDecoder::feed(QByteArrayView bytes)
{
    std::vector<Line> out;
    for (const char c : bytes) {
        if (c == '\n') {
            if (m_skipping) {
                m_skipping = false;
                ++m_stats.garbageBytes;
            } else if (m_line.endsWith('\r') && m_line.size() > 1) {
                m_line.chop(1);
                out.push_back(parseLine(m_line));
                ++m_stats.frames;
            } else if (!m_line.endsWith('\r')) {
                m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 1);  // a bare LF
            }
            m_line.clear();
            continue;
        }
        if (m_skipping) {
            ++m_stats.garbageBytes;
            continue;
        }
        if ((!isPrintable(c) && c != '\r') || m_line.endsWith('\r')) {
            // A control character, or CR not followed by LF: this line is not one the balance
            // prints. The rest of it goes too.
            m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 1);
            m_line.clear();
            m_skipping = true;
            continue;
        }
        if (m_line.size() >= kMaxLine) {
            ++m_stats.overflows;
            m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 1);
            m_line.clear();
            m_skipping = true;
            continue;
        }
        m_line.append(c);
    }
    return out;
}

void ReplyDecoder::reset()
{
    m_line.clear();
    m_skipping = false;
}

std::vector<QByteArray> RequestDecoder::feed(QByteArrayView bytes)
{
    std::vector<QByteArray> out;
    for (const char c : bytes) {
        if (c == kEsc) {
            if (m_inCommand)
                m_stats.garbageBytes += static_cast<quint64>(m_command.size() + 1);
            m_command.clear();
            m_inCommand = true;
            continue;
        }
        if (!m_inCommand) {
            if (c != '\r' && c != '\n')
                ++m_stats.garbageBytes;
            continue;
        }
        const bool upper = c >= 'A' && c <= 'Z';
        const bool lower = c >= 'a' && c <= 'z';
        const bool digit = c >= '0' && c <= '9';
        if (m_command.isEmpty() && upper) {  // format 1: one capital letter
            out.push_back(QByteArray(1, c));
            ++m_stats.frames;
            m_inCommand = false;
            continue;
        }
        if (!m_command.isEmpty() && c == '_') {  // format 2 ends with an underline
            out.push_back(m_command);
            ++m_stats.frames;
            m_command.clear();
            m_inCommand = false;
            continue;
        }
        if ((m_command.isEmpty() && !lower) || !(upper || lower || digit)) {
            m_stats.garbageBytes += static_cast<quint64>(m_command.size() + 2);
            m_command.clear();
            m_inCommand = false;
            continue;
        }
        if (m_command.size() >= kMaxCommand) {
            ++m_stats.overflows;
            m_stats.garbageBytes += static_cast<quint64>(m_command.size() + 1);
            m_command.clear();
            m_inCommand = false;
            continue;
        }
        m_command.append(c);
    }
    return out;
}

QByteArray weightLine(bool negative, const QByteArray &value, QByteArrayView unit, QByteArrayView header)
{
    QByteArray line;
    if (!header.isEmpty())
        line = header.toByteArray().leftJustified(kHeader, ' ', true);
    line.append(negative ? '-' : '+');
    line.append(' ');
    line.append(value.rightJustified(kValueTo - kValueFrom, ' '));
    line.append(' ');
    line.append(unit.toByteArray().leftJustified(kBody - kUnitFrom, ' ', true));
    line.append("\r\n");
    return line;
}

QByteArray specialLine(QByteArrayView text, bool withHeader)
{
    QByteArray body = QByteArray(6, ' ') + text.toByteArray();
    body = body.leftJustified(kBody, ' ');
    return (withHeader ? QByteArray("Stat  ") : QByteArray()) + body + "\r\n";
}

QByteArray errorLine(int code, bool withHeader)
{
    // Two digits at least ("Err 02"), right-aligned in three places.
    QByteArray body = "   Err " + QByteArray::number(code).rightJustified(2, '0').rightJustified(3, ' ');
    body = body.leftJustified(kBody, ' ');
    return (withHeader ? QByteArray("Stat  ") : QByteArray()) + body + "\r\n";
}

QByteArray textLine(QByteArrayView text)
{
    return text.toByteArray() + "\r\n";
}

} // namespace PumpStudio::Protocol::SartoriusSbi
