// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QByteArray>

#include <chrono>
#include <random>
#include <vector>

namespace PumpStudio::Sim {

class SimPump;

/// What a simulated balance is: its scale, how it settles and how noisy it is, and what it
/// weighs (water at a temperature, from the pumps that feed its vessel).
struct SimBalanceConfig
{
    double capacityG = 220.0;
    double readabilityG = 0.0001;      ///< the last digit shown: 0.1 mg or 1 mg
    /// The display follows the load with this time constant (an analytical balance is slower).
    std::chrono::milliseconds settlingTimeConstant{800};
    /// Stable once the display has been within half a digit of the load for this long.
    std::chrono::milliseconds stabilityWindow{400};
    double noiseDigits = 0.6;          ///< standard deviation of the reading noise, in digits
    double waterCelsius = 20.0;
    double initialLoadG = 0.0;         ///< on the pan at power-up, above the zero it powered up with
    quint32 seed = 1;
};

/// A protocol-independent simulated balance. Time moves only through advance(); liquid the
/// pumps deliver (clockwise adds, counter-clockwise takes back) lands on the pan as the mass a
/// real balance reads for it: water density at the temperature, with air buoyancy.
class SimBalance final
{
public:
    explicit SimBalance(SimBalanceConfig config, std::vector<const SimPump *> sources = {});

    const SimBalanceConfig &config() const { return m_config; }
    void advance(std::chrono::nanoseconds duration);
    std::chrono::nanoseconds elapsed() const { return m_time; }

    /// What the balance reads for the liquid delivered so far (no noise, no settling): the truth
    /// a test compares with.
    double deliveredReadingG() const { return m_deliveredG; }
    /// Load on the pan (gross, above the power-up zero), settled.
    double loadG() const { return m_config.initialLoadG + m_deliveredG; }
    /// Puts `grams` on the pan (or takes it off, negative): a vessel, a weight.
    void addLoad(double grams) { m_extraG += grams; }

    bool overloaded() const;
    bool underloaded() const;
    bool stable() const;
    /// The net reading now (display minus tare), with noise, rounded to the readability.
    double reading();
    /// Digits after the decimal point of the readability (4 for 0.1 mg).
    int decimals() const;
    /// Tare: the display now becomes zero (the load stays). Refused while not stable.
    bool tare();
    /// Zero: as tare, but only within 2 % of capacity of the power-up zero (else refused).
    bool zero();
    double tareG() const { return m_tareG; }

private:
    double gross() const { return m_config.initialLoadG + m_deliveredG + m_extraG; }

    SimBalanceConfig m_config;
    std::vector<const SimPump *> m_sources;
    std::vector<double> m_lastDelivered;
    std::chrono::nanoseconds m_time{0};
    std::chrono::nanoseconds m_settledSince{0};
    double m_deliveredG = 0;
    double m_extraG = 0;
    double m_display = 0;
    double m_lastTarget = 0;
    double m_tareG = 0;
    double m_readingPerMl = 1.0;
    std::mt19937 m_random;
    std::normal_distribution<double> m_noise{0.0, 1.0};
};

} // namespace PumpStudio::Sim
