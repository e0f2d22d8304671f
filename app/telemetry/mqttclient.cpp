// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "telemetry/mqttclient.h"

#include "core/logging.h"
#include "core/qtfmt.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <mosquitto.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Telemetry {

namespace {
constexpr qint64 kConnectTimeoutMs = 10'000;
constexpr int kMinKeepAliveS = 5;

void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

QString connackText(int rc)
{
    switch (rc) {
    case 1: return MqttClient::tr("the broker refused the protocol version");
    case 2: return MqttClient::tr("the broker refused the client id");
    case 3: return MqttClient::tr("the broker is unavailable");
    case 4: return MqttClient::tr("the broker refused the user name or password");
    case 5: return MqttClient::tr("the broker refused: not authorised");
    default: return QString::fromUtf8(mosquitto_connack_string(rc));
    }
}
} // namespace

QString mosquittoErrorText(int rc)
{
    if (rc == MOSQ_ERR_ERRNO)
        return QString::fromLocal8Bit(std::strerror(errno));
    return QString::fromUtf8(mosquitto_strerror(rc));
}

MqttClient::MqttClient(const BrokerConfig &config, Will will, QObject *parent)
    : QObject(parent), m_config(config), m_will(std::move(will)), m_tick(new QTimer(this)), m_retry(new QTimer(this))
{
    initLibrary();
    const QByteArray clientId = m_config.clientId.toUtf8();
    m_mosq = mosquitto_new(clientId.isEmpty() ? nullptr : clientId.constData(), true, this);
    if (!m_mosq) {
        m_setupError = tr("Cannot create an MQTT client (out of memory or a bad client id).");
        return;
    }
    mosquitto_connect_callback_set(m_mosq, &MqttClient::onConnectCb);
    mosquitto_disconnect_callback_set(m_mosq, &MqttClient::onDisconnectCb);
    mosquitto_publish_callback_set(m_mosq, &MqttClient::onPublishCb);
    mosquitto_message_callback_set(m_mosq, &MqttClient::onMessageCb);
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    // Alarms and events are few; samples go as QoS 0. Enough in flight for a burst after a reconnect.
    mosquitto_max_inflight_messages_set(m_mosq, 100);
    if (!m_will.topic.isEmpty()) {
        const QByteArray topic = m_will.topic.toUtf8();
        mosquitto_will_set(m_mosq, topic.constData(), int(m_will.payload.size()), m_will.payload.constData(), m_will.qos,
                           m_will.retain);
    }
    if (!m_config.username.isEmpty()) {
        const QByteArray user = m_config.username.toUtf8();
        const QByteArray password = m_config.password.toUtf8();
        mosquitto_username_pw_set(m_mosq, user.constData(), password.isEmpty() ? nullptr : password.constData());
    }
    if (m_config.url.tls) {
        int rc = MOSQ_ERR_SUCCESS;
        if (!m_config.caFile.isEmpty()) {
            if (!QFileInfo(m_config.caFile).isReadable()) {
                m_setupError = tr("Cannot read the CA file %1.").arg(m_config.caFile);
            } else {
                const QByteArray ca = QFile::encodeName(m_config.caFile);
                rc = mosquitto_tls_set(m_mosq, ca.constData(), nullptr, nullptr, nullptr, nullptr);
            }
        } else {
            rc = mosquitto_int_option(m_mosq, MOSQ_OPT_TLS_USE_OS_CERTS, 1);
        }
        if (rc != MOSQ_ERR_SUCCESS)
            m_setupError = tr("TLS could not be set up: %1").arg(mosquittoErrorText(rc));
    }
    m_tick->setInterval(500ms);
    connect(m_tick, &QTimer::timeout, this, &MqttClient::onTick);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &MqttClient::attempt);
}

MqttClient::~MqttClient()
{
    unwatchSocket();
    if (m_mosq) {
        // No DISCONNECT here: a client destroyed without close() vanished, and its will is due.
        mosquitto_destroy(m_mosq);
    }
}

void MqttClient::setState(State state, const QString &reason)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state, reason);
}

bool MqttClient::isBacklogged() const
{
    return m_mosq && mosquitto_want_write(m_mosq);
}

void MqttClient::open()
{
    if (m_wantOpen)
        return;
    m_wantOpen = true;
    m_backoffMs = 0;
    m_tick->start();
    attempt();
}

