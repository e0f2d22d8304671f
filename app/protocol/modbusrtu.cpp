// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/modbusrtu.h"

#include "protocol/crc.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace PumpStudio::Protocol::Modbus {

namespace {

void appendU16(QByteArray &out, quint16 v)
{
    out.append(static_cast<char>(v >> 8));
    out.append(static_cast<char>(v & 0xFF));
}

bool crcOk(QByteArrayView frame)
{
    const quint16 crc = crc16Modbus(frame.first(frame.size() - 2));
    return static_cast<quint8>(frame[frame.size() - 2]) == (crc & 0xFF)
           && static_cast<quint8>(frame[frame.size() - 1]) == (crc >> 8);
}

/// Splits frames whose length `lengthOf` can tell from the bytes so far (0: not yet known,
/// -1: cannot be a frame start).
template <typename LengthOf>
std::vector<Adu> split(QByteArray &buffer, DecoderStats &stats, QByteArrayView bytes, LengthOf lengthOf,
                       qsizetype maxFrame)
{
    std::vector<Adu> out;
    buffer.append(bytes.data(), bytes.size());
    while (buffer.size() >= 2) {
        const qsizetype length = lengthOf(buffer);
        if (length < 0 || length > maxFrame) {
            buffer.remove(0, 1);
            ++stats.garbageBytes;
            continue;
        }
        if (length == 0 || buffer.size() < length)
            break;
        const QByteArrayView frame(buffer.constData(), length);
        if (!crcOk(frame)) {
            // A bad CRC, or garbage that happened to look like a header: slide by one byte.
            ++stats.checksumErrors;
            buffer.remove(0, 1);
            continue;
        }
        out.push_back(Adu{static_cast<quint8>(frame[0]), static_cast<quint8>(frame[1]),
                          frame.sliced(2, length - 4).toByteArray()});
        ++stats.frames;
        buffer.remove(0, length);
    }
    if (buffer.size() > maxFrame) {
        ++stats.overflows;
        stats.garbageBytes += static_cast<quint64>(buffer.size());
        buffer.clear();
    }
    return out;
}

} // namespace

QByteArray encode(const Adu &adu)
{
    QByteArray out;
    out.append(static_cast<char>(adu.slave));
    out.append(static_cast<char>(adu.function));
    out.append(adu.data);
    const quint16 crc = crc16Modbus(out);
    out.append(static_cast<char>(crc & 0xFF));
    out.append(static_cast<char>(crc >> 8));
    return out;
}

QByteArray readRequest(int slave, quint8 function, int address, int count)
{
    QByteArray data;
    appendU16(data, static_cast<quint16>(address));
    appendU16(data, static_cast<quint16>(count));
    return encode({slave, function, data});
}

QByteArray writeSingleRegister(int slave, int address, quint16 value)
{
    QByteArray data;
    appendU16(data, static_cast<quint16>(address));
    appendU16(data, value);
    return encode({slave, WriteSingleRegister, data});
}

QByteArray writeSingleCoil(int slave, int address, bool on)
{
    QByteArray data;
    appendU16(data, static_cast<quint16>(address));
    appendU16(data, on ? 0xFF00 : 0x0000);
    return encode({slave, WriteSingleCoil, data});
}

QByteArray writeMultipleRegisters(int slave, int address, const QList<quint16> &values)
{
    QByteArray data;
    appendU16(data, static_cast<quint16>(address));
    appendU16(data, static_cast<quint16>(values.size()));
    data.append(static_cast<char>(values.size() * 2));
    for (const quint16 v : values)
        appendU16(data, v);
    return encode({slave, WriteMultipleRegisters, data});
}

QByteArray exceptionReply(int slave, quint8 function, Exception code)
{
    return encode({slave, static_cast<quint8>(function | 0x80), QByteArray(1, static_cast<char>(code))});
}

std::vector<Adu> RequestDecoder::feed(QByteArrayView bytes)
{
    return split(m_buffer, m_stats, bytes, [](const QByteArray &b) -> qsizetype {
        switch (static_cast<quint8>(b[1])) {
        case ReadCoils: case ReadDiscreteInputs: case ReadHoldingRegisters: case ReadInputRegisters:
        case WriteSingleCoil: case WriteSingleRegister:
            return 8;
        case WriteMultipleCoils: case WriteMultipleRegisters:
            return b.size() < 7 ? 0 : 9 + static_cast<quint8>(b[6]);
        default:
            return -1;
        }
    }, kMaxFrame);
}

