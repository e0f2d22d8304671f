// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "trendchart.h"

#include "monitor/devicestyles.h"
#include "monitor/trendstore.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
constexpr int kFrameMs = 33;  // the repaint clock: 30 frames a second at most
constexpr qint64 kSecondUs = 1'000'000;
constexpr qint64 kMinSpanUs = 200'000;  // zooming stops at 0.2 s across the plot

} // namespace

// Qt Charts' z order (ChartPresenter::ZValues): background, plot area, shades, grid, axes,
// series, legend. The data item sits where a series would.
constexpr qreal kSeriesZValue = 4;

struct TrendChart::Line
{
    int channel = 0;
    QString source;                 ///< the device, for its colour and its limit lines
    QLineSeries *series = nullptr;  ///< never holds a point: it gives the legend entry and the axes
    bool pressure = false;
    bool visible = true;
    /// The view's columns. While following live they sit on a grid of columnUs-wide columns
    /// counted from time 0, columns[0] being column firstColumn, and those before settledColumn
    /// are kept from frame to frame (columnUs 0: nothing to keep).
    QList<Monitor::ColumnSummary> columns;
    qint64 columnUs = 0;
    qint64 firstColumn = 0;
    qint64 settledColumn = 0;
};

/// Draws each visible channel's min/max envelope in the plot area: one polyline a channel,
/// drawn aliased (min/max strokes are vertical: antialiasing would only blur and slow them).
class TrendPlotItem final : public QGraphicsItem
{
public:
    struct Polyline
    {
        QPen pen;
        QPolygonF points;
    };

    explicit TrendPlotItem(QGraphicsItem *parent) : QGraphicsItem(parent) { setZValue(kSeriesZValue); }

    void setArea(const QRectF &area)
    {
        if (area == m_area)
            return;
        prepareGeometryChange();
        m_area = area;
    }
    QRectF area() const { return m_area; }
    std::vector<Polyline> &polylines() { return m_polylines; }
    const std::vector<Polyline> &polylines() const { return m_polylines; }
    /// Where the next frame is built: the buffers of the frame before, kept to be reused.
    std::vector<Polyline> &spare() { return m_spare; }
    /// The spare becomes what is drawn, and what was drawn the spare.
    void swapSpare() { std::swap(m_polylines, m_spare); }

    /// A horizontal line across the plot (an alarm limit) with its label, under the data.
    struct Rule
    {
        QPen pen;
        double y = 0;
        QString label;
    };
    std::vector<Rule> &rules() { return m_rules; }

    QRectF boundingRect() const override { return m_area.adjusted(-1, -1, 1, 1); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        // As Qt Charts clips a series: the plot area, taking in lines along its right and bottom edges.
        painter->setClipRect(m_area.adjusted(0, 0, 1, 1));
        for (const Rule &rule : m_rules) {
            if (rule.y < m_area.top() || rule.y > m_area.bottom() + 1)
                continue;
            painter->setPen(rule.pen);
            painter->drawLine(QPointF(m_area.left(), rule.y), QPointF(m_area.right(), rule.y));
            const QRectF text(m_area.left(), rule.y - 16, m_area.width() - 4, 15);
            painter->drawText(text, Qt::AlignRight | Qt::AlignBottom, rule.label);
        }
        for (const Polyline &line : m_polylines) {
            if (line.points.isEmpty())
                continue;
            painter->setPen(line.pen);
            if (line.points.size() == 1)
                painter->drawPoint(line.points.front());
            else
                painter->drawPolyline(line.points);
        }
        painter->restore();
    }

private:
    QRectF m_area;
    std::vector<Rule> m_rules;
    std::vector<Polyline> m_polylines;
    std::vector<Polyline> m_spare;
};

