// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/pumpsnapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The JSON payloads of docs/mqtt.md. Times are UTC: "time" fields ISO 8601 with milliseconds
// ("2026-03-01T10:15:00.123Z"), sample times Unix milliseconds. Every QoS 1 message carries an
// "id" (a UUID made once, kept through resends) so a receiver can drop duplicates.
namespace PumpStudio::Telemetry {

/// "2026-03-01T10:15:00.123Z"
QString isoTime(qint64 unixMs);
qint64 unixNowMs();
/// A fresh message id.
QString newMessageId();

/// One value a status reply carries, named for topics ("flow", "pressure", "speed", "volume").
struct Reading
{
    QString quantity;
    QString unit;
    double value = 0;
};
/// The values in a status reply: a transmitter's pressure; a pump's flow, speed, dispensed
/// volume and pressure, where it reports them.
QList<Reading> statusReadings(const Device::PumpStatus &status, bool sensor);

/// Retained: who a device is.
QJsonObject identityJson(const Device::PumpSnapshot &snapshot, bool sensor);
/// Retained: its link, whether it runs, its latest values and alarm.
QJsonObject stateJson(const Device::PumpSnapshot &snapshot);

struct TimedValue
{
    qint64 unixMs = 0;
    double value = 0;
};
/// QoS 0: {"device", "quantity", "unit", "t": [ms...], "v": [values...]}
QByteArray samplesPayload(const QString &deviceId, const QString &quantity, const QString &unit,
                          const QList<TimedValue> &samples);

/// QoS 1 on .../device/DEVICE/alarm.
struct AlarmMessage
{
    QString id = newMessageId();
    qint64 unixMs = unixNowMs();
    QString deviceId;
    QString kind;      ///< "pressure-high", "flow-deviation", "pump", "link", ...
    bool raised = true;
    QString message;
    std::optional<double> value;
    std::optional<double> limit;
    bool stopsPumps = false;

    QJsonObject toJson() const;
};

/// QoS 1 on .../device/DEVICE/event.
struct EventMessage
{
    QString id = newMessageId();
    qint64 unixMs = unixNowMs();
    QString deviceId;
    QString kind;      ///< "command", "pump-stopped", "profile-start", ...
    QString text;
    std::optional<double> value;

    QJsonObject toJson() const;
};

/// QoS 1 on .../run.
struct RunMessage
{
    QString id = newMessageId();
    qint64 unixMs = unixNowMs();
    bool started = true;
    QString runId = newMessageId();  ///< the same in a run's start and end message
    QString record;    ///< the run record's id, where one is written
    QString source;    ///< what ran: "pumpstudio", "pumpctl monitor", a profile's name
    QString operatorName;

    QJsonObject toJson() const;
};

} // namespace PumpStudio::Telemetry
