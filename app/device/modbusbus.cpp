// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/modbusbus.h"

#include "device/serialbus.h"
#include "device/serialline.h"
#include "device/streamadapters.h"
#include "protocol/modbusrtu.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Device {

namespace {

namespace M = Protocol::Modbus;

// The device's own answer time (the former Qt client's margin).
constexpr auto kDeviceTime = 50ms;

QString exceptionText(int code)
{
    switch (code) {
    case M::IllegalFunction: return ModbusBus::tr("illegal function");
    case M::IllegalDataAddress: return ModbusBus::tr("illegal data address");
    case M::IllegalDataValue: return ModbusBus::tr("illegal data value");
    case M::ServerDeviceFailure: return ModbusBus::tr("server device failure");
    default: return ModbusBus::tr("exception %1").arg(code);
    }
}

quint8 readFunction(QModbusDataUnit::RegisterType table)
{
    switch (table) {
    case QModbusDataUnit::Coils: return M::ReadCoils;
    case QModbusDataUnit::DiscreteInputs: return M::ReadDiscreteInputs;
    case QModbusDataUnit::InputRegisters: return M::ReadInputRegisters;
    default: return M::ReadHoldingRegisters;
    }
}

bool isBits(QModbusDataUnit::RegisterType table)
{
    return table == QModbusDataUnit::Coils || table == QModbusDataUnit::DiscreteInputs;
}

QByteArray writeMultipleCoils(int server, int address, const QList<quint16> &values)
{
    QByteArray data;
    data.append(static_cast<char>(address >> 8)).append(static_cast<char>(address & 0xFF));
    data.append(static_cast<char>(values.size() >> 8)).append(static_cast<char>(values.size() & 0xFF));
    QByteArray bits((values.size() + 7) / 8, '\0');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i])
            bits[i / 8] = static_cast<char>(bits[i / 8] | (1 << (i % 8)));
    }
    data.append(static_cast<char>(bits.size())).append(bits);
    return M::encode({server, M::WriteMultipleCoils, data});
}

/// An exception reply to `function` from `server`: the function code with its high bit and one code byte.
bool isExceptionTo(const M::Adu &adu, int server, quint8 function)
{
    return adu.slave == server && adu.function == (function | 0x80) && adu.data.size() == 1;
}

} // namespace

ModbusBus::ModbusBus(const SerialSettings &settings, QObject *parent)
    : ModbusBus(std::make_unique<SerialLine>(settings), parent)
{
}

ModbusBus::ModbusBus(std::unique_ptr<ByteLine> line, QObject *parent)
    : Link(parent), m_bus(new SerialBus(std::move(line), std::make_unique<ModbusAdapter>(), this))
{
    attach();
}

ModbusBus::~ModbusBus() = default;

void ModbusBus::attach()
{
    qRegisterMetaType<PumpStudio::Device::LinkState>();
    connect(m_bus, &Link::stateChanged, this, &Link::stateChanged);
    connect(m_bus, &Link::reconnected, this, &Link::reconnected);
    connect(m_bus, &Link::traffic, this, &Link::traffic);
}

const SerialSettings &ModbusBus::settings() const { return m_bus->settings(); }
LinkState ModbusBus::state() const { return m_bus->state(); }
QString ModbusBus::lastError() const { return m_bus->lastError(); }
LinkStats ModbusBus::stats() const { return m_bus->stats(); }
QString ModbusBus::usbSerialNumber() const { return m_bus->usbSerialNumber(); }
void ModbusBus::open() { m_bus->open(); }
void ModbusBus::close() { m_bus->close(); }
void ModbusBus::abandonRequests() { m_bus->abandonRequests(); }

