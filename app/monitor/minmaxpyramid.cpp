// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "monitor/minmaxpyramid.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace PumpStudio::Monitor {

namespace {
constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr qint64 kBucket = MinMaxPyramid::kBucketSize;
constexpr qint64 kFan = MinMaxPyramid::kFanout;
constexpr qint64 kChunk = kSamplesPerChunk;
static_assert(kChunk % kBucket == 0, "a bucket must never straddle two chunks");

// Samples a node at level index `level` (0 = level 1) summarises when complete.
qint64 nodeSpan(int level)
{
    qint64 span = kBucket;
    for (int i = 0; i < level; ++i)
        span *= kFan;
    return span;
}

int blockBits(int level)
{
    return std::max(6, 12 - 4 * level);
}
} // namespace

// Running summary of consecutive samples; `append` adds a later range.
struct MinMaxPyramid::Accumulator
{
    qint64 count = 0;
    float min = kInf;
    float max = -kInf;
    float first = 0;
    float last = 0;
    qint64 tFirst = 0;
    qint64 tLast = 0;

    void add(const Sample &s)
    {
        if (count == 0) {
            first = s.value;
            tFirst = s.tUs;
        }
        last = s.value;
        tLast = s.tUs;
        // Comparisons with NaN are false: a NaN never becomes min or max.
        if (s.value < min)
            min = s.value;
        if (s.value > max)
            max = s.value;
        ++count;
    }

    void append(const Accumulator &later)
    {
        if (later.count == 0)
            return;
        if (count == 0) {
            *this = later;
            return;
        }
        count += later.count;
        min = std::min(min, later.min);
        max = std::max(max, later.max);
        last = later.last;
        tLast = later.tLast;
    }

    static Accumulator fromNode(const Node &node, qint64 samples)
    {
        return {samples, node.min, node.max, node.first, node.last, node.tFirst, node.tLast};
    }

    ColumnSummary toColumn() const
    {
        if (count == 0)
            return {};
        return {count, min, max, first, last, tFirst, tLast};
    }
};

// Raw samples for one query: chunks in memory directly, older ones through the synchronous
// provider or the cache of added chunks. A query walks boundaries in time order, so a chunk once
// left behind is never needed again and remembering the last two chunks looked at (the previous
// and the current boundary) fetches or reports each chunk once.
class MinMaxPyramid::RawReader
{
public:
    RawReader(const MinMaxPyramid &pyramid, PyramidQueryStats &stats, QList<qint64> *missing)
        : m_pyramid(pyramid), m_stats(stats), m_missing(missing)
    {
    }

    // The samples of a complete or the newest chunk, or nullptr when it cannot be had now.
    const Sample *chunk(qint64 index)
    {
        if (index >= m_pyramid.m_rawBase)
            return m_pyramid.m_raw[size_t(index - m_pyramid.m_rawBase)].data();
        for (const Entry &entry : m_recent) {
            if (entry.index == index)
                return entry.samples;
        }
        Entry &entry = m_recent[m_next];
        m_next = (m_next + 1) % int(m_recent.size());
        entry.index = index;
        entry.samples = nullptr;
        if (m_pyramid.m_provider) {
            ++m_stats.chunksFetched;
            // Chunks below m_rawBase are complete; a short or long answer is not this chunk.
            QList<Sample> samples = m_pyramid.m_provider(index);
            if (samples.size() == kChunk) {
                entry.fetched = std::move(samples);
                entry.samples = entry.fetched.constData();
            }
            return entry.samples;
        }
        // Chunks the query uses from the cache or wants in it stay within the cache's size, so
        // adding what it reports cannot evict what it used: no ping-pong between frames.
        if (m_cacheChunksUsed >= m_pyramid.m_cacheCapacity)
            return nullptr;
        ++m_cacheChunksUsed;
        const auto found = m_pyramid.m_cache.find(index);
        if (found != m_pyramid.m_cache.end()) {
            found->lastUse = ++m_pyramid.m_useClock;
            entry.samples = found->samples.constData();
            return entry.samples;
        }
        ++m_stats.chunksMissing;
        if (m_missing)
            m_missing->append(index);
        return nullptr;
    }

private:
    struct Entry
    {
        qint64 index = -1;
        const Sample *samples = nullptr;
        QList<Sample> fetched;  // what the provider gave, alive for the query
    };
    const MinMaxPyramid &m_pyramid;
    PyramidQueryStats &m_stats;
    QList<qint64> *m_missing = nullptr;
    std::array<Entry, 2> m_recent;
    int m_next = 0;
    int m_cacheChunksUsed = 0;
};

