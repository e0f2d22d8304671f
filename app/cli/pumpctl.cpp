// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "cli/pumpctl.h"

#include "cli/balancectl.h"
#include "cli/calibratectl.h"
#include "cli/pumpctlaudit.h"
#include "cli/pumpctlrecords.h"
#include "cli/pumpctlremote.h"
#include "accounts/accountstore.h"
#include "audit/audittrail.h"
#include "calibration/calibrationdue.h"
#include "calibration/calibrationstore.h"
#include "calibration/pumphours.h"
#include "core/clocktext.h"
#include "core/logging.h"
#include "core/paths.h"
#include "device/devicemanager.h"
#include "device/driverfactory.h"
#include "device/link.h"
#include "device/portinfo.h"
#include "device/pumpdriver.h"
#include "models/modelregistry.h"
#include "profiles/precheck.h"
#include "profiles/profileformat.h"
#include "profiles/profilerunner.h"
#include "records/runcatalog.h"
#include "telemetry/devicetelemetry.h"
#include "telemetry/publisherthread.h"
#include "telemetry/remotecommandgate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>
#include <cmath>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using PumpStudio::Device::Direction;
using PumpStudio::Device::PumpStatus;

namespace PumpStudio::Cli {

namespace {

/// What the pre-run check says about the calibration of the pump that answered (its identity,
/// head and tubing), as the GUI's: overdue (by date or by pump hours) warns; controlled mode with
/// the policy's "refuse overdue calibration" refuses. Nothing without a calibration history.
/// Pump hours are counted here, from the run records, for a pump that reports a serial number;
/// pumpctl runs a pump under no configuration of the GUI's, and without a serial number only the
/// configuration tells its records from another pump's (Calibration::PumpMatch), so for the
/// others the hours PumpStudio last counted (kept in the history) are taken.
std::optional<Calibration::DueFinding> calibrationDueFinding(const Models::PumpModel &model, const Device::PumpConfig &config,
                                                             const Device::PumpIdentity &identity, const QString &pumpName)
{
    const QString path = QDir(Paths::dataDir()).filePath(u"calibration/history.sqlite"_s);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    Calibration::CalibrationStore store;
    if (!store.open(path))
        return std::nullopt;
    const QString head = config.headId.isEmpty() ? model.defaultHead : config.headId;
    QString tubing = config.tubingId;
    if (tubing.isEmpty()) {
        if (const Models::HeadOption *h = model.head(head))
            tubing = h->defaultTubing;
    }
    auto due = store.dueState(Calibration::pumpKey(model.id, identity), head, tubing);
    if (!due)
        return std::nullopt;
    if (due->dueHours && due->kind != Calibration::DueState::Kind::Never) {
        if (const auto match = Calibration::PumpMatch::of(model.id, identity); match.canMatch()) {
            Calibration::PumpHoursIndex index;
            index.update(Records::RunCatalog::defaultFolder());
            due.value().setUsedHours(index.hoursSince(match, due->calibratedUtc));
        } else if (const auto counted = store.countedHours(due->certificate); counted && *counted) {
            due.value().setUsedHours((*counted)->hours);
        }
    }
    bool refuse = false;
    Accounts::AccountStore accounts;
    if (accounts.open(Accounts::AccountStore::defaultPath())) {
        const Accounts::Policy policy = accounts.policy();
        refuse = policy.mode == Accounts::Mode::Controlled && policy.refuseOverdueCalibration;
    }
    return Calibration::dueFinding(*due, pumpName, refuse);
}

QString printable(const QByteArray &bytes)
{
    QString text;
    for (const char c : bytes) {
        const auto u = static_cast<uchar>(c);
        if (c == '\r') text += u"\\r"_s;
        else if (c == '\n') text += u"\\n"_s;
        else if (u >= 0x20 && u < 0x7F) text += QLatin1Char(c);
        else text += u'.';
    }
    return text;
}

QString optionalNumber(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : u"-"_s;
}

} // namespace

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::Timeout:
    case Error::Code::Disconnected:
    case Error::Code::Io:
    case Error::Code::Protocol:
        return ExitNoReply;
    case Error::Code::Refused:
    case Error::Code::OutOfRange:
    case Error::Code::Unsupported:
    case Error::Code::WrongDevice:
    case Error::Code::Interrupted:
        return ExitRefused;
    case Error::Code::BadFile:
        return ExitBadInput;
    case Error::Code::InvalidArgument:
    case Error::Code::Cancelled:
        return ExitUsage;
    }
    return ExitUsage;
}

PumpCtl::PumpCtl(const Models::ModelRegistry &models, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_models(models), m_out(out), m_err(err)
{
}

PumpCtl::~PumpCtl()
{
    m_calibrate.reset();  // stops the pump if a calibration still ran
    m_remoteGate.reset();
    m_remoteHost.reset();
    m_deviceTelemetry.reset();
    m_telemetry.reset();
    m_balance.reset();
    m_devices.reset();  // the pump's session, and the runner it owns
    m_driver.reset();
    m_link.reset();
}

void PumpCtl::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_monitorTimer)
        m_monitorTimer->stop();
    if (m_csv && !m_csv->commit())
        m_err << tr("Could not save %1: %2").arg(m_csv->fileName(), m_csv->errorString()) << Qt::endl;
    m_out.flush();
    m_err.flush();
    // Leave the callback that got us here before the objects it belongs to go.
    QTimer::singleShot(0, this, [this, code] {
        m_driver.reset();
        if (m_link)
            m_link->close();
        m_remoteGate.reset();  // no more remote commands from here on
        if (m_remoteHost && m_remoteHost->movedPump() && m_devices) {
            // A remote command set the pump moving: the program that did stops it before it leaves.
            m_remoteHost.reset();
            m_err << tr("Stopping the pump a remote command started.") << Qt::endl;
            connect(m_devices.get(), &Device::DeviceManager::shutdownFinished, this, [this, code] { endTelemetry(code); });
            m_devices->shutdown();
            return;
        }
        endTelemetry(code);
    });
}

