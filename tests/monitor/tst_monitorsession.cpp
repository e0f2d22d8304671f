// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The monitoring session end to end: a Lead Fluid pump and a pressure transmitter simulated on
// one RS-485 pseudo-terminal, reached through the real DeviceService (worker thread, QSerialPort,
// Qt SerialBus). A run is recorded without being asked, an occlusion raises the high-high
// pressure alarm, and its stop action reaches the pump before the sensor is read twice more.
// The live chart's raw samples that the store no longer keeps are read back from the record
// being written, on a reader thread.
#include "core/appsettings.h"
#include "services/deviceservice.h"
#include "device/driverfactory.h"
#include "services/monitorsession.h"
#include "monitor/minmaxpyramid.h"
#include "profiles/profile.h"
#include "records/runrecordreader.h"
#include "support/simpumprig.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <span>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

/// One simulated Reglo ICC on a pseudo-terminal of its own, reached through the real
/// DeviceService, with a monitoring session: the rig of the single-pump tests.
struct OneReglo
{
    Test::SimPumpRig rig;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<Services::DeviceService> devices;
    std::unique_ptr<Services::MonitorSession> session;
    Device::PumpConfig config;

    /// Files named after `name` in `dir`; true once the pump has identified itself.
    bool open(const QTemporaryDir &dir, const QString &name, int pollMs)
    {
        if (!rig.openLine({u"--model"_s, u"reglo-icc"_s}))
            return false;
        settings = std::make_unique<AppSettings>(dir.filePath(u"settings-%1.ini"_s.arg(name)));
        devices = std::make_unique<Services::DeviceService>(*settings);
        session = std::make_unique<Services::MonitorSession>(*devices, *settings);
        session->setRecordFolder(dir.filePath(u"records-%1"_s.arg(name)));
        config.id = u"reglo"_s;
        config.modelId = u"reglo-icc"_s;
        config.serial = rig.serial();
        config.pollIntervalMs = pollMs;
        devices->addPump(config);
        devices->connectPump(config.id);
        return QTest::qWaitFor([this] { return devices->pump(config.id)->identity.has_value(); }, 10000);
    }
};

namespace {

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// A pressure transmitter known to the device service but never connected: its samples are
/// emitted as the device thread emits them after a poll. No modelled device can be polled fast
/// enough to fill raw chunks (1024 samples) within a test's seconds.
struct FedSensor
{
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<Services::DeviceService> devices;
    std::unique_ptr<Services::MonitorSession> session;
    QString id;
    qint64 baseNs = 0;
    qint64 next = 0;

    FedSensor(const QTemporaryDir &dir, const QString &name, const QString &recordFolder)
    {
        settings = std::make_unique<AppSettings>(dir.filePath(u"settings-%1.ini"_s.arg(name)));
        devices = std::make_unique<Services::DeviceService>(*settings);
        session = std::make_unique<Services::MonitorSession>(*devices, *settings);
        session->setRecordFolder(recordFolder);
        session->setIdleEndSeconds(3600);
        Device::PumpConfig config;
        config.id = u"sensor"_s;
        config.modelId = u"pressure-modbus"_s;
        config.serial = Device::defaultSerialSettings(*devices->models().find(config.modelId), dir.filePath(u"no-port"_s));
        id = devices->addPump(config);
    }

    static float valueOf(qint64 i) { return float(i % 997) / 100.0f + float((i * 31) % 7) / 8.0f; }

    /// `count` more samples, 10 ms apart from the run's start on.
    void feed(qint64 count)
    {
        if (baseNs == 0)
            baseNs = steadyNowNs();
        for (qint64 end = next + count; next < end; ++next) {
            Device::PumpStatus status;
            status.pressure = double(valueOf(next));
            status.pressureUnit = u"bar"_s;
            Q_EMIT devices->sampled(id, baseNs + next * 10'000'000, status);
        }
    }
};

} // namespace

