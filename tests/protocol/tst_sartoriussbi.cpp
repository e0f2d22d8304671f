// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/sartoriussbi.h"

#include <QTest>

using namespace PumpStudio::Protocol;
using SartoriusSbi::Line;
using Kind = Line::Kind;

namespace {

/// `bytes` through a fresh decoder whole, in every split into two chunks and byte by byte: the
/// same lines each time (empty when they differ).
std::vector<Line> decodeEveryWay(const QByteArray &bytes)
{
    SartoriusSbi::ReplyDecoder whole;
    const std::vector<Line> expected = whole.feed(bytes);
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        SartoriusSbi::ReplyDecoder split;
        std::vector<Line> got = split.feed(QByteArrayView(bytes).first(cut));
        const auto rest = split.feed(QByteArrayView(bytes).sliced(cut));
        got.insert(got.end(), rest.begin(), rest.end());
        if (got != expected)
            return {};
    }
    SartoriusSbi::ReplyDecoder single;
    std::vector<Line> got;
    for (const char c : bytes) {
        const auto r = single.feed(QByteArrayView(&c, 1));
        got.insert(got.end(), r.begin(), r.end());
    }
    return got == expected ? expected : std::vector<Line>{};
}

} // namespace

class TestSartoriusSbi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheCommands()
    {
        QCOMPARE(SartoriusSbi::command('P'), QByteArray("\x1bP\r\n"));
        QCOMPARE(SartoriusSbi::command('T'), QByteArray("\x1bT\r\n"));
        QCOMPARE(SartoriusSbi::command('U'), QByteArray("\x1bU\r\n"));
        QCOMPARE(SartoriusSbi::command('V'), QByteArray("\x1bV\r\n"));
        QCOMPARE(SartoriusSbi::extendedCommand("x1"), QByteArray("\x1bx1_\r\n"));
        QCOMPARE(SartoriusSbi::extendedCommand("x2"), QByteArray("\x1bx2_\r\n"));
    }

    // The manuals' output examples (position tables of the FB, LE, Combics and Cubis manuals),
    // with and without the 6-character ID code, and what must never be read as a value.
    void readsPrintedLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<double>("grams");
        QTest::addColumn<bool>("stable");
        QTest::addColumn<QByteArray>("text");
        const auto weight = [](const char *name, const char *line, const char *header, double grams, bool stable) {
            QTest::newRow(name) << QByteArray(line) << int(Kind::Weight) << QByteArray(header) << grams << stable << QByteArray();
        };
        weight("manual example", "+   1255.7 g  ", "", 1255.7, true);
        weight("LE example", "+   123.56 g  ", "", 123.56, true);
        weight("no unit: not stable", "+   1255.7    ", "", 1255.7, false);
        weight("negative", "-    0.012 g  ", "", -0.012, true);
        weight("sign hidden", "    1255.7 g  ", "", 1255.7, true);
        weight("in kg", "+   1.2557 kg ", "", 1255.7, true);
        weight("in mg", "+    12345 mg ", "", 12.345, true);
        weight("trailing spaces left off", "+   1255.7 g", "", 1255.7, true);
        weight("value from position 2", "+123456.78 g  ", "", 123456.78, true);
        weight("with ID code", "N     +   1255.7 g  ", "N", 1255.7, true);
        weight("gross ID code", "G#    +   1255.7 g  ", "G#", 1255.7, true);
        weight("ID code, dynamic", "N     +    0.031", "N", 0.031, false);
        weight("ID code, stable", "N     +    0.006 g", "N", 0.006, true);
        const auto special = [](const char *name, const char *line, Kind kind, const char *header, const char *text) {
            QTest::newRow(name) << QByteArray(line) << int(kind) << QByteArray(header) << 0.0 << false << QByteArray(text);
        };
        special("overload", "      H       ", Kind::Overload, "", "H");
        special("overload checkweighing", "      HH      ", Kind::Overload, "", "HH");
        special("overload in words", "      High    ", Kind::Overload, "", "High");
        special("underload", "      L       ", Kind::Underload, "", "L");
        special("underload checkweighing", "      LL      ", Kind::Underload, "", "LL");
        special("underload in words", "      Low     ", Kind::Underload, "", "Low");
        special("overload with ID code", "Stat        H       ", Kind::Overload, "Stat", "Stat        H");
        special("underload with ID code", "Stat        L       ", Kind::Underload, "Stat", "Stat        L");
        special("adjusting", "      C       ", Kind::Status, "", "C");
        special("internal adjustment", "Stat     Cal.Int.", Kind::Status, "Stat", "Cal.Int.");
        special("error", "   Err  02    ", Kind::Error, "", "02");
        special("error, three digits", "   Err 123    ", Kind::Error, "", "123");
        special("error with ID code", "Stat     Err 123    ", Kind::Error, "Stat", "123");
        special("application error", "Stat APP. ERR", Kind::Error, "Stat", "APP. ERR");
        special("identity text", "LA230S-0CE", Kind::Text, "", "LA230S-0CE");
        // Near misses: text, never a value.
        special("letter in the value", "+   12a5.7 g  ", Kind::Text, "", "+   12a5.7 g");
        special("space in the value", "+  12 55.7 g  ", Kind::Text, "", "+  12 55.7 g");
        special("unit with a digit", "+   1255.7 g1 ", Kind::Text, "", "+   1255.7 g1");
        special("unit not at 12", "+   1255.7  g ", Kind::Text, "", "+   1255.7  g");
        special("no space before the unit", "+   1255.7g   ", Kind::Text, "", "+   1255.7g");
        special("not a sign", "*   1255.7 g  ", Kind::Text, "", "*   1255.7 g");
        special("sign in the value", "+  -1255.7 g  ", Kind::Text, "", "+  -1255.7 g");
        special("dashes", "+   ------ g  ", Kind::Text, "", "+   ------ g");
        special("unverified digit in brackets", "+   123.5[6] g", Kind::Text, "", "+   123.5[6] g");
        // calibration.md's example has one space more than the manuals' position table: 15
        // characters fit neither layout, so it is not read as a value.
        special("one character too many", "+    1255.7 g  ", Kind::Text, "", "+    1255.7 g");
        special("header too short", "N    +   1255.7 g  ", Kind::Text, "", "N    +   1255.7 g");
        special("error without number", "   Err        ", Kind::Text, "", "Err");
    }

    void readsPrintedLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, kind);
        QFETCH(QByteArray, header);
        QFETCH(double, grams);
        QFETCH(bool, stable);
        QFETCH(QByteArray, text);
        const std::vector<Line> lines = decodeEveryWay(line + "\r\n");
        QCOMPARE(lines.size(), 1u);
        const Line &l = lines.front();
        QCOMPARE(int(l.kind), kind);
        QCOMPARE(l.header, header);
        if (kind != int(Kind::Weight)) {
            QCOMPARE(l.text, text);
            QVERIFY(!l.stable());
            return;
        }
        const auto mass = Balance::toGrams(l.signedValue(), l.unit.isEmpty() ? QByteArrayView("g") : QByteArrayView(l.unit));
        QVERIFY(mass);
        QVERIFY2(mass->grams == grams, qPrintable(QString::number(mass->grams, 'g', 17)));
        QCOMPARE(l.stable(), stable);
    }

    void dropsNoiseAndKeepsItsBound()
    {
        SartoriusSbi::ReplyDecoder decoder;
        const QByteArray noise = "x\n" + QByteArray(300, '+') + "\r\n+   12\x01" "5.7 g  \r\nCR alone\rthen\r\n+   1255.7 g  \r\n";
        const std::vector<Line> lines = decoder.feed(noise);
        QCOMPARE(lines.size(), 1u);
        QCOMPARE(int(lines[0].kind), int(Kind::Weight));
        QVERIFY(decoder.stats().overflows >= 1);
        QVERIFY(decoder.bufferedBytes() <= SartoriusSbi::ReplyDecoder::kMaxLine);
        decoder.feed(QByteArray(1000, ' '));
        QVERIFY(decoder.bufferedBytes() <= SartoriusSbi::ReplyDecoder::kMaxLine);
    }

    void writesLinesAsTheBalanceDoes()
    {
        QCOMPARE(SartoriusSbi::weightLine(false, "1255.7", "g"), QByteArray("+   1255.7 g  \r\n"));
        QCOMPARE(SartoriusSbi::weightLine(true, "0.012", "g"), QByteArray("-    0.012 g  \r\n"));
        QCOMPARE(SartoriusSbi::weightLine(false, "1255.7", {}), QByteArray("+   1255.7    \r\n"));
        QCOMPARE(SartoriusSbi::weightLine(false, "1255.7", "g", "N"), QByteArray("N     +   1255.7 g  \r\n"));
        QCOMPARE(SartoriusSbi::specialLine("H", false), QByteArray("      H       \r\n"));
        QCOMPARE(SartoriusSbi::specialLine("L", true), QByteArray("Stat        L       \r\n"));
        QCOMPARE(SartoriusSbi::errorLine(2, false), QByteArray("   Err  02    \r\n"));
        QCOMPARE(SartoriusSbi::errorLine(2, false).size(), 16);
        QCOMPARE(SartoriusSbi::errorLine(2, true).size(), 22);
        QCOMPARE(SartoriusSbi::weightLine(false, "1255.7", "g", "N").size(), 22);
        // What it writes, it reads.
        const auto back = decodeEveryWay(SartoriusSbi::errorLine(31, true) + SartoriusSbi::specialLine("H", false));
        QCOMPARE(back.size(), 2u);
        QCOMPARE(int(back[0].kind), int(Kind::Error));
        QCOMPARE(back[0].text, QByteArray("31"));
        QCOMPARE(int(back[1].kind), int(Kind::Overload));
    }

    void balanceSideReadsCommands()
    {
        SartoriusSbi::RequestDecoder decoder;
        const auto commands = decoder.feed("\x1bP\r\n\x1bT\x1bx1_\r\n junk \x1bU\x1bV\x1bkP_\x1b?\x1bx2_");
        QCOMPARE(commands, (std::vector<QByteArray>{"P", "T", "x1", "U", "V", "kP", "x2"}));
        QVERIFY(decoder.stats().garbageBytes > 0);
        decoder.feed("\x1b" + QByteArray(1000, 'x'));
        QVERIFY(decoder.bufferedBytes() <= SartoriusSbi::RequestDecoder::kMaxCommand);
    }
};

QTEST_GUILESS_MAIN(TestSartoriusSbi)
#include "tst_sartoriussbi.moc"
