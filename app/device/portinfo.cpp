// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/portinfo.h"

#include <QFileInfo>
#include <QSerialPortInfo>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Device {

namespace {

PortDescription fromInfo(const QSerialPortInfo &info)
{
    PortDescription d;
    d.name = info.portName();
    d.systemLocation = info.systemLocation();
    d.description = info.description();
    d.manufacturer = info.manufacturer();
    d.serialNumber = info.serialNumber();
    if (info.hasVendorIdentifier())
        d.vendorId = info.vendorIdentifier();
    if (info.hasProductIdentifier())
        d.productId = info.productIdentifier();
    return d;
}

} // namespace

QString PortDescription::vidPid() const
{
    if (!vendorId || !productId)
        return {};
    return u"%1:%2"_s.arg(*vendorId, 4, 16, QLatin1Char('0')).arg(*productId, 4, 16, QLatin1Char('0'));
}

std::vector<PortDescription> listPorts()
{
    std::vector<PortDescription> ports;
    const auto infos = QSerialPortInfo::availablePorts();
    ports.reserve(static_cast<std::size_t>(infos.size()));
    for (const QSerialPortInfo &info : infos)
        ports.push_back(fromInfo(info));
    return ports;
}

std::optional<PortDescription> describePort(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return std::nullopt;
    const QString target = file.canonicalFilePath();
    const auto infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos) {
        if (info.systemLocation() == path || info.systemLocation() == target)
            return fromInfo(info);
    }
    PortDescription bare;
    bare.name = file.fileName();
    bare.systemLocation = path;
    return bare;
}

std::optional<PortDescription> findPortBySerialNumber(const QString &serialNumber)
{
    if (serialNumber.isEmpty())
        return std::nullopt;
    const auto infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos) {
        if (info.serialNumber() == serialNumber)
            return fromInfo(info);
    }
    return std::nullopt;
}

} // namespace PumpStudio::Device
