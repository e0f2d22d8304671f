// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/mtsics.h"

namespace PumpStudio::Protocol::MtSics {

namespace {

constexpr qsizetype kMaxId = 5;

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// Printable ASCII, or the 8-bit characters MT-SICS allows in text (not DEL).
bool isLineChar(char c)
{
    const auto u = static_cast<uchar>(c);
    return (u >= 0x20 && u != 0x7F);
}

bool isUnitChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%' || c == '/';
}

} // namespace

QByteArray request(QByteArrayView command, QByteArrayView params)
{
    QByteArray bytes = command.toByteArray();
    if (!params.isEmpty()) {
        bytes.append(' ');
        bytes.append(params.data(), params.size());
    }
    bytes.append("\r\n");
    return bytes;
}

Reply parseReply(QByteArrayView line)
{
    Reply reply;
    reply.line = line.toByteArray();
    if (line == "ES") {
        reply.kind = Reply::Kind::SyntaxError;
        return reply;
    }
    if (line == "ET") {
        reply.kind = Reply::Kind::TransmissionError;
        return reply;
    }
    if (line == "EL") {
        reply.kind = Reply::Kind::LogicalError;
        return reply;
    }
    for (const char c : line) {
        if (!isLineChar(c))
            return reply;  // Malformed
    }
    // <id> <status>[ <body>]: the id a letter then letters or digits, the status one character.
    qsizetype i = 0;
    while (i < line.size() && i <= kMaxId && (isUpper(line[i]) || (i > 0 && isDigit(line[i]))))
        ++i;
    if (i == 0 || i > kMaxId || i + 2 > line.size() || line[i] != ' ')
        return reply;
    const char status = line[i + 1];
    static constexpr QByteArrayView kStatuses = "SDABIL+-";
    if (!kStatuses.contains(status))
        return reply;
    if (i + 2 < line.size() && (line[i + 2] != ' ' || i + 3 == line.size()))
        return reply;  // the status is one character, and a body follows a single space
    reply.kind = Reply::Kind::Response;
    reply.id = line.first(i).toByteArray();
    reply.status = status;
    if (i + 3 < line.size())
        reply.body = line.sliced(i + 3).toByteArray();
    return reply;
}

