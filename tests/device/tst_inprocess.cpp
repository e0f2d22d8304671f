// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Where there are no pseudo-terminals (Windows), the same bus and drivers reach the simulator
// through an in-process byte channel instead of a QSerialPort.
#include "device/regloiccdriver.h"
#include "device/serialbus.h"
#include "device/streamadapters.h"
#include "models/modelregistry.h"
#include "protocol/regloicc.h"
#include "sim/inprocessendpoint.h"
#include "sim/inprocessline.h"
#include "sim/protocolresponder.h"
#include "sim/simbus.h"
#include "sim/simdevicefactory.h"
#include "sim/simulation.h"

#include <QSignalSpy>
#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Device;
using namespace Qt::Literals::StringLiterals;

class TestInProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drivesASimulatedPumpWithoutAPseudoTerminal()
    {
        Models::ModelRegistry models;
        models.load(u":/models"_s, {});
        const Models::PumpModel &model = *models.find(u"reglo-icc"_s);
        Sim::Simulation simulation;
        auto endpoint = std::make_unique<Sim::InProcessEndpoint>(u"sim:reglo"_s);
        Sim::InProcessEndpoint *channel = endpoint.get();
        Sim::PumpSimOptions options;
        options.devices.push_back({model.id, 1, {}, {}, {}});
        auto simBus = Sim::SimDeviceFactory::buildLine(options, models, simulation, std::move(endpoint));
        QVERIFY(simBus);
        simulation.start(10.0);

        SerialSettings settings;
        settings.portName = channel->path();
        settings.baudRate = model.serial.baud;
        SerialBus bus(std::make_unique<Sim::InProcessLine>(channel, settings),
                      std::make_unique<AsciiAdapter>(Protocol::Reglo::makeDecoder()));
        RegloIccDriver driver(model, bus, 1, nullptr);
        bus.open();
        QCOMPARE(bus.state(), LinkState::Connected);

        std::optional<Result<PumpIdentity>> identity;
        driver.identify([&identity](Result<PumpIdentity> r) { identity = std::move(r); });
        QTRY_VERIFY(identity.has_value());
        QVERIFY(identity->ok());
        QCOMPARE((*identity)->model, u"REGLO ICC"_s);

        std::optional<Result<void>> started;
        driver.start([&started](Result<void> r) { started = std::move(r); });
        QTRY_VERIFY(started.has_value());
        QVERIFY(started->ok());
        QVERIFY((*simBus)->responderAt(1)->pumps().front()->running());

        QSignalSpy reconnected(&bus, &Link::reconnected);
        channel->unplug();
        QCOMPARE(bus.state(), LinkState::Reconnecting);
        channel->replug();
        QCOMPARE(reconnected.count(), 1);
        std::optional<Result<PumpStatus>> status;
        driver.readStatus([&status](Result<PumpStatus> r) { status = std::move(r); });
        QTRY_VERIFY(status.has_value());
        QVERIFY(status->ok());
        QVERIFY((*status)->running);
    }
};

QTEST_GUILESS_MAIN(TestInProcess)
#include "tst_inprocess.moc"
