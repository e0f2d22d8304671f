// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profile.h"

#include <QList>
#include <QPointF>
#include <QWidget>

#include <utility>

class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace PumpStudio {

/// The planned run of a profile: flow against time (reverse drawn below 0), the cumulative net
/// volume on a second axis, and the operator waits marked. Qt Charts stays inside this widget.
class ProfilePreviewChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePreviewChart)

public:
    explicit ProfilePreviewChart(QWidget *parent = nullptr);
    ~ProfilePreviewChart() override;

    /// Rebuilds the series from timeline(profile).
    void setProfile(const Profiles::Profile &profile);

    /// Seconds per unit of the time axis (1, 60 or 3600: picked from the planned duration).
    double secondsPerAxisUnit() const { return m_timeScale; }
    /// What the series hold now (time in axis units): for tests and exports.
    QList<QPointF> flowPoints() const;
    QList<QPointF> volumePoints() const;
    QList<QPointF> waitPoints() const;
    QStringList waitMessages() const { return m_waitMessages; }
    /// What a dry run's simulated pump did (seconds, mL/min), drawn over the plan; empty clears it.
    void setTrace(const QList<QPointF> &flowBySecond);
    QList<QPointF> tracePoints() const;
    /// Every text the chart draws now (titles, labels), as drawn: tests look for cut titles.
    QStringList shownTexts() const;
    /// The plot area's height and the length of the longer vertical axis title, in pixels, as
    /// laid out now: the title fits when the first is at least the second.
    std::pair<double, int> verticalTitleRoom() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    int verticalTitleLength() const;

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLineSeries *m_flow = nullptr;
    QLineSeries *m_volume = nullptr;
    QScatterSeries *m_waits = nullptr;
    QLineSeries *m_trace = nullptr;
    QList<QPointF> m_traceSeconds;
    QValueAxis *m_timeAxis = nullptr;
    QValueAxis *m_flowAxis = nullptr;
    QValueAxis *m_volumeAxis = nullptr;
    QStringList m_waitMessages;
    double m_timeScale = 1;
    bool m_truncated = false;
};

} // namespace PumpStudio