void PumpCtl::endTelemetry(int code)
{
    if (!m_telemetry || m_telemetry->isStopped()) {
        Q_EMIT finished(code);
        return;
    }
    // The broker hears the end of the monitor and online = false before we leave (the
    // publisher gives up after two seconds when the broker does not answer).
    m_deviceTelemetry.reset();
    Telemetry::RunMessage end;
    end.runId = m_telemetryRunId;
    end.started = false;
    end.operatorName = m_options.user;
    end.source = u"pumpctl monitor"_s;
    m_telemetry->publishRun(end);
    connect(m_telemetry.get(), &Telemetry::PublisherThread::stopped, this, [this, code] { Q_EMIT finished(code); });
    m_telemetry->stop();
}

bool PumpCtl::startTelemetry()
{
    auto url = Telemetry::BrokerUrl::parse(m_options.mqttUrl);
    if (!url) {
        fail(url.error());
        return false;
    }
    Telemetry::BrokerConfig config;
    config.url = *url;
    config.keepAlive = std::chrono::seconds(m_options.mqttKeepAliveS);
    if (!m_options.mqttPrefix.isEmpty())
        config.prefix = m_options.mqttPrefix;
    config.caFile = m_options.mqttCaFile;
    config.username = m_options.mqttUser;
    config.password = qEnvironmentVariable("PUMPSTUDIO_MQTT_PASSWORD");
    config.clientId = m_options.mqttClientId;
    config.workstation = m_options.mqttWorkstation;
    if (!config.caFile.isEmpty() && !config.url.tls) {
        fail(makeError(Error::Code::InvalidArgument, tr("--mqtt-ca goes with an mqtts:// broker.")));
        return false;
    }
    // Alarms and events wait on disk while the broker is away: one queue per workstation topic,
    // so two monitors of different benches never send each other's.
    const Telemetry::TopicScheme topics(config.prefix, config.workstation.isEmpty() ? QSysInfo::machineHostName() : config.workstation);
    QString name = topics.base();
    name.replace(u'/', u'~');
    config.queuePath = QDir(Paths::privateSubdir(u"telemetry"_s)).filePath(name + u".queue"_s);
    m_telemetry = std::make_unique<Telemetry::PublisherThread>(config);
    connect(m_telemetry.get(), &Telemetry::PublisherThread::statusChanged, this, [this](const Telemetry::PublisherStatus &st) {
        using S = Telemetry::MqttClient::State;
        QString line;
        if (st.state == S::Connected)
            line = tr("MQTT: connected to %1, publishing under %2").arg(st.broker, m_telemetry->baseTopic());
        else if (st.state == S::Waiting)
            line = tr("MQTT: %1 is away (%2); alarms and events are kept until it is back").arg(st.broker, st.reason);
        if (line.isEmpty() || line == m_telemetrySaid)
            return;
        m_telemetrySaid = line;
        m_err << line << Qt::endl;
    });
    m_telemetry->setInfo(QJsonObject{{u"app"_s, u"pumpctl"_s}});
    if (m_options.remoteCommands && !startRemoteCommands())
        return false;
    m_telemetry->start();
    m_deviceTelemetry = std::make_unique<Telemetry::DeviceTelemetry>(m_models, *m_devices, *m_telemetry);
    Telemetry::RunMessage begin;
    m_telemetryRunId = begin.runId;
    begin.operatorName = m_options.user;
    begin.source = u"pumpctl monitor"_s;
    m_telemetry->publishRun(begin);
    return true;
}

bool PumpCtl::startRemoteCommands()
{
    // Who may command, and the trail every command is written to: without them, no commands.
    m_trail = std::make_unique<Audit::AuditTrail>();
    if (auto r = m_trail->open(Audit::AuditTrail::defaultPath()); !r) {
        fail(makeError(Error::Code::Refused, tr("Remote commands need the audit trail, which cannot be written (%1).").arg(r.error().message)));
        return false;
    }
    m_accounts = std::make_unique<Accounts::AccountStore>();
    if (auto r = m_accounts->open(Accounts::AccountStore::defaultPath()); !r) {
        fail(makeError(Error::Code::Refused, tr("Remote commands need the accounts, which cannot be read (%1).").arg(r.error().message)));
        return false;
    }
    m_remoteHost = std::make_unique<MonitorRemoteHost>(m_models, *m_devices, *m_accounts, *m_trail);
    m_remoteGate = std::make_unique<Telemetry::RemoteCommandGate>(*m_accounts, *m_trail, *m_remoteHost);
    m_remoteGate->setOrigin(m_options.mqttUrl, m_telemetry->baseTopic());
    connect(m_telemetry.get(), &Telemetry::PublisherThread::commandReceived, m_remoteGate.get(),
            &Telemetry::RemoteCommandGate::handle);
    connect(m_remoteGate.get(), &Telemetry::RemoteCommandGate::reply, m_telemetry.get(), &Telemetry::PublisherThread::publishReply);
    m_telemetry->setRemoteCommands(true);
    m_err << tr("MQTT: remote commands are taken on %1/device/+/cmd").arg(m_telemetry->baseTopic()) << Qt::endl;
    return true;
}

