// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/pumpcommand.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Remote commands over MQTT (docs/mqtt.md, "Remote commands"): what a command message holds and
// what its reply says. Pure: no broker, no accounts.
namespace PumpStudio::Telemetry {

/// The largest command message read; a longer one is refused unread.
inline constexpr qsizetype kMaxCommandBytes = 16 * 1024;
/// The longest command id taken.
inline constexpr qsizetype kMaxCommandIdLength = 128;

/// One command as it came: who sends it (user and API token), what, and its id for the reply
/// and for dropping duplicates.
struct RemoteCommand
{
    enum class Kind { Start, Stop, Setpoint, RunProfile };
    QString id;
    QString user;
    QString token;
    Kind kind = Kind::Stop;
    std::optional<double> flowMlPerMin;  ///< setpoint: a flow ...
    std::optional<double> rpm;           ///< ... or a speed, one of the two
    QString profile;                     ///< runProfile: a profile of the workstation's library, by name
    QString reason;                      ///< why, where the workstation's policy asks for one
    QString client;                      ///< what the sender calls itself (for the audit trail; not checked)

    /// The command as the pump layer takes it (start, stop, speed, flow); none for runProfile.
    std::optional<Device::PumpCommand> pumpCommand() const;
    /// In words for the audit trail ("Speed 30 rpm", "Run profile Rinse").
    QString text() const;
    /// "start", "stop", "setpoint", "runProfile"
    QString kindToken() const;
};

/// A message parsed: the command, or what is wrong with it (the id, user and client are kept
/// where they could be read, so a refusal can still be answered and audited).
struct ParsedCommand
{
    RemoteCommand command;
    QString problem;  ///< empty: well-formed

    bool ok() const { return problem.isEmpty(); }
};
ParsedCommand parseRemoteCommand(const QByteArray &payload);

/// Why a command was refused or failed, as a stable token in the reply's "reason".
namespace Reason {
inline const QString Malformed = QStringLiteral("malformed");
inline const QString UnknownDevice = QStringLiteral("unknown-device");
inline const QString Unauthenticated = QStringLiteral("unauthenticated");
inline const QString Forbidden = QStringLiteral("forbidden");
inline const QString ReasonRequired = QStringLiteral("reason-required");
inline const QString OutOfRange = QStringLiteral("out-of-range");
inline const QString NotAudited = QStringLiteral("not-audited");
inline const QString Failed = QStringLiteral("failed");
}

/// {"id", "ok": true, "result"} or {"id", "ok": false, "error", "reason"} ("id" null when the
/// message had none), with the time it was answered.
QByteArray replyPayload(const QString &id, bool ok, const QString &resultOrError, const QString &reason = {});

} // namespace PumpStudio::Telemetry
