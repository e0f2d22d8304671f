// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/monitorsession.h"

#include "accounts/session.h"
#include "audit/audittrail.h"
#include "audit/recordseals.h"
#include "core/appsettings.h"
#include "core/buildinfo.h"
#include "core/logging.h"
#include "models/limits.h"
#include "monitor/recordchunkreader.h"
#include "profiles/profileformat.h"
#include "records/runcatalog.h"
#include "services/deviceservice.h"

#include <QDir>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Services {

using namespace Device;
using Records::Sample;

namespace {
qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

QString kindToken(AlarmKind kind)
{
    switch (kind) {
    case AlarmKind::High: return u"high"_s;
    case AlarmKind::HighHigh: return u"high-high"_s;
    case AlarmKind::Low: return u"low"_s;
    case AlarmKind::Deviation: return u"deviation"_s;
    }
    return u"alarm"_s;
}
} // namespace

struct MonitorSession::PumpChannels
{
    explicit PumpChannels(bool sensor) : mapper(sensor) {}

    QString name;
    QString modelId;
    Monitor::ChannelMapper mapper;
    QHash<int, int> channels;  ///< Records::Quantity -> channel id in this run
    bool running = false;
    Device::LinkState link = Device::LinkState::Closed;
    QString pumpAlarm;  ///< the alarm the pump reports, while it does
};

MonitorSession::MonitorSession(DeviceService &devices, AppSettings &settings, QObject *parent)
    : QObject(parent), m_devices(devices), m_settings(settings), m_store(new TrendStore(this)),
      m_alarms(new Monitor::AlarmCentre(this)), m_recordThread(new QThread(this)), m_folder(Records::RunCatalog::defaultFolder())
{
    m_store->setLive(true);
    // The recorder is made here and moved; it is deleted on its thread when that thread ends.
    m_recordThread->setObjectName(u"records"_s);
    m_recorder = new Records::RunRecorder;
    m_recorder->moveToThread(m_recordThread);
    connect(m_recordThread, &QThread::finished, m_recorder, &QObject::deleteLater);
    connect(m_recorder, &Records::RunRecorder::began, this, [this](const QString &path) {
        // The file exists now: the chart can zoom into what its channels no longer keep.
        if (path == m_shownPath)
            readChunksFrom(path);
        Q_EMIT runStarted(path);
    });
    connect(m_recorder, &Records::RunRecorder::beginFailed, this, [this](const QString &path, const Error &error) {
        if (m_runPath == path)
            m_runPath.clear();
        if (m_shownPath == path) {
            // Nothing to read back from: the chart keeps every sample in memory instead.
            m_shownPath.clear();
            for (int id : m_store->channelIds())
                m_store->channel(id)->pyramid.setRawChunksKept(std::numeric_limits<int>::max());
        }
        Q_EMIT recordError(tr("The run is not being recorded: %1").arg(error.message));
    });
    connect(m_recorder, &Records::RunRecorder::writeFailed, this, [this](const Error &error) {
        Q_EMIT recordError(tr("Writing the run record failed: %1. Samples are kept in memory and written when it works again.")
                               .arg(error.message));
    });
    connect(m_recorder, &Records::RunRecorder::sealed, this, [this](const Records::RecordSeal &seal) {
        if (!m_session)
            return;
        // The program seals, not whoever is logged in: the entry says which workstation did.
        if (auto r = Audit::appendSeal(m_session->trail(), Audit::systemActor(), seal.fileName, seal.startUtc, seal.contentHash,
                                       Records::endReasonToken(seal.endReason), seal.note);
            !r)
            Q_EMIT recordError(tr("The seal of %1 could not be written to the audit trail: %2").arg(seal.fileName, r.error().message));
        else
            Q_EMIT recordSealed(seal.path);
    });
    connect(m_recorder, &Records::RunRecorder::recovered, this, &MonitorSession::recordRecovered);
    connect(m_recorder, &Records::RunRecorder::finished, this, [this](const QString &path, const Result<void> &result) {
        if (!result)
            Q_EMIT recordError(tr("The run record could not be closed: %1").arg(result.error().message));
        // The chart still shows the finished run (no new one began): zooming in reads it again.
        if (path == m_shownPath)
            readChunksFrom(path);
        Q_EMIT runEnded(path);
    });
    m_recordThread->start();

    connect(m_alarms, &Monitor::AlarmCentre::alarmRaised, this, &MonitorSession::alarmRaised);
    connect(m_alarms, &Monitor::AlarmCentre::alarmsChanged, this, &MonitorSession::alarmsChanged);
    connect(&devices, &DeviceService::sampled, this, &MonitorSession::onSample);
    connect(&devices, &DeviceService::pumpChanged, this, &MonitorSession::onSnapshot);
    connect(&devices, &DeviceService::eventReceived, this, &MonitorSession::onPumpEvent);
    connect(&devices, &DeviceService::commandSent, this, &MonitorSession::noteCommand);
    connect(&devices, &DeviceService::profileSetpoint, this, &MonitorSession::noteProfileSetpoint);
    connect(&devices, &DeviceService::alarmTransition, this, &MonitorSession::onAlarmTransition);
    // A profile run is a run record with the profile itself and each step's start and end.
    connect(&devices, &DeviceService::profileStarted, this, [this](const QString &id, const Profiles::Profile &profile) {
        m_profilePumps.insert(id);
        startRunNow();
        recordEvent(id, u"profile-start"_s, tr("Profile \"%1\" started").arg(profile.name) + u"\n"_s
                                                 + QString::fromUtf8(Profiles::serializeProfile(profile)));
    });
    connect(&devices, &DeviceService::profileStep, this, [this](const QString &id, const QString &path, int, bool started) {
        recordEvent(id, started ? u"step-start"_s : u"step-end"_s, started ? tr("Step %1 began").arg(path) : tr("Step %1 ended").arg(path));
    });
    connect(&devices, &DeviceService::profileFinished, this,
            [this](const QString &id, Profiles::ProfileRunner::State, const QString &message) {
                recordEvent(id, u"profile-end"_s, message);
                m_profilePumps.remove(id);
            });
    connect(&devices, &DeviceService::pumpRemoved, this, [this](const QString &id) {
        m_pumps.remove(id);
        m_profilePumps.remove(id);
    });
    m_clock = new QTimer(this);
    m_clock->setInterval(100ms);
    connect(m_clock, &QTimer::timeout, this, &MonitorSession::tickClock);
    m_clock->start();
}

