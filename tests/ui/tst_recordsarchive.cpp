// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
//
// The Records page's "Archive" side against a real PostgreSQL started here (initdb in a
// temporary folder, a free loopback port, as tst_archive does): "Push to Archive" sends the local
// record off the GUI thread, the search finds it by operator, profile and date (and not by a
// wrong operator), and opening it copies it back as a record file that replays with the same
// chart, sample for sample identical to the local record. A wrong password is a clear message.
//
// PUMPSTUDIO_SCREENSHOT_DIR=folder also writes a PNG of the page in archive mode.
#include "archive/archivepush.h"
#include "audit/auditentry.h"
#include "audit/audittrail.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "core/translations.h"
#include "monitor/trendchart.h"
#include "records/archiveview.h"
#include "records/recordspage.h"
#include "records/runcatalog.h"
#include "records/runrecordreader.h"
#include "records/runrecordwriter.h"
#include "services/labnetwork.h"
#include "services/workbench.h"
#include "support/postgresserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QTimer>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>

using namespace PumpStudio;
using namespace PumpStudio::Test;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kChannels = 3;

/// A finished record: 3 channels at 10 Hz for 5 minutes, with a setpoint, an event and an alarm.
QString writeRecord(const QString &folder, const QDateTime &start)
{
    QDir().mkpath(folder);
    Records::RunInfo info;
    info.startUtc = start;
    info.utcOffsetSeconds = 3600;
    info.operatorName = u"Jane Doe"_s;
    info.appVersion = u"test"_s;
    info.title = u"Rinse profile"_s;
    Records::RunRecordWriter writer;
    const QString path = Records::RunCatalog::newRecordPath(folder, start);
    if (!writer.create(path, info))
        return {};
    for (int c = 1; c <= kChannels; ++c) {
        Records::ChannelInfo ch;
        ch.id = c;
        ch.name = u"Reglo %1 flow"_s.arg(c);
        ch.unit = u"mL/min"_s;
        ch.quantity = Records::Quantity::Flow;
        ch.modelId = u"reglo-icc"_s;
        if (!writer.addChannel(ch))
            return {};
    }
    for (qint64 i = 0; i < 3000; ++i) {
        const qint64 t = i * 100'000 + (i * 7919) % 900;
        for (int c = 1; c <= kChannels; ++c)
            writer.appendSample(c, Records::Sample{t, float(c + std::sin(double(i) * 0.01 * c))});
        if (i == 1000) {
            writer.recordSetpoint({t, 1, Records::Quantity::Flow, 2.5, u"mL/min"_s});
            writer.recordEvent({t, std::nullopt, u"note"_s, std::nullopt, u"step"_s});
            writer.recordAlarm({t, Records::AlarmAction::Raised, u"pressure-high"_s, 1, 2.6, 2.5, u"over"_s});
        }
    }
    if (!writer.finish(Records::EndReason::Completed))
        return {};
    return path;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PUMPSTUDIO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);  // the layout catches up with the last text first
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}
} // namespace

