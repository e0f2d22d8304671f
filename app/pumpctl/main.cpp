// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/buildinfo.h"
#include "core/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;

namespace {

enum ExitCode { Ok = 0, Usage = 2 };

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputs("\n", stream);
}


} // namespace

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("pumpctl", "pumpctl: talk to laboratory pumps from scripts and the shell."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("pumpctl", "Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, QCoreApplication::translate("pumpctl", "Show version and build information and exit."));
    parser.addOptions({help, version});
    if (!parser.parse(QCoreApplication::arguments())) {
        print(stderr, parser.errorText());
        print(stderr, QCoreApplication::translate("pumpctl", "Try 'pumpctl --help'."));
        return Usage;
    }
    if (parser.isSet(help)) {
        print(stdout, parser.helpText());
        return Ok;
    }
    if (parser.isSet(version)) {
        print(stdout, u"pumpctl "_s + BuildInfo::summary());
        return Ok;
    }
    print(stderr, QCoreApplication::translate("pumpctl", "No command given. Try 'pumpctl --help'."));
    return Usage;
}
