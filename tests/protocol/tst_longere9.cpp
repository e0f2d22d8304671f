// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/longere9.h"

#include <QTest>

#include <cmath>

using namespace PumpStudio::Protocol;

class TestLongerE9 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesThePublishedExamples_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("WT600 addr 1 150 rpm run CW")
            << Longer::writeState(1, {150, true, false, true}) << QByteArray::fromHex("E901 06 574A 0096 01 01 8C");
        QTest::newRow("addr 4 50 rpm stop CCW")
            << Longer::writeState(4, {50, false, false, false}) << QByteArray::fromHex("E904 06 574A 0032 00 00 2D");
        QTest::newRow("BT100 broadcast 1.0 rpm run CW")
            << Longer::writeState(31, {Longer::speedCount(1.0, 0.1), true, false, true}) << QByteArray::fromHex("E91F 06 574A 000A 01 01 0E");
        QTest::newRow("RJ addr 1") << Longer::readState(1) << QByteArray::fromHex("E9 01 02 52 4A 1B");
    }

    void encodesThePublishedExamples()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, expected);
        QCOMPARE(encoded.toHex(' '), expected.toHex(' '));
    }

    void decodesTheStuffedReadReplySplitAnywhere()
    {
        const QByteArray wire = QByteArray::fromHex("E9 01 06 52 4A 02 E8 01 01 01 F4");
        for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
            Longer::Decoder decoder;
            auto frames = decoder.feed(wire.left(cut));
            const auto rest = decoder.feed(wire.mid(cut));
            frames.insert(frames.end(), rest.begin(), rest.end());
            QCOMPARE(frames.size(), 1u);
            QCOMPARE(frames[0].address, 1);
            const auto state = Longer::parseState(frames[0].pdu);
            QVERIFY(state);
            QCOMPARE(Longer::speedRpm(state->speed, 0.1), 74.5);
            QVERIFY(state->running);
            QVERIFY(state->clockwise);
        }
    }

    void stuffsASpeedThatContainsTheFlag()
    {
        // 23.3 rpm on a BT100 is 233 = 0x00E9: unstuffed it would look like a new frame.
        const QByteArray wire = Longer::writeState(1, {Longer::speedCount(23.3, 0.1), true, false, true});
        QVERIFY(wire.mid(1).indexOf(char(0xE9)) < 0);
        QVERIFY(wire.contains(QByteArray::fromHex("E801")));
        Longer::Decoder decoder;
        const auto frames = decoder.feed(wire);
        QCOMPARE(frames.size(), 1u);
        QCOMPARE(Longer::parseState(frames[0].pdu)->speed, quint16(233));
        // 23.2 rpm = 0x00E8, the escape itself.
        const auto escaped = decoder.feed(Longer::writeState(1, {232, true, false, true}));
        QCOMPARE(Longer::parseState(escaped.at(0).pdu)->speed, quint16(232));
    }

    void dropsABadChecksumAndRecovers()
    {
        QByteArray bad = Longer::readState(1);
        bad[bad.size() - 1] = char(bad.back() ^ 0x40);
        Longer::Decoder decoder;
        const auto frames = decoder.feed(bad + QByteArray("\x00\x13", 2) + Longer::readState(2));
        QCOMPARE(frames.size(), 1u);
        QCOMPARE(frames[0].address, 2);
        QCOMPARE(decoder.stats().checksumErrors, 1u);
        QVERIFY(decoder.stats().garbageBytes >= 2);
    }

    void resyncsOnAFlagInsideATruncatedFrame()
    {
        Longer::Decoder decoder;
        const QByteArray truncated = Longer::readState(3).left(4);
        const auto frames = decoder.feed(truncated + Longer::readState(5));
        QCOMPARE(frames.size(), 1u);
        QCOMPARE(frames[0].address, 5);
    }

    void roundTripsAddressCommands()
    {
        Longer::Decoder decoder;
        const auto frames = decoder.feed(Longer::writeAddress(1, 7));
        QCOMPARE(Longer::parseAddress(frames.at(0).pdu), 7);
        QCOMPARE(decoder.feed(Longer::readAddress(7)).at(0).pdu, QByteArray("RID"));
    }

    // Found by fuzz_longere9 (float-cast-overflow): NaN was cast to an integer.
    void countsSpeedForAnyNumber()
    {
        QCOMPARE(Longer::speedCount(std::nan(""), 0.1), quint16(0));
        QCOMPARE(Longer::speedCount(1e300, 0.1), quint16(65535));
        QCOMPARE(Longer::speedCount(-5, 0.1), quint16(0));
        QCOMPARE(Longer::speedCount(74.5, 0.1), quint16(745));
    }
};

QTEST_GUILESS_MAIN(TestLongerE9)
#include "tst_longere9.moc"
