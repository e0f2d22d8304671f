// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "sim/byteendpoint.h"

namespace PumpStudio::Sim {

/// A wire inside the process, for platforms without pseudo-terminals (Windows) and for the GUI's
/// demo mode: the host calls hostWrite() and listens to toHost(). Delivery is queued through the
/// event loop in both directions, as bytes on a real wire arrive later than they were sent.
class InProcessEndpoint final : public ByteEndpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InProcessEndpoint)

public:
    explicit InProcessEndpoint(QString name = {}, QObject *parent = nullptr);

    QString path() const override { return m_name; }
    bool isOpen() const override { return m_open; }
    qint64 write(const QByteArray &bytes) override;
    void unplug() override;
    bool replug() override;

    /// The host side: bytes towards the simulated pumps; lost while unplugged.
    void hostWrite(const QByteArray &bytes);

Q_SIGNALS:
    /// Bytes the simulated pumps sent towards the host.
    void toHost(const QByteArray &bytes);

private:
    QString m_name;
    bool m_open = true;
};

} // namespace PumpStudio::Sim
