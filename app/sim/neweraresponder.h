// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "protocol/newera.h"
#include "sim/protocolresponder.h"

namespace PumpStudio::Sim {

/// A New Era NE-1000 syringe pump. Basic mode answers `STX addr status [data] ETX`; `SAF n`
/// switches to safe mode (CRC-16/XMODEM packets, a watchdog of n seconds after which the pump
/// stops and sends an `A?T` alarm packet on its own). Alarms (`A?R` after power-up, `A?S` stall)
/// answer the next command, which acknowledges them. Rates convert to motor speed through the
/// syringe diameter set with DIA.
class NewEraResponder final : public ProtocolResponder
{
public:
    /// `leadMmPerRev`: plunger travel per motor revolution, turning a diameter into mL/rev.
    NewEraResponder(int address, double diameterMm, double leadMmPerRev, SimPump *pump);

    QString protocolName() const override;
    int address() const override { return m_address; }
    std::vector<SimPump *> pumps() const override { return {m_pump}; }
    std::optional<double> settingRpm(const SimPump &pump) const override;
    std::vector<QByteArray> feed(QByteArrayView bytes, std::chrono::nanoseconds now) override;
    std::vector<QByteArray> takeUnsolicited() override;
    void powerCycle() override;

private:
    QByteArray handle(const Protocol::NewEra::Request &request);
    QByteArray reply(char status, QByteArrayView data = {}, char alarm = 0) const;
    char status() const;
    QByteArray volumeText(double ml) const;
    void setDiameter(double mm);
    void resetSettings();

    int m_address;
    double m_leadMmPerRev;
    double m_initialDiameterMm;
    SimPump *m_pump;
    Protocol::NewEra::RequestDecoder m_decoder;
    double m_diameterMm = 0.0;
    double m_rateMlPerMin = 0.0;
    QByteArray m_rateUnits = "MM";
    double m_volumeMl = 0.0;
    bool m_volumeInMl = true;
    bool m_purging = false;
    char m_pendingAlarm = 'R';    ///< a fresh pump reports the power-up reset once
    int m_safeTimeoutS = 0;
    double m_infusedBaseMl = 0.0; ///< CLD clears by moving the baselines
    double m_withdrawnBaseMl = 0.0;
    double m_netMl = 0.0;         ///< infused minus withdrawn, from the syringe content
    double m_lastContentMl = 0.0;
    double m_lastDispensedMl = 0.0;
    double m_infusedMl = 0.0;
    double m_withdrawnMl = 0.0;
    std::vector<QByteArray> m_pendingPackets;
};

} // namespace PumpStudio::Sim
