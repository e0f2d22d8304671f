// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "telemetry/brokerconfig.h"
#include "telemetry/payloads.h"
#include "telemetry/telemetrypublisher.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

namespace PumpStudio::Telemetry {

/// A TelemetryPublisher on a thread of its own, for the GUI and pumpctl: every call returns at
/// once (it is posted to the publisher's thread), and status and stopped() come back as queued
/// signals. Nothing here waits for the network, so neither the GUI nor the device thread ever
/// does. Destroying it without stop() ends the connection without a goodbye: the broker then
/// publishes the Last Will (online = false), as for a program that vanished.
class PublisherThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublisherThread)

public:
    explicit PublisherThread(BrokerConfig config, QObject *parent = nullptr);
    ~PublisherThread() override;

    /// The topics' root, PREFIX/WORKSTATION (known at once: no network involved).
    QString baseTopic() const { return m_base; }
    /// The latest status the publisher reported.
    PublisherStatus status() const { return m_status; }
    bool isStopped() const { return m_stopped; }

    void start();
    /// online = false, a clean disconnect (at most two seconds), then stopped().
    void stop();

    void setInfo(const QJsonObject &info);
    void setDevice(const QString &id, const QString &name, const QJsonObject &identity);
    void setState(const QString &id, const QJsonObject &state);
    void removeDevice(const QString &id);
    void addSample(const QString &id, const QString &quantity, const QString &unit, qint64 unixMs, double value);
    void publishAlarm(const AlarmMessage &alarm);
    void publishEvent(const EventMessage &event);
    void publishRun(const RunMessage &run);
    /// Remote commands (TelemetryPublisher::setRemoteCommands): off by default.
    void setRemoteCommands(bool enabled);
    void publishReply(const QString &deviceLevel, const QByteArray &payload);

Q_SIGNALS:
    void statusChanged(const PumpStudio::Telemetry::PublisherStatus &status);
    void stopped();
    /// A command message (queued to the thread this object lives on, e.g. for a RemoteCommandGate).
    void commandReceived(const QString &deviceId, const QString &deviceLevel, const QByteArray &payload);

private:
    template <typename F>
    void post(F &&f);

    QThread m_thread;
    TelemetryPublisher *m_publisher = nullptr;
    QString m_base;
    PublisherStatus m_status;
    bool m_started = false;
    bool m_stopped = false;
};

} // namespace PumpStudio::Telemetry
