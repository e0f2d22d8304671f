// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QTimer;
class QToolButton;
class QValueAxis;

namespace PumpStudio::Monitor {
class TrendStore;
}

namespace PumpStudio {

class DeviceStyles;
class TrendChartView;
class TrendPlotItem;

/// Flow and pressure against time. Qt Charts stays inside this widget and draws what it is good
/// at: axes, grid, legend, theme, export. The data never enters a Qt Charts series (about 1 us a
/// point to map and paint there): on the repaint clock (30 Hz) each channel's per-pixel-column
/// min/max, read from the store's pyramids, becomes one polyline that an item in the plot area
/// draws with QPainter::drawPolyline. While following live the time axis steps by whole columns,
/// and only columns that are not settled yet are read again; a frame with nothing new is not
/// drawn. A frame costs the same at 1 minute or 24 hours of history.
class TrendChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChart)

public:
    enum class Window { OneMinute, TenMinutes, OneHour, Day, All };
    enum class TimeAxis { Elapsed, Clock };
    enum class Axes { Separate, Shared };

    explicit TrendChart(QWidget *parent = nullptr);
    ~TrendChart() override;

    /// An alarm limit of a device, drawn as a line across the plot in the device's colour.
    struct LimitLine
    {
        QString source;         ///< the device (pump config id)
        bool pressure = false;  ///< on its pressure line, else on its flow line
        double value = 0;
        QString label;          ///< "High-high 2 bar"
    };

    void setStore(Monitor::TrendStore *store);
    /// Colours and dashes by device, shared with other charts (each chart has its own otherwise).
    void setDeviceStyles(std::shared_ptr<DeviceStyles> styles);
    /// The alarm limits to draw (those of devices with a visible line).
    void setLimitLines(const QList<LimitLine> &lines);
    /// The limit lines drawn in the last frame, with their height in the plot (for tests).
    int limitLinesDrawn() const;
    /// How a channel's line is drawn, and the channels in the order drawn (first: underneath).
    QPen linePen(int channel) const;
    QList<int> drawOrder() const;
    Monitor::TrendStore *store() const { return m_store; }

    void setWindow(Window window);
    void setTimeAxis(TimeAxis axis);
    void setAxes(Axes axes);
    /// Follow the newest data (live stores); off while the user zooms or pans.
    void setFollowing(bool follow);
    bool isFollowing() const { return m_follow; }
    /// Shows [t0, t1) (µs since the start) and stops following.
    void setVisibleRange(qint64 t0Us, qint64 t1Us);
    qint64 visibleStartUs() const { return m_t0Us; }
    qint64 visibleEndUs() const { return m_t1Us; }
    void setChannelVisible(int channel, bool visible);
    bool isChannelVisible(int channel) const;

    /// The values under a time, in words, as the cursor readout shows them.
    QString readoutAt(qint64 tUs) const;
    /// Redraws now, as the repaint clock would (tests, benchmarks and exports call it); while
    /// following live it first moves the view to the store's now.
    void refresh();
    /// What the cursor readout shows now (empty while the mouse is not over the plot).
    QString readoutText() const;
    /// The value axes' ranges as last fitted.
    std::pair<double, double> flowAxisRange() const;
    std::pair<double, double> pressureAxisRange() const;
    /// Points in the polylines drawn (all channels): at most 2 x the plot width per channel.
    qsizetype pointsInSeries() const;
    /// Pyramid columns read for the last frame (all channels): the plot width per channel after
    /// a change of view, a few while following live.
    qsizetype columnsQueriedLastFrame() const { return m_columnsQueried; }

    QImage renderImage(const QSize &size);
    /// The chart for a printed report: what this one shows, laid out at `size` (independent of
    /// the size on screen, so its labels print large enough) and drawn at `scale` pixels a point.
    QImage reportImage(const QSize &size = QSize(800, 420), qreal scale = 2.0);
    bool savePng(const QString &path, QString *error);
    bool saveSvg(const QString &path, QString *error);

Q_SIGNALS:
    void followingChanged(bool following);
    void rangeChanged(qint64 t0Us, qint64 t1Us);
    /// A frame was handed to Qt Charts, showing data up to lastTimeUs.
    void frameDrawn(qint64 lastTimeUs);
    /// The chart view painted; dataMs is what building its frame took (0 when only repainted),
    /// paintMs the paint itself. Benchmarks read it.
    void framePainted(double dataMs, double paintMs);

public:
    /// Where the legend is: above the plot, or beside it when the names do not fit in a row.
    Qt::Alignment legendAlignment() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class TrendChartView;
    struct Line;

    void rebuildSeries();
    void placeLegend();
    void updateColumns(int columns, bool reuse);
    void onRawChunkDelivered(int channel, qint64 t0Us, qint64 t1Us);
    void retranslate();
    void tick();
    void followLive();
    qint64 windowSpanUs() const;
    double axisX(qint64 tUs) const;
    qint64 timeAtX(double axisX) const;
    qint64 timeAtPlotX(double chartX) const;
    void zoomAt(qint64 centreUs, double factor);
    void panBy(qint64 deltaUs);
    void showReadout(const QPointF &chartPos);
    void attachAxes();

    Monitor::TrendStore *m_store = nullptr;  ///< not owned; cleared when it is destroyed
    QChart *m_chart = nullptr;
    TrendChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_flowAxis = nullptr;
    QValueAxis *m_pressureAxis = nullptr;
    QComboBox *m_windowBox = nullptr;
    QComboBox *m_timeAxisBox = nullptr;
    QComboBox *m_axesBox = nullptr;
    QToolButton *m_followButton = nullptr;
    QLabel *m_readout = nullptr;
    QTimer *m_clock = nullptr;
    TrendPlotItem *m_plot = nullptr;  ///< owned by m_chart
    std::vector<std::unique_ptr<Line>> m_lines;
    std::shared_ptr<DeviceStyles> m_styles;
    QList<LimitLine> m_limits;
    Window m_window = Window::TenMinutes;
    TimeAxis m_timeAxisMode = TimeAxis::Elapsed;
    Axes m_axesMode = Axes::Separate;
    bool m_follow = true;
    qint64 m_t0Us = 0;
    qint64 m_t1Us = 60'000'000;
    qint64 m_drawnT0 = -1;
    qint64 m_drawnT1 = -1;
    qint64 m_drawnLast = -1;
    int m_drawnWidth = -1;
    qint64 m_columnsQueried = 0;
    double m_lastDataMs = 0;
    // What the picture on screen was drawn against: a frame that changes none of it is skipped.
    qint64 m_paintedT0 = -1;
    qint64 m_paintedT1 = -1;
    std::pair<double, double> m_paintedFlow;
    std::pair<double, double> m_paintedPressure;
};

} // namespace PumpStudio
