// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/pumptypes.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace PumpStudio::Device {

/// One command for a pump, as it crosses threads: every command a page, pumpctl, an alarm or
/// the demo sends goes through DeviceManager::sendCommand() with one of these, so a new command
/// is a new kind here and one case where it is executed.
struct PumpCommand
{
    enum class Kind { Start, Stop, Direction, Speed, Flow, Dispense };
    Kind kind = Kind::Stop;
    Direction direction = Direction::Clockwise;
    double value = 0;                 ///< rpm, mL/min or mL
    std::optional<double> rate;       ///< dispense rate, mL/min

    static PumpCommand start() { return {Kind::Start, Direction::Clockwise, 0, std::nullopt}; }
    static PumpCommand stop() { return {Kind::Stop, Direction::Clockwise, 0, std::nullopt}; }
    static PumpCommand setDirection(Direction d) { return {Kind::Direction, d, 0, std::nullopt}; }
    static PumpCommand speed(double rpm) { return {Kind::Speed, Direction::Clockwise, rpm, std::nullopt}; }
    static PumpCommand flow(double mlPerMin) { return {Kind::Flow, Direction::Clockwise, mlPerMin, std::nullopt}; }
    static PumpCommand dispense(double ml, std::optional<double> mlPerMin)
    {
        return {Kind::Dispense, Direction::Clockwise, ml, mlPerMin};
    }

    /// Whether the command sets the pump moving (the program then stops it when it ends).
    bool startsPump() const { return kind == Kind::Start || kind == Kind::Dispense; }
    /// In words, for logs, run records and the audit trail ("Speed 45.5 rpm").
    QString text() const;
    /// What the pump did when it succeeded ("Started", "Speed set").
    QString doneText() const;
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(PumpStudio::Device::PumpCommand)
