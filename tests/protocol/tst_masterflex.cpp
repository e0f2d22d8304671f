// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/masterflex.h"

#include <QTest>

using namespace PumpStudio::Protocol;

class TestMasterflex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesTheLegacySpeedExample()
    {
        const QByteArray wire = MasterflexLegacy::command(1, MasterflexLegacy::speedCommand(60.0).value());
        QCOMPARE(wire.toHex(' '), QByteArray("02 50 30 31 53 2b 36 30 2e 30 0d"));
        MasterflexLegacy::RequestDecoder server;
        const auto requests = server.feed(wire);
        QCOMPARE(requests.size(), 1u);
        QCOMPARE(requests[0].drive, 1);
        QCOMPARE(requests[0].command, QByteArray("S+60.0"));
    }

    void signsSpeedByDirection()
    {
        QCOMPARE(MasterflexLegacy::speedCommand(-123.45).value(), QByteArray("S-123.5"));
        QVERIFY(!MasterflexLegacy::speedCommand(1000));
    }

    void decodesAckNakAndDataLines()
    {
        MasterflexLegacy::ReplyDecoder decoder;
        const auto replies = decoder.feed(QByteArrayLiteral("\x06\x15\x02P?\r\x02P01I+60.0\r"));
        QCOMPARE(replies.size(), 4u);
        QCOMPARE(replies[0].kind, MasterflexLegacy::Reply::Kind::Ack);
        QCOMPARE(replies[1].kind, MasterflexLegacy::Reply::Kind::Nak);
        QCOMPARE(replies[2].text, QByteArray("P?"));
        QCOMPARE(replies[3].text, QByteArray("P01I+60.0"));
    }

    void rejectsEightBitBytesOnTheSevenBitLine()
    {
        MasterflexLegacy::ReplyDecoder decoder;
        const auto replies = decoder.feed(QByteArray("\x86\xff\x06", 3));
        QCOMPARE(replies.size(), 1u);
        QCOMPARE(decoder.stats().garbageBytes, 2u);
    }

    void answersEnquiryOnThePumpSide()
    {
        MasterflexLegacy::RequestDecoder server;
        const auto requests = server.feed(MasterflexLegacy::enquiry() + MasterflexLegacy::assignNumber(3));
        QCOMPARE(requests.size(), 2u);
        QVERIFY(requests[0].enquiry);
        QCOMPARE(requests[1].drive, 3);
        QVERIFY(requests[1].command.isEmpty());
    }

    void roundTripsStatusAndRevolutionReplies()
    {
        const MasterflexLegacy::DriveStatus status{1, -60.0, true};
        const QByteArray wire = MasterflexLegacy::statusReply(status);
        QCOMPARE(wire, QByteArray("\x02P01I-60.0,R\r"));
        MasterflexLegacy::ReplyDecoder decoder;
        QCOMPARE(MasterflexLegacy::parseStatusReply(decoder.feed(wire).at(0).text), status);
        QCOMPARE(MasterflexLegacy::parseRevolutionsReply(decoder.feed(MasterflexLegacy::revolutionsReply(1, 'C', 12.5)).at(0).text, 'C'), 12.5);
        QVERIFY(!MasterflexLegacy::parseStatusReply("P01X"));
    }

    void speaksSerialComms()
    {
        QCOMPARE(MasterflexSerialComms::request(1, "RE", "1"), QByteArray("1RE1\r"));
        QCOMPARE(MasterflexSerialComms::formatRpm(123).value(), QByteArray("012300"));
        QCOMPARE(MasterflexSerialComms::formatPercent(55.5).value(), QByteArray("00555"));
        AsciiReplyDecoder decoder = MasterflexSerialComms::makeDecoder();
        decoder.expect(ReplyShape::Status);
        decoder.expect(ReplyShape::Data);
        decoder.expect(ReplyShape::Data);
        const auto replies = decoder.feed("~1,1,0\r\n#");
        QCOMPARE(replies.size(), 3u);
        QCOMPARE(replies[0].status, '~');
        const auto status = MasterflexSerialComms::parseStatus(replies[1].text);
        QVERIFY(status);
        QVERIFY(status->running);
        QVERIFY(!status->clockwise);
        QCOMPARE(replies[2].status, '#');  // refused instead of data
        const auto request = MasterflexSerialComms::parseRequest("1R012300");
        QCOMPARE(request.command, QByteArray("R"));
        QCOMPARE(request.payload, QByteArray("012300"));
        QCOMPARE(MasterflexSerialComms::parseRequest("2RC").command, QByteArray("RC"));
    }

    // Issue 12, defect 4: the legacy protocol has no checksum; a status line is read only in
    // its exact shape.
    void readsAStatusOnlyInItsExactShape()
    {
        QVERIFY(MasterflexLegacy::parseStatusReply("P01I+60.0,R"));
        QVERIFY(!MasterflexLegacy::parseStatusReply("P01I+60.0,Rx"));
        QVERIFY(!MasterflexLegacy::parseStatusReply("P01I+60.0,RR"));
        QVERIFY(!MasterflexLegacy::parseStatusReply("P01I+inf,R"));
        QVERIFY(!MasterflexLegacy::parseStatusReply("P01I+6e1,R"));
        QVERIFY(!MasterflexLegacy::parseStatusReply("P01I60.0,R"));
        QVERIFY(!MasterflexLegacy::parseStatusReply("P0!I+60.0,R"));
        QVERIFY(!MasterflexLegacy::parseRevolutionsReply("P01C-12.5", 'C'));
        QVERIFY(!MasterflexLegacy::parseRevolutionsReply("P01C1e5", 'C'));
        QVERIFY(!MasterflexSerialComms::parseStatus("1,2,1"));
        QVERIFY(!MasterflexSerialComms::parseStatus(" 1,1,1"));
        QCOMPARE(MasterflexSerialComms::parseStatus("1,1,0")->running, true);
    }

    // Found by fuzz_masterflex_legacy: "P-5" is no drive number.
    void refusesADriveNumberThatIsNotTwoDigits()
    {
        MasterflexLegacy::RequestDecoder server;
        QVERIFY(server.feed("\x02P-5I\r\x02P 5I\r").empty());
        QCOMPARE(server.feed("\x02P05I\r").size(), 1u);
    }

    void skipsTheRestOfAnOverlongLine()
    {
        MasterflexLegacy::ReplyDecoder decoder;
        const auto replies = decoder.feed("\x02" + QByteArray(80, 'x') + "\x06\x06\r\x15");
        QCOMPARE(replies.size(), 1u);
        QCOMPARE(replies[0].kind, MasterflexLegacy::Reply::Kind::Nak);
    }
};

QTEST_GUILESS_MAIN(TestMasterflex)
#include "tst_masterflex.moc"
