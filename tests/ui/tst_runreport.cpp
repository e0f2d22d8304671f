// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The run report PDF as a reader gets it (pdftotext): in the language of the user interface,
// with its date format, one format for every date, and the profile that ran with its steps.
#include "core/translations.h"
#include "profiles/profile.h"
#include "profiles/profileformat.h"
#include "records/runrecordreader.h"
#include "records/runrecordwriter.h"
#include "records/runreport.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A finished record of a profile run on one pump with a pressure sensor, and an alarm.
QString writeRecord(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"run.pumprun"_s);
    Records::RunRecordWriter writer;
    Records::RunInfo info;
    info.startUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 15, 30), Qt::UTC);
    info.utcOffsetSeconds = 8 * 3600;
    info.operatorName = u"Li Wei"_s;
    info.appVersion = u"0.1.0"_s;
    if (!writer.create(path, info))
        return {};
    Records::ChannelInfo flow;
    flow.id = 1;
    flow.pumpConfigId = u"reglo"_s;
    flow.name = u"Reglo flow"_s;
    flow.modelId = u"reglo-icc"_s;
    flow.model = u"REGLO ICC"_s;
    flow.quantity = Records::Quantity::Flow;
    flow.unit = u"mL/min"_s;
    Records::ChannelInfo pressure = flow;
    pressure.id = 2;
    pressure.pumpConfigId = u"sensor"_s;
    pressure.name = u"Line pressure"_s;
    pressure.quantity = Records::Quantity::Pressure;
    pressure.unit = u"bar"_s;
    if (!writer.addChannel(flow) || !writer.addChannel(pressure))
        return {};
    for (qint64 i = 0; i < 600; ++i) {
        writer.appendSample(1, {i * 100'000, i < 300 ? 1.0f : 0.0f});
        writer.appendSample(2, {i * 100'000, 0.2f + 0.001f * float(i % 7)});
    }
    Profiles::Profile profile;
    profile.name = u"dose and pause"_s;
    profile.modelId = u"reglo-icc"_s;
    profile.steps = {Profiles::constantFlow(Profiles::mlPerMin(1.0), Profiles::seconds(30)), Profiles::pause(Profiles::seconds(30))};
    const auto event = [&](qint64 tUs, const QString &kind, const QString &text) {
        Records::RunEvent e;
        e.tUs = tUs;
        e.kind = kind;
        e.text = text;
        writer.recordEvent(e);
    };
    event(0, u"profile-start"_s, u"Reglo: Profile \"dose and pause\" started\n"_s + QString::fromUtf8(Profiles::serializeProfile(profile)));
    event(100'000, u"step-start"_s, u"Reglo: Step 1 began"_s);
    event(30'100'000, u"step-end"_s, u"Reglo: Step 1 ended"_s);
    event(30'100'000, u"step-start"_s, u"Reglo: Step 2 began"_s);
    event(59'900'000, u"step-end"_s, u"Reglo: Step 2 ended"_s);
    event(59'900'000, u"profile-end"_s, u"Reglo: completed"_s);
    Records::AlarmRecord alarm;
    alarm.tUs = 12'000'000;
    alarm.source = u"sensor/pressure-high"_s;
    alarm.value = 0.206;
    alarm.limit = 0.205;
    alarm.message = u"Pressure 0.206 bar is above the high limit of 0.205 bar"_s;
    writer.recordAlarm(alarm);
    if (!writer.finish(Records::EndReason::Completed))
        return {};
    return path;
}

/// The report of `record` as text, or empty (with the reason in `why`).
QString reportText(const QString &record, const QString &pdf, QString *why)
{
    Records::RunRecordReader reader;
    if (auto opened = reader.open(record); !opened) {
        *why = opened.error().message;
        return {};
    }
    ReportFigures figures;
    figures.lastTimeS = 60;
    QImage chart(1600, 700, QImage::Format_RGB32);
    chart.fill(Qt::white);
    figures.chart = chart;
    if (auto written = writeRunReport(pdf, reader, figures); !written) {
        *why = written.error().message;
        return {};
    }
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-layout"_s, pdf, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *why = u"pdftotext failed"_s;
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

class TestRunReport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_record;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        m_record = writeRecord(m_dir);
        QVERIFY(!m_record.isEmpty());
    }

    void englishReportNamesTheProfileAndItsSteps()
    {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"en"_s), u"en"_s);
        QString why;
        const QString text = reportText(m_record, m_dir.filePath(u"en.pdf"_s), &why);
        QVERIFY2(!text.isEmpty(), qPrintable(why));
        const QString flat = text.simplified();
        QVERIFY2(flat.contains(u"Run report"_s), qPrintable(flat));
        // One date format, the language's long one: no 3/1/26 beside a 2026-03-01.
        QVERIFY2(flat.contains(u"March 1, 2026 17:15:30"_s), qPrintable(flat));
        QVERIFY(!flat.contains(u"2026-03-01"_s));
        QVERIFY(!QRegularExpression(u"\\b\\d{1,2}/\\d{1,2}/\\d{2}\\b"_s).match(flat).hasMatch());
        QVERIFY2(flat.contains(u"\"dose and pause\" on Reglo"_s), qPrintable(flat));
        QVERIFY2(flat.contains(u"Step 1: 0:00:00 to 0:00:30, constant flow, 1 mL/min for 30 s"_s), qPrintable(flat));
        QVERIFY2(flat.contains(u"Step 2: 0:00:30 to 0:00:59, pause, 30 s"_s), qPrintable(flat));
    }

    void reportIsInTheLanguageOfTheUserInterface()
    {
        // Issue 16 item 9: the report stayed English (and US-dated) in a Chinese UI.
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"zh_CN"_s), u"zh_CN"_s);
        QString why;
        const QString text = reportText(m_record, m_dir.filePath(u"zh.pdf"_s), &why);
        QVERIFY2(!text.isEmpty(), qPrintable(why));
        const QString flat = text.simplified();
        QVERIFY2(flat.contains(u"运行报告"_s), qPrintable(flat));
        QVERIFY2(!flat.contains(u"Run report"_s) && !flat.contains(u"Channels"_s) && !flat.contains(u"Alarms"_s), qPrintable(flat));
        // The date as a Chinese reader writes it.
        QVERIFY2(flat.contains(u"2026年3月1日"_s), qPrintable(flat));
        QVERIFY2(!flat.contains(u"March"_s), qPrintable(flat));
        QVERIFY2(flat.contains(u"步骤 1"_s) || flat.contains(u"步骤1"_s), qPrintable(flat));
    }
};

QTEST_MAIN(TestRunReport)
#include "tst_runreport.moc"
