// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/mtsicsdriver.h"

#include "device/balanceadapters.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Device {

namespace MtSics = Protocol::MtSics;
using Outcome = MtSics::WeightReply::Outcome;

namespace {

Error malformed(const MtSics::Reply &reply, const QString &what)
{
    return makeError(Error::Code::Protocol, QCoreApplication::translate("PumpStudio::Device::BalanceDriver",
                                                                        "The balance's answer to %1 makes no sense: \"%2\".")
                                                .arg(what, QString::fromLatin1(reply.line)));
}

Error refused(const MtSics::Reply &reply, const QString &what)
{
    QString why;
    switch (reply.kind) {
    case MtSics::Reply::Kind::SyntaxError:
        why = QCoreApplication::translate("PumpStudio::Device::BalanceDriver", "command not understood (ES)");
        break;
    case MtSics::Reply::Kind::TransmissionError:
        why = QCoreApplication::translate("PumpStudio::Device::BalanceDriver", "transmission error (ET): check baud rate and parity");
        break;
    case MtSics::Reply::Kind::LogicalError:
        why = QCoreApplication::translate("PumpStudio::Device::BalanceDriver", "command not possible (EL)");
        break;
    default:
        why = QString::fromLatin1(reply.line);
        break;
    }
    return makeError(Error::Code::Refused,
                     QCoreApplication::translate("PumpStudio::Device::BalanceDriver", "The balance refused %1: %2.").arg(what, why));
}

} // namespace

MtSicsDriver::MtSicsDriver(const Models::BalanceModel &model, SerialBus &bus, QObject *parent)
    : BalanceDriver(model, bus, parent)
{
}

std::chrono::milliseconds MtSicsDriver::settleTime() const
{
    // The balance answers S, T and Z only once stable (or when it gives up): its wait plus
    // a margin is how long the answer may take.
    return stableTimeout() + 1s;
}

void MtSicsDriver::weigh(bool stable, Callback<BalanceReading> done)
{
    const QString what = stable ? tr("a stable weight (S)") : tr("a weight (SI)");
    const auto waited = stableTimeout();
    transact(MtSics::request(stable ? "S" : "SI"), stable ? settleTime() : std::chrono::milliseconds(model().deviceTimeMs),
             stable ? 1 : 2, what, [done, stable, what, waited](Result<Frame> f) {
                 if (!f) {
                     done(f.error());
                     return;
                 }
                 const auto reply = f->payload.value<MtSics::Reply>();
                 const MtSics::WeightReply w = MtSics::parseWeight(reply, "S");
                 switch (w.outcome) {
                 case Outcome::Weight:
                     break;
                 case Outcome::Overload:
                     done(overload());
                     return;
                 case Outcome::Underload:
                     done(underload());
                     return;
                 case Outcome::NotExecutable:
                     done(stable ? notStable(waited)
                                 : makeError(Error::Code::Refused, tr("The balance cannot weigh now (S I): it is busy.")));
                     return;
                 case Outcome::Refused:
                     done(refused(reply, what));
                     return;
                 case Outcome::Malformed:
                     done(malformed(reply, what));
                     return;
                 }
                 if (stable && !w.stable) {  // S is answered only when stable: a D here is not a stable weight
                     done(malformed(reply, what));
                     return;
                 }
                 const auto mass = Protocol::Balance::toGrams(w.value, w.unit);
                 if (!mass) {
                     done(makeError(Error::Code::Unsupported,
                                    tr("The balance weighs in \"%1\", not in grams: set its unit to g.").arg(QString::fromLatin1(w.unit))));
                     return;
                 }
                 done(BalanceReading{mass->grams, mass->resolutionG, w.stable, QString::fromLatin1(w.unit)});
             });
}

void MtSicsDriver::readStable(Callback<BalanceReading> done) { weigh(true, std::move(done)); }
void MtSicsDriver::readImmediate(Callback<BalanceReading> done) { weigh(false, std::move(done)); }

