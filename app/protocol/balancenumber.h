// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

/// What both balance protocols print: decimal numbers and a unit. A reading is kept as the
/// digits the balance sent until it is turned into grams, so 12.3450 g stays 12.345 exactly
/// and its last digit (0.1 mg) is known.
namespace PumpStudio::Protocol::Balance {

/// value = mantissa x 10^exponent; "-12.3450" is {-123450, -4}.
struct Decimal
{
    qint64 mantissa = 0;
    int exponent = 0;

    double toDouble() const;
    /// Digits after the decimal point as printed (0 for "100").
    int decimals() const { return exponent < 0 ? -exponent : 0; }
    friend bool operator==(const Decimal &, const Decimal &) = default;
};

/// Strict: an optional '-', digits, at most one '.', at least one digit, at most 15 digits, no
/// spaces and nothing else ("12.", ".5", "1e3", "+1", "1 2" are all refused).
std::optional<Decimal> parseDecimal(QByteArrayView text);

/// A mass in grams and the size of its last printed digit in grams.
struct Mass
{
    double grams = 0;
    double resolutionG = 0;
};

/// The power of ten of one unit in grams: "g" 0, "mg" -3, "kg" 3, "ug" -6. Other units a balance
/// may show (ct, lb, oz, pcs, %) are not masses in grams here: nullopt.
std::optional<int> gramExponent(QByteArrayView unit);
/// `value` in `unit` as grams, computed from the digits (one rounding, not two).
std::optional<Mass> toGrams(const Decimal &value, QByteArrayView unit);

/// `value` with `decimals` digits after the point ("-0.0012"), as a balance prints it.
QByteArray formatFixed(double value, int decimals);

} // namespace PumpStudio::Protocol::Balance
