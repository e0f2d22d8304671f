// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/crc.h"

#include <QTest>

using namespace PumpStudio::Protocol;

class TestCrc final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheModbusCheckValue() { QCOMPARE(crc16Modbus("123456789"), quint16(0x4B37)); }
    void matchesTheXmodemCheckValue() { QCOMPARE(crc16Xmodem("123456789"), quint16(0x31C3)); }
    void matchesTheNewEraSafeModeExample() { QCOMPARE(crc16Xmodem("SAF0"), quint16(0x5543)); }
    void startsFromTheInitialValueOnEmptyInput()
    {
        QCOMPARE(crc16Modbus({}), quint16(0xFFFF));
        QCOMPARE(crc16Xmodem({}), quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestCrc)
#include "tst_crc.moc"
