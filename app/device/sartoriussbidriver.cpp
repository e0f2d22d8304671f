// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/sartoriussbidriver.h"

#include "device/balanceadapters.h"

#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Device {

namespace Sbi = Protocol::SartoriusSbi;
using Kind = Sbi::Line::Kind;

SartoriusSbiDriver::SartoriusSbiDriver(const Models::BalanceModel &model, SerialBus &bus, QObject *parent)
    : BalanceDriver(model, bus, parent)
{
}

void SartoriusSbiDriver::print(Callback<BalanceReading> done)
{
    const QString what = tr("a weight (ESC P)");
    transact(Sbi::command('P'), std::chrono::milliseconds(model().deviceTimeMs), 2, what, [this, done, what](Result<Frame> f) {
        if (!f) {
            done(f.error());
            return;
        }
        const auto line = f->payload.value<Sbi::Line>();
        switch (line.kind) {
        case Kind::Weight:
            break;
        case Kind::Overload:
            done(overload());
            return;
        case Kind::Underload:
            done(underload());
            return;
        case Kind::Status:
            done(makeError(Error::Code::Refused, tr("The balance is busy (%1) and shows no weight.").arg(QString::fromLatin1(line.text))));
            return;
        case Kind::Error:
            done(makeError(Error::Code::Refused, tr("The balance reports error %1.").arg(QString::fromLatin1(line.text))));
            return;
        case Kind::Text:
            done(makeError(Error::Code::Protocol,
                           tr("The balance's answer to %1 is not a weight: \"%2\".").arg(what, QString::fromLatin1(line.text))));
            return;
        }
        if (line.stable())
            m_lastUnit = line.unit;
        const auto mass = Protocol::Balance::toGrams(line.signedValue(), m_lastUnit);
        if (!mass) {
            done(makeError(Error::Code::Unsupported,
                           tr("The balance weighs in \"%1\", not in grams: set its unit to g.").arg(QString::fromLatin1(m_lastUnit))));
            return;
        }
        done(BalanceReading{mass->grams, mass->resolutionG, line.stable(), QString::fromLatin1(m_lastUnit)});
    });
}

void SartoriusSbiDriver::readImmediate(Callback<BalanceReading> done) { print(std::move(done)); }

void SartoriusSbiDriver::readStable(Callback<BalanceReading> done)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    pollStable(std::move(clock), std::move(done));
}

void SartoriusSbiDriver::pollStable(std::shared_ptr<QElapsedTimer> clock, Callback<BalanceReading> done)
{
    print([this, clock, done](Result<BalanceReading> r) {
        if (!r || r->stable) {
            done(std::move(r));
            return;
        }
        if (std::chrono::milliseconds(clock->elapsed()) + kPollInterval >= stableTimeout()) {
            done(notStable(stableTimeout()));
            return;
        }
        QTimer::singleShot(kPollInterval, this, [this, clock, done] { pollStable(clock, done); });
    });
}

void SartoriusSbiDriver::tare(Callback<void> done)
{
    send(Sbi::command('U'), tr("tare (ESC U)"), std::move(done));
}

void SartoriusSbiDriver::zero(Callback<void> done)
{
    send(Sbi::command('V'), tr("zero (ESC V)"), std::move(done));
}

void SartoriusSbiDriver::text(const QByteArray &code, Callback<QString> done)
{
    const QString what = u"ESC %1_"_s.arg(QString::fromLatin1(code));
    transact(Sbi::extendedCommand(code), std::chrono::milliseconds(model().deviceTimeMs), 2, what, [done, what](Result<Frame> f) {
        if (!f) {
            done(f.error());
            return;
        }
        const auto line = f->payload.value<Sbi::Line>();
        if (line.kind == Kind::Error) {
            done(makeError(Error::Code::Refused, tr("The balance refused %1: error %2.").arg(what, QString::fromLatin1(line.text))));
            return;
        }
        if (line.kind != Kind::Text || line.text.isEmpty()) {
            done(makeError(Error::Code::Protocol,
                           tr("The balance's answer to %1 is not a text: \"%2\".").arg(what, QString::fromLatin1(line.text))));
            return;
        }
        done(QString::fromLatin1(line.text));
    });
}

void SartoriusSbiDriver::identify(Callback<BalanceIdentity> done)
{
    text("x1", [this, done](Result<QString> model) {
        if (!model) {
            done(model.error());
            return;
        }
        text("x2", [this, done, model = *model](Result<QString> serial) {
            if (!serial) {
                done(serial.error());
                return;
            }
            text("x3", [done, model, serial = *serial](Result<QString> software) {
                if (!software) {
                    done(software.error());
                    return;
                }
                done(BalanceIdentity{model, serial, *software, std::nullopt, std::nullopt});
            });
        });
    });
}

} // namespace PumpStudio::Device
