// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/pumpsimoptions.h"

#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Sim;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TestPumpSimOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsEveryOption()
    {
        const auto parsed = parsePumpSimArguments(
            {u"pumpsim"_s, u"--model"_s, u"longer-bt100-2j"_s, u"--address"_s, u"3"_s, u"--baud"_s, u"9600"_s,
             u"--head"_s, u"head-yz15"_s, u"--tubing"_s, u"tube-16"_s, u"--link"_s, u"/tmp/pump"_s,
             u"--speedup"_s, u"10"_s, u"--latency-ms"_s, u"5"_s, u"--faults"_s, u"drop=0.1,stall@2s"_s,
             u"--seed"_s, u"42"_s, u"--log-level"_s, u"trace"_s});
        QVERIFY2(parsed.ok(), parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->action, PumpSimOptions::Action::Run);
        QCOMPARE(parsed->devices.size(), std::size_t(1));
        QCOMPARE(parsed->devices[0].model, u"longer-bt100-2j"_s);
        QCOMPARE(parsed->devices[0].address, std::optional<int>(3));
        QCOMPARE(parsed->devices[0].head, u"head-yz15"_s);
        QCOMPARE(parsed->devices[0].tubing, u"tube-16"_s);
        QCOMPARE(parsed->baudRate, std::optional<qint32>(9600));
        QCOMPARE(parsed->link, u"/tmp/pump"_s);
        QCOMPARE(parsed->speedup, 10.0);
        QCOMPARE(parsed->latency, 5ms);
        QCOMPARE(parsed->faults.events.size(), std::size_t(2));
        QCOMPARE(parsed->seed, 42u);
        QCOMPARE(parsed->logLevel, LogLevel::Trace);
    }

    void pairsDeviceOptionsInOrder()
    {
        const auto parsed = parsePumpSimArguments({u"pumpsim"_s, u"--model"_s, u"leadfluid-bt100s"_s, u"--address"_s, u"1"_s,
                                                   u"--model"_s, u"pressure-modbus"_s, u"--address"_s, u"7"_s,
                                                   u"--tubing"_s, u"tube-16"_s});
        QVERIFY2(parsed.ok(), parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->devices.size(), std::size_t(2));
        QCOMPARE(parsed->devices[1].model, u"pressure-modbus"_s);
        QCOMPARE(parsed->devices[1].address, std::optional<int>(7));
        QCOMPARE(parsed->devices[0].tubing, u"tube-16"_s);  // once applies to all
        QCOMPARE(parsed->devices[1].tubing, u"tube-16"_s);
        QCOMPARE(parsed->speedup, 1.0);
        QVERIFY(!parsed->baudRate);
    }

    void reportsHelpWithEveryOptionListed()
    {
        const auto parsed = parsePumpSimArguments({u"pumpsim"_s, u"--help"_s});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->action, PumpSimOptions::Action::ShowHelp);
        for (const char *option : {"--model", "--address", "--baud", "--head", "--tubing", "--link", "--sensor-link", "--speedup",
                                   "--latency-ms", "--faults", "--scenario", "--seed"})
            QVERIFY2(parsed->helpText.contains(QLatin1String(option)), option);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no model") << QStringList{u"--baud"_s, u"9600"_s} << u"--model"_s;
        QTest::newRow("bad address") << QStringList{u"--model"_s, u"ne-1000"_s, u"--address"_s, u"x"_s} << u"\"x\""_s;
        QTest::newRow("address count") << QStringList{u"--model"_s, u"a"_s, u"--model"_s, u"b"_s, u"--model"_s, u"c"_s,
                                                      u"--address"_s, u"1"_s, u"--address"_s, u"2"_s} << u"--address"_s;
        QTest::newRow("bad baud") << QStringList{u"--model"_s, u"ne-1000"_s, u"--baud"_s, u"fast"_s} << u"fast"_s;
        QTest::newRow("zero speedup") << QStringList{u"--model"_s, u"ne-1000"_s, u"--speedup"_s, u"0"_s} << u"--speedup"_s;
        QTest::newRow("negative latency") << QStringList{u"--model"_s, u"ne-1000"_s, u"--latency-ms"_s, u"-1"_s} << u"--latency-ms"_s;
        QTest::newRow("bad faults") << QStringList{u"--model"_s, u"ne-1000"_s, u"--faults"_s, u"stall@now"_s} << u"column 7"_s;
        QTest::newRow("faults and scenario") << QStringList{u"--model"_s, u"ne-1000"_s, u"--faults"_s, u"drop=0"_s,
                                                            u"--scenario"_s, u"x.json"_s} << u"not both"_s;
        QTest::newRow("missing scenario") << QStringList{u"--model"_s, u"ne-1000"_s, u"--scenario"_s, u"/nonexistent.json"_s}
                                          << u"/nonexistent.json"_s;
        QTest::newRow("sensor link same as link") << QStringList{u"--model"_s, u"ne-1000"_s, u"--link"_s, u"/tmp/a"_s,
                                                                 u"--sensor-link"_s, u"/tmp/a"_s} << u"--sensor-link"_s;
        QTest::newRow("unknown option") << QStringList{u"--turbo"_s} << u"turbo"_s;
        QTest::newRow("stray argument") << QStringList{u"--model"_s, u"ne-1000"_s, u"extra"_s} << u"extra"_s;
    }

    void rejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        arguments.prepend(u"pumpsim"_s);
        const auto parsed = parsePumpSimArguments(arguments);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPumpSimOptions)
#include "tst_pumpsimoptions.moc"
