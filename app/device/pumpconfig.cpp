// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/pumpconfig.h"

#include "models/limits.h"

#include <algorithm>

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Device {

QString PumpConfig::displayName() const
{
    if (!name.isEmpty())
        return name;
    return QCoreApplication::translate("PumpConfig", "%1 #%2 on %3").arg(modelName.isEmpty() ? modelId : modelName).arg(address).arg(serial.portName);
}

QJsonObject PumpConfig::toJson() const
{
    QJsonObject o{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"model"_s, modelId},
        {u"port"_s, serial.portName},
        {u"baud"_s, serial.baudRate},
        {u"dataBits"_s, static_cast<int>(serial.dataBits)},
        {u"parity"_s, parityLetter(serial.parity)},
        {u"stopBits"_s, serial.stopBits == QSerialPort::TwoStop ? 2 : 1},
        {u"address"_s, address},
        {u"head"_s, headId},
        {u"tubing"_s, tubingId},
        {u"pollMs"_s, pollIntervalMs},
    };
    if (mlPerRev)
        o.insert(u"mlPerRev"_s, *mlPerRev);
    if (boundIdentity) {
        o.insert(u"identity"_s, QJsonObject{{u"model"_s, boundIdentity->model},
                                            {u"firmware"_s, boundIdentity->firmware},
                                            {u"serial"_s, boundIdentity->serialNumber},
                                            {u"address"_s, boundIdentity->address},
                                            {u"portSerial"_s, boundIdentity->portSerialNumber}});
    }
    return o;
}

Result<PumpConfig> PumpConfig::fromJson(const QJsonObject &json)
{
    PumpConfig c;
    c.id = json.value(u"id"_s).toString();
    c.modelId = json.value(u"model"_s).toString();
    c.serial.portName = json.value(u"port"_s).toString();
    if (c.id.isEmpty() || c.modelId.isEmpty() || c.serial.portName.isEmpty())
        return makeError(Error::Code::BadFile,
                         QCoreApplication::translate("PumpConfig", "A saved pump lacks its id, model or port."));
    c.name = json.value(u"name"_s).toString();
    c.serial.baudRate = json.value(u"baud"_s).toInt(9600);
    const auto dataBits = parseDataBits(json.value(u"dataBits"_s).toInt(8));
    const auto parity = parseParity(json.value(u"parity"_s).toString(u"N"_s));
    const auto stopBits = parseStopBits(json.value(u"stopBits"_s).toInt(1));
    if (!dataBits || !parity || !stopBits)
        return makeError(Error::Code::BadFile,
                         QCoreApplication::translate("PumpConfig", "Saved pump %1 has bad serial settings.").arg(c.id));
    c.serial.dataBits = *dataBits;
    c.serial.parity = *parity;
    c.serial.stopBits = *stopBits;
    c.address = json.value(u"address"_s).toInt(1);
    c.headId = json.value(u"head"_s).toString();
    c.tubingId = json.value(u"tubing"_s).toString();
    c.pollIntervalMs = std::clamp(json.value(u"pollMs"_s).toInt(1000), kMinPollIntervalMs, kMaxPollIntervalMs);
    if (json.contains(u"mlPerRev"_s))
        c.mlPerRev = json.value(u"mlPerRev"_s).toDouble();
    if (json.contains(u"identity"_s)) {
        const QJsonObject id = json.value(u"identity"_s).toObject();
        PumpIdentity identity;
        identity.model = id.value(u"model"_s).toString();
        identity.firmware = id.value(u"firmware"_s).toString();
        identity.serialNumber = id.value(u"serial"_s).toString();
        identity.address = id.value(u"address"_s).toInt();
        identity.portSerialNumber = id.value(u"portSerial"_s).toString();
        c.boundIdentity = identity;
    }
    return c;
}

double effectiveMlPerRev(const PumpConfig &config, const Models::PumpModel &model)
{
    return config.mlPerRev.value_or(Models::mlPerRevFor(model, config.headId, config.tubingId).value_or(Models::defaultMlPerRev(model)));
}

} // namespace PumpStudio::Device