/// The chart view: wheel zooms about the cursor, dragging pans, double-click follows live again,
/// moving shows the values under the cursor.
class TrendChartView final : public QChartView
{
public:
    TrendChartView(QChart *chart, TrendChart *owner) : QChartView(chart), m_owner(owner)
    {
        setRenderHint(QPainter::Antialiasing, false);
        setMouseTracking(true);
        setCursor(Qt::CrossCursor);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        const QPointF pos = chart()->mapFromScene(mapToScene(event->position().toPoint()));
        const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
        m_owner->zoomAt(m_owner->timeAtPlotX(pos.x()), factor);
        event->accept();
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton) {
            m_dragging = true;
            m_lastX = event->position().x();
            setCursor(Qt::ClosedHandCursor);
            event->accept();
            return;
        }
        QChartView::mousePressEvent(event);
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (m_dragging) {
            const double dx = event->position().x() - m_lastX;
            m_lastX = event->position().x();
            const double width = std::max(1.0, chart()->plotArea().width());
            const auto span = double(m_owner->m_t1Us - m_owner->m_t0Us);
            m_owner->panBy(qint64(-dx / width * span));
        }
        m_owner->showReadout(chart()->mapFromScene(mapToScene(event->position().toPoint())));
        QChartView::mouseMoveEvent(event);
    }
    // The readout names the values under the cursor: with no cursor over the chart, none. The
    // mouse leaves the viewport (where it moved) and the view with it.
    bool viewportEvent(QEvent *event) override
    {
        if (event->type() == QEvent::Leave)
            m_owner->m_readout->clear();
        return QChartView::viewportEvent(event);
    }
    void leaveEvent(QEvent *event) override
    {
        m_owner->m_readout->clear();
        QChartView::leaveEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && m_dragging) {
            m_dragging = false;
            setCursor(Qt::CrossCursor);
            event->accept();
            return;
        }
        QChartView::mouseReleaseEvent(event);
    }
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        m_owner->setFollowing(true);
        event->accept();
    }
    void paintEvent(QPaintEvent *event) override
    {
        QElapsedTimer timer;
        timer.start();
        QChartView::paintEvent(event);
        const double dataMs = std::exchange(m_owner->m_lastDataMs, 0.0);
        Q_EMIT m_owner->framePainted(dataMs, double(timer.nsecsElapsed()) / 1e6);
    }

private:
    TrendChart *m_owner;
    bool m_dragging = false;
    double m_lastX = 0;
};

TrendChart::TrendChart(QWidget *parent) : QWidget(parent), m_styles(std::make_shared<DeviceStyles>())
{
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignTop);
    // The legend shows each line as drawn, dashes and all: colour alone does not tell them apart.
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_timeAxis = new QDateTimeAxis(this);
    m_timeAxis->setTickCount(7);
    m_flowAxis = new QValueAxis(this);
    m_pressureAxis = new QValueAxis(this);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_flowAxis, Qt::AlignLeft);
    m_chart->addAxis(m_pressureAxis, Qt::AlignRight);
    m_view = new TrendChartView(m_chart, this);
    m_view->setObjectName(u"trendChartView"_s);
    m_plot = new TrendPlotItem(m_chart);
    // Axis labels that grow or shrink move the plot area: redraw to the new mapping.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { m_drawnT0 = -1; });

    m_windowBox = new QComboBox(this);
    m_windowBox->setObjectName(u"windowBox"_s);
    m_timeAxisBox = new QComboBox(this);
    m_axesBox = new QComboBox(this);
    m_followButton = new QToolButton(this);
    m_followButton->setCheckable(true);
    m_followButton->setChecked(true);
    m_followButton->setObjectName(u"followButton"_s);
    m_readout = new QLabel(this);
    m_readout->setObjectName(u"readout"_s);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_windowBox);
    bar->addWidget(m_followButton);
    bar->addWidget(m_timeAxisBox);
    bar->addWidget(m_axesBox);
    bar->addWidget(m_readout, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    retranslate();
    m_windowBox->setCurrentIndex(int(m_window));

    connect(m_windowBox, &QComboBox::activated, this, [this](int index) { setWindow(Window(index)); });
    connect(m_timeAxisBox, &QComboBox::activated, this, [this](int index) { setTimeAxis(TimeAxis(index)); });
    connect(m_axesBox, &QComboBox::activated, this, [this](int index) { setAxes(Axes(index)); });
    connect(m_followButton, &QToolButton::toggled, this, &TrendChart::setFollowing);

    m_clock = new QTimer(this);
    m_clock->setInterval(kFrameMs);
    connect(m_clock, &QTimer::timeout, this, &TrendChart::tick);
    m_clock->start();
    attachAxes();
}

TrendChart::~TrendChart() = default;

void TrendChart::retranslate()
{
    const int window = m_windowBox->currentIndex();
    m_windowBox->clear();
    m_windowBox->addItems({tr("Last minute"), tr("Last 10 minutes"), tr("Last hour"), tr("Last 24 hours"), tr("Whole run")});
    m_windowBox->setCurrentIndex(std::max(0, window));
    m_windowBox->setToolTip(tr("How much time the chart shows"));
    m_timeAxisBox->clear();
    m_timeAxisBox->addItems({tr("Elapsed time"), tr("Clock time")});
    m_timeAxisBox->setCurrentIndex(int(m_timeAxisMode));
    m_axesBox->clear();
    m_axesBox->addItems({tr("Separate axes"), tr("Shared axis")});
    m_axesBox->setCurrentIndex(int(m_axesMode));
    m_followButton->setText(tr("Follow live"));
    m_followButton->setToolTip(tr("Keep the newest data in view. Zooming or dragging the chart pauses it; double-click the chart to follow again."));
    m_view->setToolTip(tr("Wheel: zoom. Drag: pan. Double-click: follow live. Click a legend entry to hide or show its line."));
    m_flowAxis->setTitleText(m_axesMode == Axes::Shared ? tr("Value") : tr("Flow [mL/min]"));
    m_pressureAxis->setTitleText(tr("Pressure"));
}

void TrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrendChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeLegend();
}

Qt::Alignment TrendChart::legendAlignment() const
{
    return m_chart->legend()->alignment();
}

void TrendChart::placeLegend()
{
    // Above the plot while every name fits in one row; beside it when they do not (five or six
    // devices): Qt's legend does not wrap, it cuts names to "Demo RS-485 Modbus pre…", and a
    // name that cannot be read cannot be told from the next one.
    QLegend *legend = m_chart->legend();
    const QFontMetrics metrics(legend->font());
    constexpr int kMarkerAndSpacing = 40;
    int needed = 0;
    for (const auto &line : m_lines)
        needed += metrics.horizontalAdvance(line->series->name()) + kMarkerAndSpacing;
    const Qt::Alignment wanted = needed > m_view->width() - 60 ? Qt::AlignRight : Qt::AlignTop;
    if (legend->alignment() != wanted)
        legend->setAlignment(wanted);
}

void TrendChart::setStore(Monitor::TrendStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Monitor::TrendStore::channelsChanged, this, &TrendChart::rebuildSeries);
        connect(m_store, &Monitor::TrendStore::rawChunkDelivered, this, &TrendChart::onRawChunkDelivered);
        connect(m_store, &QObject::destroyed, this, [this] {
            m_store = nullptr;
            rebuildSeries();
        });
    }
    if (m_store && !m_store->isLive()) {
        // A replay opens on the whole run.
        m_follow = false;
        m_t0Us = m_store->firstTimeUs();
        m_t1Us = std::max(m_t0Us + kSecondUs, m_store->lastTimeUs());
    }
    m_followButton->setEnabled(m_store && m_store->isLive());
    rebuildSeries();
}

void TrendChart::setDeviceStyles(std::shared_ptr<DeviceStyles> styles)
{
    if (!styles)
        return;
    m_styles = std::move(styles);
    rebuildSeries();
}

void TrendChart::setLimitLines(const QList<LimitLine> &lines)
{
    const auto same = [](const LimitLine &a, const LimitLine &b) {
        return a.source == b.source && a.pressure == b.pressure && a.value == b.value && a.label == b.label;
    };
    if (lines.size() == m_limits.size() && std::equal(lines.cbegin(), lines.cend(), m_limits.cbegin(), same))
        return;
    m_limits = lines;
    m_drawnT0 = -1;  // redraw on the next tick
    m_paintedT0 = -1;
}

int TrendChart::limitLinesDrawn() const
{
    return int(m_plot->rules().size());
}

QPen TrendChart::linePen(int channel) const
{
    for (const auto &line : m_lines) {
        if (line->channel == channel)
            return line->series->pen();
    }
    return {};
}

QList<int> TrendChart::drawOrder() const
{
    QList<int> order;
    for (const auto &line : m_lines)
        order.append(line->channel);
    return order;
}

void TrendChart::rebuildSeries()
{
    for (const auto &line : m_lines)
        m_chart->removeSeries(line->series);  // deletes nothing: we own them below
    for (const auto &line : m_lines)
        delete line->series;
    m_lines.clear();
    m_plot->polylines().clear();
    m_plot->update();
    if (!m_store) {
        m_drawnT0 = -1;
        return;
    }
    QString pressureUnit;
    for (int id : m_store->channelIds()) {
        const auto *c = m_store->channel(id);
        if (c->quantity != Records::Quantity::Flow && c->quantity != Records::Quantity::Pressure)
            continue;
        auto line = std::make_unique<Line>();
        line->channel = id;
        // A channel of no known device (an old record) is a device of its own, by its name.
        line->source = c->source.isEmpty() ? c->name : c->source;
        line->pressure = c->quantity == Records::Quantity::Pressure;
        if (line->pressure)
            pressureUnit = c->unit;
        m_lines.push_back(std::move(line));
    }
    // Pressure first, so it is drawn under the flows (a noisy trace must not hide them); then
    // the devices in their order, the solid line first and the broken ones over it.
    for (const auto &line : m_lines)
        m_styles->index(line->source);
    std::stable_sort(m_lines.begin(), m_lines.end(), [this](const auto &a, const auto &b) {
        if (a->pressure != b->pressure)
            return a->pressure;
        return m_styles->index(a->source) < m_styles->index(b->source);
    });
    for (const auto &line : m_lines) {
        const auto *c = m_store->channel(line->channel);
        const int style = m_styles->index(line->source);
        line->series = new QLineSeries;
        line->series->setName(u"%1 [%2]"_s.arg(c->name, c->unit));
        QPen pen(DeviceStyles::colour(style));
        pen.setWidth(1);  // 1 px: the raster engine draws it several times faster than 1.5
        // A pressure trace is noisy: dashes would only break it up. Its colour is its device's.
        pen.setStyle(line->pressure ? Qt::SolidLine : DeviceStyles::dash(style));
        line->series->setPen(pen);
        m_chart->addSeries(line->series);
    }
    attachAxes();
    m_pressureAxis->setTitleText(pressureUnit.isEmpty() ? tr("Pressure") : tr("Pressure [%1]").arg(pressureUnit));
    for (const auto &line : m_lines) {
        const auto markers = m_chart->legend()->markers(line->series);
        for (QLegendMarker *marker : markers) {
            const int channel = line->channel;
            connect(marker, &QLegendMarker::clicked, this, [this, channel] { setChannelVisible(channel, !isChannelVisible(channel)); });
        }
    }
    placeLegend();
    m_drawnT0 = -1;  // redraw on the next tick
}

