// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>

class QLocale;

namespace PumpStudio {

/// A number for a message or a label: plain digits for ordinary magnitudes ("0.05", "1200",
/// "-3.5"), at most `maxDecimals` decimals without trailing zeros, and scientific notation with
/// four significant digits from 10^12 up, below 10^-4 or where the decimals would show 0
/// ("1e+300", "1.22e-05"), so that no message carries a 300-digit number. "-0" is "0".
QString messageNumber(double value, int maxDecimals = 6);
/// The same in `locale`'s digits, decimal point and grouping.
QString messageNumber(double value, int maxDecimals, const QLocale &locale);

/// A reading with a fixed number of decimals in `locale` ("0.50", "12.00"), for panels whose
/// digits must not jump; a value that rounds to zero is "0.00", never "-0.00".
QString fixedNumber(double value, int decimals, const QLocale &locale);

/// A number as it was given, with the shortest digits that read back as the same double: plain
/// for ordinary magnitudes ("0.0005", "1200", "37.52"), with an exponent from 10^12 up and below
/// 10^-6 ("1e+300", "-2.5e-09"), so that a value quoted back in a message stays readable.
/// Not-a-number and the infinities as messageNumber() writes them.
QString exactMessageNumber(double value);

/// Text from a file or a user quoted in a message, cut in the middle with "…" beyond
/// `maxChars` characters, line breaks shown as spaces.
QString messageExcerpt(QStringView text, int maxChars = 40);

} // namespace PumpStudio
