// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "device/pumptypes.h"
#include "models/mlperrevcurve.h"
#include "models/pumpmodel.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <optional>

namespace PumpStudio::Device {

/// What a pump's own dispense or timed run was actually set to: pumps round to their
/// resolution (Reglo ICC 4 significant digits and 0.1 s, NE-1000 4 digits), and these are the
/// values it will deliver.
struct NativeRun
{
    double volumeMl = 0;
    double mlPerMin = 0;
    double seconds = 0;  ///< how long the pump will run (volume / rate for a dispense)
};

/// The pump's own run modes, where the pump itself stops after a volume or a time.
enum class NativeMode { Volume, Time };

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
    /// A calibrated curve over speed for this head and tubing: flows (readings and setpoints)
    /// follow it instead of the single figure; nullopt goes back to mlPerRev().
    void setCurve(std::optional<Models::MlPerRevCurve> curve);
    const std::optional<Models::MlPerRevCurve> &curve() const { return m_curve; }
    /// mL per revolution at a speed: the curve's where there is one, else mlPerRev().
    double mlPerRevAt(double rpm) const { return m_curve ? m_curve->mlPerRevAt(rpm) : m_mlPerRev; }
    /// The flow at a speed, mL/min: the one place rpm becomes flow for every driver.
    double flowAtRpm(double rpm) const { return rpm * mlPerRevAt(rpm); }

    /// While the gate is closed every command but the identity query fails at once
    /// (Disconnected) and nothing reaches the wire: the device layer closes it while it does not
    /// know which pump answers on the line (after a lost link) and opens it again once the same
    /// pump has identified itself.
    void setGateOpen(bool open) { m_gateOpen = open; }
    bool gateOpen() const { return m_gateOpen; }

    /// Asks the pump who it is, with queries only where the protocol allows (the Masterflex
    /// drives need their handshake first): what the device layer compares with the pump it is
    /// bound to before anything else is sent.
    void identify(Callback<PumpIdentity> done);
    /// What a pump needs once it is known to be the right one: events on (Reglo ICC), RS-485
    /// control on (Kamoer). Sent after identify() has been checked, never to a stranger.
    void prepare(Callback<void> done);
    void readStatus(Callback<PumpStatus> done);
    void start(Callback<void> done);
    void stop(Callback<void> done);
    void setDirection(Direction direction, Callback<void> done);
    /// Sets the speed; the callback gets the speed actually set (rounded to what the pump takes).
    void setSpeed(double rpm, Callback<double> done);
    /// Sets the flow: natively where the pump works in flow, else as rpm through mlPerRev().
    /// The callback gets the flow actually set.
    void setFlow(double mlPerMin, Callback<double> done);
    /// Whether this driver can use the pump's own volume or timed mode (model and driver agree).
    bool hasNativeMode(NativeMode mode) const;
    /// Dispenses a volume (at a rate, or at the current speed) in the pump's own volume mode:
    /// the pump stops itself. Refused where the model cannot (the runner times steps itself then).
    void dispense(double ml, std::optional<double> mlPerMin, Callback<NativeRun> done);
    /// Runs at a flow for a time in the pump's own timed mode (NE-1000: as the volume that
    /// flow delivers in that time); the pump stops itself.
    void runFor(double seconds, double mlPerMin, Callback<NativeRun> done);
    /// Whether the pump runs, asked as cheaply as the protocol allows.
    void isRunning(Callback<bool> done);
    /// Line pressure, for pressure transmitters (unit from the model file).
    void readPressure(Callback<double> done);
    /// The mL per revolution the pump itself works its flow, volume and time modes with (its
    /// own calibration: the Reglo ICC's "max flow using calibration" over its top speed).
    /// Unsupported where the pump keeps none.
    void readOwnMlPerRev(Callback<double> done);
    /// Writes a calibrated mL/rev into a pump that keeps its own calibration (the Reglo ICC's
    /// roller step volume) and reads it back: the callback gets the figure the pump now holds,
    /// as it reports it. Unsupported where the pump keeps none (the tool applies it then).
    void writeOwnMlPerRev(double mlPerRev, Callback<double> readBack);
    /// Syringe pumps work their rates and volumes from the syringe's inner diameter, set in the
    /// pump. The diameter the pump is to have (the configured syringe's, or the one a syringe
    /// check found): prepare() makes sure the pump has it. nullopt: the pump's is left alone.
    void setSyringeDiameter(std::optional<double> mm) { m_syringeDiameterMm = mm; }
    std::optional<double> syringeDiameter() const { return m_syringeDiameterMm; }
    /// The inner diameter (mm) the pump is set to. Unsupported where the pump has none.
    void readSyringeDiameter(Callback<double> done);
    /// Sets the pump's inner diameter and reads it back: the callback gets the diameter the pump
    /// now works with (an error when it is not the one written, as the pump rounds it). A pump
    /// refuses while it runs.
    void writeSyringeDiameter(double mm, Callback<double> readBack);

Q_SIGNALS:
    /// Something the pump said on its own (Reglo ^X/^U, NE safe-mode alarms).
    void eventReceived(const PumpStudio::Device::PumpEvent &event);

protected:
    PumpDriver(const Models::PumpModel &model, int address, QObject *parent);

