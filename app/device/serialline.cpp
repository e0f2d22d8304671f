// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/serialline.h"

#include "core/logging.h"
#include "core/portholder.h"
#include "device/portpresence.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSerialPort>
#include <QSignalBlocker>
#include <QTimer>

#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Device {

SerialLine::SerialLine(const SerialSettings &settings, QObject *parent)
    : ByteLine(parent), m_settings(settings), m_port(new QSerialPort(this)), m_presence(new PortPresence(this))
{
    connect(m_presence, &PortPresence::vanished, this,
            [this] { lose(tr("%1 vanished (unplugged?)").arg(m_settings.portName)); });
    connect(m_presence, &PortPresence::returned, this, &SerialLine::reopen);
    connect(m_port, &QSerialPort::readyRead, this, &SerialLine::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialLine::onError);
}

QString SerialLine::usbSerialNumber() const
{
    return m_presence->usbSerialNumber();
}

SerialLine::~SerialLine()
{
    if (m_port->isOpen())
        m_port->close();
}

void SerialLine::open()
{
    if (m_state == LinkState::Connected || m_state == LinkState::Opening)
        return;
    setState(LinkState::Opening, {});
    if (tryOpen()) {
        m_presence->watch(m_openPath);
        setState(LinkState::Connected, {});
        return;
    }
    setState(LinkState::Failed, m_lastError);
}

bool SerialLine::tryOpen()
{
    // Keep the path as given: QSerialPort::portName() drops "/dev/", and the presence check
    // needs the real path.
    const QString path = m_openPath.isEmpty() ? m_settings.portName : m_openPath;
    m_port->setPortName(path);
    m_port->setBaudRate(m_settings.baudRate);
    m_port->setDataBits(m_settings.dataBits);
    m_port->setParity(m_settings.parity);
    m_port->setStopBits(m_settings.stopBits);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    // Qt reports a failed open through errorOccurred too, and onError() clears ioctl complaints
    // (right on a live link): the reason would be gone ("Cannot open /etc/passwd: No error").
    const auto opened = [this] {
        const QSignalBlocker quiet(m_port);
        return m_port->open(QIODevice::ReadWrite);
    };
    if (!opened()) {
        // PermissionError also means "busy" (EBUSY, a lock file); only a node this user may not
        // write is the access problem whose fix we can name.
        if (m_port->error() == QSerialPort::PermissionError && QFileInfo::exists(path) && !QFileInfo(path).isWritable()) {
            m_lastError = tr("Cannot open %1: %2. Your user may not open this port: add it to the dialout group "
                             "(sudo usermod -aG dialout $USER) and log in again, or install the PumpStudio package, "
                             "whose udev rule lets the user at the computer open common USB serial adapters.")
                              .arg(m_settings.portName, m_port->errorString());
        } else if (m_port->error() == QSerialPort::PermissionError) {
            // A lock file or TIOCEXCL of another program: Qt calls it "Permission error while
            // locking the device"; say it is in use, and by whom where the system tells.
            const auto holder = findPortHolder(path);
            m_lastError = holder ? tr("Cannot open %1: it is in use by %2.").arg(m_settings.portName, holder->text())
                                 : tr("Cannot open %1: it is in use by another program (%2).")
                                       .arg(m_settings.portName, m_port->errorString());
        } else if (m_port->error() == QSerialPort::UnsupportedOperationError) {
            m_lastError = tr("Cannot open %1: it is not a serial port (%2).").arg(m_settings.portName, m_port->errorString());
        } else {
            m_lastError = tr("Cannot open %1: %2").arg(m_settings.portName, m_port->errorString());
        }
        m_port->clearError();
        return false;
    }
    // DTR/RTS ioctls fail on pseudo-terminals and some adapters: not worth failing the link for.
    m_port->clearError();
    m_openPath = path;
    Logging::get("serial")->info("opened {} at {}", m_openPath, m_settings.summary());
    return true;
}

void SerialLine::close()
{
    m_presence->stop();
    if (m_port->isOpen())
        m_port->close();
    m_openPath.clear();
    setState(LinkState::Closed, {});
}

void SerialLine::write(const QByteArray &bytes)
{
    if (m_state != LinkState::Connected) {
        Logging::get("serial")->warn("{}: dropped {} bytes, link is not connected", m_settings.portName, bytes.size());
        return;
    }
    Logging::get("serial")->trace("{} > {}", m_settings.portName, bytes);
    if (m_port->write(bytes) != bytes.size())
        lose(tr("Writing to %1 failed: %2").arg(m_settings.portName, m_port->errorString()));
}

void SerialLine::onReadyRead()
{
    const QByteArray bytes = m_port->readAll();
    if (bytes.isEmpty())
        return;
    Logging::get("serial")->trace("{} < {}", m_settings.portName, bytes);
    Q_EMIT bytesReceived(bytes);
}

void SerialLine::onError()
{
    const QSerialPort::SerialPortError error = m_port->error();
    switch (error) {
    case QSerialPort::NoError:
    case QSerialPort::TimeoutError:
        return;
    case QSerialPort::ResourceError:
    case QSerialPort::DeviceNotFoundError:
    case QSerialPort::PermissionError:
        // An unplugged adapter (or a closed pty master) shows up here as EIO on read.
        if (m_state == LinkState::Connected)
            lose(tr("%1 vanished: %2").arg(m_settings.portName, m_port->errorString()));
        return;
    default:
        // Parity/framing and ioctl complaints: logged, the link stays up.
        Logging::get("serial")->debug("{}: {}", m_settings.portName, m_port->errorString());
        m_port->clearError();
        return;
    }
}

void SerialLine::reopen(const QString &path)
{
    if (m_state != LinkState::Reconnecting)
        return;
    m_openPath = path;
    if (!tryOpen())
        return;  // not ready yet (permissions settling after a replug): the next check retries
    Logging::get("serial")->info("{} is back as {}", m_settings.portName, m_openPath);
    m_presence->watch(m_openPath);
    setState(LinkState::Connected, tr("Reconnected"));
}

void SerialLine::lose(const QString &reason)
{
    if (m_state != LinkState::Connected)
        return;
    m_lastError = reason;
    m_port->close();
    m_port->clearError();
    Logging::get("serial")->warn("{}", reason);
    if (m_autoReconnect) {
        m_openPath.clear();
        setState(LinkState::Reconnecting, reason);
        m_presence->awaitReturn(m_settings.portName);
    } else {
        m_presence->stop();
        setState(LinkState::Failed, reason);
    }
}

void SerialLine::setState(LinkState state, const QString &reason)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state, reason);
}

} // namespace PumpStudio::Device
