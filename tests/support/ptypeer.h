// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

// A scripted device on the far side of a pseudo-terminal, for driving the real QSerialPort in
// tests. The code under test opens linkPath(); "unplugging" removes the link and closes the
// master, as a yanked USB adapter does; "replugging" makes a new terminal behind the same link.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QObject>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <fcntl.h>
#include <functional>
#include <memory>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

class PtyPeer final : public QObject
{
    Q_OBJECT

public:
    /// Called with everything received so far that was not consumed; returns the bytes to
    /// answer with and how many input bytes it consumed.
    using Responder = std::function<QByteArray(QByteArray &input)>;

    PtyPeer() { plug(); }
    ~PtyPeer() override { unplug(); }

    QString linkPath() const { return m_dir.filePath(QStringLiteral("pump")); }
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    QByteArray received() const { return m_received; }
    bool plugged() const { return m_master >= 0; }

    void send(const QByteArray &bytes)
    {
        if (m_master < 0)
            return;
        const ssize_t n = ::write(m_master, bytes.constData(), static_cast<size_t>(bytes.size()));
        Q_UNUSED(n)
    }

    void unplug()
    {
        m_notifier.reset();
        QFile::remove(linkPath());
        if (m_master >= 0)
            ::close(m_master);
        if (m_slave >= 0)
            ::close(m_slave);
        m_master = -1;
        m_slave = -1;
    }

    bool plug()
    {
        int slave = -1;
        char name[256] = {};
        if (::openpty(&m_master, &slave, name, nullptr, nullptr) != 0)
            return false;
        termios tio{};
        ::tcgetattr(slave, &tio);
        ::cfmakeraw(&tio);
        ::tcsetattr(slave, TCSANOW, &tio);
        m_slave = slave;  // held open so the master never sees a hang-up before the test opens it
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
        QFile::remove(linkPath());
        QFile::link(QString::fromLocal8Bit(name), linkPath());
        m_notifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &PtyPeer::onReadable);
        return true;
    }

Q_SIGNALS:
    void bytesArrived();

private:
    void onReadable()
    {
        char buffer[512];
        for (;;) {
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n > 0) {
                m_received.append(buffer, n);
                m_pending.append(buffer, n);
                continue;
            }
            break;
        }
        if (m_responder) {
            const QByteArray reply = m_responder(m_pending);
            if (!reply.isEmpty())
                send(reply);
        }
        Q_EMIT bytesArrived();
    }

    QTemporaryDir m_dir;
    int m_master = -1;
    int m_slave = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_received;
    QByteArray m_pending;
    Responder m_responder;
};