void TrendChart::attachAxes()
{
    const bool shared = m_axesMode == Axes::Shared;
    m_pressureAxis->setVisible(!shared);
    m_flowAxis->setTitleText(shared ? tr("Value") : tr("Flow [mL/min]"));
    for (const auto &line : m_lines) {
        for (QAbstractAxis *axis : line->series->attachedAxes())
            line->series->detachAxis(axis);
        line->series->attachAxis(m_timeAxis);
        line->series->attachAxis(line->pressure && !shared ? m_pressureAxis : m_flowAxis);
    }
    m_drawnT0 = -1;
}

void TrendChart::setWindow(Window window)
{
    m_window = window;
    m_windowBox->setCurrentIndex(int(window));
    if (!m_store)
        return;
    const qint64 end = m_follow || !m_store->isLive() ? (m_store->isLive() ? m_store->nowUs() : m_store->lastTimeUs()) : m_t1Us;
    if (window == Window::All) {
        m_t0Us = m_store->firstTimeUs();
        m_t1Us = std::max(m_t0Us + kSecondUs, end);
    } else {
        m_t1Us = std::max(end, windowSpanUs());
        m_t0Us = m_t1Us - windowSpanUs();
    }
    m_drawnT0 = -1;
    tick();
}

void TrendChart::setTimeAxis(TimeAxis axis)
{
    m_timeAxisMode = axis;
    m_timeAxisBox->setCurrentIndex(int(axis));
    m_drawnT0 = -1;
    refresh();
}

void TrendChart::setAxes(Axes axes)
{
    m_axesMode = axes;
    m_axesBox->setCurrentIndex(int(axes));
    attachAxes();
    refresh();
}

void TrendChart::setFollowing(bool follow)
{
    if (follow && !(m_store && m_store->isLive()))
        follow = false;
    if (m_follow == follow) {
        m_followButton->setChecked(follow);
        return;
    }
    m_follow = follow;
    m_followButton->setChecked(follow);
    if (follow)
        setWindow(m_window == Window::All ? Window::All : m_window);
    Q_EMIT followingChanged(follow);
}

void TrendChart::setVisibleRange(qint64 t0Us, qint64 t1Us)
{
    if (t1Us - t0Us < kMinSpanUs)
        t1Us = t0Us + kMinSpanUs;
    setFollowing(false);
    m_t0Us = t0Us;
    m_t1Us = t1Us;
    refresh();
    Q_EMIT rangeChanged(m_t0Us, m_t1Us);
}

void TrendChart::setChannelVisible(int channel, bool visible)
{
    for (const auto &line : m_lines) {
        if (line->channel != channel)
            continue;
        line->visible = visible;
        line->series->setVisible(visible);
        // Qt hides the legend entry with its series: keep it, greyed, so it can be clicked back.
        for (QLegendMarker *marker : m_chart->legend()->markers(line->series)) {
            marker->setVisible(true);
            QColor c = line->series->pen().color();
            c.setAlphaF(visible ? 1.0f : 0.3f);
            marker->setLabelBrush(QBrush(visible ? palette().color(QPalette::Text) : palette().color(QPalette::PlaceholderText)));
            marker->setBrush(c);
        }
    }
    m_drawnT0 = -1;
}

bool TrendChart::isChannelVisible(int channel) const
{
    for (const auto &line : m_lines) {
        if (line->channel == channel)
            return line->visible;
    }
    return false;
}

