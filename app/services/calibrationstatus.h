// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "calibration/calibrationstore.h"
#include "device/pumpsnapshot.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace PumpStudio::Services {

class DeviceService;

/// Where every configured pump stands with its calibration for the head and tubing it has now
/// (CalibrationStore::dueState), kept for the views: the Devices page's column, the Monitor
/// page's panels and the pre-run check read it without touching the database. The history is
/// asked again only when a pump's identity, head or tubing changes, when refresh() is called
/// (a calibration was stored, new tubing was fitted) and every few minutes (another program,
/// pumpctl, may have calibrated; a due date may have passed). GUI thread.
class CalibrationStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationStatus)

public:
    static constexpr int kRefreshMinutes = 5;

    /// `storePath` empty: the data folder's calibration history (not created here).
    explicit CalibrationStatus(DeviceService &devices, QString storePath = {}, QObject *parent = nullptr);
    ~CalibrationStatus() override;

    /// The pump's state; nullopt while it is unknown (the pump has not identified itself).
    std::optional<Calibration::DueState> state(const QString &pumpId) const;
    /// Reads every pump's state again.
    void refresh();

Q_SIGNALS:
    /// A pump's state (or its being known) changed.
    void changed(const QString &pumpId);

private:
    struct Entry
    {
        QString key;     ///< pump key | head | tubing the state was read for
        std::optional<Calibration::DueState> state;
    };
    void look(const Device::PumpSnapshot &snapshot, bool force);
    Calibration::CalibrationStore *store();

    DeviceService &m_devices;
    QString m_storePath;
    std::unique_ptr<Calibration::CalibrationStore> m_store;
    QHash<QString, Entry> m_entries;
    QTimer *m_timer = nullptr;
};

} // namespace PumpStudio::Services
