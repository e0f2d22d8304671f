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

struct PortScanner::Job
{
    QString path;
    std::vector<const Models::PumpModel *> models;
    std::size_t next = 0;
    QList<ScanHit> hits;
    std::unique_ptr<Link> link;
    std::unique_ptr<PumpDriver> driver;
};

PortScanner::PortScanner(const Models::ModelRegistry &models, QObject *parent) : QObject(parent), m_models(models)
{
    qRegisterMetaType<PumpStudio::Device::ScanHit>();
    qRegisterMetaType<QList<PumpStudio::Device::ScanHit>>();
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
        Q_EMIT finished(job->path, job->hits, {});
        return;
    }
    const Models::PumpModel &model = *job->models[job->next++];
    job->link = createLink(model, defaultSerialSettings(model, job->path), nullptr);
    job->link->open();
    if (job->link->state() != LinkState::Connected) {
        const QString error = job->link->lastError();
        job->link.reset();
        Q_EMIT finished(job->path, job->hits, error);
        return;
    }
    auto driver = createDriver(model, *job->link, Models::defaultAddress(model), nullptr);
    if (!driver) {
        QTimer::singleShot(0, this, [this, job] { next(job); });
        return;
    }
    job->driver = std::move(driver).value();
    const QString modelId = model.id;
    const int address = job->driver->address();
    job->driver->identify([this, job, modelId, address](Result<PumpIdentity> identity) {
        if (identity)
            job->hits.append(ScanHit{modelId, address, *identity});
        // Leave the driver's callback before destroying it.
        QTimer::singleShot(0, this, [this, job] { next(job); });
    });
}

} // namespace PumpStudio::Device
