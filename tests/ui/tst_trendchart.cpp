// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The trend chart offscreen: live frames read only new columns and draw what a full redraw
// draws, and a view that needs raw samples no longer in memory asks for them, shows the summary
// meanwhile and redraws exact once they arrive.
#include "monitor/devicestyles.h"
#include "monitor/trendchart.h"
#include "monitor/trendstore.h"

#include <QGraphicsView>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <QSet>

#include <cmath>
#include <memory>
#include <vector>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kStepUs = 10'000;  // 100 Hz

Records::Sample sampleAt(int channel, qint64 i)
{
    return {i * kStepUs, float(10.0 + channel + 3.0 * std::sin(double(i) * 0.013 * (channel + 1)) + 0.3 * std::sin(double(i) * 1.7))};
}

void addChannels(Monitor::TrendStore &store, int rawChunksKept)
{
    for (int c = 1; c <= 3; ++c) {
        store.addChannel(c, u"ch%1"_s.arg(c), c == 2 ? u"bar"_s : u"mL/min"_s,
                         c == 2 ? Records::Quantity::Pressure : Records::Quantity::Flow)
            .pyramid.setRawChunksKept(rawChunksKept);
    }
}

void append(Monitor::TrendStore &store, qint64 from, qint64 to)
{
    for (qint64 i = from; i < to; ++i) {
        for (int c = 1; c <= 3; ++c)
            store.append(c, sampleAt(c, i));
    }
}

} // namespace

class TestTrendChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveFramesReadOnlyNewColumnsAndDrawTheSame()
    {
        Monitor::TrendStore store;
        store.setLive(true);
        addChannels(store, 1 << 20);
        append(store, 0, 12'000);
        store.setNowUs(12'000 * kStepUs);
        TrendChart chart;
        chart.resize(900, 500);
        chart.setStore(&store);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QSignalSpy first(&chart, &TrendChart::frameDrawn);
        chart.setWindow(TrendChart::Window::OneMinute);
        QVERIFY(chart.isFollowing());
        QCOMPARE(first.count(), 1);
        // Once all of it: every column of every line read.
        QVERIFY(chart.columnsQueriedLastFrame() >= 3 * 400);

        // The same view drawn from scratch, for comparison.
        Monitor::TrendStore reference;
        reference.setLive(false);
        addChannels(reference, 1 << 20);
        TrendChart full;
        full.resize(900, 500);
        full.setStore(&reference);
        full.show();
        QVERIFY(QTest::qWaitForWindowExposed(&full));

        qint64 next = 12'000;
        for (int frame = 0; frame < 20; ++frame) {
            append(store, next, next + 4);
            next += 4;
            store.setNowUs(next * kStepUs);
            chart.refresh();
            // A few new columns, not the whole width.
            QVERIFY2(chart.columnsQueriedLastFrame() <= 3 * 8, qPrintable(QString::number(chart.columnsQueriedLastFrame())));
        }
        append(reference, 0, next);
        full.setVisibleRange(chart.visibleStartUs(), chart.visibleEndUs());
        QCOMPARE(chart.pointsInSeries(), full.pointsInSeries());
        const auto plot = [](TrendChart &c) { return c.findChild<QWidget *>(u"trendChartView"_s)->grab().toImage(); };
        QCOMPARE(plot(chart), plot(full));
    }

    void readsRawSamplesBackWithoutWaiting()
    {
        Monitor::TrendStore store;
        store.setLive(false);
        addChannels(store, 2);
        append(store, 0, 200'000);
        std::vector<std::pair<int, qint64>> asked;
        store.setRawChunkRequester([&](int channel, qint64 chunk) { asked.emplace_back(channel, chunk); });
        TrendChart chart;
        chart.resize(900, 500);
        chart.setStore(&store);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        // 20 s deep in the run over about 800 px: 25 ms columns, 0.64 s buckets, raw dropped.
        const qint64 t0 = 300 * 1'000'000 + 5;
        chart.setVisibleRange(t0, t0 + 20'000'000);
        QVERIFY(!asked.empty());
        const qsizetype meanwhile = chart.pointsInSeries();

        // What it shows once every sample is there.
        Monitor::TrendStore exact;
        exact.setLive(false);
        addChannels(exact, 1 << 20);
        append(exact, 0, 200'000);
        TrendChart reference;
        reference.resize(900, 500);
        reference.setStore(&exact);
        reference.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reference));
        reference.setVisibleRange(t0, t0 + 20'000'000);
        QVERIFY(meanwhile != reference.pointsInSeries());

        QSignalSpy drawn(&chart, &TrendChart::frameDrawn);
        const auto requests = asked;
        asked.clear();
        for (const auto &[channel, chunk] : requests) {
            QList<Records::Sample> samples;
            for (qint64 i = chunk * Records::kSamplesPerChunk; i < (chunk + 1) * Records::kSamplesPerChunk; ++i)
                samples.append(sampleAt(channel, i));
            store.deliverRawChunk(channel, chunk, samples);
        }
        // The chart's clock redraws what the chunks refined, with nothing more to ask.
        QTRY_VERIFY(drawn.count() > 0);
        QCOMPARE(chart.pointsInSeries(), reference.pointsInSeries());
        QVERIFY(asked.empty());
        const auto plot = [](TrendChart &c) { return c.findChild<QWidget *>(u"trendChartView"_s)->grab().toImage(); };
        QCOMPARE(plot(chart), plot(reference));
    }

    void aStoppedLinesNoiseKeepsThePressureAxisAtZero()
    {
        // Issue 16 item 4: after the pumps stopped the sensor read -0.00x bar and the pressure
        // axis went down to -0.5 bar.
        Monitor::TrendStore store;
        store.setLive(false);
        store.addChannel(1, u"flow"_s, u"mL/min"_s, Records::Quantity::Flow);
        store.addChannel(2, u"pressure"_s, u"bar"_s, Records::Quantity::Pressure);
        for (qint64 i = 0; i < 2000; ++i) {
            const bool running = i < 1000;
            store.append(1, {i * kStepUs, running ? 5.0f : 0.0f});
            // Running about 1.2 bar; stopped, noise around zero, mostly below it.
            store.append(2, {i * kStepUs, running ? 1.2f + 0.01f * float(i % 3) : -0.004f + 0.001f * float(i % 5)});
        }
        TrendChart chart;
        chart.resize(900, 500);
        chart.setStore(&store);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refresh();
        QCOMPARE(chart.pressureAxisRange().first, 0.0);
        QVERIFY(chart.pressureAxisRange().second >= 1.2);
        QCOMPARE(chart.flowAxisRange().first, 0.0);
        // Only the stopped part in view: still from zero.
        chart.setVisibleRange(1500 * kStepUs, 2000 * kStepUs);
        QCOMPARE(chart.pressureAxisRange().first, 0.0);
        // A line that really goes below zero (a vacuum) still gets its negative axis.
        store.append(2, {2000 * kStepUs, -0.4f});
        chart.setVisibleRange(1500 * kStepUs, 2001 * kStepUs);
        QVERIFY(chart.pressureAxisRange().first < -0.3);
    }

    void theCursorReadoutGoesWhenTheMouseLeaves()
    {
        Monitor::TrendStore store;
        store.setLive(false);
        addChannels(store, 1 << 20);
        append(store, 0, 1000);
        TrendChart chart;
        chart.resize(900, 500);
        chart.setStore(&store);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refresh();
        auto *view = chart.findChild<QGraphicsView *>(u"trendChartView"_s);
        QVERIFY(view);
        const QPoint centre = view->viewport()->rect().center();
        QMouseEvent move(QEvent::MouseMove, QPointF(centre), view->viewport()->mapToGlobal(QPointF(centre)), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
        QVERIFY2(chart.readoutText().contains(u"mL/min"_s), qPrintable(chart.readoutText()));
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(view->viewport(), &leave);
        QVERIFY2(chart.readoutText().isEmpty(), qPrintable(chart.readoutText()));
    }

    void sixLongNamesMoveTheLegendBesideThePlotInsteadOfCuttingThem()
    {
        // Issue 16 item 6: with five or six devices the legend above the plot cut every name
        // to "Demo RS-485 Modbus pre…". Names that do not fit in a row go beside the plot.
        Monitor::TrendStore store;
        store.setLive(false);
        const QStringList names{u"Demo RS-485 Modbus pressure transmitter pressure"_s, u"Demo Ismatec Reglo ICC flow"_s,
                                u"Demo Longer BT100-2J flow"_s, u"Demo Lead Fluid BT100S flow"_s, u"Buffer B flow"_s,
                                u"Waste flow"_s};
        for (int id = 1; id <= names.size(); ++id)
            store.addChannel(id, names.at(id - 1), id == 1 ? u"bar"_s : u"mL/min"_s,
                             id == 1 ? Records::Quantity::Pressure : Records::Quantity::Flow);
        TrendChart chart;
        chart.setStore(&store);
        chart.resize(1180, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.legendAlignment(), Qt::Alignment(Qt::AlignRight));
        // Two lines fit above the plot, where they take no width from it.
        Monitor::TrendStore few;
        few.setLive(false);
        few.addChannel(1, names.at(1), u"mL/min"_s, Records::Quantity::Flow);
        few.addChannel(2, names.at(0), u"bar"_s, Records::Quantity::Pressure);
        chart.setStore(&few);
        QCOMPARE(chart.legendAlignment(), Qt::Alignment(Qt::AlignTop));
        // And the same names at a narrow width go beside it again.
        chart.resize(400, 300);
        QTRY_COMPARE(chart.legendAlignment(), Qt::Alignment(Qt::AlignRight));
    }

    void aDeviceKeepsItsLookFromRunToRunAndPressureIsDrawnUnderTheFlows()
    {
        // Issue 16 item 3: colours changed from run to run (they went by channel order), equal
        // flows hid each other, and the noisy pressure was drawn over the flows.
        auto styles = std::make_shared<DeviceStyles>();
        styles->setOrder({u"reglo"_s, u"longer"_s, u"leadfluid"_s, u"sensor"_s});
        const auto run = [&](const QList<std::pair<QString, Records::Quantity>> &channels) {
            auto store = std::make_unique<Monitor::TrendStore>();
            store->setLive(false);
            int id = 1;
            for (const auto &[source, quantity] : channels) {
                auto &c = store->addChannel(id, source, quantity == Records::Quantity::Pressure ? u"bar"_s : u"mL/min"_s, quantity);
                c.source = source;
                for (qint64 i = 0; i < 100; ++i)
                    store->append(id, {i * kStepUs, 26.4f});  // equal values: one line over the other
                ++id;
            }
            return store;
        };
        // Run 1: the sensor answered first, then the Longer, then the Lead Fluid.
        auto first = run({{u"sensor"_s, Records::Quantity::Pressure}, {u"longer"_s, Records::Quantity::Flow},
                          {u"leadfluid"_s, Records::Quantity::Flow}});
        // Run 2: another order.
        auto second = run({{u"leadfluid"_s, Records::Quantity::Flow}, {u"sensor"_s, Records::Quantity::Pressure},
                           {u"longer"_s, Records::Quantity::Flow}});
        TrendChart a;
        a.setDeviceStyles(styles);
        a.setStore(first.get());
        TrendChart b;
        b.setDeviceStyles(styles);
        b.setStore(second.get());
        const auto penOf = [](const TrendChart &chart, const Monitor::TrendStore &store, const QString &source) {
            for (int id : store.channelIds()) {
                if (store.channel(id)->source == source)
                    return chart.linePen(id);
            }
            return QPen();
        };
        for (const QString &device : {u"sensor"_s, u"longer"_s, u"leadfluid"_s})
            QCOMPARE(penOf(a, *first, device).color(), penOf(b, *second, device).color());
        QCOMPARE(penOf(a, *first, u"longer"_s).color(), DeviceStyles::colour(1));
        // Equal flows of two pumps: different colours and different dashes, the later one drawn
        // broken over the earlier.
        const QPen longer = penOf(a, *first, u"longer"_s);
        const QPen leadFluid = penOf(a, *first, u"leadfluid"_s);
        QVERIFY(longer.color() != leadFluid.color());
        QVERIFY(longer.style() != leadFluid.style());
        QVERIFY(leadFluid.style() != Qt::SolidLine);
        // Pressure first: drawn underneath.
        QCOMPARE(a.drawOrder().front(), 1);
        QCOMPARE(b.drawOrder().front(), 2);
        // A channel added while the chart shows the store (a live run) is known by its device at
        // once: it takes that device's look, and no place is given to its name.
        Monitor::TrendStore live;
        TrendChart c;
        c.setDeviceStyles(styles);
        c.setStore(&live);
        live.addChannel(1, u"Lead Fluid flow"_s, u"mL/min"_s, Records::Quantity::Flow, u"leadfluid"_s);
        QCOMPARE(c.linePen(1).color(), DeviceStyles::colour(2));
        QCOMPARE(styles->order().size(), 4);
        // The Okabe-Ito colours are all different.
        QSet<QRgb> colours;
        for (int i = 0; i < DeviceStyles::kColours; ++i)
            colours.insert(DeviceStyles::colour(i).rgb());
        QCOMPARE(colours.size(), DeviceStyles::kColours);
    }

    void alarmLimitsAreDrawnAsLines()
    {
        Monitor::TrendStore store;
        store.setLive(false);
        store.addChannel(1, u"Line pressure"_s, u"bar"_s, Records::Quantity::Pressure).source = u"sensor"_s;
        for (qint64 i = 0; i < 100; ++i)
            store.append(1, {i * kStepUs, 0.5f});
        TrendChart chart;
        chart.resize(900, 500);
        chart.setStore(&store);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setLimitLines({{u"sensor"_s, true, 0.8, u"High 0.8 bar"_s}, {u"sensor"_s, true, 1.0, u"High-high 1 bar"_s},
                             {u"other"_s, true, 0.7, u"not shown: no line of that device"_s}});
        chart.refresh();
        QCOMPARE(chart.limitLinesDrawn(), 2);
        // A limit near the data widens the axis to take it in.
        QVERIFY(chart.pressureAxisRange().second >= 1.0);
        // Hiding the line hides its limits.
        chart.setChannelVisible(1, false);
        chart.refresh();
        QCOMPARE(chart.limitLinesDrawn(), 0);
    }
};

QTEST_MAIN(TestTrendChart)
#include "tst_trendchart.moc"
