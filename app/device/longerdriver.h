// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/streampumpdriver.h"
#include "protocol/longere9.h"

#include <deque>
#include <optional>

namespace PumpStudio::Device {

/// Longer BT100-2J / WT600-2J over E9 RS-485. Every write (WJ) carries the whole motor state,
/// so the driver reads it (RJ) first and changes only what the command is about.
class LongerDriver final : public StreamPumpDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LongerDriver)

public:
    LongerDriver(const Models::PumpModel &model, SerialBus &bus, int address, QObject *parent);

protected:
    void doIdentify(Callback<PumpIdentity> done) override;
    void doReadStatus(Callback<PumpStatus> done) override;
    void doStart(Callback<void> done) override;
    void doStop(Callback<void> done) override;
    void doSetDirection(Direction direction, Callback<void> done) override;
    void doSetSpeed(double rpm, Callback<double> done) override;

private:
    double rpmPerCount() const;
    void readState(Callback<Protocol::Longer::State> done);
    void writeState(Protocol::Longer::State state, Callback<Protocol::Longer::State> done);
    /// Read, change, write: E9 sets every motor setting in one frame. Modifications run one after
    /// another, so a speed change and a start sent back to back cannot both read the old state
    /// and the second write undo the first.
    void modify(std::function<void(Protocol::Longer::State &)> change, Callback<Protocol::Longer::State> done);
    void runNextModify();

    struct PendingModify
    {
        std::function<void(Protocol::Longer::State &)> change;
        Callback<Protocol::Longer::State> done;
    };
    std::deque<PendingModify> m_modifies;
    bool m_modifying = false;
};

} // namespace PumpStudio::Device
