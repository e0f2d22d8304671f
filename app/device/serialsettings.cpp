// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/serialsettings.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace PumpStudio::Device {

namespace {
// USB-serial adapters hold received bytes up to their latency timer (FTDI: 16 ms by default).
constexpr auto kAdapterLatency = 20ms;
// Event loop scheduling on a loaded machine.
constexpr auto kSchedulingMargin = 50ms;
// The longest a request and its reply may take on the wire (a 90-byte exchange at 300 baud
// takes 3.3 s); a derived timeout never waits longer for the bytes themselves.
constexpr auto kMaxWireTime = 5000ms;
}

int SerialSettings::bitsPerCharacter() const
{
    const int parityBits = parity == QSerialPort::NoParity ? 0 : 1;
    const int stop = stopBits == QSerialPort::TwoStop ? 2 : 1;
    return 1 + static_cast<int>(dataBits) + parityBits + stop;
}

microseconds SerialSettings::characterTime() const
{
    const qint64 baud = std::max<qint64>(baudRate, 1);
    return microseconds((1'000'000LL * bitsPerCharacter() + baud - 1) / baud);
}

microseconds SerialSettings::frameTime(qsizetype bytes) const
{
    const qint64 baud = std::max<qint64>(baudRate, 1);
    return microseconds((1'000'000LL * bitsPerCharacter() * bytes + baud - 1) / baud);
}

microseconds SerialSettings::interFrameGap() const
{
    const microseconds modbusGap = baudRate > 19200 ? 1750us : microseconds(characterTime().count() * 7 / 2);
    return std::max<microseconds>(modbusGap, 1ms);
}

QString SerialSettings::summary() const
{
    return u"%1 %2%3%4"_s.arg(baudRate)
        .arg(static_cast<int>(dataBits))
        .arg(parityLetter(parity))
        .arg(stopBits == QSerialPort::TwoStop ? 2 : 1);
}

milliseconds replyTimeout(const SerialSettings &settings, qsizetype requestBytes, qsizetype replyBytes,
                          milliseconds deviceTime)
{
    const auto wire = duration_cast<milliseconds>(settings.frameTime(requestBytes + replyBytes)) + 1ms;
    // Bounded: a mistyped baud rate (--baud 1) must not make every attempt last minutes.
    return std::min(wire, kMaxWireTime) + deviceTime + kAdapterLatency + kSchedulingMargin;
}

QString parityLetter(QSerialPort::Parity parity)
{
    switch (parity) {
    case QSerialPort::EvenParity: return u"E"_s;
    case QSerialPort::OddParity: return u"O"_s;
    case QSerialPort::SpaceParity: return u"S"_s;
    case QSerialPort::MarkParity: return u"M"_s;
    case QSerialPort::NoParity: break;
    }
    return u"N"_s;
}

Result<QSerialPort::Parity> parseParity(const QString &text)
{
    const QString lower = text.toLower();
    if (lower == u"none" || lower == u"n")
        return QSerialPort::NoParity;
    if (lower == u"even" || lower == u"e")
        return QSerialPort::EvenParity;
    if (lower == u"odd" || lower == u"o")
        return QSerialPort::OddParity;
    return makeError(Error::Code::InvalidArgument,
                     QCoreApplication::translate("SerialSettings", "Unknown parity \"%1\"; use none, even or odd.").arg(text));
}

Result<QSerialPort::DataBits> parseDataBits(int bits)
{
    if (bits == 7)
        return QSerialPort::Data7;
    if (bits == 8)
        return QSerialPort::Data8;
    return makeError(Error::Code::InvalidArgument,
                     QCoreApplication::translate("SerialSettings", "Data bits must be 7 or 8, not %1.").arg(bits));
}

Result<QSerialPort::StopBits> parseStopBits(int bits)
{
    if (bits == 1)
        return QSerialPort::OneStop;
    if (bits == 2)
        return QSerialPort::TwoStop;
    return makeError(Error::Code::InvalidArgument,
                     QCoreApplication::translate("SerialSettings", "Stop bits must be 1 or 2, not %1.").arg(bits));
}

} // namespace PumpStudio::Device
