// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "telemetry/telemetrypublisher.h"

#include <QLabel>

namespace PumpStudio {

/// The status bar's word on telemetry: off, connecting, connected, or offline with the alarms
/// and events waiting for the broker and the samples dropped meanwhile. Fed by the publisher's
/// signals (LabNetwork::telemetryStatusChanged); it never asks anything itself.
class BrokerStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerStatusLabel)

public:
    explicit BrokerStatusLabel(QWidget *parent = nullptr);
    ~BrokerStatusLabel() override;

    void setStatus(bool running, const Telemetry::PublisherStatus &status, const QString &baseTopic = {});
    /// "off", "connecting", "connected" or "offline": for tests and the style.
    QString stateName() const { return m_state; }

private:
    QString m_state;
};

} // namespace PumpStudio
