// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/pumpdriver.h"

#include "models/limits.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace PumpStudio::Device {

PumpDriver::PumpDriver(const Models::PumpModel &model, int address, QObject *parent)
    : QObject(parent), m_model(model), m_address(address), m_mlPerRev(Models::defaultMlPerRev(model))
{
    qRegisterMetaType<PumpStudio::Device::PumpEvent>();
}

PumpDriver::~PumpDriver() = default;

Error PumpDriver::unsupported(const QString &what)
{
    return makeError(Error::Code::Unsupported, what);
}

bool PumpDriver::refuseIfGated(const std::function<void(Error)> &done) const
{
    if (m_gateOpen)
        return false;
    done(makeError(Error::Code::Disconnected,
                   tr("The %1 at address %2 has not identified itself again since the link was lost; nothing was sent.")
                       .arg(m_model.displayName)
                       .arg(m_address)));
    return true;
}

bool PumpDriver::refuseIfSensor(const std::function<void(Error)> &done) const
{
    if (refuseIfGated(done))
        return true;
    if (m_model.kind != Models::Kind::PressureSensor)
        return false;
    done(unsupported(tr("The %1 is a sensor, not a pump.").arg(m_model.displayName)));
    return true;
}

void PumpDriver::identify(Callback<PumpIdentity> done) { doIdentify(std::move(done)); }
void PumpDriver::prepare(Callback<void> done)
{
    m_confirmed.reset();  // what the pump reports may change now
    if (!refuseIfGated(done))
        doPrepare(std::move(done));
}

void PumpDriver::doPrepare(Callback<void> done)
{
    done({});
}

void PumpDriver::readStatus(Callback<PumpStatus> done)
{
    if (refuseIfGated(done))
        return;
    readConfirmedStatus(3, std::nullopt, std::move(done));
}

bool PumpDriver::repliesChecked() const
{
    return m_model.protocol == Models::Protocol::ModbusRtu || m_model.protocol == Models::Protocol::LongerE9;
}

QString PumpDriver::implausible(const PumpStatus &s) const
{
    const auto bad = [](std::optional<double> v) { return v && !std::isfinite(*v); };
    if (bad(s.setSpeedRpm) || bad(s.actualSpeedRpm) || bad(s.flowMlPerMin) || bad(s.dispensedMl) || bad(s.pressure))
        return tr("a value that is not a number");
    // A little above the maximum: actual speeds overshoot, and rounding on the wire.
    const double maxRpm = m_model.maxRpm > 0 ? m_model.maxRpm * 1.05 + 0.01 : 0;
    if (maxRpm > 0 && s.setSpeedRpm && (*s.setSpeedRpm < 0 || *s.setSpeedRpm > maxRpm))
        return tr("a set speed of %1 rpm, outside the model's 0-%2 rpm").arg(*s.setSpeedRpm).arg(m_model.maxRpm);
    if (maxRpm > 0 && s.actualSpeedRpm && (*s.actualSpeedRpm < 0 || *s.actualSpeedRpm > maxRpm))
        return tr("an actual speed of %1 rpm, outside the model's 0-%2 rpm").arg(*s.actualSpeedRpm).arg(m_model.maxRpm);
    if (s.flowMlPerMin && *s.flowMlPerMin < 0)
        return tr("a negative flow");
    if (s.dispensedMl && *s.dispensedMl < 0)
        return tr("a negative dispensed volume");
    return {};
}

bool PumpDriver::consistent(const PumpStatus &earlier, const PumpStatus &later, double seconds) const
{
    if (earlier.running != later.running || earlier.direction != later.direction || earlier.fullSpeed != later.fullSpeed
        || earlier.alarm != later.alarm || earlier.setSpeedRpm != later.setSpeedRpm || earlier.pressureUnit != later.pressureUnit)
        return false;
    if (earlier.flowMlPerMin.has_value() != later.flowMlPerMin.has_value()
        || (earlier.flowMlPerMin && std::abs(*earlier.flowMlPerMin - *later.flowMlPerMin) > 1e-9 * std::max(1.0, *earlier.flowMlPerMin)))
        return false;
    if (earlier.dispensedMl.has_value() != later.dispensedMl.has_value())
        return false;
    if (earlier.dispensedMl) {
        const double grew = *later.dispensedMl - *earlier.dispensedMl;
        const double fastest = std::max({m_model.maxFlowMlPerMin, m_model.maxRpm * std::max(m_mlPerRev, 0.0), 1.0});
        if (grew < -1e-9 || (!later.running && grew > 1e-9) || grew > fastest * (seconds + 1.0) / 60.0 * 1.5 + 1e-6)
            return false;
    }
    if (earlier.actualSpeedRpm.has_value() != later.actualSpeedRpm.has_value())
        return false;
    return true;
}

