// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "cli/balancectl.h"

#include "cli/pumpctl.h"
#include "device/balancefactory.h"

#include <QJsonDocument>
#include <QTimer>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Cli {

namespace {

QString commandName(PumpCtlOptions::Command command)
{
    switch (command) {
    case PumpCtlOptions::Command::Weigh: return u"weigh"_s;
    case PumpCtlOptions::Command::Tare: return u"tare"_s;
    case PumpCtlOptions::Command::Zero: return u"zero"_s;
    default: return u"info"_s;
    }
}

} // namespace

BalanceCtl::BalanceCtl(const Models::BalanceRegistry &balances, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_balances(balances), m_out(out), m_err(err)
{
}

BalanceCtl::~BalanceCtl()
{
    m_driver.reset();
    m_bus.reset();
}

QString BalanceCtl::gramsText(double grams, double resolutionG)
{
    // A resolution the balance reports is finite and positive; anything else shows 6 decimals
    // (an infinite one would make lround() undefined).
    const int decimals = std::isfinite(resolutionG) && resolutionG > 0
        ? std::clamp(static_cast<int>(std::lround(-std::log10(resolutionG))), 0, 9) : 6;
    QString text = QString::number(grams, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    if (text == u"-0")
        text = u"0"_s;
    return text;
}

QString BalanceCtl::weighJson(double grams, double resolutionG, bool stable)
{
    // Written by hand: the documented key order (QJsonObject would sort the keys).
    return u"{\"command\":\"weigh\",\"ok\":true,\"massG\":%1,\"stable\":%2}"_s.arg(gramsText(grams, resolutionG),
                                                                                     stable ? u"true"_s : u"false"_s);
}

void BalanceCtl::listModels(const Models::BalanceRegistry &balances, const std::function<void(const QString &, const QJsonObject &)> &report)
{
    for (const Models::BalanceModel &m : balances.models()) {
        report(Models::describe(m), {{u"id"_s, m.id}, {u"name"_s, m.displayName}, {u"kind"_s, u"balance"_s},
                                     {u"protocol"_s, Models::balanceProtocolName(m.protocol)}, {u"baud"_s, m.serial.baud},
                                     {u"capacityG"_s, m.capacityG}, {u"readabilityG"_s, m.readabilityG}, {u"file"_s, m.sourceFile}});
    }
}

void BalanceCtl::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    // Leave the callback that got us here before the objects it belongs to go.
    QTimer::singleShot(0, this, [this, code] {
        m_driver.reset();
        if (m_bus)
            m_bus->close();
        Q_EMIT finished(code);
    });
}

void BalanceCtl::fail(const Error &error)
{
    if (m_options.json) {
        m_out << QJsonDocument(QJsonObject{{u"command"_s, commandName(m_options.command)}, {u"ok"_s, false},
                                           {u"error"_s, error.message}, {u"exitCode"_s, exitCodeFor(error)}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    }
    m_err << error.message << Qt::endl;
    finish(exitCodeFor(error));
}

void BalanceCtl::report(const QString &text, QJsonObject json)
{
    if (m_options.json) {
        json.insert(u"ok"_s, true);
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_out << text << Qt::endl;
    }
}

void BalanceCtl::run(const PumpCtlOptions &options)
{
    m_options = options;
    const Models::BalanceModel *model = m_balances.find(options.model);
    if (!model) {
        fail(makeError(Error::Code::InvalidArgument, tr("Unknown balance model \"%1\"; 'pumpctl models' lists them.").arg(options.model)));
        return;
    }
    using C = PumpCtlOptions::Command;
    if (options.command != C::Weigh && options.command != C::Tare && options.command != C::Zero && options.command != C::Info) {
        fail(makeError(Error::Code::InvalidArgument,
                       tr("%1 is a balance: it takes weigh, tare, zero and info.").arg(options.model)));
        return;
    }
    Device::SerialSettings settings = Device::defaultSerialSettings(*model, options.port);
    if (options.baud)
        settings.baudRate = *options.baud;
    if (options.parity) {
        const auto parity = Device::parseParity(*options.parity);
        if (!parity) {
            fail(parity.error());
            return;
        }
        settings.parity = *parity;
    }
    if (options.dataBits) {
        const auto bits = Device::parseDataBits(*options.dataBits);
        if (!bits) {
            fail(bits.error());
            return;
        }
        settings.dataBits = *bits;
    }
    if (options.stopBits) {
        const auto bits = Device::parseStopBits(*options.stopBits);
        if (!bits) {
            fail(bits.error());
            return;
        }
        settings.stopBits = *bits;
    }
    m_bus = Device::createBalanceLink(*model, settings);
    if (options.timeoutMs)
        m_bus->setReplyTimeoutOverride(std::chrono::milliseconds(*options.timeoutMs));
    if (options.trace) {
        connect(m_bus.get(), &Device::Link::traffic, this, [this](bool outgoing, const QByteArray &bytes) {
            QString shown;
            for (const char c : bytes)
                shown += (static_cast<uchar>(c) >= 0x20 && static_cast<uchar>(c) < 0x7F) ? QChar::fromLatin1(c) : u'.';
            m_err << (outgoing ? u"> "_s : u"< "_s) << QString::fromLatin1(bytes.toHex(' ')) << u"  |"_s << shown << u"|"_s << Qt::endl;
        });
    }
    m_driver = Device::createBalanceDriver(*model, *m_bus);
    if (options.timeoutMs)
        m_driver->setStableTimeout(std::chrono::milliseconds(*options.timeoutMs));
    m_bus->open();
    if (m_bus->state() != Device::LinkState::Connected) {
        fail(makeError(Error::Code::Io, m_bus->lastError()));
        return;
    }
    runCommand();
}

void BalanceCtl::runCommand()
{
    using C = PumpCtlOptions::Command;
    const auto done = [this](const QString &text, const QString &command) {
        return [this, text, command](Result<void> r) {
            if (!r) {
                fail(r.error());
                return;
            }
            report(text, {{u"command"_s, command}});
            finish(ExitOk);
        };
    };
    switch (m_options.command) {
    case C::Weigh: {
        auto weighed = [this](Result<Device::BalanceReading> r) {
            if (!r) {
                fail(r.error());
                return;
            }
            if (m_options.json)
                m_out << weighJson(r->grams, r->resolutionG, r->stable) << Qt::endl;
            else
                m_out << gramsText(r->grams, r->resolutionG) << u" g "_s << (r->stable ? tr("(stable)") : tr("(not stable)")) << Qt::endl;
            finish(ExitOk);
        };
        if (m_options.immediate)
            m_driver->readImmediate(weighed);
        else
            m_driver->readStable(weighed);
        return;
    }
    case C::Tare:
        m_driver->tare(done(tr("tared"), u"tare"_s));
        return;
    case C::Zero:
        m_driver->zero(done(tr("zeroed"), u"zero"_s));
        return;
    case C::Info:
        m_driver->identify([this](Result<Device::BalanceIdentity> id) {
            if (!id) {
                fail(id.error());
                return;
            }
            QJsonObject json{{u"command"_s, u"info"_s}, {u"model"_s, id->model}, {u"serialNumber"_s, id->serialNumber},
                             {u"firmware"_s, id->firmware}, {u"port"_s, m_bus->settings().portName},
                             {u"serial"_s, m_bus->settings().summary()}};
            QString text = tr("%1, serial number %2, software %3").arg(id->model, id->serialNumber, id->firmware);
            if (id->capacityG && id->readabilityG) {
                json.insert(u"capacityG"_s, *id->capacityG);
                json.insert(u"readabilityG"_s, *id->readabilityG);
                text += tr(", %1 g x %2 g").arg(*id->capacityG).arg(*id->readabilityG);
            }
            report(text + tr(" on %1 at %2").arg(m_bus->settings().portName, m_bus->settings().summary()), json);
            finish(ExitOk);
        });
        return;
    default:
        return;
    }
}

} // namespace PumpStudio::Cli
