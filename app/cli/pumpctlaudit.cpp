// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "cli/pumpctlaudit.h"

#include "accounts/session.h"
#include "audit/approvals.h"
#include "audit/audittrail.h"
#include "calibration/calibrationaudit.h"
#include "profiles/profileformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("pumpctl", text); }

Error refused(const QString &message) { return makeError(Error::Code::Refused, message); }

/// The password given for this run of pumpctl (asked once: a calibration signs with it later).
QString &givenPassword()
{
    static QString password;
    return password;
}

QString commandText(const PumpCtlOptions &o)
{
    using C = PumpCtlOptions::Command;
    switch (o.command) {
    case C::Start: return tr("Start");
    case C::Stop: return tr("Stop");
    case C::Speed: return tr("Speed %1 rpm").arg(o.value);
    case C::Flow: return tr("Flow %1 mL/min").arg(o.value);
    case C::Direction: return tr("Direction %1").arg(o.clockwise ? u"cw"_s : u"ccw"_s);
    case C::Dispense:
        return o.rate ? tr("Dispense %1 mL at %2 mL/min").arg(o.value).arg(*o.rate) : tr("Dispense %1 mL").arg(o.value);
    case C::Run: return tr("Run profile %1").arg(QFileInfo(o.profilePath).fileName());
    case C::Calibrate: return tr("Calibrate with the balance on %1").arg(o.balancePort);
    default: return {};
    }
}
} // namespace

bool changesPump(PumpCtlOptions::Command command)
{
    using C = PumpCtlOptions::Command;
    switch (command) {
    case C::Start:
    case C::Stop:
    case C::Speed:
    case C::Flow:
    case C::Direction:
    case C::Dispense:
    case C::Run:
    case C::Calibrate:
        return true;
    default:
        return false;
    }
}

Result<void> recordCalibration(const PumpCtlOptions &o, const Calibration::CalibrationResult &result, QTextStream &)
{
    Audit::AuditTrail trail;
    if (auto r = trail.open(Audit::AuditTrail::defaultPath()); !r)
        return refused(tr("The calibration was stored but not sealed: the audit trail cannot be written (%1).").arg(r.error().message));
    Accounts::AccountStore accounts;
    if (auto r = accounts.open(Accounts::AccountStore::defaultPath()); !r)
        return refused(tr("The calibration was stored but not sealed: the accounts cannot be read (%1).").arg(r.error().message));
    Accounts::Session session(accounts, trail);
    if (session.isControlled()) {
        if (auto r = session.logIn(o.user, givenPassword()); !r)
            return refused(r.error().message);
    }
    Audit::AuditDraft draft = Calibration::auditDraft(result);
    draft.details.insert(u"by"_s, u"pumpctl"_s);
    draft.details.insert(u"port"_s, o.port);
    draft.details.insert(u"balancePort"_s, o.balancePort);
    Result<void> out;
    if (auto written = session.record(draft); !written)
        out = refused(tr("The calibration was stored but not sealed: the audit trail cannot be written (%1).").arg(written.error().message));
    if (out && session.isControlled()) {
        auto signature = session.sign(o.user, givenPassword(), Audit::Meaning::CalibrationPerformed, Calibration::signatureSubject(result),
                                      result.contentHash(), tr("Calibration %1").arg(result.certificate));
        if (!signature)
            out = refused(signature.error().message);
    }
    session.logOff();
    return out;
}

