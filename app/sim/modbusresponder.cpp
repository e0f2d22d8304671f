// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/modbusresponder.h"

#include "sim/simpressuresensor.h"
#include "sim/simpump.h"

#include <QtEndian>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono;

namespace PumpStudio::Sim {

namespace {

using Models::ModbusPoint;
namespace Modbus = Protocol::Modbus;

ModbusPoint::Table tableOf(quint8 function)
{
    switch (function) {
    case Modbus::ReadCoils:
    case Modbus::WriteSingleCoil:
    case Modbus::WriteMultipleCoils:
        return ModbusPoint::Table::Coil;
    case Modbus::ReadDiscreteInputs:
        return ModbusPoint::Table::DiscreteInput;
    case Modbus::ReadInputRegisters:
        return ModbusPoint::Table::InputRegister;
    default:
        return ModbusPoint::Table::HoldingRegister;
    }
}

quint16 word(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint16>(data.constData() + at);
}

void appendWord(QByteArray &out, quint16 value)
{
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value & 0xFF));
}

/// kPa to the unit a transmitter's map names; unknown units are served as kPa.
double fromKPa(double kPa, const QString &unit)
{
    if (unit == u"bar"_s)
        return kPa / 100.0;
    if (unit == u"mbar"_s)
        return kPa * 10.0;
    if (unit == u"MPa"_s)
        return kPa / 1000.0;
    if (unit == u"psi"_s)
        return kPa * 0.1450377377;
    return kPa;
}

} // namespace

ModbusResponder::ModbusResponder(const Models::PumpModel &model, int address, SimPump *pump, SimPressureSensor *sensor)
    : m_model(model)
    , m_address(address)
    , m_pump(pump)
    , m_sensor(sensor)
{
}

QString ModbusResponder::protocolName() const
{
    return u"Modbus RTU"_s;
}

std::vector<SimPump *> ModbusResponder::pumps() const
{
    return m_pump ? std::vector<SimPump *>{m_pump} : std::vector<SimPump *>{};
}

void ModbusResponder::powerCycle()
{
    m_decoder.reset();
    m_stored.clear();
}

std::vector<QByteArray> ModbusResponder::feed(QByteArrayView bytes, nanoseconds)
{
    std::vector<QByteArray> replies;
    for (const Modbus::Adu &request : m_decoder.feed(bytes)) {
        const bool broadcast = request.slave == 0;
        if (!broadcast && request.slave != m_address)
            continue;
        const QByteArray reply = handle(request);
        if (!broadcast && !reply.isEmpty())
            replies.push_back(reply);
    }
    return replies;
}

const ModbusPoint *ModbusResponder::pointAt(ModbusPoint::Table table, int address) const
{
    for (const ModbusPoint &point : m_model.registers) {
        if (point.table == table && address >= point.address && address < point.address + point.registerCount())
            return &point;
    }
    return nullptr;
}

bool ModbusResponder::remoteEnabled() const
{
    // Boards such as the Kamoer 2802 ignore the bus until their remote-enable coil is ON.
    if (!m_model.point(u"enable-remote"_s))
        return true;
    return m_stored.value(u"enable-remote"_s) != 0.0;
}

double ModbusResponder::read(const ModbusPoint &point) const
{
    const QString &name = point.name;
    if (m_pump) {
        if (name == u"speed"_s)
            return m_pump->targetRpm();
        if (name == u"actual-speed"_s)
            return m_pump->actualRpm();
        if (name == u"run"_s)
            return m_pump->running() ? 1.0 : 0.0;
        if (name == u"full-speed"_s)
            return m_pump->fullSpeed() ? 1.0 : 0.0;
        if (name == u"direction"_s) {
            const bool cw = m_pump->direction() == SimPump::Direction::Clockwise;
            return cw ? point.clockwiseValue.value_or(0) : point.counterClockwiseValue.value_or(1);
        }
        if (name == u"dispense-time"_s)
            return duration<double>(m_pump->runTime()).count();
    }
    if (name == u"pressure"_s && m_sensor)
        return fromKPa(m_sensor->readKPa(), point.unit);
    if (name == u"address"_s)
        return m_address;
    return m_stored.value(name);
}

bool ModbusResponder::write(const ModbusPoint &point, double value)
{
    const QString &name = point.name;
    if (name != u"enable-remote"_s && !remoteEnabled())
        return false;
    if (m_pump) {
        if (name == u"speed"_s)
            return m_pump->setTargetRpm(value).ok();
        if (name == u"run"_s) {
            if (value == 0.0) {
                m_pump->stop();
                return true;
            }
            // A dispense time set beforehand makes the run a timed one (Lead Fluid 3109).
            const bool timed = m_pump->runTime() > milliseconds::zero();
            m_pump->setRunMode(timed ? RunMode::Time : RunMode::Continuous);
            return m_pump->start().ok();
        }
        if (name == u"full-speed"_s) {
            m_pump->setFullSpeed(value != 0.0);
            return true;
        }
        if (name == u"direction"_s) {
            const int ccw = point.counterClockwiseValue.value_or(1);
            m_pump->setDirection(static_cast<int>(value) == ccw ? SimPump::Direction::CounterClockwise
                                                                : SimPump::Direction::Clockwise);
            return true;
        }
        if (name == u"dispense-time"_s)
            return m_pump->setRunTime(milliseconds(std::llround(value * 1000.0))).ok();
    }
    m_stored.insert(name, value);
    return true;
}

