// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QSerialPort>
#include <QString>

#include <chrono>
#include <optional>

namespace PumpStudio::Device {

/// How a serial line is framed on the wire. Timing is derived from it, never hard-coded.
struct SerialSettings
{
    QString portName;  ///< path (/dev/ttyUSB0, a pty, a symlink) or a port name
    qint32 baudRate = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    /// Replaces the reply timeout derived from the baud rate (pumpctl --timeout); unset: derived.
    std::optional<std::chrono::milliseconds> replyTimeout;

    /// Bits one character takes on the wire: start + data + parity + stop (10 for 8N1, 11 for 8E1).
    int bitsPerCharacter() const;
    std::chrono::microseconds characterTime() const;
    /// Time `bytes` characters take on the wire at this baud rate.
    std::chrono::microseconds frameTime(qsizetype bytes) const;
    /// Silence that separates frames: 3.5 characters, fixed 1.75 ms above 19200 baud (Modbus
    /// serial line V1.02), and never below 1 ms here because USB adapters batch bytes.
    std::chrono::microseconds interFrameGap() const;
    /// "9600 8N1" style summary.
    QString summary() const;

    friend bool operator==(const SerialSettings &, const SerialSettings &) = default;
};

/// Timeout for a request of `requestBytes` answered by about `replyBytes`: both frames on the
/// wire, the device's own answer time, a USB adapter's latency and a margin for scheduling.
std::chrono::milliseconds replyTimeout(const SerialSettings &settings, qsizetype requestBytes, qsizetype replyBytes,
                                       std::chrono::milliseconds deviceTime);

/// Parses "none|even|odd", 7|8 data bits and 1|2 stop bits as the command line spells them.
Result<QSerialPort::Parity> parseParity(const QString &text);
Result<QSerialPort::DataBits> parseDataBits(int bits);
Result<QSerialPort::StopBits> parseStopBits(int bits);
QString parityLetter(QSerialPort::Parity parity);

} // namespace PumpStudio::Device
