// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/labnetwork.h"

#include "accounts/session.h"
#include "audit/auditentry.h"
#include "services/remotecommandservice.h"
#include "core/appsettings.h"
#include "core/buildinfo.h"
#include "core/logging.h"
#include "core/paths.h"
#include "device/devicemanager.h"
#include "models/modelregistry.h"
#include "secrets/secretstore.h"
#include "services/deviceservice.h"
#include "telemetry/devicetelemetry.h"
#include "telemetry/payloads.h"
#include "telemetry/publisherthread.h"
#include "telemetry/topicscheme.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services {

namespace {
constexpr int kMinKeepAliveS = 5;       // libmosquitto's floor
constexpr int kMaxKeepAliveS = 65535;   // MQTT's two bytes

/// What an audit entry says of the settings: every field but passwords.
QString summary(const LabNetworkSettings &s)
{
    QStringList parts;
    parts << (s.telemetryEnabled ? u"telemetry on"_s : u"telemetry off"_s);
    if (!s.brokerUrl.isEmpty())
        parts << u"broker %1"_s.arg(s.brokerUrl);
    if (!s.clientId.isEmpty())
        parts << u"client id %1"_s.arg(s.clientId);
    parts << u"keep-alive %1 s"_s.arg(s.keepAliveS);
    if (!s.username.isEmpty())
        parts << u"user %1"_s.arg(s.username);
    if (!s.caFile.isEmpty())
        parts << u"CA %1"_s.arg(s.caFile);
    parts << u"prefix %1"_s.arg(s.prefix);
    parts << (s.remoteCommands ? u"remote commands on"_s : u"remote commands off"_s);
    parts << (s.archiveEnabled ? u"archive on"_s : u"archive off"_s);
    if (!s.archiveUrl.isEmpty())
        parts << u"archive %1"_s.arg(s.archiveUrl);
    return parts.join(u"; "_s);
}
} // namespace

LabNetworkSettings LabNetworkSettings::load(const AppSettings &settings)
{
    LabNetworkSettings s;
    s.telemetryEnabled = settings.value(u"network/telemetry"_s, false).toBool();
    s.brokerUrl = settings.value(u"network/brokerUrl"_s).toString();
    s.clientId = settings.value(u"network/clientId"_s).toString();
    s.keepAliveS = settings.value(u"network/keepAliveS"_s, s.keepAliveS).toInt();
    s.username = settings.value(u"network/username"_s).toString();
    s.caFile = settings.value(u"network/caFile"_s).toString();
    s.prefix = settings.value(u"network/prefix"_s, s.prefix).toString();
    s.remoteCommands = settings.value(u"network/remoteCommands"_s, false).toBool();
    s.archiveEnabled = settings.value(u"network/archive"_s, false).toBool();
    s.archiveUrl = settings.value(u"network/archiveUrl"_s).toString();
    return s;
}

void LabNetworkSettings::save(AppSettings &settings) const
{
    settings.setValue(u"network/telemetry"_s, telemetryEnabled);
    settings.setValue(u"network/brokerUrl"_s, brokerUrl);
    settings.setValue(u"network/clientId"_s, clientId);
    settings.setValue(u"network/keepAliveS"_s, keepAliveS);
    settings.setValue(u"network/username"_s, username);
    settings.setValue(u"network/caFile"_s, caFile);
    settings.setValue(u"network/prefix"_s, prefix);
    settings.setValue(u"network/remoteCommands"_s, remoteCommands);
    settings.setValue(u"network/archive"_s, archiveEnabled);
    settings.setValue(u"network/archiveUrl"_s, archiveUrl);
}

