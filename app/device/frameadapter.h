// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QVariant>

#include <vector>

namespace PumpStudio::Device {

/// A decoded frame as the bus routes it: to the pending request, or to a device as an event.
struct Frame
{
    int address = -1;       ///< device address or channel the frame names; -1 when it names none
    bool unsolicited = false; ///< an event the device sent on its own, never a reply
    QVariant payload;       ///< the protocol's reply or event value
};

/// What a bus needs from a protocol: a streaming decoder that turns bytes into frames. Each
/// protocol wraps its pure codec in one. Counters feed the link statistics.
class FrameAdapter
{
public:
    struct Counters
    {
        quint64 garbageBytes = 0;
        quint64 checksumErrors = 0;
    };

    virtual ~FrameAdapter() = default;
    /// Called as a request goes out: what reply shape to expect (protocols where the bytes alone
    /// do not say, such as Reglo ICC's one-character status replies).
    virtual void expect(const QVariant &expectation) { Q_UNUSED(expectation) }
    virtual std::vector<Frame> feed(QByteArrayView bytes) = 0;
    /// Forgets partial input (before a retry, after a reconnect).
    virtual void reset() = 0;
    virtual Counters counters() const = 0;
};

} // namespace PumpStudio::Device
