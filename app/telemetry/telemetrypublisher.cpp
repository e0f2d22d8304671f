// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "telemetry/telemetrypublisher.h"

#include "core/buildinfo.h"
#include "core/logging.h"
#include "core/qtfmt.h"
#include "telemetry/offlinequeue.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Telemetry {

namespace {
constexpr int kMaxInflight = 50;
constexpr qsizetype kMaxBufferedSamples = 20'000;  ///< per channel and batch: far above 100 Hz x 250 ms

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QString workstationName(const BrokerConfig &config)
{
    return config.workstation.isEmpty() ? QSysInfo::machineHostName() : config.workstation;
}
} // namespace

TelemetryPublisher::TelemetryPublisher(BrokerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_topics(m_config.prefix, workstationName(m_config)),
      m_queue(std::make_unique<OfflineQueue>(m_config.queueLimit))
{
    qRegisterMetaType<PumpStudio::Telemetry::PublisherStatus>();
    m_status.broker = m_config.url.toString();
    m_info = QJsonObject{{u"workstation"_s, workstationName(m_config)}, {u"app"_s, QCoreApplication::applicationName()},
                         {u"version"_s, BuildInfo::version()}, {u"started"_s, isoTime(unixNowMs())},
                         {u"keepAlive"_s, qint64(m_config.keepAlive.count())}, {u"remoteCommands"_s, false}};
}

TelemetryPublisher::~TelemetryPublisher() = default;

void TelemetryPublisher::start()
{
    if (m_started)
        return;
    m_started = true;
    if (auto opened = m_queue->open(m_config.queuePath); !opened) {
        // Alarms are still sent while the broker is there; they are just not kept across its absence.
        Logging::get("telemetry")->warn("{}; alarms and events are kept in memory only", opened.error().message);
        m_queue = std::make_unique<OfflineQueue>(m_config.queueLimit);
    }
    m_status.queued = m_queue->size();
    MqttClient::Will will{m_topics.online(), QByteArrayLiteral("false"), 1, true};
    m_client = new MqttClient(m_config, will, this);
    connect(m_client, &MqttClient::connected, this, &TelemetryPublisher::onConnected);
    connect(m_client, &MqttClient::connectionLost, this, [this](const QString &reason, int) { onConnectionLost(reason); });
    connect(m_client, &MqttClient::published, this, &TelemetryPublisher::onPublished);
    connect(m_client, &MqttClient::messageReceived, this, &TelemetryPublisher::onMessage);
    connect(m_client, &MqttClient::stateChanged, this, [this](MqttClient::State state, const QString &reason) {
        m_status.state = state;
        if (!reason.isEmpty() || state == MqttClient::State::Connected)
            m_status.reason = reason;
        emitStatus();
    });
    m_flush = new QTimer(this);
    m_flush->setInterval(m_config.sampleBatch);
    connect(m_flush, &QTimer::timeout, this, &TelemetryPublisher::flush);
    m_flush->start();
    Logging::get("telemetry")->info("publishing to {} under {}", m_config.url.toString(), m_topics.base());
    m_client->open();
}

void TelemetryPublisher::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (!m_client || !m_client->isConnected()) {
        finishStop();
        return;
    }
    flush();
    // A clean disconnect drops the will: say offline ourselves, and wait for the broker to have it.
    auto mid = m_client->publish(m_topics.online(), QByteArrayLiteral("false"), 1, true);
    if (!mid) {
        finishStop();
        return;
    }
    m_stopMid = *mid;
    m_stopTimeout = new QTimer(this);
    m_stopTimeout->setSingleShot(true);
    connect(m_stopTimeout, &QTimer::timeout, this, &TelemetryPublisher::finishStop);
    m_stopTimeout->start(2s);
}

void TelemetryPublisher::finishStop()
{
    if (m_flush)
        m_flush->stop();
    if (m_stopTimeout)
        m_stopTimeout->stop();
    if (m_client)
        m_client->close();
    m_stopMid = -1;
    Q_EMIT stopped();
}

void TelemetryPublisher::setInfo(const QJsonObject &info)
{
    for (auto it = info.begin(); it != info.end(); ++it)
        m_info.insert(it.key(), it.value());
    if (m_client && m_client->isConnected())
        publishRetained(m_topics.info(), compact(m_info));
}

QString TelemetryPublisher::deviceLevel(const QString &id) const
{
    return m_devices.value(id).level;
}

QString TelemetryPublisher::levelFor(const QString &deviceId) const
{
    const auto it = m_devices.constFind(deviceId);
    return it != m_devices.constEnd() ? it->level : sanitizeLevel(deviceId);
}

