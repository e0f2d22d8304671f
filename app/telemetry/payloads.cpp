// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "telemetry/payloads.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Telemetry {

namespace {
QString linkToken(Device::LinkState link)
{
    switch (link) {
    case Device::LinkState::Closed: return u"closed"_s;
    case Device::LinkState::Opening: return u"opening"_s;
    case Device::LinkState::Connected: return u"connected"_s;
    case Device::LinkState::Reconnecting: return u"reconnecting"_s;
    case Device::LinkState::Failed: return u"failed"_s;
    }
    return u"unknown"_s;
}

void put(QJsonObject &o, const QString &key, const std::optional<double> &v)
{
    if (v)
        o.insert(key, *v);
}

void put(QJsonObject &o, const QString &key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(key, v);
}
} // namespace

QString isoTime(qint64 unixMs)
{
    return QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 unixNowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QString newMessageId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QList<Reading> statusReadings(const Device::PumpStatus &status, bool sensor)
{
    QList<Reading> out;
    if (!sensor) {
        if (status.flowMlPerMin)
            out.append({u"flow"_s, u"mL/min"_s, *status.flowMlPerMin});
        if (const auto rpm = status.actualSpeedRpm ? status.actualSpeedRpm : status.setSpeedRpm; rpm)
            out.append({u"speed"_s, u"rpm"_s, status.running ? *rpm : 0.0});
        if (status.dispensedMl)
            out.append({u"volume"_s, u"mL"_s, *status.dispensedMl});
    }
    if (status.pressure)
        out.append({u"pressure"_s, status.pressureUnit, *status.pressure});
    return out;
}

QJsonObject identityJson(const Device::PumpSnapshot &s, bool sensor)
{
    QJsonObject o{{u"id"_s, s.config.id}, {u"name"_s, s.config.displayName()},
                  {u"kind"_s, sensor ? u"transmitter"_s : u"pump"_s}, {u"modelId"_s, s.config.modelId},
                  {u"address"_s, s.config.address}, {u"port"_s, s.config.serial.portName},
                  {u"simulated"_s, s.config.simulated}};
    const Device::PumpIdentity *id = s.identity ? &*s.identity : s.config.boundIdentity ? &*s.config.boundIdentity : nullptr;
    if (id) {
        put(o, u"model"_s, id->model);
        put(o, u"firmware"_s, id->firmware);
        put(o, u"serialNumber"_s, id->serialNumber);
    }
    put(o, u"headId"_s, s.config.headId);
    put(o, u"tubingId"_s, s.config.tubingId);
    put(o, u"mlPerRev"_s, s.config.mlPerRev);
    return o;
}

QJsonObject stateJson(const Device::PumpSnapshot &s)
{
    QJsonObject o{{u"id"_s, s.config.id}, {u"link"_s, linkToken(s.link)}, {u"jobActive"_s, s.jobActive},
                  {u"sampleRateHz"_s, std::round(s.sampleRateHz * 10) / 10}};
    if (s.status) {
        const Device::PumpStatus &st = *s.status;
        o.insert(u"running"_s, st.running);
        if (st.direction)
            o.insert(u"direction"_s, *st.direction == Device::Direction::Clockwise ? u"cw"_s : u"ccw"_s);
        put(o, u"setRpm"_s, st.setSpeedRpm);
        put(o, u"rpm"_s, st.actualSpeedRpm);
        put(o, u"flowMlPerMin"_s, st.flowMlPerMin);
        put(o, u"dispensedMl"_s, st.dispensedMl);
        put(o, u"pressure"_s, st.pressure);
        put(o, u"pressureUnit"_s, st.pressureUnit);
        o.insert(u"alarm"_s, st.alarm.isEmpty() ? QJsonValue() : QJsonValue(st.alarm));
    }
    if (s.lastError)
        o.insert(u"error"_s, s.lastError->message);
    return o;
}

QByteArray samplesPayload(const QString &deviceId, const QString &quantity, const QString &unit, const QList<TimedValue> &samples)
{
    QJsonArray t;
    QJsonArray v;
    for (const TimedValue &s : samples) {
        t.append(s.unixMs);
        v.append(s.value);
    }
    const QJsonObject o{{u"device"_s, deviceId}, {u"quantity"_s, quantity}, {u"unit"_s, unit}, {u"t"_s, t}, {u"v"_s, v}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject AlarmMessage::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"time"_s, isoTime(unixMs)}, {u"device"_s, deviceId}, {u"kind"_s, kind},
                  {u"state"_s, raised ? u"raised"_s : u"cleared"_s}, {u"message"_s, message}, {u"stopsPumps"_s, stopsPumps}};
    put(o, u"value"_s, value);
    put(o, u"limit"_s, limit);
    return o;
}

QJsonObject EventMessage::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"time"_s, isoTime(unixMs)}, {u"device"_s, deviceId}, {u"kind"_s, kind}, {u"text"_s, text}};
    put(o, u"value"_s, value);
    return o;
}

QJsonObject RunMessage::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"time"_s, isoTime(unixMs)}, {u"action"_s, started ? u"start"_s : u"end"_s},
                  {u"run"_s, runId}};
    put(o, u"record"_s, record);
    put(o, u"source"_s, source);
    put(o, u"operator"_s, operatorName);
    return o;
}

} // namespace PumpStudio::Telemetry
