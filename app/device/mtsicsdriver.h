// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/balancedriver.h"

namespace PumpStudio::Device {

/// Mettler Toledo MT-SICS: S (the balance waits for stability itself and answers S I when it
/// gives up), SI, T and Z (both wait for stability), I2/I3/I4 for the identity.
class MtSicsDriver final : public BalanceDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MtSicsDriver)

public:
    MtSicsDriver(const Models::BalanceModel &model, SerialBus &bus, QObject *parent = nullptr);
    ~MtSicsDriver() override = default;

    void identify(Callback<BalanceIdentity> done) override;
    void readStable(Callback<BalanceReading> done) override;
    void readImmediate(Callback<BalanceReading> done) override;
    void tare(Callback<void> done) override;
    void zero(Callback<void> done) override;

private:
    void weigh(bool stable, Callback<BalanceReading> done);
    /// `I<n>`: the quoted text of its A reply.
    void text(const QByteArray &command, Callback<QList<QByteArray>> done);
    std::chrono::milliseconds settleTime() const;
};

} // namespace PumpStudio::Device
