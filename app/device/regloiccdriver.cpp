// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/regloiccdriver.h"

#include "device/streamadapters.h"
#include "protocol/regloicc.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;
namespace Reglo = PumpStudio::Protocol::Reglo;
using PumpStudio::Protocol::AsciiReply;
using PumpStudio::Protocol::ReplyShape;

namespace PumpStudio::Device {

namespace {

/// A status reply, one of `allowed`.
std::function<bool(const Frame &)> statusIn(QByteArray allowed)
{
    return [allowed](const Frame &frame) {
        const auto reply = frame.payload.value<AsciiReply>();
        return reply.kind == AsciiReply::Kind::Status && allowed.contains(reply.status);
    };
}

bool isVolume(QByteArrayView text) { return Reglo::parseVolume(text).has_value(); }
bool isSpeed(QByteArrayView text) { return Reglo::parseSpeed(text).has_value(); }
bool isDirection(QByteArrayView text) { return text == "J" || text == "K"; }

} // namespace

RegloIccDriver::RegloIccDriver(const Models::PumpModel &model, SerialBus &bus, int address, QObject *parent)
    : StreamPumpDriver(model, bus, address, parent)
{
    connect(&bus, &SerialBus::unsolicitedFrame, this, &RegloIccDriver::onUnsolicited);
}

void RegloIccDriver::command(QByteArray cmd, QByteArray data, QString what, Callback<void> done)
{
    const ReplyShape shape = Reglo::replyShape(cmd, !data.isEmpty());
    const auto valid = shape == ReplyShape::Status ? statusIn("*#") : std::function<bool(const Frame &)>{};
    transact(Reglo::request(address(), cmd, data), static_cast<int>(shape), 1, what,
             [done = std::move(done), what](Result<Frame> frame) {
                 if (!frame) {
                     done(frame.error());
                     return;
                 }
                 const auto reply = frame->payload.value<AsciiReply>();
                 // Commands answer '*' when done and '#' when refused; anything else is a damaged
                 // reply (the protocol has no checksum), never a success.
                 if (reply.kind == AsciiReply::Kind::Status && reply.status == Reglo::kDone) {
                     done({});
                     return;
                 }
                 if (reply.kind != AsciiReply::Kind::Status || reply.status != Reglo::kNotDone) {
                     done(makeError(Error::Code::Protocol, tr("The Reglo ICC answered %1 with '%2', which is not an answer to it.")
                                                               .arg(what, QString::fromLatin1(reply.kind == AsciiReply::Kind::Status ? QByteArray(1, reply.status) : reply.text))));
                     return;
                 }
                 done(makeError(Error::Code::Refused,
                                tr("The Reglo ICC did not accept %1 (it answered '%2': overloaded, or not possible in its present state).")
                                    .arg(what, QString(QLatin1Char(reply.status ? reply.status : '?')))));
             },
             {}, false, valid);
}

void RegloIccDriver::query(QByteArray cmd, QByteArray data, QString what, Callback<QByteArray> done,
                           std::function<bool(QByteArrayView)> grammar)
{
    if (!grammar && data.isEmpty()) {
        if (cmd == "S")
            grammar = isSpeed;
        else if (cmd == "xD")
            grammar = isDirection;
        else if (cmd == ":")
            grammar = isVolume;
        else if (cmd == "#")  // the identity: "REGLO ICC 0208 306"
            grammar = [](QByteArrayView text) { return text.startsWith("REGLO"); };
    }
    if (!grammar && (cmd == "f" || cmd == "v"))
        grammar = isVolume;
    // A data line in its shape, or a refusal ('*', '#') standing in for it.
    const auto valid = [grammar = std::move(grammar)](const Frame &frame) {
        const auto reply = frame.payload.value<AsciiReply>();
        if (reply.kind == AsciiReply::Kind::Status)
            return reply.status == Reglo::kDone || reply.status == Reglo::kNotDone;
        return reply.kind == AsciiReply::Kind::Data && (!grammar || grammar(reply.text));
    };
    transact(Reglo::request(address(), cmd, data), static_cast<int>(ReplyShape::Data), 24, what,
             [done = std::move(done), what](Result<Frame> frame) {
                 if (!frame) {
                     done(frame.error());
                     return;
                 }
                 const auto reply = frame->payload.value<AsciiReply>();
                 if (reply.kind != AsciiReply::Kind::Data) {
                     done(makeError(Error::Code::Refused, tr("The Reglo ICC refused %1 ('%2').").arg(what, QString(QLatin1Char(reply.status)))));
                     return;
                 }
                 done(reply.text);
             },
             {}, false, valid);
}

void RegloIccDriver::doIdentify(Callback<PumpIdentity> done)
{
    query("#", {}, tr("the identity query"), [this, done = std::move(done)](Result<QByteArray> text) {
        if (!text) {
            done(text.error());
            return;
        }
        // "REGLO ICC 0208 306": the model, then two version codes the manual calls model and
        // firmware data. Neither is a serial number, so both are kept as the firmware.
        const QList<QByteArray> parts = text->simplified().split(' ');
        PumpIdentity identity;
        identity.address = address();
        if (parts.size() >= 3) {
            identity.model = QString::fromLatin1(parts.mid(0, parts.size() - 2).join(' '));
            identity.firmware = QString::fromLatin1(parts.at(parts.size() - 2) + ' ' + parts.back());
        } else {
            identity.model = QString::fromLatin1(text->trimmed());
        }
        if (!identity.model.startsWith(u"REGLO"_s, Qt::CaseInsensitive)) {
            done(makeError(Error::Code::Protocol, tr("A device answered, but not as a Reglo ICC: \"%1\".").arg(QString::fromLatin1(*text))));
            return;
        }
        done(identity);
    });
}

void RegloIccDriver::doPrepare(Callback<void> done)
{
    // Ask for ^X/^U events, so a run that ends or an alarm is heard at once, not at the next
    // poll. Older firmware refuses ('#'): the poll still finds out, so that is not an error.
    command("xE", "1", tr("asynchronous events"), [done = std::move(done)](Result<void>) { done({}); });
}

void RegloIccDriver::doReadStatus(Callback<PumpStatus> done)
{
    auto status = std::make_shared<PumpStatus>();
    transact(Reglo::request(address(), "E"), static_cast<int>(ReplyShape::Status), 1, tr("the running query"),
             [this, status, done = std::move(done)](Result<Frame> frame) mutable {
                 if (!frame) {
                     done(frame.error());
                     return;
                 }
                 // A status is complete or an error, and each reply only in its exact shape:
                 // '+' or '-', "12.30", "J" or "K", "mmmmEse".
                 const auto reply = frame->payload.value<AsciiReply>();
                 const auto damaged = [this](const QString &what, const QByteArray &text) {
                     return makeError(Error::Code::Protocol, tr("The Reglo ICC at address %1 answered %2 with \"%3\", which is not an answer to it.")
                                                                 .arg(address()).arg(what, QString::fromLatin1(text)));
                 };
                 if (reply.kind != AsciiReply::Kind::Status || (reply.status != Reglo::kYes && reply.status != Reglo::kNo)) {
                     done(reply.kind == AsciiReply::Kind::Status && reply.status == Reglo::kNotDone
                              ? makeError(Error::Code::Refused, tr("The Reglo ICC at address %1 is busy or overloaded ('#').").arg(address()))
                              : damaged(tr("the running query"), reply.kind == AsciiReply::Kind::Status ? QByteArray(1, reply.status) : reply.text));
                     return;
                 }
                 status->running = reply.status == Reglo::kYes;
                 readRate(status, [this, status, damaged, done = std::move(done)](Result<void> rate) mutable {
                     if (!rate) {
                         done(rate.error());
                         return;
                     }
                     query("xD", {}, tr("the direction query"), [this, status, damaged, done = std::move(done)](Result<QByteArray> dir) mutable {
                         if (!dir) {
                             done(dir.error());
                             return;
                         }
                         if (*dir != "J" && *dir != "K") {
                             done(damaged(tr("the direction query"), *dir));
                             return;
                         }
                         status->direction = *dir == "K" ? Direction::CounterClockwise : Direction::Clockwise;
                         query(":", {}, tr("the volume query"), [status, damaged, done = std::move(done)](Result<QByteArray> volume) {
                             if (!volume) {
                                 done(volume.error());
                                 return;
                             }
                             const auto ml = Reglo::parseVolume(*volume);
                             if (!ml) {
                                 done(damaged(tr("the volume query"), *volume));
                                 return;
                             }
                             status->dispensedMl = *ml;
                             done(*status);
                         });
                     });
                 });
             },
             {}, false, statusIn("+-#"));
}

void RegloIccDriver::readRate(const std::shared_ptr<PumpStatus> &status, Callback<void> done)
{
    // The speed (S) is only what rpm mode runs at: in its flow, volume and time modes the pump
    // runs at its flow rate (f), whatever S still says. The pump says which mode it is in (xM);
    // firmware that refuses the query is in the mode this driver last set.
    query("xM", {}, tr("the mode query"), [this, status, done = std::move(done)](Result<QByteArray> mode) mutable {
        if (!mode && mode.error().code != Error::Code::Refused) {
            done(mode.error());
            return;
        }
        const char letter = mode ? mode->at(0) : m_modeSet;
        status->mode = letter == 'L' ? OperatingMode::Speed
                       : letter == 'M' ? OperatingMode::Flow
                       : (letter == 'N' || letter == 'P') ? OperatingMode::Time : OperatingMode::Volume;
        if (letter == 'L') {
            query("S", {}, tr("the speed query"), [this, status, done = std::move(done)](Result<QByteArray> speed) {
                if (!speed) {
                    done(speed.error());
                    return;
                }
                const auto rpm = Reglo::parseSpeed(*speed);
                if (!rpm) {
                    done(makeError(Error::Code::Protocol, tr("The Reglo ICC at address %1 answered %2 with \"%3\", which is not an answer to it.")
                                                              .arg(address()).arg(tr("the speed query"), QString::fromLatin1(*speed))));
                    return;
                }
                status->setSpeedRpm = *rpm;
                if (mlPerRev() > 0)
                    status->flowMlPerMin = status->running ? flowAtRpm(*rpm) : 0.0;
                done({});
            });
            return;
        }
        query("f", {}, tr("the flow rate query"), [this, status, done = std::move(done)](Result<QByteArray> rate) {
            if (!rate) {
                done(rate.error());
                return;
            }
            const auto mlPerMin = Reglo::parseVolume(*rate);
            if (!mlPerMin || *mlPerMin < 0) {
                done(makeError(Error::Code::Protocol, tr("The Reglo ICC at address %1 answered %2 with \"%3\", which is not an answer to it.")
                                                          .arg(address()).arg(tr("the flow rate query"), QString::fromLatin1(*rate))));
                return;
            }
            status->flowMlPerMin = status->running ? *mlPerMin : 0.0;
            if (curve()) {
                if (const auto rpm = curve()->rpmForFlow(*mlPerMin, model().maxRpm))
                    status->setSpeedRpm = *rpm;
            } else if (mlPerRev() > 0) {
                status->setSpeedRpm = *mlPerMin / mlPerRev();
            }
            done({});
        });
    }, [](QByteArrayView text) { return text.size() == 1 && QByteArrayView("LMOGQNP").contains(text.front()); });
}

void RegloIccDriver::doStart(Callback<void> done)
{
    // A plain start runs continuously: after a dispense or timed run the pump would repeat that
    // run instead, so it goes back to rpm mode first.
    if (!m_nativeModeSet) {
        startInMode(std::move(done));
        return;
    }
    command("L", {}, tr("RPM mode"), [this, done = std::move(done)](Result<void> mode) mutable {
        if (!mode) {
            done(mode.error());
            return;
        }
        m_nativeModeSet = false;
        m_modeSet = 'L';
        startInMode(std::move(done));
    });
}

void RegloIccDriver::startInMode(Callback<void> done)
{
    transact(Reglo::request(address(), "H"), static_cast<int>(ReplyShape::Status), 1, tr("start"),
             [this, done = std::move(done)](Result<Frame> frame) mutable {
                 if (!frame) {
                     done(frame.error());
                     return;
                 }
                 const char status = frame->payload.value<AsciiReply>().status;
                 if (status == Reglo::kDone) {
                     done({});
                     return;
                 }
                 if (status == Reglo::kNotDone) {
                     done(makeError(Error::Code::Refused, tr("The Reglo ICC did not start ('#': overloaded or busy).")));
                     return;
                 }
                 if (status != Reglo::kNo) {
                     done(makeError(Error::Code::Protocol, tr("The Reglo ICC answered start with '%1', which is not an answer to it; "
                                                              "whether it runs is not known.").arg(QLatin1Char(status ? status : '?'))));
                     return;
                 }
                 // '-': the settings cannot be reached. Ask why, and say it in words.
                 query("xe", {}, tr("the start-error query"), [done = std::move(done)](Result<QByteArray> why) {
                     QString reason = tr("its settings cannot be reached");
                     if (why) {
                         if (const auto e = Reglo::parseStartError(*why)) {
                             const QString limit = QString::fromLatin1(e->limit);
                             reason = e->reason == 'C' ? tr("the cycle count is not possible (limit %1)").arg(limit)
                                      : e->reason == 'R' ? tr("the flow rate is out of range (limit %1 mL/min)").arg(limit)
                                                         : tr("the volume is out of range (limit %1 mL)").arg(limit);
                         }
                     }
                     done(makeError(Error::Code::Refused, tr("The Reglo ICC cannot start: %1.").arg(reason)));
                 });
             },
             {}, false, statusIn("*-#"));
}

void RegloIccDriver::doStop(Callback<void> done) { command("I", {}, tr("stop"), std::move(done)); }

void RegloIccDriver::doSetDirection(Direction direction, Callback<void> done)
{
    command(direction == Direction::Clockwise ? "J" : "K", {}, tr("the direction"), std::move(done));
}

void RegloIccDriver::doSetSpeed(double rpm, Callback<double> done)
{
    const auto digits = Reglo::formatSpeed(rpm);
    if (!digits) {
        done(digits.error());
        return;
    }
    command("L", {}, tr("RPM mode"), [this, digits = *digits, rpm, done = std::move(done)](Result<void> mode) mutable {
        if (!mode) {
            done(mode.error());
            return;
        }
        m_nativeModeSet = false;
        m_modeSet = 'L';
        command("S", digits, tr("the speed"), [rpm, done = std::move(done)](Result<void> set) {
            if (!set)
                done(set.error());
            else
                done(rpm);
        });
    });
}

bool RegloIccDriver::supportsNativeMode(NativeMode) const { return true; }

void RegloIccDriver::doIsRunning(Callback<bool> done)
{
    transact(Reglo::request(address(), "E"), static_cast<int>(ReplyShape::Status), 1, tr("the running query"),
             [this, done = std::move(done)](Result<Frame> frame) {
                 if (!frame) {
                     done(frame.error());
                     return;
                 }
                 const auto reply = frame->payload.value<AsciiReply>();
                 if (reply.kind != AsciiReply::Kind::Status || (reply.status != Reglo::kYes && reply.status != Reglo::kNo)) {
                     done(makeError(Error::Code::Protocol, tr("The Reglo ICC at address %1 answered the running query with \"%2\".")
                                                               .arg(address())
                                                               .arg(QString::fromLatin1(reply.kind == AsciiReply::Kind::Status ? QByteArray(1, reply.status) : reply.text))));
                     return;
                 }
                 done(reply.status == Reglo::kYes);
             },
             {}, false, statusIn("+-#"));
}

void RegloIccDriver::setModeFlow(std::optional<double> mlPerMin, Callback<double> done)
{
    QByteArray rate;
    if (mlPerMin) {
        const auto formatted = Reglo::formatVolume(*mlPerMin);
        if (!formatted) {
            done(formatted.error());
            return;
        }
        rate = *formatted;
    }
    query("f", rate, tr("the flow rate"), [done = std::move(done), asked = mlPerMin.has_value()](Result<QByteArray> set) {
        if (!set) {
            done(set.error());
            return;
        }
        const auto value = Reglo::parseVolume(*set);
        if (!value || !(*value > 0)) {
            done(asked ? makeError(Error::Code::Protocol, tr("The Reglo ICC answered the flow rate with \"%1\".").arg(QString::fromLatin1(*set)))
                       : makeError(Error::Code::Refused, tr("The Reglo ICC has no flow rate set for the volume mode.")));
            return;
        }
        done(*value);
    });
}

void RegloIccDriver::startNativeMode(QByteArray mode, QString what, NativeRun run, Callback<NativeRun> done)
{
    const char letter = mode.at(0);
    // Stopped first: a channel already running (set going by hand in rpm mode) keeps counting
    // its run when it is switched to time or volume mode and started again, so a 6 s timed step
    // on a pump that had run for a minute ended at once ("the pump stopped by itself"). From
    // stopped, the pump's own time and volume count from this start.
    command("I", {}, tr("stop before the timed or metered run"),
            [this, letter, mode = std::move(mode), what = std::move(what), run, done = std::move(done)](Result<void> stopped) mutable {
        if (!stopped) {
            done(stopped.error());
            return;
        }
        command(std::move(mode), {}, std::move(what), [this, letter, run, done = std::move(done)](Result<void> set) mutable {
            if (!set) {
                done(set.error());
                return;
            }
            m_nativeModeSet = true;
            m_modeSet = letter;
            startInMode([run, done = std::move(done)](Result<void> started) {
                if (!started)
                    done(started.error());
                else
                    done(run);
            });
        });
    });
}

void RegloIccDriver::doDispense(double ml, std::optional<double> mlPerMin, Callback<NativeRun> done)
{
    const auto volume = Reglo::formatVolume(ml);
    if (!volume) {
        done(volume.error());
        return;
    }
    // Volume at rate: set the volume and the rate (each answered with the value the pump took;
    // no rate: the one it has), then mode O and start. The pump stops itself and says so with
    // ^X|ch|A when events are on.
    query("v", *volume, tr("the volume"), [this, mlPerMin, done = std::move(done)](Result<QByteArray> setVolume) mutable {
        if (!setVolume) {
            done(setVolume.error());
            return;
        }
        const auto taken = Reglo::parseVolume(*setVolume);
        if (!taken || !(*taken > 0)) {
            done(makeError(Error::Code::Refused, tr("The Reglo ICC did not take the volume (it answered \"%1\").").arg(QString::fromLatin1(*setVolume))));
            return;
        }
        setModeFlow(mlPerMin, [this, ml = *taken, done = std::move(done)](Result<double> rate) mutable {
            if (!rate) {
                done(rate.error());
                return;
            }
            startNativeMode("O", tr("volume mode"), NativeRun{ml, *rate, ml / *rate * 60.0}, std::move(done));
        });
    });
}

void RegloIccDriver::doRunFor(double seconds, double mlPerMin, Callback<NativeRun> done)
{
    // Time mode: run time in 0.1 s (Time Type 2), the flow the pump takes, mode N, start.
    const double tenths = std::round(seconds * 10.0);
    const auto time = Reglo::formatTime(tenths / 10.0);
    if (!time || tenths < 1) {
        done(!time ? time.error()
                   : makeError(Error::Code::OutOfRange, tr("%1 s is shorter than the Reglo ICC's 0.1 s time resolution.").arg(seconds)));
        return;
    }
    command("xT", *time, tr("the run time"), [this, mlPerMin, runS = tenths / 10.0, done = std::move(done)](Result<void> setTime) mutable {
        if (!setTime) {
            done(setTime.error());
            return;
        }
        setModeFlow(mlPerMin, [this, runS, done = std::move(done)](Result<double> rate) mutable {
            if (!rate) {
                done(rate.error());
                return;
            }
            startNativeMode("N", tr("time mode"), NativeRun{*rate * runS / 60.0, *rate, runS}, std::move(done));
        });
    });
}

void RegloIccDriver::doReadOwnMlPerRev(Callback<double> done)
{
    // '!': the maximum flow with the pump's calibration ('?' without one), at its top speed:
    // over the top speed, the mL/rev its flow, volume and time modes work with.
    const auto perRev = [this](const QByteArray &reply) -> Result<double> {
        const auto flow = Reglo::parseVolume(reply);
        if (!flow || !(*flow > 0) || !(model().maxRpm > 0))
            return makeError(Error::Code::Protocol, tr("The Reglo ICC answered the maximum flow with \"%1\".").arg(QString::fromLatin1(reply)));
        return *flow / model().maxRpm;
    };
    query("!", {}, tr("the maximum flow with calibration"), [this, perRev, done = std::move(done)](Result<QByteArray> reply) mutable {
        if (reply) {
            done(perRev(*reply));
            return;
        }
        if (reply.error().code != Error::Code::Refused) {
            done(reply.error());
            return;
        }
        query("?", {}, tr("the maximum flow"), [perRev, done = std::move(done)](Result<QByteArray> plain) {
            if (!plain)
                done(plain.error());
            else
                done(perRev(*plain));
        }, isVolume);
    }, isVolume);
}

int RegloIccDriver::rollers() const
{
    const Models::HeadOption *head = model().head(model().defaultHead);
    return head && head->rollers > 0 ? head->rollers : 8;
}

void RegloIccDriver::doWriteOwnMlPerRev(double mlPerRev, Callback<double> readBack)
{
    // The calibrated roller step volume in nL (Volume Type 2), then read back ('r' without data).
    const int steps = rollers();
    const auto nl = Reglo::formatVolume(mlPerRev * 1e6 / steps);
    if (!nl) {
        readBack(nl.error());
        return;
    }
    command("r", *nl, tr("the calibrated roller step volume"), [this, steps, readBack = std::move(readBack)](Result<void> set) mutable {
        if (!set) {
            readBack(set.error());
            return;
        }
        query("r", {}, tr("the roller step volume"), [steps, readBack = std::move(readBack)](Result<QByteArray> got) {
            if (!got) {
                readBack(got.error());
                return;
            }
            const auto value = Reglo::parseVolume(*got);
            if (!value || !(*value > 0)) {
                readBack(makeError(Error::Code::Protocol, tr("The Reglo ICC answered the roller step volume with \"%1\".").arg(QString::fromLatin1(*got))));
                return;
            }
            readBack(*value * steps / 1e6);
        }, isVolume);
    });
}

void RegloIccDriver::onUnsolicited(const Frame &frame)
{
    if (frame.address != address())
        return;
    const auto reply = frame.payload.value<AsciiReply>();
    const auto event = Reglo::parseEvent(reply.text);
    if (!event)
        return;
    PumpEvent e;
    e.channel = event->channel;
    if (event->type == Reglo::Event::Type::Update) {
        e.kind = PumpEvent::Kind::Progress;
        e.volumeMl = event->volumeUl / 1000.0;
        e.text = tr("running, %1 s left").arg(event->timeLeftS);
    } else {
        switch (event->cause) {
        case 'A': e.kind = PumpEvent::Kind::Stopped; e.text = tr("run complete"); break;
        case 'B': e.kind = PumpEvent::Kind::Stopped; e.text = tr("calibration complete"); break;
        case '1': e.kind = PumpEvent::Kind::Stopped; e.text = tr("stopped at the pump"); break;
        case '2': e.kind = PumpEvent::Kind::Alarm; e.text = tr("over-temperature: the pump stopped"); break;
        case '3': e.kind = PumpEvent::Kind::Alarm; e.text = tr("motor over-current: the pump stopped"); break;
        default: e.kind = PumpEvent::Kind::Stopped; e.text = tr("stopped (cause %1)").arg(QLatin1Char(event->cause)); break;
        }
    }
    Q_EMIT eventReceived(e);
}

} // namespace PumpStudio::Device
