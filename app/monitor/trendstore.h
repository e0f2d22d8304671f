// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "monitor/minmaxpyramid.h"
#include "records/recordtypes.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <vector>

namespace PumpStudio::Monitor {

/// The channels a chart can draw: one min/max pyramid per channel plus what to call it. A live
/// session appends to it; a replayed record fills it once. Charts read it from the GUI thread at
/// their repaint clock, so the cost of a frame depends on the pixels, never on the history.
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
        MinMaxPyramid pyramid;
    };

    explicit TrendStore(QObject *parent = nullptr);
    ~TrendStore() override;

    /// Time zero of the samples, in UTC, and the local offset of the run (for clock-time axes).
    QDateTime startUtc() const { return m_startUtc; }
    int utcOffsetSeconds() const { return m_utcOffsetSeconds; }
    void setStart(const QDateTime &startUtc, int utcOffsetSeconds);

    /// Live stores grow and the chart can follow them; replays are fixed.
    bool isLive() const { return m_live; }
    void setLive(bool live);

    /// Adds a channel; ids are the run record's channel ids.
    Channel &addChannel(int id, const QString &name, const QString &unit, Records::Quantity quantity);
    /// Adds a channel whose summary was built elsewhere (a replay loaded on a worker thread).
    Channel &addChannel(int id, const QString &name, const QString &unit, Records::Quantity quantity, MinMaxPyramid pyramid);
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

Q_SIGNALS:
    void channelsChanged();
    void liveChanged(bool live);

private:
    std::vector<std::unique_ptr<Channel>> m_channels;
    QDateTime m_startUtc;
    int m_utcOffsetSeconds = 0;
    qint64 m_lastTimeUs = 0;
    qint64 m_nowUs = 0;
    bool m_live = false;
};

} // namespace PumpStudio::Monitor
