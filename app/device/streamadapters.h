// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/frameadapter.h"
#include "protocol/asciireplydecoder.h"
#include "protocol/longere9.h"
#include "protocol/masterflex.h"
#include "protocol/modbusrtu.h"
#include "protocol/newera.h"

#include <memory>

Q_DECLARE_METATYPE(PumpStudio::Protocol::AsciiReply)
Q_DECLARE_METATYPE(PumpStudio::Protocol::Longer::Frame)
Q_DECLARE_METATYPE(PumpStudio::Protocol::NewEra::Reply)
Q_DECLARE_METATYPE(PumpStudio::Protocol::MasterflexLegacy::Reply)
Q_DECLARE_METATYPE(PumpStudio::Protocol::Modbus::Adu)

namespace PumpStudio::Device {

/// Reglo ICC and Masterflex Serial Comms: a status character or a CR LF line; '^' lines are
/// events (Reglo), routed with the channel they name. Expectation: a ReplyShape as int.
class AsciiAdapter final : public FrameAdapter
{
public:
    explicit AsciiAdapter(Protocol::AsciiReplyDecoder decoder) : m_decoder(std::move(decoder)) {}
    void expect(const QVariant &expectation) override;
    std::vector<Frame> feed(QByteArrayView bytes) override;
    void reset() override { m_decoder.reset(); }
    Counters counters() const override;

private:
    Protocol::AsciiReplyDecoder m_decoder;
};

class LongerAdapter final : public FrameAdapter
{
public:
    std::vector<Frame> feed(QByteArrayView bytes) override;
    void reset() override { m_decoder.reset(); }
    Counters counters() const override;

private:
    Protocol::Longer::Decoder m_decoder;
};

/// New Era basic or safe mode; switch with setSafeMode() once the pump has been told (SAF).
class NewEraAdapter final : public FrameAdapter
{
public:
    std::vector<Frame> feed(QByteArrayView bytes) override;
    void reset() override { m_decoder.reset(); }
    Counters counters() const override;
    void setSafeMode(bool on) { m_decoder.setSafeMode(on); }

private:
    Protocol::NewEra::ReplyDecoder m_decoder;
};

class MasterflexLegacyAdapter final : public FrameAdapter
{
public:
    std::vector<Frame> feed(QByteArrayView bytes) override;
    void reset() override { m_decoder.reset(); }
    Counters counters() const override;

private:
    Protocol::MasterflexLegacy::ReplyDecoder m_decoder;
};

/// Modbus RTU responses, framed by the length their function code implies and checked by CRC
/// (a pty has no reliable silence); whether one answers a request is the bus's `matches`.
class ModbusAdapter final : public FrameAdapter
{
public:
    std::vector<Frame> feed(QByteArrayView bytes) override;
    void reset() override { m_decoder.reset(); }
    Counters counters() const override;

private:
    Protocol::Modbus::ResponseDecoder m_decoder;
};

} // namespace PumpStudio::Device
