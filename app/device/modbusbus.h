// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "device/link.h"
#include "device/linkstats.h"
#include "device/serialsettings.h"

#include <QModbusDataUnit>
#include <QObject>

#include <functional>
#include <memory>

namespace PumpStudio::Device {

class ByteLine;
class SerialBus;

/// One Modbus RTU line (pumps and pressure transmitters share it), on our own transaction
/// queue (SerialBus) rather than Qt SerialBus's client, because a reply must be proven to
/// answer its request and Qt checks only the server and the function code:
///  - a read's reply must name the server and function asked and carry exactly the bytes the
///    registers or bits asked for; a write's reply must echo the address and value (FC 05/06)
///    or the address and quantity (FC 0F/10); an exception names the function asked;
///  - after a timeout, replies to the unanswered attempts are dropped as they arrive, and the
///    next request waits until they have or the line has been quiet (SerialBus);
///  - a port that sends the request back (loopback, local echo) fails the request as an echo;
///    where the protocol's reply is the request itself (FC 05/06) the driver reads back.
/// Timeouts come from the baud rate, retries are counted, the port is watched for unplugging.
/// Asynchronous only; lives on the device thread.
class ModbusBus final : public Link
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModbusBus)

public:
    using ReadCallback = std::function<void(Result<QList<quint16>>)>;
    using WriteCallback = std::function<void(Result<void>)>;

    static constexpr std::size_t kMaxQueued = 256;

    explicit ModbusBus(const SerialSettings &settings, QObject *parent = nullptr);
    /// A Modbus line on any byte transport (tests, in-process simulation).
    explicit ModbusBus(std::unique_ptr<ByteLine> line, QObject *parent = nullptr);
    ~ModbusBus() override;

    const SerialSettings &settings() const override;
    LinkState state() const override;
    QString lastError() const override;
    LinkStats stats() const override;
    QString usbSerialNumber() const override;
    void abandonRequests() override;
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
    void attach();

    SerialBus *m_bus = nullptr;
    int m_maxAttempts = 3;
};

} // namespace PumpStudio::Device
