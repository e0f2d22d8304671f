// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// What a chart frame costs, and what a long run costs in memory, with figures printed as a table.
//
//   frame cost: 8 channels at 100 Hz drawn 1600 px wide by TrendChart (pyramid -> min/max per
//     pixel column -> one polyline a channel -> render), with 1 min and with 24 h of history: a
//     full redraw (the view moved: every column read again) and a live frame (following, 1/30 s
//     of new samples a frame); against the naive way (every sample appended to a QLineSeries),
//     against Qt Charts' own series fed the same columns (raster, and OpenGL where a context
//     can be made), and the chart's chrome alone (axes, legend, toolbar: no data);
//   memory: process RSS growth over a simulated 24 h x 8 channels x 100 Hz run;
//   latency: from a status reply arriving on the serial line (stamped on arrival, on the device
//     thread) to the end of the chart frame that shows it, against a simulated pressure
//     transmitter on a pseudo-terminal polled every 20 ms;
//   live CPU: the real Monitor page (DeviceService, MonitorSession recording a run, MonitorPage
//     with its chart following the last minute) fed 8 channels at 100 Hz for 60 s, with process
//     and GUI-thread CPU and the chart's frame time (data + paint) p50/p95. No modelled device can
//     be polled at 100 Hz (the fastest allows 20 Hz), so a feeder thread emits
//     DeviceService::sampled as the device thread does after a poll: from there on it is the
//     path of real pumps.
//
// Run: cmake --build build/test --target bench   (or build/test/tests/bench/bench_chart)
//   --json           also print the figures as one JSON object on the last line
//   --live-seconds N the live run's length (default 60)
#include "core/appsettings.h"
#include "services/deviceservice.h"
#include "device/driverfactory.h"
#include "services/monitorsession.h"
#include "monitor/monitorpage.h"
#include "monitor/trendchart.h"
#include "monitor/trendstore.h"
#include "support/simpumprig.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QOpenGLContext>
#include <QThread>
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
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <optional>
#include <vector>

#include <sys/resource.h>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kChannels = 8;
constexpr int kRateHz = 100;
constexpr qint64 kStepUs = 1'000'000 / kRateHz;
constexpr int kWidth = 1600;
// Frames drawn before any is timed: glyph caches, first allocations, a core woken up.
constexpr int kWarmUpFrames = 10;

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

/// CPU time of the calling thread: on a machine shared with builds, a frame's wall time also
/// counts the time it waited for a core; its CPU time is what it cost.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct FrameCost
{
    double total = 0;    ///< ms, wall
    double refresh = 0;  ///< ms, wall: pyramid queries, axes, polylines
    double cpu = 0;      ///< ms of the GUI thread's CPU time for the whole frame
};

/// Median ms of a frame: new data in view, redraw, render to an image as the screen would.
FrameCost frameCost(TrendChart &chart, int frames)
{
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> total, refresh, cpu;
    for (int f = 0; f < kWarmUpFrames; ++f) {
        chart.refresh();
        QPainter p(&image);
        chart.render(&p);
    }
    for (int f = 0; f < frames; ++f) {
        const double cpu0 = threadCpuSeconds();
        QElapsedTimer t;
        t.start();
        chart.refresh();
        refresh.push_back(double(t.nsecsElapsed()) / 1e6);
        QPainter p(&image);
        chart.render(&p);
        p.end();
        total.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back((threadCpuSeconds() - cpu0) * 1e3);
    }
    return {median(total), median(refresh), median(cpu)};
}

/// The naive way: every sample appended to a QLineSeries, a frame's worth at a time.
FrameCost naiveFrameCost(qint64 history, int frames)
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
    std::vector<double> ms, cpu;
    qint64 next = history;
    const int perFrame = kRateHz / 30 + 1;  // samples arriving between two 30 Hz frames
    const int warmUp = std::min(kWarmUpFrames, frames);
    for (int f = 0; f < warmUp + frames; ++f) {
        if (f == warmUp) {
            ms.clear();
            cpu.clear();
        }
        const double cpu0 = threadCpuSeconds();
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
        cpu.push_back((threadCpuSeconds() - cpu0) * 1e3);
    }
    return {median(ms), 0, median(cpu)};
}

