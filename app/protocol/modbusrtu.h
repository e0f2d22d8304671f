// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "protocol/modbuspoint.h"
#include "protocol/decoderstats.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

/// Modbus RTU frames without I/O (Modbus over serial line V1.02): the simulator's server side,
/// the trace output, the tests and the app's client side (ModbusBus, which matches replies to requests).
namespace PumpStudio::Protocol::Modbus {

enum Function : quint8 {
    ReadCoils = 0x01,
    ReadDiscreteInputs = 0x02,
    ReadHoldingRegisters = 0x03,
    ReadInputRegisters = 0x04,
    WriteSingleCoil = 0x05,
    WriteSingleRegister = 0x06,
    WriteMultipleCoils = 0x0F,
    WriteMultipleRegisters = 0x10,
};

enum Exception : quint8 { IllegalFunction = 1, IllegalDataAddress = 2, IllegalDataValue = 3, ServerDeviceFailure = 4 };

struct Adu
{
    int slave = 0;
    quint8 function = 0;
    QByteArray data;   ///< PDU after the function code
    friend bool operator==(const Adu &, const Adu &) = default;
};

/// slave | function | data | CRC (low byte first).
QByteArray encode(const Adu &adu);
QByteArray readRequest(int slave, quint8 function, int address, int count);
QByteArray writeSingleRegister(int slave, int address, quint16 value);
QByteArray writeSingleCoil(int slave, int address, bool on);
QByteArray writeMultipleRegisters(int slave, int address, const QList<quint16> &values);
QByteArray exceptionReply(int slave, quint8 function, Exception code);

/// Server side: splits requests by the length their function code implies and checks the CRC.
/// (On a pty there is no reliable silence; lengths and CRC are what the simulator can trust.)
class RequestDecoder final
{
public:
    static constexpr qsizetype kMaxFrame = 256;
    std::vector<Adu> feed(QByteArrayView bytes);
    void reset() { m_buffer.clear(); }
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    DecoderStats m_stats;
};

/// Client side (tests, traces): response lengths from the function code, exceptions included.
class ResponseDecoder final
{
public:
    static constexpr qsizetype kMaxFrame = 256;
    std::vector<Adu> feed(QByteArrayView bytes);
    void reset() { m_buffer.clear(); }
    DecoderStats stats() const { return m_stats; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    DecoderStats m_stats;
};

/// Register values for a point of a model's map: scale, type and word order applied. Refuses a
/// value that does not fit the type.
Result<QList<quint16>> encodeValue(double physical, const Point &point);
double decodeValue(const QList<quint16> &registers, const Point &point);

} // namespace PumpStudio::Protocol::Modbus
