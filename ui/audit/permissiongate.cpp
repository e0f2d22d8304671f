// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "permissiongate.h"

#include "services/deviceservice.h"

namespace PumpStudio {

PermissionGate::PermissionGate(Services::DeviceService &devices, QObject *parent) : QObject(parent), m_devices(devices)
{
    connect(&m_devices, &Services::DeviceService::permissionsChanged, this, &PermissionGate::apply);
}

void PermissionGate::require(QWidget *widget, Accounts::Permission permission)
{
    m_gated.append(Gated{widget, permission});
    widget->setVisible(m_devices.may({}, permission));
}

void PermissionGate::apply()
{
    for (const Gated &g : std::as_const(m_gated)) {
        if (QWidget *widget = g.widget.data())
            widget->setVisible(m_devices.may({}, g.permission));
    }
}

} // namespace PumpStudio
