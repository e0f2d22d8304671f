// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "models/modelregistry.h"
#include "protocol/longere9.h"
#include "protocol/modbusrtu.h"
#include "protocol/newera.h"
#include "sim/inprocessendpoint.h"
#include "sim/protocolresponder.h"
#include "sim/simbus.h"
#include "sim/simdevicefactory.h"
#include "sim/simpump.h"
#include "sim/simulation.h"

#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Sim;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

/// One simulated line built by the factory from the bundled model files; requests go straight
/// to the responders (no pacing, no faults) so replies compare byte for byte.
class Line
{
public:
    explicit Line(const QStringList &arguments)
    {
        m_registry.load(u":/models"_s, {});
        auto options = parsePumpSimArguments(QStringList{u"pumpsim"_s} + arguments);
        if (!options)
            qFatal("%s", qPrintable(options.error().message));
        auto bus = SimDeviceFactory::buildLine(*options, m_registry, m_simulation, std::make_unique<InProcessEndpoint>());
        if (!bus)
            qFatal("%s", qPrintable(bus.error().message));
        m_bus = *bus;
    }

    QByteArray ask(const QByteArray &request)
    {
        QByteArray replies;
        for (ProtocolResponder *responder : m_bus->responders()) {
            for (const QByteArray &reply : responder->feed(request, std::chrono::nanoseconds::zero()))
                replies += reply;
        }
        return replies;
    }

    QByteArray unsolicited()
    {
        QByteArray frames;
        for (ProtocolResponder *responder : m_bus->responders()) {
            for (const QByteArray &frame : responder->takeUnsolicited())
                frames += frame;
        }
        return frames;
    }

    /// Moves pump time without the simulation's flush, so unsolicited frames stay for unsolicited().
    void advance(std::chrono::nanoseconds duration)
    {
        for (ProtocolResponder *responder : m_bus->responders()) {
            for (SimPump *pump : responder->pumps())
                pump->advance(duration);
        }
    }

    SimPump *pump(int device = 0, int channel = 0) const
    {
        return m_bus->responders().at(static_cast<std::size_t>(device))->pumps().at(static_cast<std::size_t>(channel));
    }
    Simulation &simulation() { return m_simulation; }
    SimBus *bus() const { return m_bus; }

private:
    Models::ModelRegistry m_registry;
    Simulation m_simulation;
    SimBus *m_bus = nullptr;
};

using Exchange = QList<QPair<QByteArray, QByteArray>>;

void runExchanges(Line &line, const Exchange &exchanges)
{
    for (const auto &[request, reply] : exchanges) {
        const QByteArray got = line.ask(request);
        QVERIFY2(got == reply, qPrintable(u"%1 -> %2, expected %3"_s.arg(QString::fromLatin1(request.toHex(' ')),
                                                                          QString::fromLatin1(got.toHex(' ')),
                                                                          QString::fromLatin1(reply.toHex(' ')))));
    }
}

} // namespace

Q_DECLARE_METATYPE(Exchange)

