// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "telemetry/devicetelemetry.h"

#include "device/devicemanager.h"
#include "models/modelregistry.h"
#include "telemetry/payloads.h"
#include "telemetry/publisherthread.h"

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Telemetry {

namespace {
QString alarmKindToken(Device::AlarmChannel channel, Device::AlarmKind kind)
{
    const QString quantity = channel == Device::AlarmChannel::Pressure ? u"pressure"_s : u"flow"_s;
    switch (kind) {
    case Device::AlarmKind::High: return quantity + u"-high"_s;
    case Device::AlarmKind::HighHigh: return quantity + u"-high-high"_s;
    case Device::AlarmKind::Low: return quantity + u"-low"_s;
    case Device::AlarmKind::Deviation: return quantity + u"-deviation"_s;
    }
    return quantity;
}

QString eventKindToken(Device::PumpEvent::Kind kind)
{
    switch (kind) {
    case Device::PumpEvent::Kind::Stopped: return u"pump-stopped"_s;
    case Device::PumpEvent::Kind::Progress: return u"progress"_s;
    case Device::PumpEvent::Kind::Alarm: return u"pump-alarm"_s;
    }
    return u"event"_s;
}
} // namespace

DeviceTelemetry::DeviceTelemetry(const Models::ModelRegistry &models, Device::DeviceManager &devices, PublisherThread &publisher,
                                 QObject *parent)
    : QObject(parent), m_models(models), m_publisher(publisher)
{
    using DM = Device::DeviceManager;
    connect(&devices, &DM::pumpChanged, this, &DeviceTelemetry::onSnapshot);
    connect(&devices, &DM::pumpRemoved, this, [this](const QString &id) {
        m_seen.remove(id);
        m_publisher.removeDevice(id);
    });
    connect(&devices, &DM::sampled, this, [this](const QString &id, qint64, const Device::PumpStatus &status) {
        const qint64 now = unixNowMs();
        // A transmitter's status carries only its pressure, so no model look-up is needed here.
        for (const Reading &r : statusReadings(status, false))
            m_publisher.addSample(id, r.quantity, r.unit, now, r.value);
    });
    connect(&devices, &DM::alarmTransition, this,
            [this](const QString &id, Device::AlarmChannel channel, const Device::AlarmTransition &t) {
                AlarmMessage a;
                a.deviceId = id;
                a.kind = alarmKindToken(channel, t.kind);
                a.raised = t.raised;
                a.message = t.message;
                a.value = t.value;
                a.limit = t.limit;
                a.stopsPumps = t.action == Device::AlarmAction::StopPumps;
                m_publisher.publishAlarm(a);
            });
    connect(&devices, &DM::eventReceived, this, [this](const QString &id, const Device::PumpEvent &event) {
        EventMessage e;
        e.deviceId = id;
        e.kind = eventKindToken(event.kind);
        e.text = event.text;
        e.value = event.volumeMl;
        m_publisher.publishEvent(e);
    });
    connect(&devices, &DM::interlockStopped, this, [this](const QString &sourceId, const QStringList &stopped, const QString &why) {
        EventMessage e;
        e.deviceId = sourceId;
        e.kind = u"interlock"_s;
        e.text = why + u" ("_s + stopped.join(u", "_s) + u')';
        m_publisher.publishEvent(e);
    });
}

DeviceTelemetry::~DeviceTelemetry() = default;

bool DeviceTelemetry::isSensor(const QString &modelId) const
{
    const Models::PumpModel *model = m_models.find(modelId);
    return model && model->kind == Models::Kind::PressureSensor;
}

void DeviceTelemetry::onSnapshot(const Device::PumpSnapshot &s)
{
    const QString &id = s.config.id;
    m_publisher.setDevice(id, m_topicNames.value(id, s.config.displayName()), identityJson(s, isSensor(s.config.modelId)));
    m_publisher.setState(id, stateJson(s));

    Seen &seen = m_seen[id];
    // A link that answered and stopped answering is an alarm, cleared when the same pump is back.
    const bool answering = s.link == Device::LinkState::Connected && s.identity.has_value();
    if (answering != seen.answering && seen.everAnswered) {
        AlarmMessage a;
        a.deviceId = id;
        a.kind = u"link"_s;
        a.raised = !answering;
        a.message = answering ? tr("The link is back.") : (s.linkReason.isEmpty() ? s.lastErrorText() : s.linkReason);
        m_publisher.publishAlarm(a);
    }
    seen.answering = answering;
    seen.everAnswered = seen.everAnswered || answering;

    // The pump's own alarm (its display's), as it reports it in its status.
    const QString pumpAlarm = s.status ? s.status->alarm : QString();
    if (pumpAlarm != seen.pumpAlarm) {
        AlarmMessage a;
        a.deviceId = id;
        a.kind = u"pump"_s;
        a.raised = !pumpAlarm.isEmpty();
        a.message = a.raised ? pumpAlarm : seen.pumpAlarm;
        m_publisher.publishAlarm(a);
        seen.pumpAlarm = pumpAlarm;
    }
}

} // namespace PumpStudio::Telemetry