QList<LabNetworkProblem> validate(const LabNetworkSettings &s)
{
    using F = LabNetworkProblem::Field;
    QList<LabNetworkProblem> out;
    std::optional<Telemetry::BrokerUrl> broker;
    if (s.brokerUrl.trimmed().isEmpty()) {
        if (s.telemetryEnabled)
            out.append({F::BrokerUrl, LabNetwork::tr("Give the broker's address to publish telemetry, e.g. mqtt://broker.lab:1883.")});
    } else if (auto url = Telemetry::BrokerUrl::parse(s.brokerUrl.trimmed()); !url) {
        out.append({F::BrokerUrl, url.error().message});
    } else {
        broker = *url;
    }
    if (s.clientId.contains(u' ') || s.clientId.size() > 128)
        out.append({F::ClientId, LabNetwork::tr("A client id has no spaces and at most 128 characters.")});
    if (s.keepAliveS < kMinKeepAliveS || s.keepAliveS > kMaxKeepAliveS)
        out.append({F::KeepAlive, LabNetwork::tr("The keep-alive is %1 to %2 seconds.").arg(kMinKeepAliveS).arg(kMaxKeepAliveS)});
    if (!s.caFile.isEmpty()) {
        if (broker && !broker->tls)
            out.append({F::CaFile, LabNetwork::tr("A CA file goes with an mqtts:// broker (TLS).")});
        else if (!QFileInfo(s.caFile).isFile() || !QFileInfo(s.caFile).isReadable())
            out.append({F::CaFile, LabNetwork::tr("The CA file %1 cannot be read.").arg(s.caFile)});
    }
    if (s.prefix.trimmed().isEmpty())
        out.append({F::Prefix, LabNetwork::tr("Give a topic prefix (the first topic levels), e.g. pumpstudio or lab2/pumps.")});
    else if (s.prefix.contains(u'+') || s.prefix.contains(u'#') || s.prefix.startsWith(u'/') || s.prefix.endsWith(u'/')
             || s.prefix.contains(u"//"_s))
        out.append({F::Prefix, LabNetwork::tr("A topic prefix has no + or # and no empty levels.")});
    if (s.archiveUrl.trimmed().isEmpty()) {
        if (s.archiveEnabled)
            out.append({F::ArchiveUrl, LabNetwork::tr("Give the archive's address, e.g. postgresql://alice@db.lab/pumpstudio.")});
    } else if (auto url = Archive::ArchiveUrl::parse(s.archiveUrl.trimmed()); !url) {
        out.append({F::ArchiveUrl, url.error().message});
    } else if (!url->password.isEmpty()) {
        out.append({F::ArchiveUrl, LabNetwork::tr("Put the archive's password in its password field, not in the address: the "
                                                  "address is kept in the settings file.")});
    }
    return out;
}

Result<Telemetry::BrokerConfig> brokerConfig(const LabNetworkSettings &s, const QString &password)
{
    auto url = Telemetry::BrokerUrl::parse(s.brokerUrl.trimmed());
    if (!url)
        return url.error();
    Telemetry::BrokerConfig config;
    config.url = *url;
    config.clientId = s.clientId;
    config.keepAlive = std::chrono::seconds(s.keepAliveS);
    config.username = s.username;
    config.password = password;
    config.caFile = s.caFile;
    config.prefix = s.prefix.trimmed();
    // Alarms and events wait on disk while the broker is away; the GUI's queue is its own, so a
    // pumpctl monitor on the same workstation never sends the GUI's (and the other way round).
    const Telemetry::TopicScheme topics(config.prefix, QSysInfo::machineHostName());
    QString name = topics.base();
    name.replace(u'/', u'~');
    config.queuePath = QDir(Paths::privateSubdir(u"telemetry"_s)).filePath(u"gui~"_s + name + u".queue"_s);
    return config;
}

LabNetwork::LabNetwork(AppSettings &settings, DeviceService &devices, QObject *parent)
    : QObject(parent), m_settings(settings), m_devices(devices),
      m_secrets(std::make_unique<Secrets::SecretStore>(u"PumpStudio"_s)), m_current(LabNetworkSettings::load(settings))
{
    if (!Secrets::SecretStore::isBuiltIn()) {
        m_keychain = Keychain::Unavailable;
        m_keychainProblem = tr("this build of PumpStudio has no keychain support");
    }
}

LabNetwork::~LabNetwork()
{
    stopTelemetry(false);
    // Feeds of publishers still stopping are deleted on the device thread first: the publishers
    // (children of this object) go after them.
    QThread *deviceThread = m_devices.deviceManager().thread();
    if (deviceThread && deviceThread->isRunning() && deviceThread != QThread::currentThread())
        QMetaObject::invokeMethod(&m_devices.deviceManager(), [] {}, Qt::BlockingQueuedConnection);
}

void LabNetwork::setKeychainService(const QString &service)
{
    m_secrets = std::make_unique<Secrets::SecretStore>(service);
}

QString LabNetwork::brokerKey(const LabNetworkSettings &s) const
{
    const auto url = Telemetry::BrokerUrl::parse(s.brokerUrl.trimmed());
    return Secrets::SecretStore::accountKey(u"mqtt"_s, url ? url->host : s.brokerUrl, url ? url->port : 0, s.username);
}

QString LabNetwork::archiveKey(const LabNetworkSettings &s) const
{
    const auto url = Archive::ArchiveUrl::parse(s.archiveUrl.trimmed());
    return Secrets::SecretStore::accountKey(u"postgresql"_s, url ? url->host : s.archiveUrl, url ? url->port : 0, url ? url->user : QString());
}

