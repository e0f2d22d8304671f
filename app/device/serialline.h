// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/byteline.h"

class QSerialPort;

namespace PumpStudio::Device {

class PortPresence;

/// One serial port, asynchronous only: never waits, sleeps or spins the event loop. It notices a
/// vanished port within a second, says so once, and reopens the same adapter when it returns
/// (by USB serial number, else by path). Lives on the device thread; the port is its child.
class SerialLine final : public ByteLine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialLine)

public:
    explicit SerialLine(const SerialSettings &settings, QObject *parent = nullptr);
    ~SerialLine() override;

    const SerialSettings &settings() const override { return m_settings; }
    LinkState state() const override { return m_state; }
    QString lastError() const override { return m_lastError; }
    /// USB serial number seen when the port was first opened (empty for non-USB ports).
    QString usbSerialNumber() const override;
    /// Whether to reopen by itself after the port vanished (default on).
    void setAutoReconnect(bool on) { m_autoReconnect = on; }

public Q_SLOTS:
    void open() override;
    void close() override;
    /// Queues bytes for sending; dropped with a warning unless Connected.
    void write(const QByteArray &bytes) override;

private:
    bool tryOpen();
    void onReadyRead();
    void onError();
    void reopen(const QString &path);
    void lose(const QString &reason);
    void setState(LinkState state, const QString &reason);

    SerialSettings m_settings;
    QSerialPort *m_port = nullptr;
    PortPresence *m_presence = nullptr;
    LinkState m_state = LinkState::Closed;
    QString m_lastError;
    QString m_openPath;
    bool m_autoReconnect = true;
};

} // namespace PumpStudio::Device