qint64 TrendChart::windowSpanUs() const
{
    switch (m_window) {
    case Window::OneMinute: return 60 * kSecondUs;
    case Window::TenMinutes: return 600 * kSecondUs;
    case Window::OneHour: return 3600 * kSecondUs;
    case Window::Day: return 86400 * kSecondUs;
    case Window::All: break;
    }
    return std::max<qint64>(kSecondUs, m_t1Us - m_t0Us);
}

double TrendChart::axisX(qint64 tUs) const
{
    // Elapsed time is drawn as a UTC time of day from the epoch: the axis then reads 00:00:00
    // at the start of the run.
    const double ms = double(tUs) / 1000.0;
    if (m_timeAxisMode == TimeAxis::Clock && m_store && m_store->startUtc().isValid())
        return double(m_store->startUtc().toMSecsSinceEpoch()) + ms;
    return ms;
}

qint64 TrendChart::timeAtX(double x) const
{
    double ms = x;
    if (m_timeAxisMode == TimeAxis::Clock && m_store && m_store->startUtc().isValid())
        ms -= double(m_store->startUtc().toMSecsSinceEpoch());
    return qint64(std::llround(ms * 1000.0));
}

qint64 TrendChart::timeAtPlotX(double chartX) const
{
    const QRectF area = m_chart->plotArea();
    const double at = area.width() > 0 ? (chartX - area.left()) / area.width() : 0.0;
    return m_t0Us + qint64(std::llround(at * double(m_t1Us - m_t0Us)));
}

void TrendChart::zoomAt(qint64 centreUs, double factor)
{
    const qint64 span = std::max<qint64>(kMinSpanUs, qint64(double(m_t1Us - m_t0Us) * factor));
    const double at = m_t1Us > m_t0Us ? double(centreUs - m_t0Us) / double(m_t1Us - m_t0Us) : 0.5;
    const qint64 t0 = centreUs - qint64(at * double(span));
    setVisibleRange(t0, t0 + span);
}

void TrendChart::panBy(qint64 deltaUs)
{
    setVisibleRange(m_t0Us + deltaUs, m_t1Us + deltaUs);
}

void TrendChart::tick()
{
    if (!m_store || !isVisible())
        return;
    followLive();
    const int width = int(m_chart->plotArea().width());
    if (m_t0Us == m_drawnT0 && m_t1Us == m_drawnT1 && m_store->lastTimeUs() == m_drawnLast && width == m_drawnWidth)
        return;  // nothing new to draw
    refresh();
}

void TrendChart::followLive()
{
    if (!m_store || !m_follow || !m_store->isLive())
        return;
    const qint64 now = m_store->nowUs();
    if (m_window == Window::All) {
        m_t0Us = m_store->firstTimeUs();
        m_t1Us = std::max(m_t0Us + kSecondUs, now);
        return;
    }
    // Whole columns on a grid from time 0: the picture moves a column at a time, and a column
    // once settled keeps its value (the window is then at most a microsecond a column longer).
    const qint64 columns = std::max(16, int(m_chart->plotArea().width()));
    const qint64 columnUs = std::max<qint64>(1, (windowSpanUs() + columns - 1) / columns);
    m_t1Us = std::max((now + columnUs - 1) / columnUs, columns) * columnUs;
    m_t0Us = m_t1Us - columns * columnUs;
}

void TrendChart::onRawChunkDelivered(int channel, qint64 t0Us, qint64 t1Us)
{
    for (const auto &line : m_lines) {
        if (line->channel == channel)
            line->columnUs = 0;  // columns drawn meanwhile were right to a bucket: read them again
    }
    if (t1Us >= m_t0Us && t0Us < m_t1Us)
        m_drawnT0 = -1;  // the next tick redraws, exact to the sample
}

// Reads each visible line's columns of [m_t0Us, m_t1Us). With reuse (following live on the
// column grid) columns that were settled when last read are kept and only the rest are read.
void TrendChart::updateColumns(int columns, bool reuse)
{
    m_columnsQueried = 0;
    const qint64 columnUs = (m_t1Us - m_t0Us) / columns;
    reuse = reuse && (m_t1Us - m_t0Us) % columns == 0 && m_t0Us % columnUs == 0;
    const qint64 firstColumn = reuse ? m_t0Us / columnUs : 0;
    for (const auto &line : m_lines) {
        const auto *c = m_store ? m_store->channel(line->channel) : nullptr;
        if (!c || !line->visible) {
            line->columns.clear();
            line->columnUs = 0;
            continue;
        }
        qint64 keep = 0;  // columns of the new view taken from the last one
        if (reuse && line->columnUs == columnUs && line->columns.size() == columns) {
            const qint64 shift = firstColumn - line->firstColumn;
            const qint64 settled = std::min<qint64>(line->settledColumn - firstColumn, columns);
            if (shift >= 0 && shift < columns && settled > 0) {
                keep = std::min<qint64>(settled, columns - shift);
                line->columns.remove(0, shift);
                line->columns.resize(columns);
            }
        }
        QList<Monitor::ColumnSummary> fresh = m_store->columns(line->channel, m_t0Us + keep * columnUs, m_t1Us, int(columns - keep));
        m_columnsQueried += fresh.size();
        if (keep == 0) {
            line->columns = std::move(fresh);
        } else {
            std::copy(fresh.cbegin(), fresh.cend(), line->columns.begin() + keep);
        }
        line->columnUs = reuse ? columnUs : 0;
        line->firstColumn = firstColumn;
        line->settledColumn = reuse ? c->pyramid.settledUntil(columnUs) / columnUs : 0;
    }
}

