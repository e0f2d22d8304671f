// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
//
// The GUI's lab network: the settings dialog checks addresses as pumpctl does and shows each
// problem at its field; without a system keychain (no Secret Service on the bus, as here)
// passwords are kept for the session only and never reach a file; saving is audited; and the
// status bar follows a real Mosquitto started here (connected, offline with the queued alarms
// and events, connected again), while the demo's pumps reach the broker through the same
// DeviceTelemetry pumpctl monitor uses (checked with mosquitto_sub).
//
// PUMPSTUDIO_SCREENSHOT_DIR=folder also writes PNGs of the dialog and the status bar for review.
#include "audit/auditentry.h"
#include "audit/audittrail.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "core/paths.h"
#include "core/translations.h"
#include "mainwindow.h"
#include "network/brokerstatuslabel.h"
#include "network/labnetworkdialog.h"
#include "services/democontroller.h"
#include "services/labnetwork.h"
#include "services/workbench.h"
#include "support/mosquittobroker.h"
#include "telemetry/brokerconfig.h"
#include "telemetry/publisherthread.h"

#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Test;
using namespace Qt::Literals::StringLiterals;

namespace {
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PUMPSTUDIO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);  // the layout catches up with the last text first
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

/// Every file under `folder` whose bytes hold `text`.
QStringList filesContaining(const QString &folder, const QByteArray &text)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text))
            out.append(f.fileName());
    }
    return out;
}
} // namespace

