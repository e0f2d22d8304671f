// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// What a chart frame costs, and what a long run costs in memory, with figures printed as a table.
//
//   frame cost: 8 channels at 100 Hz drawn 1600 px wide by TrendChart (pyramid -> first/min/max/
//     last per pixel column -> QLineSeries::replace -> render), with 1 min and with 24 h of
//     history, against the naive way (every sample appended to a QLineSeries) in the same run;
//   memory: process RSS growth over a simulated 24 h x 8 channels x 100 Hz run;
//   latency: from a status reply arriving on the serial line (stamped on arrival, on the device
//     thread) to the end of the chart frame that shows it, against a simulated pressure
//     transmitter on a pseudo-terminal polled every 20 ms.
//
// Run: cmake --build build/test --target bench   (or build/test/tests/bench/bench_chart)
#include "core/appsettings.h"
#include "services/deviceservice.h"
#include "device/driverfactory.h"
#include "services/monitorsession.h"
#include "monitor/trendchart.h"
#include "monitor/trendstore.h"
#include "sim/ptyendpoint.h"
#include "sim/simdevicefactory.h"
#include "sim/simulation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kChannels = 8;
constexpr int kRateHz = 100;
constexpr qint64 kStepUs = 1'000'000 / kRateHz;
constexpr int kWidth = 1600;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

double rssMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return 0;
}

float wave(int channel, qint64 i)
{
    return float(10.0 + channel + 3.0 * std::sin(double(i) * 0.01 * (channel + 1)) + 0.2 * std::sin(double(i) * 1.7));
}

void fill(Monitor::TrendStore &store, qint64 samples)
{
    for (int c = 0; c < kChannels; ++c)
        store.addChannel(c + 1, u"ch%1"_s.arg(c + 1), c % 2 ? u"bar"_s : u"mL/min"_s,
                         c % 2 ? Records::Quantity::Pressure : Records::Quantity::Flow);
    for (qint64 i = 0; i < samples; ++i) {
        for (int c = 0; c < kChannels; ++c)
            store.append(c + 1, Records::Sample{i * kStepUs, wave(c, i)});
    }
}

struct FrameCost
{
    double total = 0;    ///< ms
    double refresh = 0;  ///< pyramid query + QLineSeries::replace + axes
};