void MinMaxPyramid::NodeStore::push(const Node &node)
{
    if ((m_size & m_mask) == 0)
        m_blocks.push_back(std::make_unique_for_overwrite<Node[]>(size_t(m_mask + 1)));
    (*this)[m_size++] = node;
}

qint64 MinMaxPyramid::NodeStore::memoryBytes() const
{
    return qint64(m_blocks.size()) * (m_mask + 1) * qint64(sizeof(Node))
        + qint64(m_blocks.capacity() * sizeof(std::unique_ptr<Node[]>));
}

MinMaxPyramid::MinMaxPyramid() { m_levels.emplace_back(blockBits(0)); }
MinMaxPyramid::~MinMaxPyramid() = default;
MinMaxPyramid::MinMaxPyramid(MinMaxPyramid &&) noexcept = default;
MinMaxPyramid &MinMaxPyramid::operator=(MinMaxPyramid &&) noexcept = default;

void MinMaxPyramid::append(Sample sample)
{
    if (m_size > 0)
        sample.tUs = std::max(sample.tUs, m_raw.back().back().tUs);

    if (m_size % kChunk == 0) {
        m_raw.emplace_back().reserve(size_t(kChunk));
        dropOldChunks();
    }
    m_raw.back().push_back(sample);

    NodeStore &buckets = m_levels.front();
    const float v = sample.value;
    if (m_size % kBucket == 0) {
        const bool nan = std::isnan(v);
        buckets.push(Node{sample.tUs, sample.tUs, nan ? kInf : v, nan ? -kInf : v, v, v});
    } else {
        Node &node = buckets[buckets.size() - 1];
        node.tLast = sample.tUs;
        node.last = v;
        if (v < node.min)
            node.min = v;
        if (v > node.max)
            node.max = v;
    }
    ++m_size;
    if (m_size % kBucket == 0)
        completeNode(0, m_size / kBucket - 1);
}

void MinMaxPyramid::append(std::span<const Sample> samples)
{
    for (const Sample &sample : samples)
        append(sample);
}

// Folds a node that just became complete into its parent. Levels above 1 therefore only ever
// hold complete children, which is all a query uses of them.
void MinMaxPyramid::completeNode(int level, qint64 index)
{
    if (size_t(level + 1) == m_levels.size())
        m_levels.emplace_back(blockBits(level + 1));
    const Node child = m_levels[size_t(level)][index];
    NodeStore &parents = m_levels[size_t(level) + 1];
    if (index % kFan == 0) {
        parents.push(child);
    } else {
        Node &parent = parents[parents.size() - 1];
        parent.tLast = child.tLast;
        parent.last = child.last;
        parent.min = std::min(parent.min, child.min);
        parent.max = std::max(parent.max, child.max);
    }
    if (index % kFan == kFan - 1)
        completeNode(level + 1, index / kFan);
}

qint64 MinMaxPyramid::firstTime() const
{
    return m_size == 0 ? 0 : m_levels.front()[0].tFirst;
}

qint64 MinMaxPyramid::lastTime() const
{
    return m_size == 0 ? 0 : m_raw.back().back().tUs;
}

void MinMaxPyramid::setRawChunksKept(int chunks)
{
    m_rawChunksKept = std::max(1, chunks);
    dropOldChunks();
}

void MinMaxPyramid::setRawChunkProvider(RawChunkProvider provider)
{
    m_provider = std::move(provider);
}

