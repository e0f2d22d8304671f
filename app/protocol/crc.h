// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QByteArrayView>

namespace PumpStudio::Protocol {

/// CRC-16/MODBUS: poly 0xA001 reflected, init 0xFFFF; "123456789" gives 0x4B37. Sent low byte first.
quint16 crc16Modbus(QByteArrayView bytes);
/// CRC-16/XMODEM: poly 0x1021, init 0, not reflected; "123456789" gives 0x31C3 (New Era safe mode).
quint16 crc16Xmodem(QByteArrayView bytes);

} // namespace PumpStudio::Protocol