MonitorSession::~MonitorSession()
{
    // The program ends: the record is finished on its thread, which then quits from there (a
    // quit() from here could overtake the calls still queued). Nothing of it posts back here any
    // more, so this wait is bounded by the last write.
    disconnect(m_recorder, nullptr, this, nullptr);
    m_chunkReader.reset();
    if (runActive()) {
        flushSamples();
        Records::RunEvent event;
        event.tUs = runTimeUs(steadyNowNs());
        event.kind = u"end"_s;
        event.text = tr("PumpStudio closed");
        toRecorder([event](Records::RunRecorder &r) {
            r.recordEvent(event);
            r.finish(Records::EndReason::Completed);
        });
    }
    toRecorder([](Records::RunRecorder &) { QThread::currentThread()->quit(); });
    m_recordThread->wait();
}

void MonitorSession::setSession(Accounts::Session *session)
{
    m_session = session;
    if (!session)
        return;
    m_lastActor = session->actor().displayName();
    connect(session, &Accounts::Session::changed, this, [this] {
        const Audit::Actor now = m_session->actor();
        if (now.displayName() == m_lastActor)
            return;
        if (runActive()) {
            // Who acts next changed; what runs stays under whoever started it.
            Records::RunEvent event;
            event.tUs = runTimeUs(steadyNowNs());
            event.kind = u"user"_s;
            event.text = tr("User at the workstation: %1 (was %2); running pumps and profiles stay under whoever started them")
                             .arg(now.isEmpty() ? tr("nobody (logged off)") : now.displayName(),
                                  m_lastActor.isEmpty() ? tr("nobody") : m_lastActor);
            toRecorder([event](Records::RunRecorder &r) { r.recordEvent(event); });
        }
        m_lastActor = now.displayName();
    });
    // Records a crash left behind are marked interrupted and sealed; finished ones without a
    // seal (closed while the program ended) are sealed.
    auto sealed = Audit::sealedFileNames(session->trail());
    toRecorder([folder = m_folder, names = sealed ? *sealed : QStringList()](Records::RunRecorder &r) { r.sweep(folder, names); });
}

