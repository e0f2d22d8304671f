// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/pumpconfig.h"
#include "device/pumptypes.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <map>
#include <memory>
#include <optional>

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio::Device {

/// What answered a port scan.
struct ScanHit
{
    QString modelId;
    int address = 0;
    PumpIdentity identity;
};

/// One question a scan or a connection test asked: which model's identity query, at which
/// serial settings and address, and what came back.
struct ScanAttempt
{
    QString modelId;
    QString settings;   ///< "9600 8N1"
    int address = 0;
    bool answered = false;
    QString outcome;    ///< the identity that answered, or why not ("no reply within 120 ms")
};

/// What a connection test of one pump's settings found.
struct ProbeResult
{
    ScanAttempt attempt;
    std::optional<PumpIdentity> identity;  ///< set when the pump answered
    bool portOpened = false;               ///< false: the port itself failed (error says why)
    QString error;                         ///< the port could not be opened, or no answer
};

/// Asks a port, model by model at each model's own serial settings and default address, for
/// the harmless identity query; one scan at a time per port. Only ever runs because the user
/// asked for it: probing ports uninvited can toggle other equipment.
class PortScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortScanner)

public:
    explicit PortScanner(const Models::ModelRegistry &models, QObject *parent = nullptr);
    ~PortScanner() override;

    void scan(const QString &path);
    /// Asks the one pump `config` describes for its identity, at its settings and address: the
    /// Add Pump dialog's "Test connection". probed() follows with `token`.
    void probe(const PumpConfig &config, quint64 token);

Q_SIGNALS:
    /// `tried`: every question asked, in order, answered or not.
    void finished(const QString &path, const QList<PumpStudio::Device::ScanHit> &hits, const QString &error,
                  const QList<PumpStudio::Device::ScanAttempt> &tried);
    void probed(quint64 token, const PumpStudio::Device::ProbeResult &result);

private:
    struct Job;
    struct ProbeJob;
    void next(const std::shared_ptr<Job> &job);
    void finishProbe(quint64 token, const ProbeResult &result);

    const Models::ModelRegistry &m_models;
    std::map<quint64, std::unique_ptr<ProbeJob>> m_probes;  ///< connection tests waiting for an answer
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(PumpStudio::Device::ScanHit)
Q_DECLARE_METATYPE(PumpStudio::Device::ScanAttempt)
Q_DECLARE_METATYPE(PumpStudio::Device::ProbeResult)
