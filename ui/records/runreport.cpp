// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "runreport.h"

#include "core/clocktext.h"
#include "monitor/trendstore.h"
#include "records/runrecordreader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PumpStudio::RunReport", text);
}
} // namespace

ReportFigures reportFigures(const Monitor::TrendStore &store, const QImage &chart)
{
    ReportFigures figures;
    figures.lastTimeS = double(store.lastTimeUs()) / 1e6;
    figures.chart = chart;
    for (const int id : store.channelIds()) {
        const Monitor::TrendStore::Channel *tc = store.channel(id);
        if (!tc || tc->pyramid.isEmpty())
            continue;
        const auto col = tc->pyramid.columns(tc->pyramid.firstTime(), tc->pyramid.lastTime() + 1, 1);
        if (!col.isEmpty() && col.front().count > 0)
            figures.channels.insert(id, ReportFigures::Channel{col.front().min, col.front().max, col.front().last});
    }
    return figures;
}

Result<void> writeRunReport(const QString &path, const Records::RunRecordReader &reader, const ReportFigures &figures)
{
    const QImage &chart = figures.chart;
    const Records::RunInfo *info = &reader.runInfo();
    const QList<Records::ChannelInfo> *channels = &reader.channels();
    const auto alarms = reader.alarms();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(tr("PumpStudio run report"));
        pdf.setCreator(u"PumpStudio"_s);
        QPainter p;
        if (!p.begin(&pdf)) {
            file.cancelWriting();
            return Error{Error::Code::Io, tr("Could not start the PDF %1.").arg(path)};
        }
        const QLocale locale;
        const int width = pdf.width();
        const int margin = 40;
        int y = margin;
        QFont title = p.font();
        title.setPointSizeF(16);
        title.setBold(true);
        QFont body = p.font();
        body.setPointSizeF(8.5);
        QFont bold = body;
        bold.setBold(true);
        const auto line = [&](const QString &text, const QFont &font) {
            p.setFont(font);
            const QRect r = p.boundingRect(QRect(margin, y, width - 2 * margin, 10000), Qt::TextWordWrap, text);
            p.drawText(r, Qt::TextWordWrap, text);
            y = r.bottom() + 6;
        };

        line(tr("Run report"), title);
        const QDateTime localStart = info->startUtc.toOffsetFromUtc(info->utcOffsetSeconds);
        const double duration = info->endUtc.isValid() ? double(info->startUtc.msecsTo(info->endUtc)) / 1000.0
                                                       : figures.lastTimeS;
        const QString offset = u"UTC"_s + (info->utcOffsetSeconds < 0 ? u"-"_s : u"+"_s)
                               + QTime(0, 0).addSecs(std::abs(info->utcOffsetSeconds)).toString(u"HH:mm"_s);
        const QString elapsed = elapsedClockText(duration);
        line(tr("Started %1 (%2)   Duration %3   Operator %4")
                 .arg(locale.toString(localStart, u"yyyy-MM-dd HH:mm:ss"_s), offset, elapsed,
                      info->operatorName.isEmpty() ? tr("not set") : info->operatorName),
             body);
        if (!info->title.isEmpty())
            line(info->title, body);

        line(tr("Channels"), bold);
        {
            for (const auto &c : *channels) {
                QString stats;
                if (const auto it = figures.channels.constFind(c.id); it != figures.channels.constEnd())
                    stats = tr("min %1, max %2, last %3 %4")
                                .arg(locale.toString(double(it->min), 'f', 2), locale.toString(double(it->max), 'f', 2),
                                     locale.toString(double(it->last), 'f', 2), c.unit);
                QString identity = c.model.isEmpty() ? c.modelId : c.model;
                if (!c.serialNumber.isEmpty())
                    identity += tr(", serial %1").arg(c.serialNumber);
                if (!c.firmware.isEmpty())
                    identity += tr(", firmware %1").arg(c.firmware);
                if (c.mlPerRev)
                    identity += tr(", %1 mL/rev").arg(locale.toString(*c.mlPerRev, 'g', 4));
                line(u"• %1 [%2]: %3. %4"_s.arg(c.name, c.unit, identity, stats), body);
            }
        }
        if (!chart.isNull()) {
            const int h = int(double(chart.height()) * double(width - 2 * margin) / double(chart.width()));
            p.drawImage(QRect(margin, y, width - 2 * margin, h), chart);
            y += h + 10;
        }
        line(tr("Alarms"), bold);
        if (!alarms || alarms->isEmpty()) {
            line(tr("No alarms."), body);
        } else {
            int shown = 0;
            for (const auto &a : *alarms) {
                if (y > pdf.height() - 3 * margin) {
                    line(QCoreApplication::translate("PumpStudio::RunReport", "… and %n more alarm entries in the record.", nullptr, int(alarms->size()) - shown), body);
                    break;
                }
                const QString action = a.action == Records::AlarmAction::Raised ? tr("raised")
                                       : a.action == Records::AlarmAction::Cleared ? tr("cleared") : tr("acknowledged");
                line(u"%1  %2  %3"_s.arg(locale.toString(localStart.addMSecs(a.tUs / 1000), u"HH:mm:ss"_s), action, a.message), body);
                ++shown;
            }
        }
        p.setFont(body);
        p.drawText(QRect(margin, pdf.height() - margin, width - 2 * margin, margin), Qt::AlignLeft,
                   tr("PumpStudio %1 · %2").arg(info->appVersion, reader.path()));
        p.end();
    }
    if (!file.commit())
        return Error{Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace PumpStudio
