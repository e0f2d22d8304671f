// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "protocol/mtsics.h"
#include "protocol/sartoriussbi.h"

#include <QByteArray>

#include <chrono>
#include <deque>
#include <memory>
#include <vector>

namespace PumpStudio::Models {
enum class BalanceProtocol;
}

namespace PumpStudio::Sim {

class SimBalance;

/// A simulated balance's protocol: commands in (any chunking), replies out. Commands that wait
/// for stability (MT-SICS S, T, Z) are answered by poll() once the balance settles, or with the
/// balance's own "not executable" when it does not settle within timeout().
class BalanceResponder
{
public:
    virtual ~BalanceResponder() = default;
    virtual std::vector<QByteArray> feed(QByteArrayView bytes) = 0;
    /// Replies that became due since the last call (stability reached or given up).
    virtual std::vector<QByteArray> poll() { return {}; }

    /// How long the balance waits for stability before it gives up (balance time).
    static constexpr std::chrono::seconds kStabilityTimeout{10};
    static std::unique_ptr<BalanceResponder> create(Models::BalanceProtocol protocol, SimBalance &balance);
};

/// MT-SICS level 0/1: S, SI, T, Z, @, I2, I3, I4; anything else is ES.
class MtSicsResponder final : public BalanceResponder
{
public:
    explicit MtSicsResponder(SimBalance &balance) : m_balance(balance) {}
    std::vector<QByteArray> feed(QByteArrayView bytes) override;
    std::vector<QByteArray> poll() override;

private:
    struct Waiting
    {
        QByteArray command;
        std::chrono::nanoseconds since{0};
    };
    /// The reply to `command` now, or empty while it must wait.
    QByteArray answer(const Waiting &w, bool mayWait);
    QByteArray weight(QByteArrayView id, bool stable);

    SimBalance &m_balance;
    Protocol::MtSics::RequestDecoder m_decoder;
    std::deque<Waiting> m_waiting;
};

/// Sartorius SBI: ESC P, ESC T/U/V (not answered; wait for stability), ESC x1_/x2_/x3_.
class SartoriusSbiResponder final : public BalanceResponder
{
public:
    explicit SartoriusSbiResponder(SimBalance &balance) : m_balance(balance) {}
    std::vector<QByteArray> feed(QByteArrayView bytes) override;
    std::vector<QByteArray> poll() override;

private:
    SimBalance &m_balance;
    Protocol::SartoriusSbi::RequestDecoder m_decoder;
    std::deque<std::pair<char, std::chrono::nanoseconds>> m_pendingTare;
};

} // namespace PumpStudio::Sim
