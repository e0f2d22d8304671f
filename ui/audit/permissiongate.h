// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "accounts/permissions.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace PumpStudio::Services {
class DeviceService;
}

namespace PumpStudio {

/// Hides a page's controls while the one acting may not use them (on any pump), and shows them
/// again when someone who may logs in. Only the visibility is touched: the pages keep enabling
/// and disabling the same controls by link state and selection. The core refuses anyway; this
/// keeps a reviewer or a logged-off workstation from being offered what would be refused.
class PermissionGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionGate)

public:
    PermissionGate(Services::DeviceService &devices, QObject *parent);

    /// `widget` is shown only while `permission` is allowed; applied at once.
    void require(QWidget *widget, Accounts::Permission permission);
    void apply();

private:
    struct Gated
    {
        QPointer<QWidget> widget;
        Accounts::Permission permission;
    };
    Services::DeviceService &m_devices;
    QList<Gated> m_gated;
};

} // namespace PumpStudio
