// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace PumpStudio::Secrets {

/// Passwords kept in the system keychain (Secret Service, KWallet, macOS Keychain, Windows
/// Credential Manager) through QtKeychain, never in the settings file. Asynchronous: a keychain
/// may ask the user to unlock it, so a call never waits; the answer comes through the callback
/// on the caller's thread. Without QtKeychain, or without a keychain daemon, every call answers
/// with an Unsupported error and nothing is kept.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    /// `service` names the application's entries in the keychain ("PumpStudio").
    explicit SecretStore(QString service, QObject *parent = nullptr);
    ~SecretStore() override;

    /// QtKeychain was built in (a keychain daemon may still be missing at run time).
    static bool isBuiltIn();

    /// The password for `key` ("mqtt/broker.lab:8883/alice"); an empty string when none is kept.
    void read(const QString &key, std::function<void(Result<QString>)> done);
    void write(const QString &key, const QString &password, std::function<void(Result<void>)> done);
    void remove(const QString &key, std::function<void(Result<void>)> done);

    /// The key of a server account: "<kind>/<host>:<port>/<user>".
    static QString accountKey(const QString &kind, const QString &host, int port, const QString &user);

private:
    QString m_service;
};

} // namespace PumpStudio::Secrets
