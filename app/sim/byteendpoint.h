// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace PumpStudio::Sim {

/// The simulator's side of a wire: bytes from the host arrive as bytesReceived(), write() sends
/// towards the host at once (pacing is the PacedWriter's job). A pseudo-terminal is one
/// implementation, an in-process pipe another, so the pump logic never knows which it serves.
class ByteEndpoint : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ByteEndpoint)

public:
    explicit ByteEndpoint(QObject *parent = nullptr) : QObject(parent) {}
    ~ByteEndpoint() override = default;

    /// Where a host connects (a device path for a pty); empty when not applicable.
    virtual QString path() const = 0;
    virtual bool isOpen() const = 0;
    /// Sends bytes towards the host; returns how many were taken. Bytes a closed or full wire
    /// cannot take are lost, as on a real wire.
    virtual qint64 write(const QByteArray &bytes) = 0;
    /// The adapter vanishes: the host loses the port.
    virtual void unplug() = 0;
    /// The adapter comes back (at the same path where the implementation can arrange it).
    virtual bool replug() = 0;

Q_SIGNALS:
    void bytesReceived(const QByteArray &bytes);
    void unplugged();
    void replugged(const QString &path);
};

} // namespace PumpStudio::Sim
