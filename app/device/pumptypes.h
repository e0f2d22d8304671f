// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace PumpStudio::Device {

enum class Direction { Clockwise, CounterClockwise };

QString directionText(Direction direction);

/// How a pump meters what it does: at a set speed or flow (continuous), or a volume or a run
/// time of its own, after which it stops itself. The speed and flow a status reads are those
/// of the mode the pump is in.
enum class OperatingMode { Speed, Flow, Volume, Time };

/// "rpm mode", "flow mode", "volume mode", "time mode".
QString operatingModeText(OperatingMode mode);

/// Who a pump is: what it reports about itself and where it sits. A reconnect must find the
/// same identity, or the app refuses to attach.
struct PumpIdentity
{
    QString model;        ///< as the pump reports it ("REGLO ICC"), or the model file's name
    QString firmware;
    QString serialNumber; ///< the pump's own, where it reports one
    int address = 0;
    QString portSerialNumber; ///< USB adapter serial number, empty for other ports

    /// Same pump: every field the pump reports matches (address and adapter may not move).
    bool samePumpAs(const PumpIdentity &other) const;
    QString summary() const;
};

/// A snapshot of a pump; fields the model cannot report stay empty.
struct PumpStatus
{
    bool running = false;
    std::optional<Direction> direction;
    std::optional<OperatingMode> mode;  ///< where the pump says (or the driver knows) which it is in
    std::optional<double> setSpeedRpm;  ///< in the mode the pump is in (a volume or time mode's flow as rpm)
    std::optional<double> actualSpeedRpm;
    std::optional<double> flowMlPerMin;
    std::optional<double> dispensedMl;
    std::optional<double> pressure;   ///< in pressureUnit
    QString pressureUnit;
    bool fullSpeed = false;
    QString alarm;                    ///< empty when none
};

/// Something a pump said on its own: a stop with its cause, a progress update, an alarm.
struct PumpEvent
{
    enum class Kind { Stopped, Progress, Alarm };
    Kind kind = Kind::Stopped;
    int channel = 0;
    QString text;                     ///< cause or alarm in words
    std::optional<double> volumeMl;
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(PumpStudio::Device::PumpIdentity)
Q_DECLARE_METATYPE(PumpStudio::Device::PumpStatus)
Q_DECLARE_METATYPE(PumpStudio::Device::PumpEvent)
