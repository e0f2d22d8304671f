// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace PumpStudio::Device {

/// Notices within a second that an open port's device node vanished (a yanked USB adapter), and
/// then when the same adapter is back: by its USB serial number wherever it re-enumerates, else
/// at the same path. Shared by every kind of link so unplug handling is written once.
class PortPresence final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortPresence)

public:
    explicit PortPresence(QObject *parent = nullptr);

    /// The port at `path` is open: report vanished() when its node disappears.
    void watch(const QString &path);
    /// It vanished: report returned() with the path where the same adapter is now.
    void awaitReturn(const QString &configuredPath);
    void stop();
    QString usbSerialNumber() const { return m_usbSerial; }

Q_SIGNALS:
    void vanished();
    void returned(const QString &path);

private:
    void check();

    enum class Mode { Idle, Watching, Awaiting };
    QTimer *m_timer = nullptr;
    Mode m_mode = Mode::Idle;
    QString m_path;
    QString m_usbSerial;
};

} // namespace PumpStudio::Device
