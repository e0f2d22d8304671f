// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/buildinfo.h"
#include "core/logging.h"
#include "core/paths.h"
#include "core/translations.h"
#include "models/balanceregistry.h"
#include "models/modelregistry.h"
#include "sim/balanceoptions.h"
#include "sim/ptyendpoint.h"
#include "sim/pumpsimoptions.h"
#include "sim/simbalanceline.h"
#include "sim/simbus.h"
#include "sim/simdevicefactory.h"
#include "sim/simulation.h"
#include "core/terminationwatcher.h"

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PumpStudio"_s);
    QCoreApplication::setApplicationName(u"pumpsim"_s);
    QCoreApplication::setApplicationVersion(BuildInfo::version());

    Translations::install(app, {});  // the system locale
    auto parsed = parsePumpSimArguments(QCoreApplication::arguments());
    if (!parsed) {
        print(stderr, parsed.error().message);
        print(stderr, QCoreApplication::translate("pumpsim", "Try 'pumpsim --help'."));
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

    if (!options.dataDir.isEmpty())
        Paths::setDataDir(options.dataDir);
    Models::ModelRegistry registry;
    registry.loadDefault();
    for (const Models::ModelLoadError &error : registry.errors())
        log->warn("{}", error.text());

    // With --sensor-link, pressure transmitters get a terminal of their own.
    PumpSimOptions pumpLine = options;
    PumpSimOptions sensorLine = options;
    sensorLine.devices.clear();
    sensorLine.baudRate.reset();
    if (!options.sensorLink.isEmpty()) {
        pumpLine.devices.clear();
        for (const PumpSimOptions::Device &device : options.devices) {
            const Models::PumpModel *model = registry.find(device.model);
            const bool sensor = model && model->kind == Models::Kind::PressureSensor;
            (sensor ? sensorLine : pumpLine).devices.push_back(device);
        }
        if (sensorLine.devices.empty() || pumpLine.devices.empty()) {
            print(stderr, QCoreApplication::translate("pumpsim", "--sensor-link needs both a pump and a pressure transmitter (--model pressure-modbus)."));
            return Usage;
        }
    }

    Simulation simulation;
    std::vector<std::pair<PtyEndpoint *, SimBus *>> lines;
    for (const auto &[line, linkPath] : {std::pair{&pumpLine, options.link}, {&sensorLine, options.sensorLink}}) {
        if (line->devices.empty())
            continue;
        auto endpoint = std::make_unique<PtyEndpoint>();
        if (auto opened = endpoint->open(linkPath); !opened) {
            print(stderr, opened.error().message);
            return Failure;
        }
        PtyEndpoint *pty = endpoint.get();
        auto bus = SimDeviceFactory::buildLine(*line, registry, simulation, std::move(endpoint));
        if (!bus) {
            print(stderr, bus.error().message);
            return Failure;
        }
        (*bus)->setLatency(options.latency);
        lines.emplace_back(pty, *bus);
    }

    if (auto applied = BalanceOptions::applyToPumps(options, simulation); !applied) {
        print(stderr, applied.error().message);
        return Usage;
    }

    QObject::connect(&simulation, &Simulation::faultApplied, &app, [log](const QString &what) { log->info("{}", what); });
    for (const auto &[pty, bus] : lines) {
        const QString where = pty->path();
        QObject::connect(bus, &SimBus::received, &app, [log, where](const QByteArray &bytes) { log->trace("{} rx {}", where, bytes); });
        QObject::connect(bus, &SimBus::sent, &app, [log, where](const QByteArray &bytes) { log->trace("{} tx {}", where, bytes); });
        QObject::connect(pty, &ByteEndpoint::unplugged, &app, [log, where] { log->info("{} unplugged", where); });
        QObject::connect(pty, &ByteEndpoint::replugged, &app, [log](const QString &path) { log->info("replugged at {}", path); });
        // The first line on stdout (the second for --sensor-link) is the contract with scripts
        // and tests: where to connect.
        print(stdout, pty->path());
        log->info("{} on {} ({}), speedup {}", bus->wire().summary(), pty->path(), pty->terminalPath(), options.speedup);
    }

    // --balance: on a terminal of its own, its path the next line on stdout.
    if (!options.balance.isEmpty()) {
        Models::BalanceRegistry balances;
        balances.loadDefault();
        auto endpoint = std::make_unique<PtyEndpoint>();
        if (auto opened = endpoint->open(options.balanceLink); !opened) {
            print(stderr, opened.error().message);
            return Failure;
        }
        PtyEndpoint *pty = endpoint.get();
        auto balance = SimBalanceLine::build(options, balances, simulation, std::move(endpoint), &app);
        if (!balance) {
            print(stderr, balance.error().message);
            return Failure;
        }
        const QString where = pty->path();
        QObject::connect(*balance, &SimBalanceLine::received, &app, [log, where](const QByteArray &bytes) { log->trace("{} rx {}", where, bytes); });
        QObject::connect(*balance, &SimBalanceLine::sent, &app, [log, where](const QByteArray &bytes) { log->trace("{} tx {}", where, bytes); });
        print(stdout, where);
        log->info("balance {} on {} ({}), water at {} degC", options.balance, where, pty->terminalPath(), options.temperatureC);
    }

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