class TestRecordsArchive final : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_data;
    QString m_record;

    int search(ArchiveView *view)
    {
        QSignalSpy done(view, &ArchiveView::searchFinished);
        view->search();
        if (!done.wait(30000))
            return -1;
        return done.constFirst().at(1).toString().isEmpty() ? done.constFirst().at(0).toInt() : -2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Logging::Options options;
        options.console = false;
        options.memoryCapacity = 500;
        Logging::initialize(options);
        if (m_server.bin.isEmpty())
            QSKIP("PostgreSQL is not installed (Debian: postgresql-15)");
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            QSKIP("Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)");
        QVERIFY2(m_server.start(), qPrintable(m_server.log));
        QVERIFY2(!m_server.psql(u"postgres"_s, u"CREATE DATABASE gui"_s).isNull(), qPrintable(m_server.log));
        m_record = writeRecord(m_data.filePath(u"records"_s), QDateTime::fromString(u"2026-03-01T08:00:00.000Z"_s, Qt::ISODateWithMs));
        QVERIFY(!m_record.isEmpty());
    }

    void cleanupTestCase() { m_server.stop(); }

    void pushSearchAndOpenAnArchivedRun()
    {
        AppSettings settings(m_data.filePath(u"settings.ini"_s));
        Services::Workbench workbench(settings);
        workbench.network().setKeychainService(u"PumpStudio-test"_s);
        RecordsPage page;
        page.setSession(&workbench.session());
        page.setFolder(m_data.filePath(u"records"_s));
        page.setNetwork(&workbench.network(), workbench.trail().path());
        ArchiveView *view = page.archiveView();
        QVERIFY(view);
        view->setCacheFolder(m_data.filePath(u"cache"_s));
        page.resize(1200, 800);
        page.show();

        // Before the archive is set up, the view says where to do it.
        page.showArchive(true);
        QVERIFY(page.showsArchive());
        QVERIFY2(view->statusText().contains(u"Lab Network"_s), qPrintable(view->statusText()));

        Services::LabNetworkSettings s;
        s.archiveEnabled = true;
        s.archiveUrl = m_server.url(u"gui"_s);
        QVERIFY(workbench.network().apply(s, std::nullopt, m_server.password));

        QSignalSpy pushed(view, &ArchiveView::pushFinished);
        QSignalSpy searched(view, &ArchiveView::searchFinished);
        view->push();
        QVERIFY(pushed.wait(30000));
        QVERIFY2(pushed.constFirst().at(1).toString().isEmpty(), qPrintable(pushed.constFirst().at(1).toString()));
        QVERIFY2(pushed.constFirst().at(0).toString().startsWith(u"1 run(s) sent"_s), qPrintable(pushed.constFirst().at(0).toString()));
        // A push is followed by a fresh list.
        QVERIFY(searched.wait(30000));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->item(0, 1)->text(), Archive::Workstation::local().name);
        QCOMPARE(view->model()->item(0, 2)->text(), u"Jane Doe"_s);
        QCOMPARE(view->model()->item(0, 4)->text(), u"Rinse profile"_s);

        // The search's fields, each on the server.
        auto *operatorField = view->findChild<QLineEdit *>(u"archiveOperator"_s);
        operatorField->setText(u"nobody"_s);
        QCOMPARE(search(view), 0);
        operatorField->setText(u"jane"_s);
        QCOMPARE(search(view), 1);
        view->findChild<QLineEdit *>(u"archiveProfile"_s)->setText(u"rinse"_s);
        view->findChild<QLineEdit *>(u"archivePump"_s)->setText(u"Reglo 2"_s);
        QCOMPARE(search(view), 1);
        view->findChild<QCheckBox *>(u"archiveUseFrom"_s)->setChecked(true);
        view->findChild<QDateEdit *>(u"archiveFrom"_s)->setDate(QDate(2026, 3, 2));
        QCOMPARE(search(view), 0);
        view->findChild<QDateEdit *>(u"archiveFrom"_s)->setDate(QDate(2026, 2, 28));
        view->findChild<QCheckBox *>(u"archiveUseTo"_s)->setChecked(true);
        view->findChild<QDateEdit *>(u"archiveTo"_s)->setDate(QDate(2026, 3, 1));
        QCOMPARE(search(view), 1);
        screenshot(&page, u"records-archive"_s);

        // Opened: copied back as a record file and replayed like a local one.
        view->view()->selectRow(0);
        QSignalSpy loaded(&page, &RecordsPage::replayLoaded);
        QSignalSpy failed(&page, &RecordsPage::replayFailed);
        view->openSelected();
        QVERIFY2(loaded.wait(30000), failed.isEmpty() ? qPrintable(view->statusText()) : qPrintable(failed.constFirst().at(1).toString()));
        const QString copy = loaded.constFirst().at(0).toString();
        QVERIFY(copy.startsWith(m_data.filePath(u"cache"_s)));
        QCOMPARE(QFileInfo(copy).fileName(), QFileInfo(m_record).fileName());
        QCOMPARE(page.openPath(), copy);
        screenshot(&page, u"records-archive-opened"_s);

        QVERIFY2(page.integrityText() == u"a copy from the shared archive"_s, qPrintable(page.integrityText()));
        // A signature belongs on the original: the copy refuses one, saying why.
        bool refusedSigning = false;
        QTimer::singleShot(0, &page, [&refusedSigning] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                refusedSigning = box->text().contains(u"copy from the shared archive"_s);
                box->accept();
            }
        });
        page.reviewAndSign();
        QVERIFY(refusedSigning);

        Records::RunRecordReader mine;
        Records::RunRecordReader theirs;
        QVERIFY(mine.open(m_record));
        QVERIFY(theirs.open(copy));
        QCOMPARE(theirs.runInfo().operatorName, mine.runInfo().operatorName);
        QCOMPARE(theirs.runInfo().title, mine.runInfo().title);
        QCOMPARE(theirs.runInfo().startUtc, mine.runInfo().startUtc);
        QCOMPARE(theirs.runInfo().endReason, mine.runInfo().endReason);
        QCOMPARE(theirs.channels().size(), mine.channels().size());
        for (int c = 1; c <= kChannels; ++c) {
            auto a = mine.samples(c, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
            auto b = theirs.samples(c, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
            QVERIFY(a && b);
            QCOMPARE(b->size(), a->size());
            for (qsizetype i = 0; i < a->size(); ++i) {
                if (a->at(i).tUs != b->at(i).tUs || std::bit_cast<quint32>(a->at(i).value) != std::bit_cast<quint32>(b->at(i).value))
                    QFAIL(qPrintable(u"channel %1 sample %2 differs"_s.arg(c).arg(i)));
            }
        }
        QCOMPARE(theirs.setpoints()->size(), mine.setpoints()->size());
        QCOMPARE(theirs.events()->size(), mine.events()->size());
        QCOMPARE(theirs.alarms()->size(), mine.alarms()->size());

        // The push is in the trail as an export, to the archive without its password.
        auto exports = workbench.trail().entriesFor(Audit::Kind::Export, m_server.url(u"gui"_s));
        QVERIFY(exports);
        QCOMPARE(exports->size(), 1);
        QVERIFY2(exports->constFirst().action.startsWith(u"Pushed to the archive: 1 run(s) sent"_s), qPrintable(exports->constFirst().action));

        // A second push sends nothing again.
        pushed.clear();
        view->push();
        QVERIFY(pushed.wait(30000));
        QVERIFY2(pushed.constFirst().at(0).toString().startsWith(u"0 run(s) sent, 1 already archived"_s),
                 qPrintable(pushed.constFirst().at(0).toString()));
        QVERIFY(searched.wait(30000));  // the list after the push: let it come back before the page goes

        // A wrong password: the server's refusal, in words, and nothing else happens.
        QVERIFY(workbench.network().apply(s, std::nullopt, u"wrong"_s));
        QSignalSpy refused(view, &ArchiveView::searchFinished);
        view->search();
        QVERIFY(refused.wait(30000));
        QVERIFY(!refused.constFirst().at(1).toString().isEmpty());
        QVERIFY2(view->statusText().startsWith(u"The archive cannot be searched"_s), qPrintable(view->statusText()));
    }

    /// Last: with PUMPSTUDIO_SCREENSHOT_DIR, the archive side in Chinese (made after the
    /// translator is installed), listing what the test above pushed.
    void screenshotsInChinese()
    {
        if (qEnvironmentVariable("PUMPSTUDIO_SCREENSHOT_DIR").isEmpty())
            QSKIP("PUMPSTUDIO_SCREENSHOT_DIR is not set");
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"zh_CN"_s), u"zh_CN"_s);
        AppSettings settings(m_data.filePath(u"settings-zh.ini"_s));
        Services::Workbench workbench(settings);
        workbench.network().setKeychainService(u"PumpStudio-test"_s);
        Services::LabNetworkSettings s;
        s.archiveEnabled = true;
        s.archiveUrl = m_server.url(u"gui"_s);
        QVERIFY(workbench.network().apply(s, std::nullopt, m_server.password));
        RecordsPage page;
        page.setFolder(m_data.filePath(u"records"_s));
        page.setNetwork(&workbench.network(), workbench.trail().path());
        page.archiveView()->setCacheFolder(m_data.filePath(u"cache-zh"_s));
        page.resize(1200, 800);
        page.show();
        page.showArchive(true);
        QCOMPARE(search(page.archiveView()), 1);
        page.archiveView()->view()->selectRow(0);
        QSignalSpy loaded(&page, &RecordsPage::replayLoaded);
        page.archiveView()->openSelected();
        QVERIFY(loaded.wait(30000));
        screenshot(&page, u"records-archive-zh"_s);
    }
};

QTEST_MAIN(TestRecordsArchive)
#include "tst_recordsarchive.moc"
