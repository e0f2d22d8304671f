// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profilepreviewchart.h"

#include <QEvent>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QFontMetrics>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
constexpr int kRampVolumeSteps = 8;  // a ramp's volume grows as a parabola: drawn as 8 chords

void fit(QValueAxis *axis, double lo, double hi)
{
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (hi - lo < 1e-12)
        hi = lo + 1;
    const double margin = 0.05 * (hi - lo);
    axis->setRange(lo < 0 ? lo - margin : 0.0, hi > 0 ? hi + margin : 0.0);
    axis->applyNiceNumbers();
}
// The volume axis puts its 0 at the height of the flow axis' 0, with the same ticks: one zero
// line, and reverse flow and a falling net volume read the same way.
void alignZero(QValueAxis *axis, const QValueAxis *reference, double lo, double hi)
{
    const double refMin = reference->min();
    const double refMax = reference->max();
    axis->setTickCount(reference->tickCount());
    if (refMin >= 0 || refMax <= 0) {
        fit(axis, lo, hi);
        axis->setTickCount(reference->tickCount());
        return;
    }
    // Scale so that [refMin, refMax] maps to [k refMin, k refMax] and holds [lo, hi].
    double k = std::max({hi / refMax, lo / refMin, 1e-12});
    // Round the scale up to a 1-2-5 step so the labels are readable numbers.
    const double magnitude = std::pow(10.0, std::floor(std::log10(k)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= k * (1 - 1e-9)) {
            k = step * magnitude;
            break;
        }
    }
    axis->setRange(k * refMin, k * refMax);
}
} // namespace

ProfilePreviewChart::ProfilePreviewChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignTop);

    m_timeAxis = new QValueAxis(this);
    m_timeAxis->setLabelFormat(u"%g"_s);
    // Qt Charts leaves a vertical title the axis width minus the width of "..." and cuts it to
    // "⋮" when it is thicker than that: with one-digit labels ("0", "2", "4") a Chinese title,
    // drawn in a taller fallback font, did not fit. Labels padded to three characters (on the
    // side away from the plot) keep that room whatever the numbers.
    m_flowAxis = new QValueAxis(this);
    m_flowAxis->setLabelFormat(u"%3g"_s);
    m_volumeAxis = new QValueAxis(this);
    m_volumeAxis->setLabelFormat(u"%-3g"_s);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_flowAxis, Qt::AlignLeft);
    m_chart->addAxis(m_volumeAxis, Qt::AlignRight);

    m_flow = new QLineSeries;
    QPen flowPen(QColor(0x1f, 0x77, 0xb4));
    flowPen.setWidthF(2);
    m_flow->setPen(flowPen);
    m_volume = new QLineSeries;
    QPen volumePen(QColor(0x2c, 0xa0, 0x2c));
    volumePen.setStyle(Qt::DashLine);
    volumePen.setWidthF(1.5);
    m_volume->setPen(volumePen);
    m_waits = new QScatterSeries;
    m_waits->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_waits->setMarkerSize(12);
    m_waits->setColor(QColor(0xd6, 0x27, 0x28));
    m_waits->setBorderColor(QColor(0xd6, 0x27, 0x28));
    m_trace = new QLineSeries;
    QPen tracePen(QColor(0xff, 0x7f, 0x0e));
    tracePen.setWidthF(1.0);
    m_trace->setPen(tracePen);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_flow), static_cast<QAbstractSeries *>(m_volume),
                               static_cast<QAbstractSeries *>(m_waits), static_cast<QAbstractSeries *>(m_trace)})
        m_chart->addSeries(s);
    m_trace->attachAxis(m_timeAxis);
    m_trace->attachAxis(m_flowAxis);
    m_flow->attachAxis(m_timeAxis);
    m_flow->attachAxis(m_flowAxis);
    m_waits->attachAxis(m_timeAxis);
    m_waits->attachAxis(m_flowAxis);
    m_volume->attachAxis(m_timeAxis);
    m_volume->attachAxis(m_volumeAxis);

    // An operator wait takes no planned time: a marker on the time axis, its message on hover.
    connect(m_waits, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const auto pts = m_waits->points();
        for (qsizetype i = 0; i < pts.size() && i < m_waitMessages.size(); ++i) {
            if (pts.at(i) == point) {
                QToolTip::showText(QCursor::pos(), tr("Wait for the operator: %1").arg(m_waitMessages.at(i)), m_view);
                return;
            }
        }
    });

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(u"profilePreviewView"_s);
    m_view->setRenderHint(QPainter::Antialiasing, true);
    m_view->setMinimumHeight(180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    retranslate();
    setProfile({});
}

ProfilePreviewChart::~ProfilePreviewChart() = default;

void ProfilePreviewChart::retranslate()
{
    m_flow->setName(tr("Flow [mL/min]"));
    m_volume->setName(tr("Net volume [mL]"));
    m_waits->setName(tr("Operator wait"));
    m_trace->setName(tr("Dry run [mL/min]"));
    m_flowAxis->setTitleText(tr("Flow [mL/min]"));
    m_volumeAxis->setTitleText(tr("Volume [mL]"));
    m_timeAxis->setTitleText(m_timeScale >= 3600 ? tr("Time [h]") : m_timeScale >= 60 ? tr("Time [min]") : tr("Time [s]"));
    // Qt Charts cuts a vertical title longer than the plot area is high to "…" (shown as "⋮"),
    // and a Chinese title is drawn in a taller fallback font: the chart is never made shorter
    // than its titles need, besides the legend, the time axis and the margins above and below.
    const QFontMetrics metrics(m_flowAxis->titleFont());
    const int overhead = 6 * metrics.lineSpacing() + 64;
    m_view->setMinimumHeight(std::max(180, verticalTitleLength() + overhead));
    m_view->setToolTip(m_truncated ? tr("The profile expands to too many steps: only the start is drawn.") : QString());
}

