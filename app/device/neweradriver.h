// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/streampumpdriver.h"
#include "protocol/newera.h"

namespace PumpStudio::Device {

/// New Era NE-1000 family in basic mode. Works in flow (RAT) and volume (VOL), not rpm; alarms
/// and error replies (?OOR, ?NA, ...) come back as errors in words.
class NewEraDriver final : public StreamPumpDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewEraDriver)

public:
    NewEraDriver(const Models::PumpModel &model, SerialBus &bus, int address, QObject *parent);

protected:
    void doIdentify(Callback<PumpIdentity> done) override;
    void doReadStatus(Callback<PumpStatus> done) override;
    void doStart(Callback<void> done) override;
    void doStop(Callback<void> done) override;
    void doSetDirection(Direction direction, Callback<void> done) override;
    void doSetSpeed(double rpm, Callback<double> done) override;
    void doSetFlow(double mlPerMin, Callback<double> done) override;
    bool supportsNativeMode(NativeMode mode) const override;
    void doDispense(double ml, std::optional<double> mlPerMin, Callback<NativeRun> done) override;
    void doIsRunning(Callback<bool> done) override;
    /// Sets the syringe diameter the pump is to have (when it has another) and reads it back.
    void doPrepare(Callback<void> done) override;
    void doReadSyringeDiameter(Callback<double> done) override;
    void doWriteSyringeDiameter(double mm, Callback<double> readBack) override;

private:
    /// STP, and STP again if the first only paused the pumping phase: stopped means stopped,
    /// so a later RUN starts afresh instead of finishing an old volume.
    void stopFully(Callback<void> done);
    void queryRate(Callback<double> done);
    void send(QByteArray command, QByteArray params, QString what, Callback<Protocol::NewEra::Reply> done);
    void sendOnce(QByteArray command, QByteArray params, QString what, bool mayRepeat,
                  Callback<Protocol::NewEra::Reply> done);
    void setRate(double mlPerMin, Callback<double> done);

    bool m_volumeSet = false;  ///< a dispense left a volume in the pump; a plain RUN clears it
};

} // namespace PumpStudio::Device