void PumpDriver::readConfirmedStatus(int pairsLeft, std::optional<PumpStatus> first, Callback<PumpStatus> done)
{
    QElapsedTimer sinceFirst;
    sinceFirst.start();
    doReadStatus([this, pairsLeft, first, sinceFirst, done = std::move(done)](Result<PumpStatus> status) mutable {
        if (!status) {
            done(status.error());
            return;
        }
        if (const QString why = implausible(*status); !why.isEmpty()) {
            m_confirmed.reset();
            done(makeError(Error::Code::Protocol,
                           tr("The %1 at address %2 reported %3; the reading was not used.").arg(m_model.displayName).arg(m_address).arg(why)));
            return;
        }
        const auto accept = [&] {
            m_confirmed = *status;
            m_confirmedAge.start();
            done(*status);
        };
        if (repliesChecked())
            return accept();
        if (first) {
            if (consistent(*first, *status, sinceFirst.elapsed() / 1000.0))
                return accept();
            if (--pairsLeft <= 0) {
                m_confirmed.reset();
                done(makeError(Error::Code::Protocol,
                               tr("Two readings of the %1 at address %2 disagree; its protocol has no checksum, so neither "
                                  "was used (a noisy line?).").arg(m_model.displayName).arg(m_address)));
                return;
            }
            readConfirmedStatus(pairsLeft, *status, std::move(done));
            return;
        }
        // Nothing changed since the last confirmed reading: no second read needed.
        if (m_confirmed && consistent(*m_confirmed, *status, m_confirmedAge.elapsed() / 1000.0))
            return accept();
        readConfirmedStatus(pairsLeft, *status, std::move(done));
    });
}

void PumpDriver::start(Callback<void> done)
{
    m_confirmed.reset();  // what the pump reports may change now
    if (!refuseIfSensor(done))
        doStart(std::move(done));
}

void PumpDriver::stop(Callback<void> done)
{
    m_confirmed.reset();  // what the pump reports may change now
    if (!refuseIfSensor(done))
        doStop(std::move(done));
}

void PumpDriver::setDirection(Direction direction, Callback<void> done)
{
    m_confirmed.reset();  // what the pump reports may change now
    if (refuseIfSensor(done))
        return;
    if (!m_model.capabilities.direction) {
        done(unsupported(tr("The %1 cannot change direction.").arg(m_model.displayName)));
        return;
    }
    doSetDirection(direction, std::move(done));
}

void PumpDriver::setSpeed(double rpm, Callback<double> done)
{
    m_confirmed.reset();  // what the pump reports may change now
    if (refuseIfSensor(done))
        return;
    if (m_model.kind == Models::Kind::Syringe) {
        done(unsupported(tr("The %1 is set in flow (mL/min), not in rpm.").arg(m_model.displayName)));
        return;
    }
    const auto checked = Models::checkSpeed(m_model, rpm);
    if (!checked) {
        done(checked.error());
        return;
    }
    doSetSpeed(*checked, std::move(done));
}

void PumpDriver::setFlow(double mlPerMin, Callback<double> done)
{
    m_confirmed.reset();  // what the pump reports may change now
    if (refuseIfSensor(done))
        return;
    const auto checked = Models::checkFlow(m_model, m_mlPerRev, mlPerMin);
    if (!checked) {
        done(checked.error());
        return;
    }
    doSetFlow(*checked, std::move(done));
}

void PumpDriver::setCurve(std::optional<Models::MlPerRevCurve> curve)
{
    if (curve && !curve->isValid())
        curve.reset();
    m_curve = std::move(curve);
    // The range checks take one figure: the one at full speed makes the maximum flow exact.
    if (m_curve)
        m_mlPerRev = m_curve->mlPerRevAt(m_model.maxRpm);
}

void PumpDriver::doSetFlow(double mlPerMin, Callback<double> done)
{
    if (m_curve) {
        const auto speed = m_curve->rpmForFlow(mlPerMin, m_model.maxRpm);
        const auto rpm = Models::checkSpeed(m_model, speed.value_or(m_model.maxRpm * 2));
        if (!rpm) {
            done(rpm.error());
            return;
        }
        doSetSpeed(*rpm, [this, done = std::move(done)](Result<double> set) {
            if (!set)
                done(set.error());
            else
                done(flowAtRpm(*set));
        });
        return;
    }
    if (m_mlPerRev <= 0) {
        done(makeError(Error::Code::InvalidArgument,
                       tr("No mL per revolution is known for this pump: choose its head and tubing or calibrate it.")));
        return;
    }
    const double mlPerRev = m_mlPerRev;
    const auto rpm = Models::checkSpeed(m_model, mlPerMin / mlPerRev);
    if (!rpm) {
        done(rpm.error());
        return;
    }
    doSetSpeed(*rpm, [done = std::move(done), mlPerRev](Result<double> set) {
        if (!set)
            done(set.error());
        else
            done(*set * mlPerRev);
    });
}

bool PumpDriver::hasNativeMode(NativeMode mode) const
{
    const Models::OwnModes own = Models::ownModes(m_model);
    return (mode == NativeMode::Volume ? own.volume : own.time) && supportsNativeMode(mode);
}

