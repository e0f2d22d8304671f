// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace PumpStudio::Cli {

/// pumpctl's exit codes, as documented in --help.
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 2,
    ExitNoReply = 3,
    ExitRefused = 4,   ///< refused by the pump, or out of the model's range (nothing sent)
    ExitBadInput = 5,  ///< a bad input file
    ExitChanged = 6,   ///< the audit trail is broken, or a run record changed after it was sealed
    ExitOutOfTolerance = 7,  ///< calibrate: the pump was found out of tolerance
};

/// What the pumpctl command line asked for. Pure parsing: no I/O.
struct PumpCtlOptions
{
    enum class Command {
        Help, Version, Ports, Models,
        Info, Status, Start, Stop, Speed, Flow, Direction, Dispense, Pressure, Monitor,
        Check, Run,
        Weigh, Tare, Zero,  ///< balances (BalanceCtl); info is shared with pumps
        Audit, Records,  ///< QA's commands on the data folder (pumpctlrecords.cpp)
        Calibrate,       ///< gravimetric calibration with a balance (calibratectl.cpp)
        Calibrations,    ///< the calibration history
        Users,           ///< API tokens for remote commands (pumpctlremote.cpp)
    };
    Command command = Command::Help;
    QString helpText;

    QString port;
    QString model;
    std::optional<int> address;
    std::optional<qint32> baud;
    std::optional<QString> parity;
    std::optional<int> dataBits;
    std::optional<int> stopBits;
    std::optional<int> timeoutMs;
    bool json = false;
    bool trace = false;
    QString dataDir;                ///< --data-dir: replaces the data folder (user models)

    double value = 0;               ///< speed rpm, flow mL/min, dispense mL
    std::optional<double> rate;     ///< dispense --rate mL/min
    bool clockwise = true;          ///< direction cw|ccw
    double seconds = 10;            ///< monitor --seconds
    int intervalMs = 500;           ///< monitor --interval-ms
    QString csvPath;                ///< monitor --csv
    QString profilePath;            ///< check PROFILE
    QString head;                   ///< check --head
    QString tubing;                 ///< check --tubing
    QString syringe;                ///< check --syringe
    bool immediate = false;         ///< weigh --immediate: the weight now, stable or not
    QStringList words;              ///< audit/records: what follows the command ("verify", "RUN")
    QString since;                  ///< audit show --since ISO8601
    QString user;                   ///< --user: the account acting (controlled mode)
    QString balancePort;            ///< calibrate --balance-port
    QString balanceModel;           ///< calibrate --balance-model
    std::vector<double> rpms;       ///< calibrate --rpm 20,60 (empty: 10/50/90 % of the range)
    int replicates = 3;             ///< calibrate --replicates
    std::optional<double> revolutions;  ///< calibrate --revolutions (instead of --seconds)
    std::optional<double> volume;       ///< calibrate --volume ML (syringe pumps: per replicate)
    std::optional<double> temperature;  ///< calibrate --temperature C (water)
    std::optional<double> density;      ///< calibrate --density G_PER_ML (another liquid)
    double tolerancePct = 2.0;      ///< calibrate --tolerance PCT
    bool verify = false;            ///< calibrate --verify: as-left run with the new figure
    bool writeToPump = false;       ///< calibrate --write-to-pump: into a pump that keeps its own
    QString mqttUrl;                ///< monitor --mqtt: publish to this broker too
    QString mqttPrefix;             ///< --mqtt-prefix (empty: pumpstudio)
    int mqttKeepAliveS = 30;        ///< --mqtt-keepalive
    QString mqttCaFile;             ///< --mqtt-ca
    QString mqttUser;               ///< --mqtt-user (password: PUMPSTUDIO_MQTT_PASSWORD)
    QString mqttClientId;           ///< --mqtt-client-id
    QString mqttWorkstation;        ///< --mqtt-workstation (empty: the host name)
    bool remoteCommands = false;    ///< monitor --remote-commands: obey authorised commands from the broker
    QString archiveUrl;             ///< records push/list --archive

    bool needsDevice() const;
};

/// The longest monitor pumpctl takes (a year): any longer is a typo, and the time must stay a
/// number the clocks can hold.
inline constexpr double kMaxMonitorSeconds = 366 * 24 * 3600.0;
/// The baud rates a serial line can have here (the NE-1000 goes down to 300).
inline constexpr qint32 kMinBaud = 50;
inline constexpr qint32 kMaxBaud = 4000000;

Result<PumpCtlOptions> parsePumpCtlArguments(const QStringList &arguments);

} // namespace PumpStudio::Cli
