// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QMetaType>
#include <QString>

#include <chrono>

namespace PumpStudio::Telemetry {

/// A broker address: mqtt://HOST[:PORT] (1883) or mqtts://HOST[:PORT] (TLS, 8883).
struct BrokerUrl
{
    bool tls = false;
    QString host;
    int port = 1883;

    /// The URL again, as a person would write it (no credentials ever appear in one).
    QString toString() const;
    /// InvalidArgument with a sentence naming what is wrong; user names or passwords in the
    /// URL are refused, so they never end up in settings or logs.
    static Result<BrokerUrl> parse(const QString &text);
};

/// Everything the publisher needs to reach a broker and name its topics.
struct BrokerConfig
{
    BrokerUrl url;
    QString clientId;            ///< empty: "pumpstudio-<workstation>-<random>"
    std::chrono::seconds keepAlive{30};  ///< 5 s at least (libmosquitto's floor)
    QString username;
    QString password;            ///< held in memory only (from the keychain or the environment)
    QString caFile;              ///< mqtts: the CA that signed the broker's certificate; empty: the system's
    QString prefix = QStringLiteral("pumpstudio");
    QString workstation;         ///< the workstation's name in topics; empty: the host name
    /// Reconnect back-off: the first retry after `reconnectMin`, doubling up to `reconnectMax`.
    std::chrono::milliseconds reconnectMin{1000};
    std::chrono::milliseconds reconnectMax{30000};
    /// Samples are published in one message per channel per this period.
    std::chrono::milliseconds sampleBatch{250};
    /// Alarms and events kept on disk while the broker is away, at most this many (the oldest
    /// go first, counted).
    int queueLimit = 10000;
    /// Where that queue lives; empty: in memory only (tests, pumpctl without a data folder).
    QString queuePath;
};

} // namespace PumpStudio::Telemetry

Q_DECLARE_METATYPE(PumpStudio::Telemetry::BrokerConfig)
