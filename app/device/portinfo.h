// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace PumpStudio::Device {

/// A serial port as the system describes it: enough to tell adapters apart and find one again.
struct PortDescription
{
    QString name;            ///< ttyUSB0
    QString systemLocation;  ///< /dev/ttyUSB0
    QString description;     ///< "FT232R USB UART"
    QString manufacturer;
    QString serialNumber;    ///< USB serial number: the identity that survives re-enumeration
    std::optional<quint16> vendorId;
    std::optional<quint16> productId;

    /// "0403:6001", or empty when the port is not USB.
    QString vidPid() const;
};

/// Ports the system lists. Never opens or probes any of them.
std::vector<PortDescription> listPorts();

/// The description of the port at `path` (symlinks resolved); a bare description for paths the
/// system does not list (pseudo-terminals), nullopt when nothing is there.
std::optional<PortDescription> describePort(const QString &path);

/// Where the USB adapter with `serialNumber` is now (it may come back as another ttyUSBn).
std::optional<PortDescription> findPortBySerialNumber(const QString &serialNumber);

} // namespace PumpStudio::Device
