// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/streampumpdriver.h"

namespace PumpStudio::Device {

/// Masterflex L/S legacy drives (4800 7O1): numbered with ENQ, put in remote mode, then driven
/// with S (signed speed), G0/G (go), H (halt); I and C report status and revolutions.
class MasterflexLegacyDriver final : public StreamPumpDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MasterflexLegacyDriver)

public:
    MasterflexLegacyDriver(const Models::PumpModel &model, SerialBus &bus, int address, QObject *parent);

protected:
    void doIdentify(Callback<PumpIdentity> done) override;
    void doReadStatus(Callback<PumpStatus> done) override;
    void doStart(Callback<void> done) override;
    void doStop(Callback<void> done) override;
    void doSetDirection(Direction direction, Callback<void> done) override;
    void doSetSpeed(double rpm, Callback<double> done) override;
    bool supportsNativeMode(NativeMode mode) const override;
    void doDispense(double ml, std::optional<double> mlPerMin, Callback<NativeRun> done) override;

private:
    void command(QByteArray bytes, QString what, Callback<void> done);
    /// ENQ, the drive number, remote mode: what a drive that has no number yet needs.
    void handshake(Callback<PumpIdentity> done);
    PumpIdentity identity() const;
    void query(char letter, QString what, Callback<QByteArray> done);
    void sendSpeed(double signedRpm, Callback<void> done);
    double m_signedRpm = 0;
};

/// Current Masterflex L/S digital drives over "Serial Comms" (115200 8N1, `1RE1` first).
class MasterflexSerialCommsDriver final : public StreamPumpDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MasterflexSerialCommsDriver)

public:
    MasterflexSerialCommsDriver(const Models::PumpModel &model, SerialBus &bus, int address, QObject *parent);

protected:
    void doIdentify(Callback<PumpIdentity> done) override;
    void doReadStatus(Callback<PumpStatus> done) override;
    void doStart(Callback<void> done) override;
    void doStop(Callback<void> done) override;
    void doSetDirection(Direction direction, Callback<void> done) override;
    void doSetSpeed(double rpm, Callback<double> done) override;

private:
    void command(QByteArray cmd, QByteArray payload, QString what, Callback<void> done);
    std::optional<double> m_speed;
};

} // namespace PumpStudio::Device
