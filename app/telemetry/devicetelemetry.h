// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio::Device {
class DeviceManager;
struct PumpSnapshot;
}

namespace PumpStudio::Telemetry {

class PublisherThread;

/// Puts what a DeviceManager reports on the broker (docs/mqtt.md): each pump's and transmitter's
/// identity and state, every status reply's values as samples (stamped with the wall clock on
/// arrival), limit alarms, a lost or returned link and a pump's own alarm as alarms, and the
/// pump's events. Only posts to the publisher's thread: it never waits, on any thread.
class DeviceTelemetry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceTelemetry)

public:
    DeviceTelemetry(const Models::ModelRegistry &models, Device::DeviceManager &devices, PublisherThread &publisher,
                    QObject *parent = nullptr);
    ~DeviceTelemetry() override;

    /// The name a device's topic level is made from, instead of its display name (pumpctl's
    /// "reglo-icc-1" rather than "reglo-icc #1 on /dev/ttyUSB0").
    void setTopicName(const QString &id, const QString &name) { m_topicNames.insert(id, name); }

private:
    struct Seen
    {
        bool answering = false;
        bool everAnswered = false;
        QString pumpAlarm;
    };

    void onSnapshot(const Device::PumpSnapshot &snapshot);
    bool isSensor(const QString &modelId) const;

    const Models::ModelRegistry &m_models;
    PublisherThread &m_publisher;
    QHash<QString, Seen> m_seen;
    QHash<QString, QString> m_topicNames;
};

} // namespace PumpStudio::Telemetry
