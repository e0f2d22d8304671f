// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "models/limits.h"

#include "core/messagetext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace PumpStudio::Models {

namespace {

QString num(double v)
{
    // A speed of 1e300 typed on a command line must not come back as 300 digits.
    if (!std::isfinite(v) || std::abs(v) >= 1e9)
        return messageNumber(v);
    return QString::number(v, 'f', v == std::round(v) ? 1 : (std::abs(v * 100 - std::round(v * 100)) < 1e-9 ? 2 : 3));
}

} // namespace

double quantizeSpeed(const PumpModel &model, double rpm)
{
    if (model.rpmResolution <= 0)
        return rpm;
    return std::round(rpm / model.rpmResolution) * model.rpmResolution;
}

Result<double> checkSpeed(const PumpModel &model, double rpm)
{
    if (!std::isfinite(rpm))
        return makeError(Error::Code::OutOfRange, QCoreApplication::translate("Models", "The speed must be a number."));
    if (rpm > model.maxRpm + 1e-9)
        return makeError(Error::Code::OutOfRange, QCoreApplication::translate("Models", "Speed %1 rpm is above the %2 maximum of %3 rpm; nothing was sent.")
                                                      .arg(num(rpm), model.displayName, num(model.maxRpm)));
    const double q = quantizeSpeed(model, rpm);
    if (rpm < model.minRpm - 1e-9 || (rpm > 0 && q < model.minRpm - 1e-9))
        return makeError(Error::Code::OutOfRange, QCoreApplication::translate("Models", "Speed %1 rpm is below the %2 minimum of %3 rpm; nothing was sent.")
                                                      .arg(num(rpm), model.displayName, num(model.minRpm)));
    return q;
}

Result<double> checkFlow(const PumpModel &model, double mlPerRev, double mlPerMin)
{
    if (!std::isfinite(mlPerMin) || mlPerMin < 0)
        return makeError(Error::Code::OutOfRange, QCoreApplication::translate("Models", "A flow must be a positive number of mL/min."));
    if (model.kind == Kind::Syringe) {
        if (mlPerMin > model.maxFlowMlPerMin + 1e-12)
            return makeError(Error::Code::OutOfRange, QCoreApplication::translate("Models", "Flow %1 mL/min is above the %2 maximum of %3 mL/min; nothing was sent.")
                                                          .arg(num(mlPerMin), model.displayName, num(model.maxFlowMlPerMin)));
        if (mlPerMin < model.minFlowMlPerMin - 1e-12)
            return makeError(Error::Code::OutOfRange, QCoreApplication::translate("Models", "Flow %1 mL/min is below the %2 minimum of %3 mL/min; nothing was sent.")
                                                          .arg(num(mlPerMin), model.displayName, num(model.minFlowMlPerMin)));
        return mlPerMin;
    }
    if (!(mlPerRev > 0))
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("Models", "No mL per revolution is known for this pump: choose its head and tubing or calibrate it."));
    const double rpm = rpmFromFlow(mlPerMin, mlPerRev);
    if (rpm > model.maxRpm + 1e-9)
        return makeError(Error::Code::OutOfRange,
                         QCoreApplication::translate("Models", "Flow %1 mL/min needs %2 rpm, above the %3 maximum of %4 rpm (%5 mL/min with this tubing); nothing was sent.")
                             .arg(num(mlPerMin), num(rpm), model.displayName, num(model.maxRpm),
                                  num(flowFromRpm(model.maxRpm, mlPerRev))));
    const double q = quantizeSpeed(model, rpm);
    if (rpm < model.minRpm - 1e-9 || (mlPerMin > 0 && q < model.minRpm - 1e-9) || (mlPerMin > 0 && q <= 0))
        return makeError(Error::Code::OutOfRange,
                         QCoreApplication::translate("Models", "Flow %1 mL/min needs %2 rpm, below the %3 minimum of %4 rpm (%5 mL/min with this tubing); nothing was sent.")
                             .arg(num(mlPerMin), num(rpm), model.displayName, num(std::max(model.minRpm, model.rpmResolution)),
                                  num(flowFromRpm(std::max(model.minRpm, model.rpmResolution), mlPerRev))));
    return flowFromRpm(q, mlPerRev);
}

Result<int> checkAddress(const PumpModel &model, int address)
{
    if (address < model.minAddress || address > model.maxAddress)
        return makeError(Error::Code::OutOfRange, QCoreApplication::translate("Models", "Address %1 is outside the %2 range %3-%4.")
                                                      .arg(address)
                                                      .arg(model.displayName)
                                                      .arg(model.minAddress)
                                                      .arg(model.maxAddress));
    return address;
}

double flowFromRpm(double rpm, double mlPerRev) { return rpm * mlPerRev; }
double rpmFromFlow(double mlPerMin, double mlPerRev) { return mlPerRev > 0 ? mlPerMin / mlPerRev : 0; }

std::optional<double> mlPerRevFor(const PumpModel &model, const QString &headId, const QString &tubingId)
{
    const HeadOption *head = model.head(headId.isEmpty() ? model.defaultHead : headId);
    if (!head)
        return std::nullopt;
    const QString tubing = tubingId.isEmpty() ? head->defaultTubing : tubingId;
    for (const TubingOption &t : head->tubing) {
        if (t.id == tubing)
            return t.mlPerRev;
    }
    return std::nullopt;
}

double defaultMlPerRev(const PumpModel &model)
{
    return mlPerRevFor(model, {}, {}).value_or(0);
}

int defaultAddress(const PumpModel &model) { return model.defaultAddress; }

OwnModes ownModes(const PumpModel &model)
{
    OwnModes m;
    switch (model.protocol) {
    case Protocol::RegloIcc:  // volume at rate (O) and time (N): Volume Type 2, Time Type 2
        m.volume = model.capabilities.nativeDispense;
        m.time = model.capabilities.timedDispense;
        m.significantDigits = 4;
        m.timeResolutionS = 0.1;
        break;
    case Protocol::NewEra:  // VOL at RAT: at most 4 digits
        m.volume = model.capabilities.nativeDispense;
        m.significantDigits = 4;
        break;
    case Protocol::MasterflexLegacy:  // V revolutions, then G
        m.volume = model.capabilities.nativeDispense;
        m.revolutionResolution = 0.01;
        break;
    case Protocol::LongerE9:
    case Protocol::ModbusRtu:
    case Protocol::MasterflexSerialComms:
        break;
    }
    return m;
}

double roundToDigits(double value, int digits)
{
    if (!(value > 0) || !std::isfinite(value) || digits <= 0)
        return value;  // the exponent below must fit an int: not for 0, negatives or infinity
    const double scale = std::pow(10.0, digits - 1 - int(std::floor(std::log10(value))));
    return std::round(value * scale) / scale;
}

} // namespace PumpStudio::Models
