// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/balancenumber.h"

#include <cmath>

namespace PumpStudio::Protocol::Balance {

namespace {

// Fifteen decimal digits fit a double exactly, so the mantissa converts without rounding.
constexpr int kMaxDigits = 15;

double powerOfTen(int exponent)
{
    double p = 1.0;
    for (int i = 0; i < std::abs(exponent); ++i)
        p *= 10.0;  // exact up to 10^22
    return p;
}

double scaled(qint64 mantissa, int exponent)
{
    // One correctly rounded operation: mantissa / 10^k is the double nearest the decimal value.
    return exponent >= 0 ? static_cast<double>(mantissa) * powerOfTen(exponent)
                         : static_cast<double>(mantissa) / powerOfTen(exponent);
}

} // namespace

double Decimal::toDouble() const { return scaled(mantissa, exponent); }

std::optional<Decimal> parseDecimal(QByteArrayView text)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && text[i] == '-') {
        negative = true;
        ++i;
    }
    qint64 mantissa = 0;
    int digits = 0;
    int decimals = 0;
    bool point = false;
    bool digitBeforePoint = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.') {
            if (point || !digitBeforePoint)
                return std::nullopt;
            point = true;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        if (++digits > kMaxDigits)
            return std::nullopt;
        mantissa = mantissa * 10 + (c - '0');
        if (point)
            ++decimals;
        else
            digitBeforePoint = true;
    }
    if (digits == 0 || (point && decimals == 0))
        return std::nullopt;
    return Decimal{negative ? -mantissa : mantissa, -decimals};
}

std::optional<int> gramExponent(QByteArrayView unit)
{
    if (unit == "g")
        return 0;
    if (unit == "mg")
        return -3;
    if (unit == "kg")
        return 3;
    if (unit == "ug")
        return -6;
    return std::nullopt;
}

std::optional<Mass> toGrams(const Decimal &value, QByteArrayView unit)
{
    const auto shift = gramExponent(unit);
    if (!shift)
        return std::nullopt;
    const int exponent = value.exponent + *shift;
    return Mass{scaled(value.mantissa, exponent), scaled(1, exponent)};
}

QByteArray formatFixed(double value, int decimals)
{
    QByteArray text = QByteArray::number(value, 'f', decimals);
    // "-0.000" is what a rounded small negative prints; a balance shows 0 without a sign.
    if (text.startsWith('-') && text.count('0') == text.size() - 1 - (decimals > 0 ? 1 : 0))
        text.remove(0, 1);
    return text;
}

} // namespace PumpStudio::Protocol::Balance