std::pair<qint64, qint64> MinMaxPyramid::chunkTimeRange(qint64 chunkIndex) const
{
    const NodeStore &buckets = m_levels.front();
    const qint64 first = chunkIndex * (kChunk / kBucket);
    if (chunkIndex < 0 || first >= buckets.size())
        return {0, -1};
    const qint64 last = std::min(first + kChunk / kBucket, buckets.size()) - 1;
    return {buckets[first].tFirst, buckets[last].tLast};
}

bool MinMaxPyramid::addRawChunk(qint64 chunkIndex, QList<Sample> samples)
{
    if (chunkIndex < 0 || chunkIndex >= m_rawBase || samples.size() != kChunk)
        return false;
    const auto [tFirst, tLast] = chunkTimeRange(chunkIndex);
    // Samples older than their predecessor were stored clamped: compare the ends, which the
    // record and the summary agree on for any chunk of this channel, and differ on for another.
    if (samples.front().tUs != tFirst || std::max(samples.back().tUs, samples.front().tUs) != tLast)
        return false;
    CachedChunk &entry = m_cache[chunkIndex];
    entry.samples = std::move(samples);
    entry.lastUse = ++m_useClock;
    trimCache();
    return true;
}

bool MinMaxPyramid::hasRawChunk(qint64 chunkIndex) const
{
    return chunkIndex >= m_rawBase ? chunkIndex * kChunk < m_size : m_cache.contains(chunkIndex);
}

void MinMaxPyramid::setRawChunkCacheSize(int chunks)
{
    m_cacheCapacity = std::max(1, chunks);
    trimCache();
}

void MinMaxPyramid::trimCache()
{
    // Linear in the cache's size (a few hundred), once per chunk added beyond it.
    while (m_cache.size() > m_cacheCapacity) {
        qint64 oldest = -1;
        quint64 oldestUse = std::numeric_limits<quint64>::max();
        for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
            if (it->lastUse < oldestUse) {
                oldestUse = it->lastUse;
                oldest = it.key();
            }
        }
        m_cache.remove(oldest);
    }
}

qint64 MinMaxPyramid::settledUntil(qint64 columnUs) const
{
    if (m_size == 0)
        return 0;
    // Every later sample is at or after lastTime(). What can still change is how an edge cuts a
    // node that is not complete yet, on any level: once complete it may be short enough to align
    // to. One that already lasts too long never will be.
    qint64 settled = lastTime();
    const NodeStore &buckets = m_levels.front();
    for (int level = 0; level <= levelCount(); ++level) {
        const qint64 span = nodeSpan(level);
        const qint64 start = (m_size - 1) / span * span;
        if (start + span <= m_size)
            continue;  // complete
        const qint64 tFirst = buckets[start / kBucket].tFirst;
        if ((lastTime() - tFirst) * MinMaxPyramid::kAlignRatio <= columnUs)
            settled = std::min(settled, tFirst);
    }
    return settled;
}

void MinMaxPyramid::dropOldChunks()
{
    while (m_raw.size() > size_t(m_rawChunksKept)) {
        m_raw.pop_front();
        ++m_rawBase;
    }
}

qint64 MinMaxPyramid::memoryBytes() const
{
    qint64 bytes = sizeof(*this);
    bytes += qint64(m_levels.capacity() * sizeof(NodeStore));
    for (const NodeStore &level : m_levels)
        bytes += level.memoryBytes();
    for (const std::vector<Sample> &chunk : m_raw)
        bytes += qint64(chunk.capacity() * sizeof(Sample));
    for (const CachedChunk &chunk : m_cache)
        bytes += qint64(chunk.samples.capacity()) * qint64(sizeof(Sample)) + 64;
    // std::deque keeps its elements in 512-byte blocks plus a map of block pointers.
    bytes += qint64((m_raw.size() + 512 / sizeof(std::vector<Sample>)) * sizeof(std::vector<Sample>)) + 64;
    return bytes;
}

qint64 MinMaxPyramid::columnStart(qint64 t0Us, qint64 t1Us, int columnCount, int column)
{
    if (columnCount <= 0)
        return t0Us;
    const qint64 span = t1Us - t0Us;
    // Split so that (span % count) * column stays far from overflow for any int column count.
    return t0Us + (span / columnCount) * column + (span % columnCount) * column / columnCount;
}

