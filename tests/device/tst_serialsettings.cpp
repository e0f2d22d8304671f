// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/serialsettings.h"

#include <QTest>

using namespace PumpStudio::Device;
using namespace std::chrono_literals;

class TestSerialSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsBitsPerCharacter_data()
    {
        QTest::addColumn<int>("dataBits");
        QTest::addColumn<int>("parity");
        QTest::addColumn<int>("stopBits");
        QTest::addColumn<int>("bits");
        QTest::newRow("8N1") << 8 << int(QSerialPort::NoParity) << 1 << 10;
        QTest::newRow("8E1") << 8 << int(QSerialPort::EvenParity) << 1 << 11;
        QTest::newRow("8N2") << 8 << int(QSerialPort::NoParity) << 2 << 11;
        QTest::newRow("7O1") << 7 << int(QSerialPort::OddParity) << 1 << 10;
    }

    void countsBitsPerCharacter()
    {
        QFETCH(int, dataBits);
        QFETCH(int, parity);
        QFETCH(int, stopBits);
        QFETCH(int, bits);
        SerialSettings s;
        s.dataBits = static_cast<QSerialPort::DataBits>(dataBits);
        s.parity = static_cast<QSerialPort::Parity>(parity);
        s.stopBits = static_cast<QSerialPort::StopBits>(stopBits);
        QCOMPARE(s.bitsPerCharacter(), bits);
    }

    void computesFrameTimeFromBaud()
    {
        SerialSettings longer;  // Longer E9 at 1200 8E1: about 9.2 ms a byte, 92 ms for 10 bytes
        longer.baudRate = 1200;
        longer.parity = QSerialPort::EvenParity;
        QCOMPARE(longer.characterTime(), 9167us);
        QCOMPARE(longer.frameTime(10), 91667us);
        SerialSettings fast;
        fast.baudRate = 115200;
        QCOMPARE(fast.frameTime(8), 695us);
    }

    void usesModbusInterFrameGap()
    {
        SerialSettings slow;
        slow.baudRate = 9600;
        slow.parity = QSerialPort::EvenParity;  // 11 bits: 1146 us a character, 3.5 of them
        QCOMPARE(slow.interFrameGap(), 4011us);
        SerialSettings fast;
        fast.baudRate = 115200;  // fixed 1.75 ms above 19200
        QCOMPARE(fast.interFrameGap(), 1750us);
    }

    void scalesReplyTimeoutWithBaud()
    {
        SerialSettings slow;
        slow.baudRate = 1200;
        slow.parity = QSerialPort::EvenParity;
        SerialSettings fast = slow;
        fast.baudRate = 115200;
        const auto slowTimeout = replyTimeout(slow, 10, 11, 20ms);
        const auto fastTimeout = replyTimeout(fast, 10, 11, 20ms);
        QVERIFY(slowTimeout >= 192ms + 20ms);  // 21 characters of 9.17 ms on the wire + device time
        QVERIFY(fastTimeout < 100ms);
        QVERIFY(slowTimeout - fastTimeout >= 190ms);
    }

    void parsesCommandLineSpellings()
    {
        QCOMPARE(parseParity(QStringLiteral("even")).value(), QSerialPort::EvenParity);
        QCOMPARE(parseParity(QStringLiteral("ODD")).value(), QSerialPort::OddParity);
        QVERIFY(!parseParity(QStringLiteral("mark")).ok());
        QCOMPARE(parseDataBits(7).value(), QSerialPort::Data7);
        QVERIFY(!parseDataBits(9).ok());
        QCOMPARE(parseStopBits(2).value(), QSerialPort::TwoStop);
        QVERIFY(parseStopBits(3).error().message.contains(QLatin1String("3")));
    }

    void summarisesLikeTheManuals()
    {
        SerialSettings s;
        s.baudRate = 4800;
        s.dataBits = QSerialPort::Data7;
        s.parity = QSerialPort::OddParity;
        QCOMPARE(s.summary(), QStringLiteral("4800 7O1"));
    }
};

QTEST_GUILESS_MAIN(TestSerialSettings)
#include "tst_serialsettings.moc"
