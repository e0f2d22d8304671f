// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/masterflexdrivers.h"

#include "device/streamadapters.h"
#include "models/limits.h"
#include "protocol/masterflex.h"

#include <cmath>

namespace Legacy = PumpStudio::Protocol::MasterflexLegacy;
namespace Comms = PumpStudio::Protocol::MasterflexSerialComms;
using PumpStudio::Protocol::AsciiReply;
using PumpStudio::Protocol::ReplyShape;

namespace PumpStudio::Device {

MasterflexLegacyDriver::MasterflexLegacyDriver(const Models::PumpModel &model, SerialBus &bus, int address, QObject *parent)
    : StreamPumpDriver(model, bus, address, parent)
{
}

void MasterflexLegacyDriver::command(QByteArray bytes, QString what, Callback<void> done)
{
    transact(std::move(bytes), {}, 1, what, [what, done = std::move(done)](Result<Frame> frame) {
        if (!frame) {
            done(frame.error());
            return;
        }
        const auto reply = frame->payload.value<Legacy::Reply>();
        if (reply.kind == Legacy::Reply::Kind::Ack)
            done({});
        else if (reply.kind == Legacy::Reply::Kind::Nak)
            done(makeError(Error::Code::Refused, tr("The drive refused %1 (NAK).").arg(what)));
        else  // a data line is no answer to a command (an echo of it, or a damaged line)
            done(makeError(Error::Code::Protocol, tr("The drive answered %1 with \"%2\", which is not an answer to it.")
                                                      .arg(what, QString::fromLatin1(reply.text))));
    },
             {}, false, [](const Frame &frame) { return frame.payload.value<Legacy::Reply>().kind != Legacy::Reply::Kind::Data; });
}

void MasterflexLegacyDriver::query(char letter, QString what, Callback<QByteArray> done)
{
    transact(Legacy::command(address(), QByteArray(1, letter)), {}, 16, what, [what, done = std::move(done)](Result<Frame> frame) {
        if (!frame) {
            done(frame.error());
            return;
        }
        const auto reply = frame->payload.value<Legacy::Reply>();
        if (reply.kind != Legacy::Reply::Kind::Data)
            done(makeError(Error::Code::Refused, tr("The drive refused %1.").arg(what)));
        else
            done(reply.text);
    },
             {}, false, [letter](const Frame &frame) {
                 // A refusal, or the line in its exact shape (no checksum protects it).
                 const auto reply = frame.payload.value<Legacy::Reply>();
                 if (reply.kind != Legacy::Reply::Kind::Data)
                     return reply.kind == Legacy::Reply::Kind::Nak;
                 if (letter == 'I')
                     return Legacy::parseStatusReply(reply.text).has_value();
                 if (letter == 'C' || letter == 'E')
                     return Legacy::parseRevolutionsReply(reply.text, letter).has_value();
                 return true;
             });
}

void MasterflexLegacyDriver::doIdentify(Callback<PumpIdentity> done)
{
    // A drive keeps its number until it loses power, and a numbered drive does not answer ENQ:
    // ask for remote control (R) under our number first, and number the drive only when
    // nothing answers (a fresh drive ignores commands to a number it does not have).
    command(Legacy::command(address(), "R"), tr("remote mode"), [this, done = std::move(done)](Result<void> remote) mutable {
        if (remote) {
            done(identity());
            return;
        }
        if (remote.error().code != Error::Code::Timeout) {
            done(remote.error());
            return;
        }
        handshake(std::move(done));
    });
}

PumpIdentity MasterflexLegacyDriver::identity() const
{
    PumpIdentity identity;
    identity.model = model().displayName;
    identity.address = address();
    return identity;
}

void MasterflexLegacyDriver::handshake(Callback<PumpIdentity> done)
{
    // ENQ: an unnumbered drive answers "P?"; number it, then take remote control (R).
    transact(Legacy::enquiry(), {}, 8, tr("the enquiry"), [this, done = std::move(done)](Result<Frame> frame) mutable {
        if (!frame) {
            done(frame.error());
            return;
        }
        const auto reply = frame->payload.value<Legacy::Reply>();
        if (reply.kind != Legacy::Reply::Kind::Data || !reply.text.startsWith('P')) {
            done(makeError(Error::Code::Protocol, tr("A device answered the enquiry, but not as a Masterflex drive.")));
            return;
        }
        command(Legacy::assignNumber(address()), tr("the drive number"), [this, done = std::move(done)](Result<void> numbered) mutable {
            if (!numbered) {
                done(numbered.error());
                return;
            }
            command(Legacy::command(address(), "R"), tr("remote mode"), [this, done = std::move(done)](Result<void> remote) {
                if (!remote) {
                    done(remote.error());
                    return;
                }
                done(identity());
            });
        });
    },
             {}, false, [](const Frame &frame) {
                 const auto reply = frame.payload.value<Legacy::Reply>();
                 return reply.kind == Legacy::Reply::Kind::Data && reply.text.startsWith('P');
             });
}

void MasterflexLegacyDriver::doReadStatus(Callback<PumpStatus> done)
{
    query('I', tr("the status query"), [this, done = std::move(done)](Result<QByteArray> text) mutable {
        if (!text) {
            done(text.error());
            return;
        }
        const auto status = Legacy::parseStatusReply(*text);
        if (!status) {
            done(makeError(Error::Code::Protocol, tr("The drive's status reply \"%1\" could not be read.").arg(QString::fromLatin1(*text))));
            return;
        }
        m_signedRpm = status->signedRpm;
        auto s = std::make_shared<PumpStatus>();
        s->running = status->running;
        s->setSpeedRpm = std::abs(status->signedRpm);
        s->direction = status->signedRpm < 0 ? Direction::CounterClockwise : Direction::Clockwise;
        if (mlPerRev() > 0)
            s->flowMlPerMin = s->running ? flowAtRpm(*s->setSpeedRpm) : 0.0;
        if (mlPerRev() <= 0) {
            done(*s);
            return;
        }
        query('C', tr("the revolutions query"), [this, s, done = std::move(done)](Result<QByteArray> revs) {
            // Complete or an error: a volume that cannot be read fails the status.
            if (!revs) {
                done(revs.error());
                return;
            }
            const auto r = Legacy::parseRevolutionsReply(*revs, 'C');
            if (!r) {
                done(makeError(Error::Code::Protocol, tr("The drive's revolutions reply \"%1\" could not be read.").arg(QString::fromLatin1(*revs))));
                return;
            }
            s->dispensedMl = *r * mlPerRev();
            done(*s);
        });
    });
}

void MasterflexLegacyDriver::doStart(Callback<void> done) { command(Legacy::command(address(), "G0"), tr("go"), std::move(done)); }
void MasterflexLegacyDriver::doStop(Callback<void> done) { command(Legacy::command(address(), "H"), tr("halt"), std::move(done)); }

void MasterflexLegacyDriver::sendSpeed(double signedRpm, Callback<void> done)
{
    const auto field = Legacy::speedCommand(signedRpm);
    if (!field) {
        done(field.error());
        return;
    }
    command(Legacy::command(address(), *field), tr("the speed"), [this, signedRpm, done = std::move(done)](Result<void> r) {
        if (r)
            m_signedRpm = signedRpm;
        done(r);
    });
}

void MasterflexLegacyDriver::doSetDirection(Direction direction, Callback<void> done)
{
    const double magnitude = std::abs(m_signedRpm);
    sendSpeed(direction == Direction::Clockwise ? magnitude : -magnitude, std::move(done));
}

void MasterflexLegacyDriver::doSetSpeed(double rpm, Callback<double> done)
{
    sendSpeed(m_signedRpm < 0 ? -rpm : rpm, [rpm, done = std::move(done)](Result<void> r) {
        if (!r)
            done(r.error());
        else
            done(rpm);
    });
}

bool MasterflexLegacyDriver::supportsNativeMode(NativeMode mode) const { return mode == NativeMode::Volume; }

void MasterflexLegacyDriver::doDispense(double ml, std::optional<double> mlPerMin, Callback<NativeRun> done)
{
    if (!(mlPerRev() > 0)) {
        done(makeError(Error::Code::InvalidArgument, tr("Dispensing needs the mL per revolution of the head and tubing.")));
        return;
    }
    const double hundredths = std::round(ml / mlPerRev() * 100.0);
    const auto revolutions = Legacy::revolutionsCommand(hundredths / 100.0);
    if (!revolutions) {
        done(revolutions.error());
        return;
    }
    // The drive counts revolutions (0.01 rev): that is the volume it will deliver.
    auto finish = std::make_shared<Callback<NativeRun>>(std::move(done));
    const auto go = [this, finish, revolutions = *revolutions, ml = hundredths / 100.0 * mlPerRev()](double rpm) {
        command(Legacy::command(address(), revolutions), tr("the revolutions"), [this, finish, ml, rpm](Result<void> r) {
            if (!r) {
                (*finish)(r.error());
                return;
            }
            command(Legacy::command(address(), "G"), tr("go"), [finish, ml, rpm, perRev = mlPerRev()](Result<void> started) {
                if (!started) {
                    (*finish)(started.error());
                    return;
                }
                const double rate = rpm * perRev;
                (*finish)(NativeRun{ml, rate, rate > 0 ? ml / rate * 60.0 : 0.0});
            });
        });
    };
    if (!mlPerMin) {
        go(std::abs(m_signedRpm));
        return;
    }
    doSetSpeed(Models::quantizeSpeed(model(), *mlPerMin / mlPerRev()), [finish, go](Result<double> r) {
        if (!r)
            (*finish)(r.error());
        else
            go(*r);
    });
}

MasterflexSerialCommsDriver::MasterflexSerialCommsDriver(const Models::PumpModel &model, SerialBus &bus, int address,
                                                         QObject *parent)
    : StreamPumpDriver(model, bus, address, parent)
{
}

void MasterflexSerialCommsDriver::command(QByteArray cmd, QByteArray payload, QString what, Callback<void> done)
{
    transact(Comms::request(address(), cmd, payload), static_cast<int>(ReplyShape::Status), 1, what,
             [what, done = std::move(done)](Result<Frame> frame) {
                 if (!frame) {
                     done(frame.error());
                     return;
                 }
                 const auto reply = frame->payload.value<AsciiReply>();
                 const char status = reply.kind == AsciiReply::Kind::Status ? reply.status : '\0';
                 if (status == Comms::kOk)
                     done({});
                 else if (status == Comms::kNotSerialMode)
                     done(makeError(Error::Code::Refused, tr("The drive is not in serial mode; %1 was ignored.").arg(what)));
                 else if (status == Comms::kInvalid)
                     done(makeError(Error::Code::Refused, tr("The drive refused %1.").arg(what)));
                 else  // damaged (no checksum on this line): never a success
                     done(makeError(Error::Code::Protocol, tr("The drive answered %1 with \"%2\", which is not an answer to it.")
                                                               .arg(what, QString::fromLatin1(reply.kind == AsciiReply::Kind::Status ? QByteArray(1, status) : reply.text))));
             },
             {}, false, [](const Frame &frame) {
                 const auto reply = frame.payload.value<AsciiReply>();
                 return reply.kind == AsciiReply::Kind::Status && QByteArrayView("*#~").contains(reply.status);
             });
}

void MasterflexSerialCommsDriver::doIdentify(Callback<PumpIdentity> done)
{
    command("RE", "1", tr("serial control"), [this, done = std::move(done)](Result<void> enabled) mutable {
        if (!enabled) {
            done(enabled.error());
            return;
        }
        doReadStatus([this, done = std::move(done)](Result<PumpStatus> status) {
            if (!status) {
                done(status.error());
                return;
            }
            PumpIdentity identity;
            identity.model = model().displayName;
            identity.address = address();
            done(identity);
        });
    });
}

void MasterflexSerialCommsDriver::doReadStatus(Callback<PumpStatus> done)
{
    transact(Comms::request(address(), "RC"), static_cast<int>(ReplyShape::Data), 10, tr("the status query"),
             [this, done = std::move(done)](Result<Frame> frame) {
                 if (!frame) {
                     done(frame.error());
                     return;
                 }
                 const auto reply = frame->payload.value<AsciiReply>();
                 const auto status = Comms::parseStatus(reply.text);
                 if (reply.kind == AsciiReply::Kind::Status) {
                     done(makeError(Error::Code::Refused, tr("The drive did not report its status ('%1').").arg(QLatin1Char(reply.status))));
                     return;
                 }
                 if (!status || status->address != address()) {
                     done(makeError(Error::Code::Protocol, tr("The drive's status reply \"%1\" could not be read.").arg(QString::fromLatin1(reply.text))));
                     return;
                 }
                 PumpStatus s;
                 s.running = status->running;
                 s.direction = status->clockwise ? Direction::Clockwise : Direction::CounterClockwise;
                 s.setSpeedRpm = m_speed;
                 if (m_speed && mlPerRev() > 0)
                     s.flowMlPerMin = s.running ? flowAtRpm(*m_speed) : 0.0;
                 done(s);
             },
             {}, false, [this](const Frame &frame) {
                 const auto reply = frame.payload.value<AsciiReply>();
                 if (reply.kind == AsciiReply::Kind::Status)
                     return QByteArrayView("#~").contains(reply.status);
                 const auto status = Comms::parseStatus(reply.text);
                 return reply.kind == AsciiReply::Kind::Data && status && status->address == address();
             });
}

void MasterflexSerialCommsDriver::doStart(Callback<void> done) { command("H", {}, tr("start"), std::move(done)); }
void MasterflexSerialCommsDriver::doStop(Callback<void> done) { command("I", {}, tr("stop"), std::move(done)); }

void MasterflexSerialCommsDriver::doSetDirection(Direction direction, Callback<void> done)
{
    command(direction == Direction::Clockwise ? "J" : "K", {}, tr("the direction"), std::move(done));
}

void MasterflexSerialCommsDriver::doSetSpeed(double rpm, Callback<double> done)
{
    const auto digits = Comms::formatRpm(rpm);
    if (!digits) {
        done(digits.error());
        return;
    }
    command("R", *digits, tr("the speed"), [this, rpm, done = std::move(done)](Result<void> r) {
        if (!r) {
            done(r.error());
            return;
        }
        m_speed = rpm;
        done(rpm);
    });
}

} // namespace PumpStudio::Device
