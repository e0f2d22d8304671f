// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/pumpsimoptions.h"

#include "sim/balanceoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Sim {

namespace {

Error usage(const QString &message)
{
    return makeError(Error::Code::InvalidArgument, message);
}

constexpr int kMaxAddress = 255;
constexpr double kMaxSpeedup = 1000.0;
constexpr int kMaxLatencyMs = 60000;

} // namespace

Result<PumpSimOptions> parsePumpSimArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("PumpSimOptions", "pumpsim: simulated pumps on a pseudo-terminal. Prints the terminal's path as the first line, "
           "then serves until interrupted."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("PumpSimOptions", "Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, QCoreApplication::translate("PumpSimOptions", "Show version and build information and exit."));
    const QCommandLineOption model(u"model"_s, QCoreApplication::translate("PumpSimOptions", "Model id to simulate; repeat for several devices on one terminal."), QCoreApplication::translate("PumpSimOptions", "id"));
    const QCommandLineOption address(u"address"_s, QCoreApplication::translate("PumpSimOptions", "Bus address of the device (pairs with --model in order)."), QCoreApplication::translate("PumpSimOptions", "n"));
    const QCommandLineOption head(u"head"_s, QCoreApplication::translate("PumpSimOptions", "Pump head id (pairs with --model in order)."), QCoreApplication::translate("PumpSimOptions", "name"));
    const QCommandLineOption tubing(u"tubing"_s, QCoreApplication::translate("PumpSimOptions", "Tubing or syringe id (pairs with --model in order)."), QCoreApplication::translate("PumpSimOptions", "name"));
    const QCommandLineOption baud(u"baud"_s, QCoreApplication::translate("PumpSimOptions", "Baud rate (default: the model's)."), QCoreApplication::translate("PumpSimOptions", "n"));
    const QCommandLineOption link(u"link"_s, QCoreApplication::translate("PumpSimOptions", "Make this path a symbolic link to the terminal; it survives unplug and replug."), QCoreApplication::translate("PumpSimOptions", "path"));
    const QCommandLineOption sensorLink(u"sensor-link"_s,
                                        QCoreApplication::translate("PumpSimOptions", "Put pressure transmitters on a terminal of their own, linked here; its path is "
                                           "the second line on stdout."), QCoreApplication::translate("PumpSimOptions", "path"));
    const QCommandLineOption speedup(u"speedup"_s, QCoreApplication::translate("PumpSimOptions", "Run pump time this many times faster than the clock."), QCoreApplication::translate("PumpSimOptions", "x"));
    const QCommandLineOption latency(u"latency-ms"_s, QCoreApplication::translate("PumpSimOptions", "Response latency before each reply, in milliseconds."), QCoreApplication::translate("PumpSimOptions", "n"));
    const QCommandLineOption faults(u"faults"_s,
                                    QCoreApplication::translate("PumpSimOptions", "Faults at times of pump time, e.g. \"drop=0.05,corrupt=0.02,slow=200ms,unplug@10s:3s,stall/2@20s\"; \"echo\" makes the line a loopback, \"silent\" a port with nothing attached."), QCoreApplication::translate("PumpSimOptions", "spec"));
    const QCommandLineOption scenario(u"scenario"_s, QCoreApplication::translate("PumpSimOptions", "JSON file of timed fault events."), QCoreApplication::translate("PumpSimOptions", "file"));
    const QCommandLineOption seed(u"seed"_s, QCoreApplication::translate("PumpSimOptions", "Seed for noise and wire faults (default 1)."), QCoreApplication::translate("PumpSimOptions", "n"));
    const QCommandLineOption logLevel(u"log-level"_s, QCoreApplication::translate("PumpSimOptions", "Log level: trace (shows traffic), debug, info, warning, error."), QCoreApplication::translate("PumpSimOptions", "level"));
    const QCommandLineOption firmware(u"firmware"_s,
                                      QCoreApplication::translate("PumpSimOptions", "Firmware codes the pump reports, e.g. \"0208 307\" "
                                                                                    "(Reglo ICC; pairs with --model in order)."),
                                      QCoreApplication::translate("PumpSimOptions", "codes"));
    const QCommandLineOption dataDir(u"data-dir"_s, QCoreApplication::translate("PumpSimOptions", "The data folder (user models); default: PumpStudio's, or $PUMPSTUDIO_DATA_DIR."), QCoreApplication::translate("PumpSimOptions", "path"));
    parser.addOptions({help, version, model, address, head, tubing, firmware, baud, link, sensorLink, speedup, latency, faults, scenario, seed, logLevel, dataDir});
    const BalanceOptions balanceOptions(parser);

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("PumpSimOptions", "Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    PumpSimOptions options;
    options.dataDir = parser.value(dataDir);
    if (parser.isSet(help)) {
        options.action = PumpSimOptions::Action::ShowHelp;
        options.helpText = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = PumpSimOptions::Action::ShowVersion;
        return options;
    }

    const QStringList models = parser.values(model);
    if (models.isEmpty())
        return usage(QCoreApplication::translate("PumpSimOptions", "Name at least one device with --model ID."));
    const auto paired = [&models](const QCommandLineOption &option, const QStringList &values) -> Result<void> {
        if (values.size() > 1 && values.size() != models.size())
            return usage(QCoreApplication::translate("PumpSimOptions", "--%1 is given %2 times for %3 models; give it once or once per --model.")
                             .arg(option.names().constFirst()).arg(values.size()).arg(models.size()));
        return {};
    };
    const QStringList addresses = parser.values(address);
    const QStringList heads = parser.values(head);
    const QStringList tubings = parser.values(tubing);
    const QStringList firmwares = parser.values(firmware);
    for (const auto &[option, values] : {std::pair{&address, &addresses}, {&head, &heads}, {&tubing, &tubings}, {&firmware, &firmwares}}) {
        if (auto check = paired(*option, *values); !check)
            return check.error();
    }
    const auto pick = [](const QStringList &values, qsizetype i) {
        return values.isEmpty() ? QString() : values.at(values.size() == 1 ? 0 : i);
    };
    for (qsizetype i = 0; i < models.size(); ++i) {
        PumpSimOptions::Device device;
        device.model = models.at(i).trimmed();
        if (device.model.isEmpty())
            return usage(QCoreApplication::translate("PumpSimOptions", "--model needs a model id."));
        if (!addresses.isEmpty()) {
            bool ok = false;
            const int number = pick(addresses, i).toInt(&ok);
            if (!ok || number < 0 || number > kMaxAddress)
                return usage(QCoreApplication::translate("PumpSimOptions", "--address \"%1\" is not a number from 0 to %2.").arg(pick(addresses, i)).arg(kMaxAddress));
            device.address = number;
        }
        device.head = pick(heads, i);
        device.tubing = pick(tubings, i);
        device.firmware = pick(firmwares, i).simplified();
        if (!device.firmware.isEmpty()
            && (device.firmware.size() > 16 || !std::all_of(device.firmware.cbegin(), device.firmware.cend(),
                                                            [](QChar c) { return (c.isLetterOrNumber() && c.unicode() < 128) || c == u' ' || c == u'.'; })))
            return usage(QCoreApplication::translate("PumpSimOptions", "--firmware \"%1\" is not a firmware code (letters, digits, spaces "
                                                                       "and dots, at most 16).").arg(device.firmware));
        options.devices.push_back(device);
    }

    if (parser.isSet(baud)) {
        bool ok = false;
        const int rate = parser.value(baud).toInt(&ok);
        if (!ok || rate < 50 || rate > 4000000)
            return usage(QCoreApplication::translate("PumpSimOptions", "--baud \"%1\" is not a baud rate.").arg(parser.value(baud)));
        options.baudRate = rate;
    }
    options.link = parser.value(link);
    options.sensorLink = parser.value(sensorLink);
    if (!options.sensorLink.isEmpty() && options.sensorLink == options.link)
        return usage(QCoreApplication::translate("PumpSimOptions", "--sensor-link must differ from --link."));
    if (parser.isSet(speedup)) {
        bool ok = false;
        options.speedup = parser.value(speedup).toDouble(&ok);
        if (!ok || !std::isfinite(options.speedup) || options.speedup <= 0.0 || options.speedup > kMaxSpeedup)
            return usage(QCoreApplication::translate("PumpSimOptions", "--speedup \"%1\" must be a number above 0 and at most %2.").arg(parser.value(speedup)).arg(kMaxSpeedup));
    }
    if (parser.isSet(latency)) {
        bool ok = false;
        const int ms = parser.value(latency).toInt(&ok);
        if (!ok || ms < 0 || ms > kMaxLatencyMs)
            return usage(QCoreApplication::translate("PumpSimOptions", "--latency-ms \"%1\" must be 0 to %2.").arg(parser.value(latency)).arg(kMaxLatencyMs));
        options.latency = std::chrono::milliseconds(ms);
    }
    if (parser.isSet(faults) && parser.isSet(scenario))
        return usage(QCoreApplication::translate("PumpSimOptions", "Give either --faults or --scenario, not both."));
    if (parser.isSet(faults)) {
        auto plan = FaultPlan::parseSpec(parser.value(faults));
        if (!plan)
            return usage(plan.error().message);
        options.faults = std::move(plan).value();
    }
    if (parser.isSet(scenario)) {
        auto plan = FaultPlan::loadScenario(parser.value(scenario));
        if (!plan)
            return plan.error();
        options.faults = std::move(plan).value();
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return usage(QCoreApplication::translate("PumpSimOptions", "--seed \"%1\" is not a whole number.").arg(parser.value(seed)));
    }
    if (parser.isSet(logLevel)) {
        const auto level = parseLogLevel(parser.value(logLevel));
        if (!level)
            return usage(QCoreApplication::translate("PumpSimOptions", "Unknown log level \"%1\".").arg(parser.value(logLevel)));
        options.logLevel = level;
    }
    if (auto read = balanceOptions.read(parser, options); !read)
        return read.error();
    return options;
}

} // namespace PumpStudio::Sim
