// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "cli/pumpctloptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Cli {

namespace {

Error usage(const QString &message)
{
    return makeError(Error::Code::InvalidArgument, message);
}

// A negative number is a value ("speed -5"), not an option: it is hidden from the option
// parser behind this prefix and given back where values are read.
const QString kNegative = u"\u0001"_s;

QString restored(const QString &text)
{
    return text.startsWith(kNegative) ? text.mid(kNegative.size()) : text;
}

Result<double> number(const QString &raw, const QString &what)
{
    const QString text = restored(raw);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return usage(QCoreApplication::translate("pumpctl", "%1 must be a number, not \"%2\".").arg(what, text));
    return value;
}

} // namespace

bool PumpCtlOptions::needsDevice() const
{
    switch (command) {
    case Command::Help:
    case Command::Version:
    case Command::Ports:
    case Command::Models:
    case Command::Check:
    case Command::Audit:
    case Command::Records:
    case Command::Calibrations:
    case Command::Users:
        return false;
    default:
        return true;
    }
}

Result<PumpCtlOptions> parsePumpCtlArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.setApplicationDescription(QCoreApplication::translate(
        "pumpctl",
        "pumpctl: talk to laboratory pumps from scripts and the shell.\n\n"
        "Commands:\n"
        "  ports                     list serial ports (never opens them)\n"
        "  models                    list the pump models pumpctl knows\n"
        "  info                      the pump's identity (model, firmware, serial number)\n"
        "  status                    running, direction, speed, flow, volume, alarm\n"
        "  start | stop              start or stop the pump\n"
        "  speed RPM | flow ML_PER_MIN\n"
        "                            set the speed in rpm or the flow in mL/min\n"
        "  direction cw|ccw          set the direction of rotation\n"
        "  dispense ML [--rate ML_PER_MIN]\n"
        "                            dispense a volume in mL, at a rate\n"
        "  pressure                  read a pressure transmitter\n"
        "  monitor --seconds S [--interval-ms N] [--csv FILE]\n"
        "                            read the status every N ms for S seconds\n"
        "    [--mqtt URL [--mqtt-prefix P] [--mqtt-keepalive S] [--mqtt-ca FILE]\n"
        "     [--mqtt-user NAME] [--mqtt-client-id ID] [--mqtt-workstation NAME]]\n"
        "                            also publish the pump to an MQTT broker\n"
        "                            (mqtt://HOST[:PORT] or mqtts://; docs/mqtt.md); the\n"
        "                            broker password comes from PUMPSTUDIO_MQTT_PASSWORD\n"
        "    [--remote-commands]     with --mqtt: also take start, stop, setpoint and\n"
        "                            runProfile commands from the broker, from users with\n"
        "                            an API token and the role for them; checked against\n"
        "                            the pump's limits, answered and audited (docs/mqtt.md)\n"
        "  records push --archive URL\n"
        "                            send the run records and audit entries not yet archived\n"
        "                            to PostgreSQL (postgresql://USER@HOST[:PORT]/DB; the\n"
        "                            password from PGPASSWORD); exit 3 when it cannot connect\n"
        "  records list --archive URL [--json]\n"
        "                            the runs in the archive\n"
        "  check PROFILE [--model ID] [--head H] [--tubing T] [--syringe S]\n"
        "                            check a profile file against a model (no port needed);\n"
        "                            --model defaults to the profile's; exit 5 on errors\n"
        "  run PROFILE --port PATH [--model ID]\n"
        "                            check, then run a profile with a progress line; Enter\n"
        "                            confirms operator steps and resumes after a lost link,\n"
        "                            s skips a paused step, a or Ctrl-C aborts (pump stopped)\n"
        "  weigh [--immediate] | tare | zero | info   (--model mt-sics or sartorius-sbi)\n"
        "                            a balance: the stable weight in g (or the weight now),\n"
        "                            tare, zero, identity; exit 4 overload or underload,\n"
        "                            3 no stable reading in time\n"
        "  audit verify              check the audit trail's hash chain; exit 6 naming the\n"
        "                            first broken entry\n"
        "  audit show [--since ISO8601] [--json]\n"
        "                            print the audit trail\n"
        "  records list [--json]     the run records with their seal (verified, changed, ...)\n"
        "  records verify RUN        check a record against its seal; exit 6 when changed\n"
        "  records export RUN --csv FILE\n"
        "                            write a record's samples as CSV\n"
        "  calibrate --balance-port B --balance-model mt-sics|sartorius-sbi\n"
        "            [--rpm 20,60] [--seconds S | --revolutions N] [--replicates N]\n"
        "            [--temperature C | --density G_PER_ML] [--tolerance PCT] [--verify]\n"
        "            [--head H] [--tubing T] [--write-to-pump]\n"
        "                            gravimetric calibration of the pump's mL/rev; stored in\n"
        "                            the history and the audit trail; exit 7 out of tolerance\n"
        "            syringe pumps: [--syringe S] --volume ML [--rate ML_PER_MIN]\n"
        "                            a syringe check: each replicate dispenses ML, the balance\n"
        "                            weighs it; gives the true inner diameter, which\n"
        "                            --write-to-pump sets in the pump and reads back\n"
        "  calibrations list [--json]\n"
        "                            the calibration history with certificates and due dates\n"
        "  users token create USER   a new API token for USER's remote commands, printed\n"
        "                            once (only its SHA-256 is kept)\n"
        "  users token revoke USER [TOKEN-ID]\n"
        "                            withdraw one token, or all of USER's\n"
        "  users token list USER [--json]\n"
        "                            the ids and dates of USER's tokens\n"
        "                            (creating and revoking: --user ADMIN once an\n"
        "                            administrator exists)\n\n"
        "Commands that change a pump are written to the audit trail (the GUI's data folder);\n"
        "in controlled mode they need --user NAME and the password (from the terminal or\n"
        "PUMPSTUDIO_PASSWORD), and are refused (exit 4) when the role may not.\n"
        "Serial settings default to the model's. Exit codes: 0 ok, 2 usage, 3 no reply,\n"
        "4 refused by the pump, out of range or not allowed (nothing sent), 5 bad input file,\n"
        "6 audit trail broken or run record changed, 7 calibration out of tolerance."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("pumpctl", "Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, QCoreApplication::translate("pumpctl", "Show version and build information and exit."));
    const QCommandLineOption port(u"port"_s, QCoreApplication::translate("pumpctl", "Serial port, e.g. /dev/ttyUSB0."), u"path"_s);
    const QCommandLineOption model(u"model"_s, QCoreApplication::translate("pumpctl", "Pump model id (see 'pumpctl models')."), u"id"_s);
    const QCommandLineOption address(u"address"_s, QCoreApplication::translate("pumpctl", "Pump address on the bus."), u"n"_s);
    const QCommandLineOption baud(u"baud"_s, QCoreApplication::translate("pumpctl", "Baud rate."), u"n"_s);
    const QCommandLineOption parity(u"parity"_s, QCoreApplication::translate("pumpctl", "Parity: none, even or odd."), u"p"_s);
    const QCommandLineOption dataBits(u"data-bits"_s, QCoreApplication::translate("pumpctl", "Data bits: 7 or 8."), u"n"_s);
    const QCommandLineOption stopBits(u"stop-bits"_s, QCoreApplication::translate("pumpctl", "Stop bits: 1 or 2."), u"n"_s);
    const QCommandLineOption timeout(u"timeout"_s, QCoreApplication::translate("pumpctl", "Reply timeout in milliseconds (default: from the baud rate)."), u"ms"_s);
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("pumpctl", "Print one JSON object per result."));
    const QCommandLineOption trace(u"trace"_s, QCoreApplication::translate("pumpctl", "Print every frame sent and received on stderr."));
    const QCommandLineOption rate(u"rate"_s, QCoreApplication::translate("pumpctl", "Dispense rate in mL/min."), u"ml_per_min"_s);
    const QCommandLineOption seconds(u"seconds"_s, QCoreApplication::translate("pumpctl", "Monitor duration in seconds."), u"s"_s);
    const QCommandLineOption interval(u"interval-ms"_s, QCoreApplication::translate("pumpctl", "Monitor poll interval in milliseconds."), u"ms"_s);
    const QCommandLineOption csv(u"csv"_s, QCoreApplication::translate("pumpctl", "Also write monitor samples to this CSV file."), u"file"_s);
    const QCommandLineOption head(u"head"_s, QCoreApplication::translate("pumpctl", "check: the pump head id (default: the profile's)."), u"id"_s);
    const QCommandLineOption tubing(u"tubing"_s, QCoreApplication::translate("pumpctl", "check: the tubing id (default: the profile's)."), u"id"_s);
    const QCommandLineOption syringe(u"syringe"_s, QCoreApplication::translate("pumpctl", "The syringe id: check and run default to the profile's, calibrate to the model's; other commands set its diameter in the pump only when it is given."), u"id"_s);
    const QCommandLineOption volume(u"volume"_s, QCoreApplication::translate("pumpctl", "calibrate (syringe pumps): the volume each replicate dispenses, in mL."), u"ml"_s);
    const QCommandLineOption immediate(u"immediate"_s, QCoreApplication::translate("pumpctl", "weigh: the weight shown now, stable or not."));
    const QCommandLineOption since(u"since"_s, QCoreApplication::translate("pumpctl", "audit show: entries from this time on (ISO 8601)."), u"time"_s);
    const QCommandLineOption user(u"user"_s, QCoreApplication::translate("pumpctl", "The account acting (controlled mode); the password comes from the terminal or PUMPSTUDIO_PASSWORD."), u"name"_s);
    const QCommandLineOption mqtt(u"mqtt"_s, QCoreApplication::translate("pumpctl", "monitor: also publish to this MQTT broker (mqtt://HOST[:PORT], mqtts://HOST[:PORT])."), u"url"_s);
    const QCommandLineOption mqttPrefix(u"mqtt-prefix"_s, QCoreApplication::translate("pumpctl", "monitor: the first topic levels (default: pumpstudio)."), u"prefix"_s);
    const QCommandLineOption mqttKeepAlive(u"mqtt-keepalive"_s, QCoreApplication::translate("pumpctl", "monitor: MQTT keep-alive in seconds (default: 30)."), u"s"_s);
    const QCommandLineOption mqttCa(u"mqtt-ca"_s, QCoreApplication::translate("pumpctl", "monitor: the CA file that signed an mqtts:// broker's certificate."), u"file"_s);
    const QCommandLineOption mqttUser(u"mqtt-user"_s, QCoreApplication::translate("pumpctl", "monitor: the broker user name; the password comes from PUMPSTUDIO_MQTT_PASSWORD."), u"name"_s);
    const QCommandLineOption mqttClientId(u"mqtt-client-id"_s, QCoreApplication::translate("pumpctl", "monitor: the MQTT client id (default: a new one)."), u"id"_s);
    const QCommandLineOption mqttWorkstation(u"mqtt-workstation"_s, QCoreApplication::translate("pumpctl", "monitor: the workstation's name in topics (default: the host name)."), u"name"_s);
    const QCommandLineOption remoteCommands(u"remote-commands"_s, QCoreApplication::translate("pumpctl", "monitor --mqtt: obey remote commands from users with an API token and the role for them (off by default)."));
    const QCommandLineOption archive(u"archive"_s, QCoreApplication::translate("pumpctl", "records push/list: the PostgreSQL archive, postgresql://USER@HOST[:PORT]/DBNAME."), u"url"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, QCoreApplication::translate("pumpctl", "The data folder (user models); default: PumpStudio's, or $PUMPSTUDIO_DATA_DIR."), u"path"_s);
    const QCommandLineOption balancePort(u"balance-port"_s, QCoreApplication::translate("pumpctl", "calibrate: the balance's serial port."), u"path"_s);
    const QCommandLineOption balanceModel(u"balance-model"_s, QCoreApplication::translate("pumpctl", "calibrate: the balance model (mt-sics, sartorius-sbi)."), u"id"_s);
    const QCommandLineOption rpm(u"rpm"_s, QCoreApplication::translate("pumpctl", "calibrate: the speeds, comma-separated (default: 10, 50 and 90 % of the range)."), u"list"_s);
    const QCommandLineOption replicates(u"replicates"_s, QCoreApplication::translate("pumpctl", "calibrate: replicates per speed (default 3)."), u"n"_s);
    const QCommandLineOption revolutions(u"revolutions"_s, QCoreApplication::translate("pumpctl", "calibrate: revolutions per replicate (instead of --seconds)."), u"n"_s);
    const QCommandLineOption temperature(u"temperature"_s, QCoreApplication::translate("pumpctl", "calibrate: water temperature in degC (default 20)."), u"c"_s);
    const QCommandLineOption density(u"density"_s, QCoreApplication::translate("pumpctl", "calibrate: the liquid's density in g/mL (not water)."), u"g_per_ml"_s);
    const QCommandLineOption tolerance(u"tolerance"_s, QCoreApplication::translate("pumpctl", "calibrate: tolerance in +- % of volume (default 2)."), u"pct"_s);
    const QCommandLineOption verify(u"verify"_s, QCoreApplication::translate("pumpctl", "calibrate: an as-left verification run with the new figure."));
    const QCommandLineOption writeToPump(u"write-to-pump"_s, QCoreApplication::translate("pumpctl", "calibrate: also write the new figure into a pump that keeps its own calibration (Reglo ICC) and read it back."));
    parser.addOptions({help, version, port, model, address, baud, parity, dataBits, stopBits, timeout, json, trace,
                       rate, seconds, interval, csv, head, tubing, syringe, volume, since, user, immediate, dataDir,
                       balancePort, balanceModel, rpm, replicates, revolutions, temperature, density, tolerance, verify, writeToPump,
                       mqtt, mqttPrefix, mqttKeepAlive, mqttCa, mqttUser, mqttClientId, mqttWorkstation, remoteCommands, archive});
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("pumpctl", "One of the commands above, with its arguments."),
                                 QCoreApplication::translate("pumpctl", "COMMAND [ARGUMENT]"));
    QStringList hidden = arguments;
    static const QRegularExpression negativeNumber(u"\\A-(\\d|\\.\\d)"_s);
    for (qsizetype i = 1; i < hidden.size(); ++i) {
        if (negativeNumber.match(hidden[i]).hasMatch())
            hidden[i].prepend(kNegative);
    }
    if (!parser.parse(hidden))
        return usage(parser.errorText());

    PumpCtlOptions o;
    if (parser.isSet(help)) {
        o.command = PumpCtlOptions::Command::Help;
        o.helpText = parser.helpText();
        return o;
    }
    if (parser.isSet(version)) {
        o.command = PumpCtlOptions::Command::Version;
        return o;
    }
    const auto integer = [&parser](const QCommandLineOption &option, const QString &name) -> Result<int> {
        bool ok = false;
        const int v = restored(parser.value(option)).toInt(&ok);
        if (!ok)
            return usage(QCoreApplication::translate("pumpctl", "--%1 must be a whole number, not \"%2\".").arg(name, restored(parser.value(option))));
        return v;
    };
    o.dataDir = parser.value(dataDir);
    o.port = parser.value(port);
    o.model = parser.value(model);
    o.json = parser.isSet(json);
    o.trace = parser.isSet(trace);
    if (parser.isSet(address)) {
        const auto v = integer(address, u"address"_s);
        if (!v) return v.error();
        o.address = *v;
    }
    if (parser.isSet(baud)) {
        const auto v = integer(baud, u"baud"_s);
        if (!v) return v.error();
        if (*v < kMinBaud || *v > kMaxBaud)
            return usage(QCoreApplication::translate("pumpctl", "--baud must be from %1 to %2, not %3.").arg(kMinBaud).arg(kMaxBaud).arg(*v));
        o.baud = *v;
    }
    if (parser.isSet(parity))
        o.parity = parser.value(parity);
    if (parser.isSet(dataBits)) {
        const auto v = integer(dataBits, u"data-bits"_s);
        if (!v) return v.error();
        o.dataBits = *v;
    }
    if (parser.isSet(stopBits)) {
        const auto v = integer(stopBits, u"stop-bits"_s);
        if (!v) return v.error();
        o.stopBits = *v;
    }
    if (parser.isSet(timeout)) {
        const auto v = integer(timeout, u"timeout"_s);
        if (!v) return v.error();
        if (*v <= 0) return usage(QCoreApplication::translate("pumpctl", "--timeout must be positive."));
        o.timeoutMs = *v;
    }
    o.mqttUrl = parser.value(mqtt);
    o.mqttPrefix = parser.value(mqttPrefix);
    o.mqttCaFile = parser.value(mqttCa);
    o.mqttUser = parser.value(mqttUser);
    o.mqttClientId = parser.value(mqttClientId);
    o.mqttWorkstation = parser.value(mqttWorkstation);
    o.archiveUrl = parser.value(archive);
    o.remoteCommands = parser.isSet(remoteCommands);
    if (parser.isSet(mqttKeepAlive)) {
        const auto v = integer(mqttKeepAlive, u"mqtt-keepalive"_s);
        if (!v) return v.error();
        // MQTT's field is 16 bits; libmosquitto takes no less than 5 s.
        if (*v < 5 || *v > 65535)
            return usage(QCoreApplication::translate("pumpctl", "--mqtt-keepalive must be from 5 to 65535 seconds, not %1.").arg(*v));
        o.mqttKeepAliveS = *v;
    }
    if (o.mqttUrl.isEmpty() && o.remoteCommands)
        return usage(QCoreApplication::translate("pumpctl", "--remote-commands needs --mqtt URL: the commands come from that broker."));
    if (o.mqttUrl.isEmpty() && (parser.isSet(mqttPrefix) || parser.isSet(mqttKeepAlive) || parser.isSet(mqttCa) || parser.isSet(mqttUser)
                                || parser.isSet(mqttClientId) || parser.isSet(mqttWorkstation))) {
        return usage(QCoreApplication::translate("pumpctl", "The --mqtt-... options need --mqtt URL."));
    }
    if (parser.isSet(rate)) {
        const auto v = number(parser.value(rate), u"--rate"_s);
        if (!v) return v.error();
        o.rate = *v;
    }
    if (parser.isSet(volume)) {
        const auto v = number(parser.value(volume), u"--volume"_s);
        if (!v) return v.error();
        if (!(*v > 0 && *v <= 1000))
            return usage(QCoreApplication::translate("pumpctl", "--volume must be more than 0 and at most 1000 mL, not %1.").arg(restored(parser.value(volume))));
        o.volume = *v;
    }
    if (parser.isSet(seconds)) {
        const auto v = number(parser.value(seconds), u"--seconds"_s);
        if (!v) return v.error();
        if (!(*v > 0 && *v <= kMaxMonitorSeconds))
            return usage(QCoreApplication::translate("pumpctl", "--seconds must be more than 0 and at most %1 (a year), not %2.")
                             .arg(kMaxMonitorSeconds)
                             .arg(restored(parser.value(seconds))));
        o.seconds = *v;
    }
    if (parser.isSet(interval)) {
        const auto v = integer(interval, u"interval-ms"_s);
        if (!v) return v.error();
        if (*v < 10) return usage(QCoreApplication::translate("pumpctl", "--interval-ms must be at least 10."));
        o.intervalMs = *v;
    }
    o.csvPath = parser.value(csv);
    o.head = parser.value(head);
    o.tubing = parser.value(tubing);
    o.syringe = parser.value(syringe);
    o.immediate = parser.isSet(immediate);
    o.since = parser.value(since);
    o.user = parser.value(user);
    o.balancePort = parser.value(balancePort);
    o.balanceModel = parser.value(balanceModel);
    o.verify = parser.isSet(verify);
    o.writeToPump = parser.isSet(writeToPump);
    if (parser.isSet(rpm)) {
        for (const QString &part : restored(parser.value(rpm)).split(u',', Qt::SkipEmptyParts)) {
            const auto v = number(part.trimmed(), u"--rpm"_s);
            if (!v) return v.error();
            if (!(*v > 0)) return usage(QCoreApplication::translate("pumpctl", "--rpm takes speeds above 0, not %1.").arg(*v));
            o.rpms.push_back(*v);
        }
        if (o.rpms.empty()) return usage(QCoreApplication::translate("pumpctl", "--rpm needs at least one speed."));
    }
    if (parser.isSet(replicates)) {
        const auto v = integer(replicates, u"replicates"_s);
        if (!v) return v.error();
        if (*v < 1 || *v > 100) return usage(QCoreApplication::translate("pumpctl", "--replicates must be from 1 to 100."));
        o.replicates = *v;
    }
    if (parser.isSet(revolutions)) {
        const auto v = number(parser.value(revolutions), u"--revolutions"_s);
        if (!v) return v.error();
        if (!(*v > 0)) return usage(QCoreApplication::translate("pumpctl", "--revolutions must be above 0."));
        o.revolutions = *v;
    }
    if (parser.isSet(temperature) && parser.isSet(density))
        return usage(QCoreApplication::translate("pumpctl", "Give --temperature (water) or --density (another liquid), not both."));
    if (parser.isSet(temperature)) {
        const auto v = number(parser.value(temperature), u"--temperature"_s);
        if (!v) return v.error();
        if (*v < 0 || *v > 40) return usage(QCoreApplication::translate("pumpctl", "--temperature must be from 0 to 40 degC (water)."));
        o.temperature = *v;
    }
    if (parser.isSet(density)) {
        const auto v = number(parser.value(density), u"--density"_s);
        if (!v) return v.error();
        if (!(*v > 0.1 && *v < 25)) return usage(QCoreApplication::translate("pumpctl", "--density must be from 0.1 to 25 g/mL."));
        o.density = *v;
    }
    if (parser.isSet(tolerance)) {
        const auto v = number(parser.value(tolerance), u"--tolerance"_s);
        if (!v) return v.error();
        if (!(*v > 0 && *v <= 100)) return usage(QCoreApplication::translate("pumpctl", "--tolerance must be above 0 and at most 100 %."));
        o.tolerancePct = *v;
    }

    QStringList words = parser.positionalArguments();
    for (QString &word : words)
        word = restored(word);
    if (words.isEmpty())
        return usage(QCoreApplication::translate("pumpctl", "No command given. Try 'pumpctl --help'."));
    const QString command = words.constFirst();
    const qsizetype argc = words.size() - 1;
    const auto expectArgs = [&](qsizetype n) -> Result<void> {
        if (argc != n)
            return usage(QCoreApplication::translate("pumpctl", "'%1' takes %n argument(s).", nullptr, static_cast<int>(n)).arg(command));
        return {};
    };
    struct Simple { const char16_t *name; PumpCtlOptions::Command command; };
    static constexpr Simple kSimple[] = {
        {u"ports", PumpCtlOptions::Command::Ports},   {u"models", PumpCtlOptions::Command::Models},
        {u"info", PumpCtlOptions::Command::Info},     {u"status", PumpCtlOptions::Command::Status},
        {u"start", PumpCtlOptions::Command::Start},   {u"stop", PumpCtlOptions::Command::Stop},
        {u"pressure", PumpCtlOptions::Command::Pressure}, {u"monitor", PumpCtlOptions::Command::Monitor},
        {u"weigh", PumpCtlOptions::Command::Weigh},   {u"tare", PumpCtlOptions::Command::Tare},
        {u"zero", PumpCtlOptions::Command::Zero},
    };
    bool known = false;
    for (const Simple &s : kSimple) {
        if (command == QStringView(s.name)) {
            if (auto r = expectArgs(0); !r) return r.error();
            o.command = s.command;
            known = true;
        }
    }
    if (!known) {
        if (command == u"speed" || command == u"flow" || command == u"dispense") {
            if (auto r = expectArgs(1); !r) return r.error();
            const auto v = number(words.at(1), command == u"speed" ? QCoreApplication::translate("pumpctl", "Speed") : command == u"flow" ? QCoreApplication::translate("pumpctl", "Flow") : QCoreApplication::translate("pumpctl", "Volume"));
            if (!v) return v.error();
            o.value = *v;
            o.command = command == u"speed" ? PumpCtlOptions::Command::Speed
                        : command == u"flow" ? PumpCtlOptions::Command::Flow : PumpCtlOptions::Command::Dispense;
        } else if (command == u"direction") {
            if (auto r = expectArgs(1); !r) return r.error();
            const QString dir = words.at(1).toLower();
            if (dir != u"cw" && dir != u"ccw")
                return usage(QCoreApplication::translate("pumpctl", "Direction must be cw or ccw."));
            o.clockwise = dir == u"cw";
            o.command = PumpCtlOptions::Command::Direction;
        } else if (command == u"calibrate") {
            if (auto r = expectArgs(0); !r) return r.error();
            o.command = PumpCtlOptions::Command::Calibrate;
        } else if (command == u"calibrations") {
            o.words = words.mid(1);
            o.command = PumpCtlOptions::Command::Calibrations;
        } else if (command == u"users") {
            // Checked by pumpctlremote.cpp.
            o.words = words.mid(1);
            o.command = PumpCtlOptions::Command::Users;
        } else if (command == u"audit" || command == u"records") {
            // Their own words are checked by pumpctlrecords.cpp.
            o.words = words.mid(1);
            o.command = command == u"audit" ? PumpCtlOptions::Command::Audit : PumpCtlOptions::Command::Records;
        } else if (command == u"check" || command == u"run") {
            if (auto r = expectArgs(1); !r) return r.error();
            o.profilePath = words.at(1);
            o.command = command == u"check" ? PumpCtlOptions::Command::Check : PumpCtlOptions::Command::Run;
        } else {
            return usage(QCoreApplication::translate("pumpctl", "Unknown command '%1'. Try 'pumpctl --help'.").arg(command));
        }
    }
    if (!o.mqttUrl.isEmpty() && o.command != PumpCtlOptions::Command::Monitor)
        return usage(QCoreApplication::translate("pumpctl", "--mqtt goes with 'monitor'."));
    if (!o.archiveUrl.isEmpty() && o.command != PumpCtlOptions::Command::Records)
        return usage(QCoreApplication::translate("pumpctl", "--archive goes with 'records push' and 'records list'."));
    if (o.command == PumpCtlOptions::Command::Run && o.port.isEmpty())
        return usage(QCoreApplication::translate("pumpctl", "'run' needs --port PATH (--model defaults to the profile's)."));
    if (o.command == PumpCtlOptions::Command::Calibrate && (o.balancePort.isEmpty() || o.balanceModel.isEmpty()))
        return usage(QCoreApplication::translate("pumpctl", "'calibrate' needs --balance-port PATH and --balance-model ID."));
    if (o.needsDevice() && o.command != PumpCtlOptions::Command::Run && (o.port.isEmpty() || o.model.isEmpty()))
        return usage(QCoreApplication::translate("pumpctl", "'%1' needs --port PATH and --model ID.").arg(command));
    return o;
}

} // namespace PumpStudio::Cli
