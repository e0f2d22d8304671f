// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "telemetry/publisherthread.h"

#include <utility>

namespace PumpStudio::Telemetry {

PublisherThread::PublisherThread(BrokerConfig config, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<PumpStudio::Telemetry::PublisherStatus>();
    m_thread.setObjectName(QStringLiteral("telemetry"));
    m_publisher = new TelemetryPublisher(std::move(config));
    m_base = m_publisher->topics().base();
    m_status = m_publisher->status();
    m_publisher->moveToThread(&m_thread);
    // The publisher, its client and its queue end on their own thread, after its loop.
    connect(&m_thread, &QThread::finished, m_publisher, &QObject::deleteLater);
    connect(m_publisher, &TelemetryPublisher::statusChanged, this, [this](const PublisherStatus &s) {
        m_status = s;
        Q_EMIT statusChanged(s);
    }, Qt::QueuedConnection);
    connect(m_publisher, &TelemetryPublisher::stopped, this, [this] {
        if (m_stopped)
            return;
        m_stopped = true;
        Q_EMIT stopped();
    }, Qt::QueuedConnection);
    connect(m_publisher, &TelemetryPublisher::commandReceived, this, &PublisherThread::commandReceived, Qt::QueuedConnection);
    m_thread.start();
}

PublisherThread::~PublisherThread()
{
    m_thread.quit();
    m_thread.wait();
}

template <typename F>
void PublisherThread::post(F &&f)
{
    QMetaObject::invokeMethod(m_publisher, std::forward<F>(f), Qt::QueuedConnection);
}

void PublisherThread::start()
{
    if (m_started)
        return;
    m_started = true;
    post([p = m_publisher] { p->start(); });
}

void PublisherThread::stop()
{
    if (!m_started) {
        m_stopped = true;
        Q_EMIT stopped();
        return;
    }
    post([p = m_publisher] { p->stop(); });
}

void PublisherThread::setInfo(const QJsonObject &info)
{
    post([p = m_publisher, info] { p->setInfo(info); });
}

void PublisherThread::setDevice(const QString &id, const QString &name, const QJsonObject &identity)
{
    post([p = m_publisher, id, name, identity] { p->setDevice(id, name, identity); });
}

void PublisherThread::setState(const QString &id, const QJsonObject &state)
{
    post([p = m_publisher, id, state] { p->setState(id, state); });
}

void PublisherThread::removeDevice(const QString &id)
{
    post([p = m_publisher, id] { p->removeDevice(id); });
}

void PublisherThread::addSample(const QString &id, const QString &quantity, const QString &unit, qint64 unixMs, double value)
{
    post([p = m_publisher, id, quantity, unit, unixMs, value] { p->addSample(id, quantity, unit, unixMs, value); });
}

void PublisherThread::publishAlarm(const AlarmMessage &alarm)
{
    post([p = m_publisher, alarm] { p->publishAlarm(alarm); });
}

void PublisherThread::publishEvent(const EventMessage &event)
{
    post([p = m_publisher, event] { p->publishEvent(event); });
}

void PublisherThread::publishRun(const RunMessage &run)
{
    post([p = m_publisher, run] { p->publishRun(run); });
}

void PublisherThread::setRemoteCommands(bool enabled)
{
    post([p = m_publisher, enabled] { p->setRemoteCommands(enabled); });
}

void PublisherThread::publishReply(const QString &deviceLevel, const QByteArray &payload)
{
    post([p = m_publisher, deviceLevel, payload] { p->publishReply(deviceLevel, payload); });
}

} // namespace PumpStudio::Telemetry
