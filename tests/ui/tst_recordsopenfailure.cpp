// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The Records page when a record cannot be opened (issue 12, defect 12): after "Could not open"
// nothing of the run shown before stays on screen, where it would be read as this record's.
#include "monitor/trendchart.h"
#include "records/recordspage.h"
#include "records/runrecordwriter.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Records;
using namespace Qt::Literals::StringLiterals;

namespace {

bool writeRecord(const QString &path)
{
    RunRecordWriter writer;
    RunInfo info;
    info.startUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    ChannelInfo c;
    c.id = 1;
    c.name = u"Pump"_s;
    c.unit = u"mL/min"_s;
    if (!writer.create(path, info) || !writer.addChannel(c))
        return false;
    for (qint64 i = 0; i < 3000; ++i)
        writer.appendSample(1, Sample{i * 10000, float(i % 50)});
    return writer.finish(EndReason::Completed).ok();
}

bool dropTable(const QString &path, const QString &table)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(u"DROP TABLE %1"_s.arg(table));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    return ok;
}

} // namespace

class TestRecordsOpenFailure final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aRecordThatCannotBeOpenedClearsTheRunShownBefore_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("not a record") << u"bytes"_s;
        QTest::newRow("event table dropped") << u"event"_s;
    }

    void aRecordThatCannotBeOpenedClearsTheRunShownBefore()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.psrun"_s);
        const QString bad = dir.filePath(u"bad.psrun"_s);
        QVERIFY(writeRecord(good));
        if (damage == u"bytes"_s) {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        } else {
            QVERIFY(writeRecord(bad));
            QVERIFY(dropTable(bad, damage));
        }

        RecordsPage page;
        page.resize(1200, 800);
        page.setFolder(dir.path());
        page.show();
        QSignalSpy loaded(&page, &RecordsPage::replayLoaded);
        QSignalSpy failed(&page, &RecordsPage::replayFailed);
        page.openRecord(good);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        page.chart()->refresh();
        QVERIFY(page.chart()->pointsInSeries() > 0);
        QCOMPARE(page.openPath(), good);

        page.openRecord(bad);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.front().at(0).toString(), bad);
        QVERIFY2(failed.front().at(1).toString().contains(bad), qPrintable(failed.front().at(1).toString()));
        page.chart()->refresh();
        QCOMPARE(page.chart()->pointsInSeries(), 0);
        QVERIFY(page.openPath().isEmpty());  // exports have nothing to export
        auto *info = page.findChild<QLabel *>(u"replayInfo"_s);
        QVERIFY(info && info->text().contains(u"bad.psrun"_s));
    }
};

QTEST_MAIN(TestRecordsOpenFailure)
#include "tst_recordsopenfailure.moc"
