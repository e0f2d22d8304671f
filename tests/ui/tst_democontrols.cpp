// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The demo's scenario switched while it runs, and Stop Demo, offscreen with the real device stack
// on the demo's pseudo-terminals: a distributor goes normal -> occlusion -> cable pulled in front
// of a customer without restarting the program (issue 16 item 13).
#include "democontrols.h"

#include "core/appsettings.h"
#include "services/democontroller.h"
#include "services/deviceservice.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;
using Scenario = Sim::DemoSimulation::Scenario;
using Device::LinkState;

namespace {

const QString kReglo = u"demo-reglo-icc-1"_s;
const QString kLonger = u"demo-longer-bt100-2j-1"_s;
const QString kLeadFluid = u"demo-leadfluid-bt100s-2"_s;
const QString kSensor = u"demo-pressure-modbus-1"_s;

void choose(QComboBox *box, Scenario scenario)
{
    box->setCurrentIndex(box->findData(static_cast<int>(scenario)));
    Q_EMIT box->activated(box->currentIndex());
}

} // namespace

class TestDemoControls final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Bench
    {
        AppSettings settings;
        Services::DeviceService devices{settings};
        Services::DemoController demo{devices};
        DemoControls controls{demo};

        explicit Bench(const QString &ini) : settings(ini) { controls.show(); }
        LinkState link(const QString &id) const
        {
            const auto p = devices.pump(id);
            return p ? p->link : LinkState::Closed;
        }
        bool connected(const QString &id) const
        {
            const auto p = devices.pump(id);
            return p && p->link == LinkState::Connected && p->identity;
        }
        bool allConnected() const
        {
            return connected(kReglo) && connected(kLonger) && connected(kLeadFluid) && connected(kSensor);
        }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void switchesScenariosWhileRunningWithoutReconnecting()
    {
        Bench b(m_dir.filePath(u"switch.ini"_s));
        QPushButton *button = b.controls.startStopButton();
        QComboBox *scenario = b.controls.scenarioBox();
        QCOMPARE(button->text(), u"Start Demo"_s);
        QVERIFY(scenario->isEnabled());
        button->click();
        QCOMPARE(button->text(), u"Stop Demo"_s);  // at once, while starting
        QTRY_VERIFY_WITH_TIMEOUT(b.allConnected(), 15000);
        QVERIFY(scenario->isEnabled());
        QCOMPARE(b.demo.scenario(), Scenario::NormalDosing);

        // Every change of a pump's link from here on: none may drop except the Longer's, later.
        QStringList dropped;
        QObject watcher;  // goes before `dropped` does, whatever way the test ends
        connect(&b.devices, &Services::DeviceService::pumpChanged, &watcher, [&dropped](const Device::PumpSnapshot &s) {
            if (s.link != LinkState::Connected && !dropped.contains(s.config.id))
                dropped.append(s.config.id);
        });

        // Occlusion: the Lead Fluid's line blocks a few seconds after the switch and the
        // transmitter's high-high limit stops the pumps, with no restart of the demo.
        QSignalSpy interlock(&b.devices, &Services::DeviceService::interlockStopped);
        choose(scenario, Scenario::Occlusion);
        QCOMPARE(b.demo.scenario(), Scenario::Occlusion);
        QVERIFY(b.demo.running());
        QCOMPARE(button->text(), u"Stop Demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!interlock.isEmpty(), 60000);
        QCOMPARE(interlock.constFirst().at(0).toString(), kSensor);

        // Cable pulled: the Longer's link goes and comes back; the others stay connected.
        choose(scenario, Scenario::CablePulled);
        QCOMPARE(b.demo.scenario(), Scenario::CablePulled);
        QTRY_VERIFY_WITH_TIMEOUT(b.link(kLonger) != LinkState::Connected, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(b.connected(kLonger), 30000);
        QCOMPARE(dropped, QStringList{kLonger});
        QVERIFY(b.allConnected());

        // Back to normal: nothing else happens.
        choose(scenario, Scenario::NormalDosing);
        QCOMPARE(b.demo.scenario(), Scenario::NormalDosing);
        QVERIFY(b.allConnected());
    }

    void stopDemoRemovesItsPumpsAndStartsAgain()
    {
        Bench b(m_dir.filePath(u"stop.ini"_s));
        QSignalSpy stopped(&b.demo, &Services::DemoController::demoStopped);
        QPushButton *button = b.controls.startStopButton();
        choose(b.controls.scenarioBox(), Scenario::CablePulled);  // before the start: for the start
        QCOMPARE(b.demo.scenario(), Scenario::CablePulled);
        b.controls.startDemo();
        QTRY_VERIFY_WITH_TIMEOUT(b.allConnected(), 15000);
        QCOMPARE(b.devices.pumps().size(), 4);
        button->click();
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!b.demo.active());
        QCOMPARE(button->text(), u"Start Demo"_s);
        QVERIFY(b.devices.pumps().isEmpty());
        // Started again in another scenario: the same four pumps come back.
        choose(b.controls.scenarioBox(), Scenario::NormalDosing);
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(b.allConnected(), 15000);
        QCOMPARE(b.devices.pumps().size(), 4);
        QCOMPARE(b.demo.scenario(), Scenario::NormalDosing);
        // A stop asked for while the demo is still starting is done once it has started.
        QSignalSpy removed(&b.devices, &Services::DeviceService::pumpRemoved);
        button->click();
        QVERIFY(b.devices.pumps().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 4, 15000);  // the device thread let go of them
        button->click();
        button->click();
        QVERIFY(b.demo.active());  // starting
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 3, 15000);
        QTRY_VERIFY(b.devices.pumps().isEmpty());
        QCOMPARE(button->text(), u"Start Demo"_s);
    }
};

QTEST_MAIN(TestDemoControls)
#include "tst_democontrols.moc"
