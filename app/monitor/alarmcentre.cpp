// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "monitor/alarmcentre.h"

#include "core/logging.h"

namespace PumpStudio::Monitor {

AlarmCentre::AlarmCentre(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<PumpStudio::Monitor::AlarmEntry>();
}

AlarmCentre::~AlarmCentre() = default;

int AlarmCentre::unacknowledgedCount() const
{
    return int(std::count_if(m_alarms.cbegin(), m_alarms.cend(), [](const AlarmEntry &a) { return !a.acknowledged; }));
}

AlarmEntry AlarmCentre::raise(const QString &source, const QString &sourceId, const QString &message, std::optional<double> value,
                              qint64 tUs, bool stopsPumps)
{
    AlarmEntry entry;
    entry.id = m_nextId++;
    entry.timeUtc = QDateTime::currentDateTimeUtc();
    entry.tUs = tUs;
    entry.source = source;
    entry.sourceId = sourceId;
    entry.message = message;
    entry.value = value;
    entry.stopsPumps = stopsPumps;
    m_alarms.prepend(entry);
    Logging::get("monitor")->warn("alarm: {}", message);
    Q_EMIT alarmRaised(entry);
    Q_EMIT alarmsChanged();
    return entry;
}

bool AlarmCentre::clear(const QString &sourceId)
{
    bool changed = false;
    for (AlarmEntry &a : m_alarms) {
        if (a.sourceId == sourceId && a.active) {
            a.active = false;
            changed = true;
        }
    }
    if (changed)
        Q_EMIT alarmsChanged();
    return changed;
}

std::optional<AlarmEntry> AlarmCentre::acknowledge(int alarmId)
{
    for (AlarmEntry &a : m_alarms) {
        if (a.id != alarmId || a.acknowledged)
            continue;
        a.acknowledged = true;
        Q_EMIT alarmsChanged();
        return a;
    }
    return std::nullopt;
}

} // namespace PumpStudio::Monitor
