// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/runrecorder.h"

#include "core/logging.h"

#include <QTimer>

#include <chrono>

using namespace std::chrono_literals;

namespace PumpStudio::Records {

namespace {
constexpr auto kFlushInterval = 500ms;  // a crash loses at most this much, well under a second
}

RunRecorder::RunRecorder(QObject *parent) : QObject(parent), m_flush(new QTimer(this))
{
    qRegisterMetaType<PumpStudio::Records::ChannelSample>();
    qRegisterMetaType<QList<PumpStudio::Records::ChannelSample>>();
    qRegisterMetaType<QList<PumpStudio::Records::Sample>>();
    qRegisterMetaType<PumpStudio::Records::RunInfo>();
    qRegisterMetaType<PumpStudio::Records::ChannelInfo>();
    qRegisterMetaType<PumpStudio::Records::SetpointChange>();
    qRegisterMetaType<PumpStudio::Records::RunEvent>();
    qRegisterMetaType<PumpStudio::Records::AlarmRecord>();
    qRegisterMetaType<PumpStudio::Records::EndReason>();
    m_flush->setInterval(kFlushInterval);
    connect(m_flush, &QTimer::timeout, this, &RunRecorder::flush);
}

RunRecorder::~RunRecorder()
{
    // A run still open is flushed by the writer's destructor and reads back as unfinished.
    m_writer.reset();
}

void RunRecorder::begin(const QString &path, const RunInfo &info)
{
    if (m_writer)
        finish(EndReason::Completed);
    auto writer = std::make_unique<RunRecordWriter>();
    if (auto created = writer->create(path, info); !created) {
        Logging::get("records")->error("cannot create the run record {}: {}", path, created.error().message);
        Q_EMIT beginFailed(path, created.error());
        return;
    }
    m_writer = std::move(writer);
    m_failureSaid = false;
    m_flush->start();
    Logging::get("records")->info("run record {}", path);
    Q_EMIT began(path);
}

void RunRecorder::addChannel(const ChannelInfo &channel)
{
    if (!m_writer)
        return;
    if (auto added = m_writer->addChannel(channel); !added)
        Q_EMIT writeFailed(added.error());
}

void RunRecorder::appendSamples(const QList<ChannelSample> &samples)
{
    if (!m_writer)
        return;
    for (const ChannelSample &s : samples)
        m_writer->appendSample(s.channel, s.sample);
}

void RunRecorder::recordSetpoint(const SetpointChange &change)
{
    if (m_writer)
        m_writer->recordSetpoint(change);
}

void RunRecorder::recordEvent(const RunEvent &event)
{
    if (m_writer)
        m_writer->recordEvent(event);
}

void RunRecorder::recordAlarm(const AlarmRecord &alarm)
{
    if (m_writer)
        m_writer->recordAlarm(alarm);
}

void RunRecorder::flush()
{
    if (!m_writer)
        return;
    if (auto flushed = m_writer->flush(); !flushed) {
        // Buffers are kept: the next flush tries again. Said once, logged each time.
        Logging::get("records")->error("record flush failed: {}", flushed.error().message);
        if (!m_failureSaid) {
            m_failureSaid = true;
            Q_EMIT writeFailed(flushed.error());
        }
    } else {
        m_failureSaid = false;
    }
}

void RunRecorder::finish(EndReason reason)
{
    if (!m_writer)
        return;
    m_flush->stop();
    const QString path = m_writer->path();
    const Result<void> finished = m_writer->finish(reason);
    m_writer.reset();
    if (!finished)
        Logging::get("records")->error("the run record {} could not be closed: {}", path, finished.error().message);
    Q_EMIT this->finished(path, finished);
}

} // namespace PumpStudio::Records
