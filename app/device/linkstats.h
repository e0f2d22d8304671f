// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QMetaType>
#include <QString>

namespace PumpStudio::Device {

/// State of one serial link as users see it.
enum class LinkState {
    Closed,        ///< not opened, or closed by the user
    Opening,
    Connected,
    Reconnecting,  ///< the port vanished; waiting for the same device to come back
    Failed,        ///< could not open (busy, no permission, absent); see lastError
};

QString linkStateText(LinkState state);

/// Counters of one link since it was opened, for the Devices page and pumpctl --json.
struct LinkStats
{
    quint64 bytesSent = 0;
    quint64 bytesReceived = 0;
    quint64 framesSent = 0;
    quint64 framesReceived = 0;     ///< valid replies and events
    quint64 transactionsOk = 0;
    quint64 transactionsFailed = 0; ///< after all retries
    quint64 timeouts = 0;           ///< attempts that got no reply in time
    quint64 retries = 0;
    quint64 checksumErrors = 0;
    quint64 garbageBytes = 0;
    quint64 unsolicitedFrames = 0;
    quint64 lateReplies = 0;       ///< replies that came after their request timed out: dropped
    quint64 damagedReplies = 0;    ///< answers that broke their protocol's grammar: retried
    quint64 disconnects = 0;
    quint64 reconnects = 0;
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(PumpStudio::Device::LinkStats)
