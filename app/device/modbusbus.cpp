// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/modbusbus.h"

#include "core/logging.h"
#include "device/portpresence.h"
#include "protocol/modbusrtu.h"

#include <QFileInfo>
#include <QModbusReply>
#include <QModbusRtuSerialClient>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Device {

namespace {
constexpr int kMaxRegistersPerRead = 32;

QByteArray adu(int server, const QModbusPdu &pdu)
{
    return Protocol::Modbus::encode({server, static_cast<quint8>(pdu.functionCode()), pdu.data()});
}

/// The request frame Qt will send for `unit`, rebuilt for --trace (Qt does not expose it).
QByteArray requestAdu(int server, bool isWrite, const QModbusDataUnit &unit)
{
    namespace M = Protocol::Modbus;
    const int address = unit.startAddress();
    const auto count = static_cast<int>(unit.valueCount());
    if (!isWrite) {
        const quint8 function = unit.registerType() == QModbusDataUnit::Coils ? M::ReadCoils
                                : unit.registerType() == QModbusDataUnit::DiscreteInputs ? M::ReadDiscreteInputs
                                : unit.registerType() == QModbusDataUnit::InputRegisters ? M::ReadInputRegisters
                                                                                          : M::ReadHoldingRegisters;
        return M::readRequest(server, function, address, count);
    }
    if (unit.registerType() == QModbusDataUnit::Coils && count == 1)
        return M::writeSingleCoil(server, address, unit.value(0) != 0);
    if (unit.registerType() == QModbusDataUnit::HoldingRegisters && count == 1)
        return M::writeSingleRegister(server, address, unit.value(0));
    return M::writeMultipleRegisters(server, address, unit.values());
}

QString exceptionText(QModbusPdu::ExceptionCode code)
{
    switch (code) {
    case QModbusPdu::IllegalFunction: return ModbusBus::tr("illegal function");
    case QModbusPdu::IllegalDataAddress: return ModbusBus::tr("illegal data address");
    case QModbusPdu::IllegalDataValue: return ModbusBus::tr("illegal data value");
    case QModbusPdu::ServerDeviceFailure: return ModbusBus::tr("server device failure");
    default: return ModbusBus::tr("exception %1").arg(static_cast<int>(code));
    }
}

} // namespace

ModbusBus::ModbusBus(const SerialSettings &settings, QObject *parent)
    : Link(parent), m_settings(settings), m_client(new QModbusRtuSerialClient(this)), m_presence(new PortPresence(this))
{
    qRegisterMetaType<PumpStudio::Device::LinkState>();
    connect(m_presence, &PortPresence::vanished, this, [this] { lose(tr("%1 vanished (unplugged?)").arg(m_settings.portName)); });
    connect(m_presence, &PortPresence::returned, this, &ModbusBus::reopen);
    connect(m_client, &QModbusDevice::stateChanged, this, [this](QModbusDevice::State state) {
        if (state == QModbusDevice::UnconnectedState && m_state == LinkState::Connected)
            lose(tr("%1 was closed under us: %2").arg(m_settings.portName, m_client->errorString()));
    });
    connect(m_client, &QModbusDevice::errorOccurred, this, &ModbusBus::onClientError);
    // Retries are ours, so they can be counted and the timeout derived from the frame sizes.
    m_client->setNumberOfRetries(0);
    m_client->setTimeout(static_cast<int>(timeout().count()));
    m_client->setInterFrameDelay(static_cast<int>(m_settings.interFrameGap().count()));
}

QString ModbusBus::usbSerialNumber() const
{
    return m_presence->usbSerialNumber();
}

ModbusBus::~ModbusBus()
{
    m_client->disconnect(this);
    if (m_client->state() != QModbusDevice::UnconnectedState)
        m_client->disconnectDevice();
}

std::chrono::milliseconds ModbusBus::timeout() const
{
    if (const auto fixed = replyTimeoutOverride())
        return *fixed;
    // The longest exchange we make: a read of 32 registers (8-byte request, 69-byte reply).
    return replyTimeout(m_settings, 8, 5 + 2 * kMaxRegistersPerRead, 50ms);
}

