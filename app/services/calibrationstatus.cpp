// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/calibrationstatus.h"

#include "calibration/calibrationtypes.h"
#include "core/logging.h"
#include "core/paths.h"
#include "records/runcatalog.h"
#include "services/deviceservice.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services {

CalibrationStatus::CalibrationStatus(DeviceService &devices, QString storePath, QString recordsFolder, QObject *parent)
    : QObject(parent), m_devices(devices), m_storePath(std::move(storePath)), m_recordsFolder(std::move(recordsFolder)),
      m_timer(new QTimer(this)), m_index(std::make_shared<Calibration::PumpHoursIndex>()),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&devices, &DeviceService::pumpChanged, this, [this](const Device::PumpSnapshot &s) {
        look(s, false);
        if (const auto it = m_entries.constFind(s.config.id); it != m_entries.constEnd() && needsHours(*it) && !it->hours)
            countHours();
    });
    connect(&devices, &DeviceService::pumpRemoved, this, [this](const QString &id) {
        if (m_entries.remove(id))
            Q_EMIT changed(id);
    });
    m_timer->setInterval(std::chrono::minutes(kRefreshMinutes));
    connect(m_timer, &QTimer::timeout, this, &CalibrationStatus::refresh);
    m_timer->start();
    for (const Device::PumpSnapshot &s : devices.pumps())
        look(s, false);
    countHours();
}

CalibrationStatus::~CalibrationStatus()
{
    if (m_thread) {
        // A count in progress stops at the next record; what it posts back is dropped with us.
        m_cancel->store(true);
        m_thread->quit();
        m_thread->wait();
    }
}

std::optional<Calibration::DueState> CalibrationStatus::state(const QString &pumpId) const
{
    const auto it = m_entries.constFind(pumpId);
    return it == m_entries.constEnd() ? std::nullopt : it->state;
}

std::optional<Calibration::DueState> CalibrationStatus::stateFor(const QString &pumpKey, const QString &headId,
                                                                 const QString &tubingId) const
{
    const QString key = pumpKey + u'|' + headId + u'|' + tubingId;
    for (const Entry &e : m_entries) {
        if (e.key == key && e.state)
            return e.state;
    }
    return std::nullopt;
}

void CalibrationStatus::refresh()
{
    for (const Device::PumpSnapshot &s : m_devices.pumps())
        look(s, true);
    countHours();
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
        entry.match = Calibration::PumpMatch::of(s.config.modelId, *s.identity, s.config.id);
        if (Calibration::CalibrationStore *st = store()) {
            if (auto due = st->dueState(pumpKey, head, tubing))
                entry.stored = *due;
            else
                Logging::get("calibration")->warn("cannot read the calibration due state of {}: {}", s.config.displayName(),
                                                  due.error().message);
        } else {
            entry.stored = Calibration::DueState{};
        }
        // The hours counted for this calibration hold until the next count comes back.
        if (it != m_entries.constEnd() && it->key == entry.key && it->match == entry.match && it->stored && entry.stored
            && it->stored->certificate == entry.stored->certificate)
            entry.hours = it->hours;
    }
    settle(id, std::move(entry));
}

void CalibrationStatus::settle(const QString &id, Entry entry)
{
    entry.state = entry.stored;
    if (entry.state && entry.state->dueHours && entry.hours)
        entry.state->setUsedHours(*entry.hours);
    const auto it = m_entries.constFind(id);
    const bool same = it != m_entries.constEnd() && it->key == entry.key && it->state == entry.state;
    m_entries.insert(id, std::move(entry));
    if (!same)
        Q_EMIT changed(id);
}

bool CalibrationStatus::needsHours(const Entry &entry)
{
    return entry.stored && entry.stored->kind != Calibration::DueState::Kind::Never && entry.stored->dueHours
           && entry.stored->calibratedUtc.isValid() && entry.match.canMatch();
}

void CalibrationStatus::countHours()
{
    if (m_counting) {
        m_countAgain = true;  // after the one under way: it may have missed what changed since
        return;
    }
    QList<Count> counts;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (needsHours(*it))
            counts.append(Count{it.key(), it->stored->certificate, it->match, it->stored->calibratedUtc});
    }
    if (counts.isEmpty())
        return;
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(u"pump-hours"_s);
        m_worker = new QObject;
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread->start(QThread::LowPriority);
    }
    m_counting = true;
    const QString folder = m_recordsFolder.isEmpty() ? Records::RunCatalog::defaultFolder() : m_recordsFolder;
    QMetaObject::invokeMethod(
        m_worker,
        [this, index = m_index, cancel = m_cancel, folder, counts]() mutable {
            index->update(folder, cancel.get());
            for (Count &c : counts)
                c.hours = index->hoursSince(c.match, c.sinceUtc);
            const int damaged = index->damagedRecords();
            QMetaObject::invokeMethod(this, [this, counts, damaged] { counted(counts, damaged); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CalibrationStatus::counted(const QList<Count> &counts, int damaged)
{
    m_counting = false;
    if (damaged != m_damagedRecords && damaged > 0)
        Logging::get("calibration")->warn("{} run record(s) could not be read for the pump hours and were skipped", damaged);
    m_damagedRecords = damaged;
    for (const Count &c : counts) {
        const auto it = m_entries.constFind(c.pumpId);
        // The pump may have changed its head, tubing or calibration while this was counted.
        if (it == m_entries.constEnd() || !it->stored || it->stored->certificate != c.certificate || !(it->match == c.match))
            continue;
        Entry entry = *it;
        const bool changedHours = entry.hours != c.hours;
        entry.hours = c.hours;
        settle(c.pumpId, std::move(entry));
        // For pumpctl, which cannot tell this pump's records from another's by itself.
        if (changedHours) {
            if (Calibration::CalibrationStore *st = store(); st) {
                if (auto r = st->setCountedHours(c.certificate, c.hours, QDateTime::currentDateTimeUtc()); !r)
                    Logging::get("calibration")->warn("cannot keep the pump hours of {}: {}", c.certificate, r.error().message);
            }
        }
    }
    Q_EMIT hoursCounted();
    if (m_countAgain) {
        m_countAgain = false;
        countHours();
    }
}

} // namespace PumpStudio::Services