/// Median ms of a live frame: 1/30 s of new samples on every channel, the chart following the
/// last minute, redraw and render. `next` is the index of the next sample to append.
FrameCost liveFrameCost(Monitor::TrendStore &store, TrendChart &chart, qint64 &next, int frames, double *columnsPerFrame)
{
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> total, refresh, columns, cpu;
    const qint64 first = next;
    for (int f = 0; f < frames; ++f) {
        const qint64 until = first + qint64(f + 1) * kRateHz / 30;
        for (; next < until; ++next) {
            for (int c = 0; c < kChannels; ++c)
                store.append(c + 1, Records::Sample{next * kStepUs, wave(c, next)});
        }
        store.setNowUs(next * kStepUs);
        const double cpu0 = threadCpuSeconds();
        QElapsedTimer t;
        t.start();
        chart.refresh();
        refresh.push_back(double(t.nsecsElapsed()) / 1e6);
        columns.push_back(double(chart.columnsQueriedLastFrame()));
        QPainter p(&image);
        chart.render(&p);
        p.end();
        total.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back((threadCpuSeconds() - cpu0) * 1e3);
        if (f + 1 == kWarmUpFrames) {
            total.clear();
            refresh.clear();
            columns.clear();
            cpu.clear();
        }
    }
    if (columnsPerFrame)
        *columnsPerFrame = median(columns);
    return {median(total), median(refresh), median(cpu)};
}

/// Qt Charts' own way with the same data: 8 QLineSeries given 2 points a column by replace(),
/// the time axis moved, the view grabbed (a QOpenGLWidget draws GL series: grab() is the one
/// way to wait for both alike). nullopt for OpenGL when no context can be made here.
std::optional<double> seriesFrameCost(bool openGl, int frames)
{
    if (openGl) {
        QOpenGLContext context;
        if (!context.create())
            return std::nullopt;
    }
    QChart *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    QChartView view(chart);
    view.resize(kWidth + 120, 600);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    std::vector<QLineSeries *> series;
    for (int c = 0; c < kChannels; ++c) {
        auto *line = new QLineSeries;
        line->setUseOpenGL(openGl);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        series.push_back(line);
    }
    y->setRange(0, 25);
    view.show();
    QCoreApplication::processEvents();
    std::vector<double> ms;
    for (int f = 0; f < frames; ++f) {
        QElapsedTimer t;
        t.start();
        for (int c = 0; c < kChannels; ++c) {
            QList<QPointF> points;
            points.reserve(2 * kWidth);
            for (int i = 0; i < kWidth; ++i) {
                const qint64 k = qint64(f + i) * 4;
                points.append(QPointF(double(f + i), double(std::min(wave(c, k), wave(c, k + 1)))));
                points.append(QPointF(double(f + i) + 0.9, double(std::max(wave(c, k + 2), wave(c, k + 3)))));
            }
            series[size_t(c)]->replace(points);
        }
        x->setRange(double(f), double(f + kWidth));
        const QPixmap shot = view.grab();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (shot.isNull())
            return std::nullopt;
    }
    return median(ms);
}

struct Live
{
    double seconds = 0;
    double cpuPercent = 0;      ///< process, of one core
    double feederPercent = 0;   ///< of which the benchmark's feeder thread
    double guiCpuPercent = 0;   ///< GUI thread, of one core
    double chartPercent = 0;    ///< chart frames (data + paint) / wall time
    double frameP50 = 0;        ///< ms, data + paint of frames that showed new data
    double frameP95 = 0;
    double dataP50 = 0;
    double paintP50 = 0;
    int frames = 0;
    double samplesPerSecond = 0;
};

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Emits one status per sensor every 10 ms from its own thread, as DeviceService's device thread
/// does after each poll.
class SampleFeeder final : public QObject
{
public:
    SampleFeeder(Services::DeviceService &devices, QStringList ids) : m_devices(devices), m_ids(std::move(ids)) {}

    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        m_timer->setInterval(1000 / kRateHz);
        connect(m_timer, &QTimer::timeout, this, &SampleFeeder::feed);
        m_timer->start();
    }

    /// CPU seconds the feeder's thread has spent feeding (the benchmark's, not the app's).
    double cpuSeconds() const { return double(m_cpuNs.load()) / 1e9; }