bool ModbusBus::connectClient()
{
    m_client->setConnectionParameter(QModbusDevice::SerialPortNameParameter, m_settings.portName);
    m_client->setConnectionParameter(QModbusDevice::SerialBaudRateParameter, m_settings.baudRate);
    m_client->setConnectionParameter(QModbusDevice::SerialDataBitsParameter, m_settings.dataBits);
    m_client->setConnectionParameter(QModbusDevice::SerialParityParameter, m_settings.parity);
    m_client->setConnectionParameter(QModbusDevice::SerialStopBitsParameter, m_settings.stopBits);
    m_client->setTimeout(static_cast<int>(timeout().count()));
    if (!m_client->connectDevice() || m_client->state() != QModbusDevice::ConnectedState) {
        m_lastError = tr("Cannot open %1: %2").arg(m_settings.portName, m_client->errorString());
        return false;
    }
    return true;
}

void ModbusBus::open()
{
    if (m_state == LinkState::Connected)
        return;
    setState(LinkState::Opening, {});
    if (!connectClient()) {
        setState(LinkState::Failed, m_lastError);
        return;
    }
    Logging::get("serial")->info("opened Modbus line {} at {}", m_settings.portName, m_settings.summary());
    m_wasConnected = true;
    m_presence->watch(m_settings.portName);
    setState(LinkState::Connected, {});
}

void ModbusBus::close()
{
    m_presence->stop();
    m_wasConnected = false;
    setState(LinkState::Closed, {});  // first: the client's own state change is not a loss then
    if (m_client->state() != QModbusDevice::UnconnectedState)
        m_client->disconnectDevice();
}

void ModbusBus::read(QModbusDataUnit::RegisterType table, int address, int count, int server, QObject *context,
                     ReadCallback done)
{
    auto job = std::make_shared<Job>();
    job->unit = QModbusDataUnit(table, address, static_cast<qsizetype>(count));
    job->server = server;
    job->context = context;
    job->hasContext = context != nullptr;
    job->readDone = std::move(done);
    start(std::move(job));
}

void ModbusBus::write(QModbusDataUnit::RegisterType table, int address, const QList<quint16> &values, int server,
                      QObject *context, WriteCallback done)
{
    auto job = std::make_shared<Job>();
    job->isWrite = true;
    job->unit = QModbusDataUnit(table, address, values);
    job->server = server;
    job->context = context;
    job->hasContext = context != nullptr;
    job->writeDone = std::move(done);
    start(std::move(job));
}

void ModbusBus::fail(const std::shared_ptr<Job> &job, const Error &error)
{
    if (job->hasContext && !job->context)
        return;
    if (job->isWrite)
        job->writeDone(error);
    else
        job->readDone(error);
}

void ModbusBus::start(std::shared_ptr<Job> job)
{
    if (m_state != LinkState::Connected) {
        fail(job, makeError(Error::Code::Disconnected,
                            tr("%1 is not connected (%2); nothing was sent.")
                                .arg(m_settings.portName, m_lastError.isEmpty() ? linkStateText(m_state) : m_lastError)));
        return;
    }
    if (job->attempts == 0 && m_inFlight >= kMaxQueued) {
        fail(job, makeError(Error::Code::Refused, tr("%1 has too many requests waiting.").arg(m_settings.portName)));
        return;
    }
    if (++job->attempts > 1)
        ++m_stats.retries;
    ++m_stats.framesSent;
    Q_EMIT traffic(true, requestAdu(job->server, job->isWrite, job->unit));
    QModbusReply *reply = job->isWrite ? m_client->sendWriteRequest(job->unit, job->server)
                                       : m_client->sendReadRequest(job->unit, job->server);
    if (!reply) {
        ++m_stats.transactionsFailed;
        fail(job, makeError(Error::Code::Io, tr("Cannot send on %1: %2").arg(m_settings.portName, m_client->errorString())));
        return;
    }
    ++m_inFlight;
    if (reply->isFinished()) {  // broadcasts finish at once
        onReply(reply, job);
        return;
    }
    connect(reply, &QModbusReply::finished, this, [this, reply, job] { onReply(reply, job); });
}

