// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "monitor/recordchunkreader.h"

#include "monitor/trendstore.h"
#include "records/runrecordreader.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Monitor {

/// Owns the RunRecordReader (a Qt SQL connection belongs to the thread that opened it).
class RecordChunkReader::Worker final : public QObject
{
    Q_OBJECT

public:
    void open(const QString &path)
    {
        if (auto opened = m_reader.open(path); !opened)
            Q_EMIT failed(opened.error().message);
    }

    void read(int channel, qint64 index)
    {
        if (!m_reader.isOpen()) {
            Q_EMIT chunkRead(channel, index, {});
            return;
        }
        auto samples = m_reader.chunk(channel, index);
        if (!samples) {
            if (!m_failedSaid) {
                m_failedSaid = true;
                Q_EMIT failed(samples.error().message);
            }
            Q_EMIT chunkRead(channel, index, {});
            return;
        }
        Q_EMIT chunkRead(channel, index, *samples);
    }

Q_SIGNALS:
    void chunkRead(int channel, qint64 index, const QList<PumpStudio::Records::Sample> &samples);
    void failed(const QString &message);

private:
    Records::RunRecordReader m_reader;
    bool m_failedSaid = false;
};

RecordChunkReader::RecordChunkReader(const QString &path, TrendStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_thread(new QThread(this)), m_worker(new Worker)
{
    m_thread->setObjectName(u"record reader"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::chunkRead, this, [this](int channel, qint64 index, const QList<Records::Sample> &samples) {
        if (m_store)
            m_store->deliverRawChunk(channel, index, samples);
    });
    connect(m_worker, &Worker::failed, this, &RecordChunkReader::readFailed);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->open(path); }, Qt::QueuedConnection);
    // Runs inside the store's query, on the GUI thread: it only posts the read.
    m_store->setRawChunkRequester([worker = m_worker](int channel, qint64 index) {
        QMetaObject::invokeMethod(worker, [worker, channel, index] { worker->read(channel, index); }, Qt::QueuedConnection);
    });
}

RecordChunkReader::~RecordChunkReader()
{
    if (m_store)
        m_store->setRawChunkRequester({});
    m_thread->quit();
    m_thread->wait();  // at most the chunk being read; the worker posts back, it never waits for us
}

} // namespace PumpStudio::Monitor

#include "recordchunkreader.moc"
