// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QElapsedTimer>

#include "protocol/regloicc.h"
#include "sim/protocolresponder.h"

#include <QList>

#include <optional>

namespace PumpStudio::Sim {

/// An Ismatec Reglo ICC with one SimPump per channel. Pump addressing (legacy) sends a command to
/// every channel; after `~1` addresses 1-4 name channels and 0 the whole pump. Replies are the
/// manual's: `*`, `#` (also for everything while overloaded), `+`/`-`, CR LF data lines, `f`/`v`
/// echo the value actually set; once `xE1` turned events on, `^X` when a channel stops and a `^U`
/// status update every second of pump time while it runs.
class RegloResponder final : public ProtocolResponder
{
public:
    /// `firmware`: the two codes after the model in the identity reply (empty: "0208 306").
    RegloResponder(int address, std::vector<SimPump *> channels, const QByteArray &firmware = {});

    QString protocolName() const override;
    int address() const override { return m_address; }
    std::vector<SimPump *> pumps() const override { return m_channels; }
    std::vector<QByteArray> feed(QByteArrayView bytes, std::chrono::nanoseconds now) override;
    std::vector<QByteArray> takeUnsolicited() override;
    void powerCycle() override;
    std::optional<double> settingRpm(const SimPump &pump) const override;

private:
    /// Settings of one channel that the pump keeps apart from the motor.
    QElapsedTimer m_wall;  ///< ^U updates are paced by the clock: at a high speedup they would flood the line
    struct Channel
    {
        char mode = 'L';
        double rpm = 0.0;
        double flowMlPerMin = 0.0;
        double volumeMl = 0.0;
        double runTimeS = 0.0;
        int cycles = 0;
        double tubingDiameterMm = 0.0;
        /// A calibration written with `r` (roller step volume): the pump's own mL/rev from then
        /// on, until the tubing diameter changes. Without one the pump works with its true figure.
        std::optional<double> calibratedMlPerRev;
        char lastRefusal = 0;   ///< 'C', 'R' or 'V' after H answered '-'
        QByteArray refusalLimit;
        qint64 lastUpdateMs = -1;  ///< wall time of the last ^U
    };

    QByteArray handle(const Protocol::Reglo::Request &request);
    QByteArray handleChannel(int index, const Protocol::Reglo::Request &request);
    void resetSettings();
    double maxFlow(int index) const;
    /// mL/rev the pump turns flows and volumes into revolutions with.
    double ownMlPerRev(int index) const;

    int m_address;
    QByteArray m_identity;  ///< the reply to `#`: model and firmware codes
    std::vector<SimPump *> m_channels;
    QList<Channel> m_settings;
    bool m_channelAddressing = false;
    bool m_events = false;
    Protocol::Reglo::RequestDecoder m_decoder;
    std::vector<QByteArray> m_pendingEvents;
};

} // namespace PumpStudio::Sim