void PumpCtl::fail(const Error &error)
{
    if (m_options.json) {
        m_out << QJsonDocument(QJsonObject{{u"ok"_s, false}, {u"error"_s, error.message}, {u"exitCode"_s, exitCodeFor(error)}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    }
    m_err << error.message << Qt::endl;
    finish(exitCodeFor(error));
}

void PumpCtl::report(const QString &text, const QJsonObject &json)
{
    if (m_options.json) {
        QJsonObject o = json;
        o.insert(u"ok"_s, true);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_out << text << Qt::endl;
    }
}

void PumpCtl::run(const PumpCtlOptions &options)
{
    m_options = options;
    // Audit hook (issue 13): a command that changes a pump is checked against the
    // workstation's accounts and written to its audit trail before anything is sent.
    if (changesPump(options.command)) {
        if (auto allowed = authorizePumpCommand(options, m_err); !allowed) {
            fail(allowed.error());
            return;
        }
    }
    if (options.needsDevice() && runOnBalance())
        return;
    switch (options.command) {
    case PumpCtlOptions::Command::Audit:
    case PumpCtlOptions::Command::Records:
        finish(runRecordsCommand(options, m_out, m_err));
        return;
    case PumpCtlOptions::Command::Calibrations:
        finish(CalibrateCtl::listHistory(options, m_out, m_err));
        return;
    case PumpCtlOptions::Command::Users:
        finish(runUsersCommand(options, m_out, m_err));
        return;
    case PumpCtlOptions::Command::Ports:
        listPorts();
        return;
    case PumpCtlOptions::Command::Models:
        listModels();
        return;
    case PumpCtlOptions::Command::Check:
        checkProfile();
        return;
    case PumpCtlOptions::Command::Run: {
        // Checked before the port is opened: a profile outside the pump's limits never starts.
        auto profile = Profiles::loadProfileFile(m_options.profilePath);
        if (!profile) {
            fail(profile.error());
            return;
        }
        if (m_options.model.isEmpty())
            m_options.model = profile->modelId;
        Profiles::PumpSetup setup;
        setup.modelId = m_options.model;
        setup.headId = m_options.head;
        setup.tubingId = m_options.tubing;
        setup.syringeId = m_options.syringe;
        const Profiles::PrecheckReport report = Profiles::precheck(*profile, m_models, setup);
        for (const auto *list : {&report.findings, &report.notes}) {
            for (const Profiles::Finding &f : *list)
                m_err << Profiles::severityText(f.severity) << u": "_s << f.message << Qt::endl;
        }
        if (report.hasErrors()) {
            m_err << tr("The profile does not pass the pre-run check; nothing was sent.") << Qt::endl;
            finish(ExitBadInput);
            return;
        }
        m_profile = std::make_unique<Profiles::Profile>(std::move(profile).value());
        runOnDevice();
        return;
    }
    case PumpCtlOptions::Command::Help:
    case PumpCtlOptions::Command::Version:
        finish(ExitOk);
        return;
    default:
        runOnDevice();
    }
}

void PumpCtl::listPorts()
{
    const auto ports = Device::listPorts();
    if (ports.empty() && !m_options.json)
        m_out << tr("No serial ports found.") << Qt::endl;
    for (const Device::PortDescription &p : ports) {
        report(u"%1\t%2\t%3\t%4"_s.arg(p.systemLocation, p.vidPid().isEmpty() ? u"-"_s : p.vidPid(),
                                        p.serialNumber.isEmpty() ? u"-"_s : p.serialNumber, p.description),
               {{u"port"_s, p.systemLocation}, {u"description"_s, p.description}, {u"manufacturer"_s, p.manufacturer},
                {u"vidPid"_s, p.vidPid()}, {u"serialNumber"_s, p.serialNumber}});
    }
    finish(ExitOk);
}

void PumpCtl::listModels()
{
    for (const Models::PumpModel &m : m_models.models()) {
        report(Models::describe(m), {{u"id"_s, m.id}, {u"name"_s, m.displayName}, {u"protocol"_s, Models::protocolName(m.protocol)},
                                     {u"baud"_s, m.serial.baud}, {u"minRpm"_s, m.minRpm}, {u"maxRpm"_s, m.maxRpm},
                                     {u"file"_s, m.sourceFile}});
    }
    for (const Models::ModelLoadError &e : m_models.errors())
        m_err << tr("warning: %1").arg(e.text()) << Qt::endl;
    BalanceCtl::listModels(balances(), [this](const QString &text, const QJsonObject &json) { report(text, json); });
    finish(ExitOk);
}

const Models::BalanceRegistry &PumpCtl::balances()
{
    if (!m_balances) {
        m_balances = std::make_unique<Models::BalanceRegistry>();
        m_balances->loadDefault();
    }
    return *m_balances;
}

bool PumpCtl::runOnBalance()
{
    using C = PumpCtlOptions::Command;
    const bool balanceCommand = m_options.command == C::Weigh || m_options.command == C::Tare || m_options.command == C::Zero;
    if (!balanceCommand && (m_models.find(m_options.model) || !balances().find(m_options.model)))
        return false;
    m_balance = std::make_unique<BalanceCtl>(balances(), m_out, m_err);
    connect(m_balance.get(), &BalanceCtl::finished, this, [this](int code) {
        if (m_finished)
            return;  // interrupted first
        m_finished = true;
        Q_EMIT finished(code);
    });
    m_balance->run(m_options);
    return true;
}

void PumpCtl::checkProfile()
{
    const auto profile = Profiles::loadProfileFile(m_options.profilePath);
    if (!profile) {
        fail(profile.error());  // BadFile: exit 5, the message names the line or the field
        return;
    }
    Profiles::PumpSetup setup;
    setup.modelId = m_options.model;
    setup.headId = m_options.head;
    setup.tubingId = m_options.tubing;
    setup.syringeId = m_options.syringe;
    const Profiles::PrecheckReport report = Profiles::precheck(*profile, m_models, setup);
    const int code = report.hasErrors() ? ExitBadInput : ExitOk;
    if (m_options.json) {
        QJsonArray findings;
        const auto toJson = [](const std::vector<Profiles::Finding> &list) {
            QJsonArray array;
            for (const Profiles::Finding &f : list)
                array.append(QJsonObject{{u"severity"_s, Profiles::severityKey(f.severity)}, {u"step"_s, f.path},
                                         {u"message"_s, f.message}});
            return array;
        };
        findings = toJson(report.findings);
        const Profiles::Totals &t = report.totals;
        const QJsonObject json{
            {u"ok"_s, code == ExitOk}, {u"command"_s, u"check"_s}, {u"profile"_s, profile->name},
            {u"model"_s, m_options.model.isEmpty() ? profile->modelId : m_options.model}, {u"findings"_s, findings},
            {u"notes"_s, toJson(report.notes)},
            {u"totals"_s, QJsonObject{{u"durationS"_s, t.durationS}, {u"volumeMl"_s, t.volumeMl}, {u"forwardMl"_s, t.forwardMl},
                                      {u"reverseMl"_s, t.reverseMl}, {u"operatorWaits"_s, t.operatorWaits}}},
            {u"exitCode"_s, code}};
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const auto *list : {&report.findings, &report.notes}) {
            for (const Profiles::Finding &f : *list)
                m_out << Profiles::severityText(f.severity) << u": "_s << f.message << Qt::endl;
        }
        m_out << tr("Total: %1").arg(report.totals.text()) << Qt::endl;
        m_out << tr("%n error(s)", nullptr, static_cast<int>(report.errorCount())) << u", "_s
              << tr("%n warning(s)", nullptr, static_cast<int>(report.warningCount())) << u'.' << Qt::endl;
    }
    finish(code);
}

void PumpCtl::runOnDevice()
{
    const Models::PumpModel *model = m_models.find(m_options.model);
    if (!model) {
        fail(makeError(Error::Code::InvalidArgument, tr("Unknown model \"%1\"; 'pumpctl models' lists them.").arg(m_options.model)));
        return;
    }
    Device::SerialSettings settings = Device::defaultSerialSettings(*model, m_options.port);
    if (m_options.baud)
        settings.baudRate = *m_options.baud;
    if (m_options.parity) {
        const auto parity = Device::parseParity(*m_options.parity);
        if (!parity) {
            fail(parity.error());
            return;
        }
        settings.parity = *parity;
    }
    if (m_options.dataBits) {
        const auto bits = Device::parseDataBits(*m_options.dataBits);
        if (!bits) {
            fail(bits.error());
            return;
        }
        settings.dataBits = *bits;
    }
    if (m_options.stopBits) {
        const auto bits = Device::parseStopBits(*m_options.stopBits);
        if (!bits) {
            fail(bits.error());
            return;
        }
        settings.stopBits = *bits;
    }
    if (m_options.timeoutMs)
        settings.replyTimeout = std::chrono::milliseconds(*m_options.timeoutMs);
    if (m_options.command == PumpCtlOptions::Command::Run) {
        runProfile(*model, settings);
        return;
    }
    if (m_options.command == PumpCtlOptions::Command::Monitor) {
        monitorOnDevices(*model, settings);
        return;
    }
    if (m_options.command == PumpCtlOptions::Command::Calibrate) {
        m_calibrate = std::make_unique<CalibrateCtl>(m_models, balances(), m_out, m_err);
        connect(m_calibrate.get(), &CalibrateCtl::finished, this, [this](int code) {
            if (m_finished)
                return;
            m_finished = true;
            Q_EMIT finished(code);
        });
        m_calibrate->run(m_options, *model, settings);
        return;
    }
    m_link = Device::createLink(*model, settings, nullptr);
    if (m_options.trace) {
        connect(m_link.get(), &Device::Link::traffic, this, [this](bool outgoing, const QByteArray &bytes) {
            m_err << (outgoing ? u"> "_s : u"< "_s) << QString::fromLatin1(bytes.toHex(' ')) << u"  |"_s << printable(bytes)
                  << u"|"_s << Qt::endl;
        });
    }
    auto driver = Device::createDriver(*model, *m_link, m_options.address.value_or(model->defaultAddress), nullptr);
    if (!driver) {
        fail(driver.error());
        return;
    }
    m_driver = std::move(driver).value();
    m_link->open();
    if (m_link->state() != Device::LinkState::Connected) {
        fail(makeError(Error::Code::Io, m_link->lastError()));
        return;
    }
    if (m_options.command == PumpCtlOptions::Command::Info) {
        runCommand();
        return;
    }
    // Who answers first, then what the pump needs for control (the Masterflex drives their
    // handshake, the Kamoer its RS-485 control): a fresh pump takes any command at once.
    m_driver->identify([this, model](Result<Device::PumpIdentity> id) {
        if (!id) {
            fail(id.error());
            return;
        }
        // A syringe pump counts with the diameter set in it: a profile runs with its syringe's
        // (as the pre-run check assumed), other commands with --syringe's when it is given.
        const QString syringe = !m_options.syringe.isEmpty() ? m_options.syringe : m_profile ? m_profile->syringeId : QString();
        if (!syringe.isEmpty() || m_profile)
            m_driver->setSyringeDiameter(syringeDiameterFor(*model, syringe, *id));
        m_driver->prepare([this](Result<void> prepared) {
            if (!prepared)
                fail(prepared.error());
            else
                runCommand();
        });
    });
}

void PumpCtl::runCommand()
{
    const auto done = [this](const QString &text, QJsonObject json) {
        return [this, text, json](Result<void> r) {
            if (!r) {
                fail(r.error());
                return;
            }
            report(text, json);
            finish(ExitOk);
        };
    };
    using C = PumpCtlOptions::Command;
    switch (m_options.command) {
    case C::Info:
        m_driver->identify([this](Result<Device::PumpIdentity> id) {
            if (!id) {
                fail(id.error());
                return;
            }
            report(tr("%1 on %2 at %3").arg(id->summary(), m_link->settings().portName, m_link->settings().summary()),
                   {{u"model"_s, id->model}, {u"firmware"_s, id->firmware}, {u"serialNumber"_s, id->serialNumber},
                    {u"address"_s, id->address}, {u"port"_s, m_link->settings().portName},
                    {u"serial"_s, m_link->settings().summary()}});
            finish(ExitOk);
        });
        break;
    case C::Status:
        m_driver->readStatus([this](Result<PumpStatus> status) {
            if (!status) {
                fail(status.error());
                return;
            }
            printStatus(*status);
            finish(ExitOk);
        });
        break;
    case C::Start:
        m_moveRequested = true;
        m_driver->start(done(tr("started"), {{u"command"_s, u"start"_s}}));
        break;
    case C::Stop:
        m_driver->stop(done(tr("stopped"), {{u"command"_s, u"stop"_s}}));
        break;
    case C::Direction: {
        const Direction d = m_options.clockwise ? Direction::Clockwise : Direction::CounterClockwise;
        m_driver->setDirection(d, done(tr("direction %1").arg(Device::directionText(d)),
                                       {{u"command"_s, u"direction"_s}, {u"direction"_s, m_options.clockwise ? u"cw"_s : u"ccw"_s}}));
        break;
    }
    case C::Speed:
        m_driver->setSpeed(m_options.value, [this](Result<double> set) {
            if (!set) {
                fail(set.error());
                return;
            }
            report(tr("speed set to %1 rpm").arg(*set), {{u"command"_s, u"speed"_s}, {u"rpm"_s, *set}});
            finish(ExitOk);
        });
        break;
    case C::Flow:
        m_driver->setFlow(m_options.value, [this](Result<double> set) {
            if (!set) {
                fail(set.error());
                return;
            }
            report(tr("flow set to %1 mL/min").arg(*set), {{u"command"_s, u"flow"_s}, {u"mlPerMin"_s, *set}});
            finish(ExitOk);
        });
        break;
    case C::Dispense:
        m_moveRequested = true;
        m_driver->dispense(m_options.value, m_options.rate, [this](Result<Device::NativeRun> run) {
            if (!run) {
                fail(run.error());
                return;
            }
            // What the pump took, which may be rounded from what was asked.
            report(tr("dispensing %1 mL at %2 mL/min, about %3 s").arg(run->volumeMl).arg(run->mlPerMin).arg(run->seconds, 0, 'f', 1),
                   {{u"command"_s, u"dispense"_s}, {u"ml"_s, run->volumeMl}, {u"requestedMl"_s, m_options.value},
                    {u"mlPerMin"_s, run->mlPerMin}, {u"seconds"_s, run->seconds}});
            finish(ExitOk);
        });
        break;
    case C::Pressure:
        m_driver->readPressure([this, unit = m_driver->model().pressureUnit](Result<double> p) {
            if (!p) {
                fail(p.error());
                return;
            }
            report(u"%1 %2"_s.arg(*p).arg(unit), {{u"command"_s, u"pressure"_s}, {u"pressure"_s, *p}, {u"unit"_s, unit}});
            finish(ExitOk);
        });
        break;
    case C::Run:
        break;  // hosted by runProfile(), above
    case C::Weigh:
    case C::Tare:
    case C::Zero:
        break;  // balances: BalanceCtl
    case C::Monitor:
        break;  // hosted by monitorOnDevices(), above
    default:
        finish(ExitUsage);
    }
}

void PumpCtl::printStatus(const PumpStatus &status)
{
    const double elapsed = m_monitorClock.isValid() ? m_monitorClock.elapsed() / 1000.0 : 0.0;
    const QString direction = status.direction ? (*status.direction == Direction::Clockwise ? u"cw"_s : u"ccw"_s) : u"-"_s;
    QJsonObject json{{u"command"_s, m_options.command == PumpCtlOptions::Command::Monitor ? u"monitor"_s : u"status"_s},
                     {u"running"_s, status.running}, {u"direction"_s, direction}};
    if (m_monitorClock.isValid())
        json.insert(u"elapsed"_s, elapsed);
    const auto put = [&json](const char16_t *key, const std::optional<double> &v) {
        if (v)
            json.insert(QStringView(key).toString(), *v);
    };
    put(u"setRpm", status.setSpeedRpm);
    put(u"actualRpm", status.actualSpeedRpm);
    put(u"flowMlPerMin", status.flowMlPerMin);
    put(u"dispensedMl", status.dispensedMl);
    put(u"pressure", status.pressure);
    if (!status.alarm.isEmpty())
        json.insert(u"alarm"_s, status.alarm);
    QString text = tr("%1, %2, speed %3 rpm, flow %4 mL/min, dispensed %5 mL")
                       .arg(status.running ? tr("running") : tr("stopped"), direction, optionalNumber(status.setSpeedRpm, 2),
                            optionalNumber(status.flowMlPerMin, 3), optionalNumber(status.dispensedMl, 3));
    if (status.pressure)
        text += tr(", pressure %1 %2").arg(*status.pressure, 0, 'f', 3).arg(status.pressureUnit);
    if (m_monitorClock.isValid())
        text = u"%1 s  "_s.arg(elapsed, 7, 'f', 2) + text;
    report(text, json);
    writeCsvRow(&status, u"ok"_s);
}

bool PumpCtl::openCsv()
{
    if (m_options.csvPath.isEmpty())
        return true;
    m_csv = std::make_unique<QSaveFile>(m_options.csvPath);
    if (!m_csv->open(QIODevice::WriteOnly | QIODevice::Text)) {
        const QString why = m_csv->errorString();
        m_csv.reset();
        fail(makeError(Error::Code::Io, tr("Cannot write %1: %2").arg(m_options.csvPath, why)));
        return false;
    }
    // "link": ok for a sample; lost and resumed rows mark a gap (no samples between them).
    m_csv->write("time_iso8601,elapsed_s,running,direction,set_rpm,actual_rpm,flow_ml_min,dispensed_ml,pressure,link\n");
    return true;
}

void PumpCtl::writeCsvRow(const Device::PumpStatus *status, const QString &link)
{
    if (!m_csv)
        return;
    const double elapsed = m_monitorClock.isValid() ? m_monitorClock.elapsed() / 1000.0 : 0.0;
    const QString time = QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODateWithMs);
    QString line;
    if (status) {
        const QString direction = status->direction ? (*status->direction == Direction::Clockwise ? u"cw"_s : u"ccw"_s) : u"-"_s;
        line = u"%1,%2,%3,%4,%5,%6,%7,%8,%9,%10\n"_s.arg(
            time, QString::number(elapsed, 'f', 3), status->running ? u"1"_s : u"0"_s, direction,
            optionalNumber(status->setSpeedRpm, 2), optionalNumber(status->actualSpeedRpm, 2),
            optionalNumber(status->flowMlPerMin, 4), optionalNumber(status->dispensedMl, 4),
            optionalNumber(status->pressure, 4), link);
    } else {
        line = u"%1,%2,,,,,,,,%3\n"_s.arg(time, QString::number(elapsed, 'f', 3), link);
    }
    m_csv->write(line.toUtf8());
}

