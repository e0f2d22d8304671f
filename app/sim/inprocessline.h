// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/byteline.h"

#include <QPointer>

namespace PumpStudio::Sim {

class InProcessEndpoint;

/// The host's end of an in-process channel to simulated pumps: where there are no
/// pseudo-terminals (Windows), the same drivers and bus talk to the simulator through this
/// instead of a QSerialPort. Unplug and replug of the endpoint show up as link state.
class InProcessLine final : public Device::ByteLine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InProcessLine)

public:
    InProcessLine(InProcessEndpoint *endpoint, const Device::SerialSettings &settings, QObject *parent = nullptr);

    const Device::SerialSettings &settings() const override { return m_settings; }
    Device::LinkState state() const override { return m_state; }
    QString lastError() const override { return m_lastError; }

public Q_SLOTS:
    void open() override;
    void close() override;
    void write(const QByteArray &bytes) override;

private:
    void setState(Device::LinkState state, const QString &reason);

    QPointer<InProcessEndpoint> m_endpoint;
    Device::SerialSettings m_settings;
    Device::LinkState m_state = Device::LinkState::Closed;
    QString m_lastError;
};

} // namespace PumpStudio::Sim