void LabNetwork::noteKeychain(const Result<void> &result)
{
    const Keychain state = result ? Keychain::Available : Keychain::Unavailable;
    const QString problem = result ? QString() : result.error().message;
    if (state == m_keychain && problem == m_keychainProblem)
        return;
    m_keychain = state;
    m_keychainProblem = problem;
    if (!result)
        Logging::get("network")->warn("no system keychain: passwords are kept for this session only ({})", problem);
    Q_EMIT keychainChanged(state, problem);
}

void LabNetwork::keepPassword(const QString &key, const QString &password)
{
    const auto done = [this](Result<void> r) { noteKeychain(r); };
    if (password.isEmpty())
        m_secrets->remove(key, done);
    else
        m_secrets->write(key, password, done);
}

void LabNetwork::readPassword(const QString &key, QString *into, std::function<void()> then)
{
    const quint64 generation = m_generation;
    m_secrets->read(key, [this, generation, into, then = std::move(then)](Result<QString> r) {
        if (generation != m_generation)
            return;  // apply() came in between: its passwords win
        if (r) {
            noteKeychain({});
            if (!r->isEmpty())
                *into = *r;
        } else {
            noteKeychain(r.error());
        }
        if (then)
            then();
    });
}

void LabNetwork::start()
{
    // The keychain may ask the user to unlock it: telemetry starts once the answer is in.
    readPassword(brokerKey(m_current), &m_brokerPassword, [this] {
        if (m_current.telemetryEnabled && !m_publisher)
            startTelemetry();
    });
    if (!m_current.archiveUrl.isEmpty())
        readPassword(archiveKey(m_current), &m_archivePassword, {});
}

void LabNetwork::shutdown()
{
    ++m_generation;
    stopTelemetry(true);
}

Telemetry::PublisherStatus LabNetwork::telemetryStatus() const
{
    return m_publisher ? m_publisher->status() : Telemetry::PublisherStatus{};
}

Result<std::pair<Archive::ArchiveUrl, QString>> LabNetwork::archiveTarget() const
{
    if (!m_current.archiveEnabled || m_current.archiveUrl.isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("No archive is set up: give its address in Tools > Lab Network."));
    auto url = Archive::ArchiveUrl::parse(m_current.archiveUrl.trimmed());
    if (!url)
        return url.error();
    return std::pair{*url, m_archivePassword};
}

Result<void> LabNetwork::apply(const LabNetworkSettings &s, const std::optional<QString> &brokerPassword,
                               const std::optional<QString> &archivePassword)
{
    if (const auto problems = validate(s); !problems.isEmpty())
        return makeError(Error::Code::InvalidArgument, problems.constFirst().message);
    if (m_session) {
        if (auto r = m_session->check(Accounts::Permission::ManagePolicies); !r)
            return r;
        // Written before anything changes: a change the trail cannot hold is not made.
        Audit::AuditDraft draft;
        draft.kind = Audit::Kind::Settings;
        draft.target = u"lab network"_s;
        draft.action = tr("Lab network settings changed");
        draft.oldValue = summary(m_current);
        draft.newValue = summary(s);
        draft.details = QJsonObject{{u"brokerPasswordChanged"_s, brokerPassword.has_value()},
                                    {u"archivePasswordChanged"_s, archivePassword.has_value()}};
        if (auto r = m_session->record(draft); !r)
            return r.error();
    }
    ++m_generation;
    const QString oldBrokerKey = brokerKey(m_current);
    const QString oldArchiveKey = archiveKey(m_current);
    m_current = s;
    m_current.brokerUrl = s.brokerUrl.trimmed();
    m_current.archiveUrl = s.archiveUrl.trimmed();
    m_current.prefix = s.prefix.trimmed();
    m_current.save(m_settings);
    m_settings.sync();
    // A new password is kept; another account (host, port or user) without one gets its own
    // from the keychain, never the previous account's.
    bool waitForBrokerPassword = false;
    if (brokerPassword) {
        m_brokerPassword = *brokerPassword;
        keepPassword(brokerKey(m_current), *brokerPassword);
    } else if (brokerKey(m_current) != oldBrokerKey) {
        m_brokerPassword.clear();
        waitForBrokerPassword = !m_current.username.isEmpty();
    }
    if (archivePassword) {
        m_archivePassword = *archivePassword;
        keepPassword(archiveKey(m_current), *archivePassword);
    } else if (archiveKey(m_current) != oldArchiveKey) {
        m_archivePassword.clear();
        readPassword(archiveKey(m_current), &m_archivePassword, {});
    }
    Logging::get("network")->info("lab network settings changed: {}", summary(m_current));
    stopTelemetry(true);
    if (m_current.telemetryEnabled) {
        if (waitForBrokerPassword) {
            readPassword(brokerKey(m_current), &m_brokerPassword, [this] {
                if (m_current.telemetryEnabled && !m_publisher)
                    startTelemetry();
            });
        } else {
            startTelemetry();
        }
    }
    Q_EMIT settingsChanged();
    return {};
}

