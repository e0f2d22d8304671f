// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/inprocessendpoint.h"
#include "sim/pacedwriter.h"
#include "sim/protocolresponder.h"
#include "sim/ptyendpoint.h"
#include "sim/simbus.h"
#include "sim/simpressuresensor.h"
#include "sim/simpump.h"
#include "sim/simulation.h"

#include <QElapsedTimer>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTest>

#include <bit>

using namespace PumpStudio;
using namespace PumpStudio::Sim;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// A line protocol just for these tests: "<addr>P\r" asks, "<addr>OK\r" answers, "<addr>S\r"
/// starts the pump; a stop is announced as "<addr>^X\r". Real protocols live next to their codecs.
class LineResponder final : public ProtocolResponder
{
public:
    LineResponder(int address, SimPump *pump) : m_address(address), m_pump(pump)
    {
        if (m_pump)
            m_pump->setStopListener([this](StopCause) { m_events.push_back(prefix() + "^X\r"); });
    }

    QString protocolName() const override { return u"test line"_s; }
    int address() const override { return m_address; }
    std::vector<SimPump *> pumps() const override { return {m_pump}; }
    int powerCycles = 0;

    std::vector<QByteArray> feed(QByteArrayView bytes, std::chrono::nanoseconds) override
    {
        std::vector<QByteArray> replies;
        m_buffer += bytes.toByteArray();
        qsizetype end;
        while ((end = m_buffer.indexOf('\r')) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            if (!line.startsWith(prefix()))
                continue;
            const QByteArray command = line.mid(prefix().size());
            if (command == "P")
                replies.push_back(prefix() + "OK\r");
            else if (command == "S" && m_pump)
                replies.push_back(m_pump->start() ? prefix() + "OK\r" : prefix() + "NO\r");
        }
        return replies;
    }

    std::vector<QByteArray> takeUnsolicited() override { return std::exchange(m_events, {}); }
    void powerCycle() override
    {
        ++powerCycles;
        m_events.clear();
    }

private:
    QByteArray prefix() const { return QByteArray::number(m_address); }

    int m_address;
    SimPump *m_pump;
    QByteArray m_buffer;
    std::vector<QByteArray> m_events;
};

struct Rig
{
    Simulation simulation;
    SimBus *bus = nullptr;
    InProcessEndpoint *endpoint = nullptr;
    SimPump *pump1 = nullptr;
    SimPump *pump2 = nullptr;
    LineResponder *responder1 = nullptr;
    LineResponder *responder2 = nullptr;
    QByteArray toHost;

    Rig()
    {
        SimPumpConfig config;
        config.pressureNoiseKPa = 0.0;
        pump1 = simulation.addPump(config);
        pump2 = simulation.addPump(config);
        auto owned = std::make_unique<InProcessEndpoint>(u"demo"_s);
        endpoint = owned.get();
        Device::SerialSettings wire;
        wire.baudRate = 115200;
        bus = simulation.addBus(std::move(owned), wire);
        auto first = std::make_unique<LineResponder>(1, pump1);
        auto second = std::make_unique<LineResponder>(2, pump2);
        responder1 = first.get();
        responder2 = second.get();
        bus->addResponder(std::move(first));
        bus->addResponder(std::move(second));
        QObject::connect(endpoint, &InProcessEndpoint::toHost, endpoint,
                         [this](const QByteArray &bytes) { toHost += bytes; });
    }
};

} // namespace