QString MonitorSession::operatorText() const
{
    if (!m_session)
        return m_settings.operatorName();
    const Audit::Actor actor = m_session->actor();
    if (m_session->isControlled() || m_session->isLoggedIn())
        return actor.displayName();
    return m_session->operatorName().isEmpty() ? tr("OS user %1").arg(actor.osUser) : m_session->operatorName();
}

void MonitorSession::setRunOperator(const QString &name)
{
    if (m_session)
        m_session->setOperatorName(name);
    m_settings.setOperatorName(name);
    if (runActive())
        toRecorder([text = operatorText()](Records::RunRecorder &r) { r.setOperatorName(text); });
}

void MonitorSession::auditAlarm(const QString &pumpId, const QString &action, const QString &message, bool byUser)
{
    if (!m_session)
        return;
    const auto snapshot = m_devices.pump(pumpId);
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Alarm;
    draft.target = snapshot ? snapshot->config.displayName() : pumpId;
    draft.action = action;
    draft.newValue = message;
    draft.details = QJsonObject{{u"pumpId"_s, pumpId}, {u"pump"_s, draft.target}};
    // Alarms are the program's observations; acknowledgements are the user's.
    (void)m_session->trail().append(byUser ? m_session->actor() : Audit::systemActor(), draft);
}

template <typename Fn>
void MonitorSession::toRecorder(Fn fn)
{
    QMetaObject::invokeMethod(m_recorder, [r = m_recorder, fn = std::move(fn)] { fn(*r); }, Qt::QueuedConnection);
}

void MonitorSession::readChunksFrom(const QString &path)
{
    // The old reader goes first: its late answers are dropped with it.
    m_chunkReader.reset();
    if (path.isEmpty())
        return;
    m_chunkReader = std::make_unique<Monitor::RecordChunkReader>(path, m_store);
    connect(m_chunkReader.get(), &Monitor::RecordChunkReader::readFailed, this, [path](const QString &message) {
        // The chart stays right to a summary bucket where it zooms past the samples in memory.
        Logging::get("monitor")->warn("cannot read raw samples back from {}: {}", path, message);
    });
}

void MonitorSession::setRecordFolder(const QString &folder)
{
    m_folder = folder;
}

qint64 MonitorSession::runTimeUs(qint64 monotonicNs) const
{
    return m_originNs ? (monotonicNs - *m_originNs) / 1000 : 0;
}