std::vector<Adu> ResponseDecoder::feed(QByteArrayView bytes)
{
    return split(m_buffer, m_stats, bytes, [](const QByteArray &b) -> qsizetype {
        const auto function = static_cast<quint8>(b[1]);
        if (function & 0x80)
            return (function & 0x7F) >= 1 && (function & 0x7F) <= 0x10 ? 5 : -1;
        switch (function) {
        case ReadCoils: case ReadDiscreteInputs: case ReadHoldingRegisters: case ReadInputRegisters:
            return b.size() < 3 ? 0 : 5 + static_cast<quint8>(b[2]);
        case WriteSingleCoil: case WriteSingleRegister: case WriteMultipleCoils: case WriteMultipleRegisters:
            return 8;
        default:
            return -1;
        }
    }, kMaxFrame);
}

int Point::registerCount() const
{
    switch (type) {
    case Type::UInt32:
    case Type::Int32:
    case Type::Float32:
        return 2;
    case Type::Ascii:
        return std::max(1, count);
    default:
        return 1;
    }
}

Result<QList<quint16>> encodeValue(double physical, const Point &point)
{
    using Type = Point::Type;
    const double raw = physical / point.scale;
    const auto tooBig = [&] {
        return makeError(Error::Code::OutOfRange,
                         QCoreApplication::translate("Modbus", "%1 does not fit register \"%2\".").arg(physical).arg(point.name));
    };
    QList<quint16> words;
    switch (point.type) {
    case Type::UInt16: {
        const double r = std::round(raw);
        if (!(r >= 0 && r <= 65535)) return tooBig();
        words = {static_cast<quint16>(r)};
        break;
    }
    case Type::Int16: {
        const double r = std::round(raw);
        if (!(r >= -32768 && r <= 32767)) return tooBig();
        words = {static_cast<quint16>(static_cast<qint16>(r))};
        break;
    }
    case Type::UInt32:
    case Type::Int32: {
        const double r = std::round(raw);
        const bool isSigned = point.type == Type::Int32;
        if (isSigned ? !(r >= -2147483648.0 && r <= 2147483647.0) : !(r >= 0 && r <= 4294967295.0)) return tooBig();
        const auto v = isSigned ? static_cast<quint32>(static_cast<qint32>(r)) : static_cast<quint32>(r);
        words = {static_cast<quint16>(v >> 16), static_cast<quint16>(v & 0xFFFF)};
        break;
    }
    case Type::Float32: {
        const auto f = static_cast<float>(raw);
        if (!std::isfinite(f)) return tooBig();
        const auto v = std::bit_cast<quint32>(f);
        words = {static_cast<quint16>(v >> 16), static_cast<quint16>(v & 0xFFFF)};
        break;
    }
    case Type::Ascii:
        return makeError(Error::Code::Unsupported, QCoreApplication::translate("Modbus", "Text registers are read-only here."));
    }
    if (words.size() == 2 && point.wordOrder == Point::WordOrder::LowFirst)
        std::swap(words[0], words[1]);
    return words;
}

double decodeValue(const QList<quint16> &registers, const Point &point)
{
    using Type = Point::Type;
    if (registers.isEmpty())
        return 0;
    quint32 v32 = 0;
    if (registers.size() >= 2) {
        const bool lowFirst = point.wordOrder == Point::WordOrder::LowFirst;
        const quint32 hi = lowFirst ? registers[1] : registers[0];
        const quint32 lo = lowFirst ? registers[0] : registers[1];
        v32 = (hi << 16) | lo;
    }
    switch (point.type) {
    case Type::UInt16: return registers[0] * point.scale;
    case Type::Int16: return static_cast<qint16>(registers[0]) * point.scale;
    case Type::UInt32: return v32 * point.scale;
    case Type::Int32: return static_cast<qint32>(v32) * point.scale;
    case Type::Float32: return static_cast<double>(std::bit_cast<float>(v32)) * point.scale;
    case Type::Ascii: return 0;
    }
    return 0;
}

} // namespace PumpStudio::Protocol::Modbus
