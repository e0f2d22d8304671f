// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/newera.h"

#include "protocol/crc.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

#include <cmath>

namespace PumpStudio::Protocol::NewEra {

Result<QByteArray> formatNumber(double value)
{
    if (!std::isfinite(value) || value < 0)
        return makeError(Error::Code::OutOfRange, QCoreApplication::translate("NewEra", "The NE-1000 takes positive numbers only."));
    // Up to 4 significant digits with at most 3 decimals: pick the most decimals that fit.
    for (int decimals = 3; decimals >= 0; --decimals) {
        const double scaled = std::round(value * std::pow(10.0, decimals));
        if (scaled < 10000) {
            QByteArray text = QByteArray::number(scaled / std::pow(10.0, decimals), 'f', decimals);
            if (decimals > 0) {  // trailing zeros cost digits the pump does not need
                while (text.endsWith('0'))
                    text.chop(1);
                if (text.endsWith('.'))
                    text.chop(1);
            }
            if (text == "0" && value > 0)
                break;
            return text;
        }
    }
    return makeError(Error::Code::OutOfRange,
                     QCoreApplication::translate("NewEra", "%1 cannot be written in the NE-1000's 4 digits.").arg(value));
}

std::optional<double> parseNumber(QByteArrayView text)
{
    // As the pump writes them: at most 4 digits and one point (no sign, exponent, "inf").
    static const QRegularExpression pattern(QStringLiteral("\\A(?=.*\\d)\\d*\\.?\\d*\\z"));
    const qsizetype digits = std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (text.isEmpty() || digits > 4 || !pattern.match(QString::fromLatin1(text)).hasMatch())
        return std::nullopt;
    return text.toByteArray().toDouble();
}

QByteArray requestBody(const Request &request)
{
    QByteArray body;
    if (request.address) {
        if (*request.address < 0)
            body.append('*');
        else
            body.append(QByteArray::number(*request.address));
    }
    body.append(request.command);
    body.append(request.params);
    return body;
}

QByteArray wrapSafe(QByteArrayView data)
{
    QByteArray out;
    out.append(kStx);
    out.append(static_cast<char>(data.size() + 4));
    out.append(data.data(), data.size());
    const quint16 crc = crc16Xmodem(data);
    out.append(static_cast<char>(crc >> 8));
    out.append(static_cast<char>(crc & 0xFF));
    out.append(kEtx);
    return out;
}

QByteArray basicRequest(const Request &request) { return requestBody(request) + '\r'; }
QByteArray safeRequest(const Request &request) { return wrapSafe(requestBody(request)); }

QByteArray replyBody(const Reply &reply)
{
    QByteArray body = QByteArray::number(reply.address).rightJustified(2, '0');
    if (reply.alarm) {
        body.append("A?");
        body.append(reply.alarm);
    } else {
        body.append(reply.status);
    }
    body.append(reply.data);
    return body;
}

QByteArray basicReply(const Reply &reply) { return kStx + replyBody(reply) + kEtx; }
QByteArray safeReply(const Reply &reply) { return wrapSafe(replyBody(reply)); }

std::optional<Reply> parseReplyBody(QByteArrayView body)
{
    if (body.size() < 3 || !std::isdigit(static_cast<uchar>(body[0])) || !std::isdigit(static_cast<uchar>(body[1])))
        return std::nullopt;
    Reply r;
    r.address = body.first(2).toInt();
    if (body[2] == 'A') {
        if (body.size() < 5 || body[3] != '?')
            return std::nullopt;
        r.status = 'A';
        r.alarm = body[4];
        if (!QByteArrayView("RSTEO").contains(r.alarm))
            return std::nullopt;
        r.data = body.sliced(5).toByteArray();
        return r;
    }
    if (!QByteArrayView("IWSPTUX").contains(body[2]))
        return std::nullopt;
    r.status = body[2];
    r.data = body.sliced(3).toByteArray();
    return r;
}

std::optional<Request> parseRequestBody(QByteArrayView body)
{
    QByteArray b = body.toByteArray();
    b.replace(' ', QByteArray());
    Request r;
    qsizetype i = 0;
    if (!b.isEmpty() && b[0] == '*') {
        r.address = -1;
        i = 1;
    } else {
        while (i < b.size() && i < 2 && std::isdigit(static_cast<uchar>(b[i])))
            ++i;
        if (i > 0)
            r.address = b.first(i).toInt();
    }
    if (b.size() - i < 3)
        return std::nullopt;
    r.command = b.mid(i, 3).toUpper();
    for (const char c : r.command) {
        if (c < 'A' || c > 'Z')
            return std::nullopt;
    }
    r.params = b.mid(i + 3);
    return r;
}

std::optional<Dispensed> parseDispensed(QByteArrayView data)
{
    const QByteArray d = data.toByteArray();
    const qsizetype w = d.indexOf('W');
    if (!d.startsWith('I') || w < 0 || d.size() < w + 3)
        return std::nullopt;
    const QByteArray unit = d.right(2);
    const double factor = unit == "UL" ? 0.001 : unit == "ML" ? 1.0 : -1;
    const auto infused = parseNumber(d.mid(1, w - 1));
    const auto withdrawn = parseNumber(d.mid(w + 1, d.size() - w - 3));
    if (factor < 0 || !infused || !withdrawn)
        return std::nullopt;
    return Dispensed{*infused * factor, *withdrawn * factor};
}

QString alarmText(char alarm)
{
    switch (alarm) {
    case 'R': return QCoreApplication::translate("NewEra", "pump was reset (power interrupted)");
    case 'S': return QCoreApplication::translate("NewEra", "motor stalled");
    case 'T': return QCoreApplication::translate("NewEra", "safe mode communication timeout");
    case 'E': return QCoreApplication::translate("NewEra", "pumping program error");
    case 'O': return QCoreApplication::translate("NewEra", "pumping program phase out of range");
    default: return QCoreApplication::translate("NewEra", "alarm %1").arg(QLatin1Char(alarm));
    }
}

QString errorText(QByteArrayView data)
{
    if (data == "?OOR")
        return QCoreApplication::translate("NewEra", "value out of range");
    if (data == "?NA")
        return QCoreApplication::translate("NewEra", "command not applicable now");
    if (data == "?COM")
        return QCoreApplication::translate("NewEra", "invalid communications packet");
    if (data == "?IGN")
        return QCoreApplication::translate("NewEra", "command ignored (a new phase started)");
    return QCoreApplication::translate("NewEra", "command not recognised");
}

namespace {

/// Safe-mode packets: STX len data(len-4) crc crc ETX.
template <typename Parse, typename T>
void splitSafe(QByteArray &buffer, DecoderStats &stats, std::vector<T> &out, Parse parse, qsizetype maxPacket)
{
    while (!buffer.isEmpty()) {
        if (buffer[0] != kStx) {
            buffer.remove(0, 1);
            ++stats.garbageBytes;
            continue;
        }
        if (buffer.size() < 2)
            return;
        const int len = static_cast<quint8>(buffer[1]);
        if (len < 5 || len + 1 > maxPacket) {  // the whole packet (len + 1 bytes) within the bound
            buffer.remove(0, 1);
            ++stats.garbageBytes;
            continue;
        }
        const qsizetype total = len + 1;  // STX + len + data + 2 CRC + ETX = len + 1
        if (buffer.size() < total)
            return;
        const QByteArrayView data(buffer.constData() + 2, len - 4);
        const quint16 crc = crc16Xmodem(data);
        const bool framed = buffer[total - 1] == kEtx;
        const bool crcOk = static_cast<quint8>(buffer[total - 3]) == (crc >> 8)
                           && static_cast<quint8>(buffer[total - 2]) == (crc & 0xFF);
        if (!framed || !crcOk) {
            if (framed)
                ++stats.checksumErrors;
            else
                ++stats.garbageBytes;
            buffer.remove(0, 1);
            continue;
        }
        if (auto parsed = parse(data)) {
            out.push_back(*parsed);
            ++stats.frames;
        } else {
            stats.garbageBytes += static_cast<quint64>(total);
        }
        buffer.remove(0, total);
    }
}

} // namespace

std::vector<Reply> ReplyDecoder::feed(QByteArrayView bytes)
{
    std::vector<Reply> out;
    m_buffer.append(bytes.data(), bytes.size());
    if (m_safe) {
        splitSafe(m_buffer, m_stats, out, parseReplyBody, kMaxPacket);
    } else {
        for (;;) {
            const qsizetype start = m_buffer.indexOf(kStx);
            if (start < 0) {
                m_stats.garbageBytes += static_cast<quint64>(m_buffer.size());
                m_buffer.clear();
                break;
            }
            if (start > 0) {
                m_stats.garbageBytes += static_cast<quint64>(start);
                m_buffer.remove(0, start);
            }
            const qsizetype end = m_buffer.indexOf(kEtx, 1);
            const qsizetype nextStart = m_buffer.indexOf(kStx, 1);
            if (nextStart >= 0 && (end < 0 || nextStart < end)) {  // a packet cut short
                m_stats.garbageBytes += static_cast<quint64>(nextStart);
                m_buffer.remove(0, nextStart);
                continue;
            }
            if (end < 0)
                break;
            // A packet longer than the bound is garbage however it arrived (in one read or
            // many), so what is accepted never depends on how the bytes were chunked.
            if (end + 1 > kMaxPacket) {
                m_stats.garbageBytes += static_cast<quint64>(end + 1);
                m_buffer.remove(0, end + 1);
                continue;
            }
            if (const auto reply = parseReplyBody(QByteArrayView(m_buffer).sliced(1, end - 1))) {
                out.push_back(*reply);
                ++m_stats.frames;
            } else {
                m_stats.garbageBytes += static_cast<quint64>(end + 1);
            }
            m_buffer.remove(0, end + 1);
        }
    }
    if (m_buffer.size() > kMaxPacket) {
        ++m_stats.overflows;
        m_stats.garbageBytes += static_cast<quint64>(m_buffer.size());
        m_buffer.clear();
    }
    return out;
}

std::vector<Request> RequestDecoder::feed(QByteArrayView bytes)
{
    std::vector<Request> out;
    m_buffer.append(bytes.data(), bytes.size());
    if (m_safe) {
        splitSafe(m_buffer, m_stats, out, parseRequestBody, kMaxPacket);
    } else {
        qsizetype end;
        while ((end = m_buffer.indexOf('\r')) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            if (line.size() + 1 > kMaxPacket || m_skipLine) {  // too long, however it arrived
                m_stats.garbageBytes += static_cast<quint64>(line.size() + 1);
                m_skipLine = false;
                continue;
            }
            if (const auto request = parseRequestBody(line)) {
                out.push_back(*request);
                ++m_stats.frames;
            } else {
                m_stats.garbageBytes += static_cast<quint64>(line.size() + 1);
            }
        }
    }
    if (m_buffer.size() > kMaxPacket) {
        m_skipLine = !m_safe;
        ++m_stats.overflows;
        m_stats.garbageBytes += static_cast<quint64>(m_buffer.size());
        m_buffer.clear();
    }
    return out;
}

} // namespace PumpStudio::Protocol::NewEra
