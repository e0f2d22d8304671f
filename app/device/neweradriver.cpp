// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/neweradriver.h"

#include "device/streamadapters.h"

using namespace Qt::Literals::StringLiterals;
namespace NewEra = PumpStudio::Protocol::NewEra;

namespace PumpStudio::Device {

NewEraDriver::NewEraDriver(const Models::PumpModel &model, SerialBus &bus, int address, QObject *parent)
    : StreamPumpDriver(model, bus, address, parent)
{
}

void NewEraDriver::send(QByteArray command, QByteArray params, QString what, Callback<NewEra::Reply> done)
{
    sendOnce(std::move(command), std::move(params), std::move(what), true, std::move(done));
}

void NewEraDriver::sendOnce(QByteArray command, QByteArray params, QString what, bool mayRepeat, Callback<NewEra::Reply> done)
{
    const int addr = address();
    transact(NewEra::basicRequest({addr, command, params}), {}, 16, what,
             [this, command, params, what, mayRepeat, done = std::move(done)](Result<Frame> frame) mutable {
                 if (!frame) {
                     done(frame.error());
                     return;
                 }
                 const auto reply = frame->payload.value<NewEra::Reply>();
                 if (reply.alarm == 'R' && mayRepeat) {
                     // A power-up reset is reported once and cleared by the next command: note it
                     // and send the command again.
                     PumpEvent event;
                     event.kind = PumpEvent::Kind::Alarm;
                     event.text = NewEra::alarmText(reply.alarm);
                     Q_EMIT eventReceived(event);
                     sendOnce(command, params, what, false, std::move(done));
                     return;
                 }
                 if (reply.alarm) {
                     PumpEvent event;
                     event.kind = PumpEvent::Kind::Alarm;
                     event.text = NewEra::alarmText(reply.alarm);
                     Q_EMIT eventReceived(event);
                     // An alarm reply is acknowledged by the next command; the pump is stopped.
                     done(makeError(Error::Code::Refused, tr("The pump reports an alarm: %1.").arg(NewEra::alarmText(reply.alarm))));
                     return;
                 }
                 if (reply.isError()) {
                     done(makeError(Error::Code::Refused,
                                    tr("The pump refused %1: %2.").arg(what, NewEra::errorText(reply.data))));
                     return;
                 }
                 done(reply);
             },
             [addr](const Frame &f) { return f.address == addr; }, false,
             [command, params](const Frame &f) {
                 // The data in its shape (basic mode has no checksum): errors and alarms as the
                 // manual lists them, a dispensed volume or a rate with its unit.
                 const auto reply = f.payload.value<NewEra::Reply>();
                 if (reply.alarm)
                     return true;
                 if (reply.isError())
                     return QList<QByteArray>{"?", "?NA", "?OOR", "?COM", "?IGN"}.contains(reply.data);
                 if (command == "DIS")
                     return NewEra::parseDispensed(reply.data).has_value();
                 if (command == "DIA")
                     return params.isEmpty() ? NewEra::parseNumber(reply.data).has_value() : reply.data.isEmpty();
                 if (command == "RAT" && !reply.data.isEmpty()) {
                     const QByteArray unit = reply.data.right(2);
                     return (unit == "MM" || unit == "UM" || unit == "MH" || unit == "UH")
                            && NewEra::parseNumber(reply.data.chopped(2)).has_value();
                 }
                 return true;
             });
}

void NewEraDriver::doIdentify(Callback<PumpIdentity> done)
{
    send("VER", {}, tr("the version query"), [this, done = std::move(done)](Result<NewEra::Reply> reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        // "NE1000V3.928": model, then firmware after the 'V'.
        const QString text = QString::fromLatin1(reply->data);
        const auto v = text.lastIndexOf(u'V');
        PumpIdentity identity;
        identity.address = address();
        identity.model = v > 0 ? text.left(v) : text;
        identity.firmware = v > 0 ? text.mid(v + 1) : QString();
        done(identity);
    });
}

void NewEraDriver::doReadStatus(Callback<PumpStatus> done)
{
    send("DIS", {}, tr("the dispensed-volume query"), [this, done = std::move(done)](Result<NewEra::Reply> dis) mutable {
        if (!dis) {
            done(dis.error());
            return;
        }
        auto status = std::make_shared<PumpStatus>();
        status->running = dis->status == 'I' || dis->status == 'W' || dis->status == 'X';
        if (dis->status == 'I')
            status->direction = Direction::Clockwise;
        else if (dis->status == 'W')
            status->direction = Direction::CounterClockwise;
        // Complete or an error: a volume or rate that cannot be read fails the status.
        const auto d = NewEra::parseDispensed(dis->data);
        if (!d || !(dis->status == 'I' || dis->status == 'W' || dis->status == 'X' || dis->status == 'S' || dis->status == 'P'
                    || dis->status == 'T' || dis->status == 'U')) {
            done(makeError(Error::Code::Protocol, tr("The pump answered the dispensed-volume query with \"%1\".").arg(QString::fromLatin1(dis->data))));
            return;
        }
        status->dispensedMl = d->infusedMl + d->withdrawnMl;
        queryRate([status, done = std::move(done)](Result<double> rate) {
            if (!rate) {
                done(rate.error());
                return;
            }
            status->flowMlPerMin = status->running ? *rate : 0.0;
            done(*status);
        });
    });
}

void NewEraDriver::queryRate(Callback<double> done)
{
    send("RAT", {}, tr("the rate query"), [done = std::move(done)](Result<NewEra::Reply> rat) {
        if (!rat) {
            done(rat.error());
            return;
        }
        // "10.50MM": value then units MM, UM, MH, UH.
        const QByteArray data = rat->data;
        const QByteArray unit = data.right(2);
        const auto value = NewEra::parseNumber(data.left(data.size() - 2));
        const double factor = unit == "MM" ? 1.0 : unit == "UM" ? 0.001 : unit == "MH" ? 1.0 / 60 : unit == "UH" ? 0.001 / 60 : 0;
        if (!value || !(factor > 0)) {
            done(makeError(Error::Code::Protocol, tr("The pump answered the rate query with \"%1\".").arg(QString::fromLatin1(data))));
            return;
        }
        done(*value * factor);
    });
}

void NewEraDriver::doPrepare(Callback<void> done)
{
    const auto wanted = syringeDiameter();
    if (!wanted) {
        done({});
        return;
    }
    doReadSyringeDiameter([this, mm = *wanted, done = std::move(done)](Result<double> now) mutable {
        if (!now) {
            done(now.error());
            return;
        }
        // The pump keeps 4 digits: it has the diameter when it has what it would make of it.
        const auto taken = NewEra::formatNumber(mm);
        if (taken && NewEra::parseNumber(*taken) == *now) {
            done({});
            return;
        }
        doWriteSyringeDiameter(mm, [done = std::move(done)](Result<double> set) {
            if (!set)
                done(makeError(set.error().code, tr("The syringe diameter could not be set: %1").arg(set.error().message)));
            else
                done({});
        });
    });
}

void NewEraDriver::doReadSyringeDiameter(Callback<double> done)
{
    send("DIA", {}, tr("the syringe diameter query"), [done = std::move(done)](Result<NewEra::Reply> dia) {
        if (!dia) {
            done(dia.error());
            return;
        }
        const auto mm = NewEra::parseNumber(dia->data);
        if (!mm || !(*mm > 0)) {
            done(makeError(Error::Code::Protocol, tr("The pump answered the syringe diameter query with \"%1\".").arg(QString::fromLatin1(dia->data))));
            return;
        }
        done(*mm);
    });
}

void NewEraDriver::doWriteSyringeDiameter(double mm, Callback<double> readBack)
{
    const auto text = NewEra::formatNumber(mm);
    if (!text) {
        readBack(text.error());
        return;
    }
    const double taken = NewEra::parseNumber(*text).value_or(0);
    send("DIA", *text, tr("the syringe diameter"), [this, taken, readBack = std::move(readBack)](Result<NewEra::Reply> set) mutable {
        if (!set) {
            readBack(set.error());
            return;
        }
        // Set means read back the same: a pump that kept another diameter would count every
        // volume and rate wrong.
        doReadSyringeDiameter([taken, readBack = std::move(readBack)](Result<double> now) {
            if (!now)
                readBack(now.error());
            else if (*now != taken)
                readBack(makeError(Error::Code::Protocol, tr("The pump holds %1 mm after %2 mm was written.").arg(*now).arg(taken)));
            else
                readBack(*now);
        });
    });
}

void NewEraDriver::doStart(Callback<void> done)
{
    // A plain start pumps until stopped: a volume left by a dispense would end it early.
    if (m_volumeSet) {
        send("VOL", "0", tr("the volume"), [this, done = std::move(done)](Result<NewEra::Reply> r) mutable {
            if (!r) {
                done(r.error());
                return;
            }
            m_volumeSet = false;
            doStart(std::move(done));
        });
        return;
    }
    send("RUN", {}, tr("run"), [done = std::move(done)](Result<NewEra::Reply> r) {
        if (!r)
            done(r.error());
        else
            done({});
    });
}

void NewEraDriver::doStop(Callback<void> done) { stopFully(std::move(done)); }

void NewEraDriver::stopFully(Callback<void> done)
{
    send("STP", {}, tr("stop"), [this, done = std::move(done)](Result<NewEra::Reply> r) mutable {
        if (!r) {
            done(r.error());
            return;
        }
        if (r->status != 'P' && r->status != 'T') {
            done({});
            return;
        }
        send("STP", {}, tr("stop"), [done = std::move(done)](Result<NewEra::Reply> again) {
            if (!again)
                done(again.error());
            else
                done({});
        });
    });
}

bool NewEraDriver::supportsNativeMode(NativeMode mode) const { return mode == NativeMode::Volume; }

void NewEraDriver::doIsRunning(Callback<bool> done)
{
    send("DIS", {}, tr("the dispensed-volume query"), [done = std::move(done)](Result<NewEra::Reply> dis) {
        if (!dis)
            done(dis.error());
        else
            done(dis->status == 'I' || dis->status == 'W' || dis->status == 'X');
    });
}

void NewEraDriver::doSetDirection(Direction direction, Callback<void> done)
{
    send("DIR", direction == Direction::Clockwise ? "INF" : "WDR", tr("the direction"),
         [done = std::move(done)](Result<NewEra::Reply> r) {
             if (!r)
                 done(r.error());
             else
                 done({});
         });
}

void NewEraDriver::doSetSpeed(double, Callback<double> done)
{
    done(unsupported(tr("The %1 is set in flow (mL/min), not in rpm.").arg(model().displayName)));
}

void NewEraDriver::doSetFlow(double mlPerMin, Callback<double> done) { setRate(mlPerMin, std::move(done)); }

void NewEraDriver::setRate(double mlPerMin, Callback<double> done)
{
    // Pick the unit that keeps the most digits within the pump's 4-digit field.
    struct Unit { const char *code; double perMlMin; };
    static constexpr Unit kUnits[] = {{"MM", 1.0}, {"UM", 1000.0}, {"MH", 60.0}, {"UH", 60000.0}};
    QByteArray params;
    double set = 0;
    double bestError = 1e300;
    for (const Unit &u : kUnits) {
        const auto text = NewEra::formatNumber(mlPerMin * u.perMlMin);
        if (!text)
            continue;
        const double value = NewEra::parseNumber(*text).value_or(0) / u.perMlMin;
        const double error = std::abs(value - mlPerMin);
        if (error < bestError && value > 0) {
            bestError = error;
            params = *text + u.code;
            set = value;
        }
    }
    if (params.isEmpty()) {
        done(makeError(Error::Code::OutOfRange, tr("%1 mL/min cannot be written for the pump.").arg(mlPerMin)));
        return;
    }
    send("RAT", params, tr("the rate"), [set, done = std::move(done)](Result<NewEra::Reply> r) {
        if (!r)
            done(r.error());
        else
            done(set);
    });
}

void NewEraDriver::doDispense(double ml, std::optional<double> mlPerMin, Callback<NativeRun> done)
{
    const bool microlitres = ml < 10.0;  // keeps 3 decimals of resolution where it matters
    const auto volume = NewEra::formatNumber(microlitres ? ml * 1000.0 : ml);
    const auto taken = volume ? NewEra::parseNumber(*volume) : std::nullopt;
    if (!volume || !taken || !(*taken > 0)) {
        done(!volume ? volume.error()
                     : makeError(Error::Code::OutOfRange, tr("%1 mL is below what the pump can dispense.").arg(ml)));
        return;
    }
    auto finish = std::make_shared<Callback<NativeRun>>(std::move(done));
    auto run = std::make_shared<NativeRun>();
    run->volumeMl = microlitres ? *taken / 1000.0 : *taken;
    // Stopped first (a paused phase would otherwise resume with its old volume), then the rate,
    // the volume unit and value, and RUN: the pump stops when the volume is out.
    const auto go = [this, finish, run, volume = *volume, microlitres] {
        send("VOL", microlitres ? "UL" : "ML", tr("the volume unit"), [this, finish, run, volume](Result<NewEra::Reply> unit) {
            if (!unit) {
                (*finish)(unit.error());
                return;
            }
            send("VOL", volume, tr("the volume"), [this, finish, run](Result<NewEra::Reply> vol) {
                if (!vol) {
                    (*finish)(vol.error());
                    return;
                }
                m_volumeSet = true;
                send("RUN", {}, tr("run"), [finish, run](Result<NewEra::Reply> r) {
                    if (!r)
                        (*finish)(r.error());
                    else
                        (*finish)(*run);
                });
            });
        });
    };
    const auto withRate = [finish, run, go](Result<double> rate) {
        if (!rate) {
            (*finish)(rate.error());
            return;
        }
        run->mlPerMin = *rate;
        run->seconds = run->volumeMl / *rate * 60.0;
        go();
    };
    stopFully([this, finish, mlPerMin, withRate](Result<void> stopped) {
        if (!stopped) {
            (*finish)(stopped.error());
            return;
        }
        if (mlPerMin)
            setRate(*mlPerMin, withRate);
        else
            queryRate(withRate);
    });
}

} // namespace PumpStudio::Device