void PumpCtl::monitorOnDevices(const Models::PumpModel &model, const Device::SerialSettings &settings)
{
    static const QString kPumpId = u"pumpctl"_s;
    if (!openCsv())
        return;
    m_devices = std::make_unique<Device::DeviceManager>(m_models);
    if (m_options.trace) {
        connect(m_devices.get(), &Device::DeviceManager::traffic, this, [this](const QString &, bool outgoing, const QByteArray &bytes) {
            m_err << (outgoing ? u"> "_s : u"< "_s) << QString::fromLatin1(bytes.toHex(' ')) << u"  |"_s << printable(bytes)
                  << u"|"_s << Qt::endl;
        });
    }
    if (!m_options.mqttUrl.isEmpty()) {
        if (!startTelemetry())
            return;
        m_deviceTelemetry->setTopicName(kPumpId, u"%1-%2"_s.arg(model.id).arg(m_options.address.value_or(model.defaultAddress)));
    }
    connect(m_devices.get(), &Device::DeviceManager::pumpChanged, this, &PumpCtl::onMonitorSnapshot);
    connect(m_devices.get(), &Device::DeviceManager::sampled, this,
            [this](const QString &, qint64, const Device::PumpStatus &status) {
                if (m_finished)
                    return;
                printStatus(status);
            });
    connect(m_devices.get(), &Device::DeviceManager::differentPump, this, [this](const QString &, const QString &why) {
        if (why == m_wrongPumpSaid)
            return;
        m_wrongPumpSaid = why;
        m_err << why << u' ' << tr("[waiting for the pump the monitor started on]") << Qt::endl;
    });
    Device::PumpConfig config;
    config.id = kPumpId;
    config.modelId = model.id;
    config.serial = settings;
    config.address = m_options.address.value_or(model.defaultAddress);
    config.pollIntervalMs = std::clamp(m_options.intervalMs, Device::kMinPollIntervalMs, Device::kMaxPollIntervalMs);
    m_devices->addPump(config);
    m_devices->connectPump(kPumpId);
    // Only --seconds (or a signal) ends a monitor: the clock is checked every so often, so any
    // length up to kMaxMonitorSeconds works (a QTimer alone holds 24.8 days at most).
    m_monitorClock.start();
    m_monitorTimer = new QTimer(this);
    m_monitorTimer->setInterval(std::min(m_options.intervalMs, 1000));
    connect(m_monitorTimer, &QTimer::timeout, this, [this] {
        if (m_monitorClock.elapsed() >= static_cast<qint64>(m_options.seconds * 1000.0))
            finish(ExitOk);
    });
    m_monitorTimer->start();
}

