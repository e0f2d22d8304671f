// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>

namespace PumpStudio {

/// An elapsed time as a clock reads it, "h:mm:ss" (hours not padded, "27:04:09" past a day);
/// fractions of a second are dropped.
QString elapsedClockText(double seconds);

} // namespace PumpStudio
