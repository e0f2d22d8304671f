// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "records/sample.h"
#include "records/recordtypes.h"

#include <QtGlobal>

#include <memory>

namespace PumpStudio::Records {

/// Writes one run record (see recordformat.h). Appends only buffer in memory; flush() commits
/// everything buffered in one transaction, so the caller flushes about once a second and a crash
/// loses at most that second. Not thread-safe: use it on the thread that called create().
class RunRecordWriter final
{
public:
    RunRecordWriter();
    /// Flushes what is buffered; does not mark the run finished (it reads back as Unfinished).
    ~RunRecordWriter();
    Q_DISABLE_COPY_MOVE(RunRecordWriter)

    /// Creates a new record file; refuses to overwrite an existing file.
    Result<void> create(const QString &path, const RunInfo &info);
    bool isOpen() const;
    QString path() const;

    /// Who runs it, when that is known only after the run began (open mode asks at the start).
    Result<void> setOperatorName(const QString &name);

    /// Declares a channel (written at once). Its id must be new.
    Result<void> addChannel(const ChannelInfo &channel);

    /// Buffers a sample: false (and nothing stored) for an unknown channel, a time before the
    /// channel's previous sample, or a closed writer. Setpoints, events and alarms given to a
    /// closed writer are dropped. O(1) amortised; encodes a chunk each kSamplesPerChunk samples.
    bool appendSample(int channel, Records::Sample sample);
    void recordSetpoint(const SetpointChange &change);
    void recordEvent(const RunEvent &event);
    void recordAlarm(const AlarmRecord &alarm);

    /// Commits every buffered chunk, the growing last chunk of each channel, setpoints, events and
    /// alarms in one transaction. On failure nothing is lost from the buffers; call again later.
    Result<void> flush();
    /// Flushes, stores the end time (now) and reason, and closes the file.
    Result<void> finish(EndReason reason);

    qint64 sampleCount(int channel) const;
    /// Samples refused by appendSample() (unknown channel or time going backwards).
    qint64 rejectedSamples() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace PumpStudio::Records