void PumpCtl::onMonitorSnapshot(const Device::PumpSnapshot &s)
{
    if (m_finished)
        return;
    const bool answering = s.identity.has_value() && s.link == Device::LinkState::Connected;
    if (answering && !m_monitorConnected) {
        m_monitorConnected = true;
        m_wrongPumpSaid.clear();
        if (m_monitorEverConnected) {
            m_err << tr("The pump is back; monitoring goes on.") << Qt::endl;
            writeCsvRow(nullptr, u"resumed"_s);
        }
        m_monitorEverConnected = true;
        return;
    }
    if (!answering && m_monitorConnected && (s.link != Device::LinkState::Connected || !s.identity)) {
        m_monitorConnected = false;
        m_err << tr("Link lost (%1); waiting for the same pump to come back.").arg(s.linkReason.isEmpty() ? s.lastErrorText() : s.linkReason)
              << Qt::endl;
        writeCsvRow(nullptr, u"lost"_s);
        return;
    }
    if (!m_monitorEverConnected && s.lastError)
        fail(*s.lastError);  // the port would not open, or nothing answered at the start: nothing to monitor
}

void PumpCtl::runProfile(const Models::PumpModel &model, const Device::SerialSettings &settings)
{
    static const QString kPumpId = u"pumpctl"_s;
    m_devices = std::make_unique<Device::DeviceManager>(m_models);
    if (m_options.trace) {
        connect(m_devices.get(), &Device::DeviceManager::traffic, this, [this](const QString &, bool outgoing, const QByteArray &bytes) {
            m_err << (outgoing ? u"> "_s : u"< "_s) << QString::fromLatin1(bytes.toHex(' ')) << u"  |"_s << printable(bytes)
                  << u"|"_s << Qt::endl;
        });
    }
    connect(m_devices.get(), &Device::DeviceManager::pumpChanged, this, [this](const Device::PumpSnapshot &s) {
        if (m_runner || m_finished)
            return;
        if (s.identity && s.link == Device::LinkState::Connected) {
            // The calibration of the pump that answered, for its head and tubing.
            if (!std::exchange(m_dueChecked, true)) {
                if (const Models::PumpModel *pumpModel = m_models.find(s.config.modelId)) {
                    const QString name = tr("The pump on %1").arg(m_options.port);
                    if (const auto finding = calibrationDueFinding(*pumpModel, s.config, *s.identity, name)) {
                        if (finding->refuse) {
                            m_err << Profiles::severityText(Profiles::Finding::Severity::Error) << u": "_s << finding->message << Qt::endl;
                            fail(makeError(Error::Code::Refused, tr("The profile does not pass the pre-run check; nothing was sent.")));
                            return;
                        }
                        m_err << Profiles::severityText(Profiles::Finding::Severity::Warning) << u": "_s << finding->message << Qt::endl;
                    }
                }
            }
            startRunner();
        } else if (s.lastError) {
            fail(*s.lastError);  // the port would not open, or the pump did not answer: nothing was run
        }
    });
    connect(m_devices.get(), &Device::DeviceManager::differentPump, this, [this](const QString &, const QString &why) {
        if (why == m_wrongPumpSaid)
            return;
        m_wrongPumpSaid = why;
        m_err << why << u' ' << tr("[waiting for the pump the run started on; a: abort]") << Qt::endl;
    });
    connect(m_devices.get(), &Device::DeviceManager::jobRefused, this, [this](const QString &, const Error &why) { fail(why); });
    Device::PumpConfig config;
    config.id = kPumpId;
    config.modelId = model.id;
    config.serial = settings;
    config.address = m_options.address.value_or(model.defaultAddress);
    config.headId = m_options.head.isEmpty() ? m_profile->headId : m_options.head;
    config.tubingId = m_options.tubing.isEmpty() ? m_profile->tubingId : m_options.tubing;
    config.mlPerRev = m_profile->mlPerRev;
    config.pollIntervalMs = Device::kMaxPollIntervalMs;  // the runner watches the pump itself
    m_devices->addPump(config);
    m_devices->connectPump(kPumpId);
    // Operator answers come on stdin, a line at a time.
    m_stdin = new QSocketNotifier(0, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &PumpCtl::onStdinLine);
}