Result<void> recordPumpCalibration(const PumpCtlOptions &o, const Calibration::CalibrationResult &result, double written,
                                   double readBack, QTextStream &)
{
    Audit::AuditTrail trail;
    if (auto r = trail.open(Audit::AuditTrail::defaultPath()); !r)
        return refused(r.error().message);
    Accounts::AccountStore accounts;
    if (auto r = accounts.open(Accounts::AccountStore::defaultPath()); !r)
        return refused(r.error().message);
    Accounts::Session session(accounts, trail);
    if (session.isControlled()) {
        if (auto r = session.logIn(o.user, givenPassword()); !r)
            return refused(r.error().message);
    }
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Calibration;
    draft.target = tr("%1 on %2").arg(o.model, o.port);
    draft.action = tr("Calibration %1 written into the pump").arg(result.certificate);
    draft.newValue = result.plan.syringe ? tr("syringe inner diameter %1 mm written, %2 mm read back").arg(written).arg(readBack)
                                         : tr("%1 mL/rev written, %2 mL/rev read back").arg(written).arg(readBack);
    draft.details = QJsonObject{{u"by"_s, u"pumpctl"_s}, {u"certificate"_s, result.certificate}, {u"written"_s, written},
                                {u"readBack"_s, readBack}};
    auto entry = session.record(draft);
    session.logOff();
    if (!entry)
        return refused(entry.error().message);
    return {};
}

QString readPassword(const QString &user, QTextStream &err)
{
    if (qEnvironmentVariableIsSet("PUMPSTUDIO_PASSWORD"))
        return qEnvironmentVariable("PUMPSTUDIO_PASSWORD");
    err << tr("Password for %1: ").arg(user) << Qt::flush;
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[512] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    QString password = read ? QString::fromLocal8Bit(buffer) : QString();
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

Result<void> authorizePumpCommand(const PumpCtlOptions &o, QTextStream &err)
{
    Audit::AuditTrail trail;
    if (auto r = trail.open(Audit::AuditTrail::defaultPath()); !r)
        return refused(tr("Nothing was sent: the audit trail cannot be written (%1).").arg(r.error().message));
    Accounts::AccountStore accounts;
    if (auto r = accounts.open(Accounts::AccountStore::defaultPath()); !r)
        return refused(tr("Nothing was sent: the accounts cannot be read (%1).").arg(r.error().message));
    Accounts::Session session(accounts, trail);
    if (session.isControlled()) {
        if (o.user.isEmpty())
            return refused(tr("This workstation is in controlled mode: give --user NAME (the password from the terminal or PUMPSTUDIO_PASSWORD)."));
        givenPassword() = readPassword(o.user, err);
        if (auto r = session.logIn(o.user, givenPassword()); !r)
            return refused(r.error().message);
    }
    using C = PumpCtlOptions::Command;
    const Accounts::Permission permission = o.command == C::Calibrate ? Accounts::Permission::Calibrate
                                            : o.command == C::Run    ? Accounts::Permission::RunProfiles
                                            : o.command == C::Stop ? Accounts::Permission::StopPumps
                                                                   : Accounts::Permission::ControlPumps;
    Result<void> result = session.check(permission);
    if (result && o.command == C::Run && session.isControlled() && session.policy().approvedProfilesOnly) {
        // The same rule as the GUI's: only an approved profile, exactly as approved, runs.
        if (auto profile = Profiles::loadProfileFile(o.profilePath)) {
            const QByteArray hash = QCryptographicHash::hash(Profiles::serializeProfile(*profile), QCryptographicHash::Sha256).toHex();
            if (Audit::approvalOf(trail, hash).state != Audit::Approval::State::Approved)
                result = refused(tr("The profile \"%1\" is not approved: only approved profiles run here.").arg(profile->name));
        }
    }
    if (result) {
        Audit::AuditDraft draft;
        draft.kind = o.command == C::Run ? Audit::Kind::ProfileRun : o.command == C::Calibrate ? Audit::Kind::Calibration : Audit::Kind::PumpCommand;
        draft.target = tr("%1 on %2").arg(o.model.isEmpty() ? tr("pump") : o.model, o.port);
        draft.action = commandText(o);
        draft.newValue = commandText(o);
        draft.details = QJsonObject{{u"by"_s, u"pumpctl"_s}, {u"port"_s, o.port}, {u"model"_s, o.model}};
        if (o.address)
            draft.details.insert(u"address"_s, *o.address);
        if (auto written = session.record(draft); !written)
            result = refused(tr("Nothing was sent: the audit trail cannot be written (%1).").arg(written.error().message));
    }
    session.logOff();
    return result;
}

} // namespace PumpStudio::Cli
