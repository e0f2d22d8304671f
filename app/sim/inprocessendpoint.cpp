// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/inprocessendpoint.h"

#include <QMetaObject>

namespace PumpStudio::Sim {

InProcessEndpoint::InProcessEndpoint(QString name, QObject *parent)
    : ByteEndpoint(parent)
    , m_name(std::move(name))
{
}

qint64 InProcessEndpoint::write(const QByteArray &bytes)
{
    if (!m_open)
        return 0;
    QMetaObject::invokeMethod(this, [this, bytes] {
        if (m_open)
            Q_EMIT toHost(bytes);
    }, Qt::QueuedConnection);
    return bytes.size();
}

void InProcessEndpoint::hostWrite(const QByteArray &bytes)
{
    if (!m_open)
        return;
    QMetaObject::invokeMethod(this, [this, bytes] {
        if (m_open)
            Q_EMIT bytesReceived(bytes);
    }, Qt::QueuedConnection);
}

void InProcessEndpoint::unplug()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT unplugged();
}

bool InProcessEndpoint::replug()
{
    if (!m_open) {
        m_open = true;
        Q_EMIT replugged(m_name);
    }
    return true;
}

} // namespace PumpStudio::Sim