class TestSimulation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheAddressedDeviceAnswers()
    {
        Rig rig;
        rig.endpoint->hostWrite("2P\r3P\r1"_ba);
        rig.endpoint->hostWrite("P\r"_ba);  // split across writes
        QTRY_COMPARE(rig.toHost, "2OK\r1OK\r"_ba);
        QCOMPARE(rig.bus->counters().replies, quint64(2));
    }

    void dropsEveryReplyAtProbabilityOne()
    {
        Rig rig;
        rig.bus->setDropProbability(1.0);
        rig.endpoint->hostWrite("1P\r2P\r"_ba);
        QTRY_COMPARE(rig.bus->counters().dropped, quint64(2));
        QCOMPARE(rig.bus->writer()->pendingBytes(), 0);
        QVERIFY(rig.toHost.isEmpty());
    }

    void corruptsOneBitAwayFromTheFirstByte()
    {
        Rig rig;
        rig.bus->setCorruptProbability(1.0);
        rig.endpoint->hostWrite("1P\r"_ba);
        QTRY_COMPARE(rig.toHost.size(), 4);
        const QByteArray good = "1OK\r"_ba;
        QCOMPARE(rig.toHost.at(0), good.at(0));
        int flipped = 0;
        for (int i = 0; i < good.size(); ++i)
            flipped += std::popcount(static_cast<unsigned>(static_cast<unsigned char>(good.at(i) ^ rig.toHost.at(i))));
        QCOMPARE(flipped, 1);
    }

    void garbagePrecedesTheReply()
    {
        Rig rig;
        rig.bus->setGarbageProbability(1.0);
        rig.endpoint->hostWrite("1P\r"_ba);
        QTRY_VERIFY(rig.toHost.endsWith("1OK\r"_ba));
        QVERIFY(rig.toHost.size() > 4);
        QCOMPARE(rig.bus->counters().garbageBursts, quint64(1));
    }

    void planAppliesRatesFromTimeZero()
    {
        Rig rig;
        rig.simulation.setFaultPlan(*FaultPlan::parseSpec(u"drop=1"_s));
        rig.endpoint->hostWrite("1P\r"_ba);
        QTRY_COMPARE(rig.bus->counters().dropped, quint64(1));
    }

    void planUnplugsAndReplugsOnPumpTime()
    {
        Rig rig;
        QSignalSpy faults(&rig.simulation, &Simulation::faultApplied);
        rig.simulation.setFaultPlan(*FaultPlan::parseSpec(u"unplug@1s:2s"_s));
        rig.simulation.advance(999ms);
        QVERIFY(rig.endpoint->isOpen());
        rig.simulation.advance(1ms);
        QVERIFY(!rig.endpoint->isOpen());
        rig.simulation.advance(1999ms);
        QVERIFY(!rig.endpoint->isOpen());
        rig.simulation.advance(1ms);
        QVERIFY(rig.endpoint->isOpen());
        QCOMPARE(faults.count(), 2);
    }

    void planStallsOnlyTheAddressedPump()
    {
        Rig rig;
        QVERIFY(rig.pump1->start());
        QVERIFY(rig.pump2->start());
        rig.simulation.setFaultPlan(*FaultPlan::parseSpec(u"stall/2@1s"_s));
        rig.simulation.advance(2s);
        QCOMPARE(rig.pump1->alarm(), Alarm::None);
        QVERIFY(rig.pump1->running());
        QCOMPARE(rig.pump2->alarm(), Alarm::Stall);
        QVERIFY(!rig.pump2->running());
        // The stop is announced on the wire once the pumps have advanced.
        QTRY_COMPARE(rig.toHost, "2^X\r"_ba);
    }

    void conditionsEndAfterTheirDuration()
    {
        Rig rig;
        rig.simulation.setFaultPlan(*FaultPlan::parseSpec(u"occlusion@1s:2s,overtemp/1@1s:1s"_s));
        rig.simulation.advance(1500ms);
        QVERIFY(rig.pump1->occluded());
        QVERIFY(rig.pump2->occluded());
        QCOMPARE(rig.pump1->alarm(), Alarm::OverTemperature);
        rig.simulation.advance(1s);
        QCOMPARE(rig.pump1->alarm(), Alarm::None);
        QVERIFY(rig.pump1->occluded());
        rig.simulation.advance(1s);
        QVERIFY(!rig.pump1->occluded());
    }

    void powerCycleResetsPumpAndProtocol()
    {
        Rig rig;
        QVERIFY(rig.pump1->setTargetRpm(42.0));
        QVERIFY(rig.pump1->start());
        QVERIFY(rig.pump2->setTargetRpm(42.0));
        rig.simulation.setFaultPlan(*FaultPlan::parseSpec(u"powercycle/1@1s"_s));
        rig.simulation.advance(2s);
        QCOMPARE(rig.pump1->targetRpm(), rig.pump1->config().defaultRpm);
        QVERIFY(!rig.pump1->running());
        QCOMPARE(rig.responder1->powerCycles, 1);
        QCOMPARE(rig.pump2->targetRpm(), 42.0);
        QCOMPARE(rig.responder2->powerCycles, 0);
        // A pump without power announces nothing.
        QCOMPARE(rig.bus->counters().unsolicited, quint64(0));
    }

    void pressureSensorReadsThePumpsOnItsLine()
    {
        Rig rig;
        SimPressureSensor *sensor = rig.simulation.addPressureSensor({rig.pump1}, 100.0);
        QCOMPARE(sensor->readKPa(), 100.0);
        QVERIFY(rig.pump1->start());
        rig.simulation.advance(5s);
        const double expected = 100.0 + rig.pump1->meanLinePressureKPa();
        QVERIFY(std::abs(sensor->readKPa() - expected) <= expected * rig.pump1->config().pulsationDepth);
        sensor->addSource(rig.pump2);
        sensor->addSource(rig.pump2);  // once only
        QCOMPARE(sensor->sources().size(), std::size_t(2));
    }

    void answersOverPtyNoFasterThanTheWire()
    {
        Simulation simulation;
        SimPump *pump = simulation.addPump(SimPumpConfig{});
        auto endpoint = std::make_unique<PtyEndpoint>();
        QVERIFY(endpoint->open().ok());
        const QString path = endpoint->path();
        Device::SerialSettings wire;
        wire.baudRate = 1200;
        wire.parity = QSerialPort::EvenParity;  // 11 bits: 9.17 ms per character
        SimBus *bus = simulation.addBus(std::move(endpoint), wire);
        bus->setLatency(20ms);
        bus->addResponder(std::make_unique<LineResponder>(1, pump));

        QSerialPort port;
        port.setPortName(path);
        QVERIFY2(port.open(QIODevice::ReadWrite), qPrintable(port.errorString()));
        QByteArray reply;
        QElapsedTimer timer;
        qint64 doneNs = 0;
        connect(&port, &QSerialPort::readyRead, this, [&] {
            reply += port.readAll();
            if (reply.endsWith('\r'))
                doneNs = timer.nsecsElapsed();
        });
        timer.start();
        port.write("1S\r"_ba);
        QTRY_COMPARE(reply, "1OK\r"_ba);
        QVERIFY(pump->running());
        // 20 ms latency + 4 characters of 11 bits at 1200 Bd, measured from before the request left.
        const qint64 floorNs = 20'000'000 + 4 * 11 * 1'000'000'000LL / 1200;
        QVERIFY2(doneNs >= floorNs, qPrintable(u"reply complete after %1 ns, the wire needs %2 ns"_s.arg(doneNs).arg(floorNs)));
    }

    void speedupRunsPumpTimeFaster()
    {
        Rig rig;
        QElapsedTimer wall;
        wall.start();
        rig.simulation.start(20.0, 5ms);
        QTRY_VERIFY(rig.simulation.elapsed() >= 2s);
        rig.simulation.stop();
        const auto wallNs = std::chrono::nanoseconds(wall.nsecsElapsed());
        // Pump time never outruns 20 x wall time; it lags by at most one tick plus scheduling.
        QVERIFY(rig.simulation.elapsed() <= 20 * wallNs);
        QVERIFY2(rig.simulation.elapsed() * 2 > 20 * (wallNs - 100ms),
                 qPrintable(u"%1 ns pump time in %2 ns"_s.arg(rig.simulation.elapsed().count()).arg(wallNs.count())));
    }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