void TrendChart::refresh()
{
    QElapsedTimer timer;
    timer.start();
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();  // a pending resize or relabel: map to the plot area it leads to
    followLive();
    const int columns = std::max(16, int(m_chart->plotArea().width()));
    m_drawnT0 = m_t0Us;
    m_drawnT1 = m_t1Us;
    m_drawnWidth = int(m_chart->plotArea().width());
    m_drawnLast = m_store ? m_store->lastTimeUs() : -1;

    const bool clock = m_timeAxisMode == TimeAxis::Clock && m_store && m_store->startUtc().isValid();
    // Each setter re-lays out the chart even when nothing changes: set only what differs.
    const QString format = clock ? u"HH:mm:ss"_s : (m_t1Us - m_t0Us > 86400 * kSecondUs ? u"HH:mm"_s : u"HH:mm:ss"_s);
    if (m_timeAxis->format() != format)
        m_timeAxis->setFormat(format);
    // Elapsed time is shown in UTC so 0 reads 00:00:00 whatever the local zone.
    const QString title = clock ? tr("Time of day") : tr("Elapsed (h:min:s)");
    if (m_timeAxis->titleText() != title)
        m_timeAxis->setTitleText(title);
    const QDateTime from = clock ? QDateTime::fromMSecsSinceEpoch(qint64(axisX(m_t0Us)))
                                 : QDateTime::fromMSecsSinceEpoch(qint64(axisX(m_t0Us)), Qt::UTC);
    const QDateTime to = clock ? QDateTime::fromMSecsSinceEpoch(qint64(axisX(m_t1Us)))
                               : QDateTime::fromMSecsSinceEpoch(qint64(axisX(m_t1Us)), Qt::UTC);

    updateColumns(columns, m_follow && m_store && m_store->isLive() && m_window != Window::All);

    float flowMin = std::numeric_limits<float>::max(), flowMax = std::numeric_limits<float>::lowest();
    float pressMin = flowMin, pressMax = flowMax;
    for (const auto &line : m_lines) {
        float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
        for (const Monitor::ColumnSummary &c : std::as_const(line->columns)) {
            // min is +inf and max -inf where a column holds only NaNs: they never widen the range.
            if (c.count > 0 && std::isfinite(c.min))
                lo = std::min(lo, c.min);
            if (c.count > 0 && std::isfinite(c.max))
                hi = std::max(hi, c.max);
        }
        if (lo <= hi) {
            const bool onPressure = line->pressure && m_axesMode == Axes::Separate;
            (onPressure ? pressMin : flowMin) = std::min(onPressure ? pressMin : flowMin, lo);
            (onPressure ? pressMax : flowMax) = std::max(onPressure ? pressMax : flowMax, hi);
        }
    }
    // Alarm limits of the lines shown: a limit near the data widens its axis to take it in (the
    // point of watching is how close the line is to it); one far away is left off the axis.
    struct Placed
    {
        const LimitLine *limit;
        bool onPressure;
        QColor colour;
    };
    std::vector<Placed> placed;
    for (const LimitLine &limit : std::as_const(m_limits)) {
        const auto line = std::find_if(m_lines.cbegin(), m_lines.cend(), [&](const auto &l) {
            return l->visible && l->source == limit.source && l->pressure == limit.pressure;
        });
        if (line == m_lines.cend())
            continue;
        const bool onPressure = limit.pressure && m_axesMode == Axes::Separate;
        float &lo = onPressure ? pressMin : flowMin;
        float &hi = onPressure ? pressMax : flowMax;
        if (lo <= hi && double(hi) > 0 && limit.value <= 2.0 * double(hi) && limit.value >= 0) {
            lo = std::min(lo, float(limit.value));
            hi = std::max(hi, float(limit.value));
        }
        placed.push_back(Placed{&limit, onPressure, (*line)->series->pen().color()});
    }
    if (m_timeAxis->min() != from || m_timeAxis->max() != to)
        m_timeAxis->setRange(from, to);
    const auto fit = [](QValueAxis *axis, float lo, float hi) {
        double min = 0, max = 1;
        if (lo <= hi) {
            const double margin = std::max(0.05 * double(hi - lo), 0.01 * std::max(std::abs(double(hi)), 1.0));
            // Flow and pressure are read against zero: the axis starts there unless values go
            // clearly below. A stopped line's sensor noise (-0.003 bar) is zero, not a reason
            // for an axis down to -0.5 bar.
            const double noise = 0.02 * std::max(std::abs(double(hi)), 1.0);
            min = lo >= -noise ? 0.0 : double(lo) - margin;
            max = double(hi) + margin;
        }
        // Keep the axis while the data stays inside it and fills at least half of it: no jitter.
        if (axis->min() <= min && axis->max() >= max && (max - min) >= 0.5 * (axis->max() - axis->min()))
            return;
        axis->setRange(min, max);
        axis->applyNiceNumbers();
    };
    fit(m_flowAxis, flowMin, flowMax);
    fit(m_pressureAxis, pressMin, pressMax);
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();  // new labels may have moved the plot area

    // The axes' mapping, once a frame: the same arithmetic Qt Charts' XYDomain does per point.
    const QRectF area = m_chart->plotArea();
    std::vector<TrendPlotItem::Rule> &rules = m_plot->rules();
    rules.clear();
    for (const Placed &p : placed) {
        const QValueAxis *axis = p.onPressure ? m_pressureAxis : m_flowAxis;
        const double span = std::max(1e-12, axis->max() - axis->min());
        const double y = area.bottom() - (p.limit->value - axis->min()) / span * area.height();
        if (y < area.top() || y > area.bottom() + 1)
            continue;  // off the axis: not drawn
        QPen pen(p.colour);
        pen.setStyle(Qt::DashDotDotLine);
        rules.push_back(TrendPlotItem::Rule{pen, y, p.limit->label});
    }
    const double xScale = area.width() / double(std::max<qint64>(1, m_t1Us - m_t0Us));
    // Built into the buffers of the frame before last (swapped below): a frame allocates nothing,
    // and freeing and faulting in half a megabyte a frame cost more than drawing it.
    std::vector<TrendPlotItem::Polyline> &polylines = m_plot->spare();
    polylines.resize(m_lines.size());
    for (size_t i = 0; i < m_lines.size(); ++i) {
        const Line &line = *m_lines[i];
        TrendPlotItem::Polyline &out = polylines[i];
        out.pen = line.series->pen();
        out.points.clear();
        if (!line.visible)
            continue;
        const QValueAxis *axis = line.pressure && m_axesMode == Axes::Separate ? m_pressureAxis : m_flowAxis;
        const double yScale = area.height() / std::max(1e-12, axis->max() - axis->min());
        const double yBase = area.bottom() + axis->min() * yScale;
        const auto x = [&](qint64 t) { return area.left() + double(t - m_t0Us) * xScale; };
        const auto y = [&](float v) { return yBase - double(v) * yScale; };
        out.points.reserve(line.columns.size() * 2);
        // Per column its extremes in the order the data went, at its first and last sample's
        // time; a column with one sample (or a flat one) is one point.
        for (const Monitor::ColumnSummary &c : std::as_const(line.columns)) {
            if (c.count == 0)
                continue;
            if (c.count == 1 || c.min == c.max) {
                out.points.append(QPointF(x(c.tFirst), y(c.first)));
                continue;
            }
            const bool rising = c.first <= c.last;
            out.points.append(QPointF(x(c.tFirst), y(rising ? c.min : c.max)));
            out.points.append(QPointF(x(c.tLast), y(rising ? c.max : c.min)));
        }
    }
    // Following live, most frames within a column change nothing on screen: the axes stand
    // (the window moves a column at a time) and new samples fall on pixels already drawn.
    // Such a frame is not painted.
    const auto samePixels = [](const std::vector<TrendPlotItem::Polyline> &a, const std::vector<TrendPlotItem::Polyline> &b) {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            if (a[i].pen != b[i].pen || a[i].points.size() != b[i].points.size())
                return false;
            for (qsizetype k = 0; k < a[i].points.size(); ++k) {
                if (a[i].points[k].toPoint() != b[i].points[k].toPoint())
                    return false;
            }
        }
        return true;
    };
    const bool axesStand = area == m_plot->area() && m_t0Us == m_paintedT0 && m_t1Us == m_paintedT1
        && m_flowAxis->min() == m_paintedFlow.first && m_flowAxis->max() == m_paintedFlow.second
        && m_pressureAxis->min() == m_paintedPressure.first && m_pressureAxis->max() == m_paintedPressure.second;
    if (!axesStand || !samePixels(polylines, m_plot->polylines())) {
        m_plot->setArea(area);
        m_plot->swapSpare();
        m_plot->update();
        m_paintedT0 = m_t0Us;
        m_paintedT1 = m_t1Us;
        m_paintedFlow = {m_flowAxis->min(), m_flowAxis->max()};
        m_paintedPressure = {m_pressureAxis->min(), m_pressureAxis->max()};
        m_lastDataMs = double(timer.nsecsElapsed()) / 1e6;
    }
    Q_EMIT frameDrawn(m_drawnLast);
}

