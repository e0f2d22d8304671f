// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "telemetry/brokerconfig.h"
#include "telemetry/mqttclient.h"
#include "telemetry/payloads.h"
#include "telemetry/topicscheme.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <memory>

class QTimer;

namespace PumpStudio::Telemetry {

class OfflineQueue;

/// What the status bar shows of the publisher.
struct PublisherStatus
{
    MqttClient::State state = MqttClient::State::Closed;
    QString broker;             ///< mqtt://host:port
    QString reason;             ///< why it is not connected, in words
    qint64 queued = 0;          ///< alarms and events waiting for the broker
    qint64 droppedSamples = 0;  ///< samples not sent because the broker was away or slow
    qint64 droppedMessages = 0; ///< alarms and events lost because the queue was full
    qint64 sentSamples = 0;
};

/// Publishes one workstation's pumps and transmitters to an MQTT broker (docs/mqtt.md). Lives on
/// a thread of its own (the caller moves it there and calls everything through queued
/// invocations), so nothing about the broker ever reaches the GUI or the device thread.
///
/// Identity and state are retained (a late subscriber gets them at once; state is sent at most
/// once a batch period, and only when it changed). Samples are collected per channel and sent
/// as one QoS 0 message per channel per batch period; while the broker is away they are dropped
/// and counted. Alarms, events and runs go through an OfflineQueue on disk and are sent with
/// QoS 1 from there, removed once the broker acknowledged them; after a reconnect whatever was
/// not acknowledged is sent again (receivers drop duplicates by id). The `online` topic is
/// retained: true once connected, false by a clean stop, or by the Last Will when the
/// workstation vanishes.
class TelemetryPublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TelemetryPublisher)

public:
    explicit TelemetryPublisher(BrokerConfig config, QObject *parent = nullptr);
    ~TelemetryPublisher() override;

    const TopicScheme &topics() const { return m_topics; }
    PublisherStatus status() const { return m_status; }

    /// Opens the queue and starts connecting.
    void start();
    /// Publishes online=false, waits (at most two seconds) for the broker to take it, then
    /// disconnects cleanly; stopped() follows.
    void stop();

    /// Retained on .../info, with the workstation's name, version and start time added.
    void setInfo(const QJsonObject &info);
    /// A pump or transmitter, with its retained identity. Its topic level is its name,
    /// sanitised, made unique on this workstation.
    void setDevice(const QString &id, const QString &name, const QJsonObject &identity);
    void setState(const QString &id, const QJsonObject &state);
    /// The device is gone: its retained identity and state are cleared on the broker.
    void removeDevice(const QString &id);
    void addSample(const QString &id, const QString &quantity, const QString &unit, qint64 unixMs, double value);
    void publishAlarm(const AlarmMessage &alarm);
    void publishEvent(const EventMessage &event);
    void publishRun(const RunMessage &run);

    /// The topic level a device got (empty for an unknown id).
    QString deviceLevel(const QString &id) const;

    /// Remote commands (docs/mqtt.md): off by default. On, PREFIX/WS/device/+/cmd is subscribed
    /// (QoS 1, again after every reconnect) and each new message comes out of commandReceived();
    /// retained ones are ignored (a stored command must never act again). `info` says which.
    void setRemoteCommands(bool enabled);
    bool remoteCommands() const { return m_remote; }
    /// The answer to a command, on PREFIX/WS/device/LEVEL/reply (QoS 1, not retained); dropped
    /// (and logged) while the broker is away: the sender sees no answer and may ask again.
    void publishReply(const QString &deviceLevel, const QByteArray &payload);

Q_SIGNALS:
    void statusChanged(const PumpStudio::Telemetry::PublisherStatus &status);
    void stopped();
    /// A message on PREFIX/WS/device/LEVEL/cmd; `deviceId` empty when no device has that level.
    void commandReceived(const QString &deviceId, const QString &deviceLevel, const QByteArray &payload);

private:
    struct DeviceEntry
    {
        QString level;
        QJsonObject identity;
        QJsonObject state;           ///< the latest, sent at the next flush when it changed
        QJsonObject publishedState;
    };
    struct SampleBuffer
    {
        QString deviceId;
        QString quantity;
        QString unit;
        QList<TimedValue> samples;
    };

    void onConnected();
    void onConnectionLost(const QString &reason);
    void onPublished(int mid);
    void onMessage(const QString &topic, const QByteArray &payload, bool retained);
    QString commandPattern() const;
    void flush();
    void sendQueued();
    void enqueue(const QString &topic, const QJsonObject &payload);
    void publishRetained(const QString &topic, const QByteArray &payload);
    QString levelFor(const QString &deviceId) const;
    void emitStatus();
    void finishStop();

    BrokerConfig m_config;
    TopicScheme m_topics;
    std::unique_ptr<OfflineQueue> m_queue;
    MqttClient *m_client = nullptr;
    QTimer *m_flush = nullptr;
    QTimer *m_stopTimeout = nullptr;
    QJsonObject m_info;
    QHash<QString, DeviceEntry> m_devices;
    QMap<std::pair<QString, QString>, SampleBuffer> m_samples;
    QHash<int, qint64> m_inflight;      ///< message id -> queue seq
    qint64 m_lastSentSeq = 0;
    int m_stopMid = -1;
    bool m_stopping = false;
    bool m_started = false;
    bool m_remote = false;
    PublisherStatus m_status;
    PublisherStatus m_emitted;
};

} // namespace PumpStudio::Telemetry

Q_DECLARE_METATYPE(PumpStudio::Telemetry::PublisherStatus)