QByteArray ModbusResponder::handle(const Modbus::Adu &request)
{
    const auto fail = [&](Modbus::Exception code) { return Modbus::exceptionReply(m_address, request.function, code); };
    const QByteArray &data = request.data;
    const ModbusPoint::Table table = tableOf(request.function);
    switch (request.function) {
    case Modbus::ReadCoils:
    case Modbus::ReadDiscreteInputs: {
        const int start = word(data, 0);
        const int count = word(data, 2);
        if (count < 1 || count > 2000)
            return fail(Modbus::IllegalDataValue);
        QByteArray bits((count + 7) / 8, '\0');
        for (int i = 0; i < count; ++i) {
            const ModbusPoint *point = pointAt(table, start + i);
            if (!point)
                return fail(Modbus::IllegalDataAddress);
            if (read(*point) != 0.0)
                bits[i / 8] = static_cast<char>(bits.at(i / 8) | (1 << (i % 8)));
        }
        return Modbus::encode({m_address, request.function, QByteArray(1, static_cast<char>(bits.size())) + bits});
    }
    case Modbus::ReadHoldingRegisters:
    case Modbus::ReadInputRegisters: {
        const int start = word(data, 0);
        const int count = word(data, 2);
        if (count < 1 || count > 125)
            return fail(Modbus::IllegalDataValue);
        QByteArray payload(1, static_cast<char>(2 * count));
        for (int address = start; address < start + count;) {
            const ModbusPoint *point = pointAt(table, address);
            if (!point)
                return fail(Modbus::IllegalDataAddress);
            QList<quint16> words;
            if (point->type == ModbusPoint::Type::Ascii) {
                // A device reports its name in ASCII, as its maker wrote it: the model file's English name.
                const QString name = m_model.names.en.isEmpty() ? m_model.displayName : m_model.names.en;
                const QByteArray text = name.toLatin1().leftJustified(2 * point->count, '\0', true);
                for (int i = 0; i < point->count; ++i)
                    words.append(static_cast<quint16>((static_cast<quint8>(text.at(2 * i)) << 8) | static_cast<quint8>(text.at(2 * i + 1))));
            } else {
                const auto encoded = Modbus::encodeValue(read(*point), *point);
                if (!encoded)
                    return fail(Modbus::ServerDeviceFailure);
                words = *encoded;
            }
            for (int i = address - point->address; i < words.size() && address < start + count; ++i, ++address)
                appendWord(payload, words.at(i));
        }
        return Modbus::encode({m_address, request.function, payload});
    }
    case Modbus::WriteSingleCoil: {
        const ModbusPoint *point = pointAt(table, word(data, 0));
        const quint16 value = word(data, 2);
        if (!point || !point->writable)
            return fail(Modbus::IllegalDataAddress);
        if (value != 0xFF00 && value != 0x0000)
            return fail(Modbus::IllegalDataValue);
        if (!write(*point, value == 0xFF00 ? 1.0 : 0.0))
            return fail(Modbus::ServerDeviceFailure);
        return Modbus::encode(request);
    }
    case Modbus::WriteSingleRegister: {
        const ModbusPoint *point = pointAt(table, word(data, 0));
        if (!point || !point->writable || point->registerCount() != 1)
            return fail(Modbus::IllegalDataAddress);
        if (!write(*point, Modbus::decodeValue({word(data, 2)}, *point)))
            return fail(Modbus::IllegalDataValue);
        return Modbus::encode(request);
    }
    case Modbus::WriteMultipleRegisters: {
        const int start = word(data, 0);
        const int count = word(data, 2);
        if (count < 1 || count > 123 || static_cast<quint8>(data.at(4)) != 2 * count)
            return fail(Modbus::IllegalDataValue);
        // Points must be written whole: half a float is not a value.
        for (int address = start; address < start + count;) {
            const ModbusPoint *point = pointAt(table, address);
            if (!point || !point->writable || point->address != address || address + point->registerCount() > start + count)
                return fail(Modbus::IllegalDataAddress);
            QList<quint16> words;
            for (int i = 0; i < point->registerCount(); ++i)
                words.append(word(data, 5 + 2 * (address - start + i)));
            if (!write(*point, Modbus::decodeValue(words, *point)))
                return fail(Modbus::IllegalDataValue);
            address += point->registerCount();
        }
        return Modbus::encode({m_address, request.function, data.left(4)});
    }
    case Modbus::WriteMultipleCoils: {
        const int start = word(data, 0);
        const int count = word(data, 2);
        if (count < 1 || count > 1968 || static_cast<quint8>(data.at(4)) != (count + 7) / 8)
            return fail(Modbus::IllegalDataValue);
        for (int i = 0; i < count; ++i) {
            const ModbusPoint *point = pointAt(table, start + i);
            if (!point || !point->writable)
                return fail(Modbus::IllegalDataAddress);
            const bool on = (static_cast<quint8>(data.at(5 + i / 8)) >> (i % 8)) & 1;
            if (!write(*point, on ? 1.0 : 0.0))
                return fail(Modbus::ServerDeviceFailure);
        }
        return Modbus::encode({m_address, request.function, data.left(4)});
    }
    default:
        return fail(Modbus::IllegalFunction);
    }
}

} // namespace PumpStudio::Sim
