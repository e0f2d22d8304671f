// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/monitorsession.h"

#include "core/appsettings.h"
#include "core/buildinfo.h"
#include "core/logging.h"
#include "models/limits.h"
#include "profiles/profileformat.h"
#include "records/runcatalog.h"
#include "records/runrecordreader.h"
#include "records/runrecordwriter.h"
#include "services/deviceservice.h"

#include <QDir>
#include <QTimer>

#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace PumpStudio::Services {

using namespace Device;
using Records::Sample;

namespace {
constexpr auto kFlushInterval = 500ms;  // a crash loses at most this much, well under a second
// Raw samples a live channel keeps in memory (64 K, 11 min at 100 Hz); older ones are read back
// from the record when a zoom needs them, so a week-long run grows by its summaries only.
constexpr int kLiveRawChunks = 64;

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
    QString name;
    QString modelId;
    bool sensor = false;
    int flow = 0;
    int pressure = 0;
    int speed = 0;
    int volume = 0;
    std::optional<qint64> lastTUs;
    double integratedMl = 0;
    double lastFlow = 0;
    bool running = false;
    Device::LinkState link = Device::LinkState::Closed;
    QString pumpAlarm;  ///< the alarm the pump reports, while it does
};

MonitorSession::MonitorSession(DeviceService &devices, AppSettings &settings, QObject *parent)
    : QObject(parent), m_devices(devices), m_settings(settings), m_store(new TrendStore(this)),
      m_folder(Records::RunCatalog::defaultFolder())
{
    qRegisterMetaType<PumpStudio::Services::AlarmEntry>();
    m_store->setLive(true);
    connect(&devices, &DeviceService::sampled, this, &MonitorSession::onSample);
    connect(&devices, &DeviceService::pumpChanged, this, &MonitorSession::onSnapshot);
    connect(&devices, &DeviceService::eventReceived, this, &MonitorSession::onPumpEvent);
    connect(&devices, &DeviceService::commandSent, this, &MonitorSession::noteCommand);
    connect(&devices, &DeviceService::profileSetpoint, this, &MonitorSession::noteProfileSetpoint);
    // A profile run is a run record with the profile itself and each step's start and end.
    connect(&devices, &DeviceService::profileStarted, this, [this](const QString &id, const Profiles::Profile &profile) {
        startRunNow();
        recordEvent(id, u"profile-start"_s, tr("Profile \"%1\" started").arg(profile.name) + u"\n"_s
                                                 + QString::fromUtf8(Profiles::serializeProfile(profile)));
    });
    connect(&devices, &DeviceService::profileStep, this, [this](const QString &id, const QString &path, int, bool started) {
        recordEvent(id, started ? u"step-start"_s : u"step-end"_s, started ? tr("Step %1 began").arg(path) : tr("Step %1 ended").arg(path));
    });
    connect(&devices, &DeviceService::profileFinished, this,
            [this](const QString &id, Profiles::ProfileRunner::State, const QString &message) { recordEvent(id, u"profile-end"_s, message); });
    connect(&devices, &DeviceService::pumpRemoved, this, [this](const QString &id) { m_pumps.remove(id); });
    connect(&devices, &DeviceService::alarmTransition, this, &MonitorSession::onAlarmTransition);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(kFlushInterval);
    connect(m_flushTimer, &QTimer::timeout, this, &MonitorSession::flush);
    m_clock = new QTimer(this);
    m_clock->setInterval(100ms);
    connect(m_clock, &QTimer::timeout, this, &MonitorSession::tickClock);
    m_clock->start();
}

MonitorSession::~MonitorSession()
{
    endRun(tr("PumpStudio closed"));
}

bool MonitorSession::runActive() const
{
    return m_writer && m_writer->isOpen();
}

QString MonitorSession::recordPath() const
{
    return m_writer ? m_writer->path() : QString();
}

void MonitorSession::setRecordFolder(const QString &folder)
{
    m_folder = folder;
}

