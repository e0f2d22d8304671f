// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/regloicc.h"

#include <QTest>

using namespace PumpStudio::Protocol;
using Kind = AsciiReply::Kind;

class TestRegloIcc final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every example of the Reglo ICC manual: request bytes, and the reply decoded with the
    // shape the command expects.
    void handlesTheManualExamples_data()
    {
        QTest::addColumn<int>("address");
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("set speed") << 2 << QByteArray("S") << QByteArray("012300") << QByteArray("2S012300\r") << QByteArray("*") << int(Kind::Status) << QByteArray("*");
        QTest::newRow("get speed") << 4 << QByteArray("S") << QByteArray() << QByteArray("4S\r") << QByteArray("12.30\r\n") << int(Kind::Data) << QByteArray("12.30");
        QTest::newRow("set flow") << 1 << QByteArray("f") << QByteArray("1300-3") << QByteArray("1f1300-3\r") << QByteArray("1300E-3\r\n") << int(Kind::Data) << QByteArray("1300E-3");
        QTest::newRow("get flow") << 4 << QByteArray("f") << QByteArray() << QByteArray("4f\r") << QByteArray("3250E+1\r\n") << int(Kind::Data) << QByteArray("3250E+1");
        QTest::newRow("set volume") << 4 << QByteArray("v") << QByteArray("3000+2") << QByteArray("4v3000+2\r") << QByteArray("3000E+2\r\n") << int(Kind::Data) << QByteArray("3000E+2");
        QTest::newRow("set run time") << 1 << QByteArray("xT") << QByteArray("00001500") << QByteArray("1xT00001500\r") << QByteArray("*") << int(Kind::Status) << QByteArray("*");
        QTest::newRow("set cycles") << 1 << QByteArray("\"") << QByteArray("0023") << QByteArray("1\"0023\r") << QByteArray("*") << int(Kind::Status) << QByteArray("*");
        QTest::newRow("get direction") << 1 << QByteArray("xD") << QByteArray() << QByteArray("1xD\r") << QByteArray("K\r\n") << int(Kind::Data) << QByteArray("K");
        QTest::newRow("start") << 2 << QByteArray("H") << QByteArray() << QByteArray("2H\r") << QByteArray("*") << int(Kind::Status) << QByteArray("*");
        QTest::newRow("running?") << 1 << QByteArray("E") << QByteArray() << QByteArray("1E\r") << QByteArray("-") << int(Kind::Status) << QByteArray("-");
        QTest::newRow("model") << 1 << QByteArray("#") << QByteArray() << QByteArray("1#\r") << QByteArray("REGLO ICC 0208 306\r\n") << int(Kind::Data) << QByteArray("REGLO ICC 0208 306");
        QTest::newRow("overloaded get") << 1 << QByteArray("S") << QByteArray() << QByteArray("1S\r") << QByteArray("#") << int(Kind::Status) << QByteArray("#");
    }

    void handlesTheManualExamples()
    {
        QFETCH(int, address);
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, wire);
        QFETCH(QByteArray, reply);
        QFETCH(int, kind);
        QFETCH(QByteArray, text);
        QCOMPARE(Reglo::request(address, command, data), wire);
        // Byte by byte, as a slow adapter delivers it.
        AsciiReplyDecoder decoder = Reglo::makeDecoder();
        decoder.expect(Reglo::replyShape(command, !data.isEmpty()));
        std::vector<AsciiReply> replies;
        for (const char c : reply) {
            const auto got = decoder.feed(QByteArrayView(&c, 1));
            replies.insert(replies.end(), got.begin(), got.end());
        }
        QCOMPARE(replies.size(), 1u);
        QCOMPARE(int(replies[0].kind), kind);
        QCOMPARE(kind == int(Kind::Status) ? QByteArray(1, replies[0].status) : replies[0].text, text);
        QCOMPARE(decoder.bufferedBytes(), 0);
        // The pump side reads the request back.
        Reglo::RequestDecoder server;
        const auto requests = server.feed(wire);
        QCOMPARE(requests.size(), 1u);
        QCOMPARE(requests[0], (Reglo::Request{address, command, data}));
    }

    void formatsAndParsesVolumeNumbers()
    {
        QCOMPARE(Reglo::formatVolume(0.0013).value(), QByteArray("1300-3"));
        QCOMPARE(Reglo::formatVolume(300).value(), QByteArray("3000+2"));
        QCOMPARE(Reglo::formatVolume(32.5).value(), QByteArray("3250+1"));
        QCOMPARE(*Reglo::parseVolume("1200E-2"), 0.012);
        QCOMPARE(*Reglo::parseVolume("3250E+1"), 32.5);
        QCOMPARE(*Reglo::parseVolume("1300-3"), 0.0013);
        QVERIFY(!Reglo::parseVolume("12.30"));
        QVERIFY(!Reglo::formatVolume(-1));
        QVERIFY(!Reglo::formatVolume(1e12));
    }

    void formatsSpeedAndTimeFields()
    {
        QCOMPARE(Reglo::formatSpeed(123).value(), QByteArray("012300"));
        QCOMPARE(Reglo::formatSpeed(0.5).value(), QByteArray("000050"));
        QCOMPARE(Reglo::formatTime(150).value(), QByteArray("00001500"));
        QCOMPARE(Reglo::formatCycles(23).value(), QByteArray("0023"));
        QVERIFY(!Reglo::formatSpeed(10000));  // 7 digits: refused, not truncated
    }

    void deliversEventsInterleavedWithReplies()
    {
        AsciiReplyDecoder decoder = Reglo::makeDecoder();
        decoder.expect(ReplyShape::Data);
        decoder.expect(ReplyShape::Status);
        const auto replies = decoder.feed("^X|2|A\r\n12.30\r\n^U|1|+|12.5|250.0|3\r\n*");
        QCOMPARE(replies.size(), 4u);
        QCOMPARE(replies[0].kind, Kind::Event);
        QCOMPARE(replies[1].text, QByteArray("12.30"));
        QCOMPARE(replies[2].kind, Kind::Event);
        QCOMPARE(replies[3].status, '*');
        const auto stopped = Reglo::parseEvent(replies[0].text);
        QVERIFY(stopped);
        QCOMPARE(stopped->type, Reglo::Event::Type::Stopped);
        QCOMPARE(stopped->channel, 2);
        QCOMPARE(stopped->cause, 'A');
        const auto update = Reglo::parseEvent(replies[2].text);
        QVERIFY(update);
        QCOMPARE(update->volumeUl, 250.0);
        QCOMPARE(update->cycles, 3);
        QCOMPARE(Reglo::encodeEvent(*stopped), QByteArray("^X|2|A\r\n"));
    }

    void skipsGarbageAndCountsIt()
    {
        AsciiReplyDecoder decoder = Reglo::makeDecoder();
        decoder.expect(ReplyShape::Status);
        const auto replies = decoder.feed(QByteArray("\x01\xff\n", 3) + "*");
        QCOMPARE(replies.size(), 1u);
        QCOMPARE(replies[0].status, '*');
        QCOMPARE(decoder.stats().garbageBytes, 3u);
    }

    void boundsAnEndlessLine()
    {
        AsciiReplyDecoder decoder = Reglo::makeDecoder();
        decoder.expect(ReplyShape::Data);
        decoder.feed(QByteArray(10000, '7'));
        QVERIFY(decoder.bufferedBytes() <= AsciiReplyDecoder::kMaxLine);
        QVERIFY(decoder.stats().overflows > 0);
    }

    void parsesWhyAStartFailed()
    {
        const auto e = Reglo::parseStartError("R 0.500");
        QVERIFY(e);
        QCOMPARE(e->reason, 'R');
        QCOMPARE(e->limit, QByteArray("0.500"));
        QVERIFY(!Reglo::parseStartError("Z"));
    }

    // Issue 12, defect 4 (found by fuzz_reglo): the protocol has no checksum, so a damaged
    // line must be refused, never read as a reply.
    void refusesACarriageReturnInsideADataLine()
    {
        AsciiReplyDecoder decoder = Reglo::makeDecoder();
        decoder.expect(ReplyShape::Data);
        decoder.expect(ReplyShape::Data);
        const auto replies = decoder.feed("37\r.50\r\n12.30\r\n");
        QCOMPARE(replies.size(), 1u);
        QCOMPARE(replies[0].text, QByteArray("12.30"));
    }

    void skipsTheRestOfAnOverlongLine()
    {
        AsciiReplyDecoder decoder = Reglo::makeDecoder();
        // 300 characters and then stars: the stars are the tail of one broken line, not
        // 20 "done" replies.
        const auto replies = decoder.feed(QByteArray(300, '1') + QByteArray(20, '*') + "\r\n*");
        QCOMPARE(replies.size(), 1u);
        QCOMPARE(replies[0].status, '*');
    }

    void readsNumbersOnlyInTheirExactShape_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("volume");
        QTest::addColumn<bool>("valid");
        QTest::newRow("volume type 1") << QByteArray("1300E-3") << true << true;
        QTest::newRow("volume type 2") << QByteArray("1300-3") << true << true;
        QTest::newRow("volume, sign in the mantissa") << QByteArray("+130E-3") << true << false;
        QTest::newRow("volume, two exponent digits") << QByteArray("1300E-31") << true << false;
        QTest::newRow("volume, spaces") << QByteArray(" 130E-3") << true << false;
        QTest::newRow("volume, trailing newline") << QByteArray("1300E-3\n") << true << false;
        QTest::newRow("speed") << QByteArray("37.50") << false << true;
        QTest::newRow("speed, one decimal") << QByteArray("37.5") << false << false;
        QTest::newRow("speed, sign") << QByteArray("-37.50") << false << false;
        QTest::newRow("speed, exponent") << QByteArray("3e1") << false << false;
        QTest::newRow("speed, inf") << QByteArray("inf") << false << false;
    }

    void readsNumbersOnlyInTheirExactShape()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, volume);
        QFETCH(bool, valid);
        QCOMPARE(bool(volume ? Reglo::parseVolume(text) : Reglo::parseSpeed(text)), valid);
    }
};

QTEST_GUILESS_MAIN(TestRegloIcc)
#include "tst_regloicc.moc"
