// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/runcatalog.h"

#include "core/paths.h"
#include "records/recordformat.h"
#include "records/runrecordreader.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Records {

QString RunCatalog::defaultFolder() { return Paths::privateSubdir(u"records"_s); }

QString RunCatalog::newRecordPath(const QString &folder, const QDateTime &startUtc)
{
    const QString base = u"run-"_s + startUtc.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
    const QDir dir(folder);
    QString path = dir.filePath(base + u'.' + recordSuffix());
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(u"%1-%2.%3"_s.arg(base).arg(n).arg(recordSuffix()));
    return path;
}

RunSummary RunCatalog::summarize(const QString &filePath)
{
    RunSummary summary;
    summary.filePath = filePath;
    RunRecordReader reader;
    if (auto r = reader.open(filePath); !r) {
        summary.error = r.error().message;
        return summary;
    }
    summary.info = reader.runInfo();
    for (const ChannelInfo &channel : reader.channels()) {
        summary.pumps.append(channel.name);
        auto count = reader.sampleCount(channel.id);
        if (!count) {
            summary.error = count.error().message;
            return summary;
        }
        summary.sampleCount += *count;
    }
    auto alarms = reader.alarms();
    if (!alarms) {
        summary.error = alarms.error().message;
        return summary;
    }
    summary.alarmCount = int(std::count_if(alarms->cbegin(), alarms->cend(),
                                           [](const AlarmRecord &a) { return a.action == AlarmAction::Raised; }));
    if (summary.info.endUtc.isValid()) {
        summary.durationSeconds = double(summary.info.startUtc.msecsTo(summary.info.endUtc)) / 1000.0;
    } else {
        auto last = reader.lastSampleTime();
        if (!last) {
            summary.error = last.error().message;
            return summary;
        }
        summary.durationSeconds = double(*last) / 1e6;
    }
    return summary;
}

QList<RunSummary> RunCatalog::list(const QString &folder)
{
    QList<RunSummary> result;
    const QFileInfoList files =
        QDir(folder).entryInfoList({u"*."_s + recordSuffix()}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files)
        result.append(summarize(file.absoluteFilePath()));
    std::stable_sort(result.begin(), result.end(), [](const RunSummary &a, const RunSummary &b) {
        if (a.isReadable() != b.isReadable())
            return a.isReadable();
        if (a.isReadable() && a.info.startUtc != b.info.startUtc)
            return a.info.startUtc > b.info.startUtc;
        return a.filePath < b.filePath;
    });
    return result;
}

} // namespace PumpStudio::Records