class TestResponders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regloAnswersAsTheManual_data()
    {
        QTest::addColumn<Exchange>("exchanges");
        QTest::newRow("identity") << Exchange{{"2#\r", "REGLO ICC 0208 306\r\n"}, {"2xA\r", "4\r\n"}};
        QTest::newRow("speed set and get") << Exchange{{"2S005000\r", "*"}, {"2S\r", "50.00\r\n"}};
        QTest::newRow("speed above max refused") << Exchange{{"2S012300\r", "#"}};
        QTest::newRow("flow echoes value set") << Exchange{{"2f1300-3\r", "1300E-3\r\n"}, {"2f\r", "1300E-3\r\n"}};
        QTest::newRow("flow clamped to max") << Exchange{{"2f3250+1\r", "9400E+0\r\n"}};
        QTest::newRow("volume echoes value set") << Exchange{{"2v3000+2\r", "3000E+2\r\n"}};
        QTest::newRow("time and cycles") << Exchange{{"2xT00001500\r", "*"}, {"2\"0023\r", "*"}};
        QTest::newRow("direction") << Exchange{{"2K\r", "*"}, {"2xD\r", "K\r\n"}, {"2J\r", "*"}, {"2xD\r", "J\r\n"}};
        QTest::newRow("start and running") << Exchange{{"2E\r", "-"}, {"2H\r", "*"}, {"2E\r", "+"}, {"2I\r", "*"}, {"2E\r", "-"}};
        QTest::newRow("volume mode needs a volume") << Exchange{{"2O\r", "*"}, {"2xM\r", "O\r\n"}, {"2H\r", "-"},
                                                                {"2xe\r", "V 0000E+0\r\n"}};
        QTest::newRow("other address is silent") << Exchange{{"3H\r", ""}, {"1#\r", ""}};
        QTest::newRow("unknown command") << Exchange{{"2Y\r", "#"}};
    }

    void regloAnswersAsTheManual()
    {
        QFETCH(Exchange, exchanges);
        Line line({u"--model"_s, u"reglo-icc"_s, u"--address"_s, u"2"_s});
        runExchanges(line, exchanges);
    }

    void regloRefusesEverythingWhileOverloaded()
    {
        Line line({u"--model"_s, u"reglo-icc"_s});
        line.pump(0, 1)->raiseAlarm(Alarm::Overload);
        runExchanges(line, {{"1#\r", "#"}, {"1H\r", "#"}});
    }

    void regloSendsStopEventsWhenEnabled()
    {
        Line line({u"--model"_s, u"reglo-icc"_s});
        runExchanges(line, {{"1H\r", "*"}, {"1I\r", "*"}});
        QCOMPARE(line.unsolicited(), QByteArray());
        runExchanges(line, {{"1~1\r", "*"}, {"0xE1\r", "*"}, {"3v1000-3\r", "1000E-3\r\n"}, {"3\"0023\r", "*"}, {"3O\r", "*"},
                            {"3H\r", "*"}});
        QVERIFY(line.pump(0, 2)->running());
        QVERIFY(!line.pump(0, 0)->running());
        line.advance(1500ms);  // 0.094 mL/min at most: a status update after a second, not done yet
        const QByteArray update = line.unsolicited();
        QVERIFY2(update.startsWith("^U|3|+|0.0|") && update.endsWith("|23\r\n"), update.constData());
        line.advance(60s);
        QCOMPARE(line.unsolicited(), "^X|3|A\r\n"_ba);  // channel 3 done
        QVERIFY(std::abs(line.pump(0, 2)->dispensedMl() - 0.001) < 1e-9);
        line.pump(0, 3)->raiseAlarm(Alarm::OverTemperature);
        QCOMPARE(line.unsolicited(), "^X|4|2\r\n"_ba);
    }

    void longerMatchesTheDocumentedFrames()
    {
        Line wt600({u"--model"_s, u"longer-wt600-2j"_s});
        // WT600, addr 1, 150 rpm, run, CW: answered with the same state.
        runExchanges(wt600, {{hex("E9 01 06 57 4A 00 96 01 01 8C"), hex("E9 01 06 57 4A 00 96 01 01 8C")}});
        QVERIFY(wt600.pump()->running());
        QCOMPARE(wt600.pump()->targetRpm(), 150.0);

        Line bt100({u"--model"_s, u"longer-bt100-2j"_s});
        Protocol::Longer::State state;
        state.speed = 745;
        state.running = true;
        bt100.ask(Protocol::Longer::writeState(1, state));
        // RJ reply for 74.5 rpm, running, CW, with the E9 in the speed stuffed as E8 01.
        runExchanges(bt100, {{hex("E9 01 02 52 4A 1B"), hex("E9 01 06 52 4A 02 E8 01 01 01 F4")}});
        QCOMPARE(bt100.pump()->targetRpm(), 74.5);
    }

    void longerBroadcastActsWithoutReply()
    {
        Line line({u"--model"_s, u"longer-bt100-2j"_s, u"--address"_s, u"4"_s});
        runExchanges(line, {{hex("E9 1F 06 57 4A 00 0A 01 01 0E"), ""}});
        QVERIFY(line.pump()->running());
        QCOMPARE(line.pump()->targetRpm(), 1.0);
        runExchanges(line, {{hex("E9 01 02 52 4A 1B"), ""}});  // not its address
    }

    void modbusFollowsTheRegisterMap()
    {
        Line line({u"--model"_s, u"leadfluid-bt100s"_s});
        runExchanges(line, {{hex("01 06 0C 1C 03 E8 4B E2"), hex("01 06 0C 1C 03 E8 4B E2")},
                            {hex("01 06 0C 1E 00 01 2B 5C"), hex("01 06 0C 1E 00 01 2B 5C")}});
        QVERIFY(line.pump()->running());
        QCOMPARE(line.pump()->targetRpm(), 100.0);
        namespace Modbus = Protocol::Modbus;
        runExchanges(line, {{Modbus::readRequest(1, Modbus::ReadHoldingRegisters, 3100, 3),
                             Modbus::encode({1, Modbus::ReadHoldingRegisters, hex("06 03 E8 00 00 00 01")})},
                            {hex("01 03 00 00 00 01 84 0A"), Modbus::exceptionReply(1, Modbus::ReadHoldingRegisters, Modbus::IllegalDataAddress)},
                            {Modbus::writeSingleRegister(1, 3100, 5000), Modbus::exceptionReply(1, Modbus::WriteSingleRegister, Modbus::IllegalDataValue)},
                            {Modbus::writeSingleRegister(0, 3102, 0), ""}});  // broadcast stop: acted on, not answered
        QVERIFY(!line.pump()->running());
    }

    void kamoerNeedsRemoteEnableFirst()
    {
        namespace Modbus = Protocol::Modbus;
        Line line({u"--model"_s, u"kamoer-2802"_s});
        runExchanges(line, {{hex("C0 05 10 01 FF 00 C9 EB"), Modbus::exceptionReply(192, Modbus::WriteSingleCoil, Modbus::ServerDeviceFailure)},
                            {Modbus::writeSingleCoil(192, 0x1004, true), Modbus::writeSingleCoil(192, 0x1004, true)},
                            {Modbus::writeMultipleRegisters(192, 0x3001, {0x42C8, 0x0000}), Modbus::encode({192, 0x10, hex("30 01 00 02")})},
                            {hex("C0 05 10 01 FF 00 C9 EB"), hex("C0 05 10 01 FF 00 C9 EB")}});
        QCOMPARE(line.pump()->targetRpm(), 100.0);
        line.simulation().advance(2s);
        runExchanges(line, {{Modbus::readRequest(192, Modbus::ReadHoldingRegisters, 0x3005, 2),
                             Modbus::encode({192, 0x03, hex("04 42 C8 00 00")})}});  // actual speed 100.0 as float
    }

    void pressureTransmitterReadsPumpsOnItsLine()
    {
        namespace Modbus = Protocol::Modbus;
        Line line({u"--model"_s, u"leadfluid-bt100s"_s, u"--address"_s, u"1"_s, u"--model"_s, u"pressure-modbus"_s,
                   u"--address"_s, u"9"_s, u"--seed"_s, u"3"_s});
        const QByteArray read = Modbus::readRequest(9, Modbus::ReadHoldingRegisters, 0, 1);
        const auto value = [&] {
            const QByteArray reply = line.ask(read);
            return static_cast<qint16>((static_cast<quint8>(reply.at(3)) << 8) | static_cast<quint8>(reply.at(4)));
        };
        QVERIFY(std::abs(value()) < 20);  // noise only, in mbar counts
        runExchanges(line, {{Modbus::writeSingleRegister(1, 3100, 1000), Modbus::writeSingleRegister(1, 3100, 1000)},
                            {Modbus::writeSingleRegister(1, 3102, 1), Modbus::writeSingleRegister(1, 3102, 1)}});
        line.simulation().advance(3s);
        const int open = value();
        QVERIFY2(open > 200, qPrintable(QString::number(open)));  // 80 mL/min through the tubing: 0.4 bar
        line.pump()->setOcclusion(true);
        line.simulation().advance(20s);
        QVERIFY(value() > 4 * open);
    }

    void newEraAnswersBasicMode()
    {
        Line line({u"--model"_s, u"ne-1000"_s, u"--tubing"_s, u"syringe-10ml"_s});
        runExchanges(line, {{"VER\r", "\x02" "00A?R\x03"},  // power-up reset reported once
                            {"VER\r", "\x02" "00SNE1000V3.934\x03"},
                            {"DIA\r", "\x02" "00S14.5\x03"},
                            {"RAT 5 MM\r", "\x02" "00S\x03"},
                            {"RAT\r", "\x02" "00S5MM\x03"},
                            {"RAT 900 MM\r", "\x02" "00S?OOR\x03"},
                            {"VOL 1\r", "\x02" "00S\x03"},
                            {"RUN\r", "\x02" "00I\x03"},
                            {"1RUN\r", ""},
                            {"XYZ\r", "\x02" "00I?\x03"}});
        line.simulation().advance(60s);
        runExchanges(line, {{"DIS\r", "\x02" "00SI1W0ML\x03"}, {"DIR WDR\r", "\x02" "00S\x03"}, {"DIR\r", "\x02" "00SWDR\x03"}});
    }

    void newEraReportsStallAtTravelEnd()
    {
        Line line({u"--model"_s, u"ne-1000"_s, u"--tubing"_s, u"syringe-1ml"_s});
        line.ask("VER\r");
        runExchanges(line, {{"RAT 1 MM\r", "\x02" "00S\x03"}, {"RUN\r", "\x02" "00I\x03"}});
        line.simulation().advance(90s);  // a full 1 mL syringe empties in a minute
        runExchanges(line, {{"DIS\r", "\x02" "00A?S\x03"}, {"DIS\r", "\x02" "00SI1W0ML\x03"}});
    }

    void newEraSafeModeWatchdog()
    {
        namespace NewEra = Protocol::NewEra;
        Line line({u"--model"_s, u"ne-1000"_s});
        line.ask("VER\r");
        runExchanges(line, {{"SAF5\r", "\x02" "00S\x03"}});
        NewEra::Request version;
        version.command = "VER";
        runExchanges(line, {{NewEra::safeRequest(version), NewEra::safeReply({0, 'S', 0, "NE1000V3.934"})}});
        QByteArray damaged = NewEra::safeRequest(version);
        damaged[damaged.size() - 2] = static_cast<char>(damaged.at(damaged.size() - 2) ^ 0x01);
        runExchanges(line, {{damaged, NewEra::safeReply({0, 'S', 0, "?COM"})}});
        line.advance(4s);
        QCOMPARE(line.unsolicited(), QByteArray());
        line.advance(2s);
        QCOMPARE(line.unsolicited(), NewEra::safeReply({0, 'A', 'T', {}}));
        QCOMPARE(line.pump()->alarm(), Alarm::SafeModeTimeout);
    }

    void masterflexLegacyNeedsNumberAndRemote()
    {
        Line line({u"--model"_s, u"masterflex-ls-legacy"_s});
        runExchanges(line, {{"\x05", "\x02P?\r"},
                            {"\x02P01\r", "\x06"},
                            {"\x05", ""},
                            {"\x02P01S+060.0\r", "\x15"},
                            {"\x02P01R\r", "\x06"},
                            {"\x02P01S-060.0\r", "\x06"},
                            {"\x02P01G0\r", "\x06"},
                            {"\x02P01I\r", "\x02P01I-60.0,R\r"},
                            {"\x02P02H\r", ""},
                            {"\x02P01H\r", "\x06"},
                            {"\x02P01Q\r", "\x15"}});
        QVERIFY(!line.pump()->running());
    }

    void serialCommsNeedsSerialModeFirst()
    {
        Line line({u"--model"_s, u"masterflex-ls-serialcomms"_s});
        runExchanges(line, {{"1H\r", "~"},
                            {"1RE1\r", "*"},
                            {"1R012300\r", "*"},
                            {"1R\r", "123.00\r\n"},
                            {"1S00500\r", "*"},
                            {"1R\r", "300.00\r\n"},  // 50.0 % of 600 rpm
                            {"1K\r", "*"},
                            {"1H\r", "*"},
                            {"1RC\r", "1,1,0\r\n"},
                            {"2H\r", ""},
                            {"1Y\r", "#"}});
    }

    void powerCycleForgetsProtocolState()
    {
        Line line({u"--model"_s, u"masterflex-ls-serialcomms"_s});
        runExchanges(line, {{"1RE1\r", "*"}, {"1H\r", "*"}});
        line.bus()->powerCycle();
        QVERIFY(!line.pump()->running());
        runExchanges(line, {{"1H\r", "~"}});
    }

    void factoryRejectsBadDevices_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown model") << QStringList{u"--model"_s, u"pump-9000"_s} << u"pump-9000"_s;
        QTest::newRow("unknown head") << QStringList{u"--model"_s, u"longer-bt100-2j"_s, u"--head"_s, u"head-x"_s} << u"head-yz15"_s;
        QTest::newRow("unknown tubing") << QStringList{u"--model"_s, u"longer-bt100-2j"_s, u"--tubing"_s, u"tube-99"_s} << u"tube-16"_s;
        QTest::newRow("unknown syringe") << QStringList{u"--model"_s, u"ne-1000"_s, u"--tubing"_s, u"syringe-2ml"_s} << u"syringe-10ml"_s;
        QTest::newRow("address out of range") << QStringList{u"--model"_s, u"longer-bt100-2j"_s, u"--address"_s, u"31"_s} << u"31"_s;
        QTest::newRow("same address twice") << QStringList{u"--model"_s, u"longer-bt100-2j"_s, u"--model"_s, u"longer-wt600-2j"_s} << u"address 1"_s;
    }

    void factoryRejectsBadDevices()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        Models::ModelRegistry registry;
        registry.load(u":/models"_s, {});
        const auto options = parsePumpSimArguments(QStringList{u"pumpsim"_s} + arguments);
        QVERIFY(options.ok());
        Simulation simulation;
        const auto bus = SimDeviceFactory::buildLine(*options, registry, simulation, std::make_unique<InProcessEndpoint>());
        QVERIFY(!bus.ok());
        QVERIFY2(bus.error().message.contains(mentions), qPrintable(bus.error().message));
        QVERIFY(simulation.buses().empty());
    }

    void factoryTakesPhysicsFromTheModel()
    {
        Models::ModelRegistry registry;
        registry.load(u":/models"_s, {});
        const Models::PumpModel *model = registry.find(u"leadfluid-bt100s"_s);
        QVERIFY(model);
        const auto config = SimDeviceFactory::pumpConfig(*model, u"head-yz25"_s, u"tube-18"_s, 1);
        QVERIFY(config.ok());
        QCOMPARE(config->mlPerRev, 3.8);
        QCOMPARE(config->rollers, 3);
        QCOMPARE(config->maxRpm, 100.0);
        QCOMPARE(config->kind, SimPumpConfig::Kind::Peristaltic);
        Line reglo({u"--model"_s, u"reglo-icc"_s, u"--tubing"_s, u"tube-3stop-2.79"_s});
        QCOMPARE(reglo.pump(0, 3)->config().rollers, 8);
        QCOMPARE(reglo.pump(0, 3)->mlPerRev(), 0.3);
        QCOMPARE(reglo.bus()->wire().summary(), u"9600 8N1"_s);
    }
};

QTEST_GUILESS_MAIN(TestResponders)
#include "tst_responders.moc"