std::vector<Reply> ReplyDecoder::feed(QByteArrayView bytes)
{
    std::vector<Reply> out;
    for (const char c : bytes) {
        if (c == '\n') {
            if (m_skipping) {
                m_skipping = false;
                ++m_stats.garbageBytes;
                continue;
            }
            if (!m_line.endsWith('\r') || m_line.size() == 1) {
                // A bare LF, or an empty line: no MT-SICS reply looks like that.
                m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 1);
                m_line.clear();
                continue;
            }
            m_line.chop(1);
            Reply reply = parseReply(m_line);
            if (reply.kind == Reply::Kind::Malformed)
                m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 2);
            else
                ++m_stats.frames;
            out.push_back(std::move(reply));
            m_line.clear();
            continue;
        }
        if (m_skipping) {
            ++m_stats.garbageBytes;
            continue;
        }
        if (m_line.size() >= kMaxLine) {
            // No reply is this long: drop it all up to its end, rather than cut it into a
            // tail that might read as a reply of its own.
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

WeightReply parseWeight(const Reply &reply, QByteArrayView id)
{
    WeightReply w;
    switch (reply.kind) {
    case Reply::Kind::Response:
        break;
    case Reply::Kind::SyntaxError:
    case Reply::Kind::TransmissionError:
    case Reply::Kind::LogicalError:
        w.outcome = WeightReply::Outcome::Refused;
        return w;
    case Reply::Kind::Malformed:
        return w;
    }
    if (reply.id != id)
        return w;
    switch (reply.status) {
    case '+': w.outcome = WeightReply::Outcome::Overload; return w;
    case '-': w.outcome = WeightReply::Outcome::Underload; return w;
    case 'I': w.outcome = WeightReply::Outcome::NotExecutable; return w;
    case 'L': w.outcome = WeightReply::Outcome::Refused; return w;
    case 'S':
    case 'D':
        break;
    default:
        return w;
    }
    // "    100.00 g": the value right-aligned (leading spaces), one space, the unit.
    QByteArrayView body = reply.body;
    qsizetype start = 0;
    while (start < body.size() && body[start] == ' ')
        ++start;
    const qsizetype space = body.indexOf(' ', start);
    if (space < 0)
        return w;
    QByteArrayView unit = body.sliced(space + 1);
    while (!unit.isEmpty() && unit.back() == ' ')
        unit.chop(1);
    if (unit.isEmpty() || unit.size() > 5)
        return w;
    for (const char c : unit) {
        if (!isUnitChar(c))
            return w;
    }
    const auto value = Balance::parseDecimal(body.sliced(start, space - start));
    if (!value)
        return w;
    w.outcome = WeightReply::Outcome::Weight;
    w.value = *value;
    w.unit = unit.toByteArray();
    w.stable = reply.status == 'S';
    return w;
}

std::optional<QList<QByteArray>> quotedFields(QByteArrayView body)
{
    QList<QByteArray> fields;
    qsizetype i = 0;
    while (i < body.size()) {
        if (!fields.isEmpty()) {
            if (body[i] != ' ')
                return std::nullopt;
            ++i;
        }
        if (i >= body.size() || body[i] != '"')
            return std::nullopt;
        const qsizetype end = body.indexOf('"', i + 1);
        if (end < 0)
            return std::nullopt;
        fields.append(body.sliced(i + 1, end - i - 1).toByteArray());
        i = end + 1;
    }
    if (fields.isEmpty())
        return std::nullopt;
    return fields;
}

BalanceData parseBalanceData(QByteArrayView text)
{
    BalanceData data;
    const QByteArray simple = text.toByteArray().simplified();
    const QList<QByteArray> words = simple.split(' ');
    if (words.size() >= 3 && Balance::gramExponent(words.back())) {
        if (const auto capacity = Balance::parseDecimal(words.at(words.size() - 2)); capacity && capacity->mantissa > 0) {
            data.type = words.mid(0, words.size() - 2).join(' ');
            data.capacity = capacity;
            data.unit = words.back();
            return data;
        }
    }
    data.type = simple;
    return data;
}

std::vector<Request> RequestDecoder::feed(QByteArrayView bytes)
{
    std::vector<Request> out;
    for (const char c : bytes) {
        if (c == '\n') {
            if (m_skipping) {
                m_skipping = false;
            } else {
                if (m_line.endsWith('\r'))
                    m_line.chop(1);
                if (!m_line.isEmpty()) {
                    const qsizetype space = m_line.indexOf(' ');
                    Request r;
                    r.command = space < 0 ? m_line : m_line.left(space);
                    r.params = space < 0 ? QByteArray() : m_line.mid(space + 1);
                    out.push_back(std::move(r));
                    ++m_stats.frames;
                }
            }
            m_line.clear();
            continue;
        }
        if (m_skipping) {
            ++m_stats.garbageBytes;
            continue;
        }
        if ((static_cast<uchar>(c) < 0x20 && c != '\r') || c == 0x7F) {
            m_stats.garbageBytes += static_cast<quint64>(m_line.size() + 1);
            m_line.clear();
            m_skipping = true;  // the rest of this line is not a command either
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

QByteArray weightReply(QByteArrayView id, char status, const QByteArray &value, QByteArrayView unit)
{
    QByteArray line = id.toByteArray();
    line.append(' ');
    line.append(status);
    line.append(' ');
    line.append(value.rightJustified(10, ' '));
    line.append(' ');
    line.append(unit.data(), unit.size());
    line.append("\r\n");
    return line;
}

QByteArray statusReply(QByteArrayView id, char status, QByteArrayView body)
{
    QByteArray line = id.toByteArray();
    line.append(' ');
    line.append(status);
    if (!body.isEmpty()) {
        line.append(' ');
        line.append(body.data(), body.size());
    }
    line.append("\r\n");
    return line;
}

QByteArray quoted(QByteArrayView text)
{
    return '"' + text.toByteArray() + '"';
}

QByteArray generalError(QByteArrayView code)
{
    return code.toByteArray() + "\r\n";
}

} // namespace PumpStudio::Protocol::MtSics
