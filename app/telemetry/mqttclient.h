// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "telemetry/brokerconfig.h"

#include <QByteArray>
#include <QObject>
#include <QString>

struct mosquitto;
struct mosquitto_message;
class QSocketNotifier;
class QTimer;

namespace PumpStudio::Telemetry {

/// An MQTT 3.1.1 client over libmosquitto, driven by the event loop of the thread it lives on:
/// the socket is watched with QSocketNotifiers and keep-alive runs from a timer
/// (mosquitto_loop_read/write/misc), so there is no library thread and every callback arrives
/// here, on this object's thread. Connecting never blocks on the network (non-blocking connect;
/// a host name is resolved on this thread, which is never the GUI's or the device's). Lost
/// connections are retried with exponential back-off until close().
class MqttClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MqttClient)

public:
    enum class State { Closed, Connecting, Connected, Waiting };
    Q_ENUM(State)

    struct Will
    {
        QString topic;
        QByteArray payload;
        int qos = 1;
        bool retain = true;
    };

    MqttClient(const BrokerConfig &config, Will will, QObject *parent = nullptr);
    ~MqttClient() override;

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    /// Bytes of earlier messages still wait for the socket (the broker or the network is slow).
    bool isBacklogged() const;

    /// Starts connecting; reconnects after any loss until close().
    void open();
    /// A clean DISCONNECT (the broker drops the will); no reconnects after it.
    void close();

    /// Queues a message; the message id (for published()) or why it cannot be sent now.
    Result<int> publish(const QString &topic, const QByteArray &payload, int qos, bool retain);
    Result<void> subscribe(const QString &pattern, int qos);
    Result<void> unsubscribe(const QString &pattern);

Q_SIGNALS:
    void stateChanged(PumpStudio::Telemetry::MqttClient::State state, const QString &reason);
    void connected();
    /// The connection is gone (not after close()); a retry follows after `retryInMs`.
    void connectionLost(const QString &reason, int retryInMs);
    /// The broker acknowledged a QoS 1 message (or a QoS 0 one left the socket).
    void published(int messageId);
    /// A message on a subscribed topic; `retained`: the broker's stored copy, not a new message.
    void messageReceived(const QString &topic, const QByteArray &payload, bool retained);

private:
    static void onConnectCb(struct mosquitto *, void *self, int rc);
    static void onDisconnectCb(struct mosquitto *, void *self, int rc);
    static void onPublishCb(struct mosquitto *, void *self, int mid);
    static void onMessageCb(struct mosquitto *, void *self, const ::mosquitto_message *message);

    void attempt();
    void watchSocket();
    void unwatchSocket();
    void onReadable();
    void onWritable();
    void onTick();
    /// After a loop call: rc != success means the connection went.
    void check(int rc);
    void lost(const QString &reason);
    void updateWriteInterest();
    void setState(State state, const QString &reason = {});

    BrokerConfig m_config;
    Will m_will;
    struct mosquitto *m_mosq = nullptr;
    State m_state = State::Closed;
    bool m_wantOpen = false;
    int m_backoffMs = 0;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    QTimer *m_tick = nullptr;       ///< keep-alive and the connect timeout
    QTimer *m_retry = nullptr;
    qint64 m_attemptStartedMs = 0;
    QString m_setupError;
    QString m_refusal;  ///< the broker's CONNACK refusal of the current attempt, in words
};

/// libmosquitto's words for a return code.
QString mosquittoErrorText(int rc);

} // namespace PumpStudio::Telemetry