void MtSicsDriver::tare(Callback<void> done)
{
    const QString what = tr("tare (T)");
    const auto waited = stableTimeout();
    transact(MtSics::request("T"), settleTime(), 1, what, [done, what, waited](Result<Frame> f) {
        if (!f) {
            done(f.error());
            return;
        }
        const auto reply = f->payload.value<MtSics::Reply>();
        const MtSics::WeightReply w = MtSics::parseWeight(reply, "T");
        switch (w.outcome) {
        case Outcome::Weight:
            if (!w.stable)
                done(malformed(reply, what));
            else
                done({});
            return;
        case Outcome::Overload: done(overload()); return;
        case Outcome::Underload: done(underload()); return;
        case Outcome::NotExecutable: done(notStable(waited)); return;
        case Outcome::Refused: done(refused(reply, what)); return;
        case Outcome::Malformed: done(malformed(reply, what)); return;
        }
    });
}

void MtSicsDriver::zero(Callback<void> done)
{
    const QString what = tr("zero (Z)");
    const auto waited = stableTimeout();
    transact(MtSics::request("Z"), settleTime(), 1, what, [done, what, waited](Result<Frame> f) {
        if (!f) {
            done(f.error());
            return;
        }
        const auto reply = f->payload.value<MtSics::Reply>();
        if (reply.kind != MtSics::Reply::Kind::Response) {
            done(reply.kind == MtSics::Reply::Kind::Malformed ? malformed(reply, what) : refused(reply, what));
            return;
        }
        if (reply.id != "Z" || !reply.body.isEmpty()) {
            done(malformed(reply, what));
            return;
        }
        switch (reply.status) {
        case 'A': done({}); return;
        case '+': done(overload()); return;
        case '-': done(underload()); return;
        case 'I': done(notStable(waited)); return;
        default: done(malformed(reply, what)); return;
        }
    });
}

void MtSicsDriver::text(const QByteArray &command, Callback<QList<QByteArray>> done)
{
    const QString what = QString::fromLatin1(command);
    transact(MtSics::request(command), std::chrono::milliseconds(model().deviceTimeMs), 2, what, [done, command, what](Result<Frame> f) {
        if (!f) {
            done(f.error());
            return;
        }
        const auto reply = f->payload.value<MtSics::Reply>();
        if (reply.kind != MtSics::Reply::Kind::Response) {
            done(reply.kind == MtSics::Reply::Kind::Malformed ? malformed(reply, what) : refused(reply, what));
            return;
        }
        if (reply.id != command) {
            done(malformed(reply, what));
            return;
        }
        if (reply.status != 'A') {
            done(refused(reply, what));
            return;
        }
        const auto fields = MtSics::quotedFields(reply.body);
        if (!fields) {
            done(malformed(reply, what));
            return;
        }
        done(*fields);
    });
}

void MtSicsDriver::identify(Callback<BalanceIdentity> done)
{
    // I2 (type, capacity), I4 (serial number), I3 (software): one after another.
    text("I2", [this, done](Result<QList<QByteArray>> i2) {
        if (!i2) {
            done(i2.error());
            return;
        }
        BalanceIdentity id;
        const auto data = MtSics::parseBalanceData(i2->join(' '));
        id.model = QString::fromLatin1(data.type);
        if (data.capacity) {
            if (const auto capacity = Protocol::Balance::toGrams(*data.capacity, data.unit)) {
                id.capacityG = capacity->grams;
                id.readabilityG = capacity->resolutionG;
            }
        }
        text("I4", [this, done, id](Result<QList<QByteArray>> i4) mutable {
            if (!i4) {
                done(i4.error());
                return;
            }
            id.serialNumber = QString::fromLatin1(i4->join(' '));
            text("I3", [done, id](Result<QList<QByteArray>> i3) mutable {
                if (!i3) {
                    done(i3.error());
                    return;
                }
                id.firmware = QString::fromLatin1(i3->join(' '));
                done(id);
            });
        });
    });
}

} // namespace PumpStudio::Device
