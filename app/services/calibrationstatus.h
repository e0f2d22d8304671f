// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "calibration/calibrationstore.h"
#include "calibration/pumphours.h"
#include "device/pumpsnapshot.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace PumpStudio::Services {

class DeviceService;

/// Where every configured pump stands with its calibration for the head and tubing it has now
/// (CalibrationStore::dueState), kept for the views: the Devices page's column, the Monitor
/// page's panels and the pre-run check read it without touching the database. The history is
/// asked again only when a pump's identity, head or tubing changes, when refresh() is called
/// (a calibration was stored, new tubing was fitted) and every few minutes (another program,
/// pumpctl, may have calibrated; a due date may have passed).
///
/// A calibration with a limit in pump hours also needs the hours the pump ran since, from the
/// run records (Calibration::PumpHoursIndex): they are counted on a thread of its own, which
/// keeps the index, so a later count reads only new or changed records; the state takes the
/// hours when the count comes back (changed()), and the history keeps them for pumpctl
/// (CalibrationStore::setCountedHours). Until the first count is in, such a pump's state is its
/// date's alone. GUI thread.
class CalibrationStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationStatus)

public:
    static constexpr int kRefreshMinutes = 5;

    /// `storePath` empty: the data folder's calibration history (not created here);
    /// `recordsFolder` empty: the data folder's run records.
    explicit CalibrationStatus(DeviceService &devices, QString storePath = {}, QString recordsFolder = {}, QObject *parent = nullptr);
    ~CalibrationStatus() override;

    /// The pump's state; nullopt while it is unknown (the pump has not identified itself).
    std::optional<Calibration::DueState> state(const QString &pumpId) const;
    /// The state of a configured pump with this key, head and tubing (pump hours included where
    /// counted); nullopt when no configured pump has them now.
    std::optional<Calibration::DueState> stateFor(const QString &pumpKey, const QString &headId, const QString &tubingId) const;
    /// Reads every pump's state again and counts pump hours again where they are needed.
    void refresh();
    /// Run records the last count of pump hours skipped because they could not be read.
    int damagedRecords() const { return m_damagedRecords; }

Q_SIGNALS:
    /// A pump's state (or its being known) changed.
    void changed(const QString &pumpId);
    /// A count of pump hours came back (every pump's state has taken it).
    void hoursCounted();

private:
    struct Entry
    {
        QString key;     ///< pump key | head | tubing the state was read for
        Calibration::PumpMatch match;
        std::optional<Calibration::DueState> stored;  ///< as the history says (by the date)
        std::optional<double> hours;                  ///< counted for stored->certificate
        std::optional<Calibration::DueState> state;   ///< stored with the hours
    };
    struct Count
    {
        QString pumpId;
        QString certificate;
        Calibration::PumpMatch match;
        QDateTime sinceUtc;
        double hours = 0;
    };
    void look(const Device::PumpSnapshot &snapshot, bool force);
    void settle(const QString &pumpId, Entry entry);
    static bool needsHours(const Entry &entry);
    void countHours();
    void counted(const QList<Count> &counts, int damaged);
    Calibration::CalibrationStore *store();

    DeviceService &m_devices;
    QString m_storePath;
    QString m_recordsFolder;
    std::unique_ptr<Calibration::CalibrationStore> m_store;
    QHash<QString, Entry> m_entries;
    QTimer *m_timer = nullptr;
    // The count's thread; the index lives there (only its lambdas touch it).
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    std::shared_ptr<Calibration::PumpHoursIndex> m_index;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_counting = false;
    bool m_countAgain = false;
    int m_damagedRecords = 0;
};

} // namespace PumpStudio::Services