bool PumpDriver::supportsNativeMode(NativeMode) const { return false; }

void PumpDriver::dispense(double ml, std::optional<double> mlPerMin, Callback<NativeRun> done)
{
    m_confirmed.reset();  // what the pump reports may change now
    if (refuseIfSensor(done))
        return;
    if (!(ml > 0)) {
        done(makeError(Error::Code::OutOfRange, tr("A dispense volume must be above 0 mL.")));
        return;
    }
    // Range checked here; the value goes on as asked: the native modes carry a flow (rounded
    // by the pump, which says what it took), not an rpm step.
    if (mlPerMin) {
        const auto checked = Models::checkFlow(m_model, m_mlPerRev, *mlPerMin);
        if (!checked) {
            done(checked.error());
            return;
        }
    }
    doDispense(ml, mlPerMin, std::move(done));
}

void PumpDriver::doDispense(double, std::optional<double>, Callback<NativeRun> done)
{
    done(unsupported(tr("The %1 has no native dispense; run it as a timed profile step instead.").arg(m_model.displayName)));
}

void PumpDriver::runFor(double seconds, double mlPerMin, Callback<NativeRun> done)
{
    m_confirmed.reset();  // what the pump reports may change now
    if (refuseIfSensor(done))
        return;
    if (!(seconds > 0)) {
        done(makeError(Error::Code::OutOfRange, tr("A timed run must last more than 0 s.")));
        return;
    }
    const auto checked = Models::checkFlow(m_model, m_mlPerRev, mlPerMin);
    if (!checked) {
        done(checked.error());
        return;
    }
    if (!hasNativeMode(NativeMode::Time)) {
        done(unsupported(tr("The %1 has no timed mode here; run it as a timed profile step instead.").arg(m_model.displayName)));
        return;
    }
    doRunFor(seconds, mlPerMin, std::move(done));
}

void PumpDriver::doRunFor(double, double, Callback<NativeRun> done)
{
    done(unsupported(tr("The %1 has no timed mode here; run it as a timed profile step instead.").arg(m_model.displayName)));
}

void PumpDriver::isRunning(Callback<bool> done)
{
    if (!refuseIfGated(done))
        doIsRunning(std::move(done));
}

void PumpDriver::doIsRunning(Callback<bool> done)
{
    doReadStatus([done = std::move(done)](Result<PumpStatus> status) {
        if (!status)
            done(status.error());
        else
            done(status->running);
    });
}

void PumpDriver::readPressure(Callback<double> done)
{
    if (!refuseIfGated(done))
        doReadPressure(std::move(done));
}

void PumpDriver::doReadPressure(Callback<double> done)
{
    done(unsupported(tr("The %1 does not measure pressure.").arg(m_model.displayName)));
}

} // namespace PumpStudio::Device

namespace PumpStudio::Device {

void PumpDriver::readOwnMlPerRev(Callback<double> done)
{
    if (refuseIfSensor(done))
        return;
    doReadOwnMlPerRev(std::move(done));
}

void PumpDriver::writeOwnMlPerRev(double mlPerRev, Callback<double> readBack)
{
    if (refuseIfSensor(readBack))
        return;
    if (!(mlPerRev > 0) || !std::isfinite(mlPerRev)) {
        readBack(makeError(Error::Code::OutOfRange, tr("A calibration must be above 0 mL/rev.")));
        return;
    }
    m_confirmed.reset();
    doWriteOwnMlPerRev(mlPerRev, std::move(readBack));
}

void PumpDriver::doWriteOwnMlPerRev(double, Callback<double> readBack)
{
    readBack(unsupported(tr("The %1 keeps no calibration of its own: PumpStudio applies the figure itself.").arg(m_model.displayName)));
}

void PumpDriver::doReadOwnMlPerRev(Callback<double> done)
{
    done(unsupported(tr("The %1 keeps no calibration of its own.").arg(m_model.displayName)));
}

void PumpDriver::readSyringeDiameter(Callback<double> done)
{
    if (refuseIfSensor(done))
        return;
    doReadSyringeDiameter(std::move(done));
}

void PumpDriver::writeSyringeDiameter(double mm, Callback<double> readBack)
{
    if (refuseIfSensor(readBack))
        return;
    if (!(mm > 0) || !std::isfinite(mm)) {
        readBack(makeError(Error::Code::OutOfRange, tr("A syringe's inner diameter must be above 0 mm.")));
        return;
    }
    m_confirmed.reset();
    doWriteSyringeDiameter(mm, std::move(readBack));
}

void PumpDriver::doReadSyringeDiameter(Callback<double> done)
{
    done(unsupported(tr("The %1 has no syringe diameter setting.").arg(m_model.displayName)));
}

void PumpDriver::doWriteSyringeDiameter(double, Callback<double> readBack)
{
    readBack(unsupported(tr("The %1 has no syringe diameter setting.").arg(m_model.displayName)));
}

} // namespace PumpStudio::Device
