// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "audit/clock.h"

namespace PumpStudio::Audit {

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace PumpStudio::Audit
