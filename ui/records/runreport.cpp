// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "runreport.h"

#include "core/clocktext.h"
#include "monitor/trendstore.h"
#include "profiles/profileformat.h"
#include "records/runrecordreader.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

/// The report's words, in the language of the user interface (the .ts file's context
/// PumpStudio::RunReport, which lupdate finds through this class).
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(PumpStudio::RunReport)
};

namespace {

/// One profile run as the record tells it: the profile (as it was started), when it began and
/// ended and how, and each step's first start and last end (run time, µs).
struct ProfileRun
{
    QString pump;
    QString name;
    std::optional<Profiles::Profile> profile;
    qint64 startUs = 0;
    std::optional<qint64> endUs;
    QString endText;
    struct StepTimes
    {
        QString path;
        qint64 startUs = 0;
        std::optional<qint64> endUs;
    };
    QList<StepTimes> steps;
};

/// The profile runs in a record's events ("profile-start" with the profile's file after its
/// first line, "step-start"/"step-end" naming the step path, "profile-end").
QList<ProfileRun> profileRuns(const QList<Records::RunEvent> &events)
{
    QList<ProfileRun> runs;
    QHash<QString, qsizetype> open;  // pump -> index in runs
    const auto pumpOf = [](const QString &text) { return text.section(u": "_s, 0, 0); };
    for (const Records::RunEvent &e : events) {
        if (e.kind == u"profile-start"_s) {
            ProfileRun run;
            const QString head = e.text.section(u'\n', 0, 0);
            run.pump = pumpOf(head);
            run.startUs = e.tUs;
            const QString json = e.text.section(u'\n', 1);
            if (auto parsed = Profiles::parseProfile(json.toUtf8(), QString()); parsed) {
                run.profile = *parsed;
                run.name = parsed->name;
            } else {
                run.name = head.section(u": "_s, 1);
            }
            open.insert(run.pump, runs.size());
            runs.append(run);
            continue;
        }
        const QString pump = pumpOf(e.text);
        const auto it = open.constFind(pump);
        if (it == open.constEnd())
            continue;
        ProfileRun &run = runs[*it];
        // "Pump: Step 3.2 began", in the language the run was recorded in: the path is the
        // number in it.
        static const QRegularExpression number(u"\\d+(?:\\.\\d+)*"_s);
        const QString path = number.match(e.text.section(u": "_s, 1)).captured(0);
        if (e.kind == u"step-start"_s) {
            auto step = std::find_if(run.steps.begin(), run.steps.end(), [&](const ProfileRun::StepTimes &s) { return s.path == path; });
            if (step == run.steps.end())
                run.steps.append(ProfileRun::StepTimes{path, e.tUs, std::nullopt});
        } else if (e.kind == u"step-end"_s) {
            for (auto &s : run.steps) {
                if (s.path == path)
                    s.endUs = e.tUs;
            }
        } else if (e.kind == u"profile-end"_s) {
            run.endUs = e.tUs;
            run.endText = e.text.section(u": "_s, 1);
            open.remove(pump);
        }
    }
    return runs;
}

/// What a step of `profile` at `path` ("3.2") does, in words.
QString stepText(const Profiles::Profile &profile, const QString &path)
{
    const std::vector<Profiles::Step> *steps = &profile.steps;
    const Profiles::Step *step = nullptr;
    for (const QString &part : path.split(u'.')) {
        bool ok = false;
        const int index = part.toInt(&ok) - 1;
        if (!ok || !steps || index < 0 || index >= int(steps->size()))
            return {};
        step = &steps->at(size_t(index));
        steps = &step->steps;
    }
    if (!step)
        return {};
    using K = Profiles::Step::Kind;
    const QString kind = Profiles::kindText(step->kind);
    const auto q = [](const Profiles::Quantity &v) { return Profiles::numberText(v.value) + u' ' + Profiles::unitSymbol(v.unit); };
    switch (step->kind) {
    case K::ConstantFlow: return RunReport::tr("%1, %2 for %3").arg(kind, q(step->rate), q(step->duration));
    case K::Dispense: return RunReport::tr("%1, %2 at %3").arg(kind, q(step->volume), q(step->rate));
    case K::Ramp: return RunReport::tr("%1, %2 to %3 over %4").arg(kind, q(step->rate), q(step->toRate), q(step->duration));
    case K::Pause: return RunReport::tr("%1, %2").arg(kind, q(step->duration));
    case K::WaitForOperator: return RunReport::tr("%1: %2").arg(kind, step->message);
    case K::Repeat: return RunReport::tr("%1, %n times", nullptr, step->count).arg(kind);
    }
    return kind;
}

/// The one way the report writes a moment: the language's long date (no day/month order to
/// guess) and the time to the second.
QString dateTimeText(const QLocale &locale, const QDateTime &at)
{
    return locale.toString(at.date(), QLocale::LongFormat) + u' ' + locale.toString(at.time(), u"HH:mm:ss"_s);
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
        return Error{Error::Code::Io, RunReport::tr("Could not write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(RunReport::tr("PumpStudio run report"));
        pdf.setCreator(u"PumpStudio"_s);
        QPainter p;
        if (!p.begin(&pdf)) {
            file.cancelWriting();
            return Error{Error::Code::Io, RunReport::tr("Could not start the PDF %1.").arg(path)};
        }
        const QLocale locale;
        const int width = pdf.width();
        const int height = pdf.height();
        const int margin = 60;  // 1 cm at 150 dpi
        int y = margin;
        int page = 1;
        // Sizes a reader at arm's length reads without a loupe (the 8.5 pt of before was not).
        QFont title = p.font();
        title.setPointSizeF(18);
        title.setBold(true);
        QFont body = p.font();
        body.setPointSizeF(10);
        QFont bold = body;
        bold.setBold(true);
        bold.setPointSizeF(11.5);
        QFont small = body;
        small.setPointSizeF(8);
        const int footer = QFontMetrics(small, &pdf).height() + 20;
        const QString footerText = RunReport::tr("PumpStudio %1 · %2").arg(info->appVersion, reader.path());
        const auto drawFooter = [&] {
            p.setFont(small);
            p.drawText(QRect(margin, height - footer + 10, width - 2 * margin, footer), Qt::AlignLeft | Qt::TextSingleLine,
                       footerText);
            p.drawText(QRect(margin, height - footer + 10, width - 2 * margin, footer), Qt::AlignRight | Qt::TextSingleLine,
                       RunReport::tr("Page %1").arg(page));
        };
        // A new page when `needed` more does not fit above the footer.
        const auto room = [&](int needed) {
            if (y + needed <= height - footer)
                return;
            drawFooter();
            pdf.newPage();
            ++page;
            y = margin;
        };
        const auto line = [&](const QString &text, const QFont &font) {
            p.setFont(font);
            const QRect r = p.boundingRect(QRect(margin, y, width - 2 * margin, 10000), Qt::TextWordWrap, text);
            room(r.height());
            const QRect at(margin, y, r.width(), r.height());
            p.drawText(at, Qt::TextWordWrap, text);
            y = at.bottom() + 8;
        };
        const auto heading = [&](const QString &text) {
            room(3 * QFontMetrics(bold, &pdf).height());  // never alone at the foot of a page
            y += 10;
            line(text, bold);
        };

        line(RunReport::tr("Run report"), title);
        const QDateTime localStart = info->startUtc.toOffsetFromUtc(info->utcOffsetSeconds);
        const double duration = info->endUtc.isValid() ? double(info->startUtc.msecsTo(info->endUtc)) / 1000.0
                                                       : figures.lastTimeS;
        const QString offset = u"UTC"_s + (info->utcOffsetSeconds < 0 ? u"-"_s : u"+"_s)
                               + QTime(0, 0).addSecs(std::abs(info->utcOffsetSeconds)).toString(u"HH:mm"_s);
        const QString elapsed = elapsedClockText(duration);
        line(RunReport::tr("Started %1 (%2)   Duration %3   Operator %4")
                 .arg(dateTimeText(locale, localStart), offset, elapsed,
                      info->operatorName.isEmpty() ? RunReport::tr("not set") : info->operatorName),
             body);
        if (!info->title.isEmpty())
            line(info->title, body);

        heading(RunReport::tr("Channels"));
        {
            for (const auto &c : *channels) {
                QString stats;
                if (const auto it = figures.channels.constFind(c.id); it != figures.channels.constEnd())
                    stats = RunReport::tr("min %1, max %2, last %3 %4")
                                .arg(locale.toString(double(it->min), 'f', 2), locale.toString(double(it->max), 'f', 2),
                                     locale.toString(double(it->last), 'f', 2), c.unit);
                QString identity = c.model.isEmpty() ? c.modelId : c.model;
                if (!c.serialNumber.isEmpty())
                    identity += RunReport::tr(", serial %1").arg(c.serialNumber);
                if (!c.firmware.isEmpty())
                    identity += RunReport::tr(", firmware %1").arg(c.firmware);
                if (c.mlPerRev)
                    identity += RunReport::tr(", %1 mL/rev").arg(locale.toString(*c.mlPerRev, 'g', 4));
                line(u"• %1 [%2]: %3. %4"_s.arg(c.name, c.unit, identity, stats), body);
            }
        }
        // The profiles that ran, each with its steps and when they ran (run time).
        if (const auto events = reader.events(); events) {
            const QList<ProfileRun> runs = profileRuns(*events);
            if (!runs.isEmpty())
                heading(RunReport::tr("Profiles"));
            const auto at = [](qint64 tUs) { return elapsedClockText(double(tUs) / 1e6); };
            for (const ProfileRun &run : runs) {
                const QString end = run.endUs ? at(*run.endUs) : RunReport::tr("not ended");
                line(run.endText.isEmpty() ? RunReport::tr("• \"%1\" on %2: %3 to %4").arg(run.name, run.pump, at(run.startUs), end)
                                           : RunReport::tr("• \"%1\" on %2: %3 to %4 (%5)")
                                                 .arg(run.name, run.pump, at(run.startUs), end, run.endText),
                     body);
                for (const ProfileRun::StepTimes &step : run.steps) {
                    const QString what = run.profile ? stepText(*run.profile, step.path) : QString();
                    const QString stepEnd = step.endUs ? at(*step.endUs) : RunReport::tr("not ended");
                    line(what.isEmpty() ? RunReport::tr("    Step %1: %2 to %3").arg(step.path, at(step.startUs), stepEnd)
                                        : RunReport::tr("    Step %1: %2 to %3, %4").arg(step.path, at(step.startUs), stepEnd, what),
                         body);
                }
            }
        }
        if (!chart.isNull()) {
            const int h = int(double(chart.height()) * double(width - 2 * margin) / double(chart.width()));
            room(h + 10);
            y += 10;
            p.drawImage(QRect(margin, y, width - 2 * margin, h), chart);
            y += h + 10;
        }
        heading(RunReport::tr("Alarms"));
        if (!alarms || alarms->isEmpty()) {
            line(RunReport::tr("No alarms."), body);
        } else {
            int shown = 0;
            // Pages of alarms help nobody: the record holds them all, the report the first ones.
            constexpr int kAlarmsShown = 60;
            for (const auto &a : *alarms) {
                if (shown == kAlarmsShown) {
                    line(RunReport::tr("… and %n more alarm entries in the record.", nullptr, int(alarms->size()) - shown), body);
                    break;
                }
                const QString action = a.action == Records::AlarmAction::Raised ? RunReport::tr("raised")
                                       : a.action == Records::AlarmAction::Cleared ? RunReport::tr("cleared") : RunReport::tr("acknowledged");
                line(u"%1  %2  %3"_s.arg(locale.toString(localStart.addMSecs(a.tUs / 1000), u"HH:mm:ss"_s), action, a.message), body);
                ++shown;
            }
        }
        // Integrity and signatures: who reviewed this record, what it means, when; a report of a
        // record changed after it was finished says so here.
        heading(RunReport::tr("Record integrity and signatures"));
        if (!figures.signoff.integrity.isEmpty())
            line(RunReport::tr("Integrity: %1").arg(figures.signoff.integrity), body);
        if (info->endReason == Records::EndReason::Interrupted)
            line(RunReport::tr("The run was interrupted (PumpStudio stopped unexpectedly); this report shows what was recovered."), body);
        if (figures.signoff.signatures.isEmpty())
            line(RunReport::tr("Not signed."), body);
        for (const Audit::Signature &s : figures.signoff.signatures)
            line(RunReport::tr("Signature: %1 (meaning: %2; printed name: %3; role: %4)")
                     .arg(s.text(), Audit::meaningText(s.meaning), s.signerName, s.signerRole),
                 body);
        drawFooter();
        p.end();
    }
    if (!file.commit())
        return Error{Error::Code::Io, RunReport::tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace PumpStudio