std::pair<double, double> TrendChart::flowAxisRange() const
{
    return {m_flowAxis->min(), m_flowAxis->max()};
}

std::pair<double, double> TrendChart::pressureAxisRange() const
{
    return {m_pressureAxis->min(), m_pressureAxis->max()};
}

QString TrendChart::readoutText() const
{
    return m_readout->text();
}

qsizetype TrendChart::pointsInSeries() const
{
    qsizetype n = 0;
    for (const TrendPlotItem::Polyline &line : m_plot->polylines())
        n += line.points.size();
    return n;
}

QString TrendChart::readoutAt(qint64 tUs) const
{
    if (!m_store)
        return {};
    const qint64 halfColumn = std::max<qint64>(1, (m_t1Us - m_t0Us) / std::max(32, int(2 * m_chart->plotArea().width())));
    QStringList parts;
    const QLocale locale;
    for (const auto &line : m_lines) {
        const auto *c = m_store->channel(line->channel);
        if (!c || !line->visible)
            continue;
        const auto col = m_store->columns(line->channel, tUs - halfColumn, tUs + halfColumn, 1);
        if (col.isEmpty() || col.front().count == 0)
            continue;
        const auto &s = col.front();
        const QString value = s.min == s.max ? locale.toString(double(s.last), 'f', 2)
                                             : tr("%1 to %2").arg(locale.toString(double(s.min), 'f', 2), locale.toString(double(s.max), 'f', 2));
        parts.append(u"%1: %2 %3"_s.arg(c->name, value, c->unit));
    }
    const qint64 seconds = tUs / kSecondUs;
    const QString time = m_timeAxisMode == TimeAxis::Clock && m_store->startUtc().isValid()
        ? locale.toString(m_store->startUtc().addMSecs(tUs / 1000).toLocalTime().time(), u"HH:mm:ss.zzz"_s)
        : u"%1:%2:%3.%4"_s.arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'))
              .arg((tUs % kSecondUs) / 1000, 3, 10, QLatin1Char('0'));
    return parts.isEmpty() ? time : time + u"  "_s + parts.join(u"  "_s);
}

