// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

namespace PumpStudio::Monitor {

/// One alarm as the alarm list shows it.
struct AlarmEntry
{
    int id = 0;
    QDateTime timeUtc;
    qint64 tUs = 0;            ///< in the run, when there was one
    QString source;            ///< the pump or sensor's name
    QString sourceId;          ///< stable: "<config id>/<kind>"
    QString message;
    std::optional<double> value;
    bool active = true;        ///< false once the condition cleared
    bool acknowledged = false;
    bool stopsPumps = false;
};

/// The alarms of a session, newest first: raised, cleared when the condition goes, and
/// acknowledged by the operator. It decides nothing about limits (the device layer evaluates
/// them); it keeps what the operator must see until they have seen it.
class AlarmCentre final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmCentre)

public:
    explicit AlarmCentre(QObject *parent = nullptr);
    ~AlarmCentre() override;

    QList<AlarmEntry> alarms() const { return m_alarms; }
    int unacknowledgedCount() const;
    AlarmEntry raise(const QString &source, const QString &sourceId, const QString &message, std::optional<double> value, qint64 tUs,
                     bool stopsPumps);
    /// Marks the active alarms of `sourceId` cleared; whether there was one.
    bool clear(const QString &sourceId);
    /// The entry, when it was not acknowledged before.
    std::optional<AlarmEntry> acknowledge(int alarmId);

Q_SIGNALS:
    void alarmRaised(const PumpStudio::Monitor::AlarmEntry &alarm);
    void alarmsChanged();

private:
    QList<AlarmEntry> m_alarms;
    int m_nextId = 1;
};

} // namespace PumpStudio::Monitor

Q_DECLARE_METATYPE(PumpStudio::Monitor::AlarmEntry)
