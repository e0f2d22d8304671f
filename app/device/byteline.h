// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/linkstats.h"
#include "device/serialsettings.h"

#include <QObject>

namespace PumpStudio::Device {

/// The byte transport under a SerialBus: a real serial port (SerialLine), or an in-process
/// channel to simulated pumps where there are no pseudo-terminals (Windows). Asynchronous only.
class ByteLine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ByteLine)

public:
    ~ByteLine() override = default;

    virtual const SerialSettings &settings() const = 0;
    virtual LinkState state() const = 0;
    virtual QString lastError() const = 0;
    virtual QString usbSerialNumber() const { return {}; }

public Q_SLOTS:
    virtual void open() = 0;
    virtual void close() = 0;
    virtual void write(const QByteArray &bytes) = 0;

Q_SIGNALS:
    void stateChanged(PumpStudio::Device::LinkState state, const QString &reason);
    void bytesReceived(const QByteArray &bytes);

protected:
    explicit ByteLine(QObject *parent) : QObject(parent) {}
};

} // namespace PumpStudio::Device
