// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The Add Pump dialog (issue 16 item 15): no model chosen for the user, a port that is not there
// refused, "Test connection" against a simulated pump on a pseudo-terminal through the real
// device service, and what to check when the pump does not answer.
#include "addpumpdialog.h"

#include "core/appsettings.h"
#include "device/connectionhelp.h"
#include "services/deviceservice.h"
#include "support/simpumprig.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

class TestAddPumpDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Models::ModelRegistry m_models;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_models.load(u":/models"_s, {});
    }

    void choosesNoModelForTheUser()
    {
        AddPumpDialog dialog(m_models, {m_dir.path()});
        auto *model = dialog.findChild<QComboBox *>(u"addPumpModel"_s);
        QCOMPARE(model->currentIndex(), -1);
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.problemText(), u"Choose the pump model."_s);
        QVERIFY(dialog.config().modelId.isEmpty());
        // Sorted by name, as people look for it.
        QStringList names;
        for (int i = 0; i < model->count(); ++i)
            names << model->itemText(i);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
        QCOMPARE(names, sorted);
        // Choosing a model fills in its own defaults.
        QVERIFY(dialog.chooseModel(u"reglo-icc"_s));
        QCOMPARE(dialog.config().address, 1);
        QCOMPARE(dialog.config().serial.baudRate, 9600);
    }

    void refusesAPortThatIsNotThere()
    {
        AddPumpDialog dialog(m_models, {u"/dev/ttyUSB0"_s});
        QVERIFY(dialog.chooseModel(u"longer-bt100-2j"_s));
        auto *port = dialog.findChild<QComboBox *>(u"addPumpPort"_s);
        port->setEditText(u"/dev/ttyNoSuchPort42"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.problemText().contains(u"There is no serial port /dev/ttyNoSuchPort42"_s), qPrintable(dialog.problemText()));
        // A listed port, or a device file that exists (a terminal typed by hand), is accepted.
        port->setEditText(u"/dev/ttyUSB0"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        port->setEditText(u"/dev/null"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(Device::portExists(u"/dev/ttyUSB0"_s, {u"/dev/ttyUSB0"_s}));
        QVERIFY(!Device::portExists(u"  "_s, {}));
    }

    void testsTheConnectionAndSaysWhatToCheck()
    {
        Test::SimPumpRig rig;
        QVERIFY(rig.openLine({u"--model"_s, u"reglo-icc"_s}));
        AppSettings settings(m_dir.filePath(u"settings.ini"_s));
        Services::DeviceService devices(settings);
        AddPumpDialog dialog(m_models, {rig.path()});
        QVERIFY(!dialog.testButton()->isVisible());
        dialog.setConnectionTester(&devices);
        dialog.show();
        QVERIFY(dialog.testButton()->isVisible());
        QVERIFY(!dialog.testButton()->isEnabled());  // no model yet
        QVERIFY(dialog.chooseModel(u"reglo-icc"_s));
        dialog.findChild<QComboBox *>(u"addPumpPort"_s)->setEditText(rig.path());
        QVERIFY(dialog.testButton()->isEnabled());

        QSignalSpy tested(&dialog, &AddPumpDialog::connectionTested);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(!dialog.testButton()->isEnabled());  // while asking
        QVERIFY2(dialog.testResultText().contains(u"Asking the Ismatec Reglo ICC at address 1"_s), qPrintable(dialog.testResultText()));
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 10000);
        QCOMPARE(tested.constFirst().at(0).toBool(), true);
        QVERIFY2(dialog.testResultText().startsWith(u"The pump answered:"_s), qPrintable(dialog.testResultText()));
        QVERIFY(dialog.testButton()->isEnabled());
        QVERIFY(devices.pumps().isEmpty());  // a test adds nothing

        // At an address nobody has: no answer, and the hints name the address and the scan.
        dialog.findChild<QSpinBox *>()->setValue(5);
        QVERIFY(dialog.testResultText().isEmpty());  // the old answer is for other settings
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 15000);
        QCOMPARE(tested.at(1).at(0).toBool(), false);
        const QString text = dialog.testResultText();
        QVERIFY2(text.startsWith(u"No answer:"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Check the address: 5 is set here"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Check the cable"_s) && text.contains(u"Scan Selected Port"_s), qPrintable(text));
    }

    void hintsForAPortThatDoesNotOpen()
    {
        Device::PumpConfig config;
        config.modelId = u"longer-bt100-2j"_s;
        config.serial.portName = u"/dev/ttyUSB7"_s;
        const QStringList hints = Device::connectionHints(config, m_models.find(config.modelId), false);
        QVERIFY2(hints.constFirst().contains(u"adapter is plugged in"_s), qPrintable(hints.join(u'\n')));
        QVERIFY(!hints.join(u'\n').contains(u"address"_s));
        // A baud rate that is not the factory's is named.
        config.serial.baudRate = 9600;
        config.address = 1;
        const QStringList silent = Device::connectionHints(config, m_models.find(config.modelId), true);
        QVERIFY2(silent.join(u'\n').contains(u"9600 is set here; the Longer BT100-2J leaves the factory at 1200"_s),
                 qPrintable(silent.join(u'\n')));
    }

    void scanReportSaysWhatWasAskedAndWhatAnswered()
    {
        QList<Device::ScanHit> hits;
        Device::PumpIdentity identity;
        identity.model = u"REGLO ICC"_s;
        hits.append({u"reglo-icc"_s, 1, identity});
        const QList<Device::ScanAttempt> tried{{u"kamoer-2802"_s, u"9600 8N1"_s, 192, false, u"no reply"_s},
                                               {u"reglo-icc"_s, u"9600 8N1"_s, 1, true, u"REGLO ICC"_s}};
        const QString text = Device::scanReportText(u"/dev/ttyUSB0"_s, hits, {}, tried, m_models);
        QVERIFY2(text.startsWith(u"On /dev/ttyUSB0 answered:\n  Ismatec Reglo ICC at address 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Kamoer 2802 control board, 9600 8N1, address 192: no reply"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Ismatec Reglo ICC, 9600 8N1, address 1: answered"_s), qPrintable(text));
        QVERIFY(!text.contains(u"kamoer-2802"_s));  // names, not ids
        const QString none = Device::scanReportText(u"/dev/ttyUSB0"_s, {}, {}, {tried.constFirst()}, m_models);
        QVERIFY2(none.startsWith(u"Nothing answered on /dev/ttyUSB0."_s), qPrintable(none));
        QVERIFY(none.contains(u"Test connection"_s));
    }

    void scanOfARealPortListsEveryModelAsked()
    {
        Test::SimPumpRig rig;
        QVERIFY(rig.openLine({u"--model"_s, u"reglo-icc"_s}));
        AppSettings settings(m_dir.filePath(u"scan.ini"_s));
        Services::DeviceService devices(settings);
        QSignalSpy finished(&devices, &Services::DeviceService::scanFinished);
        devices.scanPort(rig.path());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto hits = finished.constFirst().at(1).value<QList<Device::ScanHit>>();
        const auto tried = finished.constFirst().at(3).value<QList<Device::ScanAttempt>>();
        QCOMPARE(qsizetype(tried.size()), qsizetype(m_models.models().size()));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.constFirst().modelId, u"reglo-icc"_s);
        const auto answered = std::count_if(tried.begin(), tried.end(), [](const Device::ScanAttempt &a) { return a.answered; });
        QCOMPARE(answered, 1);
    }
};

QTEST_MAIN(TestAddPumpDialog)
#include "tst_addpumpdialog.moc"