void PumpCtl::startRunner()
{
    m_devices->startJob(u"pumpctl"_s, [this](Device::PumpDriver &driver) -> std::unique_ptr<Device::PumpJob> {
        using R = Profiles::ProfileRunner;
        auto runner = std::make_unique<R>(driver, *m_profile);
        R *r = runner.get();
        m_runner = r;
        connect(r, &R::progressChanged, this, [this](const R::Progress &p) {
            if (m_progressClock.isValid() && m_progressClock.elapsed() < 1000 && p.state == R::State::Running)
                return;  // a line a second
            m_progressClock.start();
            const QString line = tr("step %1/%2 (%3 %4)  %5 of %6  %7 of %8 mL")
                                     .arg(p.segment + 1).arg(p.segments).arg(p.path, Profiles::kindText(p.kind), elapsedClockText(p.elapsedS), elapsedClockText(p.plannedS))
                                     .arg(p.deliveredMl, 0, 'f', 3).arg(p.plannedMl, 0, 'f', 3);
            report(line, {{u"command"_s, u"run"_s}, {u"step"_s, p.path}, {u"segment"_s, p.segment + 1}, {u"segments"_s, p.segments},
                          {u"elapsedS"_s, p.elapsedS}, {u"plannedS"_s, p.plannedS}, {u"deliveredMl"_s, p.deliveredMl},
                          {u"plannedMl"_s, p.plannedMl}});
        });
        connect(r, &R::stateChanged, this, [this](R::State state, const QString &message) {
            if (state == R::State::Paused)
                m_err << message << u' ' << tr("[Enter: resume, s: skip the step, a: abort]") << Qt::endl;
            else if (state == R::State::LinkLost)
                m_err << message << u' ' << tr("[waiting for the same pump to answer; a: abort]") << Qt::endl;
            if ((state == R::State::Paused || state == R::State::LinkLost) && m_stdinClosed)
                noOperator();
        });
        connect(r, &R::pumpReturned, this, [this](const QString &message) {
            m_wrongPumpSaid.clear();
            m_err << message << u' ' << tr("[Enter: resume, s: skip the step, a: abort]") << Qt::endl;
        });
        connect(r, &R::operatorPrompt, this, [this](const QString &message) {
            m_err << tr("Operator: %1  [Enter: continue, a: abort]").arg(message) << Qt::endl;
            if (m_stdinClosed)
                noOperator();
        });
        connect(r, &R::finished, this, [this](R::State state, const QString &message) {
            m_err << message << Qt::endl;
            finish(state == R::State::Finished ? ExitOk : state == R::State::Aborted ? 130 : ExitNoReply);
        });
        return runner;
    });
}

