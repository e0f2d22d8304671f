// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "records/recordseal.h"
#include "records/recordtypes.h"
#include "records/runrecordwriter.h"
#include "records/sample.h"

#include <QObject>

#include <memory>

class QTimer;

namespace PumpStudio::Records {


/// One sample of one channel, as it travels to the recorder in a batch.
struct ChannelSample
{
    int channel = 0;
    Sample sample;
};

/// Writes run records on a thread of its own (the GUI never waits on SQLite): calls come in
/// queued, in order, and outcomes go out as signals. It flushes every half second, so a crash
/// loses at most about a second; a failing flush keeps the buffers and is said once until it
/// works again. It also reads raw chunks of the record being written back for the live chart,
/// on the same thread, so reads and writes never race.
class RunRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunRecorder)

public:
    explicit RunRecorder(QObject *parent = nullptr);
    ~RunRecorder() override;

public Q_SLOTS:
    /// Creates the record at `path` (ends any run still open first).
    void begin(const QString &path, const PumpStudio::Records::RunInfo &info);
    void addChannel(const PumpStudio::Records::ChannelInfo &channel);
    void setOperatorName(const QString &name);
    void appendSamples(const QList<PumpStudio::Records::ChannelSample> &samples);
    void recordSetpoint(const PumpStudio::Records::SetpointChange &change);
    void recordEvent(const PumpStudio::Records::RunEvent &event);
    void recordAlarm(const PumpStudio::Records::AlarmRecord &alarm);
    /// Flushes, stores the end and closes the record; finished() follows.
    void finish(PumpStudio::Records::EndReason reason);
    /// At start: every record in `folder` whose writer died is marked interrupted (recovered()),
    /// and it and every finished record not among `sealedNames` is sealed (sealed()).
    void sweep(const QString &folder, const QStringList &sealedNames);

Q_SIGNALS:
    void began(const QString &path);
    /// The record could not be created; nothing of this run is written.
    void beginFailed(const QString &path, const PumpStudio::Error &error);
    /// Writing failed (said once until a flush works again); the buffers are kept.
    void writeFailed(const PumpStudio::Error &error);
    /// The finished record's content hash, for the audit trail; comes before finished().
    void sealed(const PumpStudio::Records::RecordSeal &seal);
    void finished(const QString &path, const PumpStudio::Result<void> &result);
    /// A record of a run ended by a crash was marked interrupted.
    void recovered(const QString &path, const QString &what);

private:
    void flush();

    std::unique_ptr<RunRecordWriter> m_writer;
    QTimer *m_flush = nullptr;
    bool m_failureSaid = false;
};

} // namespace PumpStudio::Records

Q_DECLARE_METATYPE(PumpStudio::Records::ChannelSample)
