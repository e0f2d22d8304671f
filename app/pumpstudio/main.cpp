// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The GUI's composition root: the only file under app/ allowed to include widget headers.
#include "mainwindow.h"

#include "accounts/session.h"
#include "audit/sessioncontrols.h"
#include "core/appsettings.h"
#include "core/buildinfo.h"
#include "core/guioptions.h"
#include "core/logging.h"
#include "core/paths.h"
#include "core/terminationwatcher.h"
#include "core/translations.h"
#include "profiles/profileformat.h"
#include "profiles/profilelibrary.h"
#include "services/democontroller.h"
#include "services/labnetwork.h"
#include "services/workbench.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;

namespace {

// The sample a presentation opens: doses on the demo's Reglo ICC, a short and visible run.
constexpr auto kPresentationSample = "dose-and-pause-series.json";

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputs("\n", stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"PumpStudio"_s);
    QCoreApplication::setOrganizationDomain(u"pumpstudio.org"_s);
    QCoreApplication::setApplicationName(u"PumpStudio"_s);
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    AppSettings settings;

    // --help, --version and usage errors must work without a display, so the command line is
    // handled under a QCoreApplication before the GUI application exists.
    GuiOptions options;
    QString language;
    {
        const QCoreApplication cli(argc, argv);
        // Parse once untranslated to learn --lang and --log-level, set up logging and
        // translators, then parse again so help and errors come out translated.
        const auto firstPass = parseGuiArguments(QCoreApplication::arguments());
        Logging::Options logOptions;
        logOptions.level = (firstPass ? firstPass->logLevel : std::nullopt).value_or(settings.logLevel());
        logOptions.directory = Paths::logDir();
        Logging::initialize(logOptions);
        Logging::installQtMessageHandler();
        language = firstPass && !firstPass->language.isEmpty() ? firstPass->language : settings.language();
        Translations::install(*QCoreApplication::instance(), language);

        const auto parsed = parseGuiArguments(QCoreApplication::arguments());
        if (!parsed) {
            printLine(stderr, parsed.error().message);
            printLine(stderr, QCoreApplication::translate("main", "Try 'pumpstudio --help'."));
            return 2;
        }
        options = *parsed;
        if (options.action == GuiOptions::Action::ShowHelp) {
            printLine(stdout, options.helpText);
            return 0;
        }
        if (options.action == GuiOptions::Action::ShowVersion) {
            printLine(stdout, u"pumpstudio "_s + BuildInfo::summary());
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"PumpStudio"_s);
    QApplication::setDesktopFileName(u"org.pumpstudio.PumpStudio"_s);
    const QString uiLanguage = Translations::install(app, language);
    const auto log = Logging::get("app");
    log->info("PumpStudio {} starting; data in {}", BuildInfo::summary(), Paths::dataDir());
    // The sample profiles, in the UI's language, the first time (a deleted one stays deleted).
    auto profileLibrary = Profiles::ProfileLibrary::atDefaultLocation();
    if (auto samples = profileLibrary.installSamples(uiLanguage); !samples)
        log->warn("sample profiles not installed: {}", samples.error().message);
    else if (!samples->isEmpty())
        log->info("{} sample profile(s) added to {}", samples->size(), profileLibrary.directory());

    Services::Workbench workbench(settings);
    // --demo on a controlled workstation: no log-in, the demo role (simulated pumps and the
    // catalog only); on an open one (a fresh install) the demo is open mode as before.
    if (options.demo && workbench.session().isControlled())
        workbench.session().startDemo();
    MainWindow window(workbench);
    // A person at the window is asked who runs a run in open mode; the demo and CI are not.
    window.sessionControls()->setAskOperator(!options.demo && !options.smoke && !options.quitAfter);
    window.show();
    window.sessionControls()->requireLogIn();
    // Telemetry to the lab's broker, when it is set up (its password from the keychain first).
    workbench.network().start();
    // SIGTERM, SIGINT, --smoke and --quit-after end the program as closing the window does,
    // without asking: the pumps the program started are stopped and the run record is finished
    // before it exits.
    const auto endWithoutAsking = [&workbench, &window] {
        // Qt's quit() asks every window to close: the window is told first that it may.
        QObject::connect(&workbench, &Services::Workbench::shutdownFinished, &window, [&window] {
            window.acceptShutdown();
            QCoreApplication::quit();
        }, Qt::SingleShotConnection);
        workbench.shutdown();
    };
    TerminationWatcher termination;
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &workbench, [endWithoutAsking, log](int signal) {
        log->warn("signal {} received: stopping the pumps and finishing the run record", signal);
        endWithoutAsking();
    });
    if (options.demo) {
        window.startDemo();
        if (!options.demoProfile.isEmpty()) {
            auto profile = Profiles::loadProfileFile(options.demoProfile);
            if (!profile) {
                printLine(stderr, profile.error().message);
                return 5;
            }
            workbench.demo().runProfileWhenReady(*profile);
        }
        if (options.presentation)
            window.preparePresentation(QDir(profileLibrary.directory()).filePath(QString::fromLatin1(kPresentationSample)));
    }

    if (options.smoke) {
        // Let the window map, lay out and paint, then leave: CI's proof that the GUI starts.
        QTimer::singleShot(200, &app, endWithoutAsking);
    } else if (options.quitAfter) {
        QTimer::singleShot(*options.quitAfter, &app, [endWithoutAsking, log] {
            log->info("--quit-after: stopping the pumps and finishing the run record");
            endWithoutAsking();
        });
    }
    const int code = QApplication::exec();
    log->info("PumpStudio exiting with code {}", code);
    Logging::shutdown();
    return code;
}
