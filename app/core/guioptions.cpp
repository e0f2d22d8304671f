// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/guioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

QStringList supportedLanguages()
{
    return {u"en"_s, u"zh_CN"_s};
}

Result<GuiOptions> parseGuiArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("GuiOptions", "PumpStudio: configure and monitor laboratory pumps."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("GuiOptions", "Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, QCoreApplication::translate("GuiOptions", "Show version and build information and exit."));
    const QCommandLineOption logLevel(u"log-level"_s,
                                      QCoreApplication::translate("GuiOptions", "Log level: trace, debug, info, warning, error, critical or off."),
                                      QCoreApplication::translate("GuiOptions", "level"));
    const QCommandLineOption lang(u"lang"_s, QCoreApplication::translate("GuiOptions", "User interface language: en or zh_CN."), QCoreApplication::translate("GuiOptions", "language"));
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("GuiOptions", "Start simulated pumps (no hardware needed)."));
    const QCommandLineOption smoke(u"smoke"_s, QCoreApplication::translate("GuiOptions", "Show the main window, process events and exit (for CI)."));
    const QCommandLineOption quitAfter(u"quit-after"_s,
                                       QCoreApplication::translate("GuiOptions", "Close the main window after this many seconds, as the user would "
                                                                                 "(for CI: with --demo, long enough to record a run)."),
                                       QCoreApplication::translate("GuiOptions", "seconds"));
    const QCommandLineOption demoProfile(u"demo-profile"_s,
                                         QCoreApplication::translate("GuiOptions", "With --demo: once the simulated pumps are connected, run "
                                                                                   "this profile file on the simulated pump of its model "
                                                                                   "(a presentation start)."),
                                         QCoreApplication::translate("GuiOptions", "file"));
    const QCommandLineOption presentation(u"presentation"_s,
                                          QCoreApplication::translate("GuiOptions", "A distributor's presentation: the demo, the catalog showing "
                                                                                    "what fits its pumps, and a sample profile open, ready to run."));
    parser.addOptions({help, version, logLevel, lang, demo, demoProfile, presentation, smoke, quitAfter});

    if (!parser.parse(arguments))
        return makeError(Error::Code::InvalidArgument, parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("GuiOptions", "Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    }

    GuiOptions options;
    if (parser.isSet(logLevel)) {
        const auto level = parseLogLevel(parser.value(logLevel));
        if (!level) {
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate("GuiOptions", "Unknown log level \"%1\"; use trace, debug, info, warning, error, critical or off.")
                                 .arg(parser.value(logLevel)));
        }
        options.logLevel = level;
    }
    if (parser.isSet(lang)) {
        options.language = parser.value(lang);
        if (!supportedLanguages().contains(options.language)) {
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate("GuiOptions", "Unknown language \"%1\"; use %2.")
                                 .arg(options.language, supportedLanguages().join(u", "_s)));
        }
    }
    if (parser.isSet(help)) {
        options.action = GuiOptions::Action::ShowHelp;
        options.helpText = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = GuiOptions::Action::ShowVersion;
        return options;
    }
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        const int seconds = parser.value(quitAfter).toInt(&ok);
        if (!ok || seconds <= 0) {
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate("GuiOptions", "--quit-after needs a whole number of seconds above 0, not \"%1\".")
                                 .arg(parser.value(quitAfter)));
        }
        options.quitAfter = std::chrono::seconds(seconds);
    }
    options.presentation = parser.isSet(presentation);
    options.demo = parser.isSet(demo) || options.presentation;
    options.demoProfile = parser.value(demoProfile);
    if (!options.demoProfile.isEmpty() && !options.demo)
        return makeError(Error::Code::InvalidArgument, QCoreApplication::translate("GuiOptions", "--demo-profile needs --demo."));
    options.smoke = parser.isSet(smoke);
    return options;
}

} // namespace PumpStudio