void TelemetryPublisher::setDevice(const QString &id, const QString &name, const QJsonObject &identity)
{
    DeviceEntry &entry = m_devices[id];
    if (entry.level.isEmpty() || entry.identity.value(u"name"_s) != identity.value(u"name"_s)) {
        const QString previous = entry.level;
        // Two devices with the same name on one workstation get "-2", "-3", ... in the order added.
        const QString wanted = sanitizeLevel(name);
        QString level = wanted;
        for (int n = 2;; ++n) {
            bool taken = false;
            for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it)
                taken = taken || (it.key() != id && it->level == level);
            if (!taken)
                break;
            level = wanted + u'-' + QString::number(n);
        }
        if (!previous.isEmpty() && previous != level && m_client && m_client->isConnected()) {
            // Renamed: the old topics' retained messages would show a ghost device.
            publishRetained(m_topics.device(previous, u"identity"), {});
            publishRetained(m_topics.device(previous, u"state"), {});
        }
        entry.level = level;
        entry.publishedState = {};
    }
    if (entry.identity == identity)
        return;
    entry.identity = identity;
    if (m_client && m_client->isConnected())
        publishRetained(m_topics.device(entry.level, u"identity"), compact(identity));
}

void TelemetryPublisher::setState(const QString &id, const QJsonObject &state)
{
    const auto it = m_devices.find(id);
    if (it != m_devices.end())
        it->state = state;
}

void TelemetryPublisher::removeDevice(const QString &id)
{
    const auto it = m_devices.find(id);
    if (it == m_devices.end())
        return;
    if (m_client && m_client->isConnected()) {
        publishRetained(m_topics.device(it->level, u"identity"), {});
        publishRetained(m_topics.device(it->level, u"state"), {});
    }
    m_devices.erase(it);
}

void TelemetryPublisher::addSample(const QString &id, const QString &quantity, const QString &unit, qint64 unixMs, double value)
{
    SampleBuffer &buffer = m_samples[{id, quantity}];
    if (buffer.deviceId.isEmpty()) {
        buffer.deviceId = id;
        buffer.quantity = quantity;
    }
    buffer.unit = unit;
    if (buffer.samples.size() >= kMaxBufferedSamples) {
        ++m_status.droppedSamples;
        return;
    }
    buffer.samples.append(TimedValue{unixMs, value});
}

void TelemetryPublisher::publishAlarm(const AlarmMessage &alarm)
{
    enqueue(m_topics.device(levelFor(alarm.deviceId), u"alarm"), alarm.toJson());
}

void TelemetryPublisher::publishEvent(const EventMessage &event)
{
    enqueue(m_topics.device(levelFor(event.deviceId), u"event"), event.toJson());
}

void TelemetryPublisher::publishRun(const RunMessage &run)
{
    enqueue(m_topics.run(), run.toJson());
}

void TelemetryPublisher::enqueue(const QString &topic, const QJsonObject &payload)
{
    if (auto pushed = m_queue->push(topic, compact(payload), false); !pushed)
        Logging::get("telemetry")->warn("{}", pushed.error().message);
    m_status.queued = m_queue->size();
    m_status.droppedMessages = m_queue->dropped();
    sendQueued();
    emitStatus();
}

void TelemetryPublisher::sendQueued()
{
    if (!m_client || !m_client->isConnected() || m_stopping)
        return;
    while (m_inflight.size() < kMaxInflight) {
        const QList<OfflineQueue::Message> next = m_queue->peek(m_lastSentSeq, kMaxInflight - int(m_inflight.size()));
        if (next.isEmpty())
            return;
        for (const OfflineQueue::Message &m : next) {
            auto mid = m_client->publish(m.topic, m.payload, 1, m.retain);
            if (!mid)
                return;  // the connection went; everything unacknowledged goes again after the reconnect
            m_inflight.insert(*mid, m.seq);
            m_lastSentSeq = m.seq;
        }
    }
}

void TelemetryPublisher::publishRetained(const QString &topic, const QByteArray &payload)
{
    // QoS 1: a retained message lost on the way would leave a dashboard with an old state. Not
    // queued: after a reconnect the latest of each is sent again anyway.
    (void)m_client->publish(topic, payload, 1, true);
}

void TelemetryPublisher::onConnected()
{
    Logging::get("telemetry")->info("connected to {}", m_config.url.toString());
    publishRetained(m_topics.online(), QByteArrayLiteral("true"));
    publishRetained(m_topics.info(), compact(m_info));
    for (auto it = m_devices.begin(); it != m_devices.end(); ++it) {
        publishRetained(m_topics.device(it->level, u"identity"), compact(it->identity));
        it->publishedState = {};  // sent again at the next flush
    }
    m_inflight.clear();
    m_lastSentSeq = 0;
    if (m_remote) {
        if (auto r = m_client->subscribe(commandPattern(), 1); !r)
            Logging::get("telemetry")->warn("remote commands: {}", r.error().message);
    }
    sendQueued();
    emitStatus();
}

