// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/inprocessline.h"

#include "sim/inprocessendpoint.h"

namespace PumpStudio::Sim {

using Device::LinkState;

InProcessLine::InProcessLine(InProcessEndpoint *endpoint, const Device::SerialSettings &settings, QObject *parent)
    : ByteLine(parent), m_endpoint(endpoint), m_settings(settings)
{
    connect(endpoint, &InProcessEndpoint::toHost, this, [this](const QByteArray &bytes) {
        if (m_state == LinkState::Connected)
            Q_EMIT bytesReceived(bytes);
    });
    connect(endpoint, &ByteEndpoint::unplugged, this, [this] {
        if (m_state != LinkState::Connected)
            return;
        m_lastError = tr("The simulated line %1 was unplugged.").arg(m_settings.portName);
        setState(LinkState::Reconnecting, m_lastError);
    });
    connect(endpoint, &ByteEndpoint::replugged, this, [this] {
        if (m_state == LinkState::Reconnecting)
            setState(LinkState::Connected, tr("Reconnected"));
    });
}

void InProcessLine::open()
{
    if (!m_endpoint) {
        m_lastError = tr("The simulated line %1 is gone.").arg(m_settings.portName);
        setState(LinkState::Failed, m_lastError);
        return;
    }
    setState(m_endpoint->isOpen() ? LinkState::Connected : LinkState::Reconnecting, {});
}

void InProcessLine::close()
{
    setState(LinkState::Closed, {});
}

void InProcessLine::write(const QByteArray &bytes)
{
    if (m_state == LinkState::Connected && m_endpoint)
        m_endpoint->hostWrite(bytes);
}

void InProcessLine::setState(LinkState state, const QString &reason)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state, reason);
}

} // namespace PumpStudio::Sim