void ModbusBus::onReply(QModbusReply *reply, std::shared_ptr<Job> job)
{
    reply->deleteLater();
    --m_inFlight;
    m_stats.checksumErrors += static_cast<quint64>(
        std::count(reply->intermediateErrors().cbegin(), reply->intermediateErrors().cend(),
                   QModbusDevice::ResponseCrcError));
    const QModbusDevice::Error error = reply->error();
    if (error == QModbusDevice::NoError) {
        ++m_stats.framesReceived;
        ++m_stats.transactionsOk;
        const QModbusResponse raw = reply->rawResult();
        if (raw.isValid())
            Q_EMIT traffic(false, adu(job->server, raw));
        if (job->hasContext && !job->context)
            return;
        if (job->isWrite) {
            job->writeDone({});
        } else {
            QList<quint16> values = reply->result().values();
            job->readDone(std::move(values));
        }
        return;
    }
    if (error == QModbusDevice::TimeoutError) {
        ++m_stats.timeouts;
        if (job->attempts < m_maxAttempts && m_state == LinkState::Connected) {
            start(job);
            return;
        }
        ++m_stats.transactionsFailed;
        fail(job, makeError(Error::Code::Timeout,
                            tr("No reply from Modbus server %1 on %2 after %n attempt(s) of %3 ms each.", nullptr,
                               job->attempts)
                                .arg(job->server)
                                .arg(m_settings.portName)
                                .arg(timeout().count())));
        return;
    }
    ++m_stats.transactionsFailed;
    if (error == QModbusDevice::ProtocolError) {
        ++m_stats.framesReceived;
        const QModbusResponse raw = reply->rawResult();
        Q_EMIT traffic(false, adu(job->server, raw));
        fail(job, makeError(Error::Code::Refused, tr("Modbus server %1 refused the request: %2.")
                                                      .arg(job->server)
                                                      .arg(exceptionText(raw.exceptionCode()))));
        return;
    }
    fail(job, makeError(m_state == LinkState::Connected ? Error::Code::Protocol : Error::Code::Disconnected,
                        tr("Modbus request to server %1 failed: %2").arg(job->server).arg(reply->errorString())));
}

void ModbusBus::onClientError()
{
    const auto error = m_client->error();
    if (error == QModbusDevice::ConnectionError || error == QModbusDevice::ReadError
        || error == QModbusDevice::WriteError) {
        if (m_state == LinkState::Connected && !QFileInfo::exists(m_settings.portName))
            lose(tr("%1 vanished: %2").arg(m_settings.portName, m_client->errorString()));
    }
}

void ModbusBus::reopen(const QString &path)
{
    if (m_state != LinkState::Reconnecting)
        return;
    m_settings.portName = path;
    if (!connectClient())
        return;  // not ready yet: the next check retries
    ++m_stats.reconnects;
    Logging::get("serial")->info("Modbus line {} is back", m_settings.portName);
    m_presence->watch(m_settings.portName);
    setState(LinkState::Connected, tr("Reconnected"));
    Q_EMIT reconnected();
}

void ModbusBus::lose(const QString &reason)
{
    if (m_state != LinkState::Connected)
        return;
    m_lastError = reason;
    ++m_stats.disconnects;
    Logging::get("serial")->warn("{}", reason);
    setState(LinkState::Reconnecting, reason);
    m_presence->awaitReturn(m_settings.portName);
    // Pending replies end with errors as the client closes; they see Reconnecting and say so.
    if (m_client->state() != QModbusDevice::UnconnectedState)
        m_client->disconnectDevice();
}

void ModbusBus::setState(LinkState state, const QString &reason)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state, reason);
}

} // namespace PumpStudio::Device
