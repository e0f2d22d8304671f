// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/balancedriver.h"

#include <QElapsedTimer>

namespace PumpStudio::Device {

/// Sartorius SBI: ESC P prints the weight shown now (stable when it carries a unit); a stable
/// reading is asked for again until one comes or stableTimeout() has passed. ESC U tares, ESC V
/// zeroes (neither is answered); ESC x1_/x2_/x3_ name the model, serial number and software.
class SartoriusSbiDriver final : public BalanceDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SartoriusSbiDriver)

public:
    SartoriusSbiDriver(const Models::BalanceModel &model, SerialBus &bus, QObject *parent = nullptr);
    ~SartoriusSbiDriver() override = default;

    void identify(Callback<BalanceIdentity> done) override;
    void readStable(Callback<BalanceReading> done) override;
    void readImmediate(Callback<BalanceReading> done) override;
    void tare(Callback<void> done) override;
    void zero(Callback<void> done) override;

    /// Between two ESC P while waiting for stability.
    static constexpr std::chrono::milliseconds kPollInterval{100};

private:
    void print(Callback<BalanceReading> done);
    void pollStable(std::shared_ptr<QElapsedTimer> clock, Callback<BalanceReading> done);
    void text(const QByteArray &code, Callback<QString> done);

    QByteArray m_lastUnit = "g";  ///< an unstable value has no unit: it is in the last one seen
};

} // namespace PumpStudio::Device
