// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "records/sample.h"

#include <QList>
#include <QPointF>

#include <deque>
#include <functional>
#include <memory>
#include <span>
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
    qint64 chunksFetched = 0;     ///< calls to the raw chunk provider
    qint64 boundariesSnapped = 0; ///< boundaries moved to a bucket edge: their chunk was unavailable
};

/// Multi-level min/max summary of one channel, answering "min/max/first/last per column" exactly
/// at any zoom in O(columns x levels x fanout), independent of the history length.
///
/// Level 1 node i summarises samples [64 i, 64 i + 64); a level L+1 node summarises 16 level-L
/// nodes (level 2 = one kSamplesPerChunk chunk). A node is 32 bytes (two qint64 times, four floats)
/// and nodes live in blocks (4096 nodes on level 1), never one allocation per node. Cost of the nodes:
/// n / 64 x 32 B x 16/15 = 0.53 B per sample, so 24 h at 100 Hz (8.64 M samples) take about 4.6 MB
/// per channel once raw chunks are dropped (raw samples in memory cost 16 B each: 138 MB), and
/// 8 such channels stay well inside the 100 MB a week-long run may grow by. (Buckets of 16 and a
/// fan-out of 8 were measured first: 19.8 MB per channel, 159 MB for 8, too much.)
///
/// Raw chunks older than the newest setRawChunksKept() are released; a query needs raw samples
/// only in the (at most one) level-1 bucket that a column boundary cuts, and reads such a chunk
/// back through the provider (the run record), at most once per boundary. Without a provider an
/// unavailable bucket is given whole to one column (the boundary snaps to the bucket edge, at
/// most 63 samples off; the stats count it). Callers drawing columns many buckets wide may ask for
/// that snapping on purpose (fetchRaw = false): it moves an edge by less than a quarter column and
/// spares a read from the record per column edge.
///
/// Timestamps must be non-decreasing (equal times are fine). NaN values are stored and counted
/// but never become a min or max; a column holding only NaNs has min = +inf and max = -inf.
class MinMaxPyramid final
{
public:
    static constexpr int kBucketSize = 64;
    static constexpr int kFanout = 16;
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
    void setRawChunkProvider(RawChunkProvider provider);
    /// Index of the oldest chunk still held in memory.
    qint64 firstRawChunkInMemory() const { return m_rawBase; }

    /// Bytes held: node blocks, raw chunks in memory, bookkeeping.
    qint64 memoryBytes() const;

    /// Column i covers [columnStart(i), columnStart(i + 1)); column 0 starts at t0, column count
    /// ends at t1. Integer arithmetic so every caller splits time the same way.
    static qint64 columnStart(qint64 t0Us, qint64 t1Us, int columnCount, int column);

    /// Exact per-column summary of [t0Us, t1Us) split into columnCount equal time columns. Empty
    /// when columnCount <= 0 or t1Us <= t0Us.
    QList<ColumnSummary> columns(qint64 t0Us, qint64 t1Us, int columnCount,
                                 PyramidQueryStats *stats = nullptr, bool fetchRaw = true) const;

    /// The M4 polyline for a line chart: per non-empty column first, min, max, last (min and max
    /// ordered to follow the trend, at the middle of the column's samples), x in seconds. Empty
    /// columns add no point, so a gap is bridged by a straight line.
    QList<QPointF> m4Points(qint64 t0Us, qint64 t1Us, int columnCount, bool fetchRaw = true) const;
    /// Whether columns of [t0Us, t1Us) split columnCount ways are so wide (4 buckets or more on
    /// average) that snapping their edges to buckets cannot be seen: then fetchRaw can be false.
    bool columnsAreCoarse(qint64 t0Us, qint64 t1Us, int columnCount) const;

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

    void completeNode(int level, qint64 index);
    void dropOldChunks();
    qint64 lowerBound(qint64 tUs, qint64 fromIndex, RawReader &raw, PyramidQueryStats &stats) const;
    void summarise(qint64 from, qint64 to, RawReader &raw, Accumulator &out, PyramidQueryStats &stats) const;

    std::vector<NodeStore> m_levels; // m_levels[0] is level 1
    std::deque<std::vector<Sample>> m_raw; // chunks m_rawBase .. m_rawBase + m_raw.size() - 1
    qint64 m_rawBase = 0;
    qint64 m_size = 0;
    int m_rawChunksKept = 1 << 30;
    RawChunkProvider m_provider;
};

} // namespace PumpStudio::Monitor
