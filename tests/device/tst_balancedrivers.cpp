// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The balance drivers end to end: the app's real SerialBus and QSerialPort against the simulated
// balances on a pseudo-terminal, weighing what a simulated pump delivers; and against a scripted
// balance for the replies that must be errors, never numbers.
#include "core/gravimetry.h"
#include "device/balancefactory.h"
#include "models/balanceregistry.h"
#include "sim/simbalanceline.h"
#include "support/ptypeer.h"
#include "support/simpumprig.h"

#include <QMutex>
#include <QSignalSpy>
#include <QThread>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace PumpStudio;

namespace {

constexpr double kSpeedup = 50.0;

/// A pump line and a balance line, both simulated, and the app's driver on the balance.
struct BalanceRig
{
    Test::SimPumpRig pumps;
    Models::BalanceRegistry balances;
    Sim::SimBalanceLine *line = nullptr;
    Sim::PtyEndpoint *pty = nullptr;
    std::unique_ptr<Device::SerialBus> bus;
    std::unique_ptr<Device::BalanceDriver> driver;
    QObject owner;

    QString path() const { return pumps.dir.filePath(u"balance"_s); }

    bool open(const QString &model, double loadG = 0)
    {
        if (!pumps.openLine({u"--model"_s, u"reglo-icc"_s}, kSpeedup))
            return false;
        balances.load(u":/balances"_s, {});
        auto options = Sim::parsePumpSimArguments({u"pumpsim"_s, u"--model"_s, u"reglo-icc"_s, u"--balance"_s, model,
                                                   u"--balance-load"_s, QString::number(loadG)});
        auto endpoint = std::make_unique<Sim::PtyEndpoint>();
        if (!options || !endpoint->open(path()).ok())
            return false;
        pty = endpoint.get();
        auto built = Sim::SimBalanceLine::build(*options, balances, pumps.simulation, std::move(endpoint), &owner);
        if (!built)
            return false;
        line = *built;
        const Models::BalanceModel *m = balances.find(model);
        bus = Device::createBalanceLink(*m, Device::defaultSerialSettings(*m, path()));
        bus->open();
        if (!QTest::qWaitFor([&] { return bus->state() == Device::LinkState::Connected; }, 5000))
            return false;
        driver = Device::createBalanceDriver(*m, *bus);
        return true;
    }

    template <typename T, typename Call>
    std::optional<Result<T>> call(Call call)
    {
        std::optional<Result<T>> result;
        call([&result](Result<T> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return std::nullopt;
        return result;
    }

    /// Waits until the simulated balance has settled (its own notion, not the driver's).
    bool settled()
    {
        return QTest::qWaitFor([&] { return line->balance().stable(); }, 20000);
    }
};

} // namespace

class TestBalanceDrivers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void both_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("mt-sics") << u"mt-sics"_s;
        QTest::newRow("sartorius-sbi") << u"sartorius-sbi"_s;
    }

    void bundledModelsLoad()
    {
        Models::BalanceRegistry registry;
        registry.load(u":/balances"_s, {});
        QVERIFY2(registry.errors().empty(), registry.errors().empty() ? "" : qPrintable(registry.errors().front().text()));
        QCOMPARE(registry.models().size(), 2u);
        QCOMPARE(registry.find(u"mt-sics"_s)->readabilityG, 0.0001);
        QCOMPARE(registry.find(u"sartorius-sbi"_s)->readabilityG, 0.001);
    }

