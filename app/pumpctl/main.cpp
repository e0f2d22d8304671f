// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "cli/pumpctl.h"
#include "core/buildinfo.h"
#include "core/logging.h"
#include "core/paths.h"
#include "core/translations.h"
#include "models/modelregistry.h"
#include "core/terminationwatcher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PumpStudio"_s);
    QCoreApplication::setApplicationName(u"pumpctl"_s);
    QCoreApplication::setApplicationVersion(BuildInfo::version());

    Logging::Options logOptions;
    logOptions.level = LogLevel::Warning;
    logOptions.memoryCapacity = 0;
    Logging::initialize(logOptions);
    Logging::installQtMessageHandler();

    Translations::install(app, {});  // the system locale
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto options = Cli::parsePumpCtlArguments(QCoreApplication::arguments());
    if (!options) {
        err << options.error().message << Qt::endl
            << QCoreApplication::translate("pumpctl", "Try 'pumpctl --help'.") << Qt::endl;
        return Cli::ExitUsage;
    }
    if (options->command == Cli::PumpCtlOptions::Command::Help) {
        out << options->helpText << Qt::endl;
        return Cli::ExitOk;
    }
    if (options->command == Cli::PumpCtlOptions::Command::Version) {
        out << u"pumpctl "_s << BuildInfo::summary() << Qt::endl;
        return Cli::ExitOk;
    }

    if (!options->dataDir.isEmpty())
        Paths::setDataDir(options->dataDir);
    Models::ModelRegistry models;
    models.loadDefault();
    Cli::PumpCtl ctl(models, out, err);
    TerminationWatcher termination;
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &ctl, &Cli::PumpCtl::interrupt);
    QObject::connect(&ctl, &Cli::PumpCtl::finished, &app, &QCoreApplication::exit);
    ctl.run(*options);
    return QCoreApplication::exec();
}
