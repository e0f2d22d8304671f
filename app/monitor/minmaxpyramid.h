// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "records/sample.h"

#include <QHash>
#include <QList>
#include <QPointF>

#include <deque>
#include <functional>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace PumpStudio::Monitor {

// Samples and their chunks are the record's: the summary drops raw chunks and reads them back by index.
using Records::Sample;
using Records::kSamplesPerChunk;

/// What one time column of a chart holds: exactly the samples with column start <= tUs < column end.
/// count 0 is an empty column (a gap); its other fields are then 0.
struct ColumnSummary
{
    qint64 count = 0;
    float min = 0;
    float max = 0;
    float first = 0;
    float last = 0;
    qint64 tFirst = 0;
    qint64 tLast = 0;

    friend bool operator==(const ColumnSummary &, const ColumnSummary &) = default;
};

/// What a query cost; tests and the benchmark read it, the chart passes nullptr.
struct PyramidQueryStats
{
    qint64 nodesVisited = 0;      ///< summary nodes read (search and aggregation)
    qint64 rawSamplesScanned = 0; ///< raw samples read at column boundaries
    qint64 chunksFetched = 0;     ///< calls to the synchronous raw chunk provider
    qint64 boundariesAligned = 0; ///< boundaries put on a short node's nearer edge: the column is wide
    qint64 boundariesSnapped = 0; ///< boundaries put on a bucket's nearer edge: its chunk was unavailable
    qint64 chunksMissing = 0;     ///< distinct chunks the query would have read but could not have
};

/// Multi-level min/max summary of one channel, answering "min/max/first/last per column" at any
/// zoom in O(columns x levels x fanout), independent of the history length.
///
/// Level 1 node i summarises samples [64 i, 64 i + 64) (a "bucket"); a level L+1 node summarises 16
/// level-L nodes (level 2 = one kSamplesPerChunk chunk). A node is 32 bytes (two qint64 times, four
/// floats) and nodes live in blocks (4096 nodes on level 1), never one allocation per node. Cost of
/// the nodes: n / 64 x 32 B x 16/15 = 0.53 B per sample, so 24 h at 100 Hz (8.64 M samples) take
/// about 4.6 MB per channel once raw chunks are dropped (raw samples in memory cost 16 B each:
/// 138 MB), and 8 such channels stay well inside the 100 MB a week-long run may grow by. (Buckets
/// of 16 and a fan-out of 8 were measured first: 19.8 MB per channel, 159 MB for 8, too much.)
///
/// Column edges. An edge at time t that cuts summary nodes (some of a node's samples are before
/// t, some at or after) is placed as follows:
/// - Wide columns: if a complete node it cuts lasts at most 1/kAlignRatio of a column, the edge
///   moves to the nearer edge, in time, of the highest-level such node, without reading a raw
///   sample. A sample then lands at most half that node's duration from where an exact split
///   would put it: at most a quarter of a column, less than a pixel on a chart with a pixel per
///   column. At 24 h on 1600 px a column spans 54 s, a bucket 0.64 s and a level-2 node (a
///   chunk) 10 s: edges go to chunk edges, and a query reads about 5 nodes a column.
/// - Narrow columns (not even the cut bucket is that short): the edge is exact to the sample,
///   read from the bucket's raw chunk. The setRawChunksKept() newest chunks are in memory; older
///   ones come from the synchronous provider when one is set (tests, benchmarks), else from the
///   cache of chunks given to addRawChunk() (an LRU of setRawChunkCacheSize() chunks). A chunk in
///   neither is reported in columns()' missingChunks, and the edge goes to the cut bucket's
///   nearer edge meanwhile (the stats count it): the picture is right to a bucket until the chunk
///   is added and the query asked again.
/// Which edges are aligned depends on the data and the column width only, never on which chunks
/// happen to be in memory, so a column once settled (settledUntil()) keeps its value.
///
/// Timestamps must be non-decreasing (equal times are fine). NaN values are stored and counted
/// but never become a min or max; a column holding only NaNs has min = +inf and max = -inf.
/// Not thread-safe, queries included (they update the chunk cache's recency): use one pyramid on
/// one thread at a time.
class MinMaxPyramid final
{
public:
    static constexpr int kBucketSize = 64;
    static constexpr int kFanout = 16;
    /// A cut bucket lasting at most 1/kAlignRatio of a column has its edge aligned, not read.
    static constexpr int kAlignRatio = 2;
    /// Chunks the cache of added raw chunks holds by default: a 1600 px chart zoomed until
    /// columns are narrower than kAlignRatio buckets needs at most about 1600 x 2 / 16 = 200.
    static constexpr int kDefaultRawChunkCacheSize = 256;
    using RawChunkProvider = std::function<QList<Sample>(qint64 chunkIndex)>;

    MinMaxPyramid();
    ~MinMaxPyramid();
    MinMaxPyramid(MinMaxPyramid &&) noexcept;
    MinMaxPyramid &operator=(MinMaxPyramid &&) noexcept;
    MinMaxPyramid(const MinMaxPyramid &) = delete;
    MinMaxPyramid &operator=(const MinMaxPyramid &) = delete;

    /// Appends in O(1) amortised. A sample older than lastTime() would break the ordering the
    /// queries rely on: it is stored with lastTime() as its time.
    void append(Sample sample);
    void append(std::span<const Sample> samples);

    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    qint64 firstTime() const; ///< 0 when empty
    qint64 lastTime() const;  ///< 0 when empty
    int levelCount() const { return static_cast<int>(m_levels.size()); }