void MqttClient::attempt()
{
    if (!m_wantOpen)
        return;
    if (!m_setupError.isEmpty()) {
        // A configuration error does not heal by retrying; say it once and stay waiting.
        setState(State::Waiting, m_setupError);
        Q_EMIT connectionLost(m_setupError, -1);
        return;
    }
    unwatchSocket();
    setState(State::Connecting);
    m_attemptStartedMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray host = m_config.url.host.toUtf8();
    // Non-blocking: the TCP connect (and TLS handshake) completes in onWritable()/onReadable().
    // libmosquitto refuses a keep-alive under 5 s.
    const int keepAlive = std::clamp(int(m_config.keepAlive.count()), kMinKeepAliveS, 65535);
    const int rc = mosquitto_connect_async(m_mosq, host.constData(), m_config.url.port, keepAlive);
    if (rc != MOSQ_ERR_SUCCESS) {
        lost(tr("cannot reach %1: %2").arg(m_config.url.toString(), mosquittoErrorText(rc)));
        return;
    }
    watchSocket();
}

void MqttClient::close()
{
    m_wantOpen = false;
    m_retry->stop();
    if (m_mosq && m_state == State::Connected) {
        mosquitto_disconnect(m_mosq);
        // The DISCONNECT is queued; write it out now, as nothing will run the loop after this.
        for (int i = 0; i < 10 && mosquitto_want_write(m_mosq); ++i)
            mosquitto_loop_write(m_mosq, 1);
    }
    unwatchSocket();
    m_tick->stop();
    setState(State::Closed);
}

void MqttClient::watchSocket()
{
    const int fd = mosquitto_socket(m_mosq);
    if (fd < 0)
        return;
    m_read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_read, &QSocketNotifier::activated, this, &MqttClient::onReadable);
    m_write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    connect(m_write, &QSocketNotifier::activated, this, &MqttClient::onWritable);
    updateWriteInterest();
}

void MqttClient::unwatchSocket()
{
    // Before libmosquitto closes or reuses the descriptor: disabled at once (unregistered), deleted
    // later, as this may run inside one of their own signals.
    for (QSocketNotifier *n : {m_read, m_write}) {
        if (n) {
            n->setEnabled(false);
            n->deleteLater();
        }
    }
    m_read = nullptr;
    m_write = nullptr;
}

void MqttClient::updateWriteInterest()
{
    if (m_write)
        m_write->setEnabled(mosquitto_want_write(m_mosq));
}

void MqttClient::onReadable()
{
    check(mosquitto_loop_read(m_mosq, 1));
}

void MqttClient::onWritable()
{
    check(mosquitto_loop_write(m_mosq, 1));
}

void MqttClient::onTick()
{
    if (m_state == State::Connecting && QDateTime::currentMSecsSinceEpoch() - m_attemptStartedMs > kConnectTimeoutMs) {
        lost(tr("no answer from %1").arg(m_config.url.toString()));
        return;
    }
    if (m_state == State::Connecting || m_state == State::Connected)
        check(mosquitto_loop_misc(m_mosq));  // keep-alive: PINGREQ when due, a missed PINGRESP ends the connection
}

void MqttClient::check(int rc)
{
    if (rc == MOSQ_ERR_SUCCESS && mosquitto_socket(m_mosq) >= 0) {
        updateWriteInterest();
        return;
    }
    if (m_state == State::Closed || m_state == State::Waiting)
        return;
    if (!m_refusal.isEmpty())
        lost(m_refusal);
    else
        lost(rc == MOSQ_ERR_SUCCESS ? tr("the connection closed") : mosquittoErrorText(rc));
}

void MqttClient::lost(const QString &reason)
{
    unwatchSocket();
    if (!m_wantOpen)
        return;
    const int min = int(m_config.reconnectMin.count());
    const int max = std::max(min, int(m_config.reconnectMax.count()));
    m_backoffMs = m_backoffMs == 0 ? min : std::min(max, m_backoffMs * 2);
    Logging::get("telemetry")->info("MQTT {}: {}; retrying in {} ms", m_config.url.toString(), reason, m_backoffMs);
    setState(State::Waiting, reason);
    Q_EMIT connectionLost(reason, m_backoffMs);
    m_retry->start(m_backoffMs);
}