/// Median ms of a frame: new data in view, redraw, render to an image as the screen would.
FrameCost frameCost(TrendChart &chart, int frames)
{
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> total, refresh;
    for (int f = 0; f < frames; ++f) {
        QElapsedTimer t;
        t.start();
        chart.refresh();
        refresh.push_back(double(t.nsecsElapsed()) / 1e6);
        QPainter p(&image);
        chart.render(&p);
        p.end();
        total.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return {median(total), median(refresh)};
}

/// The naive way: every sample appended to a QLineSeries, a frame's worth at a time.
double naiveFrameCost(qint64 history, int frames)
{
    QChart *chart = new QChart;
    QChartView view(chart);
    view.resize(kWidth, 600);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    std::vector<QLineSeries *> series;
    for (int c = 0; c < kChannels; ++c) {
        auto *s = new QLineSeries;
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        QList<QPointF> points;
        points.reserve(history);
        for (qint64 i = 0; i < history; ++i)
            points.append(QPointF(double(i * kStepUs) / 1e6, double(wave(c, i))));
        s->replace(points);  // the history, loaded the fast way; only the frames are measured
        series.push_back(s);
    }
    y->setRange(0, 25);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms;
    qint64 next = history;
    const int perFrame = kRateHz / 30 + 1;  // samples arriving between two 30 Hz frames
    for (int f = 0; f < frames; ++f) {
        QElapsedTimer t;
        t.start();
        for (int k = 0; k < perFrame; ++k, ++next) {
            for (int c = 0; c < kChannels; ++c)
                series[size_t(c)]->append(double(next * kStepUs) / 1e6, double(wave(c, next)));
        }
        x->setRange(double((next - history) * kStepUs) / 1e6, double(next * kStepUs) / 1e6);
        QPainter p(&image);
        view.render(&p);
        p.end();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}

struct Latency
{
    double p50 = 0;
    double p95 = 0;
    int samples = 0;
};

Latency measureLatency()
{
    Models::ModelRegistry registry;
    registry.load(u":/models"_s, {});
    QTemporaryDir dir;
    Sim::Simulation simulation;
    auto endpoint = std::make_unique<Sim::PtyEndpoint>();
    const QString path = dir.filePath(u"sensor"_s);
    if (!endpoint->open(path).ok())
        return {};
    Sim::PumpSimOptions options;
    options.devices.push_back({u"pressure-modbus"_s, 1, {}, {}, {}});
    options.baudRate = 115200;
    auto bus = Sim::SimDeviceFactory::buildLine(options, registry, simulation, std::move(endpoint));
    if (!bus)
        return {};
    simulation.start(1.0);
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    Services::DeviceService devices(settings);
    Services::MonitorSession session(devices, settings);
    session.setRecordFolder(dir.filePath(u"records"_s));
    TrendChart chart;
    chart.resize(kWidth, 600);
    chart.setStore(session.store());
    chart.setWindow(TrendChart::Window::OneMinute);
    chart.show();

    Device::PumpConfig c;
    c.id = u"sensor"_s;
    c.modelId = u"pressure-modbus"_s;
    c.serial = Device::defaultSerialSettings(*registry.find(c.modelId), path);
    c.serial.baudRate = 115200;
    c.address = 1;
    c.pollIntervalMs = 20;
    c.simulated = true;
    devices.addPump(c);
    devices.connectPump(c.id);

    std::vector<qint64> arrivals;       // steady ns of replies not yet drawn
    std::vector<double> latencies;
    QObject::connect(&devices, &Services::DeviceService::sampled, &chart, [&](const QString &, qint64 ns) { arrivals.push_back(ns); });
    QObject::connect(&chart, &TrendChart::frameDrawn, &chart, [&](qint64) {
        const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
        // Replies that reached the store before this frame began are in it.
        for (qint64 a : arrivals)
            latencies.push_back(double(now - a) / 1e6);
        arrivals.clear();
    });
    // A sensor alone does not start a run (pumps do); the user's "Record now" does.
    session.startRunNow();
    QElapsedTimer wall;
    wall.start();
    while (wall.elapsed() < 8000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    // The first second is connecting; drop it.
    const size_t skip = std::min(latencies.size(), size_t(50));
    std::vector<double> steady(latencies.begin() + qsizetype(skip), latencies.end());
    simulation.stop();
    return {percentile(steady, 0.5), percentile(steady, 0.95), int(steady.size())};
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    std::printf("PumpStudio chart benchmark (8 channels, 100 Hz, %d px wide; medians)\n\n", kWidth);

    const qint64 oneMinute = 60 * kRateHz;
    const qint64 oneDay = 86400LL * kRateHz;
    FrameCost frame1m, frameDay;
    qsizetype points1m = 0, pointsDay = 0;
    {
        Monitor::TrendStore store;
        store.setLive(false);
        fill(store, oneMinute);
        TrendChart chart;
        chart.resize(kWidth + 120, 600);  // plot area about 1600 px
        chart.setStore(&store);
        chart.show();
        QCoreApplication::processEvents();
        chart.setVisibleRange(0, oneMinute * kStepUs);
        frame1m = frameCost(chart, 40);
        points1m = chart.pointsInSeries();
    }
    const double rssBefore = rssMb();
    QElapsedTimer fillTimer;
    fillTimer.start();
    auto day = std::make_unique<Monitor::TrendStore>();
    day->setLive(false);
    for (int c = 0; c < kChannels; ++c) {
        // As in a live session: raw samples beyond 64 chunks live only in the record.
        day->addChannel(c + 1, u"ch%1"_s.arg(c + 1), u"mL/min"_s, Records::Quantity::Flow).pyramid.setRawChunksKept(64);
    }
    for (qint64 i = 0; i < oneDay; ++i) {
        for (int c = 0; c < kChannels; ++c)
            day->append(c + 1, Records::Sample{i * kStepUs, wave(c, i)});
    }
    const double fillSeconds = double(fillTimer.elapsed()) / 1000.0;
    const double rssAfter = rssMb();
    {
        TrendChart chart;
        chart.resize(kWidth + 120, 600);
        chart.setStore(day.get());
        chart.show();
        QCoreApplication::processEvents();
        chart.setVisibleRange(0, oneDay * kStepUs);
        frameDay = frameCost(chart, 40);
        pointsDay = chart.pointsInSeries();
    }
    const double naive1m = naiveFrameCost(oneMinute, 20);
    const double naive10m = naiveFrameCost(10 * oneMinute, 5);

    std::printf("%-48s %10s %10s %10s\n", "Chart frame", "total ms", "data ms", "points");
    std::printf("%-48s %10.2f %10.2f %10lld\n", "TrendChart, 1 min of history", frame1m.total, frame1m.refresh, qlonglong(points1m));
    std::printf("%-48s %10.2f %10.2f %10lld\n", "TrendChart, 24 h of history", frameDay.total, frameDay.refresh, qlonglong(pointsDay));
    std::printf("%-48s %10.2f %10.2f\n", "  ratio 24 h / 1 min", frameDay.total / frame1m.total, frameDay.refresh / frame1m.refresh);
    std::printf("%-48s %10.2f %10s %10lld\n", "naive QLineSeries::append, 1 min of history", naive1m, "", qlonglong(oneMinute * kChannels));
    std::printf("%-48s %10.2f %10s %10lld\n", "naive QLineSeries::append, 10 min of history", naive10m, "", qlonglong(10 * oneMinute * kChannels));
    std::printf("%-48s %10s\n", "naive, 24 h of history", "not run");
    std::printf("  (24 h naive would hold %lld points in Qt Charts, about %.0f GB at 194 B a point)\n\n",
                qlonglong(oneDay * kChannels), double(oneDay * kChannels) * 194 / 1e9);

    std::printf("%-58s %10s\n", "Memory, 24 h x 8 channels x 100 Hz", "");
    std::printf("%-58s %10lld\n", "samples", qlonglong(oneDay * kChannels));
    std::printf("%-58s %10.1f\n", "store memoryBytes (MB)", double(day->memoryBytes()) / 1e6);
    std::printf("%-58s %10.1f\n", "process RSS growth (MB)", rssAfter - rssBefore);
    std::printf("%-58s %10.1f\n", "time to take in the samples (s)", fillSeconds);
    day.reset();

    const Latency latency = measureLatency();
    std::printf("\n%-58s %10s\n", "Latency, reply on the line -> frame showing it", "ms");
    std::printf("%-58s %10.1f\n", "p50", latency.p50);
    std::printf("%-58s %10.1f\n", "p95", latency.p95);
    std::printf("%-58s %10d\n", "replies measured", latency.samples);
    return 0;
}
