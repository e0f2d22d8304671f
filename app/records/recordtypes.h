// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace PumpStudio::Records {

/// What a channel measures.
enum class Quantity { Flow, Pressure, Speed, Volume, Other };

/// Why a run ended. Unfinished: the writer never got to finish() (still running, or it crashed).
/// Interrupted: it crashed, and the next start marked it so with what was recovered.
enum class EndReason { Unfinished, Completed, Stopped, DeviceLost, Failed, Interrupted };

/// What happened to an alarm.
enum class AlarmAction { Raised, Cleared, Acknowledged };

/// Stable tokens stored in the file (never translated), and their inverses.
QString quantityToken(Quantity quantity);
Quantity quantityFromToken(const QString &token);
QString endReasonToken(EndReason reason);
EndReason endReasonFromToken(const QString &token);
QString alarmActionToken(AlarmAction action);
std::optional<AlarmAction> alarmActionFromToken(const QString &token);

/// Words for people.
QString quantityText(Quantity quantity);
QString endReasonText(EndReason reason);

/// The run as a whole. Sample times are microseconds since startUtc on a monotonic clock.
struct RunInfo
{
    QDateTime startUtc;          ///< UTC, millisecond precision
    int utcOffsetSeconds = 0;    ///< the local offset at the start, for display and CSV
    QString operatorName;
    QString appVersion;
    QString title;
    QString notes;
    QDateTime endUtc;            ///< invalid while unfinished
    EndReason endReason = EndReason::Unfinished;

    friend bool operator==(const RunInfo &, const RunInfo &) = default;
};

/// One recorded channel: a pump (or sensor) quantity, with the configuration it ran with.
struct ChannelInfo
{
    int id = 0;
    QString pumpConfigId;
    QString name;                ///< the user's label, shown in CSV headers
    QString modelId;
    QString model;               ///< identity as the device reported it
    QString firmware;
    QString serialNumber;
    std::optional<double> mlPerRev;
    QString headId;
    QString tubingId;
    Quantity quantity = Quantity::Flow;
    QString unit;                ///< "mL/min", "bar", "rpm", "mL"

    friend bool operator==(const ChannelInfo &, const ChannelInfo &) = default;
};

/// A setpoint the user or a program changed.
struct SetpointChange
{
    qint64 tUs = 0;
    int channel = 0;
    Quantity quantity = Quantity::Flow;
    double value = 0;
    QString unit;

    friend bool operator==(const SetpointChange &, const SetpointChange &) = default;
};

/// Anything else worth a line in the run's log: start/stop, direction change, note, disconnect.
struct RunEvent
{
    qint64 tUs = 0;
    std::optional<int> channel;  ///< none for run-wide events
    QString kind;                ///< a stable token ("start", "stop", "note", ...)
    std::optional<double> value;
    QString text;

    friend bool operator==(const RunEvent &, const RunEvent &) = default;
};

/// One step in an alarm's life.
struct AlarmRecord
{
    qint64 tUs = 0;
    AlarmAction action = AlarmAction::Raised;
    QString source;              ///< a stable id ("pressure-high", "pump:<config id>")
    std::optional<int> channel;
    std::optional<double> value;
    std::optional<double> limit;
    QString message;

    friend bool operator==(const AlarmRecord &, const AlarmRecord &) = default;
};

} // namespace PumpStudio::Records
