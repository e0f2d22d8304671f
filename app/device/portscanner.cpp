// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/portscanner.h"

#include "core/logging.h"
#include "device/driverfactory.h"
#include "device/link.h"
#include "device/pumpdriver.h"
#include "models/limits.h"
#include "models/modelregistry.h"

#include <QTimer>

#include <vector>

namespace PumpStudio::Device {

struct PortScanner::ProbeJob
{
    std::unique_ptr<Link> link;
    std::unique_ptr<PumpDriver> driver;
};

struct PortScanner::Job
{
    QString path;
    std::vector<const Models::PumpModel *> models;
    std::size_t next = 0;
    QList<ScanHit> hits;
    QList<ScanAttempt> tried;
    std::unique_ptr<Link> link;
    std::unique_ptr<PumpDriver> driver;
};

PortScanner::PortScanner(const Models::ModelRegistry &models, QObject *parent) : QObject(parent), m_models(models)
{
    qRegisterMetaType<PumpStudio::Device::ScanHit>();
    qRegisterMetaType<QList<PumpStudio::Device::ScanHit>>();
    qRegisterMetaType<PumpStudio::Device::ScanAttempt>();
    qRegisterMetaType<QList<PumpStudio::Device::ScanAttempt>>();
    qRegisterMetaType<PumpStudio::Device::ProbeResult>();
}

PortScanner::~PortScanner() = default;

void PortScanner::scan(const QString &path)
{
    auto job = std::make_shared<Job>();
    job->path = path;
    for (const Models::PumpModel &model : m_models.models())
        job->models.push_back(&model);
    Logging::get("device")->info("scanning {} for {} models, at the user's request", path, job->models.size());
    next(job);
}

void PortScanner::next(const std::shared_ptr<Job> &job)
{
    job->driver.reset();
    job->link.reset();
    if (job->next >= job->models.size()) {
        Q_EMIT finished(job->path, job->hits, {}, job->tried);
        return;
    }
    const Models::PumpModel &model = *job->models[job->next++];
    const SerialSettings settings = defaultSerialSettings(model, job->path);
    job->link = createLink(model, settings, nullptr);
    job->link->open();
    if (job->link->state() != LinkState::Connected) {
        const QString error = job->link->lastError();
        job->link.reset();
        Q_EMIT finished(job->path, job->hits, error, job->tried);
        return;
    }
    auto driver = createDriver(model, *job->link, Models::defaultAddress(model), nullptr);
    if (!driver) {
        job->tried.append(ScanAttempt{model.id, settings.summary(), Models::defaultAddress(model), false, driver.error().message});
        QTimer::singleShot(0, this, [this, job] { next(job); });
        return;
    }
    job->driver = std::move(driver).value();
    const QString modelId = model.id;
    const int address = job->driver->address();
    const QString summary = settings.summary();
    job->driver->identify([this, job, modelId, address, summary](Result<PumpIdentity> identity) {
        if (identity) {
            job->hits.append(ScanHit{modelId, address, *identity});
            job->tried.append(ScanAttempt{modelId, summary, address, true, identity->summary()});
        } else {
            job->tried.append(ScanAttempt{modelId, summary, address, false, identity.error().message});
        }
        // Leave the driver's callback before destroying it.
        QTimer::singleShot(0, this, [this, job] { next(job); });
    });
}

void PortScanner::probe(const PumpConfig &config, quint64 token)
{
    const Models::PumpModel *model = m_models.find(config.modelId);
    ProbeResult result;
    result.attempt = ScanAttempt{config.modelId, config.serial.summary(), config.address, false, {}};
    if (!model) {
        result.error = tr("Unknown pump model \"%1\".").arg(config.modelId);
        result.attempt.outcome = result.error;
        Q_EMIT probed(token, result);
        return;
    }
    Logging::get("device")->info("testing the connection to a {} at address {} on {} ({}), at the user's request",
                                 model->id, config.address, config.serial.portName, config.serial.summary());
    auto job = std::make_unique<ProbeJob>();
    job->link = createLink(*model, config.serial, nullptr);
    job->link->open();
    if (job->link->state() != LinkState::Connected) {
        result.error = job->link->lastError();
        result.attempt.outcome = result.error;
        Q_EMIT probed(token, result);
        return;
    }
    result.portOpened = true;
    auto driver = createDriver(*model, *job->link, config.address, nullptr);
    if (!driver) {
        result.error = driver.error().message;
        result.attempt.outcome = result.error;
        Q_EMIT probed(token, result);
        return;
    }
    job->driver = std::move(driver).value();
    PumpDriver *asking = job->driver.get();
    m_probes[token] = std::move(job);
    asking->identify([this, result, token](Result<PumpIdentity> identity) mutable {
        if (identity) {
            result.identity = *identity;
            result.attempt.answered = true;
            result.attempt.outcome = identity->summary();
        } else {
            result.error = identity.error().message;
            result.attempt.outcome = result.error;
        }
        // Leave the driver's callback before destroying it.
        QTimer::singleShot(0, this, [this, result, token] { finishProbe(token, result); });
    });
}

void PortScanner::finishProbe(quint64 token, const ProbeResult &result)
{
    m_probes.erase(token);  // closes the port before anyone hears the answer
    Q_EMIT probed(token, result);
}

} // namespace PumpStudio::Device
