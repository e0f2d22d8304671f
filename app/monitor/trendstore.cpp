// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "monitor/trendstore.h"

#include <algorithm>
#include <limits>

namespace PumpStudio::Monitor {

TrendStore::TrendStore(QObject *parent) : QObject(parent) {}

TrendStore::~TrendStore() = default;

void TrendStore::setStart(const QDateTime &startUtc, int utcOffsetSeconds)
{
    m_startUtc = startUtc;
    m_utcOffsetSeconds = utcOffsetSeconds;
}

void TrendStore::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    Q_EMIT liveChanged(live);
}

TrendStore::Channel &TrendStore::addChannel(int id, const QString &name, const QString &unit, Records::Quantity quantity,
                                            const QString &source)
{
    if (Channel *existing = channel(id))
        return *existing;
    auto c = std::make_unique<Channel>();
    c->id = id;
    c->name = name;
    c->unit = unit;
    c->quantity = quantity;
    c->source = source;
    m_channels.push_back(std::move(c));
    Q_EMIT channelsChanged();
    return *m_channels.back();
}

TrendStore::Channel &TrendStore::addChannel(int id, const QString &name, const QString &unit, Records::Quantity quantity,
                                            MinMaxPyramid pyramid, const QString &source)
{
    Channel &c = addChannel(id, name, unit, quantity, source);
    c.pyramid = std::move(pyramid);
    if (!c.pyramid.isEmpty())
        m_lastTimeUs = std::max(m_lastTimeUs, c.pyramid.lastTime());
    return c;
}

const TrendStore::Channel *TrendStore::channel(int id) const
{
    for (const auto &c : m_channels) {
        if (c->id == id)
            return c.get();
    }
    return nullptr;
}

TrendStore::Channel *TrendStore::channel(int id)
{
    return const_cast<Channel *>(std::as_const(*this).channel(id));
}

QList<int> TrendStore::channelIds() const
{
    QList<int> ids;
    for (const auto &c : m_channels)
        ids.append(c->id);
    return ids;
}

void TrendStore::clear()
{
    m_channels.clear();
    m_outstanding.clear();  // what the reader still sends back belongs to the old channels
    m_lastTimeUs = 0;
    m_nowUs = 0;
    Q_EMIT channelsChanged();
}

void TrendStore::append(int channel, Sample sample)
{
    Channel *c = this->channel(channel);
    if (!c)
        return;
    c->pyramid.append(sample);
    m_lastTimeUs = std::max(m_lastTimeUs, sample.tUs);
}

qint64 TrendStore::firstTimeUs() const
{
    qint64 first = std::numeric_limits<qint64>::max();
    for (const auto &c : m_channels) {
        if (!c->pyramid.isEmpty())
            first = std::min(first, c->pyramid.firstTime());
    }
    return first == std::numeric_limits<qint64>::max() ? 0 : first;
}

QList<ColumnSummary> TrendStore::columns(int channelId, qint64 t0Us, qint64 t1Us, int columnCount, PyramidQueryStats *stats)
{
    const Channel *c = channel(channelId);
    if (!c)
        return {};
    if (!m_requester)
        return c->pyramid.columns(t0Us, t1Us, columnCount, stats);
    QList<qint64> missing;
    QList<ColumnSummary> result = c->pyramid.columns(t0Us, t1Us, columnCount, stats, &missing);
    for (qint64 chunk : std::as_const(missing)) {
        if (m_outstanding.size() >= kMaxOutstandingRequests)
            break;
        const auto key = std::make_pair(channelId, chunk);
        if (m_outstanding.contains(key))
            continue;
        m_outstanding.insert(key);
        m_requester(channelId, chunk);
    }
    return result;
}

void TrendStore::setRawChunkRequester(RawChunkRequester requester)
{
    m_requester = std::move(requester);
    m_outstanding.clear();
}

void TrendStore::deliverRawChunk(int channelId, qint64 chunkIndex, QList<Sample> samples)
{
    if (!m_outstanding.remove(std::make_pair(channelId, chunkIndex)))
        return;
    Channel *c = channel(channelId);
    if (!c || !c->pyramid.addRawChunk(chunkIndex, std::move(samples)))
        return;
    const auto [t0, t1] = c->pyramid.chunkTimeRange(chunkIndex);
    Q_EMIT rawChunkDelivered(channelId, t0, t1);
}

qint64 TrendStore::memoryBytes() const
{
    qint64 bytes = 0;
    for (const auto &c : m_channels)
        bytes += c->pyramid.memoryBytes() + qint64(sizeof(Channel));
    return bytes;
}

} // namespace PumpStudio::Monitor