private:
    void feed()
    {
        const double cpu0 = threadCpuSeconds();
        const qint64 ns = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
        for (int c = 0; c < m_ids.size(); ++c) {
            Device::PumpStatus status;
            status.pressure = double(wave(c, m_tick)) / 10.0;
            status.pressureUnit = u"bar"_s;
            Q_EMIT m_devices.sampled(m_ids.at(c), ns, status);
        }
        ++m_tick;
        m_cpuNs += qint64((threadCpuSeconds() - cpu0) * 1e9);
    }

    Services::DeviceService &m_devices;
    QStringList m_ids;
    QTimer *m_timer = nullptr;
    qint64 m_tick = 0;
    std::atomic<qint64> m_cpuNs = 0;
};

Live measureLive(int seconds)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    Services::DeviceService devices(settings);
    Services::MonitorSession session(devices, settings);
    session.setRecordFolder(dir.filePath(u"records"_s));
    QStringList ids;
    for (int c = 0; c < kChannels; ++c) {
        Device::PumpConfig config;
        config.id = u"sensor-%1"_s.arg(c + 1);
        config.name = u"Line %1"_s.arg(c + 1);
        config.modelId = u"pressure-modbus"_s;
        config.serial = Device::defaultSerialSettings(*devices.models().find(config.modelId), u"/dev/null"_s);
        config.simulated = true;
        ids.append(devices.addPump(config));
    }
    MonitorPage page(devices, session);
    page.resize(kWidth + 120, 1000);
    page.show();
    page.chart()->setWindow(TrendChart::Window::OneMinute);
    session.startRunNow();

    QThread thread;
    thread.setObjectName(u"feeder"_s);
    auto *feeder = new SampleFeeder(devices, ids);
    feeder->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, feeder, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(feeder, &SampleFeeder::start, Qt::QueuedConnection);

    const auto run = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    run(3000);  // channels appear, the first frames settle
    std::vector<double> frames, data, paint;
    QObject::connect(page.chart(), &TrendChart::framePainted, page.chart(), [&](double dataMs, double paintMs) {
        if (dataMs <= 0)
            return;  // a repaint without new data (an expose): not a frame
        frames.push_back(dataMs + paintMs);
        data.push_back(dataMs);
        paint.push_back(paintMs);
    });
    qint64 samplesBefore = 0;
    for (int id : session.store()->channelIds())
        samplesBefore += session.store()->channel(id)->pyramid.size();
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    const double gui0 = threadCpuSeconds();
    const double feeder0 = feeder->cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    run(seconds * 1000);
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    const double cpu1 = cpuSeconds(RUSAGE_SELF);
    const double gui1 = threadCpuSeconds();
    const double feeder1 = feeder->cpuSeconds();
    qint64 samplesAfter = 0;
    for (int id : session.store()->channelIds())
        samplesAfter += session.store()->channel(id)->pyramid.size();
    QObject::disconnect(page.chart(), &TrendChart::framePainted, nullptr, nullptr);
    thread.quit();  // the feeder's timer stops with its thread's loop
    thread.wait();

    Live live;
    live.seconds = wallS;
    live.cpuPercent = (cpu1 - cpu0) / wallS * 100.0;
    live.guiCpuPercent = (gui1 - gui0) / wallS * 100.0;
    live.feederPercent = (feeder1 - feeder0) / wallS * 100.0;
    double chartMs = 0;
    for (double f : frames)
        chartMs += f;
    live.chartPercent = chartMs / 1000.0 / wallS * 100.0;
    live.frameP50 = percentile(frames, 0.5);
    live.frameP95 = percentile(frames, 0.95);
    live.dataP50 = percentile(data, 0.5);
    live.paintP50 = percentile(paint, 0.5);
    live.frames = int(frames.size());
    live.samplesPerSecond = double(samplesAfter - samplesBefore) / wallS;
    session.endRun(u"benchmark over"_s);
    return live;
}

