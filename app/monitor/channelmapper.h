// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/pumptypes.h"
#include "records/recordtypes.h"

#include <QList>

#include <optional>

namespace PumpStudio::Monitor {

/// One value a status reply gives a run: which quantity, in which unit.
struct Reading
{
    Records::Quantity quantity = Records::Quantity::Other;
    double value = 0;
    QString unit;
};

/// What one pump's (or sensor's) status replies contribute to a run, in order: pressure (where
/// it measures it), flow (the device layer's: the pump's own or speed x mL/rev), dispensed
/// volume (the pump's own count, else its flow integrated over time by trapezoids) and speed.
/// Pure and per pump: a new run restarts the integration.
class ChannelMapper final
{
public:
    explicit ChannelMapper(bool sensor) : m_sensor(sensor) {}

    bool isSensor() const { return m_sensor; }
    QList<Reading> readings(qint64 tUs, const Device::PumpStatus &status);
    /// A new run: the integrated volume starts at 0 again.
    void restart();

private:
    bool m_sensor = false;
    std::optional<qint64> m_lastTUs;
    double m_lastFlow = 0;
    double m_integratedMl = 0;
};

} // namespace PumpStudio::Monitor
