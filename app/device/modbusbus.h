// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "device/link.h"
#include "device/linkstats.h"
#include "device/serialsettings.h"

#include <QModbusDataUnit>
#include <QObject>
#include <QPointer>

#include <functional>

class QModbusRtuSerialClient;
class QModbusReply;

namespace PumpStudio::Device {

class PortPresence;

/// One Modbus RTU line (pumps and pressure transmitters share it). Qt SerialBus does the RTU
/// framing, CRC and silences; this adds what the app needs on top: timeouts from the baud rate,
/// counted retries, link statistics, unplug detection within a second and reopening the same
/// adapter. Asynchronous only; lives on the device thread.
class ModbusBus final : public Link
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModbusBus)

public:
    using ReadCallback = std::function<void(Result<QList<quint16>>)>;
    using WriteCallback = std::function<void(Result<void>)>;

    static constexpr std::size_t kMaxQueued = 256;

    explicit ModbusBus(const SerialSettings &settings, QObject *parent = nullptr);
    ~ModbusBus() override;

    const SerialSettings &settings() const override { return m_settings; }
    LinkState state() const override { return m_state; }
    QString lastError() const override { return m_lastError; }
    LinkStats stats() const override { return m_stats; }
    QString usbSerialNumber() const override;
    void setMaxAttempts(int attempts) { m_maxAttempts = std::max(1, attempts); }

    /// Reads `count` registers or bits from `table` at 0-based PDU `address` of `server`.
    void read(QModbusDataUnit::RegisterType table, int address, int count, int server, QObject *context,
              ReadCallback done);
    /// Writes coils or holding registers (FC 05/06 for one value, 0F/10 for several). Server 0 is
    /// a broadcast: it completes once sent, as nobody answers.
    void write(QModbusDataUnit::RegisterType table, int address, const QList<quint16> &values, int server,
               QObject *context, WriteCallback done);

public Q_SLOTS:
    void open() override;
    void close() override;

private:
    struct Job
    {
        bool isWrite = false;
        QModbusDataUnit unit;
        int server = 1;
        QPointer<QObject> context;
        bool hasContext = false;
        ReadCallback readDone;
        WriteCallback writeDone;
        int attempts = 0;
    };

    void start(std::shared_ptr<Job> job);
    void onReply(QModbusReply *reply, std::shared_ptr<Job> job);
    void fail(const std::shared_ptr<Job> &job, const Error &error);
    void reopen(const QString &path);
    void onClientError();
    void lose(const QString &reason);
    bool connectClient();
    void setState(LinkState state, const QString &reason);
    std::chrono::milliseconds timeout() const;

    SerialSettings m_settings;
    QModbusRtuSerialClient *m_client = nullptr;
    PortPresence *m_presence = nullptr;
    LinkState m_state = LinkState::Closed;
    QString m_lastError;
    LinkStats m_stats;
    std::size_t m_inFlight = 0;
    int m_maxAttempts = 3;
    bool m_wasConnected = false;
};

} // namespace PumpStudio::Device