    void badModelFileNamesTheField()
    {
        Models::ModelLoadError error;
        const auto m = Models::parseBalanceModel(R"({"format":1,"id":"x","name":"X","kind":"balance","protocol":"mt-sics",
            "serial":{"baud":9600},"weighing":{"readabilityG":-1}})", u"x.json"_s, &error);
        QVERIFY(!m);
        QCOMPARE(error.file, u"x.json"_s);
        QCOMPARE(error.field, u"weighing.readabilityG"_s);
        const auto p = Models::parseBalanceModel(R"({"format":1,"id":"x","name":"X","kind":"balance","protocol":"sbi","serial":{"baud":9600}})",
                                                 u"y.json"_s, &error);
        QVERIFY(!p);
        QCOMPARE(error.field, u"protocol"_s);
    }

    void identifiesItself_data() { both_data(); }
    void identifiesItself()
    {
        QFETCH(QString, model);
        BalanceRig rig;
        QVERIFY(rig.open(model));
        const auto id = rig.call<Device::BalanceIdentity>([&](auto done) { rig.driver->identify(done); });
        QVERIFY(id);
        QVERIFY2(id->ok(), id->ok() ? "" : qPrintable(id->error().message));
        QVERIFY(!(*id)->model.isEmpty());
        QVERIFY(!(*id)->serialNumber.isEmpty());
        QVERIFY(!(*id)->firmware.isEmpty());
        if (model == u"mt-sics") {
            QCOMPARE((*id)->model, u"XS205DU"_s);
            QCOMPARE((*id)->capacityG.value_or(0), 220.0);
            QCOMPARE((*id)->readabilityG.value_or(0), 0.0001);
        }
    }

    // What the pump delivered, as a real balance reads it: water density and air buoyancy.
    void weighsWhatThePumpDelivered_data() { both_data(); }
    void weighsWhatThePumpDelivered()
    {
        QFETCH(QString, model);
        BalanceRig rig;
        QVERIFY(rig.open(model));
        QVERIFY(rig.settled());
        const auto tared = rig.call<void>([&](auto done) { rig.driver->tare(done); });
        QVERIFY(tared && tared->ok());
        QVERIFY(rig.pumps.pump->dispense(5.0, 100.0).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.pumps.pump->running(), 20000);
        const auto r = rig.call<Device::BalanceReading>([&](auto done) { rig.driver->readStable(done); });
        QVERIFY(r);
        QVERIFY2(r->ok(), r->ok() ? "" : qPrintable(r->error().message));
        QVERIFY((*r)->stable);
        const double d = rig.balances.find(model)->readabilityG;
        QCOMPARE((*r)->resolutionG, d);
        // 5 mL of water at 20 degC reads 5 / 1.0029 g: within a few digits of noise.
        const double expected = Gravimetry::readingFromVolume(rig.pumps.pump->dispensedMl(), Gravimetry::waterDensity(20));
        QVERIFY2(std::abs((*r)->grams - expected) <= 4 * d, qPrintable(u"%1 g read, %2 g expected"_s.arg((*r)->grams).arg(expected)));
        QVERIFY(std::abs((*r)->grams - 5.0) > 0.01);  // buoyancy and density: not 1 g per mL
    }

    void readsImmediatelyWhileTheLoadMoves_data() { both_data(); }
    void readsImmediatelyWhileTheLoadMoves()
    {
        QFETCH(QString, model);
        BalanceRig rig;
        QVERIFY(rig.open(model));
        QVERIFY(rig.pumps.pump->setTargetRpm(50).ok());
        QVERIFY(rig.pumps.pump->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.line->balance().stable() && rig.line->balance().deliveredReadingG() > 0.01, 20000);
        const auto r = rig.call<Device::BalanceReading>([&](auto done) { rig.driver->readImmediate(done); });
        QVERIFY(r && r->ok());
        QVERIFY(!(*r)->stable);
        QVERIFY((*r)->grams > 0);
    }

    void noStabilityInTimeIsAnError_data() { both_data(); }
    void noStabilityInTimeIsAnError()
    {
        QFETCH(QString, model);
        BalanceRig rig;
        QVERIFY(rig.open(model));
        rig.driver->setStableTimeout(500ms);
        QVERIFY(rig.pumps.pump->setTargetRpm(50).ok());
        QVERIFY(rig.pumps.pump->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.line->balance().stable(), 20000);  // the liquid is landing
        const auto r = rig.call<Device::BalanceReading>([&](auto done) { rig.driver->readStable(done); });
        QVERIFY(r);
        QVERIFY2(!r->ok(), r->ok() ? qPrintable(u"%1 g stable %2, pump %3 rpm running %4"_s.arg((*r)->grams).arg((*r)->stable).arg(rig.pumps.pump->actualRpm()).arg(rig.pumps.pump->running()) + u" delivered %1 g, ml/rev %2, stable now %3"_s.arg(rig.line->balance().deliveredReadingG()).arg(rig.pumps.pump->mlPerRev()).arg(rig.line->balance().stable())) : "");
        QCOMPARE(r->error().code, Error::Code::Timeout);
    }

    void overloadAndUnderloadAreErrors_data() { both_data(); }
    void overloadAndUnderloadAreErrors()
    {
        QFETCH(QString, model);
        BalanceRig rig;
        QVERIFY(rig.open(model, 1000.0));  // above either capacity
        for (const bool stable : {true, false}) {
            const auto r = rig.call<Device::BalanceReading>(
                [&](auto done) { stable ? rig.driver->readStable(done) : rig.driver->readImmediate(done); });
            QVERIFY(r && !r->ok());
            QCOMPARE(r->error().code, Error::Code::OutOfRange);
            QVERIFY(r->error().message.contains(u"overload"_s));
        }
        rig.line->balance().addLoad(-1100.0);  // the pan lifted off
        QTRY_VERIFY_WITH_TIMEOUT(rig.line->balance().underloaded(), 20000);
        const auto r = rig.call<Device::BalanceReading>([&](auto done) { rig.driver->readImmediate(done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().code, Error::Code::OutOfRange);
        QVERIFY(r->error().message.contains(u"underload"_s));
    }

    void taresAndZeroes_data() { both_data(); }
    void taresAndZeroes()
    {
        QFETCH(QString, model);
        BalanceRig rig;
        QVERIFY(rig.open(model, 1.0));
        QVERIFY(rig.settled());
        const double d = rig.balances.find(model)->readabilityG;
        auto r = rig.call<Device::BalanceReading>([&](auto done) { rig.driver->readStable(done); });
        QVERIFY(r && r->ok());
        QVERIFY(std::abs((*r)->grams - 1.0) <= 4 * d);
        const auto zeroed = rig.call<void>([&](auto done) { rig.driver->zero(done); });
        QVERIFY(zeroed && zeroed->ok());
        r = rig.call<Device::BalanceReading>([&](auto done) { rig.driver->readStable(done); });
        QVERIFY(r && r->ok());
        QVERIFY2(std::abs((*r)->grams) <= 4 * d, qPrintable(QString::number((*r)->grams)));
        rig.line->balance().addLoad(20.0);  // a vessel
        QTRY_VERIFY_WITH_TIMEOUT(rig.line->balance().stable() && rig.line->balance().reading() > 19, 20000);
        const auto tared = rig.call<void>([&](auto done) { rig.driver->tare(done); });
        QVERIFY(tared && tared->ok());
        r = rig.call<Device::BalanceReading>([&](auto done) { rig.driver->readStable(done); });
        QVERIFY(r && r->ok());
        QVERIFY2(std::abs((*r)->grams) <= 4 * d, qPrintable(QString::number((*r)->grams)));
    }

    // The adapter pulled and put back: the pending read fails, reads work again afterwards.
    void survivesUnplugAndReplug_data() { both_data(); }
    void survivesUnplugAndReplug()
    {
        QFETCH(QString, model);
        BalanceRig rig;
        QVERIFY(rig.open(model, 2.0));
        rig.pty->unplug();
        QTRY_VERIFY_WITH_TIMEOUT(rig.bus->state() != Device::LinkState::Connected, 10000);
        auto r = rig.call<Device::BalanceReading>([&](auto done) { rig.driver->readImmediate(done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().code, Error::Code::Disconnected);
        QSignalSpy back(rig.bus.get(), &Device::Link::reconnected);
        QVERIFY(rig.pty->replug());
        QTRY_VERIFY_WITH_TIMEOUT(back.count() == 1, 10000);
        QVERIFY(rig.settled());
        r = rig.call<Device::BalanceReading>([&](auto done) { rig.driver->readStable(done); });
        QVERIFY(r);
        QVERIFY2(r->ok(), r->ok() ? "" : qPrintable(r->error().message));
        QVERIFY(std::abs((*r)->grams - 2.0) < 0.01);
    }

    // As the app hosts it: line and driver made, used and deleted on a worker thread (Qt's
    // thread warnings fail this test), the simulator on this one.
    void worksOnAWorkerThread_data() { both_data(); }
    void worksOnAWorkerThread()
    {
        QFETCH(QString, model);
        BalanceRig rig;
        QVERIFY(rig.open(model, 3.0));
        rig.driver.reset();
        rig.bus.reset();
        const Models::BalanceModel *m = rig.balances.find(model);
        const Device::SerialSettings settings = Device::defaultSerialSettings(*m, rig.path());
        QThread thread;
        auto *home = new QObject;
        home->moveToThread(&thread);
        connect(&thread, &QThread::finished, home, &QObject::deleteLater);
        thread.start();
        QMutex mutex;
        std::optional<Result<Device::BalanceReading>> reading;
        Device::SerialBus *bus = nullptr;
        Device::BalanceDriver *driver = nullptr;
        QMetaObject::invokeMethod(home, [&, home] {
            bus = Device::createBalanceLink(*m, settings, home).release();
            driver = Device::createBalanceDriver(*m, *bus, home).release();
            bus->open();  // a serial port opens at once, or fails
            if (bus->state() != Device::LinkState::Connected) {
                QMutexLocker lock(&mutex);
                reading = makeError(Error::Code::Io, bus->lastError());
                return;
            }
            driver->readStable([&](Result<Device::BalanceReading> r) {
                QMutexLocker lock(&mutex);
                reading = std::move(r);
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(([&] { QMutexLocker lock(&mutex); return reading.has_value(); })(), 20000);
        thread.quit();  // home, the line and the driver go with the thread's finished
        QVERIFY(thread.wait(10000));
        QMutexLocker lock(&mutex);
        QVERIFY2(reading->ok(), reading->ok() ? "" : qPrintable(reading->error().message));
        QVERIFY(std::abs((*reading)->grams - 3.0) < 0.01);
    }

    // A scripted MT-SICS balance: every reply that is not a weight is an error, never a number.
    void mtSicsRefusalsAndNonsenseAreErrors_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("code");
        QTest::newRow("syntax error") << QByteArray("ES\r\n") << int(Error::Code::Refused);
        QTest::newRow("logical error") << QByteArray("EL\r\n") << int(Error::Code::Refused);
        QTest::newRow("transmission error") << QByteArray("ET\r\n") << int(Error::Code::Refused);
        QTest::newRow("not stable") << QByteArray("S I\r\n") << int(Error::Code::Timeout);
        QTest::newRow("overload") << QByteArray("S +\r\n") << int(Error::Code::OutOfRange);
        QTest::newRow("underload") << QByteArray("S -\r\n") << int(Error::Code::OutOfRange);
        QTest::newRow("dynamic for S") << QByteArray("S D     100.00 g\r\n") << int(Error::Code::Protocol);
        QTest::newRow("another command's reply") << QByteArray("T S     100.00 g\r\n") << int(Error::Code::Protocol);
        QTest::newRow("garbled value") << QByteArray("S S     10a.00 g\r\n") << int(Error::Code::Protocol);
        QTest::newRow("not grams") << QByteArray("S S     100.00 ct\r\n") << int(Error::Code::Unsupported);
        QTest::newRow("silence") << QByteArray() << int(Error::Code::Timeout);
    }

    void mtSicsRefusalsAndNonsenseAreErrors()
    {
        QFETCH(QByteArray, reply);
        QFETCH(int, code);
        PtyPeer peer;
        peer.setResponder([reply](QByteArray &input) {
            const qsizetype end = input.indexOf('\n');
            if (end < 0)
                return QByteArray();
            input.remove(0, end + 1);
            return reply;
        });
        Models::BalanceRegistry registry;
        registry.load(u":/balances"_s, {});
        const Models::BalanceModel *model = registry.find(u"mt-sics"_s);
        Device::SerialSettings settings = Device::defaultSerialSettings(*model, peer.linkPath());
        settings.replyTimeout = 300ms;
        auto bus = Device::createBalanceLink(*model, settings);
        bus->open();
        QTRY_COMPARE(bus->state(), Device::LinkState::Connected);
        auto driver = Device::createBalanceDriver(*model, *bus);
        std::optional<Result<Device::BalanceReading>> r;
        driver->readStable([&r](Result<Device::BalanceReading> got) { r = std::move(got); });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 10000);
        QVERIFY(!r->ok());
        QCOMPARE(int(r->error().code), code);
    }

    void sartoriusErrorsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("code");
        QTest::newRow("overload") << QByteArray("      H       \r\n") << int(Error::Code::OutOfRange);
        QTest::newRow("underload with ID code") << QByteArray("Stat        L       \r\n") << int(Error::Code::OutOfRange);
        QTest::newRow("error") << QByteArray("   Err  02    \r\n") << int(Error::Code::Refused);
        QTest::newRow("adjusting") << QByteArray("      C       \r\n") << int(Error::Code::Refused);
        QTest::newRow("garbled value") << QByteArray("+   12a5.7 g  \r\n") << int(Error::Code::Protocol);
        QTest::newRow("one space too many") << QByteArray("+    1255.7 g  \r\n") << int(Error::Code::Protocol);
    }

    void sartoriusErrorsAreErrors()
    {
        QFETCH(QByteArray, reply);
        QFETCH(int, code);
        PtyPeer peer;
        peer.setResponder([reply](QByteArray &input) {
            const qsizetype end = input.indexOf('\n');
            if (end < 0)
                return QByteArray();
            input.remove(0, end + 1);
            return reply;
        });
        Models::BalanceRegistry registry;
        registry.load(u":/balances"_s, {});
        const Models::BalanceModel *model = registry.find(u"sartorius-sbi"_s);
        auto bus = Device::createBalanceLink(*model, Device::defaultSerialSettings(*model, peer.linkPath()));
        bus->open();
        QTRY_COMPARE(bus->state(), Device::LinkState::Connected);
        auto driver = Device::createBalanceDriver(*model, *bus);
        std::optional<Result<Device::BalanceReading>> r;
        driver->readImmediate([&r](Result<Device::BalanceReading> got) { r = std::move(got); });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 10000);
        QVERIFY(!r->ok());
        QCOMPARE(int(r->error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestBalanceDrivers)
#include "tst_balancedrivers.moc"
