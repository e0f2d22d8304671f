// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/messagetext.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {

constexpr double kLargest = 1e12;  // from here on, exponent form
constexpr double kSmallest = 1e-4;  // below, too (0.0000122 reads better as 1.22e-05)

bool wantsExponent(double value, int maxDecimals)
{
    const double magnitude = std::abs(value);
    return magnitude >= kLargest || (magnitude > 0 && (magnitude < kSmallest || magnitude < 0.5 * std::pow(10.0, -maxDecimals)));
}

void trimFraction(QString &text, const QString &decimalPoint, const QString &zero)
{
    if (!text.contains(decimalPoint))
        return;
    while (text.endsWith(zero))
        text.chop(zero.size());
    if (text.endsWith(decimalPoint))
        text.chop(decimalPoint.size());
}

} // namespace

QString messageNumber(double value, int maxDecimals)
{
    return messageNumber(value, maxDecimals, QLocale::c());
}

QString messageNumber(double value, int maxDecimals, const QLocale &locale)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value < 0 ? u"-∞"_s : u"∞"_s;
    maxDecimals = std::clamp(maxDecimals, 0, 15);
    if (value == 0.0)
        value = 0.0;  // no "-0"
    if (wantsExponent(value, maxDecimals)) {
        QString text = locale.toString(value, 'g', 4);
        return text;
    }
    QString text = locale.toString(value, 'f', maxDecimals);
    trimFraction(text, locale.decimalPoint(), locale.zeroDigit());
    if (text == locale.negativeSign() + locale.zeroDigit())
        return locale.zeroDigit();  // -0.0000001 rounded away
    return text;
}

QString fixedNumber(double value, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return messageNumber(value, decimals, locale);
    decimals = std::clamp(decimals, 0, 15);
    // A sensor's noise around zero (-0.001 bar) rounds to zero: shown without a sign.
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0.0;
    return locale.toString(value, 'f', decimals);
}

QString exactMessageNumber(double value)
{
    if (!std::isfinite(value))
        return messageNumber(value);
    if (value == 0.0)
        return u"0"_s;  // no "-0"
    const double magnitude = std::abs(value);
    const char format = magnitude >= kLargest || magnitude < 1e-6 ? 'g' : 'f';
    return QString::number(value, format, QLocale::FloatingPointShortest);
}

QString messageExcerpt(QStringView text, int maxChars)
{
    QString out;
    if (text.size() <= maxChars) {
        out = text.toString();
    } else {
        const qsizetype head = std::max(1, (maxChars - 1) * 2 / 3);
        const qsizetype tail = std::max(1, maxChars - 1 - static_cast<int>(head));
        out = text.first(head).toString() + u'…' + text.last(tail).toString();
    }
    for (QChar &c : out) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return out;
}

} // namespace PumpStudio