Result<int> MqttClient::publish(const QString &topic, const QByteArray &payload, int qos, bool retain)
{
    if (m_state != State::Connected)
        return makeError(Error::Code::Disconnected, tr("Not connected to the broker."));
    int mid = 0;
    const QByteArray t = topic.toUtf8();
    const int rc = mosquitto_publish(m_mosq, &mid, t.constData(), int(payload.size()), payload.constData(), qos, retain);
    if (rc != MOSQ_ERR_SUCCESS) {
        const Error error = makeError(rc == MOSQ_ERR_NO_CONN || rc == MOSQ_ERR_CONN_LOST ? Error::Code::Disconnected : Error::Code::Io,
                                      tr("Publishing to %1 failed: %2").arg(topic, mosquittoErrorText(rc)));
        if (rc == MOSQ_ERR_NO_CONN || rc == MOSQ_ERR_CONN_LOST || rc == MOSQ_ERR_ERRNO)
            lost(error.message);
        return error;
    }
    updateWriteInterest();
    return mid;
}

Result<void> MqttClient::subscribe(const QString &pattern, int qos)
{
    if (m_state != State::Connected)
        return makeError(Error::Code::Disconnected, tr("Not connected to the broker."));
    const QByteArray p = pattern.toUtf8();
    const int rc = mosquitto_subscribe(m_mosq, nullptr, p.constData(), qos);
    if (rc != MOSQ_ERR_SUCCESS)
        return makeError(Error::Code::Io, tr("Subscribing to %1 failed: %2").arg(pattern, mosquittoErrorText(rc)));
    updateWriteInterest();
    return {};
}

Result<void> MqttClient::unsubscribe(const QString &pattern)
{
    if (m_state != State::Connected)
        return {};  // a new connection starts with no subscriptions (clean session)
    const QByteArray p = pattern.toUtf8();
    const int rc = mosquitto_unsubscribe(m_mosq, nullptr, p.constData());
    if (rc != MOSQ_ERR_SUCCESS)
        return makeError(Error::Code::Io, tr("Unsubscribing from %1 failed: %2").arg(pattern, mosquittoErrorText(rc)));
    updateWriteInterest();
    return {};
}

// libmosquitto calls these from inside loop_read/write/misc, on this object's thread.

void MqttClient::onConnectCb(struct mosquitto *, void *self, int rc)
{
    auto *c = static_cast<MqttClient *>(self);
    if (rc != 0) {
        // Refused (credentials, client id): libmosquitto ends the connection, and the loop call
        // that got us here reports it to check(), which retries later (an account may be fixed
        // on the broker meanwhile). Only the reason is kept here, for that report.
        c->m_refusal = tr("refused: %1").arg(connackText(rc));
        return;
    }
    c->m_refusal.clear();
    c->m_backoffMs = 0;
    QMetaObject::invokeMethod(c, [c] {
        if (c->m_state != State::Connecting)
            return;  // lost again meanwhile
        c->setState(State::Connected);
        Q_EMIT c->connected();
    }, Qt::QueuedConnection);
}

void MqttClient::onDisconnectCb(struct mosquitto *, void *self, int rc)
{
    auto *c = static_cast<MqttClient *>(self);
    if (rc == 0 || !c->m_wantOpen)
        return;  // our own DISCONNECT
    QMetaObject::invokeMethod(c, [c, rc] {
        if (c->m_state == State::Connected || c->m_state == State::Connecting)
            c->lost(mosquittoErrorText(rc));
    }, Qt::QueuedConnection);
}

// Callbacks run inside libmosquitto's loop calls, with its locks held: a slot that called back
// into the library from there (close(), publish()) would deadlock. So they are queued.
void MqttClient::onPublishCb(struct mosquitto *, void *self, int mid)
{
    auto *c = static_cast<MqttClient *>(self);
    QMetaObject::invokeMethod(c, [c, mid] { Q_EMIT c->published(mid); }, Qt::QueuedConnection);
}

void MqttClient::onMessageCb(struct mosquitto *, void *self, const ::mosquitto_message *message)
{
    const QString topic = QString::fromUtf8(message->topic);
    const QByteArray payload(static_cast<const char *>(message->payload), message->payloadlen);
    const bool retained = message->retain;
    auto *c = static_cast<MqttClient *>(self);
    QMetaObject::invokeMethod(c, [c, topic, payload, retained] { Q_EMIT c->messageReceived(topic, payload, retained); },
                              Qt::QueuedConnection);
}

} // namespace PumpStudio::Telemetry
