// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "services/deviceservice.h"
#include "monitor/pumpprofilecheck.h"
#include "profiles/profilelibrary.h"

#include <QAbstractTableModel>

#include <optional>

namespace PumpStudio::Services {
class DeviceService;
}

namespace PumpStudio {

/// The rows of "Run profiles together": each connected pump, whether it takes part, the profile
/// chosen for it from the library and that profile's pre-run check on the pump as fitted.
class GroupStartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupStartModel)

public:
    enum Column { Pump, Profile, Check, ColumnCount };
    enum class RowStatus { NoProfile, Ready, Warnings, Errors };
    Q_ENUM(RowStatus)
    static constexpr int PumpIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;       ///< RowStatus as int
    static constexpr int ProfileNamesRole = Qt::UserRole + 3; ///< the names to choose from (Profile column)

    GroupStartModel(const Services::DeviceService &devices, Profiles::ProfileLibrary library, QObject *parent = nullptr);

    /// Reads the library and lists the connected pumps again (nothing checked).
    void reload();
    /// A pump's link changed: a pump that connects is added, one that drops out is marked.
    void updatePump(const Device::PumpSnapshot &snapshot);
    /// A pump's profile run changed state: a pump busy with a run cannot join a group.
    void updateRun(const QString &pumpId);
    QStringList profileNames() const { return m_profileNames; }

    int checkedCount() const;
    /// At least two pumps checked, each with a profile that loads and fits it, all connected.
    bool canStart() const;
    /// Why canStart() is false, in a sentence; empty when it is true.
    QString blocker() const;
    /// The warnings of the checked rows, each line led by its pump's name.
    QStringList checkedWarnings() const;
    /// The checked rows' profiles, each with its pump's calibration applied.
    QList<Services::ProfileStart> starts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString pumpId;
        QString pumpName;
        QString modelName;
        bool connected = true;
        bool busy = false;  ///< a profile is running (or paused) on the pump
        bool checked = false;
        QString profileName;
        std::optional<PumpProfileCheck> check;
        QString problem;  ///< the profile did not load, or the pump is unknown
    };

    static bool takesPart(const Device::PumpSnapshot &snapshot, const Models::ModelRegistry &models);
    bool runActive(const QString &pumpId) const;
    Row makeRow(const Device::PumpSnapshot &snapshot) const;
    void choose(Row &row, const QString &profileName) const;
    RowStatus status(const Row &row) const;
    QString statusText(const Row &row) const;
    QString statusDetails(const Row &row) const;

    const Services::DeviceService &m_devices;
    Profiles::ProfileLibrary m_library;
    QStringList m_profileNames;
    QList<Row> m_rows;
};

} // namespace PumpStudio