void MonitorSession::tickClock()
{
    flushSamples();
    if (!m_originNs)
        return;
    const qint64 now = steadyNowNs();
    m_store->setNowUs(runTimeUs(now));
    // All pumps stopped for a while, and no profile running (a pause step stops the pump but
    // not the run): the run is over.
    bool anyRunning = false;
    for (const auto &p : std::as_const(m_pumps))
        anyRunning = anyRunning || (p->running && !p->mapper.isSensor());
    // A profile owns the run from its start to its end, whatever its pump does meanwhile (a
    // pause step, the commands before its first step): by its own signals, not by snapshots
    // that may lag behind them.
    anyRunning = anyRunning || !m_profilePumps.isEmpty() || !m_devices.activeProfiles().isEmpty();
    if (anyRunning)
        m_lastRunningNs = now;
    else if (runActive() && now - m_lastRunningNs > qint64(m_idleEndSeconds) * 1'000'000'000)
        endRun(tr("All pumps stopped"));
}

void MonitorSession::flushSamples()
{
    if (m_pending.isEmpty())
        return;
    toRecorder([samples = std::exchange(m_pending, {})](Records::RunRecorder &r) { r.appendSamples(samples); });
}

void MonitorSession::startRun(qint64 monotonicNs)
{
    endRun(QString());
    m_originNs = monotonicNs;
    m_lastRunningNs = monotonicNs;
    m_nextChannel = 1;
    for (auto &p : m_pumps) {
        p->channels.clear();
        p->mapper.restart();
    }
    const QDateTime startUtc = QDateTime::currentDateTimeUtc();
    readChunksFrom(QString());  // before the clear: nothing of the old run may arrive after it
    m_store->clear();
    m_store->setStart(startUtc, QDateTime::currentDateTime().offsetFromUtc());
    m_store->setLive(true);

    Records::RunInfo info;
    info.startUtc = startUtc;
    info.utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    info.operatorName = operatorText();
    info.appVersion = BuildInfo::version();
    // No title of its own: a date in it would be written in the language and format of the
    // day it was recorded, beside the report's own (the start is in the record anyway).
    QDir().mkpath(m_folder);
    m_runPath = Records::RunCatalog::newRecordPath(m_folder, startUtc);
    m_shownPath = m_runPath;
    toRecorder([path = m_runPath, info](Records::RunRecorder &r) { r.begin(path, info); });
    if (m_session) {
        const Audit::Actor actor = m_session->actor();
        Records::RunEvent event;
        event.kind = u"operator"_s;
        event.text = tr("Started by %1 (%2), OS user %3, workstation %4, %5 mode")
                         .arg(actor.isEmpty() ? tr("nobody logged in") : actor.displayName(), actor.role, actor.osUser,
                              actor.workstation, Accounts::modeText(m_session->mode()));
        toRecorder([event](Records::RunRecorder &r) { r.recordEvent(event); });
    }
}

void MonitorSession::startRunNow()
{
    if (!runActive())
        startRun(steadyNowNs());
}

void MonitorSession::endRun(const QString &reason)
{
    if (!runActive())
        return;
    flushSamples();
    // A reader still open would keep the finished file in WAL mode (a -wal and -shm beside it):
    // it is opened again once the record is closed.
    readChunksFrom(QString());
    if (!reason.isEmpty()) {
        Records::RunEvent event;
        event.tUs = runTimeUs(steadyNowNs());
        event.kind = u"end"_s;
        event.text = reason;
        toRecorder([event](Records::RunRecorder &r) { r.recordEvent(event); });
    }
    toRecorder([](Records::RunRecorder &r) { r.finish(Records::EndReason::Completed); });
    m_runPath.clear();
    // The chart keeps showing the finished run.
    m_store->setLive(false);
}

MonitorSession::PumpChannels &MonitorSession::channelsFor(const Device::PumpSnapshot &snapshot)
{
    auto &slot = m_pumps[snapshot.config.id];
    if (!slot) {
        const auto *model = m_devices.models().find(snapshot.config.modelId);
        slot = std::make_shared<PumpChannels>(model && model->kind == Models::Kind::PressureSensor);
        slot->modelId = snapshot.config.modelId;
    }
    slot->name = snapshot.config.displayName();
    return *slot;
}

int MonitorSession::channelFor(const QString &pumpId, PumpChannels &pump, const Monitor::Reading &reading)
{
    const int key = int(reading.quantity);
    if (const int existing = pump.channels.value(key))
        return existing;
    QString name;
    switch (reading.quantity) {
    case Records::Quantity::Flow: name = tr("%1 flow").arg(pump.name); break;
    case Records::Quantity::Pressure: name = tr("%1 pressure").arg(pump.name); break;
    case Records::Quantity::Speed: name = tr("%1 speed").arg(pump.name); break;
    case Records::Quantity::Volume: name = tr("%1 volume").arg(pump.name); break;
    case Records::Quantity::Other: name = pump.name; break;
    }
    const int id = m_nextChannel++;
    pump.channels.insert(key, id);
    // The device, for the chart to keep its colour by.
    auto &channel = m_store->addChannel(id, name, reading.unit, reading.quantity, pumpId);
    // Older samples are in the record: a long run grows by its summaries only. Without a record
    // (it could not be made) the chart keeps them all.
    if (runActive())
        channel.pyramid.setRawChunksKept(m_rawChunksKept);
    Records::ChannelInfo info;
    info.id = id;
    info.name = name;
    info.quantity = reading.quantity;
    info.unit = reading.unit;
    info.modelId = pump.modelId;
    if (const auto snapshot = m_devices.pump(pumpId)) {
        info.pumpConfigId = snapshot->config.id;
        info.headId = snapshot->config.headId;
        info.tubingId = snapshot->config.tubingId;
        // The figure flows were computed with: the calibration's at the current speed where it has one.
        info.mlPerRev = snapshot->config.mlPerRev;
        if (snapshot->calibration) {
            const double rpm = snapshot->status ? snapshot->status->setSpeedRpm.value_or(0) : 0;
            info.mlPerRev = snapshot->calibration->mlPerRevAt(rpm);
        }
        if (snapshot->identity) {
            info.model = snapshot->identity->model;
            info.firmware = snapshot->identity->firmware;
            info.serialNumber = snapshot->identity->serialNumber;
        }
    }
    toRecorder([info](Records::RunRecorder &r) { r.addChannel(info); });
    // The setpoint the pump was given before the run began is where its flow starts.
    if (reading.quantity == Records::Quantity::Flow) {
        if (const auto setpoint = m_live.value(pumpId).setpointFlow)
            recordSetpoint(pumpId, *setpoint);
    }
    return id;
}

void MonitorSession::onSample(const QString &id, qint64 monotonicNs, const Device::PumpStatus &status)
{
    const auto snapshot = m_devices.pump(id);
    if (!snapshot)
        return;
    PumpChannels &pump = channelsFor(*snapshot);
    pump.running = status.running;
    if (status.running && !pump.mapper.isSensor() && !runActive())
        startRun(monotonicNs);
    if (!m_originNs)
        return;  // nothing to record before the first run
    const qint64 tUs = std::max<qint64>(0, runTimeUs(monotonicNs));
    Live &live = m_live[id];
    for (const Monitor::Reading &reading : pump.mapper.readings(tUs, status)) {
        const int channel = channelFor(id, pump, reading);
        const Sample sample{tUs, float(reading.value)};
        m_store->append(channel, sample);
        if (runActive())
            m_pending.append(Records::ChannelSample{channel, sample});
        switch (reading.quantity) {
        case Records::Quantity::Pressure:
            live.pressure = reading.value;
            live.pressureUnit = reading.unit;
            break;
        case Records::Quantity::Flow: live.flowMlPerMin = reading.value; break;
        case Records::Quantity::Volume: live.volumeMl = reading.value; break;
        default: break;
        }
    }
    // Pump-reported alarms (stall, overload, over-temperature, safe-mode timeout).
    if (status.alarm != pump.pumpAlarm) {
        if (!pump.pumpAlarm.isEmpty())
            clear(id, u"pump"_s, tr("%1: %2 cleared").arg(pump.name, pump.pumpAlarm));
        pump.pumpAlarm = status.alarm;
        if (!status.alarm.isEmpty())
            raise(id, u"pump"_s, tr("%1 reports: %2").arg(pump.name, status.alarm), std::nullopt, std::nullopt, false);
    }
    Q_EMIT liveChanged(id);
}

void MonitorSession::onSnapshot(const Device::PumpSnapshot &snapshot)
{
    PumpChannels &pump = channelsFor(snapshot);
    const Device::LinkState before = pump.link;
    pump.link = snapshot.link;
    if (before == snapshot.link)
        return;
    if (snapshot.link == Device::LinkState::Reconnecting) {
        pump.running = false;  // unknown: the device layer stops it on reconnect if it kept going
        raise(snapshot.config.id, u"link"_s, tr("Link to %1 lost: %2").arg(pump.name, snapshot.linkReason), std::nullopt,
              std::nullopt, false);
    } else if (before == Device::LinkState::Reconnecting && snapshot.link == Device::LinkState::Connected) {
        clear(snapshot.config.id, u"link"_s, tr("Link to %1 is back").arg(pump.name));
    }
}

void MonitorSession::onPumpEvent(const QString &id, const Device::PumpEvent &event)
{
    if (runActive()) {
        Records::RunEvent record;
        record.tUs = runTimeUs(steadyNowNs());
        record.kind = event.kind == Device::PumpEvent::Kind::Alarm ? u"pump-alarm"_s
                      : event.kind == Device::PumpEvent::Kind::Stopped ? u"pump-stopped"_s : u"progress"_s;
        record.text = event.text;
        record.value = event.volumeMl;
        toRecorder([record](Records::RunRecorder &r) { r.recordEvent(record); });
    }
    if (event.kind == Device::PumpEvent::Kind::Alarm) {
        const auto snapshot = m_devices.pump(id);
        raise(id, u"pump-event"_s, tr("%1 reports: %2").arg(snapshot ? snapshot->config.displayName() : id, event.text),
              std::nullopt, std::nullopt, false);
    }
}

void MonitorSession::recordEvent(const QString &pumpId, const QString &kind, const QString &text)
{
    if (!runActive())
        return;
    Records::RunEvent event;
    event.tUs = runTimeUs(steadyNowNs());
    event.kind = kind;
    const auto snapshot = m_devices.pump(pumpId);
    event.text = (snapshot ? snapshot->config.displayName() : pumpId) + u": "_s + text;
    if (auto it = m_pumps.find(pumpId); it != m_pumps.end())
        event.channel = (*it)->channels.value(int(Records::Quantity::Flow));
    toRecorder([event](Records::RunRecorder &r) { r.recordEvent(event); });
}

void MonitorSession::recordSetpoint(const QString &pumpId, double mlPerMin)
{
    if (!runActive())
        return;
    Records::SetpointChange change;
    change.tUs = runTimeUs(steadyNowNs());
    if (auto it = m_pumps.find(pumpId); it != m_pumps.end())
        change.channel = (*it)->channels.value(int(Records::Quantity::Flow));
    change.quantity = Records::Quantity::Flow;
    change.value = mlPerMin;
    change.unit = tr("mL/min");
    toRecorder([change](Records::RunRecorder &r) { r.recordSetpoint(change); });
}

void MonitorSession::noteProfileSetpoint(const QString &pumpId, double mlPerMin)
{
    // A profile changes the setpoint on the device thread (the deviation alarm there follows it);
    // the record keeps it like one sent from a panel.
    m_live[pumpId].setpointFlow = mlPerMin;
    recordSetpoint(pumpId, mlPerMin);
    Q_EMIT liveChanged(pumpId);
}

void MonitorSession::noteCommand(const QString &pumpId, const Device::PumpCommand &command)
{
    const auto snapshot = m_devices.pump(pumpId);
    std::optional<double> flow;
    if (command.kind == Device::PumpCommand::Kind::Flow) {
        flow = command.value;
    } else if (command.kind == Device::PumpCommand::Kind::Speed && snapshot) {
        if (const auto *model = m_devices.models().find(snapshot->config.modelId))
            flow = Models::flowFromRpm(command.value, Device::effectiveMlPerRev(snapshot->config, *model));
    }
    if (flow)
        m_live[pumpId].setpointFlow = flow;
    if (runActive()) {
        Records::RunEvent event;
        event.tUs = runTimeUs(steadyNowNs());
        event.kind = u"command"_s;
        event.text = snapshot ? snapshot->config.displayName() + u": "_s + command.text() : command.text();
        toRecorder([event](Records::RunRecorder &r) { r.recordEvent(event); });
        if (flow)
            recordSetpoint(pumpId, *flow);
    }
    Q_EMIT liveChanged(pumpId);
}

void MonitorSession::onAlarmTransition(const QString &pumpId, AlarmChannel channel, const AlarmTransition &t)
{
    // Evaluated on the device thread (an interlock's stop has gone out already): shown and
    // recorded here.
    const QString kind = (channel == AlarmChannel::Pressure ? u"pressure-"_s : u"flow-"_s) + kindToken(t.kind);
    if (t.raised)
        raise(pumpId, kind, t.message, t.value, t.limit, t.action == AlarmAction::StopPumps);
    else
        clear(pumpId, kind, t.message);
}

void MonitorSession::raise(const QString &pumpId, const QString &kind, const QString &message, std::optional<double> value,
                           std::optional<double> limit, bool stopsPumps)
{
    const auto snapshot = m_devices.pump(pumpId);
    auditAlarm(pumpId, tr("Alarm raised"), message);
    const Monitor::AlarmEntry entry = m_alarms->raise(snapshot ? snapshot->config.displayName() : pumpId, pumpId + u'/' + kind, message, value,
                                             runTimeUs(steadyNowNs()), stopsPumps);
    if (runActive()) {
        Records::AlarmRecord record;
        record.tUs = entry.tUs;
        record.action = Records::AlarmAction::Raised;
        record.source = entry.sourceId;
        record.value = value;
        record.limit = limit;
        record.message = message;
        toRecorder([record](Records::RunRecorder &r) { r.recordAlarm(record); });
    }
}

void MonitorSession::clear(const QString &pumpId, const QString &kind, const QString &message)
{
    const QString sourceId = pumpId + u'/' + kind;
    auditAlarm(pumpId, tr("Alarm cleared"), message);
    m_alarms->clear(sourceId);
    if (runActive()) {
        Records::AlarmRecord record;
        record.tUs = runTimeUs(steadyNowNs());
        record.action = Records::AlarmAction::Cleared;
        record.source = sourceId;
        record.message = message;
        toRecorder([record](Records::RunRecorder &r) { r.recordAlarm(record); });
    }
}

void MonitorSession::acknowledge(int alarmId)
{
    if (m_session) {
        if (auto r = m_session->check(Accounts::Permission::AcknowledgeAlarms); !r) {
            Q_EMIT actionRefused(r.error().message);
            return;
        }
    }
    const auto acknowledged = m_alarms->acknowledge(alarmId);
    if (acknowledged)
        auditAlarm(acknowledged->sourceId.section(u'/', 0, 0), tr("Alarm acknowledged"), acknowledged->message, true);
    if (!acknowledged || !runActive())
        return;
    Records::AlarmRecord record;
    record.tUs = runTimeUs(steadyNowNs());
    record.action = Records::AlarmAction::Acknowledged;
    record.source = acknowledged->sourceId;
    record.message = tr("Acknowledged by %1").arg(operatorText().isEmpty() ? tr("the operator") : operatorText());
    toRecorder([record](Records::RunRecorder &r) { r.recordAlarm(record); });
}

void MonitorSession::acknowledgeAll()
{
    for (const Monitor::AlarmEntry &a : m_alarms->alarms()) {
        if (!a.acknowledged)
            acknowledge(a.id);
    }
}

AlarmConfig MonitorSession::alarmConfig(const QString &pumpId) const
{
    return m_devices.alarmConfig(pumpId);
}

void MonitorSession::setAlarmConfig(const QString &pumpId, const AlarmConfig &config)
{
    m_devices.setAlarmConfig(pumpId, config);
    Q_EMIT alarmConfigChanged(pumpId);
}

} // namespace PumpStudio::Services