// Index of the first sample at or after fromIndex with tUs >= t (size() if none), with the edge
// aligned when a node it cuts is short against columnUs (see the header). Walks down from the top
// level: at each level the node holding t, found by stepping a per-level cursor forward (edges
// come in time order, so each level's cursor crosses each node of the range once), then either
// t is at that node's start (the edge is exact, whatever lies below), or the node is complete
// and short enough to align to, or the walk goes on among its 16 children. Only a cut bucket
// that cannot be aligned reads raw samples.
qint64 MinMaxPyramid::lowerBound(qint64 t, qint64 fromIndex, qint64 columnUs, Cursor &cursor, RawReader &raw,
                                 PyramidQueryStats &stats) const
{
    qint64 first = 0;  // the first node worth looking at on this level: the children of the one above
    int level = levelCount() - 1;
    // Narrow columns: the previous edge walked down through nodes that this one is in too, and
    // the same node with the same column width is walked through again. Start below the lowest.
    for (int up = 1; up < levelCount(); ++up) {
        const qint64 at = cursor.node[size_t(up)];
        if (cursor.descended[size_t(up)] && at < m_levels[size_t(up)].size() && m_levels[size_t(up)][at].tLast >= t
            && fromIndex / nodeSpan(up) <= at) {
            level = up - 1;
            first = at * kFan;
            break;
        }
    }
    for (; level >= 0; --level) {
        const NodeStore &nodes = m_levels[size_t(level)];
        const qint64 span = nodeSpan(level);
        qint64 &at = cursor.node[size_t(level)];
        cursor.descended[size_t(level)] = false;
        at = std::max({at, first, fromIndex / span});
        while (at < nodes.size() && nodes[at].tLast < t) {
            ++at;
            ++stats.nodesVisited;
        }
        if (at >= nodes.size()) {
            if (level == 0)
                return m_size;
            // t is past the complete children of this level's last node: look among them.
            first = std::max<qint64>(0, nodes.size() - 1) * kFan;
            continue;
        }
        ++stats.nodesVisited;
        const Node &node = nodes[at];
        const qint64 start = at * span;
        if (node.tFirst >= t)
            return std::max(start, fromIndex);
        const qint64 end = std::min(start + span, m_size);
        if (start + span <= m_size && (node.tLast - node.tFirst) * MinMaxPyramid::kAlignRatio <= columnUs) {
            ++stats.boundariesAligned;
            return std::max(t - node.tFirst < node.tLast - t ? start : end, fromIndex);
        }
        if (level > 0) {
            cursor.descended[size_t(level)] = true;
            first = at * kFan;
            continue;
        }
        const Sample *chunk = raw.chunk(start / kChunk);
        if (!chunk) {
            // Right to a bucket until the chunk is added: its nearer edge, as for wide columns.
            ++stats.boundariesSnapped;
            return std::max(t - node.tFirst < node.tLast - t ? start : end, fromIndex);
        }
        const Sample *begin = chunk + start % kChunk;
        const Sample *stop = begin + (end - start);
        // At most 64 samples, and the first is known to be earlier: a linear walk is as fast as
        // a binary search and counts what it reads.
        const Sample *found = begin + 1;
        while (found < stop && found->tUs < t)
            ++found;
        stats.rawSamplesScanned += std::min<qint64>(found - begin + 1, stop - begin);
        return std::max(start + (found - begin), fromIndex);
    }
    return m_size;
}

