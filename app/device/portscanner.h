// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/pumptypes.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <memory>

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

Q_SIGNALS:
    void finished(const QString &path, const QList<PumpStudio::Device::ScanHit> &hits, const QString &error);

private:
    struct Job;
    void next(const std::shared_ptr<Job> &job);

    const Models::ModelRegistry &m_models;
};

} // namespace PumpStudio::Device

Q_DECLARE_METATYPE(PumpStudio::Device::ScanHit)
