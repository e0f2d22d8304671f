// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QObject>
#include <QPointer>

class QThread;

namespace PumpStudio::Monitor {

class TrendStore;

/// Reads a run's raw chunks back from its record on a thread of its own, for the TrendStore that
/// shows the run: the store asks (its raw chunk requester), this answers with deliverRawChunk, and
/// the GUI never waits on SQLite. One per record; destroying it stops the thread (waiting for at
/// most the one chunk being read) and the store asks no more. The Records page uses one per
/// replay; a live session can use one on the record being written (chunks older than the ones
/// the pyramids keep in memory have long been flushed).
class RecordChunkReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordChunkReader)

public:
    RecordChunkReader(const QString &path, TrendStore *store, QObject *parent = nullptr);
    ~RecordChunkReader() override;

Q_SIGNALS:
    /// The record could not be opened or read; the chart stays right to a summary bucket there.
    void readFailed(const QString &message);

private:
    class Worker;

    QPointer<TrendStore> m_store;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;  ///< lives on m_thread, deleted there when it finishes
};

} // namespace PumpStudio::Monitor
