// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The manager's safety rules against a simulated Reglo ICC over a pseudo-terminal: a pump is
// bound to its identity, and a pump that kept running through a lost link is stopped.
#include "support/simpumprig.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Device;
using namespace Qt::Literals::StringLiterals;

class TestDeviceManager final : public QObject
{
    Q_OBJECT

    Models::ModelRegistry m_models;
    std::unique_ptr<Test::SimPumpRig> m_rig;  ///< a simulated Reglo ICC, fresh for every test

    PumpConfig config() const
    {
        PumpConfig c;
        c.id = u"p1"_s;
        c.modelId = u"reglo-icc"_s;
        c.serial = m_rig->serial();
        c.address = 1;
        return c;
    }

    static std::optional<PumpSnapshot> last(const QSignalSpy &spy)
    {
        if (spy.isEmpty())
            return std::nullopt;
        return spy.constLast().at(0).value<PumpSnapshot>();
    }

private Q_SLOTS:
    void initTestCase() { m_models.load(u":/models"_s, {}); }

    void init()
    {
        m_rig = std::make_unique<Test::SimPumpRig>();
        QVERIFY(m_rig->openLine({u"--model"_s, u"reglo-icc"_s}, 10.0));
    }

    void cleanup() { m_rig.reset(); }

    void bindsThePumpToTheIdentityItReports()
    {
        DeviceManager manager(m_models);
        QSignalSpy changed(&manager, &DeviceManager::pumpChanged);
        manager.addPump(config());
        manager.connectPump(u"p1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(last(changed) && last(changed)->identity, 5000);
        const PumpSnapshot s = *last(changed);
        QCOMPARE(s.link, LinkState::Connected);
        QVERIFY(s.config.boundIdentity);
        QCOMPARE(s.config.boundIdentity->model, u"REGLO ICC"_s);
        QVERIFY(!s.lastError);
    }

    void samplesAtTheRequestedRateStampedOnArrival()
    {
        DeviceManager manager(m_models);
        QSignalSpy changed(&manager, &DeviceManager::pumpChanged);
        QSignalSpy sampled(&manager, &DeviceManager::sampled);
        PumpConfig c = config();
        c.pollIntervalMs = 5000;  // slow at first: at most one sample while connecting
        manager.addPump(c);
        manager.connectPump(u"p1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(last(changed) && last(changed)->identity, 5000);
        manager.setPollInterval(u"p1"_s, 100);
        QTRY_VERIFY_WITH_TIMEOUT(sampled.count() >= 10, 5000);
        qint64 previous = 0;
        for (const QList<QVariant> &args : std::as_const(sampled)) {
            QCOMPARE(args.at(0).toString(), u"p1"_s);
            const qint64 t = args.at(1).toLongLong();
            QVERIFY2(t > previous, "sample stamps must increase");
            previous = t;
        }
        // The achieved rate is reported; the bound on it is the link, not a fixed 1 s tick.
        QTRY_VERIFY_WITH_TIMEOUT(last(changed)->sampleRateHz > 2.0, 3000);
        QCOMPARE(last(changed)->config.pollIntervalMs, 100);
        // The link's own limit, from the bytes a status read took at 9600 baud: finite, and no
        // more than the wire allows for even one byte each way (about 480 a second).
        QVERIFY(last(changed)->linkLimitHz > 0.0);
        QVERIFY(last(changed)->linkLimitHz < 480.0);
        // Requests beyond what any pump answers are clamped.
        manager.setPollInterval(u"p1"_s, 1);
        QTRY_COMPARE_WITH_TIMEOUT(last(changed)->config.pollIntervalMs, kMinPollIntervalMs, 2000);
    }

    void refusesADifferentPumpOnTheBoundPort()
    {
        PumpConfig c = config();
        PumpIdentity other;
        other.model = u"REGLO ICC"_s;
        other.firmware = u"0101"_s;  // not the firmware the pump on the port reports
        other.address = 1;
        c.boundIdentity = other;
        DeviceManager manager(m_models);
        QSignalSpy changed(&manager, &DeviceManager::pumpChanged);
        QSignalSpy traffic(&manager, &DeviceManager::traffic);
        QSignalSpy commands(&manager, &DeviceManager::commandFinished);
        manager.addPump(c);
        manager.connectPump(u"p1"_s);
        manager.sendCommand(u"p1"_s, PumpCommand::start());  // waits for the identity check, and fails with it
        QTRY_COMPARE_WITH_TIMEOUT(commands.count(), 1, 5000);
        QCOMPARE(commands.at(0).at(2).value<Result<void>>().error().code, Error::Code::WrongDevice);
        QVERIFY(last(changed) && last(changed)->lastError && last(changed)->lastError->code == Error::Code::WrongDevice);
        QCOMPARE(last(changed)->link, LinkState::Closed);
        QVERIFY(!last(changed)->identity);
        // The driver is gone with the refusal: nothing can follow on the wire.
        // On the wire: the identity query and nothing else.
        QStringList written;
        for (const QList<QVariant> &args : std::as_const(traffic)) {
            if (args.at(1).toBool())
                written.append(QString::fromLatin1(args.at(2).toByteArray()));
        }
        QCOMPARE(written, QStringList{u"1#\r"_s});
        QVERIFY(!m_rig->pump->running());
    }

    void stopsAPumpThatKeptRunningWhileTheLinkWasLost()
    {
        DeviceManager manager(m_models);
        QSignalSpy changed(&manager, &DeviceManager::pumpChanged);
        QSignalSpy commands(&manager, &DeviceManager::commandFinished);
        manager.addPump(config());
        manager.connectPump(u"p1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(last(changed) && last(changed)->identity, 5000);
        manager.sendCommand(u"p1"_s, PumpCommand{PumpCommand::Kind::Start, Direction::Clockwise, 0, std::nullopt});
        QTRY_COMPARE_WITH_TIMEOUT(commands.count(), 1, 5000);
        QVERIFY(commands.at(0).at(2).value<Result<void>>().ok());
        Sim::SimPump *pump = m_rig->pump;
        QVERIFY(pump->running());

        m_rig->pty->unplug();
        QTRY_VERIFY_WITH_TIMEOUT(last(changed) && last(changed)->link == LinkState::Reconnecting, 3000);
        QVERIFY(last(changed)->lastError && last(changed)->lastError->code == Error::Code::Disconnected);
        QVERIFY(pump->running());  // the pump does not know the cable is gone
        QSignalSpy traffic(&manager, &DeviceManager::traffic);
        QVERIFY(m_rig->pty->replug());
        QTRY_VERIFY_WITH_TIMEOUT(!pump->running(), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(last(changed) && last(changed)->lastError && last(changed)->lastError->code == Error::Code::Interrupted, 3000);
        QCOMPARE(last(changed)->link, LinkState::Connected);
        QCOMPARE(last(changed)->stats.reconnects, 1u);
        // Back on the line: first who it is, then what it needs for control, its state, the stop.
        QStringList written;
        for (const QList<QVariant> &args : std::as_const(traffic)) {
            if (args.at(1).toBool())
                written.append(QString::fromLatin1(args.at(2).toByteArray()));
        }
        QVERIFY2(written.size() >= 3, qPrintable(written.join(u" | "_s)));
        QCOMPARE(written.first(), u"1#\r"_s);
        QCOMPARE(written.at(1), u"1xE1\r"_s);
        QVERIFY2(written.contains(u"1I\r"_s), qPrintable(written.join(u" | "_s)));
    }

    void refusesASecondProtocolOnALine()
    {
        DeviceManager manager(m_models);
        QSignalSpy changed(&manager, &DeviceManager::pumpChanged);
        manager.addPump(config());
        manager.connectPump(u"p1"_s);
        PumpConfig longer = config();
        longer.id = u"p2"_s;
        longer.modelId = u"longer-bt100-2j"_s;
        manager.addPump(longer);
        manager.connectPump(u"p2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
            const auto s = args.at(0).value<PumpSnapshot>();
            return s.config.id == u"p2"_s && s.lastError && s.lastError->code == Error::Code::Refused;
        }), 3000);
    }
};

QTEST_GUILESS_MAIN(TestDeviceManager)
#include "tst_devicemanager.moc"
