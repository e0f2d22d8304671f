// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/mtsics.h"

#include <QTest>

using namespace PumpStudio::Protocol;
using MtSics::Reply;
using MtSics::WeightReply;
using Outcome = WeightReply::Outcome;

namespace {

/// `bytes` through a fresh decoder in every split into two chunks, and byte by byte: the same
/// replies each time.
std::vector<Reply> decodeEveryWay(const QByteArray &bytes)
{
    MtSics::ReplyDecoder whole;
    const std::vector<Reply> expected = whole.feed(bytes);
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        MtSics::ReplyDecoder split;
        std::vector<Reply> got = split.feed(QByteArrayView(bytes).first(cut));
        const auto rest = split.feed(QByteArrayView(bytes).sliced(cut));
        got.insert(got.end(), rest.begin(), rest.end());
        if (got != expected)
            return {};
    }
    MtSics::ReplyDecoder single;
    std::vector<Reply> got;
    for (const char c : bytes) {
        const auto r = single.feed(QByteArrayView(&c, 1));
        got.insert(got.end(), r.begin(), r.end());
    }
    return got == expected ? expected : std::vector<Reply>{};
}

} // namespace

class TestMtSics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheCommands()
    {
        QCOMPARE(MtSics::request("S"), QByteArray("S\r\n"));
        QCOMPARE(MtSics::request("SI"), QByteArray("SI\r\n"));
        QCOMPARE(MtSics::request("Z"), QByteArray("Z\r\n"));
        QCOMPARE(MtSics::request("T"), QByteArray("T\r\n"));
        QCOMPARE(MtSics::request("@"), QByteArray("@\r\n"));
        QCOMPARE(MtSics::request("I2"), QByteArray("I2\r\n"));
        QCOMPARE(MtSics::request("I4"), QByteArray("I4\r\n"));
        QCOMPARE(MtSics::request("M21", "0 0"), QByteArray("M21 0 0\r\n"));
    }

    // The reference manual's weight replies, and the refusals that must never read as a number.
    void readsWeightReplies_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<double>("grams");
        QTest::addColumn<double>("resolution");
        QTest::addColumn<bool>("stable");
        QTest::newRow("S stable") << QByteArray("S S     100.00 g") << QByteArray("S") << int(Outcome::Weight) << 100.0 << 0.01 << true;
        QTest::newRow("SI dynamic") << QByteArray("S D     129.07 g") << QByteArray("S") << int(Outcome::Weight) << 129.07 << 0.01 << false;
        QTest::newRow("0.1 mg") << QByteArray("S S    12.3450 g") << QByteArray("S") << int(Outcome::Weight) << 12.345 << 0.0001 << true;
        QTest::newRow("negative") << QByteArray("S S    -0.0012 g") << QByteArray("S") << int(Outcome::Weight) << -0.0012 << 0.0001 << true;
        QTest::newRow("in mg") << QByteArray("S S      12345 mg") << QByteArray("S") << int(Outcome::Weight) << 12.345 << 0.001 << true;
        QTest::newRow("tare") << QByteArray("T S     100.00 g") << QByteArray("T") << int(Outcome::Weight) << 100.0 << 0.01 << true;
        QTest::newRow("not stable in time") << QByteArray("S I") << QByteArray("S") << int(Outcome::NotExecutable) << 0.0 << 0.0 << false;
        QTest::newRow("overload") << QByteArray("S +") << QByteArray("S") << int(Outcome::Overload) << 0.0 << 0.0 << false;
        QTest::newRow("underload") << QByteArray("S -") << QByteArray("S") << int(Outcome::Underload) << 0.0 << 0.0 << false;
        QTest::newRow("tare overload") << QByteArray("T +") << QByteArray("T") << int(Outcome::Overload) << 0.0 << 0.0 << false;
        QTest::newRow("tare not executable") << QByteArray("T I") << QByteArray("T") << int(Outcome::NotExecutable) << 0.0 << 0.0 << false;
        QTest::newRow("syntax error") << QByteArray("ES") << QByteArray("S") << int(Outcome::Refused) << 0.0 << 0.0 << false;
        QTest::newRow("transmission error") << QByteArray("ET") << QByteArray("S") << int(Outcome::Refused) << 0.0 << 0.0 << false;
        QTest::newRow("logical error") << QByteArray("EL") << QByteArray("S") << int(Outcome::Refused) << 0.0 << 0.0 << false;
        QTest::newRow("parameter refused") << QByteArray("S L") << QByteArray("S") << int(Outcome::Refused) << 0.0 << 0.0 << false;
        // Malformed: a complete line, but not a weight.
        const auto bad = [](const char *name, const char *line, const char *id = "S") {
            QTest::newRow(name) << QByteArray(line) << QByteArray(id) << int(Outcome::Malformed) << 0.0 << 0.0 << false;
        };
        bad("letter in the value", "S S     10a.00 g");
        bad("no unit", "S S     100.00");
        bad("space in the value", "S S    1 00.00 g");
        bad("two signs", "S S    --100.0 g");
        bad("plus sign", "S S    +100.00 g");
        bad("exponent", "S S        1e3 g");
        bad("dashes for a value", "S S    ------- g");
        bad("lonely point", "S S          . g");
        bad("two spaces before the unit", "S S     100.00  g");
        bad("unit with a digit", "S S     100.00 g2");
        bad("unit too long", "S S     100.00 kilograms");
        bad("acknowledgement for a weight", "S A");
        bad("another command's reply", "T S     100.00 g");
        bad("weight without value", "S S");
        bad("unknown status", "S Q     100.00 g");
        bad("lower-case id", "s S     100.00 g");
        bad("two spaces after the id", "S  S     100.00 g");
        bad("status then no space", "S S100.00 g");
        bad("noise before", "\x7fS S     100.00 g");
        bad("empty body", "S S ");
    }

    void readsWeightReplies()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, id);
        QFETCH(int, outcome);
        QFETCH(double, grams);
        QFETCH(double, resolution);
        QFETCH(bool, stable);
        const std::vector<Reply> replies = decodeEveryWay(line + "\r\n");
        QCOMPARE(replies.size(), 1u);
        const WeightReply w = MtSics::parseWeight(replies.front(), id);
        QCOMPARE(int(w.outcome), outcome);
        if (w.outcome != Outcome::Weight)
            return;
        const auto mass = Balance::toGrams(w.value, w.unit);
        QVERIFY(mass);
        QVERIFY2(mass->grams == grams, qPrintable(QString::number(mass->grams, 'g', 17)));
        QCOMPARE(mass->resolutionG, resolution);
        QCOMPARE(w.stable, stable);
    }

    void readsAcknowledgementsAndText()
    {
        const auto replies = decodeEveryWay("Z A\r\nI4 A \"B021002593\"\r\nI3 A \"2.10 10.28.0.493.142\"\r\n"
                                            "I2 A \"XS205DU 220.0000 g\"\r\nZ I\r\nZ +\r\nZ -\r\n");
        QCOMPARE(replies.size(), 7u);
        QCOMPARE(replies[0].id, QByteArray("Z"));
        QCOMPARE(replies[0].status, 'A');
        QVERIFY(replies[0].body.isEmpty());
        QCOMPARE(replies[1].id, QByteArray("I4"));
        QCOMPARE(MtSics::quotedFields(replies[1].body).value_or(QList<QByteArray>{}), QList<QByteArray>{"B021002593"});
        QCOMPARE(MtSics::quotedFields(replies[2].body).value_or(QList<QByteArray>{}), QList<QByteArray>{"2.10 10.28.0.493.142"});
        const auto data = MtSics::parseBalanceData(MtSics::quotedFields(replies[3].body).value_or(QList<QByteArray>{}).value(0));
        QCOMPARE(data.type, QByteArray("XS205DU"));
        QVERIFY(data.capacity);
        QCOMPARE(data.capacity->toDouble(), 220.0);
        QCOMPARE(data.capacity->decimals(), 4);  // readability 0.1 mg
        QCOMPARE(data.unit, QByteArray("g"));
        for (int i = 4; i < 7; ++i)
            QCOMPARE(replies[size_t(i)].id, QByteArray("Z"));
        QCOMPARE(replies[4].status, 'I');
        QCOMPARE(replies[5].status, '+');
        QCOMPARE(replies[6].status, '-');
    }

    void balanceDataWithoutCapacityIsItsType()
    {
        const auto data = MtSics::parseBalanceData("Excellence XS");
        QCOMPARE(data.type, QByteArray("Excellence XS"));
        QVERIFY(!data.capacity);
        QVERIFY(!MtSics::quotedFields("B021002593"));
        QVERIFY(!MtSics::quotedFields("\"open"));
        QVERIFY(!MtSics::quotedFields("\"a\"\"b\""));
        QCOMPARE(MtSics::quotedFields("\"a\" \"b\"").value_or(QList<QByteArray>{}), (QList<QByteArray>{"a", "b"}));
    }

    void skipsNoiseAndKeepsItsBound()
    {
        MtSics::ReplyDecoder decoder;
        // A bare LF, an empty line, an over-long line and a line with a control character, then a
        // good reply: only that one is a Response.
        QByteArray noise = "junk\n\r\n" + QByteArray(500, 'X') + "\r\nS S\x01    1.00 g\r\nS S     100.00 g\r\n";
        std::vector<Reply> replies = decoder.feed(noise);
        QVERIFY(decoder.bufferedBytes() <= MtSics::ReplyDecoder::kMaxLine);
        QCOMPARE(replies.size(), 2u);
        QCOMPARE(int(replies[0].kind), int(Reply::Kind::Malformed));
        QCOMPARE(int(MtSics::parseWeight(replies[0], "S").outcome), int(Outcome::Malformed));
        QCOMPARE(int(replies[1].kind), int(Reply::Kind::Response));
        QCOMPARE(int(MtSics::parseWeight(replies[1], "S").outcome), int(Outcome::Weight));
        QVERIFY(decoder.stats().overflows >= 1);
        QVERIFY(decoder.stats().garbageBytes > 500);
        // The tail of the over-long line never reads as a reply of its own.
        MtSics::ReplyDecoder second;
        const auto tail = second.feed(QByteArray(MtSics::ReplyDecoder::kMaxLine, ' ') + "S S     100.00 g\r\n");
        QVERIFY(tail.empty());
    }

    void writesRepliesAsTheBalanceDoes()
    {
        QCOMPARE(MtSics::weightReply("S", 'S', "100.00", "g"), QByteArray("S S     100.00 g\r\n"));
        QCOMPARE(MtSics::weightReply("S", 'D', "-0.0012", "g"), QByteArray("S D    -0.0012 g\r\n"));
        QCOMPARE(MtSics::statusReply("S", '+'), QByteArray("S +\r\n"));
        QCOMPARE(MtSics::statusReply("I4", 'A', MtSics::quoted("B021002593")), QByteArray("I4 A \"B021002593\"\r\n"));
        QCOMPARE(MtSics::generalError("ES"), QByteArray("ES\r\n"));
    }

    void balanceSideReadsCommands()
    {
        MtSics::RequestDecoder decoder;
        const auto requests = decoder.feed("S\r\nSI\r\n@\r\nI4\r\nM21 0 0\r\n\x1b\x02junk\r\nT\n");
        QCOMPARE(requests.size(), 6u);
        QCOMPARE(requests[0], (MtSics::Request{"S", {}}));
        QCOMPARE(requests[1], (MtSics::Request{"SI", {}}));
        QCOMPARE(requests[2], (MtSics::Request{"@", {}}));
        QCOMPARE(requests[3], (MtSics::Request{"I4", {}}));
        QCOMPARE(requests[4], (MtSics::Request{"M21", "0 0"}));
        QCOMPARE(requests[5], (MtSics::Request{"T", {}}));
        QVERIFY(decoder.stats().garbageBytes > 0);
        decoder.feed(QByteArray(1000, 'S'));
        QVERIFY(decoder.bufferedBytes() <= MtSics::RequestDecoder::kMaxLine);
    }
};

QTEST_GUILESS_MAIN(TestMtSics)
#include "tst_mtsics.moc"
