// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "archive/archiveurl.h"
#include "core/result.h"
#include "telemetry/brokerconfig.h"
#include "telemetry/telemetrypublisher.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace PumpStudio {
class AppSettings;
}
namespace PumpStudio::Accounts {
class Session;
}
namespace PumpStudio::Secrets {
class SecretStore;
}
namespace PumpStudio::Telemetry {
class PublisherThread;
}

namespace PumpStudio::Services {

class DeviceService;
class RemoteCommandService;

/// The workstation's lab network settings (docs/mqtt.md, docs/archive.md) as kept in the
/// settings file. Passwords are never part of it: they live in the system keychain or, where
/// there is none, in memory for this session only.
struct LabNetworkSettings
{
    bool telemetryEnabled = false;
    QString brokerUrl;             ///< mqtt://HOST[:PORT] or mqtts://HOST[:PORT]
    QString clientId;              ///< empty: a new one at each start
    int keepAliveS = 30;
    QString username;
    QString caFile;                ///< mqtts: the CA that signed the broker's certificate
    QString prefix = QStringLiteral("pumpstudio");
    /// Obey start/stop/setpoint/run-profile commands from the broker (docs/mqtt.md "Remote
    /// commands"): only with a valid API token of an account whose role allows the command.
    bool remoteCommands = false;
    bool archiveEnabled = false;
    QString archiveUrl;            ///< postgresql://USER@HOST[:PORT]/DBNAME, never with a password

    static LabNetworkSettings load(const AppSettings &settings);
    void save(AppSettings &settings) const;
    bool operator==(const LabNetworkSettings &) const = default;
};

/// A field of the settings and what is wrong with it, in words.
struct LabNetworkProblem
{
    enum class Field { BrokerUrl, ClientId, KeepAlive, CaFile, Prefix, ArchiveUrl };
    Field field;
    QString message;
};

/// Everything wrong with `s` (empty: it can be saved). Addresses are checked with the parsers
/// pumpctl uses (BrokerUrl, ArchiveUrl), so the GUI and pumpctl accept the same text.
QList<LabNetworkProblem> validate(const LabNetworkSettings &s);

/// The broker configuration for `s` (validated), with `password` and the on-disk queue.
Result<Telemetry::BrokerConfig> brokerConfig(const LabNetworkSettings &s, const QString &password);

/// The lab network of the GUI: keeps its settings and passwords, and while telemetry is on, puts
/// the workstation's pumps on the broker with the same publisher pumpctl monitor uses
/// (Telemetry::PublisherThread fed by Telemetry::DeviceTelemetry). The DeviceTelemetry lives on
/// the device thread, where the DeviceManager's signals arrive directly, and only posts to the
/// publisher's own thread: neither the GUI nor the device thread ever waits for the network.
class LabNetwork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabNetwork)

public:
    enum class Keychain { Unknown, Available, Unavailable };
    Q_ENUM(Keychain)

    LabNetwork(AppSettings &settings, DeviceService &devices, QObject *parent = nullptr);
    /// Ends the publisher without a goodbye when shutdown() was not called (the broker then
    /// publishes the Last Will): waits only for the device thread to drop its feed.
    ~LabNetwork() override;

    /// Saving is audited and refused without ManagePolicies (in controlled mode).
    void setSession(Accounts::Session *session) { m_session = session; }
    /// The keychain's service name ("PumpStudio"; tests use their own).
    void setKeychainService(const QString &service);

    const LabNetworkSettings &settings() const { return m_current; }
    Keychain keychain() const { return m_keychain; }
    /// Why the keychain is not available, in words.
    QString keychainProblem() const { return m_keychainProblem; }
    bool hasBrokerPassword() const { return !m_brokerPassword.isEmpty(); }
    bool hasArchivePassword() const { return !m_archivePassword.isEmpty(); }
    /// The archive to use now (its password comes with it, never shown), or why there is none.
    Result<std::pair<Archive::ArchiveUrl, QString>> archiveTarget() const;

    /// Reads the kept passwords and starts telemetry when it is enabled (once, at start-up).
    void start();
    /// A clean stop: online = false, then the publisher ends.
    void shutdown();

    bool telemetryRunning() const { return m_publisher != nullptr; }
    /// Remote commands are being taken from the broker now (enabled, telemetry running, and
    /// accounts to check them against).
    bool remoteCommandsActive() const { return m_remote != nullptr; }
    Telemetry::PublisherStatus telemetryStatus() const;
    /// The publisher while telemetry runs (for its topics' root), else null.
    Telemetry::PublisherThread *publisher() const { return m_publisher; }

    /// A run record started or ended: published on the run topic while telemetry runs (start and
    /// end carry the same run id).
    void publishRun(bool started, const QString &recordPath, const QString &operatorName);

    /// Saves `s` (validated, audited), keeps new passwords (std::nullopt: unchanged; an empty one
    /// forgets it) in the keychain or for this session, and restarts the publisher with it.
    Result<void> apply(const LabNetworkSettings &s, const std::optional<QString> &brokerPassword,
                       const std::optional<QString> &archivePassword);

Q_SIGNALS:
    void settingsChanged();
    void keychainChanged(PumpStudio::Services::LabNetwork::Keychain state, const QString &problem);
    /// `running` false: telemetry is off.
    void telemetryStatusChanged(bool running, const PumpStudio::Telemetry::PublisherStatus &status);

private:
    QString brokerKey(const LabNetworkSettings &s) const;
    QString archiveKey(const LabNetworkSettings &s) const;
    void keepPassword(const QString &key, const QString &password);
    void readPassword(const QString &key, QString *into, std::function<void()> then);
    void noteKeychain(const Result<void> &result);
    void startTelemetry();
    void stopTelemetry(bool clean);

    AppSettings &m_settings;
    DeviceService &m_devices;
    Accounts::Session *m_session = nullptr;
    std::unique_ptr<Secrets::SecretStore> m_secrets;
    LabNetworkSettings m_current;
    std::unique_ptr<RemoteCommandService> m_remote;  ///< while telemetry runs with remote commands on
    QString m_brokerPassword;   ///< in memory only
    QString m_archivePassword;
    Keychain m_keychain = Keychain::Unknown;
    QString m_keychainProblem;
    Telemetry::PublisherThread *m_publisher = nullptr;
    /// The DeviceTelemetry of m_publisher: made, used and deleted on the device thread only.
    std::shared_ptr<QObject *> m_feed;
    QHash<QString, QString> m_runIds;   ///< record path -> its run id on the broker
    quint64 m_generation = 0;   ///< a password read that comes back after a newer apply() is ignored
};

} // namespace PumpStudio::Services
