// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <chrono>
#include <optional>
#include <random>
#include <vector>

namespace PumpStudio::Sim {

class SimPump;

/// One simulated device's protocol on a bus: it sees every byte on the line (a shared RS-485
/// line carries other devices' frames, which it must skip), answers the frames addressed to it
/// and drives its SimPump. One implementation per protocol, built on that protocol's codec.
class ProtocolResponder
{
public:
    virtual ~ProtocolResponder() = default;

    /// The protocol's name for logs ("Reglo ICC", "Modbus RTU").
    virtual QString protocolName() const = 0;
    virtual int address() const = 0;
    /// The pumps it drives: one per channel (Reglo ICC has up to four), none for a pressure
    /// transmitter.
    virtual std::vector<SimPump *> pumps() const = 0;
    /// Bytes from the host in any chunking; `now` is the arrival time on the wire clock, for
    /// protocols framed by silence (Modbus RTU). Returns the replies, each one frame, in order;
    /// nothing for broadcasts and frames for other addresses.
    virtual std::vector<QByteArray> feed(QByteArrayView bytes, std::chrono::nanoseconds now) = 0;
    /// Frames the device sends on its own (Reglo events, NE safe-mode alarms) since the last call.
    virtual std::vector<QByteArray> takeUnsolicited() { return {}; }
    /// Power lost and back: forget protocol state (event switch, remote mode, safe mode, address).
    virtual void powerCycle() {}
    /// The speed `pump` reports as set (what a status query answers), where the device keeps
    /// it apart from the motor while stopped (Reglo ICC, NE-1000); unset: the motor's target.
    virtual std::optional<double> settingRpm(const SimPump &pump) const
    {
        static_cast<void>(pump);
        return std::nullopt;
    }
    /// `reply` as a bad line would deliver it: by default one bit flipped away from the first
    /// byte, which breaks a checksum (binary) or a character (ASCII). Protocols with a trailer
    /// that must stay intact for resynchronisation override it.
    virtual QByteArray corrupt(const QByteArray &reply, std::mt19937 &random) const;
};

} // namespace PumpStudio::Sim
