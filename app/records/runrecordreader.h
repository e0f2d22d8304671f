// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "records/sample.h"
#include "records/recordtypes.h"

#include <QList>

#include <memory>
#include <optional>

namespace PumpStudio::Records {

/// Chunk indexes [first, last] of a channel, both included; empty when first > last.
struct ChunkRange
{
    qint64 first = 0;
    qint64 last = -1;
    bool isEmpty() const { return first > last; }
    friend bool operator==(const ChunkRange &, const ChunkRange &) = default;
};

/// Reads a run record (see recordformat.h), read-only, also while its writer is still appending:
/// every call sees what the writer has flushed so far. Use it on the thread that opened it.
class RunRecordReader final
{
public:
    RunRecordReader();
    ~RunRecordReader();
    Q_DISABLE_COPY_MOVE(RunRecordReader)

    /// BadFile for a file that is not a run record, has a newer format version, or is damaged: a
    /// table or column missing, blocks of samples missing or claiming impossible counts.
    Result<void> open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;

    /// As read by open().
    const RunInfo &runInfo() const;
    const QList<ChannelInfo> &channels() const;
    std::optional<ChannelInfo> channel(int id) const;

    /// Samples [index * kSamplesPerChunk, ...) of a channel; empty past the end.
    Result<QList<Records::Sample>> chunk(int channel, qint64 index) const;
    /// The chunks that hold samples with t0Us <= tUs < t1Us (found through the time indexes).
    Result<ChunkRange> chunkRange(int channel, qint64 t0Us, qint64 t1Us) const;
    /// Samples with t0Us <= tUs < t1Us, in time order.
    Result<QList<Records::Sample>> samples(int channel, qint64 t0Us, qint64 t1Us) const;
    Result<qint64> sampleCount(int channel) const;
    /// The time of the latest sample of any channel; 0 without samples.
    Result<qint64> lastSampleTime() const;

    Result<QList<SetpointChange>> setpoints() const;
    Result<QList<RunEvent>> events() const;
    Result<QList<AlarmRecord>> alarms() const;

    /// PRAGMA integrity_check: reads the whole file. "ok" when it is sound.
    Result<QString> integrityCheck() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace PumpStudio::Records
