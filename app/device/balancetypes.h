// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace PumpStudio::Device {

/// One weight the balance showed, in grams, with the size of its last digit.
struct BalanceReading
{
    double grams = 0;
    double resolutionG = 0;
    bool stable = false;
    QString unit;  ///< as the balance printed it ("g", "mg"); the grams are converted already
};

/// Who the balance says it is, as far as its protocol tells (empty where it does not).
struct BalanceIdentity
{
    QString model;
    QString serialNumber;
    QString firmware;
    std::optional<double> capacityG;
    std::optional<double> readabilityG;
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(PumpStudio::Device::BalanceReading)
Q_DECLARE_METATYPE(PumpStudio::Device::BalanceIdentity)
