// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "telemetry/remotecommand.h"

#include "telemetry/payloads.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Telemetry {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RemoteCommand)
};

/// A string field: absent is empty; present but not a string is a problem.
bool readString(const QJsonObject &o, const QString &key, QString *out, QString *problem)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *problem = Tr::tr("\"%1\" must be a string.").arg(key);
        return false;
    }
    *out = v.toString();
    return true;
}

bool readNumber(const QJsonObject &o, const QString &key, std::optional<double> *out, QString *problem)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        *problem = Tr::tr("\"%1\" must be a number.").arg(key);
        return false;
    }
    *out = v.toDouble();
    return true;
}
} // namespace

std::optional<Device::PumpCommand> RemoteCommand::pumpCommand() const
{
    switch (kind) {
    case Kind::Start: return Device::PumpCommand::start();
    case Kind::Stop: return Device::PumpCommand::stop();
    case Kind::Setpoint:
        if (flowMlPerMin)
            return Device::PumpCommand::flow(*flowMlPerMin);
        if (rpm)
            return Device::PumpCommand::speed(*rpm);
        return std::nullopt;
    case Kind::RunProfile: return std::nullopt;
    }
    return std::nullopt;
}

QString RemoteCommand::text() const
{
    if (kind == Kind::RunProfile)
        return Tr::tr("Run profile %1").arg(profile);
    const auto command = pumpCommand();
    return command ? command->text() : kindToken();
}

QString RemoteCommand::kindToken() const
{
    switch (kind) {
    case Kind::Start: return u"start"_s;
    case Kind::Stop: return u"stop"_s;
    case Kind::Setpoint: return u"setpoint"_s;
    case Kind::RunProfile: return u"runProfile"_s;
    }
    return {};
}

ParsedCommand parseRemoteCommand(const QByteArray &payload)
{
    ParsedCommand out;
    RemoteCommand &c = out.command;
    if (payload.size() > kMaxCommandBytes) {
        out.problem = Tr::tr("The message is longer than %1 bytes.").arg(kMaxCommandBytes);
        return out;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError) {
        out.problem = Tr::tr("The message is not JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset);
        return out;
    }
    if (!doc.isObject()) {
        out.problem = Tr::tr("The message must be a JSON object.");
        return out;
    }
    const QJsonObject o = doc.object();
    // The id first: with it, even a refusal can be answered so the sender knows which one it was.
    QString problem;
    if (!readString(o, u"id"_s, &c.id, &problem) || !readString(o, u"user"_s, &c.user, &problem)
        || !readString(o, u"client"_s, &c.client, &problem)) {
        out.problem = problem;
        c.id = c.id.left(kMaxCommandIdLength);
        return out;
    }
    c.client = c.client.left(200);
    c.user = c.user.left(64);
    if (c.id.trimmed().isEmpty()) {
        out.problem = Tr::tr("\"id\" is missing: every command needs a unique id (a UUID).");
        return out;
    }
    if (c.id.size() > kMaxCommandIdLength) {
        c.id = c.id.left(kMaxCommandIdLength);
        out.problem = Tr::tr("\"id\" is longer than %1 characters.").arg(kMaxCommandIdLength);
        return out;
    }
    if (!readString(o, u"token"_s, &c.token, &problem) || !readString(o, u"profile"_s, &c.profile, &problem)
        || !readString(o, u"reason"_s, &c.reason, &problem) || !readNumber(o, u"flowMlPerMin"_s, &c.flowMlPerMin, &problem)
        || !readNumber(o, u"rpm"_s, &c.rpm, &problem)) {
        out.problem = problem;
        return out;
    }
    if (c.user.isEmpty()) {
        out.problem = Tr::tr("\"user\" is missing.");
        return out;
    }
    const QJsonValue command = o.value(u"command"_s);
    if (!command.isString()) {
        out.problem = Tr::tr("\"command\" is missing: start, stop, setpoint or runProfile.");
        return out;
    }
    const QString name = command.toString();
    if (name == u"start") {
        c.kind = RemoteCommand::Kind::Start;
    } else if (name == u"stop") {
        c.kind = RemoteCommand::Kind::Stop;
    } else if (name == u"setpoint") {
        c.kind = RemoteCommand::Kind::Setpoint;
        if (c.flowMlPerMin.has_value() == c.rpm.has_value()) {
            out.problem = Tr::tr("A setpoint needs one of \"flowMlPerMin\" and \"rpm\".");
            return out;
        }
    } else if (name == u"runProfile") {
        c.kind = RemoteCommand::Kind::RunProfile;
        if (c.profile.trimmed().isEmpty()) {
            out.problem = Tr::tr("runProfile needs \"profile\", the name of a profile on the workstation.");
            return out;
        }
    } else {
        out.problem = Tr::tr("Unknown command \"%1\": start, stop, setpoint or runProfile.").arg(name.left(40));
        return out;
    }
    return out;
}

QByteArray replyPayload(const QString &id, bool ok, const QString &resultOrError, const QString &reason)
{
    QJsonObject o{{u"id"_s, id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id)}, {u"ok"_s, ok},
                  {u"time"_s, isoTime(unixNowMs())}};
    if (ok) {
        o.insert(u"result"_s, resultOrError);
    } else {
        o.insert(u"error"_s, resultOrError);
        o.insert(u"reason"_s, reason.isEmpty() ? Reason::Failed : reason);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace PumpStudio::Telemetry