    /// Keeps at least one chunk (the one being filled). Dropping takes effect immediately.
    void setRawChunksKept(int chunks);
    int rawChunksKept() const { return m_rawChunksKept; }
    /// Synchronous read-back of dropped chunks, called during a query (tests and benchmarks; the
    /// app must not wait on a record from the GUI thread: it uses addRawChunk()).
    void setRawChunkProvider(RawChunkProvider provider);
    bool hasRawChunkProvider() const { return bool(m_provider); }
    /// Index of the oldest chunk still held in memory.
    qint64 firstRawChunkInMemory() const { return m_rawBase; }

    /// Gives back a dropped chunk read from the record, for the queries to use until it is the
    /// least recently used of more than rawChunkCacheSize(). False (and nothing kept) unless it
    /// is a complete chunk of this pyramid that is no longer in memory: a wrong index, a short
    /// read or a chunk of another run is refused by its count and first and last times.
    bool addRawChunk(qint64 chunkIndex, QList<Sample> samples);
    bool hasRawChunk(qint64 chunkIndex) const;
    void setRawChunkCacheSize(int chunks);
    int rawChunkCacheSize() const { return m_cacheCapacity; }
    int rawChunksCached() const { return int(m_cache.size()); }
    /// The time range of chunk chunkIndex, (0, -1) if it has no samples.
    std::pair<qint64, qint64> chunkTimeRange(qint64 chunkIndex) const;

    /// Columns columnUs wide that end at or before this time keep their value whatever is
    /// appended later (the nodes their edges cut are complete, or too long ever to be aligned
    /// to); only an added raw chunk can still refine them.
    qint64 settledUntil(qint64 columnUs) const;

    /// Bytes held: node blocks, raw chunks in memory and in the cache, bookkeeping.
    qint64 memoryBytes() const;

    /// Column i covers [columnStart(i), columnStart(i + 1)); column 0 starts at t0, column count
    /// ends at t1. Integer arithmetic so every caller splits time the same way.
    static qint64 columnStart(qint64 t0Us, qint64 t1Us, int columnCount, int column);

    /// Per-column summary of [t0Us, t1Us) split into columnCount equal time columns, with edges
    /// placed as the class comment says. Empty when columnCount <= 0 or t1Us <= t0Us. Chunks it
    /// needed and could not read are appended to missingChunks (each once, oldest first, and
    /// never more than the chunk cache holds, so adding them all cannot evict one this query uses).
    QList<ColumnSummary> columns(qint64 t0Us, qint64 t1Us, int columnCount,
                                 PyramidQueryStats *stats = nullptr, QList<qint64> *missingChunks = nullptr) const;

    /// The M4 polyline for a line chart: per non-empty column first, min, max, last (min and max
    /// ordered to follow the trend, at the middle of the column's samples), x in seconds. Empty
    /// columns add no point, so a gap is bridged by a straight line.
    QList<QPointF> m4Points(qint64 t0Us, qint64 t1Us, int columnCount) const;

private:
    struct Node
    {
        qint64 tFirst;
        qint64 tLast;
        float min;
        float max;
        float first;
        float last;
    };
    static_assert(sizeof(Node) == 32);

    // Contiguous blocks of nodes: no reallocation copy of a 20 MB vector while sampling, and
    // memory grows in block steps instead of doubling. Level 1 uses 4096-node (128 KiB) blocks,
    // each level above 8 times smaller down to 64 nodes, so the nearly empty top levels cost KiB.
    class NodeStore
    {
    public:
        explicit NodeStore(int blockBits) : m_blockBits(blockBits), m_mask((qint64(1) << blockBits) - 1) {}
        qint64 size() const { return m_size; }
        Node &operator[](qint64 i) { return m_blocks[size_t(i >> m_blockBits)][size_t(i & m_mask)]; }
        const Node &operator[](qint64 i) const { return m_blocks[size_t(i >> m_blockBits)][size_t(i & m_mask)]; }
        void push(const Node &node);
        qint64 memoryBytes() const;

    private:
        std::vector<std::unique_ptr<Node[]>> m_blocks;
        int m_blockBits;
        qint64 m_mask;
        qint64 m_size = 0;
    };

    class RawReader;
    struct Accumulator;
    struct CachedChunk
    {
        QList<Sample> samples;
        quint64 lastUse = 0;
    };

    void completeNode(int level, qint64 index);
    void dropOldChunks();
    void trimCache();
    // Where a query's walk down the levels was at its last edge.
    struct Cursor
    {
        std::vector<qint64> node;       // per level, the node the last edge was in
        std::vector<bool> descended;    // per level, whether it went on among that node's children
    };
    qint64 lowerBound(qint64 tUs, qint64 fromIndex, qint64 columnUs, Cursor &cursor, RawReader &raw,
                      PyramidQueryStats &stats) const;
    void summarise(qint64 from, qint64 to, RawReader &raw, Accumulator &out, PyramidQueryStats &stats) const;

    std::vector<NodeStore> m_levels; // m_levels[0] is level 1
    std::deque<std::vector<Sample>> m_raw; // chunks m_rawBase .. m_rawBase + m_raw.size() - 1
    qint64 m_rawBase = 0;
    qint64 m_size = 0;
    int m_rawChunksKept = 1 << 30;
    RawChunkProvider m_provider;
    // Added raw chunks by index; lastUse is a query-time clock (hence mutable: queries are const).
    mutable QHash<qint64, CachedChunk> m_cache;
    mutable quint64 m_useClock = 0;
    int m_cacheCapacity = kDefaultRawChunkCacheSize;
};

} // namespace PumpStudio::Monitor
