// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "device/pumptypes.h"
#include "models/pumpmodel.h"

#include <QObject>

#include <functional>
#include <optional>

namespace PumpStudio::Device {

/// One pump (or pressure sensor) at one address, speaking its protocol over a shared bus.
/// Every command checks the model's limits first: a refused value never reaches the wire, and
/// the error names the limit. Replies arrive through the callback, on the device thread; a
/// callback may run before the call returns when nothing had to be sent.
class PumpDriver : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PumpDriver)

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    ~PumpDriver() override;

    const Models::PumpModel &model() const { return m_model; }
    int address() const { return m_address; }
    /// mL per revolution used for flow, from the configured head and tubing or a calibration.
    double mlPerRev() const { return m_mlPerRev; }
    void setMlPerRev(double mlPerRev) { m_mlPerRev = mlPerRev; }

    void identify(Callback<PumpIdentity> done);
    void readStatus(Callback<PumpStatus> done);
    void start(Callback<void> done);
    void stop(Callback<void> done);
    void setDirection(Direction direction, Callback<void> done);
    /// Sets the speed; the callback gets the speed actually set (rounded to what the pump takes).
    void setSpeed(double rpm, Callback<double> done);
    /// Sets the flow: natively where the pump works in flow, else as rpm through mlPerRev().
    /// The callback gets the flow actually set.
    void setFlow(double mlPerMin, Callback<double> done);
    /// Dispenses a volume (at a rate, or at the current speed): natively where the model can,
    /// refused otherwise (the runner times steps itself then).
    void dispense(double ml, std::optional<double> mlPerMin, Callback<void> done);
    /// Line pressure, for pressure transmitters (unit from the model file).
    void readPressure(Callback<double> done);

Q_SIGNALS:
    /// Something the pump said on its own (Reglo ^X/^U, NE safe-mode alarms).
    void eventReceived(const PumpStudio::Device::PumpEvent &event);

protected:
    PumpDriver(const Models::PumpModel &model, int address, QObject *parent);

    static Error unsupported(const QString &what);
    /// Pump commands on a pressure sensor: refused with a clear message (true when refused).
    bool refuseIfSensor(const std::function<void(Error)> &done) const;

    virtual void doIdentify(Callback<PumpIdentity> done) = 0;
    virtual void doReadStatus(Callback<PumpStatus> done) = 0;
    virtual void doStart(Callback<void> done) = 0;
    virtual void doStop(Callback<void> done) = 0;
    virtual void doSetDirection(Direction direction, Callback<void> done) = 0;
    /// `rpm` is within the model's range and already quantized.
    virtual void doSetSpeed(double rpm, Callback<double> done) = 0;
    /// Default: through doSetSpeed with mlPerRev().
    virtual void doSetFlow(double mlPerMin, Callback<double> done);
    virtual void doDispense(double ml, std::optional<double> mlPerMin, Callback<void> done);
    virtual void doReadPressure(Callback<double> done);

private:
    Models::PumpModel m_model;
    int m_address = 1;
    double m_mlPerRev = 0;
};

} // namespace PumpStudio::Device
