// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/modbusdriver.h"

#include "protocol/modbusrtu.h"

using namespace Qt::Literals::StringLiterals;
using PumpStudio::Models::ModbusPoint;

namespace PumpStudio::Device {

namespace {

QModbusDataUnit::RegisterType tableOf(const ModbusPoint &point)
{
    switch (point.table) {
    case ModbusPoint::Table::Coil: return QModbusDataUnit::Coils;
    case ModbusPoint::Table::DiscreteInput: return QModbusDataUnit::DiscreteInputs;
    case ModbusPoint::Table::InputRegister: return QModbusDataUnit::InputRegisters;
    case ModbusPoint::Table::HoldingRegister: return QModbusDataUnit::HoldingRegisters;
    }
    return QModbusDataUnit::HoldingRegisters;
}

bool isBit(const ModbusPoint &point)
{
    return point.table == ModbusPoint::Table::Coil || point.table == ModbusPoint::Table::DiscreteInput;
}

} // namespace

ModbusDriver::ModbusDriver(const Models::PumpModel &model, ModbusBus &bus, int address, QObject *parent)
    : PumpDriver(model, address, parent), m_bus(bus)
{
}

void ModbusDriver::readPoint(const QString &name, Callback<double> done)
{
    const ModbusPoint *point = model().point(name);
    if (!point) {
        done(unsupported(tr("The %1 model file has no \"%2\" register.").arg(model().displayName, name)));
        return;
    }
    const ModbusPoint p = *point;
    m_bus.read(tableOf(p), p.address, isBit(p) ? 1 : p.registerCount(), address(), this,
               [p, done = std::move(done)](Result<QList<quint16>> values) {
                   if (!values) {
                       done(values.error());
                       return;
                   }
                   if (isBit(p))
                       done(values->value(0) ? 1.0 : 0.0);
                   else
                       done(Protocol::Modbus::decodeValue(*values, p));
               });
}

void ModbusDriver::writePoint(const QString &name, double value, Callback<void> done)
{
    const ModbusPoint *point = model().point(name);
    if (!point) {
        done(unsupported(tr("The %1 model file has no \"%2\" register.").arg(model().displayName, name)));
        return;
    }
    QList<quint16> words;
    if (isBit(*point)) {
        words = {static_cast<quint16>(value != 0 ? 1 : 0)};
    } else {
        const auto encoded = Protocol::Modbus::encodeValue(value, *point);
        if (!encoded) {
            done(encoded.error());
            return;
        }
        words = *encoded;
    }
    m_bus.write(tableOf(*point), point->address, words, address(), this, std::move(done));
}

void ModbusDriver::writeOnConnect(std::size_t index, Callback<void> done)
{
    if (index >= static_cast<std::size_t>(model().onConnectWrites.size())) {
        done({});
        return;
    }
    const ModbusPoint &point = model().onConnectWrites.at(static_cast<qsizetype>(index));
    writePoint(point.name, model().onConnectValues.at(static_cast<qsizetype>(index)),
               [this, index, done = std::move(done)](Result<void> r) mutable {
                   if (!r)
                       done(r.error());
                   else
                       writeOnConnect(index + 1, std::move(done));
               });
}

void ModbusDriver::readAscii(const ModbusPoint &point, Callback<QString> done)
{
    m_bus.read(tableOf(point), point.address, point.registerCount(), address(), this,
               [done = std::move(done)](Result<QList<quint16>> values) {
                   if (!values) {
                       done(values.error());
                       return;
                   }
                   QByteArray text;
                   for (const quint16 w : *values) {
                       text.append(static_cast<char>(w >> 8));
                       text.append(static_cast<char>(w & 0xFF));
                   }
                   done(QString::fromLatin1(text.replace('\0', ' ').trimmed()));
               });
}

void ModbusDriver::doPrepare(Callback<void> done)
{
    // The model's on-connect writes (Kamoer: RS-485 control on), once the pump is known.
    writeOnConnect(0, std::move(done));
}

void ModbusDriver::doIdentify(Callback<PumpIdentity> done)
{
    // A harmless read as proof of life: the model's identity registers where it has them.
    const auto finish = [this](QString reported) {
        PumpIdentity identity;
        identity.model = reported.isEmpty() ? model().displayName : reported;
        identity.address = address();
        return identity;
    };
    if (const ModbusPoint *id = model().point(u"identity"_s)) {
        readAscii(*id, [finish, done = std::move(done)](Result<QString> text) {
            if (!text)
                done(text.error());
            else
                done(finish(*text));
        });
        return;
    }
    const QString proof = model().kind == Models::Kind::PressureSensor ? u"pressure"_s : u"speed"_s;
    readPoint(proof, [finish, done = std::move(done)](Result<double> value) {
        if (!value)
            done(value.error());
        else
            done(finish({}));
    });
}

void ModbusDriver::doReadStatus(Callback<PumpStatus> done)
{
    if (model().kind == Models::Kind::PressureSensor) {
        doReadPressure([this, done = std::move(done)](Result<double> pressure) {
            if (!pressure) {
                done(pressure.error());
                return;
            }
            PumpStatus s;
            s.pressure = *pressure;
            s.pressureUnit = model().pressureUnit;
            done(s);
        });
        return;
    }
    auto s = std::make_shared<PumpStatus>();
    readPoint(u"run"_s, [this, s, done = std::move(done)](Result<double> run) mutable {
        if (!run) {
            done(run.error());
            return;
        }
        s->running = *run != 0;
        readPoint(u"speed"_s, [this, s, done = std::move(done)](Result<double> speed) mutable {
            if (!speed) {
                done(speed.error());
                return;
            }
            s->setSpeedRpm = *speed;
            if (mlPerRev() > 0)
                s->flowMlPerMin = s->running ? *speed * mlPerRev() : 0.0;
            const auto finishWithDirection = [this, s, done = std::make_shared<Callback<PumpStatus>>(std::move(done))] {
                const ModbusPoint *dir = model().point(u"direction"_s);
                if (!dir) {
                    (*done)(*s);
                    return;
                }
                const int ccw = dir->counterClockwiseValue.value_or(1);
                readPoint(u"direction"_s, [s, ccw, done](Result<double> d) {
                    if (d)
                        s->direction = static_cast<int>(*d) == ccw ? Direction::CounterClockwise : Direction::Clockwise;
                    (*done)(*s);
                });
            };
            if (!model().point(u"actual-speed"_s)) {
                finishWithDirection();
                return;
            }
            readPoint(u"actual-speed"_s, [s, finishWithDirection](Result<double> actual) {
                if (actual) {
                    s->actualSpeedRpm = *actual;
                }
                finishWithDirection();
            });
        });
    });
}

void ModbusDriver::doStart(Callback<void> done) { writePoint(u"run"_s, 1, std::move(done)); }
void ModbusDriver::doStop(Callback<void> done) { writePoint(u"run"_s, 0, std::move(done)); }

void ModbusDriver::doSetDirection(Direction direction, Callback<void> done)
{
    const ModbusPoint *dir = model().point(u"direction"_s);
    if (!dir) {
        done(unsupported(tr("The %1 model file has no direction register.").arg(model().displayName)));
        return;
    }
    const int value = direction == Direction::Clockwise ? dir->clockwiseValue.value_or(0) : dir->counterClockwiseValue.value_or(1);
    writePoint(u"direction"_s, value, std::move(done));
}

void ModbusDriver::doSetSpeed(double rpm, Callback<double> done)
{
    writePoint(u"speed"_s, rpm, [rpm, done = std::move(done)](Result<void> r) {
        if (!r)
            done(r.error());
        else
            done(rpm);
    });
}

void ModbusDriver::doReadPressure(Callback<double> done)
{
    if (!model().point(u"pressure"_s)) {
        PumpDriver::doReadPressure(std::move(done));
        return;
    }
    readPoint(u"pressure"_s, std::move(done));
}

} // namespace PumpStudio::Device
