// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>

#include <optional>

namespace PumpStudio::Protocol::Modbus {

/// One entry of a Modbus register map: where a logical point lives and how to scale it.
struct Point
{
    enum class Table { Coil, DiscreteInput, InputRegister, HoldingRegister };
    enum class Type { UInt16, Int16, UInt32, Int32, Float32, Ascii };
    enum class WordOrder { HighFirst, LowFirst };

    QString name;            ///< speed, actual-speed, direction, run, full-speed, pressure, ...
    Table table = Table::HoldingRegister;
    int address = 0;         ///< 0-based PDU address
    Type type = Type::UInt16;
    WordOrder wordOrder = WordOrder::HighFirst;
    double scale = 1.0;      ///< physical = raw x scale
    int count = 1;           ///< registers (Ascii) or computed from the type
    QString unit;
    bool writable = false;
    std::optional<int> clockwiseValue;   ///< direction points
    std::optional<int> counterClockwiseValue;

    int registerCount() const;
};

} // namespace PumpStudio::Protocol::Modbus
