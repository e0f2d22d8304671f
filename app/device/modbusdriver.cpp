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
    const ModbusPoint p = *point;
    const int server = address();
    m_bus.write(tableOf(p), p.address, words, server, this, [this, p, words, server, done = std::move(done)](Result<void> r) {
        // FC 05/06 answer with the request itself, so a port that echoes looks like a pump
        // that agreed. Only a read-back (whose reply differs from its request) proves that the
        // value is in the register; a broadcast has nobody to ask.
        if (!r || words.size() != 1 || server == 0) {
            done(r);
            return;
        }
        m_bus.read(tableOf(p), p.address, 1, server, this, [p, words, done](Result<QList<quint16>> back) {
            if (!back) {
                done(makeError(back.error().code, tr("The write to \"%1\" was not confirmed: %2").arg(p.name, back.error().message)));
                return;
            }
            const quint16 expected = isBit(p) ? (words[0] ? 1 : 0) : words[0];
            if (back->value(0) != expected) {
                done(makeError(Error::Code::Protocol, tr("\"%1\" reads back %2 after %3 was written: the pump did not take it.")
                                                          .arg(p.name)
                                                          .arg(back->value(0))
                                                          .arg(expected)));
                return;
            }
            done({});
        });
    });
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
                s->flowMlPerMin = s->running ? flowAtRpm(*speed) : 0.0;
            auto shared = std::make_shared<Callback<PumpStatus>>(std::move(done));
            const auto finishWithDirection = [this, s, done = shared] {
                const ModbusPoint *dir = model().point(u"direction"_s);
                if (!dir) {
                    (*done)(*s);
                    return;
                }
                const int ccw = dir->counterClockwiseValue.value_or(1);
                const int cw = dir->clockwiseValue.value_or(0);
                readPoint(u"direction"_s, [this, s, cw, ccw, done](Result<double> d) {
                    // A status is complete or an error: a direction that could not be read,
                    // or one the map does not name, fails it.
                    if (!d) {
                        (*done)(d.error());
                        return;
                    }
                    if (*d == ccw)
                        s->direction = Direction::CounterClockwise;
                    else if (*d == cw)
                        s->direction = Direction::Clockwise;
                    else {
                        (*done)(makeError(Error::Code::Protocol, tr("The %1 reports direction %2, which its map does not name (%3 clockwise, %4 counter-clockwise).")
                                                                     .arg(model().displayName)
                                                                     .arg(*d)
                                                                     .arg(cw)
                                                                     .arg(ccw)));
                        return;
                    }
                    (*done)(*s);
                });
            };
            if (!model().point(u"actual-speed"_s)) {
                finishWithDirection();
                return;
            }
            readPoint(u"actual-speed"_s, [s, finishWithDirection, done2 = shared](Result<double> actual) {
                if (!actual) {
                    (*done2)(actual.error());
                    return;
                }
                s->actualSpeedRpm = *actual;
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
