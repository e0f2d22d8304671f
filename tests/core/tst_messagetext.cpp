// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/filereading.h"
#include "core/messagetext.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <cmath>
#include <limits>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

class TestMessageText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesNumbersShortly_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole") << 1200.0 << u"1200"_s;
        QTest::newRow("fraction") << 0.05 << u"0.05"_s;
        QTest::newRow("negative") << -3.5 << u"-3.5"_s;
        QTest::newRow("minus zero") << -0.0 << u"0"_s;
        QTest::newRow("tiny") << 1.22e-5 << u"1.22e-05"_s;
        QTest::newRow("1e10") << 1e10 << u"10000000000"_s;
        QTest::newRow("1e12") << 1e12 << u"1e+12"_s;
        QTest::newRow("1e300") << 1e300 << u"1e+300"_s;
        QTest::newRow("-1e300") << -1e300 << u"-1e+300"_s;
        QTest::newRow("max") << std::numeric_limits<double>::max() << u"1.798e+308"_s;
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << u"∞"_s;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << u"NaN"_s;
        QTest::newRow("rounding") << 0.1 + 0.2 << u"0.3"_s;
    }

    void writesNumbersShortly()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(messageNumber(value), text);
        QVERIFY(messageNumber(value).size() <= 12);
    }

    // A number quoted back as it was given ("must not be negative, not -0.0005"): every digit
    // it has, but never hundreds of them (issue 12, item 13).
    void quotesNumbersExactlyButReadably_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("small") << 0.0005 << u"0.0005"_s;
        QTest::newRow("digits") << 37.52 << u"37.52"_s;
        QTest::newRow("whole") << 1200.0 << u"1200"_s;
        QTest::newRow("negative") << -3.25 << u"-3.25"_s;
        QTest::newRow("minus zero") << -0.0 << u"0"_s;
        QTest::newRow("1e11") << 1e11 << u"100000000000"_s;
        QTest::newRow("1e12") << 1e12 << u"1e+12"_s;
        QTest::newRow("1e300") << 1e300 << u"1e+300"_s;
        QTest::newRow("-1e300") << -1e300 << u"-1e+300"_s;
        QTest::newRow("1e-300") << 1e-300 << u"1e-300"_s;
        QTest::newRow("max") << std::numeric_limits<double>::max() << u"1.7976931348623157e+308"_s;
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << u"∞"_s;
        QTest::newRow("-infinity") << -std::numeric_limits<double>::infinity() << u"-∞"_s;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << u"NaN"_s;
    }

    void quotesNumbersExactlyButReadably()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(exactMessageNumber(value), text);
        QVERIFY(exactMessageNumber(value).size() <= 24);
        if (std::isfinite(value))
            QCOMPARE(exactMessageNumber(value).toDouble(), value);  // nothing lost
    }

    void writesNumbersInTheLocale()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(messageNumber(1234.5, 2, german), u"1.234,5"_s);
        const QString huge = messageNumber(1e300, 2, german);
        QVERIFY2(huge.contains(u"300"_s) && huge.size() < 10, qPrintable(huge));
    }

    void fixedReadingsNeverShowMinusZero()
    {
        const QLocale c = QLocale::c();
        // A pressure sensor's noise around zero after the pump stopped.
        QCOMPARE(fixedNumber(-0.001, 2, c), u"0.00"_s);
        QCOMPARE(fixedNumber(-0.0, 2, c), u"0.00"_s);
        QCOMPARE(fixedNumber(-0.004, 2, c), u"0.00"_s);
        QCOMPARE(fixedNumber(-0.02, 2, c), u"-0.02"_s);
        QCOMPARE(fixedNumber(26.4, 2, c), u"26.40"_s);
        QCOMPARE(fixedNumber(-0.04, 1, c), u"0.0"_s);
        QCOMPARE(fixedNumber(1234.5, 2, QLocale(QLocale::German, QLocale::Germany)), u"1.234,50"_s);
    }

    void quotesLongTextInPart()
    {
        QCOMPARE(messageExcerpt(u"short"_s), u"short"_s);
        const QString digits(300, u'9');
        const QString excerpt = messageExcerpt(digits);
        QCOMPARE(excerpt.size(), 40);
        QVERIFY(excerpt.contains(u'…'));
        QCOMPARE(messageExcerpt(u"a\nb"_s), u"a b"_s);
    }

    void readsOnlyRegularFilesOfBoundedSize()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.txt"_s);
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello");
        }
        QCOMPARE(*readFileLimited(good, 10, u"a test file"_s), QByteArray("hello"));
        const auto tooLarge = readFileLimited(good, 4, u"a test file"_s);
        QCOMPARE(tooLarge.error().code, Error::Code::BadFile);
        QVERIFY2(tooLarge.error().message.contains(u"too large"_s) && tooLarge.error().message.contains(good),
                 qPrintable(tooLarge.error().message));

        const auto folder = readFileLimited(dir.path(), 10, u"a test file"_s);
        QVERIFY2(folder.error().message.contains(u"folder"_s), qPrintable(folder.error().message));
        const auto missing = readFileLimited(dir.filePath(u"none"_s), 10, u"a test file"_s);
        QCOMPARE(missing.error().code, Error::Code::Io);
        QVERIFY2(missing.error().message.contains(u"no such file"_s), qPrintable(missing.error().message));

        // A FIFO would block the open until someone writes; /dev/zero never ends.
        const QString fifo = dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(readFileLimited(fifo, 10, u"a test file"_s).error().message.contains(u"not a regular file"_s));
        QVERIFY(readFileLimited(u"/dev/zero"_s, 10, u"a test file"_s).error().message.contains(u"not a regular file"_s));

        // Never Qt's "Unknown error" or "No error".
        for (const auto &result : {tooLarge, folder, missing}) {
            QVERIFY(!result.error().message.contains(u"Unknown error"_s));
            QVERIFY(!result.error().message.contains(u"No error"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestMessageText)
#include "tst_messagetext.moc"
