// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/balanceresponder.h"

#include "models/balancemodel.h"
#include "protocol/balancenumber.h"
#include "sim/simbalance.h"

#include <cmath>

namespace PumpStudio::Sim {

namespace MtSics = Protocol::MtSics;
namespace Sbi = Protocol::SartoriusSbi;
using Protocol::Balance::formatFixed;

namespace {

QByteArray typeName(const SimBalance &balance)
{
    return balance.config().readabilityG < 0.001 ? QByteArray("XS205DU") : QByteArray("XS603S");
}

} // namespace

std::unique_ptr<BalanceResponder> BalanceResponder::create(Models::BalanceProtocol protocol, SimBalance &balance)
{
    if (protocol == Models::BalanceProtocol::MtSics)
        return std::make_unique<MtSicsResponder>(balance);
    return std::make_unique<SartoriusSbiResponder>(balance);
}

QByteArray MtSicsResponder::weight(QByteArrayView id, bool stable)
{
    return MtSics::weightReply(id, stable ? 'S' : 'D', formatFixed(m_balance.reading(), m_balance.decimals()), "g");
}

QByteArray MtSicsResponder::answer(const Waiting &w, bool mayWait)
{
    const QByteArray &c = w.command;
    const bool waitsForStability = c == "S" || c == "T" || c == "Z";
    if (waitsForStability) {
        const QByteArrayView id = c;
        if (m_balance.overloaded())
            return MtSics::statusReply(id, '+');
        if (m_balance.underloaded())
            return MtSics::statusReply(id, '-');
        if (!m_balance.stable()) {
            if (mayWait && m_balance.elapsed() - w.since < kStabilityTimeout)
                return {};
            return MtSics::statusReply(id, 'I');
        }
        if (c == "S")
            return weight("S", true);
        if (c == "T") {
            m_balance.tare();
            return MtSics::weightReply("T", 'S', formatFixed(m_balance.tareG(), m_balance.decimals()), "g");
        }
        return MtSics::statusReply("Z", m_balance.zero() ? 'A' : '+');
    }
    if (c == "SI") {
        if (m_balance.overloaded())
            return MtSics::statusReply("S", '+');
        if (m_balance.underloaded())
            return MtSics::statusReply("S", '-');
        return weight("S", m_balance.stable());
    }
    const SimBalanceConfig &config = m_balance.config();
    if (c == "I2") {
        const QByteArray text = typeName(m_balance) + ' ' + formatFixed(config.capacityG, m_balance.decimals()) + " g";
        return MtSics::statusReply("I2", 'A', MtSics::quoted(text));
    }
    if (c == "I3")
        return MtSics::statusReply("I3", 'A', MtSics::quoted("2.10 10.28.0.493.142"));
    if (c == "I4" || c == "@")
        return MtSics::statusReply("I4", 'A', MtSics::quoted("B0" + QByteArray::number(21002593 + config.seed)));
    return MtSics::generalError("ES");
}

std::vector<QByteArray> MtSicsResponder::feed(QByteArrayView bytes)
{
    for (const MtSics::Request &r : m_decoder.feed(bytes)) {
        if (r.command == "@") {
            m_waiting.clear();  // reset: what waited is cancelled, unanswered
            m_waiting.push_back({r.command, m_balance.elapsed()});
            continue;
        }
        m_waiting.push_back({r.params.isEmpty() ? r.command : QByteArray("?"), m_balance.elapsed()});
    }
    return poll();
}

std::vector<QByteArray> MtSicsResponder::poll()
{
    // In order: a command that waits for stability holds those behind it.
    std::vector<QByteArray> out;
    while (!m_waiting.empty()) {
        QByteArray reply = answer(m_waiting.front(), true);
        if (reply.isEmpty())
            break;
        out.push_back(std::move(reply));
        m_waiting.pop_front();
    }
    return out;
}

std::vector<QByteArray> SartoriusSbiResponder::feed(QByteArrayView bytes)
{
    std::vector<QByteArray> out;
    for (const QByteArray &c : m_decoder.feed(bytes)) {
        if (c == "P") {
            if (m_balance.overloaded()) {
                out.push_back(Sbi::specialLine("H", false));
            } else if (m_balance.underloaded()) {
                out.push_back(Sbi::specialLine("L", false));
            } else {
                const double r = m_balance.reading();
                const bool stable = m_balance.stable();
                out.push_back(Sbi::weightLine(r < 0, formatFixed(std::abs(r), m_balance.decimals()), stable ? "g" : ""));
            }
        } else if (c == "T" || c == "U" || c == "V") {
            m_pendingTare.emplace_back(c.front(), m_balance.elapsed());
        } else if (c == "x1") {
            out.push_back(Sbi::textLine(typeName(m_balance) == "XS205DU" ? "MSE225S-100-DU" : "MSE623S-000-DU"));
        } else if (c == "x2") {
            out.push_back(Sbi::textLine(QByteArray::number(36003518 + m_balance.config().seed)));
        } else if (c == "x3") {
            out.push_back(Sbi::textLine("01-70-01"));
        }
        // Other commands: a real SBI balance ignores what it does not know.
    }
    const auto due = poll();
    out.insert(out.end(), due.begin(), due.end());
    return out;
}

std::vector<QByteArray> SartoriusSbiResponder::poll()
{
    // Tare and zero wait for stability (up to the timeout) and are never answered.
    while (!m_pendingTare.empty()) {
        const auto [what, since] = m_pendingTare.front();
        if (!m_balance.stable() && m_balance.elapsed() - since < kStabilityTimeout)
            break;
        if (what == 'V')
            m_balance.zero();
        else
            m_balance.tare();
        m_pendingTare.pop_front();
    }
    return {};
}

} // namespace PumpStudio::Sim
