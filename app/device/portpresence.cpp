// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/portpresence.h"

#include "device/portinfo.h"

#include <QFileInfo>
#include <QTimer>

#include <chrono>

using namespace std::chrono_literals;

namespace PumpStudio::Device {

namespace {
// Often enough to notice an unplug within a second, rare enough to cost nothing.
constexpr auto kInterval = 250ms;
}

PortPresence::PortPresence(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(kInterval);
    connect(m_timer, &QTimer::timeout, this, &PortPresence::check);
}

void PortPresence::watch(const QString &path)
{
    m_path = path;
    if (const auto info = describePort(path); info && !info->serialNumber.isEmpty())
        m_usbSerial = info->serialNumber;
    m_mode = Mode::Watching;
    m_timer->start();
}

void PortPresence::awaitReturn(const QString &configuredPath)
{
    m_path = configuredPath;
    m_mode = Mode::Awaiting;
    m_timer->start();
}

void PortPresence::stop()
{
    m_mode = Mode::Idle;
    m_timer->stop();
}

void PortPresence::check()
{
    if (m_mode == Mode::Watching) {
        if (!QFileInfo::exists(m_path)) {
            stop();
            Q_EMIT vanished();
        }
        return;
    }
    if (m_mode != Mode::Awaiting)
        return;
    // The same adapter may come back under another name: follow its USB serial number. Without
    // one (ptys, built-in ports) only the same path will do.
    QString path;
    if (!m_usbSerial.isEmpty()) {
        if (const auto byId = findPortBySerialNumber(m_usbSerial))
            path = byId->systemLocation;
    } else if (QFileInfo::exists(m_path)) {
        path = m_path;
    }
    if (!path.isEmpty())
        Q_EMIT returned(path);
}

} // namespace PumpStudio::Device