qint64 MonitorSession::nowMonotonicNs() const
{
    return steadyNowNs();
}

qint64 MonitorSession::runTimeUs(qint64 monotonicNs) const
{
    return m_originNs ? (monotonicNs - *m_originNs) / 1000 : 0;
}

void MonitorSession::tickClock()
{
    if (!m_originNs)
        return;
    const qint64 now = nowMonotonicNs();
    m_store->setNowUs(runTimeUs(now));
    // All pumps stopped for a while: the run is over.
    bool anyRunning = false;
    for (const auto &p : std::as_const(m_pumps))
        anyRunning = anyRunning || (p->running && !p->sensor);
    if (anyRunning)
        m_lastRunningNs = now;
    else if (runActive() && now - m_lastRunningNs > qint64(m_idleEndSeconds) * 1'000'000'000)
        endRun(tr("All pumps stopped"));
}

void MonitorSession::startRun(qint64 monotonicNs)
{
    endRun(QString());
    m_originNs = monotonicNs;
    m_lastRunningNs = monotonicNs;
    m_nextChannel = 1;
    for (auto &p : m_pumps) {
        p->flow = p->pressure = p->speed = p->volume = 0;
        p->lastTUs.reset();
        p->integratedMl = 0;
    }
    const QDateTime startUtc = QDateTime::currentDateTimeUtc();
    m_store->clear();
    m_store->setStart(startUtc, QDateTime::currentDateTime().offsetFromUtc());
    m_store->setLive(true);

    Records::RunInfo info;
    info.startUtc = startUtc;
    info.utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    info.operatorName = m_settings.operatorName();
    info.appVersion = BuildInfo::version();
    info.title = tr("Run of %1").arg(QLocale().toString(startUtc.toLocalTime(), QLocale::ShortFormat));
    QDir().mkpath(m_folder);
    m_writer = std::make_unique<Records::RunRecordWriter>();
    const QString path = Records::RunCatalog::newRecordPath(m_folder, startUtc);
    if (auto created = m_writer->create(path, info); !created) {
        const QString message = tr("The run is not being recorded: %1").arg(created.error().message);
        Logging::get("monitor")->error("{}", message);
        m_writer.reset();
        Q_EMIT recordError(message);
    } else {
        Logging::get("monitor")->info("run record {}", path);
        m_reader = std::make_unique<Records::RunRecordReader>();
        if (auto opened = m_reader->open(path); !opened) {
            Logging::get("monitor")->warn("cannot read back {}: {}; history stays in memory", path, opened.error().message);
            m_reader.reset();
        }
        m_flushTimer->start();
        Q_EMIT runStarted(path);
    }
}

void MonitorSession::startRunNow()
{
    if (!runActive())
        startRun(nowMonotonicNs());
}

void MonitorSession::endRun(const QString &reason)
{
    if (!m_writer)
        return;
    m_flushTimer->stop();
    const QString path = m_writer->path();
    if (!reason.isEmpty()) {
        Records::RunEvent event;
        event.tUs = runTimeUs(nowMonotonicNs());
        event.kind = u"end"_s;
        event.text = reason;
        m_writer->recordEvent(event);
    }
    // The chart keeps showing the finished run: its old chunks now come from a fresh reader.
    if (auto finished = m_writer->finish(Records::EndReason::Completed); !finished)
        Q_EMIT recordError(tr("The run record could not be closed: %1").arg(finished.error().message));
    m_writer.reset();
    m_store->setLive(false);
    Q_EMIT runEnded(path);
}

void MonitorSession::flush()
{
    if (!m_writer)
        return;
    if (auto flushed = m_writer->flush(); !flushed) {
        // Buffers are kept: the next flush tries again. Said once, logged each time.
        Logging::get("monitor")->error("record flush failed: {}", flushed.error().message);
        if (!m_recordErrorSaid) {
            m_recordErrorSaid = true;
            Q_EMIT recordError(tr("Writing the run record failed: %1. Samples are kept in memory and written when it works again.")
                                   .arg(flushed.error().message));
        }
    } else {
        m_recordErrorSaid = false;
    }
}

MonitorSession::PumpChannels &MonitorSession::channelsFor(const Device::PumpSnapshot &snapshot)
{
    auto &slot = m_pumps[snapshot.config.id];
    if (!slot) {
        slot = std::make_shared<PumpChannels>();
        const auto *model = m_devices.models().find(snapshot.config.modelId);
        slot->sensor = model && model->kind == Models::Kind::PressureSensor;
        slot->modelId = snapshot.config.modelId;
    }
    slot->name = snapshot.config.displayName();
    return *slot;
}

int MonitorSession::addChannel(PumpChannels &pump, const QString &name, const QString &unit, Records::Quantity quantity)
{
    const int id = m_nextChannel++;
    auto &channel = m_store->addChannel(id, name, unit, quantity);
    if (m_reader) {
        channel.pyramid.setRawChunksKept(kLiveRawChunks);
        channel.pyramid.setRawChunkProvider([reader = m_reader.get(), id](qint64 index) {
            auto samples = reader->chunk(id, index);
            return samples ? *samples : QList<Sample>();
        });
    }
    if (m_writer) {
        Records::ChannelInfo info;
        info.id = id;
        const auto snapshot = [&]() -> std::optional<Device::PumpSnapshot> {
            for (auto it = m_pumps.constBegin(); it != m_pumps.constEnd(); ++it) {
                if (it.value().get() == &pump)
                    return m_devices.pump(it.key());
            }
            return std::nullopt;
        }();
        info.name = name;
        info.quantity = quantity;
        info.unit = unit;
        info.modelId = pump.modelId;
        if (snapshot) {
            info.pumpConfigId = snapshot->config.id;
            info.headId = snapshot->config.headId;
            info.tubingId = snapshot->config.tubingId;
            info.mlPerRev = snapshot->config.mlPerRev;
            if (snapshot->identity) {
                info.model = snapshot->identity->model;
                info.firmware = snapshot->identity->firmware;
                info.serialNumber = snapshot->identity->serialNumber;
            }
        }
        if (auto added = m_writer->addChannel(info); !added)
            Q_EMIT recordError(tr("The run record could not take a channel: %1").arg(added.error().message));
    }
    return id;
}

void MonitorSession::appendSample(int channel, qint64 tUs, double value)
{
    const Sample sample{tUs, float(value)};
    m_store->append(channel, sample);
    if (m_writer)
        m_writer->appendSample(channel, sample);
}

void MonitorSession::onSample(const QString &id, qint64 monotonicNs, const Device::PumpStatus &status)
{
    const auto snapshot = m_devices.pump(id);
    if (!snapshot)
        return;
    PumpChannels &pump = channelsFor(*snapshot);
    pump.running = status.running;
    if (status.running && !pump.sensor && !runActive())
        startRun(monotonicNs);
    if (!m_originNs)
        return;  // nothing to record before the first run
    const qint64 tUs = std::max<qint64>(0, runTimeUs(monotonicNs));

    Live &live = m_live[id];
    if (pump.sensor || status.pressure) {
        if (status.pressure) {
            if (!pump.pressure)
                pump.pressure = addChannel(pump, tr("%1 pressure").arg(pump.name), status.pressureUnit, Records::Quantity::Pressure);
            appendSample(pump.pressure, tUs, *status.pressure);
            live.pressure = status.pressure;
            live.pressureUnit = status.pressureUnit;
        }
    }
    if (!pump.sensor) {
        // Flow: the pump's own, or speed x calibrated mL/rev as the device layer worked it out.
        const std::optional<double> flow = status.flowMlPerMin;
        if (flow) {
            if (!pump.flow) {
                pump.flow = addChannel(pump, tr("%1 flow").arg(pump.name), tr("mL/min"), Records::Quantity::Flow);
                // The setpoint the pump was given before the run began is where the run starts.
                if (m_writer && live.setpointFlow) {
                    Records::SetpointChange change;
                    change.tUs = tUs;
                    change.channel = pump.flow;
                    change.quantity = Records::Quantity::Flow;
                    change.value = *live.setpointFlow;
                    change.unit = tr("mL/min");
                    m_writer->recordSetpoint(change);
                }
            }
            appendSample(pump.flow, tUs, *flow);
            // Dispensed volume integrates flow (trapezoids) unless the pump counts it.
            if (pump.lastTUs)
                pump.integratedMl += (pump.lastFlow + *flow) / 2.0 * double(tUs - *pump.lastTUs) / 60e6;
            pump.lastTUs = tUs;
            pump.lastFlow = *flow;
            live.flowMlPerMin = flow;
        }
        const double volume = status.dispensedMl.value_or(pump.integratedMl);
        if (!pump.volume)
            pump.volume = addChannel(pump, tr("%1 volume").arg(pump.name), tr("mL"), Records::Quantity::Volume);
        appendSample(pump.volume, tUs, volume);
        live.volumeMl = volume;
        if (status.actualSpeedRpm || status.setSpeedRpm) {
            if (!pump.speed)
                pump.speed = addChannel(pump, tr("%1 speed").arg(pump.name), tr("rpm"), Records::Quantity::Speed);
            appendSample(pump.speed, tUs, status.actualSpeedRpm.value_or(status.running ? status.setSpeedRpm.value_or(0) : 0));
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
    if (m_writer) {
        Records::RunEvent record;
        record.tUs = runTimeUs(nowMonotonicNs());
        record.kind = event.kind == Device::PumpEvent::Kind::Alarm ? u"pump-alarm"_s
                      : event.kind == Device::PumpEvent::Kind::Stopped ? u"pump-stopped"_s : u"progress"_s;
        record.text = event.text;
        record.value = event.volumeMl;
        m_writer->recordEvent(record);
    }
    if (event.kind == Device::PumpEvent::Kind::Alarm) {
        const auto snapshot = m_devices.pump(id);
        raise(id, u"pump-event"_s, tr("%1 reports: %2").arg(snapshot ? snapshot->config.displayName() : id, event.text),
              std::nullopt, std::nullopt, false);
    }
}

void MonitorSession::recordEvent(const QString &pumpId, const QString &kind, const QString &text)
{
    if (!m_writer)
        return;
    Records::RunEvent event;
    event.tUs = runTimeUs(nowMonotonicNs());
    event.kind = kind;
    const auto snapshot = m_devices.pump(pumpId);
    event.text = (snapshot ? snapshot->config.displayName() : pumpId) + u": "_s + text;
    if (auto it = m_pumps.find(pumpId); it != m_pumps.end() && (*it)->flow)
        event.channel = (*it)->flow;
    m_writer->recordEvent(event);
}

void MonitorSession::noteProfileSetpoint(const QString &pumpId, double mlPerMin)
{
    // A profile changes the setpoint on the device thread: the deviation alarm follows it, and
    // the record keeps it like one sent from a panel.
    Live &live = m_live[pumpId];
    live.setpointFlow = mlPerMin;
    auto it = m_pumps.find(pumpId);
    if (m_writer) {
        Records::SetpointChange change;
        change.tUs = runTimeUs(nowMonotonicNs());
        if (it != m_pumps.end())
            change.channel = (*it)->flow;
        change.quantity = Records::Quantity::Flow;
        change.value = mlPerMin;
        change.unit = tr("mL/min");
        m_writer->recordSetpoint(change);
    }
    Q_EMIT liveChanged(pumpId);
}

void MonitorSession::noteCommand(const QString &pumpId, const Device::PumpCommand &command)
{
    const auto snapshot = m_devices.pump(pumpId);
    Live &live = m_live[pumpId];
    std::optional<double> flow;
    if (command.kind == Device::PumpCommand::Kind::Flow) {
        flow = command.value;
    } else if (command.kind == Device::PumpCommand::Kind::Speed && snapshot) {
        if (const auto *model = m_devices.models().find(snapshot->config.modelId)) {
            flow = Models::flowFromRpm(command.value, Device::effectiveMlPerRev(snapshot->config, *model));
        }
    }
    if (flow)
        live.setpointFlow = flow;
    if (m_writer) {
        Records::RunEvent event;
        event.tUs = runTimeUs(nowMonotonicNs());
        event.kind = u"command"_s;
        event.text = command.text();
        if (snapshot)
            event.text = snapshot->config.displayName() + u": "_s + event.text;
        m_writer->recordEvent(event);
        if (flow) {
            Records::SetpointChange change;
            change.tUs = event.tUs;
            if (auto it = m_pumps.find(pumpId); it != m_pumps.end())
                change.channel = (*it)->flow;
            change.quantity = Records::Quantity::Flow;
            change.value = *flow;
            change.unit = tr("mL/min");
            m_writer->recordSetpoint(change);
        }
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
    AlarmEntry entry;
    entry.id = m_nextAlarmId++;
    entry.timeUtc = QDateTime::currentDateTimeUtc();
    entry.tUs = runTimeUs(nowMonotonicNs());
    const auto snapshot = m_devices.pump(pumpId);
    entry.source = snapshot ? snapshot->config.displayName() : pumpId;
    entry.sourceId = pumpId + u'/' + kind;
    entry.message = message;
    entry.value = value;
    entry.stopsPumps = stopsPumps;
    m_alarms.prepend(entry);
    Logging::get("monitor")->warn("alarm: {}", message);
    if (m_writer) {
        Records::AlarmRecord record;
        record.tUs = entry.tUs;
        record.action = Records::AlarmAction::Raised;
        record.source = entry.sourceId;
        record.value = value;
        record.limit = limit;
        record.message = message;
        m_writer->recordAlarm(record);
    }
    Q_EMIT alarmRaised(entry);
    Q_EMIT alarmsChanged();
}

void MonitorSession::clear(const QString &pumpId, const QString &kind, const QString &message)
{
    const QString sourceId = pumpId + u'/' + kind;
    bool changed = false;
    for (AlarmEntry &a : m_alarms) {
        if (a.sourceId == sourceId && a.active) {
            a.active = false;
            changed = true;
        }
    }
    if (m_writer) {
        Records::AlarmRecord record;
        record.tUs = runTimeUs(nowMonotonicNs());
        record.action = Records::AlarmAction::Cleared;
        record.source = sourceId;
        record.message = message;
        m_writer->recordAlarm(record);
    }
    if (changed)
        Q_EMIT alarmsChanged();
}

int MonitorSession::unacknowledgedCount() const
{
    int n = 0;
    for (const AlarmEntry &a : m_alarms)
        n += a.acknowledged ? 0 : 1;
    return n;
}

void MonitorSession::acknowledge(int alarmId)
{
    for (AlarmEntry &a : m_alarms) {
        if (a.id != alarmId || a.acknowledged)
            continue;
        a.acknowledged = true;
        if (m_writer) {
            Records::AlarmRecord record;
            record.tUs = runTimeUs(nowMonotonicNs());
            record.action = Records::AlarmAction::Acknowledged;
            record.source = a.sourceId;
            record.message = tr("Acknowledged by %1").arg(m_settings.operatorName().isEmpty() ? tr("the operator") : m_settings.operatorName());
            m_writer->recordAlarm(record);
        }
        Q_EMIT alarmsChanged();
    }
}

void MonitorSession::acknowledgeAll()
{
    for (const AlarmEntry &a : std::as_const(m_alarms)) {
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
}

} // namespace PumpStudio::Services
