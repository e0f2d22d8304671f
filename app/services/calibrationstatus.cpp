// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/calibrationstatus.h"

#include "calibration/calibrationtypes.h"
#include "core/logging.h"
#include "core/paths.h"
#include "services/deviceservice.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services {

CalibrationStatus::CalibrationStatus(DeviceService &devices, QString storePath, QObject *parent)
    : QObject(parent), m_devices(devices), m_storePath(std::move(storePath)), m_timer(new QTimer(this))
{
    connect(&devices, &DeviceService::pumpChanged, this, [this](const Device::PumpSnapshot &s) { look(s, false); });
    connect(&devices, &DeviceService::pumpRemoved, this, [this](const QString &id) {
        if (m_entries.remove(id))
            Q_EMIT changed(id);
    });
    m_timer->setInterval(std::chrono::minutes(kRefreshMinutes));
    connect(m_timer, &QTimer::timeout, this, &CalibrationStatus::refresh);
    m_timer->start();
    for (const Device::PumpSnapshot &s : devices.pumps())
        look(s, false);
}

CalibrationStatus::~CalibrationStatus() = default;

std::optional<Calibration::DueState> CalibrationStatus::state(const QString &pumpId) const
{
    const auto it = m_entries.constFind(pumpId);
    return it == m_entries.constEnd() ? std::nullopt : it->state;
}

void CalibrationStatus::refresh()
{
    for (const Device::PumpSnapshot &s : m_devices.pumps())
        look(s, true);
}

Calibration::CalibrationStore *CalibrationStatus::store()
{
    if (m_store)
        return m_store.get();
    // No history yet: nobody is calibrated (and no file is made for it).
    const QString path = m_storePath.isEmpty() ? QDir(Paths::dataDir()).filePath(u"calibration/history.sqlite"_s) : m_storePath;
    if (!QFileInfo::exists(path))
        return nullptr;
    auto store = std::make_unique<Calibration::CalibrationStore>();
    if (auto r = store->open(path); !r) {
        Logging::get("calibration")->warn("cannot open the calibration history for the due states: {}", r.error().message);
        return nullptr;
    }
    m_store = std::move(store);
    return m_store.get();
}

void CalibrationStatus::look(const Device::PumpSnapshot &s, bool force)
{
    const QString id = s.config.id;
    const Models::PumpModel *model = m_devices.models().find(s.config.modelId);
    Entry entry;
    if (s.identity && model && model->kind != Models::Kind::PressureSensor) {
        const QString head = s.config.headId.isEmpty() ? model->defaultHead : s.config.headId;
        QString tubing = s.config.tubingId;
        if (tubing.isEmpty()) {
            if (const Models::HeadOption *h = model->head(head))
                tubing = h->defaultTubing;
        }
        const QString pumpKey = Calibration::pumpKey(s.config.modelId, *s.identity);
        entry.key = pumpKey + u'|' + head + u'|' + tubing;
        const auto it = m_entries.constFind(id);
        if (!force && it != m_entries.constEnd() && it->key == entry.key)
            return;  // nothing that decides the state changed: no query
        if (Calibration::CalibrationStore *st = store()) {
            if (auto due = st->dueState(pumpKey, head, tubing))
                entry.state = *due;
            else
                Logging::get("calibration")->warn("cannot read the calibration due state of {}: {}", s.config.displayName(),
                                                  due.error().message);
        } else {
            entry.state = Calibration::DueState{};
        }
    }
    const auto it = m_entries.constFind(id);
    const bool same = it != m_entries.constEnd() && it->key == entry.key && it->state.has_value() == entry.state.has_value()
                      && (!entry.state
                          || (it->state->kind == entry.state->kind && it->state->dueUtc == entry.state->dueUtc
                              && it->state->certificate == entry.state->certificate));
    m_entries.insert(id, entry);
    if (!same)
        Q_EMIT changed(id);
}

} // namespace PumpStudio::Services
