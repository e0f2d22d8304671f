// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/ptyendpoint.h"

#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace PumpStudio::Sim {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

PtyEndpoint::PtyEndpoint(QObject *parent)
    : ByteEndpoint(parent)
{
}

PtyEndpoint::~PtyEndpoint()
{
    closeTerminal();
}

Result<void> PtyEndpoint::open(const QString &linkPath)
{
    closeTerminal();
    if (!linkPath.isEmpty()) {
        const QFileInfo existing(linkPath);
        if (existing.exists() && !existing.isSymLink())
            return makeError(Error::Code::Io, tr("%1 exists and is not a symbolic link; not replacing it.").arg(linkPath));
    }
    m_link = linkPath;
    return openTerminal();
}

QString PtyEndpoint::path() const
{
    return m_link.isEmpty() ? m_terminal : m_link;
}

Result<void> PtyEndpoint::openTerminal()
{
    int master = -1;
    int slave = -1;
    char name[256] = {};
    if (::openpty(&master, &slave, name, nullptr, nullptr) != 0)
        return makeError(Error::Code::Io, tr("Cannot open a pseudo-terminal: %1").arg(errnoText()));
    // Raw, so no line discipline turns CR into LF or echoes the host's bytes back to it.
    termios tio{};
    ::tcgetattr(slave, &tio);
    ::cfmakeraw(&tio);
    ::tcsetattr(slave, TCSANOW, &tio);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    ::fcntl(master, F_SETFD, FD_CLOEXEC);
    ::fcntl(slave, F_SETFD, FD_CLOEXEC);
    m_master = master;
    // Held open: without any open slave the master reads EIO and the notifier would spin
    // whenever the host closes its port.
    m_slave = slave;
    m_terminal = QString::fromLocal8Bit(name);
    if (!m_link.isEmpty()) {
        QFile::remove(m_link);
        if (!QFile::link(m_terminal, m_link)) {
            closeTerminal();
            return makeError(Error::Code::Io, tr("Cannot create the link %1.").arg(m_link));
        }
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PtyEndpoint::onReadable);
    return {};
}

void PtyEndpoint::closeTerminal()
{
    m_notifier.reset();
    if (!m_link.isEmpty() && QFileInfo(m_link).isSymLink())
        QFile::remove(m_link);
    if (m_master >= 0)
        ::close(m_master);
    if (m_slave >= 0)
        ::close(m_slave);
    m_master = -1;
    m_slave = -1;
    m_terminal.clear();
}

qint64 PtyEndpoint::write(const QByteArray &bytes)
{
    if (m_master < 0)
        return 0;
    qint64 written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(m_master, bytes.constData() + written, static_cast<size_t>(bytes.size() - written));
        if (n > 0) {
            written += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;  // EAGAIN: nobody reads and the terminal buffer is full; the rest is lost
    }
    return written;
}

void PtyEndpoint::unplug()
{
    if (m_master < 0)
        return;
    closeTerminal();
    Q_EMIT unplugged();
}

bool PtyEndpoint::replug()
{
    if (m_master >= 0)
        return true;
    if (!openTerminal())
        return false;
    Q_EMIT replugged(path());
    return true;
}

void PtyEndpoint::onReadable()
{
    QByteArray received;
    char buffer[1024];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            received.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    if (!received.isEmpty())
        Q_EMIT bytesReceived(received);
}

} // namespace PumpStudio::Sim
