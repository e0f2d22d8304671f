// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/pumpdriver.h"

#include "models/limits.h"

#include <QCoreApplication>

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
    if (!refuseIfGated(done))
        doPrepare(std::move(done));
}

void PumpDriver::doPrepare(Callback<void> done)
{
    done({});
}

void PumpDriver::readStatus(Callback<PumpStatus> done)
{
    if (!refuseIfGated(done))
        doReadStatus(std::move(done));
}

void PumpDriver::start(Callback<void> done)
{
    if (!refuseIfSensor(done))
        doStart(std::move(done));
}

void PumpDriver::stop(Callback<void> done)
{
    if (!refuseIfSensor(done))
        doStop(std::move(done));
}

void PumpDriver::setDirection(Direction direction, Callback<void> done)
{
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
    if (refuseIfSensor(done))
        return;
    const auto checked = Models::checkFlow(m_model, m_mlPerRev, mlPerMin);
    if (!checked) {
        done(checked.error());
        return;
    }
    doSetFlow(*checked, std::move(done));
}

void PumpDriver::doSetFlow(double mlPerMin, Callback<double> done)
{
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
