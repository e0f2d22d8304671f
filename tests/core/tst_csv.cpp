// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/csv.h"

#include <QTest>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

class TestCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralisesCellsSpreadsheetsWouldRun_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("equals") << u"=1+1"_s << u"\"'=1+1\""_s;
        QTest::newRow("plus") << u"+1+1"_s << u"\"'+1+1\""_s;
        QTest::newRow("minus") << u"-1+1"_s << u"\"'-1+1\""_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"\"'@SUM(A1)\""_s;
        QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("line feed") << u"\n=1"_s << u"\"'\n=1\""_s;
        QTest::newRow("after spaces") << u"  =1"_s << u"\"'  =1\""_s;
        QTest::newRow("full-width equals") << u"＝1+1"_s << u"\"'＝1+1\""_s;
        QTest::newRow("DDE with quotes") << u"=cmd|' /C calc'!A0"_s << u"\"'=cmd|' /C calc'!A0\""_s;
        QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("plain") << u"Reglo ICC"_s << u"Reglo ICC"_s;
        QTest::newRow("equals later") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("minus later") << u"YW-T-16"_s << u"YW-T-16"_s;
        QTest::newRow("chinese") << u"硅胶泵管"_s << u"硅胶泵管"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"\"a;b\""_s;  // quoted for either separator
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void neutralisesCellsSpreadsheetsWouldRun()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(csvTextCell(text), cell);
        // Whatever the text, reading the cell back gives it, with the ' in front when neutralised.
        CsvWriter writer;
        writer.text(text).text(u"end"_s).endRow();
        const CsvTable table = parseCsv(writer.data());
        QCOMPARE(table.records.size(), std::size_t(1));
        QCOMPARE(table.records.at(0).fields.at(0), cell.startsWith(u"\"'"_s) ? u"'"_s + text : text);
    }

    void writesNumbersAsNumbers_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("negative") << QByteArray("-12.5") << QByteArray("-12.5");
        QTest::newRow("plus") << QByteArray("+3") << QByteArray("+3");
        QTest::newRow("exponent") << QByteArray("1e-3") << QByteArray("1e-3");
        QTest::newRow("decimal comma") << QByteArray("12,5") << QByteArray("\"12,5\"");  // ',' separator
        QTest::newRow("formula") << QByteArray("-1+1") << QByteArray("\"'-1+1\"");
        QTest::newRow("sign only") << QByteArray("-") << QByteArray("\"'-\"");
        QTest::newRow("text") << QByteArray("=A1") << QByteArray("\"'=A1\"");
        QTest::newRow("nan") << QByteArray("nan") << QByteArray("nan");
    }

    void writesNumbersAsNumbers()
    {
        QFETCH(QByteArray, number);
        QFETCH(QByteArray, cell);
        CsvWriter writer;
        writer.number(number);
        QCOMPARE(writer.data(), cell);
    }

    void writesRowsWithSeparatorBomAndCrLf()
    {
        CsvWriter writer(u';');
        writer.writeByteOrderMark();
        writer.text(u"Name"_s).text(u"a;b"_s).number(QByteArrayView("1,5")).empty().endRow();
        writer.row({u"x"_s, u"=y"_s});
        writer.endRow();
        QCOMPARE(writer.data(), QByteArray("\xEF\xBB\xBF" "Name;\"a;b\";1,5;\r\nx;\"'=y\"\r\n\r\n"));
        QCOMPARE(writer.take().size(), 31);
        QVERIFY(writer.data().isEmpty());
        writer.number(qint64(-42)).endRow();
        QCOMPARE(writer.data(), QByteArray("-42\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