// Summary of samples [from, to): raw samples up to the first bucket edge and from the last one,
// then at each level the nodes up to the next fan-out edge on either side, so at most
// 2 x (fanout - 1) nodes per level plus the few top-level nodes.
void MinMaxPyramid::summarise(qint64 from, qint64 to, RawReader &raw, Accumulator &out, PyramidQueryStats &stats) const
{
    auto scanRaw = [&](qint64 a, qint64 b, Accumulator &acc) {
        while (a < b) {
            const qint64 chunkIndex = a / kChunk;
            const qint64 chunkEnd = std::min(b, (chunkIndex + 1) * kChunk);
            // Every cut bucket's chunk was read (and cached) when its boundary was found; a
            // snapped boundary is bucket-aligned and needs none.
            if (const Sample *chunk = raw.chunk(chunkIndex)) {
                for (qint64 i = a; i < chunkEnd; ++i)
                    acc.add(chunk[i - chunkIndex * kChunk]);
                stats.rawSamplesScanned += chunkEnd - a;
            }
            a = chunkEnd;
        }
    };

    Accumulator left;
    Accumulator right;
    Accumulator rawRight;
    qint64 lo = (from + kBucket - 1) / kBucket;
    qint64 hi = to / kBucket;
    if (lo >= hi) {
        scanRaw(from, to, left);
        out.append(left);
        return;
    }
    scanRaw(from, lo * kBucket, left);
    scanRaw(hi * kBucket, to, rawRight);

    const int levels = levelCount();
    for (int level = 0; lo < hi; ++level) {
        const NodeStore &nodes = m_levels[size_t(level)];
        const qint64 span = nodeSpan(level);
        if (level + 1 == levels) {
            for (qint64 i = lo; i < hi; ++i)
                left.append(Accumulator::fromNode(nodes[i], span));
            stats.nodesVisited += hi - lo;
            break;
        }
        for (; lo < hi && lo % kFan != 0; ++lo, ++stats.nodesVisited)
            left.append(Accumulator::fromNode(nodes[lo], span));
        for (; hi > lo && hi % kFan != 0; ++stats.nodesVisited) {
            Accumulator earlier = Accumulator::fromNode(nodes[--hi], span);
            earlier.append(right);
            right = earlier;
        }
        lo /= kFan;
        hi /= kFan;
    }
    out.append(left);
    out.append(right);
    out.append(rawRight);
}

QList<ColumnSummary> MinMaxPyramid::columns(qint64 t0Us, qint64 t1Us, int columnCount, PyramidQueryStats *stats,
                                            QList<qint64> *missingChunks) const
{
    if (columnCount <= 0 || t1Us <= t0Us)
        return {};
    QList<ColumnSummary> result(columnCount);
    if (m_size == 0 || t1Us <= firstTime() || t0Us > lastTime())
        return result;
    PyramidQueryStats localStats;
    PyramidQueryStats &st = stats ? *stats : localStats;
    RawReader raw(*this, st, missingChunks);
    Cursor cursor;
    cursor.node.assign(m_levels.size(), 0);
    cursor.descended.assign(m_levels.size(), false);
    // The narrowest column decides for all: columns differ by at most 1 us.
    const qint64 columnUs = (t1Us - t0Us) / columnCount;
    qint64 begin = lowerBound(t0Us, 0, columnUs, cursor, raw, st);
    for (int column = 0; column < columnCount && begin < m_size; ++column) {
        const qint64 end = lowerBound(columnStart(t0Us, t1Us, columnCount, column + 1), begin, columnUs, cursor, raw, st);
        if (end > begin) {
            Accumulator acc;
            summarise(begin, end, raw, acc, st);
            result[column] = acc.toColumn();
        }
        begin = end;
    }
    return result;
}

QList<QPointF> MinMaxPyramid::m4Points(qint64 t0Us, qint64 t1Us, int columnCount) const
{
    const QList<ColumnSummary> summary = columns(t0Us, t1Us, columnCount);
    QList<QPointF> points;
    points.reserve(summary.size() * 4);
    constexpr double kUsPerSecond = 1e6;
    for (const ColumnSummary &c : summary) {
        if (c.count == 0)
            continue;
        points.append(QPointF(double(c.tFirst) / kUsPerSecond, double(c.first)));
        if (c.count == 1)
            continue;
        // Halve each time before adding so two large times cannot overflow.
        const double mid = double(c.tFirst / 2 + c.tLast / 2) / kUsPerSecond;
        const bool rising = c.first <= c.last;
        points.append(QPointF(mid, double(rising ? c.min : c.max)));
        points.append(QPointF(mid, double(rising ? c.max : c.min)));
        points.append(QPointF(double(c.tLast) / kUsPerSecond, double(c.last)));
    }
    return points;
}

} // namespace PumpStudio::Monitor