void ModbusBus::read(QModbusDataUnit::RegisterType table, int address, int count, int server, QObject *context,
                     ReadCallback done)
{
    const quint8 function = readFunction(table);
    const bool bits = isBits(table);
    const int byteCount = bits ? (count + 7) / 8 : 2 * count;
    SerialBus::Request request;
    request.bytes = M::readRequest(server, function, address, count);
    request.expectedReplyBytes = 5 + byteCount;
    request.deviceTime = kDeviceTime;
    request.maxAttempts = m_maxAttempts;
    request.description = tr("the read of %n value(s) at %1 from Modbus server %2", nullptr, count).arg(address).arg(server);
    // The answer names this server and function and carries exactly the bytes asked for; a
    // reply to another question (a late one, another server's) is not it.
    request.matches = [server, function, byteCount](const Frame &frame) {
        const auto adu = frame.payload.value<M::Adu>();
        if (isExceptionTo(adu, server, function))
            return true;
        return adu.slave == server && adu.function == function && adu.data.size() == 1 + byteCount
               && static_cast<quint8>(adu.data[0]) == byteCount;
    };
    m_bus->setReplyTimeoutOverride(replyTimeoutOverride());
    m_bus->submit(std::move(request), context, [server, bits, count, done = std::move(done)](Result<Frame> frame) {
        if (!frame) {
            done(frame.error());
            return;
        }
        const auto adu = frame->payload.value<M::Adu>();
        if (adu.function & 0x80) {
            done(makeError(Error::Code::Refused, tr("Modbus server %1 refused the request: %2.")
                                                     .arg(server)
                                                     .arg(exceptionText(static_cast<quint8>(adu.data[0])))));
            return;
        }
        QList<quint16> values;
        values.reserve(count);
        for (int i = 0; i < count; ++i) {
            if (bits) {
                values.append((static_cast<quint8>(adu.data[1 + i / 8]) >> (i % 8)) & 1);
            } else {
                values.append(static_cast<quint16>((static_cast<quint8>(adu.data[1 + 2 * i]) << 8)
                                                   | static_cast<quint8>(adu.data[2 + 2 * i])));
            }
        }
        done(std::move(values));
    });
}

void ModbusBus::write(QModbusDataUnit::RegisterType table, int address, const QList<quint16> &values, int server,
                      QObject *context, WriteCallback done)
{
    if (values.isEmpty() || (table != QModbusDataUnit::Coils && table != QModbusDataUnit::HoldingRegisters)) {
        done(makeError(Error::Code::InvalidArgument, tr("Only coils and holding registers can be written.")));
        return;
    }
    SerialBus::Request request;
    quint8 function = 0;
    if (table == QModbusDataUnit::Coils && values.size() == 1) {
        function = M::WriteSingleCoil;
        request.bytes = M::writeSingleCoil(server, address, values[0] != 0);
    } else if (table == QModbusDataUnit::HoldingRegisters && values.size() == 1) {
        function = M::WriteSingleRegister;
        request.bytes = M::writeSingleRegister(server, address, values[0]);
    } else if (table == QModbusDataUnit::Coils) {
        function = M::WriteMultipleCoils;
        request.bytes = writeMultipleCoils(server, address, values);
    } else {
        function = M::WriteMultipleRegisters;
        request.bytes = M::writeMultipleRegisters(server, address, values);
    }
    // FC 05/06 answer with the request itself; FC 0F/10 with its address and quantity.
    const QByteArray echoed = request.bytes.mid(2, 4);
    request.expectReply = server != 0;
    request.replyMayEqualRequest = function == M::WriteSingleCoil || function == M::WriteSingleRegister;
    request.expectedReplyBytes = 8;
    request.deviceTime = kDeviceTime;
    request.maxAttempts = m_maxAttempts;
    request.description = tr("the write of %n value(s) at %1 to Modbus server %2", nullptr, static_cast<int>(values.size()))
                              .arg(address)
                              .arg(server);
    request.matches = [server, function, echoed](const Frame &frame) {
        const auto adu = frame.payload.value<M::Adu>();
        if (isExceptionTo(adu, server, function))
            return true;
        return adu.slave == server && adu.function == function && adu.data == echoed;
    };
    m_bus->setReplyTimeoutOverride(replyTimeoutOverride());
    m_bus->submit(std::move(request), context, [server, done = std::move(done)](Result<Frame> frame) {
        if (!frame) {
            done(frame.error());
            return;
        }
        const auto adu = frame->payload.value<M::Adu>();
        if (adu.function & 0x80) {
            done(makeError(Error::Code::Refused, tr("Modbus server %1 refused the request: %2.")
                                                     .arg(server)
                                                     .arg(exceptionText(static_cast<quint8>(adu.data[0])))));
            return;
        }
        done({});
    });
}

} // namespace PumpStudio::Device