QString TelemetryPublisher::commandPattern() const
{
    return m_topics.base() + u"/device/+/cmd"_s;
}

void TelemetryPublisher::setRemoteCommands(bool enabled)
{
    if (m_remote == enabled)
        return;
    m_remote = enabled;
    m_info.insert(u"remoteCommands"_s, enabled);
    if (m_client && m_client->isConnected()) {
        publishRetained(m_topics.info(), compact(m_info));
        if (auto r = enabled ? m_client->subscribe(commandPattern(), 1) : m_client->unsubscribe(commandPattern()); !r)
            Logging::get("telemetry")->warn("remote commands: {}", r.error().message);
    }
    Logging::get("telemetry")->info("remote commands {} on {}", enabled ? "taken" : "not taken", commandPattern());
}

void TelemetryPublisher::onMessage(const QString &topic, const QByteArray &payload, bool retained)
{
    if (!m_remote || m_stopping)
        return;
    const QString head = m_topics.base() + u"/device/"_s;
    if (!topic.startsWith(head) || !topic.endsWith(u"/cmd"_s))
        return;
    const QString level = topic.mid(head.size(), topic.size() - head.size() - 4);
    if (level.isEmpty() || level.contains(u'/'))
        return;
    if (retained) {
        // A retained command would act again at every reconnect: never obeyed, never answered.
        Logging::get("telemetry")->warn("a retained message on {} was ignored: commands must not be retained", topic);
        return;
    }
    QString deviceId;
    for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it) {
        if (it->level == level)
            deviceId = it.key();
    }
    Q_EMIT commandReceived(deviceId, level, payload);
}

void TelemetryPublisher::publishReply(const QString &deviceLevel, const QByteArray &payload)
{
    const QString topic = m_topics.device(deviceLevel, u"reply");
    if (!m_client || !m_client->isConnected()) {
        Logging::get("telemetry")->warn("the reply on {} was dropped: the broker is away", topic);
        return;
    }
    if (auto r = m_client->publish(topic, payload, 1, false); !r)
        Logging::get("telemetry")->warn("{}", r.error().message);
}

void TelemetryPublisher::onConnectionLost(const QString &reason)
{
    Q_UNUSED(reason);
    m_inflight.clear();
    m_lastSentSeq = 0;
    if (m_stopping)
        finishStop();
}

void TelemetryPublisher::onPublished(int mid)
{
    if (mid == m_stopMid) {
        finishStop();
        return;
    }
    const auto it = m_inflight.find(mid);
    if (it == m_inflight.end())
        return;  // a QoS 0 message, or a retained one
    m_queue->remove(*it);
    m_inflight.erase(it);
    m_status.queued = m_queue->size();
    sendQueued();
}

void TelemetryPublisher::flush()
{
    const bool connected = m_client && m_client->isConnected();
    const bool keepsUp = connected && !m_client->isBacklogged();
    if (connected) {
        for (auto it = m_devices.begin(); it != m_devices.end(); ++it) {
            if (!it->state.isEmpty() && it->state != it->publishedState) {
                publishRetained(m_topics.device(it->level, u"state"), compact(it->state));
                it->publishedState = it->state;
            }
        }
    }
    // A broker that does not keep up (the last batch is still in the socket's queue) gets no
    // more samples: they are dropped and counted rather than piling up in memory.
    for (auto it = m_samples.begin(); it != m_samples.end(); ++it) {
        SampleBuffer &b = it.value();
        if (b.samples.isEmpty())
            continue;
        const qint64 n = b.samples.size();
        if (keepsUp && m_client->publish(m_topics.samples(levelFor(b.deviceId), b.quantity),
                                           samplesPayload(b.deviceId, b.quantity, b.unit, b.samples), 0, false)) {
            m_status.sentSamples += n;
        } else {
            m_status.droppedSamples += n;
        }
        b.samples.clear();
    }
    emitStatus();
}

void TelemetryPublisher::emitStatus()
{
    const PublisherStatus &s = m_status;
    const PublisherStatus &e = m_emitted;
    if (s.state == e.state && s.reason == e.reason && s.queued == e.queued && s.droppedSamples == e.droppedSamples
        && s.droppedMessages == e.droppedMessages && s.sentSamples == e.sentSamples) {
        return;
    }
    m_emitted = m_status;
    Q_EMIT statusChanged(m_status);
}

} // namespace PumpStudio::Telemetry
