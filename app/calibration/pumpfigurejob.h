// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/pumpjob.h"
#include "models/mlperrevcurve.h"

#include <QString>

namespace PumpStudio::Device {
class PumpDriver;
}

namespace PumpStudio::Calibration {

/// The one figure a pump that keeps its own calibration (the Reglo ICC) holds for a curve: the
/// curve's mL/rev at the middle of the calibrated speeds (as `pumpctl calibrate --write-to-pump`).
double figureForPump(const Models::MlPerRevCurve &curve);
/// The pump keeps its figure to about 4 significant digits: a read-back within 0.1 % is the same.
bool readBackMatches(double written, double readBack);

/// Writes a calibration into the pump and reads it back, as a job on the pump (the device thread,
/// the device layer's rules): PumpDriver::writeOwnMlPerRev. The pump does not move.
class PumpFigureJob final : public Device::PumpJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PumpFigureJob)

public:
    PumpFigureJob(Device::PumpDriver &driver, double mlPerRev, QObject *parent = nullptr);
    ~PumpFigureJob() override;

    void start(const QElapsedTimer &clock) override;
    void abort(const QString &reason) override;
    void linkLost(const PumpStudio::Error &why) override;
    void linkRestored(bool keptRunningAndStopped) override;
    bool isActive() const override { return m_active; }

Q_SIGNALS:
    /// `error` empty: the pump holds `readBack` now. `unsupported`: it keeps no figure of its own
    /// (PumpStudio applies the calibration itself).
    void done(double written, double readBack, const QString &error, bool unsupported);

private:
    void finish(double readBack, const QString &error, bool unsupported);

    Device::PumpDriver &m_driver;
    double m_mlPerRev = 0;
    bool m_active = false;
};

} // namespace PumpStudio::Calibration