void PumpCtl::noOperator()
{
    Profiles::ProfileRunner *runner = m_runner.data();
    if (!runner)
        return;
    if (runner->state() == Profiles::ProfileRunner::State::LinkLost && !runner->progress().pumpBack && !m_noOperatorWaited) {
        // Aborting now could not stop the pump (it cannot be reached): wait a while for the
        // same pump to come back (the device layer stops it then), and abort then; past that,
        // abort anyway and say that the stop was not confirmed.
        if (!m_noOperatorSaid) {
            m_err << tr("No operator to answer (standard input is closed): the profile is aborted as soon as the pump "
                        "answers again, with the pump stopped (waiting at most %1 s).")
                         .arg(kNoOperatorWaitS)
                  << Qt::endl;
            QTimer::singleShot(std::chrono::seconds(kNoOperatorWaitS), this, [this] {
                m_noOperatorWaited = true;
                if (Profiles::ProfileRunner *r = m_runner.data(); r && r->isActive())
                    noOperator();
            });
        }
        m_noOperatorSaid = true;
        return;
    }
    m_err << tr("No operator to answer (standard input is closed): aborting the profile with the pump stopped.") << Qt::endl;
    runner->abort(tr("Standard input closed while the run waited for the operator."));
}

void PumpCtl::onStdinLine()
{
    char buffer[256];
    const auto n = ::read(0, buffer, sizeof buffer);
    if (n <= 0) {
        // stdin closed: nobody to ask. A run that needs the operator now, or later, is aborted
        // with the pump stopped; until then it goes on, and Ctrl-C still aborts.
        m_stdin->setEnabled(false);
        m_stdinClosed = true;
        using S = Profiles::ProfileRunner::State;
        const Profiles::ProfileRunner *runner = m_runner.data();
        if (runner && (runner->state() == S::Paused || runner->state() == S::LinkLost || runner->state() == S::WaitingForOperator))
            noOperator();
        return;
    }
    m_stdinText += QString::fromLocal8Bit(buffer, qsizetype(n));
    qsizetype end;
    while ((end = m_stdinText.indexOf(u'\n')) >= 0) {
        const QString line = m_stdinText.left(end).trimmed().toLower();
        m_stdinText.remove(0, end + 1);
        Profiles::ProfileRunner *runner = m_runner.data();
        if (!runner)
            continue;
        using S = Profiles::ProfileRunner::State;
        if (line == u"a") {
            runner->abort();
        } else if (line == u"s") {
            runner->skipStep();
        } else if (runner->state() == S::WaitingForOperator) {
            runner->confirm();
        } else if (runner->state() == S::Paused || runner->state() == S::LinkLost) {
            runner->resume();
        }
    }
}

