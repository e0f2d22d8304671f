// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/buildinfo.h"
#include "core/logging.h"
#include "models/modelregistry.h"
#include "sim/ptyendpoint.h"
#include "sim/pumpsimoptions.h"
#include "sim/simbus.h"
#include "sim/simdevicefactory.h"
#include "sim/simulation.h"
#include "sim/terminationwatcher.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;
using namespace PumpStudio::Sim;

namespace {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputs("\n", stream);
    std::fflush(stream);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pumpsim", text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PumpStudio"_s);
    QCoreApplication::setApplicationName(u"pumpsim"_s);
    QCoreApplication::setApplicationVersion(BuildInfo::version());

    auto parsed = parsePumpSimArguments(QCoreApplication::arguments());
    if (!parsed) {
        print(stderr, parsed.error().message);
        print(stderr, tr("Try 'pumpsim --help'."));
        return Usage;
    }
    const PumpSimOptions options = std::move(parsed).value();
    if (options.action == PumpSimOptions::Action::ShowHelp) {
        print(stdout, options.helpText);
        return Ok;
    }
    if (options.action == PumpSimOptions::Action::ShowVersion) {
        print(stdout, u"pumpsim "_s + BuildInfo::summary());
        return Ok;
    }

    Logging::Options logOptions;
    logOptions.level = options.logLevel.value_or(LogLevel::Info);
    logOptions.memoryCapacity = 0;
    Logging::initialize(logOptions);
    Logging::installQtMessageHandler();
    const auto log = Logging::get("sim");

    Simulation simulation;
    auto endpoint = std::make_unique<PtyEndpoint>();
    if (auto opened = endpoint->open(options.link); !opened) {
        print(stderr, opened.error().message);
        return Failure;
    }
    PtyEndpoint *pty = endpoint.get();
    Models::ModelRegistry registry;
    registry.loadDefault();
    for (const Models::ModelLoadError &error : registry.errors())
        log->warn("{}", error.text());
    auto bus = SimDeviceFactory::buildLine(options, registry, simulation, std::move(endpoint));
    if (!bus) {
        print(stderr, bus.error().message);
        return Failure;
    }
    (*bus)->setLatency(options.latency);

    QObject::connect(*bus, &SimBus::received, &app, [log](const QByteArray &bytes) { log->trace("rx {}", bytes); });
    QObject::connect(*bus, &SimBus::sent, &app, [log](const QByteArray &bytes) { log->trace("tx {}", bytes); });
    QObject::connect(&simulation, &Simulation::faultApplied, &app, [log](const QString &what) { log->info("{}", what); });
    QObject::connect(pty, &ByteEndpoint::unplugged, &app, [log] { log->info("unplugged"); });
    QObject::connect(pty, &ByteEndpoint::replugged, &app, [log](const QString &path) { log->info("replugged at {}", path); });

    // The first line on stdout is the contract with scripts and tests: where to connect.
    print(stdout, pty->path());
    log->info("{} on {} ({}), speedup {}", (*bus)->wire().summary(), pty->path(), pty->terminalPath(), options.speedup);

    TerminationWatcher watcher;
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, &app, [log](int signalNumber) {
        log->info("signal {}: shutting down", signalNumber);
        QCoreApplication::quit();
    });
    simulation.setFaultPlan(options.faults);
    simulation.start(options.speedup);
    const int code = QCoreApplication::exec();
    simulation.stop();
    Logging::shutdown();
    return code;
}
