// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/runrecorder.h"

#include "core/logging.h"
#include "records/recordformat.h"
#include "records/runrecordreader.h"

#include <QDir>
#include <QFileInfo>

#include <QTimer>

#include <chrono>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

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
    qRegisterMetaType<PumpStudio::Records::RecordSeal>();
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

void RunRecorder::setOperatorName(const QString &name)
{
    if (!m_writer)
        return;
    if (auto r = m_writer->setOperatorName(name); !r)
        Q_EMIT writeFailed(r.error());
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
    if (!finished) {
        Logging::get("records")->error("the run record {} could not be closed: {}", path, finished.error().message);
    } else if (auto seal = computeSeal(path)) {
        Q_EMIT sealed(*seal);
    } else {
        Logging::get("records")->error("the run record {} could not be sealed: {}", path, seal.error().message);
    }
    Q_EMIT this->finished(path, finished);
}

void RunRecorder::sweep(const QString &folder, const QStringList &sealedNames)
{
    const QFileInfoList files = QDir(folder).entryInfoList({u"*."_s + recordSuffix()}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString path = file.absoluteFilePath();
        if (m_writer && m_writer->path() == path)
            continue;
        RunInfo info;
        {
            RunRecordReader reader;
            if (!reader.open(path))
                continue;  // damaged or not a record: the Records page says why
            info = reader.runInfo();
        }
        QString note;
        if (info.endReason == EndReason::Unfinished) {
            auto recovery = markInterrupted(path);
            if (!recovery)
                continue;  // still being written by another PumpStudio, or not writable
            note = tr("Marked interrupted at start (the run ended without being finished); recovered %1").arg(recovery->text());
            Logging::get("records")->warn("{}: {}", path, note);
            Q_EMIT recovered(path, recovery->text());
        } else if (sealedNames.contains(file.fileName())) {
            continue;
        } else {
            note = tr("Sealed at start: the record was finished without a seal (closed during shutdown, or written before "
                      "records were sealed)");
        }
        Result<RecordSeal> seal = computeSeal(path);
        if (!seal) {
            Logging::get("records")->error("the run record {} could not be sealed: {}", path, seal.error().message);
            continue;
        }
        RecordSeal withNote = *seal;
        withNote.note = note;
        Q_EMIT sealed(withNote);
    }
}

} // namespace PumpStudio::Records
