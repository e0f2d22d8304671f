// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/guioptions.h"

#include <QTest>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

class TestGuiOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsWithDefaultsWithoutArguments()
    {
        const auto parsed = parseGuiArguments({u"pumpstudio"_s});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->action, GuiOptions::Action::Run);
        QVERIFY(!parsed->logLevel.has_value());
        QVERIFY(parsed->language.isEmpty());
        QVERIFY(!parsed->demo);
        QVERIFY(!parsed->smoke);
    }

    void acceptsEveryOption()
    {
        const auto parsed = parseGuiArguments(
            {u"pumpstudio"_s, u"--log-level"_s, u"debug"_s, u"--lang"_s, u"zh_CN"_s, u"--demo"_s, u"--smoke"_s});
        QVERIFY2(parsed.ok(), parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->logLevel, LogLevel::Debug);
        QCOMPARE(parsed->language, u"zh_CN"_s);
        QVERIFY(parsed->demo);
        QVERIFY(parsed->smoke);
    }

    void acceptsEqualsSyntax()
    {
        const auto parsed = parseGuiArguments({u"pumpstudio"_s, u"--log-level=warn"_s, u"--lang=en"_s});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->logLevel, LogLevel::Warning);
        QCOMPARE(parsed->language, u"en"_s);
    }

    void reportsHelpWithEveryOptionListed()
    {
        const auto parsed = parseGuiArguments({u"pumpstudio"_s, u"--help"_s});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->action, GuiOptions::Action::ShowHelp);
        for (const char *option : {"--log-level", "--lang", "--demo", "--smoke", "--quit-after", "--version"})
            QVERIFY2(parsed->helpText.contains(QLatin1String(option)), option);
    }

    void takesQuitAfterInSeconds()
    {
        const auto parsed = parseGuiArguments({u"pumpstudio"_s, u"--demo"_s, u"--quit-after"_s, u"8"_s});
        QVERIFY2(parsed.ok(), parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->quitAfter, std::chrono::seconds(8));
        QVERIFY(!parseGuiArguments({u"pumpstudio"_s}).value().quitAfter.has_value());
        for (const QString &bad : {u"0"_s, u"-3"_s, u"soon"_s}) {
            const auto rejected = parseGuiArguments({u"pumpstudio"_s, u"--quit-after"_s, bad});
            QVERIFY(!rejected.ok());
            QVERIFY2(rejected.error().message.contains(bad), qPrintable(rejected.error().message));
        }
    }

    void presentationStartsTheDemo()
    {
        const auto parsed = parseGuiArguments({u"pumpstudio"_s, u"--presentation"_s});
        QVERIFY(parsed);
        QVERIFY(parsed->presentation);
        QVERIFY(parsed->demo);
        QVERIFY(!parseGuiArguments({u"pumpstudio"_s, u"--demo"_s})->presentation);
        QVERIFY(parseGuiArguments({u"pumpstudio"_s, u"--help"_s})->helpText.contains(u"--presentation"_s));
    }

    void reportsVersion()
    {
        const auto parsed = parseGuiArguments({u"pumpstudio"_s, u"--version"_s});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->action, GuiOptions::Action::ShowVersion);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown level") << QStringList{u"--log-level"_s, u"loud"_s} << u"loud"_s;
        QTest::newRow("missing level") << QStringList{u"--log-level"_s} << u"log-level"_s;
        QTest::newRow("unknown language") << QStringList{u"--lang"_s, u"fr"_s} << u"fr"_s;
        QTest::newRow("unknown option") << QStringList{u"--turbo"_s} << u"turbo"_s;
        QTest::newRow("stray argument") << QStringList{u"profile.json"_s} << u"profile.json"_s;
    }

    void rejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        arguments.prepend(u"pumpstudio"_s);
        const auto parsed = parseGuiArguments(arguments);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, Error::Code::InvalidArgument);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestGuiOptions)
#include "tst_guioptions.moc"
