// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace PumpStudio {

/// Turns SIGINT and SIGTERM into a Qt signal, so a headless tool can shut down through its event
/// loop (removing its terminal link) instead of dying inside a signal handler. The handler only
/// writes one byte to a socket pair, which is all a handler may safely do.
class TerminationWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationWatcher)

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace PumpStudio