void PumpCtl::interrupt()
{
    if (m_finished)
        return;
    if (m_calibrate) {
        m_calibrate->interrupt();
        return;
    }
    if (Profiles::ProfileRunner *runner = m_runner.data(); runner && runner->isActive()) {
        m_err << tr("Interrupted: aborting the profile and stopping the pump.") << Qt::endl;
        runner->abort();
        return;
    }
    if (m_options.command == PumpCtlOptions::Command::Monitor) {
        finish(ExitOk);  // a signal is one of the two ways a monitor ends
        return;
    }
    if (m_devices || m_balance) {
        finish(130);  // nothing was started yet, or a balance: nothing to stop
        return;
    }
    if (!m_driver) {
        finish(ExitOk);
        return;
    }
    // Only start and dispense set the pump moving, and only once their requests went out:
    // then the pump is stopped before pumpctl leaves. Anything else leaves at once, whatever
    // is still on the wire (a slow line must not hold a signal up).
    if (!m_moveRequested) {
        m_err << tr("Interrupted.") << Qt::endl;
        finish(130);
        return;
    }
    if (m_stopping)
        return;  // already stopping, within its bound
    m_stopping = true;
    m_err << tr("Interrupted: stopping the pump.") << Qt::endl;
    // The request on the wire (and the rest of the start) is not waited for: on a slow line
    // its retries take many seconds. Its answer is dropped when it comes; stop goes next.
    m_link->abandonRequests();
    QTimer::singleShot(kStopBoundMs, this, [this] {
        if (m_finished)
            return;
        m_err << tr("The pump did not confirm the stop within %n second(s); check that it stopped.", nullptr, kStopBoundMs / 1000)
              << Qt::endl;
        finish(ExitNoReply);
    });
    m_driver->stop([this](Result<void> r) {
        if (!r)
            m_err << tr("Could not stop the pump: %1").arg(r.error().message) << Qt::endl;
        finish(r ? 130 : ExitNoReply);
    });
}

} // namespace PumpStudio::Cli
