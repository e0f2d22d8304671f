// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "monitor/minmaxpyramid.h"
#include "records/recordtypes.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace PumpStudio::Monitor {

/// The channels a chart can draw: one min/max pyramid per channel plus what to call it. A live
/// session appends to it; a replayed record fills it once. Charts read it from the GUI thread at
/// their repaint clock, so the cost of a frame depends on the pixels, never on the history.
///
/// Raw samples the pyramids dropped are read back from the run record without anyone waiting
/// (the GUI never waits on SQLite). The contract with whoever reads the record:
/// - columns() answers at once. Where a narrow column needs a chunk that is neither in memory
///   nor in the pyramid's cache, that part is right to a summary bucket, and the store calls the
///   requester for (channel, chunk): from inside columns(), on the store's thread, once per
///   outstanding chunk, with at most kMaxOutstandingRequests outstanding (the rest are asked by
///   a later query). The requester must return at once: it posts the read to a reader thread.
/// - The reader answers on the store's thread (a queued call) with deliverRawChunk(channel,
///   chunk, samples): the chunk's kSamplesPerChunk samples, or an empty list when it could not
///   read them (the chunk may then be asked again by a later query).
/// - A delivery nobody asked for (after clear(), say) or whose samples do not match the summary
///   is dropped. An accepted one is kept in the channel's LRU (MinMaxPyramid::addRawChunk) and
///   announced by rawChunkDelivered(): a view showing that time redraws, exact to the sample.
/// Without a requester nothing is asked and such parts stay right to a bucket. A pyramid with a
/// synchronous provider (tests, benchmarks) reads through it during the query and never asks.
class TrendStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendStore)

public:
    struct Channel
    {
        int id = 0;
        QString name;   ///< "Buffer A flow"
        QString unit;   ///< "mL/min", "bar"
        Records::Quantity quantity = Records::Quantity::Flow;
        QString source; ///< the device (pump config id) it comes from; empty where not known
        MinMaxPyramid pyramid;
    };

    using RawChunkRequester = std::function<void(int channelId, qint64 chunkIndex)>;
    static constexpr int kMaxOutstandingRequests = 512;

    explicit TrendStore(QObject *parent = nullptr);
    ~TrendStore() override;

    /// Time zero of the samples, in UTC, and the local offset of the run (for clock-time axes).
    QDateTime startUtc() const { return m_startUtc; }
    int utcOffsetSeconds() const { return m_utcOffsetSeconds; }
    void setStart(const QDateTime &startUtc, int utcOffsetSeconds);

    /// Live stores grow and the chart can follow them; replays are fixed.
    bool isLive() const { return m_live; }
    void setLive(bool live);

    /// Adds a channel; ids are the run record's channel ids. `source`: the device it comes from
    /// (set before channelsChanged(), so a chart sees it when it hears of the channel).
    Channel &addChannel(int id, const QString &name, const QString &unit, Records::Quantity quantity, const QString &source = {});
    /// Adds a channel whose summary was built elsewhere (a replay loaded on a worker thread).
    Channel &addChannel(int id, const QString &name, const QString &unit, Records::Quantity quantity, MinMaxPyramid pyramid,
                        const QString &source = {});
    const Channel *channel(int id) const;
    Channel *channel(int id);
    QList<int> channelIds() const;
    void clear();

    void append(int channel, Sample sample);
    /// Latest sample time over all channels (0 when empty).
    qint64 lastTimeUs() const { return m_lastTimeUs; }
    qint64 firstTimeUs() const;
    /// Where "now" is for a live store whose samples may lag (set by the session's clock).
    qint64 nowUs() const { return std::max(m_nowUs, m_lastTimeUs); }
    void setNowUs(qint64 nowUs) { m_nowUs = nowUs; }

    qint64 memoryBytes() const;

    /// A channel's pyramid.columns(), asking for the raw chunks it missed (see the class comment).
    /// Empty for an unknown channel.
    QList<ColumnSummary> columns(int channelId, qint64 t0Us, qint64 t1Us, int columnCount, PyramidQueryStats *stats = nullptr);
    void setRawChunkRequester(RawChunkRequester requester);
    /// A chunk read back for a request; see the class comment.
    void deliverRawChunk(int channelId, qint64 chunkIndex, QList<Sample> samples);
    int outstandingRequests() const { return int(m_outstanding.size()); }

Q_SIGNALS:
    void channelsChanged();
    void liveChanged(bool live);
    /// Raw samples of [t0Us, t1Us] of a channel became available: what shows them can be exact now.
    void rawChunkDelivered(int channelId, qint64 t0Us, qint64 t1Us);

private:
    std::vector<std::unique_ptr<Channel>> m_channels;
    QDateTime m_startUtc;
    int m_utcOffsetSeconds = 0;
    qint64 m_lastTimeUs = 0;
    qint64 m_nowUs = 0;
    bool m_live = false;
    RawChunkRequester m_requester;
    QSet<std::pair<int, qint64>> m_outstanding;
};

} // namespace PumpStudio::Monitor
