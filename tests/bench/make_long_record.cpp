// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Writes a synthetic 24 h run record (two pumps and a pressure transmitter at 10 Hz, with
// dosing cycles, pulsation, an occlusion and its alarms) through the real RunRecordWriter, for
// replay checks and screenshots of the Records page.
//
//   make_long_record FOLDER [HOURS]
#include "records/runcatalog.h"
#include "records/runrecordwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include <cmath>
#include <cstdio>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: make_long_record FOLDER [HOURS]\n");
        return 2;
    }
    const QString folder = args.at(1);
    const double hours = args.size() > 2 ? args.at(2).toDouble() : 24.0;
    QDir().mkpath(folder);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours * 3600));
    Records::RunInfo info;
    info.startUtc = start;
    info.utcOffsetSeconds = 8 * 3600;
    info.operatorName = u"Demo operator"_s;
    info.appVersion = u"synthetic"_s;
    info.title = u"Synthetic 24 h run"_s;
    Records::RunRecordWriter writer;
    const QString path = Records::RunCatalog::newRecordPath(folder, start);
    if (auto created = writer.create(path, info); !created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    const auto channel = [&](int id, const QString &name, const QString &unit, Records::Quantity q) {
        Records::ChannelInfo c;
        c.id = id;
        c.name = name;
        c.unit = unit;
        c.quantity = q;
        c.modelId = id == 3 ? u"pressure-modbus"_s : u"reglo-icc"_s;
        (void)writer.addChannel(c);
    };
    channel(1, u"Buffer A flow"_s, u"mL/min"_s, Records::Quantity::Flow);
    channel(2, u"Reagent B flow"_s, u"mL/min"_s, Records::Quantity::Flow);
    channel(3, u"Line pressure"_s, u"bar"_s, Records::Quantity::Pressure);
    const qint64 steps = qint64(hours * 3600 * 10);
    bool alarm = false;
    for (qint64 i = 0; i < steps; ++i) {
        const qint64 t = i * 100'000;
        const double hour = double(t) / 3.6e9;
        // Buffer A doses 20 min of every hour; reagent B ramps slowly; both pulse per roller pass.
        const bool dosing = std::fmod(hour, 1.0) < 1.0 / 3.0;
        const double a = dosing ? 12.0 + 0.6 * std::sin(double(i) * 1.3) : 0.0;
        const double b = 3.0 + 2.0 * std::sin(hour * 0.5) + 0.15 * std::sin(double(i) * 0.9);
        const bool occluded = hour > 15.2 && hour < 15.6;
        const double p = 0.08 * a + 0.05 * b + (occluded ? 2.5 * (hour - 15.2) / 0.4 : 0.0) + 0.01 * std::sin(double(i) * 2.1);
        writer.appendSample(1, Records::Sample{t, float(a)});
        writer.appendSample(2, Records::Sample{t, float(b)});
        writer.appendSample(3, Records::Sample{t, float(p)});
        if (p > 1.5 && !alarm) {
            alarm = true;
            writer.recordAlarm({t, Records::AlarmAction::Raised, u"sensor/pressure-high"_s, 3, p, 1.5,
                                u"Pressure 1.50 bar above the high limit 1.50 bar"_s});
        } else if (p < 1.4 && alarm) {
            alarm = false;
            writer.recordAlarm({t, Records::AlarmAction::Cleared, u"sensor/pressure-high"_s, 3, p, 1.5, u"Pressure back below the limit"_s});
        }
        if (i % 100'000 == 0)
            (void)writer.flush();
    }
    if (auto finished = writer.finish(Records::EndReason::Completed); !finished) {
        std::fprintf(stderr, "%s\n", qPrintable(finished.error().message));
        return 1;
    }
    std::printf("%s\n", qPrintable(path));
    return 0;
}
