// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QDateTime>

#include <functional>

namespace PumpStudio::Audit {

/// Where the trail, lock-out and log-off read the time: the system's UTC clock, or a fake one in
/// tests (a lock-out of 15 minutes is tested without waiting 15 minutes).
using Clock = std::function<QDateTime()>;

/// QDateTime::currentDateTimeUtc().
Clock systemClock();

} // namespace PumpStudio::Audit
