// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/streampumpdriver.h"

#include <memory>

namespace PumpStudio::Device {

/// Ismatec Reglo ICC over its ASCII protocol; `address` is the pump (or channel) address.
class RegloIccDriver final : public StreamPumpDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegloIccDriver)

public:
    RegloIccDriver(const Models::PumpModel &model, SerialBus &bus, int address, QObject *parent);

protected:
    void doIdentify(Callback<PumpIdentity> done) override;
    void doPrepare(Callback<void> done) override;
    void doReadStatus(Callback<PumpStatus> done) override;
    void doStart(Callback<void> done) override;
    void doStop(Callback<void> done) override;
    void doSetDirection(Direction direction, Callback<void> done) override;
    void doSetSpeed(double rpm, Callback<double> done) override;
    bool supportsNativeMode(NativeMode mode) const override;
    void doDispense(double ml, std::optional<double> mlPerMin, Callback<NativeRun> done) override;
    void doRunFor(double seconds, double mlPerMin, Callback<NativeRun> done) override;
    void doIsRunning(Callback<bool> done) override;
    void doReadOwnMlPerRev(Callback<double> done) override;
    void doWriteOwnMlPerRev(double mlPerRev, Callback<double> readBack) override;

private:
    /// Which mode the pump is in, and its speed and flow in that mode, into `status`.
    void readRate(const std::shared_ptr<PumpStatus> &status, Callback<void> done);
    /// H as it is: runs in whatever mode the pump is in.
    void startInMode(Callback<void> done);
    /// Sets the flow for the volume and time modes; the pump answers with the value it took.
    /// No flow: asks for the one it has.
    void setModeFlow(std::optional<double> mlPerMin, Callback<double> done);
    /// Mode O or N, then H: `run` is what the pump will do.
    void startNativeMode(QByteArray mode, QString what, NativeRun run, Callback<NativeRun> done);
    /// A command answered by a status character; '*' is success.
    void command(QByteArray cmd, QByteArray data, QString what, Callback<void> done);
    /// A command answered by a data line.
    /// `grammar`: the exact shape of the data line (the protocol has no checksum); a line that
    /// breaks it is a damaged reply, asked again.
    void query(QByteArray cmd, QByteArray data, QString what, Callback<QByteArray> done,
               std::function<bool(QByteArrayView)> grammar = {});
    void onUnsolicited(const Frame &frame);
    /// Roller steps per revolution: the rollers of the model's default head.
    int rollers() const;

    bool m_nativeModeSet = false;  ///< the pump is in a volume or time mode, not rpm mode
    char m_modeSet = 'L';          ///< the mode letter this driver last set
};

} // namespace PumpStudio::Device
