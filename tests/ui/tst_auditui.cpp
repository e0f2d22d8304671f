// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The Audit page (model, filters, exports), the log-in and signature dialogs, the run report
// with its signature, and the Records page after a record that cannot be opened.
#include "audit/auditpage.h"
#include "audit/audittablemodel.h"
#include "audit/logindialog.h"
#include "audit/sessioncontrols.h"
#include "audit/signaturedialog.h"
#include "mainwindow.h"
#include "monitor/monitorpage.h"
#include "monitor/trendchart.h"
#include "monitor/trendstore.h"
#include "records/recordspage.h"
#include "records/runreport.h"

#include "accounts/session.h"
#include "audit/audittrail.h"
#include "audit/recordseals.h"
#include "core/appsettings.h"
#include "core/paths.h"
#include "records/recordseal.h"
#include "records/runrecordreader.h"
#include "records/runrecordwriter.h"
#include "services/deviceservice.h"
#include "services/monitorsession.h"
#include "services/workbench.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThreadPool>
#include <QInputDialog>
#include <QTimer>
#include <QJsonArray>
#include <QLabel>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPassword = u"password-123"_s;
}

class TestAuditUi final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Audit::AuditTrail> m_trail;
    std::unique_ptr<Accounts::AccountStore> m_accounts;
    std::unique_ptr<Accounts::Session> m_session;
    int m_n = 0;

    QString record(const QString &name, int samples = 3000)
    {
        const QString path = m_dir.filePath(name);
        Records::RunRecordWriter writer;
        Records::RunInfo info;
        info.startUtc = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).addSecs(++m_n);
        info.operatorName = u"Tom Tech (tech)"_s;
        if (!writer.create(path, info))
            return {};
        Records::ChannelInfo channel;
        channel.id = 1;
        channel.name = u"Reglo flow"_s;
        channel.unit = u"mL/min"_s;
        (void)writer.addChannel(channel);
        for (int i = 0; i < samples; ++i)
            writer.appendSample(1, Records::Sample{i * 100'000LL, float(i % 50)});
        (void)writer.finish(Records::EndReason::Completed);
        auto seal = Records::computeSeal(path);
        if (!seal)
            return {};
        (void)Audit::appendSeal(*m_trail, Audit::systemActor(), seal->fileName, seal->startUtc, seal->contentHash, u"completed"_s, {});
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_trail = std::make_unique<Audit::AuditTrail>();
        QVERIFY(m_trail->open(m_dir.filePath(u"trail.sqlite"_s)));
        m_accounts = std::make_unique<Accounts::AccountStore>();
        QVERIFY(m_accounts->open(m_dir.filePath(u"accounts.sqlite"_s)));
        m_accounts->setPasswordIterations(1000);
        m_session = std::make_unique<Accounts::Session>(*m_accounts, *m_trail);
        QVERIFY(m_session->createAccount(u"admin"_s, u"Ada Admin"_s, Accounts::Role::Administrator, kPassword));
        QVERIFY(m_session->logIn(u"admin"_s, kPassword));
        QVERIFY(m_session->createAccount(u"qa"_s, u"Quinn Qa"_s, Accounts::Role::Reviewer, kPassword));
        QVERIFY(m_session->createAccount(u"tech"_s, u"Tom Tech"_s, Accounts::Role::Technician, kPassword));
        Accounts::Policy p = m_session->policy();
        p.mode = Accounts::Mode::Controlled;
        QVERIFY(m_session->setPolicy(p));
        m_session->logOff();
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_accounts.reset();
        m_trail.reset();
    }

    void theLogInDialogSaysWhyAndStaysOpen()
    {
        LoginDialog dialog(*m_session, LoginDialog::Purpose::LogIn);
        dialog.userField()->setText(u"tech"_s);
        dialog.passwordField()->setText(u"wrong-one-1"_s);
        dialog.accept();
        QTRY_VERIFY(!dialog.isBusy());  // checked off the GUI thread
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.message(), u"Wrong user id or password."_s);
        QVERIFY(dialog.passwordField()->text().isEmpty());
        dialog.passwordField()->setText(kPassword);
        dialog.accept();
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_session->actor().userId, u"tech"_s);
    }

    void theWindowKeepsRunningWhileALogInIsChecked()
    {
        m_session->logOff();
        // The hash runs on a pool the test holds: it cannot finish before the test says so,
        // so what the GUI does meanwhile is seen without any timing.
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore gate;
        pool.start([&gate] { gate.acquire(); });
        m_session->setThreadPool(&pool);
        const auto cleanup = qScopeGuard([&] {
            gate.release();
            pool.waitForDone();
            m_session->setThreadPool(nullptr);
        });
        LoginDialog dialog(*m_session, LoginDialog::Purpose::SwitchUser);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.userField()->setText(u"tech"_s);
        dialog.passwordField()->setText(kPassword);
        auto *logIn = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(logIn, Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QCOMPARE(dialog.message(), u"Checking the password…"_s);
        QVERIFY(!logIn->isEnabled());
        QVERIFY(!dialog.passwordField()->isEnabled());
        // No second submission, no cancel: Enter, Escape and a direct accept() change nothing.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        dialog.accept();
        dialog.reject();
        QCOMPARE(m_session->pendingHashes(), 1);
        QVERIFY(dialog.isVisible());
        // The GUI thread's event loop runs: a timer fires, a widget repaints.
        int ticks = 0;
        QTimer tick;
        tick.setInterval(1);
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start();
        QTRY_VERIFY(ticks >= 10);
        QVERIFY(dialog.isBusy());
        QVERIFY(!m_session->isLoggedIn());
        gate.release();
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_session->actor().userId, u"tech"_s);
        // One log-in, written once.
        Audit::AuditFilter f;
        f.kinds = {Audit::Kind::Session};
        const auto entries = m_trail->entries(f).valueOr({});
        QCOMPARE(entries.last().action, u"Logged in"_s);
        QVERIFY(entries.at(entries.size() - 2).action != u"Logged in"_s);
    }

    void aWrongPasswordInTheDialogStillCountsTowardTheLockOut()
    {
        m_session->logOff();
        const int before = m_accounts->account(u"qa"_s)->failedLogins;
        LoginDialog dialog(*m_session, LoginDialog::Purpose::LogIn);
        dialog.userField()->setText(u"qa"_s);
        dialog.passwordField()->setText(u"wrong-one-2"_s);
        dialog.accept();
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.message(), u"Wrong user id or password."_s);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.passwordField()->isEnabled());
        QCOMPARE(m_accounts->account(u"qa"_s)->failedLogins, before + 1);
        QVERIFY(!m_session->isLoggedIn());
        QVERIFY(m_session->logIn(u"tech"_s, kPassword));  // as the tests after this one expect
    }

    void theAuditModelPassesTheTesterAndFilters()
    {
        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(m_trail->entries().valueOr({}));
        QVERIFY(model.rowCount() > 5);
        for (int i = 0; i < 3; ++i) {
            Audit::AuditDraft d;
            d.kind = Audit::Kind::PumpCommand;
            d.target = u"Reglo ICC"_s;
            d.action = u"Speed %1 rpm"_s.arg(i);
            model.append(*m_session->record(d));
        }
        Audit::AuditFilter f;
        f.kinds = {Audit::Kind::PumpCommand};
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 3);
        f = {};
        f.user = u"admin"_s;
        proxy.setFilter(f);
        QVERIFY(proxy.rowCount() >= 4);
        QCOMPARE(proxy.shownEntries().first().actor.userId, u"admin"_s);
        QCOMPARE(model.headerData(AuditTableModel::Time, Qt::Horizontal).toString(), u"Time (local, with UTC offset)"_s);
    }

    void theAuditPageVerifiesFiltersAndExports()
    {
        AuditPage page(*m_session);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = page.model()->rowCount();
        Audit::AuditDraft d;
        d.kind = Audit::Kind::PumpCommand;
        d.target = u"Lead Fluid"_s;
        d.action = u"Start"_s;
        QVERIFY(m_session->record(d));
        QCOMPARE(page.model()->rowCount(), before + 1);  // new entries come in as written
        QVERIFY(page.verify());
        QVERIFY(page.verifyText().startsWith(u"Verified"_s));
        page.setPumpFilter(u"Lead Fluid"_s);
        QCOMPARE(page.proxy()->rowCount(), 1);
        page.setPumpFilter({});
        page.setKindFilter(Audit::Kind::Session);
        QVERIFY(page.proxy()->rowCount() >= 3);
        const QString json = m_dir.filePath(u"sessions.json"_s);
        QVERIFY(page.exportTo(json));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).array().size(), page.proxy()->rowCount() - 0);
        QVERIFY(page.exportTo(m_dir.filePath(u"sessions.csv"_s)));
        QVERIFY(page.exportTo(m_dir.filePath(u"sessions.pdf"_s)));
        QVERIFY(QFileInfo(m_dir.filePath(u"sessions.pdf"_s)).size() > 1000);
        Audit::AuditFilter exports;
        exports.kinds = {Audit::Kind::Export};
        QCOMPARE(m_trail->entries(exports)->size(), 3);  // each export is in the trail
    }

    void aSignatureNeedsThePasswordAndShowsInTheReport()
    {
        const QString path = record(u"signed.psrun"_s);
        QVERIFY(!path.isEmpty());
        QVERIFY(m_session->switchUser(u"qa"_s, kPassword));
        RecordsPage page;
        page.setSession(m_session.get());
        QSignalSpy loaded(&page, &RecordsPage::replayLoaded);
        page.openRecord(path);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page.integrityText(), u"verified"_s);
        const QByteArray hash = Records::computeSeal(path)->contentHash;
        SignatureDialog dialog(*m_session, Audit::Meaning::Reviewed, u"run:signed.psrun"_s, hash, u"Run record signed.psrun"_s);
        QCOMPARE(dialog.userField()->text(), u"qa"_s);
        QVERIFY(dialog.userField()->isReadOnly());
        dialog.passwordField()->setText(u"not-it-123"_s);
        dialog.accept();
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(!dialog.signature());
        QCOMPARE(dialog.message(), u"Wrong user id or password."_s);
        dialog.passwordField()->setText(kPassword);
        dialog.accept();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.signature());
        // Signed from the page: the signature shows with the record at once.
        QTimer answer;
        answer.setInterval(10);
        connect(&answer, &QTimer::timeout, &page, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<SignatureDialog *>(w); d && d->isVisible()) {
                    d->passwordField()->setText(kPassword);
                    d->accept();
                }
            }
        });
        answer.start();
        page.reviewAndSign();
        answer.stop();
        const auto *info = page.findChild<QLabel *>(u"replayInfo"_s);
        QVERIFY(info);
        QVERIFY2(info->text().contains(u"Reviewed by Quinn Qa (qa) on "_s), qPrintable(info->text()));
        // The report: the meaning, the printed name and the time, and the integrity.
        Records::RunRecordReader reader;
        QVERIFY(reader.open(path));
        const QString pdf = m_dir.filePath(u"signed.pdf"_s);
        const auto *store = page.findChild<Monitor::TrendStore *>();
        QVERIFY(store);
        ReportFigures figures = reportFigures(*store, QImage());
        figures.signoff.integrity = page.integrityText();
        figures.signoff.signatures = m_trail->signatures(u"run:signed.psrun"_s).valueOr({});
        QVERIFY(writeRunReport(pdf, reader, figures));
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        if (!text.waitForStarted(5000))
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.waitForFinished(20000));
        // pdftotext gives the font's ligatures (\uFB01 for "fi"): compatibility form turns them back.
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        QVERIFY2(words.contains(u"Reviewed by Quinn Qa (qa) on "_s), qPrintable(words));
        QVERIFY2(words.contains(u"meaning: reviewed"_s), qPrintable(words));
        QVERIFY2(words.contains(u"printed name: Quinn Qa"_s), qPrintable(words));
        QVERIFY2(words.contains(u"Integrity: verified"_s), qPrintable(words));
        const QString time = dialog.signature()->timeUtc.toOffsetFromUtc(dialog.signature()->utcOffsetSeconds).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        QVERIFY2(words.contains(time), qPrintable(words));
    }

    void openModeAsksWhoRunsARunAndRemembersIt()
    {
        QTemporaryDir data;
        Paths::setDataDir(data.path());
        AppSettings settings(data.filePath(u"settings.ini"_s));
        {
            Services::Workbench workbench(settings);
            QVERIFY(!workbench.session().isControlled());  // no account anywhere: open mode
            MainWindow window(workbench);
            window.sessionControls()->setAskOperator(true);
            // The question comes up when the run starts; answered like a user would.
            // (It runs its own event loop, so it is looked for from a timer.)
            bool asked = false;
            QTimer answer;
            answer.setInterval(10);
            connect(&answer, &QTimer::timeout, &window, [&asked] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (auto *dialog = qobject_cast<QInputDialog *>(w); dialog && dialog->isVisible()) {
                        asked = true;
                        dialog->setTextValue(u"Li Wei"_s);
                        dialog->accept();
                    }
                }
            });
            answer.start();
            QSignalSpy ended(&workbench.monitor(), &Services::MonitorSession::recordSealed);
            workbench.monitor().startRunNow();
            QTRY_VERIFY(asked);
            answer.stop();
            QCOMPARE(workbench.session().operatorName(), u"Li Wei"_s);
            QVERIFY(settings.value(u"records/operators"_s).toStringList().contains(u"Li Wei"_s));
            workbench.monitor().endRun(u"test"_s);
            QVERIFY(ended.wait(20000));
            const QString path = ended.first().first().toString();
            Records::RunRecordReader reader;
            QVERIFY(reader.open(path));
            QCOMPARE(reader.runInfo().operatorName, u"Li Wei"_s);
            // The trail: who was chosen, with the OS user beside it.
            Audit::AuditFilter f;
            f.kinds = {Audit::Kind::Session};
            const auto entries = workbench.trail().entries(f).valueOr({});
            QVERIFY(!entries.isEmpty());
            QCOMPARE(entries.last().action, u"Operator chosen"_s);
            QCOMPARE(entries.last().actor.userId, u"Li Wei"_s);
            QCOMPARE(entries.last().actor.osUser, Audit::osUserName());
        }
        {
            // The next program run remembers the name without asking.
            Services::Workbench workbench(settings);
            QCOMPARE(workbench.session().operatorName(), u"Li Wei"_s);
            QCOMPARE(workbench.session().actor().userId, u"Li Wei"_s);
        }
        Paths::setDataDir({});
    }

    void theWindowHidesWhatTheRoleMayNotDo()
    {
        // A workstation of its own (the window's workbench opens the data folder's trail).
        QTemporaryDir data;
        Paths::setDataDir(data.path());
        AppSettings settings(data.filePath(u"settings.ini"_s));
        {
            Services::Workbench workbench(settings);
            workbench.accounts().setPasswordIterations(1000);
            Accounts::Session &session = workbench.session();
            QVERIFY(session.createAccount(u"admin"_s, u"Ada Admin"_s, Accounts::Role::Administrator, kPassword));
            QVERIFY(session.logIn(u"admin"_s, kPassword));
            QVERIFY(session.createAccount(u"qa"_s, u"Quinn Qa"_s, Accounts::Role::Reviewer, kPassword));
            QVERIFY(session.createAccount(u"tech"_s, u"Tom Tech"_s, Accounts::Role::Technician, kPassword));
            Accounts::Policy policy = session.policy();
            policy.mode = Accounts::Mode::Controlled;
            QVERIFY(session.setPolicy(policy));
            session.logOff();

            MainWindow window(workbench);
            auto *navigation = window.findChild<QToolBar *>(u"navigationBar"_s);
            QVERIFY(navigation);
            const auto pageOffered = [&](const QString &id) { return navigation->actions().at(window.pageIds().indexOf(id))->isVisible(); };
            const auto offered = [&](const char *name) {
                auto *w = window.findChild<QWidget *>(QString::fromLatin1(name));
                return w && !w->isHidden();
            };
            const char *const control[] = {"startAll", "runTogether", "pumpControl", "connectPump", "addPump"};
            // Nobody logged in: nothing to act with.
            for (const char *name : control)
                QVERIFY2(!offered(name), name);
            QVERIFY(!offered("stopAll"));
            // The reviewer reads and signs: the Audit page, no pump control, not even Stop.
            QVERIFY(session.logIn(u"qa"_s, kPassword));
            QVERIFY(pageOffered(u"audit"_s));
            QVERIFY(pageOffered(u"records"_s));
            for (const char *name : control)
                QVERIFY2(!offered(name), name);
            QVERIFY(!offered("stopAll"));
            QVERIFY(!offered("acknowledgeAll"));
            // The technician runs pumps and profiles, and does not see the trail.
            QVERIFY(session.switchUser(u"tech"_s, kPassword));
            for (const char *name : {"startAll", "runTogether", "pumpControl", "connectPump", "stopAll", "acknowledgeAll"})
                QVERIFY2(offered(name), name);
            QVERIFY(!pageOffered(u"audit"_s));
            // The administrator manages accounts and may stop pumps (safety), not run them.
            QVERIFY(session.switchUser(u"admin"_s, kPassword));
            QVERIFY(!offered("startAll"));
            QVERIFY(offered("stopAll"));
        }
        Paths::setDataDir({});
    }

    void afterCouldNotOpenThePreviousChartIsGone()
    {
        const QString good = record(u"good.psrun"_s);
        const QString bad = record(u"bad.psrun"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"drop"_s);
            db.setDatabaseName(bad);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"DROP TABLE event"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"drop"_s);
        RecordsPage page;
        page.setSession(m_session.get());
        QSignalSpy loaded(&page, &RecordsPage::replayLoaded);
        QSignalSpy failed(&page, &RecordsPage::replayFailed);
        page.openRecord(good);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page.openPath(), good);
        page.openRecord(bad);
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().at(1).toString().contains(u"\"event\""_s));
        QVERIFY(page.openPath().isEmpty());
        QVERIFY(page.integrityText().isEmpty());
        // Nothing of good.psrun is left to draw.
        const QImage image = page.chart()->renderImage(QSize(400, 200));
        QVERIFY(!image.isNull());
        const auto *store = page.findChild<Monitor::TrendStore *>();
        QVERIFY(store);
        QVERIFY(store->channelIds().isEmpty());
    }

    void monitorPageExportsAreInTheAuditTrail()
    {
        // Issue 13's gap: CSV, PNG, SVG and PDF exports from the Monitor page were not audited.
        QVERIFY(m_session->logIn(u"tech"_s, kPassword));
        AppSettings settings(m_dir.filePath(u"monitor-export.ini"_s));
        Services::DeviceService devices(settings);
        devices.setSession(m_session.get());
        Services::MonitorSession monitor(devices, settings);
        monitor.setRecordFolder(m_dir.filePath(u"monitor-records"_s));
        MonitorPage page(devices, monitor);
        page.show();
        QSignalSpy started(&monitor, &Services::MonitorSession::runStarted);
        monitor.startRunNow();
        QVERIFY(started.wait(5000));
        const QString record = QFileInfo(monitor.recordPath()).fileName();
        Audit::AuditFilter exports;
        exports.kinds = {Audit::Kind::Export};
        const qsizetype before = m_trail->entries(exports)->size();

        QSignalSpy exported(&page, &MonitorPage::exported);
        QVERIFY(page.exportImageTo(m_dir.filePath(u"live.png"_s), false));
        QVERIFY(page.exportImageTo(m_dir.filePath(u"live.svg"_s), true));
        page.exportCsvTo(m_dir.filePath(u"live.csv"_s), Records::CsvLayout::Wide);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 3, 20000);
        page.exportReportTo(m_dir.filePath(u"live.pdf"_s));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 4, 20000);

        const auto entries = m_trail->entries(exports);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), before + 4);
        QStringList actions;
        for (qsizetype i = before; i < entries->size(); ++i) {
            const Audit::AuditEntry &e = entries->at(i);
            QCOMPARE(e.target, record);
            QCOMPARE(e.actor.userId, u"tech"_s);
            actions.append(e.action);
        }
        const QString all = actions.join(u'\n');
        for (const QString &file : {u"live.png"_s, u"live.svg"_s, u"live.csv"_s, u"live.pdf"_s})
            QVERIFY2(all.contains(file), qPrintable(all));
        monitor.endRun(u"test over"_s);
        m_session->logOff();
    }
};

QTEST_MAIN(TestAuditUi)
#include "tst_auditui.moc"
