// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "protocol/balancenumber.h"

#include <QTest>

using namespace PumpStudio::Protocol::Balance;

class TestBalanceNumber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatBalancesPrint_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("mantissa");
        QTest::addColumn<int>("exponent");
        QTest::newRow("two decimals") << QByteArray("100.00") << qint64(10000) << -2;
        QTest::newRow("0.1 mg") << QByteArray("12.3450") << qint64(123450) << -4;
        QTest::newRow("integer") << QByteArray("1234") << qint64(1234) << 0;
        QTest::newRow("negative") << QByteArray("-0.0012") << qint64(-12) << -4;
        QTest::newRow("zero") << QByteArray("0.000") << qint64(0) << -3;
    }

    void readsWhatBalancesPrint()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, mantissa);
        QFETCH(int, exponent);
        const auto d = parseDecimal(text);
        QVERIFY(d);
        QCOMPARE(d->mantissa, mantissa);
        QCOMPARE(d->exponent, exponent);
    }

    void refusesAnythingElse_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *t : {"", "-", ".", "12.", ".5", "+1", "1e3", "1 2", "1,5", "1.2.3", "--1", "0x10", " 1", "1 ",
                              "1234567890123456", "nan", "inf", "1.-2"})
            QTest::newRow(t) << QByteArray(t);
    }

    void refusesAnythingElse()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!parseDecimal(text));
    }

    void convertsToGramsWithOneRounding()
    {
        const auto mg = toGrams(*parseDecimal("12345"), "mg");
        QVERIFY(mg);
        QVERIFY(mg->grams == 12.345);  // exactly the double nearest 12.345, as parsing "12.345" gives
        QCOMPARE(mg->resolutionG, 0.001);
        const auto kg = toGrams(*parseDecimal("0.012345"), "kg");
        QVERIFY(kg);
        QVERIFY(kg->grams == 12.345);
        const auto g = toGrams(*parseDecimal("12.3450"), "g");
        QVERIFY(g->grams == 12.345);
        QCOMPARE(g->resolutionG, 0.0001);
    }

    void refusesUnitsThatAreNotGrams()
    {
        for (const char *unit : {"ct", "oz", "lb", "pcs", "%", "G", ""})
            QVERIFY2(!toGrams(*parseDecimal("1.0"), unit), unit);
    }

    void formatsAsABalancePrints()
    {
        QCOMPARE(formatFixed(100.0, 2), QByteArray("100.00"));
        QCOMPARE(formatFixed(-0.00004, 4), QByteArray("0.0000"));
        QCOMPARE(formatFixed(-1.23456, 4), QByteArray("-1.2346"));
        QCOMPARE(formatFixed(-0.4, 0), QByteArray("0"));
    }
};

QTEST_GUILESS_MAIN(TestBalanceNumber)
#include "tst_balancenumber.moc"
