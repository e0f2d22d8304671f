// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "device/balancetypes.h"
#include "device/serialbus.h"
#include "models/balancemodel.h"

#include <QObject>

#include <chrono>
#include <functional>

namespace PumpStudio::Device {

/// A laboratory balance on a serial line: read a stable weight, read at once, tare, zero, and
/// who it is. Not a pump (no PumpDriver): it shares only the line plumbing (SerialBus, its
/// timeouts and reconnects). Asynchronous; callbacks run on the line's thread. Overload,
/// underload, "not stable in time" and error replies are errors, never readings:
/// OutOfRange for overload and underload, Timeout for no stability in time, Refused for the
/// balance's error replies, Protocol for a reply that fits no grammar or not the request.
class BalanceDriver : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalanceDriver)

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    ~BalanceDriver() override;

    const Models::BalanceModel &model() const { return m_model; }
    /// How long a stable reading (and a tare or zero, which wait for stability) may take.
    std::chrono::milliseconds stableTimeout() const { return m_stableTimeout; }
    void setStableTimeout(std::chrono::milliseconds timeout) { m_stableTimeout = timeout; }

    virtual void identify(Callback<BalanceIdentity> done) = 0;
    /// The next stable weight, or Timeout when the balance does not settle within stableTimeout().
    virtual void readStable(Callback<BalanceReading> done) = 0;
    /// The weight shown now, stable or not (BalanceReading::stable says which).
    virtual void readImmediate(Callback<BalanceReading> done) = 0;
    virtual void tare(Callback<void> done) = 0;
    virtual void zero(Callback<void> done) = 0;

protected:
    BalanceDriver(const Models::BalanceModel &model, SerialBus &bus, QObject *parent);

    SerialBus &bus() const { return m_bus; }
    /// One request and its reply (the first frame that comes: a balance answers in order).
    void transact(QByteArray bytes, std::chrono::milliseconds deviceTime, int attempts, QString description,
                  SerialBus::Callback done);
    /// Send without a reply (SBI tare and zero).
    void send(QByteArray bytes, QString description, Callback<void> done);

    static Error overload();
    static Error underload();
    static Error notStable(std::chrono::milliseconds waited);

private:
    Models::BalanceModel m_model;
    SerialBus &m_bus;
    std::chrono::milliseconds m_stableTimeout;
};

} // namespace PumpStudio::Device
