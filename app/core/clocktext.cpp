// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/clocktext.h"

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

QString elapsedClockText(double seconds)
{
    const qint64 s = qint64(seconds);
    return u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace PumpStudio
