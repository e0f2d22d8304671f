// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/newera.h"

#include <QTest>

using namespace PumpStudio::Protocol;

class TestNewEra final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesTheSafeModeManualExample()
    {
        const QByteArray packet = NewEra::safeRequest({std::nullopt, "SAF", "0"});
        QCOMPARE(packet.toHex(' '), QByteArray("02 08 53 41 46 30 55 43 03"));
        NewEra::RequestDecoder server;
        server.setSafeMode(true);
        const auto requests = server.feed(packet);
        QCOMPARE(requests.size(), 1u);
        QCOMPARE(requests[0].command, QByteArray("SAF"));
        QCOMPARE(requests[0].params, QByteArray("0"));
    }

    void encodesBasicRequests_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("rate") << NewEra::basicRequest({1, "RAT", "10.5MM"}) << QByteArray("1RAT10.5MM\r");
        QTest::newRow("run") << NewEra::basicRequest({std::nullopt, "RUN", {}}) << QByteArray("RUN\r");
        QTest::newRow("all stop") << NewEra::basicRequest({-1, "STP", {}}) << QByteArray("*STP\r");
        QTest::newRow("direction") << NewEra::basicRequest({12, "DIR", "WDR"}) << QByteArray("12DIRWDR\r");
    }

    void encodesBasicRequests()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QByteArray, expected);
        QCOMPARE(wire, expected);
    }

    void decodesRepliesAlarmsAndErrors_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("address");
        QTest::addColumn<char>("status");
        QTest::addColumn<char>("alarm");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("stopped") << QByteArray("\x02" "00S\x03") << 0 << 'S' << char(0) << QByteArray();
        QTest::newRow("infusing with data") << QByteArray("\x02" "01I10.5\x03") << 1 << 'I' << char(0) << QByteArray("10.5");
        QTest::newRow("stall alarm") << QByteArray("\x02" "00A?S\x03") << 0 << 'A' << 'S' << QByteArray();
        QTest::newRow("watchdog alarm") << QByteArray("\x02" "07A?T\x03") << 7 << 'A' << 'T' << QByteArray();
        QTest::newRow("out of range") << QByteArray("\x02" "00S?OOR\x03") << 0 << 'S' << char(0) << QByteArray("?OOR");
        QTest::newRow("not applicable") << QByteArray("\x02" "00I?NA\x03") << 0 << 'I' << char(0) << QByteArray("?NA");
    }

    void decodesRepliesAlarmsAndErrors()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, address);
        QFETCH(char, status);
        QFETCH(char, alarm);
        QFETCH(QByteArray, data);
        NewEra::ReplyDecoder decoder;
        std::vector<NewEra::Reply> replies;
        for (const char c : wire) {
            const auto got = decoder.feed(QByteArrayView(&c, 1));
            replies.insert(replies.end(), got.begin(), got.end());
        }
        QCOMPARE(replies.size(), 1u);
        QCOMPARE(replies[0].address, address);
        QCOMPARE(replies[0].status, status);
        QCOMPARE(replies[0].alarm, alarm);
        QCOMPARE(replies[0].data, data);
        QCOMPARE(NewEra::basicReply(replies[0]), wire);
        // the same reply in safe mode round-trips through the CRC framing
        NewEra::ReplyDecoder safe;
        safe.setSafeMode(true);
        QCOMPARE(safe.feed(NewEra::safeReply(replies[0])).at(0), replies[0]);
    }

    void rejectsASafePacketWithABadCrc()
    {
        QByteArray packet = NewEra::safeReply({0, 'S', 0, {}});
        packet[packet.size() - 2] = char(packet[packet.size() - 2] ^ 0x10);
        NewEra::ReplyDecoder decoder;
        decoder.setSafeMode(true);
        QVERIFY(decoder.feed(packet + NewEra::safeReply({0, 'I', 0, {}})).size() == 1);
        QCOMPARE(decoder.stats().checksumErrors, 1u);
    }

    void formatsNumbersInFourDigits()
    {
        QCOMPARE(NewEra::formatNumber(10.5).value(), QByteArray("10.5"));
        QCOMPARE(NewEra::formatNumber(0.0125).value(), QByteArray("0.013"));
        QCOMPARE(NewEra::formatNumber(1234.4).value(), QByteArray("1234"));
        QCOMPARE(NewEra::formatNumber(5.1234).value(), QByteArray("5.123"));
        QVERIFY(!NewEra::formatNumber(12345));
        QVERIFY(!NewEra::formatNumber(0.0001));
    }

    void parsesDispensedVolumes()
    {
        const auto d = NewEra::parseDispensed("I1.250W0.500ML");
        QVERIFY(d);
        QCOMPARE(d->infusedMl, 1.25);
        QCOMPARE(d->withdrawnMl, 0.5);
        QCOMPARE(NewEra::parseDispensed("I250W0UL")->infusedMl, 0.25);
        QVERIFY(!NewEra::parseDispensed("garbage"));
    }

    void resyncsAfterATruncatedPacket()
    {
        NewEra::ReplyDecoder decoder;
        const auto replies = decoder.feed(QByteArray("\x02" "00I1", 5) + QByteArray("\x02" "01S\x03"));
        QCOMPARE(replies.size(), 1u);
        QCOMPARE(replies[0].address, 1);
    }

    // Found by fuzz_newera_basic: an overlong packet was accepted when it arrived in one read
    // and refused when it arrived in several. It is refused however it arrives.
    void refusesAnOverlongPacketHoweverItArrives()
    {
        const QByteArray packet = "\x02" "00S" + QByteArray(70, '1') + "\x03" "\x02" "01S\x03";
        NewEra::ReplyDecoder whole;
        const auto once = whole.feed(packet);
        NewEra::ReplyDecoder pieces;
        std::vector<NewEra::Reply> split;
        for (qsizetype at = 0; at < packet.size(); at += 10) {
            for (const auto &reply : pieces.feed(QByteArrayView(packet).sliced(at, std::min<qsizetype>(10, packet.size() - at))))
                split.push_back(reply);
        }
        QCOMPARE(once.size(), 1u);
        QCOMPARE(once[0].address, 1);
        QCOMPARE(split, once);
    }

    void readsNumbersAsThePumpWritesThem()
    {
        QCOMPARE(NewEra::parseNumber("10.5"), 10.5);
        QCOMPARE(NewEra::parseNumber(".25"), 0.25);
        QVERIFY(!NewEra::parseNumber("-1"));
        QVERIFY(!NewEra::parseNumber("1e3"));
        QVERIFY(!NewEra::parseNumber("inf"));
        QVERIFY(!NewEra::parseNumber("12345"));
        QVERIFY(!NewEra::parseNumber("."));
    }
};

QTEST_GUILESS_MAIN(TestNewEra)
#include "tst_newera.moc"