int ProfilePreviewChart::verticalTitleLength() const
{
    const QFontMetrics flow(m_flowAxis->titleFont());
    const QFontMetrics volume(m_volumeAxis->titleFont());
    // Some room for the fallback font's wider glyphs and the title's own padding.
    return std::max(flow.horizontalAdvance(m_flowAxis->titleText()), volume.horizontalAdvance(m_volumeAxis->titleText())) + 16;
}

QStringList ProfilePreviewChart::shownTexts() const
{
    QStringList texts;
    for (const QGraphicsItem *item : m_chart->scene()->items()) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
            texts.append(text->toPlainText());
    }
    return texts;
}

std::pair<double, int> ProfilePreviewChart::verticalTitleRoom() const
{
    return {m_chart->plotArea().height(), verticalTitleLength()};
}

void ProfilePreviewChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProfilePreviewChart::setProfile(const Profiles::Profile &profile)
{
    const Profiles::Timeline plan = Profiles::timeline(profile);
    m_truncated = plan.truncated;
    // A dry run's trace belongs to the plan it ran: a changed plan drops it.
    m_traceSeconds.clear();
    m_trace->clear();
    const double total = plan.segments.empty() ? 0.0 : plan.segments.back().endS;
    m_timeScale = total > 5 * 3600 ? 3600.0 : total > 300 ? 60.0 : 1.0;  // at most 5 units of the next size

    QList<QPointF> flow;
    QList<QPointF> volume;
    QList<QPointF> waits;
    m_waitMessages.clear();
    flow.reserve(qsizetype(plan.segments.size()) * 2);
    volume.reserve(qsizetype(plan.segments.size()) * 2);
    double net = 0;
    double flowLo = 0, flowHi = 0, volLo = 0, volHi = 0;
    volume.append(QPointF(0, 0));
    for (const Profiles::Segment &s : plan.segments) {
        const double t0 = s.startS / m_timeScale;
        const double t1 = s.endS / m_timeScale;
        if (s.waitsForOperator) {
            waits.append(QPointF(t0, 0));
            m_waitMessages.append(s.message);
            continue;
        }
        const double sign = s.direction == Profiles::Direction::Reverse ? -1.0 : 1.0;
        const double f0 = sign * s.startMlPerMin;
        const double f1 = sign * s.endMlPerMin;
        flow.append(QPointF(t0, f0));
        flow.append(QPointF(t1, f1));
        flowLo = std::min({flowLo, f0, f1});
        flowHi = std::max({flowHi, f0, f1});
        const int parts = s.kind == Profiles::Step::Kind::Ramp ? kRampVolumeSteps : 1;
        const double span = s.endS - s.startS;
        for (int i = 1; i <= parts; ++i) {
            // Volume after a fraction x of a linear ramp: (f0 x + (f1 - f0) x^2 / 2) * span.
            const double x = double(i) / parts;
            const double v = (f0 * x + (f1 - f0) * x * x / 2.0) * span / 60.0;
            volume.append(QPointF((s.startS + x * span) / m_timeScale, net + v));
        }
        net += sign * s.volumeMl;
        volume.back().setY(net);  // the timeline's own volume, so rounding never drifts
        volLo = std::min(volLo, net);
        volHi = std::max(volHi, net);
        for (qsizetype i = volume.size() - parts; i < volume.size(); ++i) {
            volLo = std::min(volLo, volume.at(i).y());
            volHi = std::max(volHi, volume.at(i).y());
        }
    }
    // Replace, not append: Qt Charts maps each point once.
    m_flow->replace(flow);
    m_volume->replace(plan.segments.empty() ? QList<QPointF>() : volume);
    m_waits->replace(waits);
    m_timeAxis->setRange(0, std::max(total / m_timeScale, 1e-9 + (total > 0 ? 0 : 1)));
    if (total > 0)
        m_timeAxis->applyNiceNumbers();
    fit(m_flowAxis, flowLo, flowHi);
    alignZero(m_volumeAxis, m_flowAxis, volLo, volHi);
    retranslate();
}

void ProfilePreviewChart::setTrace(const QList<QPointF> &flowBySecond)
{
    m_traceSeconds = flowBySecond;
    QList<QPointF> points;
    points.reserve(flowBySecond.size());
    for (const QPointF &p : flowBySecond)
        points.append(QPointF(p.x() / m_timeScale, p.y()));
    m_trace->replace(points);
}

QList<QPointF> ProfilePreviewChart::tracePoints() const
{
    return m_trace->points();
}

QList<QPointF> ProfilePreviewChart::flowPoints() const
{
    return m_flow->points();
}

QList<QPointF> ProfilePreviewChart::volumePoints() const
{
    return m_volume->points();
}

QList<QPointF> ProfilePreviewChart::waitPoints() const
{
    return m_waits->points();
}

} // namespace PumpStudio