class TestMonitorSession final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recordsTheRunAndStopsTheLineOnHighHighPressure()
    {
        Test::SimPumpRig rig;  // pump time 4x: the occlusion builds up in seconds
        QVERIFY(rig.openLine({u"--model"_s, u"pressure-modbus"_s, u"--address"_s, u"1"_s,
                              u"--model"_s, u"leadfluid-bt100s"_s, u"--address"_s, u"2"_s}, 4.0));
        Sim::SimPump *pump = rig.pump;

        AppSettings settings(m_dir.filePath(u"settings.ini"_s));
        settings.setOperatorName(u"J. Tester"_s);
        Services::DeviceService devices(settings);
        Services::MonitorSession session(devices, settings);
        session.setRecordFolder(m_dir.filePath(u"records"_s));
        session.setIdleEndSeconds(3600);

        const auto config = [&](const QString &id, const QString &model, int address, int pollMs) {
            Device::PumpConfig c;
            c.id = id;
            c.modelId = model;
            // One line, one framing: the line runs at its first device's settings.
            c.serial = rig.serial();
            c.address = address;
            c.pollIntervalMs = pollMs;
            return c;
        };
        // The sensor is read slowly, so "before the next reading" is a wide, clear window.
        devices.addPump(config(u"sensor"_s, u"pressure-modbus"_s, 1, 400));
        devices.addPump(config(u"pump"_s, u"leadfluid-bt100s"_s, 2, 200));
        devices.connectPump(u"sensor"_s);
        devices.connectPump(u"pump"_s);
        const auto connected = [&](const QString &id) {
            const auto s = devices.pump(id);
            return s && s->link == Device::LinkState::Connected && s->identity;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(connected(u"sensor"_s) && connected(u"pump"_s),
                                  qPrintable(devices.pump(u"sensor"_s)->lastErrorText() + u" / "_s + devices.pump(u"pump"_s)->lastErrorText()), 10000);

        Device::AlarmConfig limits = session.alarmConfig(u"sensor"_s);
        QVERIFY(limits.highHigh);  // the model's range gives defaults
        limits.high = Device::AlarmLimit{0.6, Device::AlarmAction::Warn};
        limits.highHigh = Device::AlarmLimit{1.0, Device::AlarmAction::StopPumps};
        limits.delay = std::chrono::milliseconds(0);
        session.setAlarmConfig(u"sensor"_s, limits);
        QCOMPARE(session.alarmConfig(u"sensor"_s).highHigh->value, 1.0);

        QSignalSpy runs(&session, &Services::MonitorSession::runStarted);
        const Device::PumpCommand speed{Device::PumpCommand::Kind::Speed, Device::Direction::Clockwise, 60, std::nullopt};
        const Device::PumpCommand start{Device::PumpCommand::Kind::Start, Device::Direction::Clockwise, 0, std::nullopt};
        // Sent as any page sends them: the session hears them from the device service.
        devices.sendCommand(u"pump"_s, speed);
        devices.sendCommand(u"pump"_s, start);
        // Nobody asked for a record: the pump starting makes one.
        QTRY_VERIFY_WITH_TIMEOUT(session.runActive(), 10000);
        QTRY_COMPARE(runs.count(), 1);  // the recorder, on its thread, made the file
        QTRY_VERIFY_WITH_TIMEOUT(session.live(u"pump"_s).flowMlPerMin.value_or(0) > 1.0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session.live(u"sensor"_s).pressure.has_value(), 10000);
        QVERIFY(*session.live(u"sensor"_s).pressure < 0.6);

        // The interlock itself (its timing, with a busy GUI thread) is tst_interlock's; here: the
        // alarm the session shows and records, and the pump it stopped.
        QSignalSpy stopped(&devices, &Services::DeviceService::interlockStopped);
        pump->setOcclusion(true);
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30000);
        QCOMPARE(stopped.at(0).at(0).toString(), u"sensor"_s);
        QCOMPARE(stopped.at(0).at(1).toStringList(), QStringList{u"pump"_s});
        QTRY_VERIFY_WITH_TIMEOUT(!pump->running(), 5000);
        bool sawHigh = false, sawHighHigh = false;
        for (const auto &a : session.alarms()) {
            sawHigh = sawHigh || a.sourceId == u"sensor/pressure-high"_s;
            sawHighHigh = sawHighHigh || (a.sourceId == u"sensor/pressure-high-high"_s && a.stopsPumps);
        }
        QVERIFY(sawHigh);
        QVERIFY(sawHighHigh);
        QVERIFY(session.unacknowledgedCount() >= 2);
        session.acknowledgeAll();
        QCOMPARE(session.unacknowledgedCount(), 0);

        // The record holds it all, readable while the run goes on (within a flush) and after it ends.
        const QString record = session.recordPath();
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            Records::RunRecordReader live;
            return live.open(record).ok() && live.runInfo().operatorName == u"J. Tester"_s;
        }(), 5000);
        QSignalSpy ended(&session, &Services::MonitorSession::runEnded);
        session.endRun(u"test over"_s);
        QVERIFY(!session.runActive());
        QTRY_COMPARE(ended.count(), 1);  // written and closed on the records thread
        // Finished means one self-contained file: no write-ahead log left beside it.
        QVERIFY2(!QFile::exists(record + u"-wal"_s), qPrintable(record + u"-wal is still there"_s));
        Records::RunRecordReader reader;
        const auto opened = reader.open(record);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        QHash<Records::Quantity, int> channelOf;
        for (const auto &c : reader.channels())
            channelOf.insert(c.quantity, c.id);
        QVERIFY(channelOf.contains(Records::Quantity::Flow));
        QVERIFY(channelOf.contains(Records::Quantity::Pressure));
        QVERIFY(channelOf.contains(Records::Quantity::Volume));
        QVERIFY(reader.sampleCount(channelOf.value(Records::Quantity::Pressure)).value() >= 2);
        // Every sample the chart got is in the record, at full resolution.
        const auto *pressure = session.store()->channel(channelOf.value(Records::Quantity::Pressure));
        QVERIFY(pressure);
        QCOMPARE(reader.sampleCount(channelOf.value(Records::Quantity::Pressure)).value(), pressure->pyramid.size());
        const auto alarms = reader.alarms();
        QVERIFY(alarms.ok());
        bool recordedStop = false;
        for (const auto &a : *alarms)
            recordedStop = recordedStop || (a.source == u"sensor/pressure-high-high"_s && a.action == Records::AlarmAction::Raised && a.limit == 1.0);
        QVERIFY(recordedStop);
        const auto setpoints = reader.setpoints();
        QVERIFY(setpoints.ok() && !setpoints->isEmpty());
        const auto events = reader.events();
        QVERIFY(events.ok());
        bool sawEnd = false;
        for (const auto &e : *events)
            sawEnd = sawEnd || (e.kind == u"end"_s && e.text == u"test over"_s);
        QVERIFY(sawEnd);
        rig.simulation.stop();
    }

    void liveChartReadsDroppedSamplesBackFromTheRecord()
    {
        FedSensor s(m_dir, u"readback"_s, m_dir.filePath(u"records-readback"_s));
        Services::MonitorSession &session = *s.session;
        session.setRawChunksKept(1);  // the app keeps 64 (11 min at 100 Hz): the same, sooner
        QSignalSpy started(&session, &Services::MonitorSession::runStarted);
        session.startRunNow();
        QVERIFY(started.wait(5000));
        constexpr qint64 kChunk = Records::kSamplesPerChunk;
        s.feed(3 * kChunk + 10);
        Monitor::TrendStore *store = session.store();
        QCOMPARE(store->channelIds().size(), 1);
        const int channel = store->channelIds().front();
        // Chunks 0 to 2 are no longer in memory: the store holds their summary only.
        QCOMPARE(store->channel(channel)->pyramid.firstRawChunkInMemory(), 3);

        // What the record holds, read here directly: the samples fed, at full resolution.
        const QString record = session.recordPath();
        Records::RunRecordReader reader;
        QVERIFY(reader.open(record).ok());
        QTRY_VERIFY_WITH_TIMEOUT(reader.sampleCount(channel).valueOr(0) == 3 * kChunk + 10, 5000);
        Monitor::MinMaxPyramid exact;
        for (qint64 c = 0; c < 4; ++c) {
            const auto chunk = reader.chunk(channel, c);
            QVERIFY(chunk.ok());
            for (qsizetype k = 0; k < chunk->size(); ++k)
                QCOMPARE(chunk->at(k).value, FedSensor::valueOf(c * kChunk + k));
            exact.append(std::span<const Records::Sample>(chunk->cbegin(), chunk->cend()));
        }
        reader.close();

        // Zoomed in on chunk 0 (20 ms columns, 2 samples each, a bucket 32 columns wide): the
        // first query answers at once from the summary and asks for the chunk; the answer comes
        // from the reader thread, and the columns are then exact to the sample.
        const auto [t0, chunkEnd] = exact.chunkTimeRange(0);
        const qint64 t1 = chunkEnd + 1;
        QSignalSpy delivered(store, &Monitor::TrendStore::rawChunkDelivered);
        Monitor::PyramidQueryStats stats;
        store->columns(channel, t0, t1, 512, &stats);
        QVERIFY(stats.chunksMissing > 0);
        QVERIFY(store->outstandingRequests() > 0);  // asked, not read on this thread
        QTRY_COMPARE_WITH_TIMEOUT(store->columns(channel, t0, t1, 512), exact.columns(t0, t1, 512), 5000);
        QVERIFY(!delivered.isEmpty());
        Monitor::PyramidQueryStats again;
        store->columns(channel, t0, t1, 512, &again);
        QCOMPARE(again.chunksMissing, 0);

        // The run ends; the chart keeps showing it and reads the finished record.
        QSignalSpy ended(&session, &Services::MonitorSession::runEnded);
        session.endRun(u"test over"_s);
        QTRY_COMPARE(ended.count(), 1);
        const auto [u0, chunk1End] = exact.chunkTimeRange(1);
        QTRY_COMPARE_WITH_TIMEOUT(store->columns(channel, u0, chunk1End + 1, 512), exact.columns(u0, chunk1End + 1, 512), 5000);
    }

    void keepsEverySampleWhenTheRunCannotBeRecorded()
    {
        // The record folder cannot be made: a file is in the way.
        QFile blocker(m_dir.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        FedSensor s(m_dir, u"unrecorded"_s, m_dir.filePath(u"not-a-folder/records"_s));
        Services::MonitorSession &session = *s.session;
        session.setRawChunksKept(1);
        QSignalSpy errors(&session, &Services::MonitorSession::recordError);
        session.startRunNow();
        s.feed(1);  // the channel is made while the record is still being begun
        QVERIFY(errors.wait(5000));
        s.feed(3 * Records::kSamplesPerChunk);
        Monitor::TrendStore *store = session.store();
        QCOMPARE(store->channelIds().size(), 1);
        // Nothing to read back from: nothing is dropped.
        QCOMPARE(store->channel(store->channelIds().front())->pyramid.firstRawChunkInMemory(), 0);
    }

    void aRunningProfileIsTheFlowAlarmsSetpoint()
    {
        // A panel set 1 mL/min; then a profile runs the pump at 3 mL/min for longer than the
        // deviation alarm's 5 s delay. The alarm must follow the profile's setpoint.
        OneReglo r;
        QVERIFY(r.open(m_dir, u"reglo-profile"_s, 100));
        Services::DeviceService &devices = *r.devices;
        Services::MonitorSession &session = *r.session;
        const Device::PumpConfig &c = r.config;
        session.setIdleEndSeconds(3600);
        devices.sendCommand(c.id, Device::PumpCommand{Device::PumpCommand::Kind::Flow, Device::Direction::Clockwise, 1.0, std::nullopt});
        QTRY_COMPARE_WITH_TIMEOUT(session.live(c.id).setpointFlow.value_or(0), 1.0, 5000);

        Profiles::Profile profile;
        profile.name = u"steady"_s;
        profile.modelId = c.modelId;
        profile.steps = {Profiles::constantFlow(Profiles::mlPerMin(3.0), Profiles::seconds(7))};
        QSignalSpy finished(&devices, &Services::DeviceService::profileFinished);
        devices.startProfile(c.id, profile);
        QTRY_COMPARE_WITH_TIMEOUT(session.live(c.id).setpointFlow.value_or(0), 3.0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(1).value<Profiles::ProfileRunner::State>(), Profiles::ProfileRunner::State::Finished);
        QCOMPARE(session.live(c.id).setpointFlow.value_or(-1), 0.0);  // the run stopped the pump
        for (const auto &a : session.alarms())
            QVERIFY2(!a.sourceId.endsWith(u"/flow-deviation"_s), qPrintable(a.message));
    }

    void regloTimeModeReadsItsOwnFlow()
    {
        // The case: 60 rpm set by hand, then a profile's 1 mL/min step, which the Reglo
        // meters in its own time mode (f, N, H) while S still says 60 rpm. The status must read
        // the mode and the flow the pump runs at, and no deviation alarm rises over the step
        // (longer than the alarm's 5 s delay).
        OneReglo r;
        QVERIFY(r.open(m_dir, u"reglo-timemode"_s, 100));
        Services::DeviceService &devices = *r.devices;
        Services::MonitorSession &session = *r.session;
        const Device::PumpConfig &c = r.config;
        session.setIdleEndSeconds(3600);
        devices.sendCommand(c.id, Device::PumpCommand{Device::PumpCommand::Kind::Speed, Device::Direction::Clockwise, 60, std::nullopt});
        const auto status = [&] { return devices.pump(c.id)->status.value_or(Device::PumpStatus{}); };
        QTRY_VERIFY_WITH_TIMEOUT(status().setSpeedRpm.value_or(0) == 60.0, 10000);
        QCOMPARE(status().mode, Device::OperatingMode::Speed);
        // The volume per revolution the app counts with (the tubing's nominal one).
        const double mlPerRev = Device::effectiveMlPerRev(devices.pump(c.id)->config, *devices.models().find(c.modelId));
        QVERIFY(mlPerRev > 0);

        Profiles::Profile profile;
        profile.name = u"one mL a minute"_s;
        profile.modelId = c.modelId;
        profile.steps = {Profiles::constantFlow(Profiles::mlPerMin(1.0), Profiles::seconds(7))};
        QSignalSpy finished(&devices, &Services::DeviceService::profileFinished);
        devices.startProfile(c.id, profile);
        QTRY_VERIFY_WITH_TIMEOUT(status().running && status().mode == Device::OperatingMode::Time, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(session.live(c.id).flowMlPerMin.value_or(0) - 1.0) < 0.01, 5000);
        const Device::PumpStatus inStep = status();
        QVERIFY2(std::abs(inStep.flowMlPerMin.value_or(0) - 1.0) < 0.01, qPrintable(QString::number(inStep.flowMlPerMin.value_or(-1))));
        // Its rpm in that mode: the flow over the volume per revolution, not the 60 set by hand.
        QVERIFY2(std::abs(inStep.setSpeedRpm.value_or(0) * mlPerRev - 1.0) < 0.02,
                 qPrintable(QString::number(inStep.setSpeedRpm.value_or(-1))));
        QTRY_VERIFY2_WITH_TIMEOUT(finished.count() == 1,
                                  qPrintable(u"%1 %2"_s.arg(int(devices.profileProgress(c.id)->state)).arg(devices.profileProgress(c.id)->message)), 20000);
        QCOMPARE(finished.at(0).at(1).value<Profiles::ProfileRunner::State>(), Profiles::ProfileRunner::State::Finished);
        for (const auto &a : session.alarms())
            QVERIFY2(!a.sourceId.endsWith(u"/flow-deviation"_s), qPrintable(a.message));
        r.rig.simulation.stop();
    }

    void aLongPauseStepKeepsOneRecord()
    {
        // The pump stands still in the pause for longer than "all pumps stopped" ends a run: the
        // profile still owns the run, so it goes on in the same record until the profile ends.
        OneReglo r;
        QVERIFY(r.open(m_dir, u"reglo-pause"_s, 100));
        Services::DeviceService &devices = *r.devices;
        Services::MonitorSession &session = *r.session;
        const Device::PumpConfig &c = r.config;
        session.setIdleEndSeconds(1);

        Profiles::Profile profile;
        profile.name = u"dose and pause"_s;
        profile.modelId = c.modelId;
        profile.steps = {Profiles::constantFlow(Profiles::mlPerMin(1.0), Profiles::seconds(1.5)),
                         Profiles::pause(Profiles::seconds(3)),
                         Profiles::constantFlow(Profiles::mlPerMin(1.0), Profiles::seconds(1.5))};
        QSignalSpy started(&session, &Services::MonitorSession::runStarted);
        QSignalSpy ended(&session, &Services::MonitorSession::runEnded);
        QSignalSpy steps(&devices, &Services::DeviceService::profileStep);
        QSignalSpy finished(&devices, &Services::DeviceService::profileFinished);
        // The snapshot published as the profile is hosted says a job runs (it said no until the
        // next status read, a second away while the profile's first commands held the line, and
        // the run was ended as "all pumps stopped" before the pump had started).
        std::optional<bool> jobActiveWhenHosted;
        bool hosted = false;
        QObject context;
        connect(&devices, &Services::DeviceService::profileStarted, &context, [&] { hosted = true; });
        connect(&devices, &Services::DeviceService::pumpChanged, &context, [&](const Device::PumpSnapshot &s) {
            if (hosted && !jobActiveWhenHosted)
                jobActiveWhenHosted = s.jobActive;
        });
        devices.startProfile(c.id, profile);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QTRY_VERIFY(jobActiveWhenHosted.has_value());
        QVERIFY(*jobActiveWhenHosted);
        const QString record = session.recordPath();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(1).value<Profiles::ProfileRunner::State>(), Profiles::ProfileRunner::State::Finished);
        QCOMPARE(steps.count(), 6);  // three steps, each began and ended
        // Until the profile ended, the run it began was never ended and no other one began.
        if (ended.count() != 0) {
            Records::RunRecordReader early;
            QVERIFY(early.open(record).ok());
            QStringList what;
            for (const auto &e : early.events().valueOr({}))
                what.append(u"%1 %2 %3"_s.arg(e.tUs / 1000).arg(e.kind, e.text.section(u'\n', 0, 0)));
            QFAIL(qPrintable(what.join(u" | "_s)));
        }
        QCOMPARE(ended.count(), 0);
        QCOMPARE(started.count(), 1);
        QVERIFY(session.runActive());
        QCOMPARE(session.recordPath(), record);
        // Then the pumps stand still for the idle time: the run ends by itself.
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        QCOMPARE(started.count(), 1);

        Records::RunRecordReader reader;
        QVERIFY(reader.open(record).ok());
        const auto events = reader.events();
        QVERIFY(events.ok());
        QStringList kinds;
        for (const auto &e : *events) {
            if (e.kind.startsWith(u"profile"_s) || e.kind.startsWith(u"step"_s))
                kinds.append(e.kind);
        }
        QCOMPARE(kinds, (QStringList{u"profile-start"_s, u"step-start"_s, u"step-end"_s, u"step-start"_s, u"step-end"_s,
                                     u"step-start"_s, u"step-end"_s, u"profile-end"_s}));
        r.rig.simulation.stop();
    }

    void linkLossIsAnAlarmUntilTheSamePumpReturns()
    {
        OneReglo r;
        QVERIFY(r.open(m_dir, u"reglo"_s, 200));
        Services::DeviceService &devices = *r.devices;
        Services::MonitorSession &session = *r.session;
        const Device::PumpConfig &c = r.config;
        Sim::PtyEndpoint *pty = r.rig.pty;
        devices.sendCommand(c.id, Device::PumpCommand{Device::PumpCommand::Kind::Start, Device::Direction::Clockwise, 0, std::nullopt});
        QTRY_VERIFY_WITH_TIMEOUT(session.runActive(), 10000);

        const auto linkAlarm = [&]() -> std::optional<Monitor::AlarmEntry> {
            for (const auto &a : session.alarms()) {
                if (a.sourceId == u"reglo/link"_s)
                    return a;
            }
            return std::nullopt;
        };
        pty->unplug();
        QTRY_VERIFY_WITH_TIMEOUT(linkAlarm() && linkAlarm()->active, 5000);
        QVERIFY(linkAlarm()->message.contains(u"lost"_s));
        QVERIFY(pty->replug());
        // The same pump answers again: the alarm clears (and stays in the list until acknowledged).
        QTRY_VERIFY_WITH_TIMEOUT(!linkAlarm()->active, 10000);
        QVERIFY(!linkAlarm()->acknowledged);

        const QString record = session.recordPath();
        QSignalSpy ended(&session, &Services::MonitorSession::runEnded);
        session.endRun(u"test over"_s);
        QTRY_COMPARE(ended.count(), 1);  // written and closed on the records thread
        Records::RunRecordReader reader;
        QVERIFY(reader.open(record).ok());
        const auto alarms = reader.alarms();
        QVERIFY(alarms.ok());
        int raised = 0, cleared = 0;
        for (const auto &a : *alarms) {
            if (a.source == u"reglo/link"_s) {
                raised += a.action == Records::AlarmAction::Raised;
                cleared += a.action == Records::AlarmAction::Cleared;
            }
        }
        QCOMPARE(raised, 1);
        QCOMPARE(cleared, 1);
        r.rig.simulation.stop();
    }
};

QTEST_GUILESS_MAIN(TestMonitorSession)
#include "tst_monitorsession.moc"