void TrendChart::showReadout(const QPointF &chartPos)
{
    if (!m_chart->plotArea().contains(chartPos)) {
        m_readout->clear();
        return;
    }
    m_readout->setText(readoutAt(timeAtPlotX(chartPos.x())));
}

QImage TrendChart::renderImage(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QImage TrendChart::reportImage(const QSize &size, qreal scale)
{
    // Its own copy of the chart, laid out at the given size whatever this one's size on screen:
    // labels and legend come out as large on paper every time, and `scale` pixels a point keep
    // them sharp in print.
    TrendChart twin;
    twin.setAttribute(Qt::WA_DontShowOnScreen);
    twin.m_styles = m_styles;
    twin.m_axesMode = m_axesMode;
    twin.m_timeAxisMode = m_timeAxisMode;
    twin.m_window = m_window;
    twin.setStore(m_store);
    for (const auto &line : m_lines) {
        if (!line->visible)
            twin.setChannelVisible(line->channel, false);
    }
    twin.attachAxes();
    twin.setLimitLines(m_limits);
    twin.resize(size);
    twin.show();
    twin.setVisibleRange(m_t0Us, m_t1Us);
    QImage image((QSizeF(twin.m_view->size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    twin.m_view->render(&painter, QRectF(QPointF(0, 0), QSizeF(twin.m_view->size())));
    painter.end();
    return image;
}

bool TrendChart::savePng(const QString &path, QString *error)
{
    refresh();
    const QPixmap pixmap = m_view->grab();
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write the image %1.").arg(path);
        return false;
    }
    return true;
}

bool TrendChart::saveSvg(const QString &path, QString *error)
{
    refresh();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    svg.setTitle(tr("PumpStudio chart"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("Could not write the drawing %1.").arg(path);
        return false;
    }
    m_view->render(&painter);
    painter.end();
    return true;
}

} // namespace PumpStudio
