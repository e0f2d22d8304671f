// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/simbalance.h"

#include "core/gravimetry.h"
#include "sim/simpump.h"

#include <cmath>

namespace PumpStudio::Sim {

SimBalance::SimBalance(SimBalanceConfig config, std::vector<const SimPump *> sources)
    : m_config(config), m_sources(std::move(sources)), m_random(config.seed)
{
    for (const SimPump *pump : m_sources)
        m_lastDelivered.push_back(pump->deliveredMl());
    m_readingPerMl = Gravimetry::readingFromVolume(1.0, Gravimetry::waterDensity(m_config.waterCelsius));
    m_display = gross();
    m_lastTarget = m_display;
}

void SimBalance::advance(std::chrono::nanoseconds duration)
{
    if (duration <= std::chrono::nanoseconds(0))
        return;
    for (std::size_t i = 0; i < m_sources.size(); ++i) {
        const SimPump *pump = m_sources[i];
        const double now = pump->deliveredMl();
        double delta = now - m_lastDelivered[i];
        m_lastDelivered[i] = now;
                if (pump->direction() == SimPump::Direction::CounterClockwise)
            delta = -delta;
        m_deliveredG += delta * m_readingPerMl;
    }
    m_time += duration;
    const double seconds = std::chrono::duration<double>(duration).count();
    const double tau = std::chrono::duration<double>(m_config.settlingTimeConstant).count();
    const double target = gross();
    m_display = tau > 0 ? target + (m_display - target) * std::exp(-seconds / tau) : target;
    // Liquid landing on the pan keeps it unstable however coarse the step (a speed-up makes
    // steps longer than the stability window), as does a display still moving towards the load.
    const bool loadMoving = std::abs(target - m_lastTarget) > m_config.readabilityG / 4;
    m_lastTarget = target;
    if (loadMoving || std::abs(m_display - target) > m_config.readabilityG / 2)
        m_settledSince = m_time;
}

bool SimBalance::stable() const
{
    return !overloaded() && !underloaded() && m_time - m_settledSince >= m_config.stabilityWindow;
}

bool SimBalance::overloaded() const
{
    return m_display > m_config.capacityG + 9 * m_config.readabilityG;
}

bool SimBalance::underloaded() const
{
    // The pan taken off, or a load removed well below the power-up zero.
    return m_display < -0.01 * m_config.capacityG;
}

int SimBalance::decimals() const
{
    return std::max(0, static_cast<int>(std::lround(-std::log10(m_config.readabilityG))));
}

double SimBalance::reading()
{
    const double d = m_config.readabilityG;
    const double noisy = m_display - m_tareG + m_noise(m_random) * m_config.noiseDigits * d;
    return std::round(noisy / d) * d;
}

bool SimBalance::tare()
{
    if (!stable())
        return false;
    m_tareG = m_display;
    return true;
}

bool SimBalance::zero()
{
    if (!stable() || std::abs(m_display) > 0.02 * m_config.capacityG)
        return false;
    m_tareG = m_display;
    return true;
}

} // namespace PumpStudio::Sim