struct Latency
{
    double p50 = 0;
    double p95 = 0;
    int samples = 0;
};

Latency measureLatency()
{
    // The simulated line every test and benchmark shares, as pumpsim would make it.
    Test::SimPumpRig rig;
    if (!rig.openLine({u"--model"_s, u"pressure-modbus"_s, u"--address"_s, u"1"_s, u"--baud"_s, u"115200"_s}))
        return {};
    const QTemporaryDir &dir = rig.dir;
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
    c.serial = rig.serial();
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
    rig.simulation.stop();
    return {percentile(steady, 0.5), percentile(steady, 0.95), int(steady.size())};
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool json = args.contains(u"--json"_s);
    int liveSeconds = 60;
    if (const qsizetype at = args.indexOf(u"--live-seconds"_s); at >= 0 && at + 1 < args.size())
        liveSeconds = std::max(1, args.at(at + 1).toInt());
    std::printf("PumpStudio chart benchmark (8 channels, 100 Hz, %d px wide; medians)\n\n", kWidth);

    const qint64 oneMinute = 60 * kRateHz;
    const qint64 oneDay = 86400LL * kRateHz;
    FrameCost frame1m, frameDay, frameDayMinute, live1m, liveDay, chrome;
    double liveColumns1m = 0, liveColumnsDay = 0;
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
        // The same minute, live: the chart follows while samples arrive.
        store.setLive(true);
        chart.setFollowing(true);
        chart.setWindow(TrendChart::Window::OneMinute);
        qint64 next = oneMinute;
        live1m = liveFrameCost(store, chart, next, kWarmUpFrames + 60, &liveColumns1m);
    }
    {
        // Axes, grid, legend and the toolbar alone: what any frame costs before the data.
        Monitor::TrendStore store;
        store.setLive(false);
        fill(store, 0);
        TrendChart chart;
        chart.resize(kWidth + 120, 600);
        chart.setStore(&store);
        chart.show();
        QCoreApplication::processEvents();
        chart.setVisibleRange(0, oneMinute * kStepUs);
        chrome = frameCost(chart, 40);
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
    const double dayMemoryMb = double(day->memoryBytes()) / 1e6;
    {
        TrendChart chart;
        chart.resize(kWidth + 120, 600);
        chart.setStore(day.get());
        chart.show();
        QCoreApplication::processEvents();
        chart.setVisibleRange(0, oneDay * kStepUs);
        frameDay = frameCost(chart, 40);
        pointsDay = chart.pointsInSeries();
        // The same last minute as the 1 min row, with a day behind it: history costs nothing.
        chart.setVisibleRange((oneDay - oneMinute) * kStepUs, oneDay * kStepUs);
        frameDayMinute = frameCost(chart, 40);
        // The last minute of the day, live.
        day->setLive(true);
        chart.setFollowing(true);
        chart.setWindow(TrendChart::Window::OneMinute);
        qint64 next = oneDay;
        liveDay = liveFrameCost(*day, chart, next, kWarmUpFrames + 60, &liveColumnsDay);
    }
    day.reset();
    const FrameCost naive1m = naiveFrameCost(oneMinute, 20);
    const FrameCost naive10m = naiveFrameCost(10 * oneMinute, 5);
    const std::optional<double> seriesRaster = seriesFrameCost(false, 20);
    const std::optional<double> seriesGl = seriesFrameCost(true, 20);
    // The same polylines through our item, grabbed like the series above.
    double ownGrab = 0;
    {
        Monitor::TrendStore store;
        store.setLive(false);
        fill(store, oneMinute);
        TrendChart chart;
        chart.resize(kWidth + 120, 600);
        chart.setStore(&store);
        chart.show();
        QCoreApplication::processEvents();
        std::vector<double> ms;
        for (int f = 0; f < 20; ++f) {
            QElapsedTimer t;
            t.start();
            chart.setVisibleRange(f * kStepUs, (oneMinute + f) * kStepUs);
            const QPixmap shot = chart.grab();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        ownGrab = median(ms);
    }

    std::printf("%-50s %9s %9s %9s %9s\n", "Chart frame (redraw + render)", "total ms", "data ms", "cpu ms", "points");
    const auto frameRow = [](const char *name, const FrameCost &f, const QString &points) {
        std::printf("%-50s %9.2f %9.2f %9.2f %9s\n", name, f.total, f.refresh, f.cpu, qPrintable(points));
    };
    frameRow("TrendChart, 1 min of history, full redraw", frame1m, QString::number(points1m));
    frameRow("TrendChart, 24 h of history, full redraw", frameDay, QString::number(pointsDay));
    std::printf("%-50s %9.2f %9.2f %9.2f\n", "  ratio 24 h / 1 min", frameDay.total / frame1m.total, frameDay.refresh / frame1m.refresh,
                frameDay.cpu / frame1m.cpu);
    frameRow("TrendChart, 24 h of history, last minute shown", frameDayMinute, u""_s);
    std::printf("%-50s %9.2f %9.2f %9.2f\n", "  ratio to 1 min of history, same view", frameDayMinute.total / frame1m.total,
                frameDayMinute.refresh / frame1m.refresh, frameDayMinute.cpu / frame1m.cpu);
    frameRow("TrendChart, 1 min of history, live (following)", live1m, u"%1 col"_s.arg(liveColumns1m));
    frameRow("TrendChart, 24 h of history, live (following)", liveDay, u"%1 col"_s.arg(liveColumnsDay));
    frameRow("  axes, legend and toolbar only (no data)", chrome, u"0"_s);
    frameRow("naive QLineSeries::append, 1 min of history", naive1m, QString::number(oneMinute * kChannels));
    frameRow("naive QLineSeries::append, 10 min of history", naive10m, QString::number(10 * oneMinute * kChannels));
    std::printf("%-50s %9s\n", "naive, 24 h of history", "not run");
    std::printf("  (24 h naive would hold %lld points in Qt Charts, about %.0f GB at 194 B a point)\n",
                qlonglong(oneDay * kChannels), double(oneDay * kChannels) * 194 / 1e9);
    std::printf("%-50s %9.1f %9s %9.1f\n", "  naive 1 min / TrendChart 1 min full redraw (x)", naive1m.total / frame1m.total, "",
                naive1m.cpu / frame1m.cpu);
    std::printf("\n%-52s %10s %10s\n", "Drawing 8 x 3200 points, replace/redraw + grab()", "ms", "");
    std::printf("%-52s %10.2f\n", "  TrendChart polylines (QPainter::drawPolyline)", ownGrab);
    if (seriesRaster)
        std::printf("%-52s %10.2f\n", "  QLineSeries, raster", *seriesRaster);
    if (seriesGl)
        std::printf("%-52s %10.2f\n", "  QLineSeries, setUseOpenGL(true)", *seriesGl);
    else
        std::printf("%-52s %10s\n", "  QLineSeries, setUseOpenGL(true)", "no GL here");
    std::printf("  (OpenGL context: %s)\n\n", seriesGl ? "yes" : "none could be made on this platform");

    std::printf("%-58s %10s\n", "Memory, 24 h x 8 channels x 100 Hz", "");
    std::printf("%-58s %10lld\n", "samples", qlonglong(oneDay * kChannels));
    std::printf("%-58s %10.1f\n", "store memoryBytes (MB)", dayMemoryMb);
    std::printf("%-58s %10.1f\n", "process RSS growth (MB)", rssAfter - rssBefore);
    std::printf("%-58s %10.1f\n", "time to take in the samples (s)", fillSeconds);

    const Latency latency = measureLatency();
    std::printf("\n%-58s %10s\n", "Latency, reply on the line -> frame showing it", "ms");
    std::printf("%-58s %10.1f\n", "p50", latency.p50);
    std::printf("%-58s %10.1f\n", "p95", latency.p95);
    std::printf("%-58s %10d\n", "replies measured", latency.samples);

    const Live live = measureLive(liveSeconds);
    std::printf("\n%-58s %10s\n", "Live: Monitor page, 8 channels x 100 Hz, 1 min window", "");
    std::printf("%-58s %10.1f\n", "seconds measured", live.seconds);
    std::printf("%-58s %10.0f\n", "samples taken in per second", live.samplesPerSecond);
    std::printf("%-58s %10.1f\n", "process CPU (% of one core)", live.cpuPercent);
    std::printf("%-58s %10.1f\n", "  GUI thread CPU (% of one core)", live.guiCpuPercent);
    std::printf("%-58s %10.1f\n", "  the benchmark's feeder thread (% of one core)", live.feederPercent);
    std::printf("%-58s %10.1f\n", "  chart frames, data + paint (% of wall time)", live.chartPercent);
    std::printf("%-58s %10d\n", "frames with new data", live.frames);
    std::printf("%-58s %10.2f\n", "frame ms p50 (data + paint)", live.frameP50);
    std::printf("%-58s %10.2f\n", "frame ms p95 (data + paint)", live.frameP95);
    std::printf("%-58s %10.2f\n", "  data ms p50", live.dataP50);
    std::printf("%-58s %10.2f\n", "  paint ms p50", live.paintP50);

    if (json) {
        QJsonObject o;
        o.insert(u"frame_ms_1min"_s, frame1m.total);
        o.insert(u"frame_ms_24h"_s, frameDay.total);
        o.insert(u"data_ms_1min"_s, frame1m.refresh);
        o.insert(u"data_ms_24h"_s, frameDay.refresh);
        o.insert(u"frame_ratio_24h_1min"_s, frameDay.total / frame1m.total);
        o.insert(u"frame_ms_24h_last_minute"_s, frameDayMinute.total);
        o.insert(u"frame_cpu_ms_24h_last_minute"_s, frameDayMinute.cpu);
        o.insert(u"live_frame_ms_1min"_s, live1m.total);
        o.insert(u"live_frame_ms_24h"_s, liveDay.total);
        o.insert(u"live_data_ms_1min"_s, live1m.refresh);
        o.insert(u"live_data_ms_24h"_s, liveDay.refresh);
        o.insert(u"chrome_ms"_s, chrome.total);
        o.insert(u"naive_ms_1min"_s, naive1m.total);
        o.insert(u"naive_ms_10min"_s, naive10m.total);
        o.insert(u"naive_ratio_1min"_s, naive1m.total / frame1m.total);
        o.insert(u"frame_cpu_ms_1min"_s, frame1m.cpu);
        o.insert(u"frame_cpu_ms_24h"_s, frameDay.cpu);
        o.insert(u"naive_cpu_ms_1min"_s, naive1m.cpu);
        o.insert(u"naive_cpu_ratio_1min"_s, naive1m.cpu / frame1m.cpu);
        o.insert(u"draw_ms_polyline"_s, ownGrab);
        o.insert(u"draw_ms_series_raster"_s, seriesRaster ? QJsonValue(*seriesRaster) : QJsonValue());
        o.insert(u"draw_ms_series_opengl"_s, seriesGl ? QJsonValue(*seriesGl) : QJsonValue());
        o.insert(u"memory_mb_24h"_s, dayMemoryMb);
        o.insert(u"rss_growth_mb_24h"_s, rssAfter - rssBefore);
        o.insert(u"latency_ms_p50"_s, latency.p50);
        o.insert(u"latency_ms_p95"_s, latency.p95);
        o.insert(u"live_seconds"_s, live.seconds);
        o.insert(u"live_samples_per_s"_s, live.samplesPerSecond);
        o.insert(u"live_cpu_percent"_s, live.cpuPercent);
        o.insert(u"live_gui_thread_cpu_percent"_s, live.guiCpuPercent);
        o.insert(u"live_feeder_cpu_percent"_s, live.feederPercent);
        o.insert(u"live_chart_percent"_s, live.chartPercent);
        o.insert(u"live_frames"_s, live.frames);
        o.insert(u"live_frame_ms_p50"_s, live.frameP50);
        o.insert(u"live_frame_ms_p95"_s, live.frameP95);
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
