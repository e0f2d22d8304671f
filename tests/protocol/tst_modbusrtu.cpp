// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/modbusrtu.h"

#include <QTest>

using namespace PumpStudio::Protocol;


class TestModbusRtu final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesThePublishedExamples_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("read holding 0") << Modbus::readRequest(1, Modbus::ReadHoldingRegisters, 0, 1) << QByteArray::fromHex("01 03 00 00 00 01 84 0A");
        QTest::newRow("write register 1") << Modbus::writeSingleRegister(1, 1, 0x1388) << QByteArray::fromHex("01 06 00 01 13 88 D5 5C");
        QTest::newRow("Lead Fluid start") << Modbus::writeSingleRegister(1, 3102, 1) << QByteArray::fromHex("01 06 0C 1E 00 01 2B 5C");
        QTest::newRow("Lead Fluid 100.0 rpm") << Modbus::writeSingleRegister(1, 3100, 1000) << QByteArray::fromHex("01 06 0C 1C 03 E8 4B E2");
        QTest::newRow("Kamoer start") << Modbus::writeSingleCoil(192, 0x1001, true) << QByteArray::fromHex("C0 05 10 01 FF 00 C9 EB");
    }

    void encodesThePublishedExamples()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, expected);
        QCOMPARE(encoded.toHex(' '), expected.toHex(' '));
        // and the server side reads each back, split at every byte
        for (qsizetype cut = 0; cut <= encoded.size(); ++cut) {
            Modbus::RequestDecoder decoder;
            auto adus = decoder.feed(encoded.left(cut));
            const auto rest = decoder.feed(encoded.mid(cut));
            adus.insert(adus.end(), rest.begin(), rest.end());
            QCOMPARE(adus.size(), 1u);
            QCOMPARE(Modbus::encode(adus[0]), encoded);
        }
    }

    void splitsGluedVariableLengthRequests()
    {
        const QByteArray glued = Modbus::writeMultipleRegisters(192, 0x3001, {0x4248, 0x0000})
                                 + Modbus::readRequest(192, Modbus::ReadHoldingRegisters, 0x3005, 2);
        Modbus::RequestDecoder decoder;
        const auto adus = decoder.feed(glued);
        QCOMPARE(adus.size(), 2u);
        QCOMPARE(adus[0].function, quint8(0x10));
        QCOMPARE(adus[1].function, quint8(0x03));
    }

    void dropsBadCrcAndSkipsGarbage()
    {
        QByteArray bad = Modbus::readRequest(1, 3, 0, 1);
        bad[7] = char(bad[7] ^ 1);
        Modbus::RequestDecoder decoder;
        const auto adus = decoder.feed(QByteArray::fromHex("FF 00 77") + bad + Modbus::readRequest(2, 3, 0, 1));
        QCOMPARE(adus.size(), 1u);
        QCOMPARE(adus[0].slave, 2);
        QVERIFY(decoder.stats().checksumErrors >= 1);
    }

    void decodesResponsesAndExceptions()
    {
        Modbus::ResponseDecoder decoder;
        const QByteArray read = Modbus::encode({1, 0x03, QByteArray::fromHex("02 03 E8")});
        const QByteArray exception = Modbus::exceptionReply(1, 0x06, Modbus::IllegalDataAddress);
        QCOMPARE(exception.toHex(' '), QByteArray("01 86 02 c3 a1"));
        const auto adus = decoder.feed(read + exception);
        QCOMPARE(adus.size(), 2u);
        QCOMPARE(adus[0].data, QByteArray::fromHex("02 03 E8"));
        QCOMPARE(adus[1].function, quint8(0x86));
    }

    void scalesRegisterValuesFromTheModelMap()
    {
        Modbus::Point speed;
        speed.type = Modbus::Point::Type::UInt16;
        speed.scale = 0.1;
        QCOMPARE(Modbus::encodeValue(100.0, speed).value(), (QList<quint16>{1000}));
        QCOMPARE(Modbus::decodeValue({745}, speed), 74.5);
        QVERIFY(!Modbus::encodeValue(7000.0, speed));  // 70000 does not fit 16 bits

        Modbus::Point kamoer;
        kamoer.type = Modbus::Point::Type::Float32;
        QCOMPARE(Modbus::encodeValue(50.0, kamoer).value(), (QList<quint16>{0x4248, 0x0000}));
        QCOMPARE(Modbus::decodeValue({0x4248, 0x0000}, kamoer), 50.0);
        kamoer.wordOrder = Modbus::Point::WordOrder::LowFirst;
        QCOMPARE(Modbus::encodeValue(50.0, kamoer).value(), (QList<quint16>{0x0000, 0x4248}));

        Modbus::Point pressure;
        pressure.type = Modbus::Point::Type::Int16;
        pressure.scale = 0.001;
        QCOMPARE(Modbus::decodeValue({0xFC18}, pressure), -1.0);
        QCOMPARE(Modbus::encodeValue(2.5, pressure).value(), (QList<quint16>{2500}));

        Modbus::Point percent;
        percent.type = Modbus::Point::Type::UInt16;
        percent.scale = 0.1;
        percent.unit = QStringLiteral("%");
        QCOMPARE(Modbus::encodeValue(55.5, percent).value(), (QList<quint16>{555}));
    }
};

QTEST_GUILESS_MAIN(TestModbusRtu)
#include "tst_modbusrtu.moc"
