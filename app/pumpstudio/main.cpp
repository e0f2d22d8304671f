// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The GUI's composition root: the only file under app/ allowed to include widget headers.
#include "mainwindow.h"

#include "core/appsettings.h"
#include "core/buildinfo.h"
#include "core/guioptions.h"
#include "core/logging.h"
#include "core/paths.h"
#include "core/translations.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputs("\n", stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"PumpStudio"_s);
    QApplication::setOrganizationDomain(u"pumpstudio.org"_s);
    QApplication::setApplicationName(u"PumpStudio"_s);
    QApplication::setApplicationDisplayName(u"PumpStudio"_s);
    QApplication::setApplicationVersion(BuildInfo::version());
    QApplication::setDesktopFileName(u"org.pumpstudio.PumpStudio"_s);

    AppSettings settings;
    // Parse once untranslated to learn --lang, install translators, then parse again so --help is translated.
    const auto firstPass = parseGuiArguments(QApplication::arguments());
    const QString requestedLanguage = firstPass ? firstPass->language : QString();
    Translations::install(app, requestedLanguage.isEmpty() ? settings.language() : requestedLanguage);

    const auto parsed = parseGuiArguments(QApplication::arguments());
    if (!parsed) {
        printLine(stderr, parsed.error().message);
        printLine(stderr, QApplication::translate("main", "Try 'pumpstudio --help'."));
        return 2;
    }
    const GuiOptions &options = *parsed;
    if (options.action == GuiOptions::Action::ShowHelp) {
        printLine(stdout, options.helpText);
        return 0;
    }
    if (options.action == GuiOptions::Action::ShowVersion) {
        printLine(stdout, u"pumpstudio "_s + BuildInfo::summary());
        return 0;
    }

    Logging::Options logOptions;
    logOptions.level = options.logLevel.value_or(settings.logLevel());
    logOptions.directory = Paths::logDir();
    Logging::initialize(logOptions);
    Logging::installQtMessageHandler();
    const auto log = Logging::get("app");
    log->info("PumpStudio {} starting; data in {}", BuildInfo::summary(), Paths::dataDir());

    MainWindow window(settings);
    window.setDemoMode(options.demo);
    window.show();

    if (options.smoke) {
        // Let the window map, lay out and paint, then leave: CI's proof that the GUI starts.
        QTimer::singleShot(200, &app, [&window] { window.close(); });
    }
    const int code = QApplication::exec();
    log->info("PumpStudio exiting with code {}", code);
    Logging::shutdown();
    return code;
}
