// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "sim/byteendpoint.h"

#include <memory>

class QSocketNotifier;

namespace PumpStudio::Sim {

/// A pseudo-terminal the host opens like a serial adapter. The master side is ours, raw and
/// non-blocking; `linkPath` (optional) is a stable symlink to the terminal, so an unplug (link
/// removed, master closed) followed by a replug (a new terminal) reappears at the same path.
class PtyEndpoint final : public ByteEndpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PtyEndpoint)

public:
    explicit PtyEndpoint(QObject *parent = nullptr);
    ~PtyEndpoint() override;

    /// Opens a terminal; with a non-empty `linkPath` a symlink there points at it (an existing
    /// symlink is replaced, any other file is refused).
    Result<void> open(const QString &linkPath = {});
    /// The terminal's own path (/dev/pts/N), empty while unplugged.
    QString terminalPath() const { return m_terminal; }
    QString linkPath() const { return m_link; }

    /// The link when there is one, else the terminal.
    QString path() const override;
    bool isOpen() const override { return m_master >= 0; }
    qint64 write(const QByteArray &bytes) override;
    void unplug() override;
    bool replug() override;

private:
    Result<void> openTerminal();
    void closeTerminal();
    void onReadable();

    int m_master = -1;
    int m_slave = -1;
    QString m_terminal;
    QString m_link;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace PumpStudio::Sim
