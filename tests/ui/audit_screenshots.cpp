// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Not a test: PNGs of the log-in dialog, the Audit page, the signature and accounts dialogs and a signed run
// report (PDF) for review, from a workstation made up in a temporary data folder.
//   audit_screenshots OUTPUT_FOLDER [--lang zh_CN]
#include "audit/accountsdialog.h"
#include "audit/auditpage.h"
#include "audit/logindialog.h"
#include "audit/signaturedialog.h"
#include "mainwindow.h"
#include "monitor/trendchart.h"
#include "monitor/trendstore.h"
#include "records/recordspage.h"
#include "records/runreport.h"

#include "accounts/session.h"
#include "audit/audittrail.h"
#include "audit/recordseals.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "core/paths.h"
#include "core/translations.h"
#include "records/recordseal.h"
#include "records/runcatalog.h"
#include "records/runrecordreader.h"
#include "records/runrecordwriter.h"
#include "services/workbench.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    // AUDIT_SHOTS_KEEP=1: the made-up workstation stays, for a look at the real program on it
    // (XDG_DATA_HOME=<printed folder> pumpstudio).
    home.setAutoRemove(!qEnvironmentVariableIsSet("AUDIT_SHOTS_KEEP"));
    qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
    std::fprintf(stdout, "data home: %s\n", qPrintable(home.path()));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString out = args.value(1, u"/tmp/audit-shots"_s);
    const QString language = args.contains(u"--lang"_s) ? args.value(args.indexOf(u"--lang"_s) + 1) : u"en"_s;
    Translations::install(app, language);
    QDir().mkpath(out);
    Paths::setDataDir(Paths::guiDataDir());
    Logging::Options log;
    log.console = false;
    Logging::initialize(log);
    const QString password = u"password-123"_s;
    const auto save = [&](QWidget &w, const QString &name) {
        w.show();
        QTest::qWait(300);
        w.grab().save(QDir(out).filePath(name + u"-"_s + language + u".png"_s));
    };

    AppSettings settings(home.filePath(u"settings.ini"_s));
    Services::Workbench workbench(settings);
    Accounts::Session &session = workbench.session();
    workbench.accounts().setPasswordIterations(20000);
    (void)session.createAccount(u"admin"_s, u"Ada Admin"_s, Accounts::Role::Administrator, password);
    (void)session.logIn(u"admin"_s, password);
    (void)session.createAccount(u"tech"_s, u"Tom Tech"_s, Accounts::Role::Technician, password);
    (void)session.createAccount(u"qa"_s, u"Quinn Qa"_s, Accounts::Role::Reviewer, password);
    Accounts::Policy policy = session.policy();
    policy.mode = Accounts::Mode::Controlled;
    (void)session.setPolicy(policy);
    session.logOff();
    (void)session.logIn(u"tech"_s, u"wrong-password-1"_s);

    {
        LoginDialog login(session, LoginDialog::Purpose::LogIn);
        login.userField()->setText(u"tech"_s);
        login.passwordField()->setText(u"wrong-password-1"_s);
        login.accept();
        (void)QTest::qWaitFor([&login] { return !login.isBusy(); }, 60000);  // the password is checked off the GUI thread
        save(login, u"login"_s);
    }
    (void)session.logIn(u"tech"_s, password);

    // A run: a record written, sealed; pump commands and a profile run in the trail.
    const QString path = QDir(Records::RunCatalog::defaultFolder()).filePath(u"run-20260301-100000.psrun"_s);
    {
        Records::RunRecordWriter writer;
        Records::RunInfo info;
        info.startUtc = QDateTime::currentDateTimeUtc().addSecs(-600);
        info.utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
        info.operatorName = u"Tom Tech (tech)"_s;
        info.title = u"Buffer A rinse"_s;
        (void)writer.create(path, info);
        Records::ChannelInfo channel;
        channel.id = 1;
        channel.name = u"Reglo ICC flow"_s;
        channel.unit = u"mL/min"_s;
        channel.model = u"REGLO ICC"_s;
        channel.serialNumber = u"A1234"_s;
        (void)writer.addChannel(channel);
        for (int i = 0; i < 3000; ++i)
            writer.appendSample(1, Records::Sample{i * 200'000LL, float(12.0 + std::sin(i / 80.0))});
        (void)writer.finish(Records::EndReason::Completed);
        auto seal = Records::computeSeal(path);
        (void)Audit::appendSeal(workbench.trail(), Audit::systemActor(), seal->fileName, seal->startUtc, seal->contentHash, u"completed"_s, {});
    }
    for (const auto &[action, oldValue, newValue] : {std::tuple{u"Speed 45 rpm"_s, u"Speed 40 rpm"_s, u"Speed 45 rpm"_s},
                                                    std::tuple{u"Start"_s, u"stopped"_s, u"running"_s}}) {
        Audit::AuditDraft d;
        d.kind = Audit::Kind::PumpCommand;
        d.target = u"Reglo ICC #1"_s;
        d.action = action;
        d.oldValue = oldValue;
        d.newValue = newValue;
        (void)session.record(d);
    }
    Audit::AuditDraft limits;
    limits.kind = Audit::Kind::AlarmLimits;
    limits.target = u"Pressure sensor"_s;
    limits.action = u"Alarm limits changed"_s;
    limits.oldValue = u"high 2.0 bar"_s;
    limits.newValue = u"high 2.5 bar"_s;
    limits.reason = u"New tubing, rated to 3 bar"_s;
    (void)session.record(limits);
    (void)session.switchUser(u"qa"_s, password);
    {
        RecordsPage records;
        records.setSession(&session);
        QSignalSpy loaded(&records, &RecordsPage::replayLoaded);
        records.openRecord(path);
        loaded.wait(20000);
        const QByteArray hash = Records::computeSeal(path)->contentHash;
        SignatureDialog dialog(session, Audit::Meaning::Reviewed, u"run:"_s + QFileInfo(path).fileName(), hash,
                               u"Run record run-20260301-100000.psrun"_s);
        dialog.passwordField()->setText(u"secret"_s);
        save(dialog, u"signature"_s);
        dialog.passwordField()->setText(password);
        dialog.accept();
        (void)QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, 60000);
        Records::RunRecordReader reader;
        (void)reader.open(path);
        records.resize(1400, 800);
        records.show();
        QTest::qWait(500);
        ReportFigures figures = reportFigures(*records.findChild<Monitor::TrendStore *>(), records.chart()->renderImage(QSize(1600, 700)));
        figures.signoff.integrity = records.integrityText();
        figures.signoff.signatures = workbench.trail().signatures(u"run:"_s + QFileInfo(path).fileName()).valueOr({});
        (void)writeRunReport(QDir(out).filePath(u"report-"_s + language + u".pdf"_s), reader, figures);
        save(records, u"records"_s);
    }
    {
        AuditPage page(session);
        page.resize(1500, 700);
        page.verify();
        save(page, u"audit"_s);
    }
    (void)session.switchUser(u"admin"_s, password);
    {
        AccountsDialog accounts(session);
        save(accounts, u"accounts"_s);
    }
    {
        MainWindow window(workbench);
        window.resize(1500, 900);
        window.showPage(u"audit"_s);
        save(window, u"mainwindow-audit"_s);
    }
    return 0;
}