class TestLabNetwork final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_settingsFiles = 0;
    QString newSettingsPath() { return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_settingsFiles)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Logging::Options options;
        options.console = false;
        options.memoryCapacity = 500;
        Logging::initialize(options);
    }

    void dialogShowsEachProblemAtItsField()
    {
        AppSettings settings(newSettingsPath());
        Services::Workbench workbench(settings);
        LabNetworkDialog dialog(workbench.network());
        auto *telemetry = dialog.findChild<QGroupBox *>(u"telemetryGroup"_s);
        auto *archive = dialog.findChild<QGroupBox *>(u"archiveGroup"_s);
        auto *broker = dialog.findChild<QLineEdit *>(u"brokerUrl"_s);
        auto *ca = dialog.findChild<QLineEdit *>(u"caFile"_s);
        auto *prefix = dialog.findChild<QLineEdit *>(u"topicPrefix"_s);
        auto *archiveUrl = dialog.findChild<QLineEdit *>(u"archiveUrl"_s);
        QVERIFY(telemetry && archive && broker && ca && prefix && archiveUrl);

        telemetry->setChecked(true);
        broker->setText(u"http://broker.lab"_s);
        archive->setChecked(true);
        archiveUrl->setText(u"postgresql://qa:pw@db.lab/archive"_s);
        QVERIFY(!dialog.check());
        const QString brokerWords = Telemetry::BrokerUrl::parse(u"http://broker.lab"_s).error().message;
        QVERIFY2(dialog.problemsText().contains(brokerWords), qPrintable(dialog.problemsText()));
        QVERIFY2(dialog.problemsText().contains(u"not in the address"_s), qPrintable(dialog.problemsText()));
        QCOMPARE(broker->toolTip(), brokerWords);
        QVERIFY(!broker->styleSheet().isEmpty());
        QVERIFY(!archiveUrl->styleSheet().isEmpty());
        QVERIFY(prefix->styleSheet().isEmpty());
        screenshot(&dialog, u"labnetwork-problems"_s);

        // A CA file is for TLS only.
        broker->setText(u"mqtt://127.0.0.1:1883"_s);
        ca->setText(QCoreApplication::applicationFilePath());  // a file that can be read
        archiveUrl->setText(u"postgresql://qa@db.lab/archive"_s);
        QVERIFY(!dialog.check());
        QVERIFY2(dialog.problemsText().contains(u"mqtts://"_s), qPrintable(dialog.problemsText()));
        QVERIFY(broker->styleSheet().isEmpty());
        QVERIFY(!ca->styleSheet().isEmpty());
        prefix->setText(u"lab/#"_s);
        QVERIFY(!dialog.check());
        QVERIFY(!prefix->styleSheet().isEmpty());

        // Nothing was saved while the problems stood.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!workbench.network().settings().telemetryEnabled);

        ca->clear();
        prefix->setText(u"lab2/pumps"_s);
        QVERIFY2(dialog.check(), qPrintable(dialog.problemsText()));
        QVERIFY(dialog.problemsText().isEmpty());
    }

    void withoutKeychainPasswordsAreKeptForTheSessionOnly()
    {
        const QString path = newSettingsPath();
        AppSettings settings(path);
        Services::Workbench workbench(settings);
        Services::LabNetwork &network = workbench.network();
        network.setKeychainService(u"PumpStudio-test"_s);
        network.start();
        QTRY_COMPARE_WITH_TIMEOUT(network.keychain(), Services::LabNetwork::Keychain::Unavailable, 10000);

        LabNetworkDialog dialog(network);
        auto *note = dialog.findChild<QLabel *>(u"keychainNote"_s);
        QVERIFY(note->text().contains(u"No system keychain"_s));
        QVERIFY(note->text().contains(u"this session only"_s));
        // Telemetry on (its fields are disabled while it is off), to a port where nothing listens.
        dialog.findChild<QGroupBox *>(u"telemetryGroup"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"brokerUrl"_s)->setText(u"mqtt://127.0.0.1:9"_s);
        dialog.findChild<QLineEdit *>(u"brokerUser"_s)->setText(u"alice"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"brokerPassword"_s), u"mqtt-pw-never-on-disk"_s);
        dialog.findChild<QGroupBox *>(u"archiveGroup"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"archiveUrl"_s)->setText(u"postgresql://qa@127.0.0.1:9/archive"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"archivePassword"_s), u"db-pw-never-on-disk"_s);
        screenshot(&dialog, u"labnetwork-nokeychain"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // The keychain's refusal of the write is heard (and changes nothing: still unavailable).
        QTest::qWait(100);
        QCOMPARE(network.keychain(), Services::LabNetwork::Keychain::Unavailable);

        QVERIFY(network.hasBrokerPassword());
        auto target = network.archiveTarget();
        QVERIFY(target);
        QCOMPARE(target->second, u"db-pw-never-on-disk"_s);
        QCOMPARE(target->first.user, u"qa"_s);
        settings.sync();
        QCOMPARE(Services::LabNetworkSettings::load(AppSettings(path)).username, u"alice"_s);
        // Neither password is in the settings nor anywhere in the data folder.
        for (const QByteArray &secret : {"mqtt-pw-never-on-disk"_ba, "db-pw-never-on-disk"_ba}) {
            QCOMPARE(filesContaining(m_dir.path(), secret), QStringList());
            QCOMPARE(filesContaining(Paths::dataDir(), secret), QStringList());
        }
        // Audited: who changed what (no password in it).
        auto entries = workbench.trail().entriesFor(Audit::Kind::Settings, u"lab network"_s);
        QVERIFY(entries);
        QVERIFY(!entries->isEmpty());
        QVERIFY(entries->constLast().newValue.contains(u"archive postgresql://qa@127.0.0.1:9/archive"_s));
        QVERIFY(entries->constLast().newValue.contains(u"user alice"_s));
        QVERIFY(!entries->constLast().newValue.contains(u"never-on-disk"_s));

        // Another account never gets alice's password (here no keychain has one for it).
        Services::LabNetworkSettings bob = network.settings();
        bob.username = u"bob"_s;
        QVERIFY(network.apply(bob, std::nullopt, std::nullopt));
        QVERIFY(!network.hasBrokerPassword());
        QVERIFY(network.hasArchivePassword());  // the archive's account did not change

        // A new session (the program started again) has no password.
        Services::LabNetwork again(settings, workbench.devices());
        again.setKeychainService(u"PumpStudio-test"_s);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(again.keychain(), Services::LabNetwork::Keychain::Unavailable, 10000);
        QVERIFY(!again.hasBrokerPassword());
        QVERIFY(!again.hasArchivePassword());
    }

    void statusBarFollowsTheBroker()
    {
        if (mosquittoExecutable().isEmpty())
            QSKIP("mosquitto is not installed (Debian: mosquitto, mosquitto-clients)");
        MosquittoBroker broker;
        QVERIFY(broker.start());
        AppSettings settings(newSettingsPath());
        Services::Workbench workbench(settings);
        MainWindow window(workbench);
        window.resize(1280, 720);
        window.show();
        BrokerStatusLabel *label = window.brokerStatus();
        QCOMPARE(label->stateName(), u"off"_s);
        QCOMPARE(label->text(), u"Telemetry: off"_s);

        // The demo's simulated pumps, published by the GUI's feed on the device thread.
        QSignalSpy demo(&workbench.demo(), &Services::DemoController::demoStarted);
        window.startDemo();
        QVERIFY(demo.wait(10000));
        Subscriber identities;
        identities.start(broker, {u"labtest/+/online"_s, u"labtest/+/device/+/identity"_s});

        Services::LabNetworkSettings s;
        s.telemetryEnabled = true;
        s.brokerUrl = broker.url();
        s.keepAliveS = 5;
        s.prefix = u"labtest"_s;
        QVERIFY(workbench.network().apply(s, std::nullopt, std::nullopt));
        QTRY_COMPARE_WITH_TIMEOUT(label->stateName(), u"connected"_s, 5000);
        QVERIFY2(label->toolTip().contains(u"labtest/"_s), qPrintable(label->toolTip()));
        QTRY_VERIFY_WITH_TIMEOUT(identities.topics().filter(u"/identity"_s).size() >= 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(identities.topics().filter(u"/online"_s).size() >= 1, 5000);
        screenshot(window.statusBar(), u"statusbar-connected"_s);

        // Remote commands: off by default; on, they are taken while telemetry runs, and the
        // workstation's retained info says so.
        QVERIFY(!workbench.network().remoteCommandsActive());
        Subscriber info;
        info.start(broker, {u"labtest/+/info"_s});
        s.remoteCommands = true;
        QVERIFY(workbench.network().apply(s, std::nullopt, std::nullopt));
        QVERIFY(Services::LabNetworkSettings::load(settings).remoteCommands);
        QTRY_COMPARE_WITH_TIMEOUT(label->stateName(), u"connected"_s, 5000);
        QVERIFY(workbench.network().remoteCommandsActive());
        QTRY_VERIFY_WITH_TIMEOUT(info.output.contains("\"remoteCommands\":true"), 5000);
        s.remoteCommands = false;
        QVERIFY(workbench.network().apply(s, std::nullopt, std::nullopt));
        QVERIFY(!workbench.network().remoteCommandsActive());
        QTRY_COMPARE_WITH_TIMEOUT(label->stateName(), u"connected"_s, 5000);

        // The broker goes: offline, and an event raised meanwhile waits in the queue.
        broker.stop();
        QTRY_COMPARE_WITH_TIMEOUT(label->stateName(), u"offline"_s, 5000);
        Telemetry::EventMessage event;
        event.deviceId = u"test"_s;
        event.kind = u"note"_s;
        event.text = u"while the broker was away"_s;
        workbench.network().publisher()->publishEvent(event);
        QTRY_VERIFY2_WITH_TIMEOUT(label->text().contains(u"queued"_s) && !label->text().contains(u" 0 alarm"_s), qPrintable(label->text()),
                                  5000);
        QVERIFY(label->text().startsWith(u"Telemetry: offline"_s));
        screenshot(window.statusBar(), u"statusbar-offline"_s);
        screenshot(&window, u"mainwindow-offline"_s);

        // Back: connected again, the queue sent.
        QVERIFY(broker.start());
        QTRY_COMPARE_WITH_TIMEOUT(label->stateName(), u"connected"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(workbench.network().telemetryStatus().queued, qint64(0), 5000);

        // Off again.
        s.telemetryEnabled = false;
        QVERIFY(workbench.network().apply(s, std::nullopt, std::nullopt));
        QCOMPARE(label->stateName(), u"off"_s);
        workbench.demo().stop();
    }

    /// Last: with PUMPSTUDIO_SCREENSHOT_DIR, the dialog and the status bar's states in Chinese
    /// (widgets made after the translator is installed; the states set as the publisher reports them).
    void screenshotsInChinese()
    {
        if (qEnvironmentVariable("PUMPSTUDIO_SCREENSHOT_DIR").isEmpty())
            QSKIP("PUMPSTUDIO_SCREENSHOT_DIR is not set");
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"zh_CN"_s), u"zh_CN"_s);
        AppSettings settings(newSettingsPath());
        Services::Workbench workbench(settings);
        workbench.network().setKeychainService(u"PumpStudio-test"_s);
        workbench.network().start();
        QTRY_COMPARE_WITH_TIMEOUT(workbench.network().keychain(), Services::LabNetwork::Keychain::Unavailable, 10000);
        LabNetworkDialog dialog(workbench.network());
        dialog.findChild<QGroupBox *>(u"telemetryGroup"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"brokerUrl"_s)->setText(u"http://broker.lab"_s);
        dialog.check();
        screenshot(&dialog, u"labnetwork-problems-zh"_s);
        MainWindow window(workbench);
        window.resize(1280, 720);
        window.show();
        screenshot(window.statusBar(), u"statusbar-off-zh"_s);
        Telemetry::PublisherStatus status;
        status.broker = u"mqtt://broker.lab:1883"_s;
        status.state = Telemetry::MqttClient::State::Connected;
        window.brokerStatus()->setStatus(true, status, u"pumpstudio/bench-3"_s);
        screenshot(window.statusBar(), u"statusbar-connected-zh"_s);
        status.state = Telemetry::MqttClient::State::Waiting;
        status.queued = 3;
        status.droppedSamples = 1200;
        status.reason = u"Connection refused"_s;
        window.brokerStatus()->setStatus(true, status, u"pumpstudio/bench-3"_s);
        screenshot(window.statusBar(), u"statusbar-offline-zh"_s);
        screenshot(&window, u"mainwindow-offline-zh"_s);
    }
};

QTEST_MAIN(TestLabNetwork)
#include "tst_labnetwork.moc"