void LabNetwork::publishRun(bool started, const QString &recordPath, const QString &operatorName)
{
    Telemetry::RunMessage run;
    run.started = started;
    if (started)
        m_runIds.insert(recordPath, run.runId);
    else if (const QString id = m_runIds.take(recordPath); !id.isEmpty())
        run.runId = id;
    run.record = QFileInfo(recordPath).fileName();
    run.source = u"pumpstudio"_s;
    run.operatorName = operatorName;
    if (m_publisher)
        m_publisher->publishRun(run);
}

void LabNetwork::startTelemetry()
{
    auto config = brokerConfig(m_current, m_brokerPassword);
    if (!config) {
        Logging::get("network")->warn("telemetry not started: {}", config.error().message);
        return;
    }
    m_publisher = new Telemetry::PublisherThread(*config, this);
    connect(m_publisher, &Telemetry::PublisherThread::statusChanged, this,
            [this](const Telemetry::PublisherStatus &status) { Q_EMIT telemetryStatusChanged(true, status); });
    m_publisher->setInfo(QJsonObject{{u"app"_s, u"pumpstudio"_s}, {u"version"_s, BuildInfo::version()}});
    m_publisher->start();

    // The feed is made on the device thread, where the manager's signals then reach it directly;
    // the pumps configured already are announced from there too, in order with what follows.
    auto feed = std::make_shared<QObject *>(nullptr);
    m_feed = feed;
    Device::DeviceManager &manager = m_devices.deviceManager();
    const Models::ModelRegistry &models = m_devices.models();
    Telemetry::PublisherThread *publisher = m_publisher;
    QMetaObject::invokeMethod(&manager, [feed, &manager, &models, publisher] {
        *feed = new Telemetry::DeviceTelemetry(models, manager, *publisher);
        for (const Device::PumpSnapshot &s : manager.snapshots()) {
            const Models::PumpModel *model = models.find(s.config.modelId);
            const bool sensor = model && model->kind == Models::Kind::PressureSensor;
            publisher->setDevice(s.config.id, s.config.displayName(), Telemetry::identityJson(s, sensor));
            publisher->setState(s.config.id, Telemetry::stateJson(s));
        }
    }, Qt::QueuedConnection);
    Logging::get("network")->info("publishing telemetry to {} under {}", config->url.toString(), m_publisher->baseTopic());
    if (m_current.remoteCommands) {
        if (m_session) {
            // The commands go through DeviceService as the operator's own do (limits checked
            // before anything is sent), each authenticated, authorised and audited by the gate.
            m_remote = std::make_unique<RemoteCommandService>(m_devices, m_session->accounts(), m_session->trail(), *m_publisher,
                                                              config->url.toString());
            Logging::get("network")->info("remote commands taken under {}", m_publisher->baseTopic());
        } else {
            Logging::get("network")->warn("remote commands not taken: no accounts to check them against");
        }
    }
    Q_EMIT telemetryStatusChanged(true, m_publisher->status());
}

void LabNetwork::stopTelemetry(bool clean)
{
    if (!m_publisher)
        return;
    m_remote.reset();  // it answers on the publisher: it goes first
    Telemetry::PublisherThread *publisher = m_publisher;
    m_publisher = nullptr;
    disconnect(publisher, nullptr, this, nullptr);
    std::shared_ptr<QObject *> feed = std::move(m_feed);
    Device::DeviceManager &manager = m_devices.deviceManager();
    QThread *deviceThread = manager.thread();
    const bool deviceThreadRuns = deviceThread && deviceThread->isRunning();
    if (clean && deviceThreadRuns) {
        // The feed goes first (on its thread), then the publisher says goodbye and ends.
        QMetaObject::invokeMethod(&manager, [feed, publisher] {
            delete *feed;
            *feed = nullptr;
            QMetaObject::invokeMethod(publisher, [publisher] {
                connect(publisher, &Telemetry::PublisherThread::stopped, publisher, &QObject::deleteLater);
                publisher->stop();
            }, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
        Q_EMIT telemetryStatusChanged(false, {});
        return;
    }
    if (deviceThreadRuns)
        QMetaObject::invokeMethod(&manager, [feed] {
            delete *feed;
            *feed = nullptr;
        }, Qt::BlockingQueuedConnection);
    else
        delete *feed;
    delete publisher;
    if (clean)
        Q_EMIT telemetryStatusChanged(false, {});
}

} // namespace PumpStudio::Services
