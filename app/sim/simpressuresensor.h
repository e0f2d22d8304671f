// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <vector>

namespace PumpStudio::Sim {

class SimPump;

/// A pressure transmitter on a fluid line: it reads the gauge pressure the pumps feeding that
/// line make (their contributions add, as flows into one line do), plus its own zero offset.
class SimPressureSensor final
{
public:
    explicit SimPressureSensor(std::vector<SimPump *> sources = {}, double offsetKPa = 0.0);

    void addSource(SimPump *pump);
    const std::vector<SimPump *> &sources() const { return m_sources; }
    void setOffsetKPa(double offset) { m_offsetKPa = offset; }
    /// One reading in kPa, with the pumps' pulsation and noise.
    double readKPa();

private:
    std::vector<SimPump *> m_sources;
    double m_offsetKPa;
};

} // namespace PumpStudio::Sim
