// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/simpressuresensor.h"

#include "sim/simpump.h"

#include <algorithm>

namespace PumpStudio::Sim {

SimPressureSensor::SimPressureSensor(std::vector<SimPump *> sources, double offsetKPa)
    : m_sources(std::move(sources))
    , m_offsetKPa(offsetKPa)
{
}

void SimPressureSensor::addSource(SimPump *pump)
{
    if (pump && std::find(m_sources.begin(), m_sources.end(), pump) == m_sources.end())
        m_sources.push_back(pump);
}

double SimPressureSensor::readKPa()
{
    double pressure = m_offsetKPa;
    for (SimPump *pump : m_sources)
        pressure += pump->linePressureKPa();
    return pressure;
}

} // namespace PumpStudio::Sim