    static Error unsupported(const QString &what);
    /// Pump commands on a pressure sensor, or through a closed gate: refused with a clear
    /// message (true when refused).
    bool refuseIfSensor(const std::function<void(Error)> &done) const;
    bool refuseIfGated(const std::function<void(Error)> &done) const;

    virtual void doIdentify(Callback<PumpIdentity> done) = 0;
    /// Default: nothing to prepare.
    virtual void doPrepare(Callback<void> done);
    virtual void doReadStatus(Callback<PumpStatus> done) = 0;
    virtual void doStart(Callback<void> done) = 0;
    virtual void doStop(Callback<void> done) = 0;
    virtual void doSetDirection(Direction direction, Callback<void> done) = 0;
    /// `rpm` is within the model's range and already quantized.
    virtual void doSetSpeed(double rpm, Callback<double> done) = 0;
    /// Default: through doSetSpeed with mlPerRev().
    virtual void doSetFlow(double mlPerMin, Callback<double> done);
    /// Which native modes the driver implements (the model's capabilities are checked as well).
    virtual bool supportsNativeMode(NativeMode mode) const;
    virtual void doDispense(double ml, std::optional<double> mlPerMin, Callback<NativeRun> done);
    virtual void doRunFor(double seconds, double mlPerMin, Callback<NativeRun> done);
    /// Default: through doReadStatus.
    virtual void doIsRunning(Callback<bool> done);
    virtual void doReadPressure(Callback<double> done);
    virtual void doReadOwnMlPerRev(Callback<double> done);
    virtual void doWriteOwnMlPerRev(double mlPerRev, Callback<double> readBack);
    virtual void doReadSyringeDiameter(Callback<double> done);
    virtual void doWriteSyringeDiameter(double mm, Callback<double> readBack);
    /// Whether the protocol protects replies with a checksum (Modbus CRC, Longer FCS). Where it
    /// does not, a damaged digit reads as another number, so a reading that changed since the
    /// last confirmed one is read a second time and taken only when both agree.
    virtual bool repliesChecked() const;
    /// A command may have changed what the pump reports: the next reading is confirmed.
    void forgetConfirmedStatus() { m_confirmed.reset(); }

private:
    void readConfirmedStatus(int pairsLeft, std::optional<PumpStatus> first, Callback<PumpStatus> done);
    /// Why `s` cannot be this model's truth (a value outside its range, not a number), or empty.
    QString implausible(const PumpStatus &s) const;
    /// Whether `later` can follow `earlier` without a command in between: same state, same
    /// settings, a volume counter that only went forward, at most as fast as the pump can pump.
    bool consistent(const PumpStatus &earlier, const PumpStatus &later, double seconds) const;

    Models::PumpModel m_model;
    int m_address = 1;
    double m_mlPerRev = 0;
    std::optional<double> m_syringeDiameterMm;
    std::optional<Models::MlPerRevCurve> m_curve;
    bool m_gateOpen = true;
    std::optional<PumpStatus> m_confirmed;   ///< the last reading taken as the truth
    QElapsedTimer m_confirmedAge;
};

} // namespace PumpStudio::Device
