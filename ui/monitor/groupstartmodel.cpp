// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "groupstartmodel.h"

#include "services/deviceservice.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

GroupStartModel::GroupStartModel(const Services::DeviceService &devices, Profiles::ProfileLibrary library, QObject *parent)
    : QAbstractTableModel(parent), m_devices(devices), m_library(std::move(library))
{
    reload();
}

bool GroupStartModel::takesPart(const Device::PumpSnapshot &snapshot, const Models::ModelRegistry &models)
{
    const Models::PumpModel *model = models.find(snapshot.config.modelId);
    return snapshot.link == Device::LinkState::Connected && model && model->kind != Models::Kind::PressureSensor;
}

GroupStartModel::Row GroupStartModel::makeRow(const Device::PumpSnapshot &snapshot) const
{
    Row row;
    row.pumpId = snapshot.config.id;
    row.pumpName = snapshot.config.displayName();
    const Models::PumpModel *model = m_devices.models().find(snapshot.config.modelId);
    row.modelName = model ? model->displayName : snapshot.config.modelId;
    row.connected = snapshot.link == Device::LinkState::Connected;
    row.busy = runActive(row.pumpId);
    return row;
}

bool GroupStartModel::runActive(const QString &pumpId) const
{
    using S = Profiles::ProfileRunner::State;
    const auto progress = m_devices.profileProgress(pumpId);
    return progress
           && (progress->state == S::Running || progress->state == S::Paused || progress->state == S::WaitingForOperator
               || progress->state == S::LinkLost);
}

void GroupStartModel::updateRun(const QString &pumpId)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.pumpId == pumpId; });
    if (it == m_rows.end() || it->busy == runActive(pumpId))
        return;
    it->busy = !it->busy;
    const int row = int(std::distance(m_rows.begin(), it));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void GroupStartModel::reload()
{
    beginResetModel();
    m_profileNames.clear();
    QHash<QString, QString> firstForModel;  // a pump starts with the first profile written for its model
    for (const auto &entry : m_library.list()) {
        if (entry.error)
            continue;
        m_profileNames.append(entry.name);
        if (!firstForModel.contains(entry.modelId))
            firstForModel.insert(entry.modelId, entry.name);
    }
    m_rows.clear();
    for (const Device::PumpSnapshot &snapshot : m_devices.pumps()) {
        if (!takesPart(snapshot, m_devices.models()))
            continue;
        Row row = makeRow(snapshot);
        choose(row, firstForModel.value(snapshot.config.modelId));
        m_rows.append(row);
    }
    endResetModel();
}

void GroupStartModel::updatePump(const Device::PumpSnapshot &snapshot)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.pumpId == snapshot.config.id; });
    if (it == m_rows.end()) {
        if (!takesPart(snapshot, m_devices.models()))
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(makeRow(snapshot));
        endInsertRows();
        return;
    }
    // Status replies arrive several times a second: only a change of link or name is news here.
    const bool connected = snapshot.link == Device::LinkState::Connected;
    const QString name = snapshot.config.displayName();
    if (it->connected == connected && it->pumpName == name)
        return;
    it->connected = connected;
    it->pumpName = name;
    if (connected)
        choose(*it, it->profileName);  // checked again: the pump may have been refitted meanwhile
    const int row = int(std::distance(m_rows.begin(), it));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void GroupStartModel::choose(Row &row, const QString &profileName) const
{
    row.profileName = profileName;
    row.check.reset();
    row.problem.clear();
    if (profileName.isEmpty())
        return;
    auto profile = m_library.open(profileName);
    if (!profile) {
        row.problem = profile.error().message;
        return;
    }
    row.check = checkProfileOnPump(m_devices, row.pumpId, std::move(profile).value());
    if (!row.check)
        row.problem = tr("The pump or its model is no longer known.");
}

GroupStartModel::RowStatus GroupStartModel::status(const Row &row) const
{
    if (!row.connected || row.busy || !row.problem.isEmpty())
        return RowStatus::Errors;
    if (!row.check)
        return RowStatus::NoProfile;
    if (row.check->report.hasErrors())
        return RowStatus::Errors;
    return row.check->report.warningCount() > 0 ? RowStatus::Warnings : RowStatus::Ready;
}

QString GroupStartModel::statusText(const Row &row) const
{
    if (!row.connected)
        return tr("Not connected");
    if (row.busy)
        return tr("Running a profile");
    if (!row.problem.isEmpty())
        return tr("Does not load");
    if (!row.check)
        return tr("No profile chosen");
    const auto errors = int(row.check->report.errorCount());
    const auto warnings = int(row.check->report.warningCount());
    if (errors > 0)
        return tr("Errors: %1").arg(errors);
    if (warnings > 0)
        return tr("Warnings: %1").arg(warnings);
    return tr("Fits the pump");
}

QString GroupStartModel::statusDetails(const Row &row) const
{
    if (!row.connected)
        return tr("%1 is not connected.").arg(row.pumpName);
    if (row.busy)
        return tr("%1 is running a profile already; it can join a group once that run has ended.").arg(row.pumpName);
    if (!row.problem.isEmpty())
        return row.problem;
    if (!row.check)
        return tr("Choose a profile for %1.").arg(row.pumpName);
    const QStringList lines = row.check->lines();
    return lines.isEmpty() ? tr("Fits the pump: %1").arg(row.check->report.totals.text()) : lines.join(u'\n');
}

int GroupStartModel::checkedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.checked; }));
}

QString GroupStartModel::blocker() const
{
    if (m_profileNames.isEmpty())
        return tr("The profile library is empty. Write a profile on the Profiles page first.");
    if (m_rows.size() < 2)
        return tr("Running profiles together needs at least two connected pumps.");
    if (checkedCount() < 2)
        return tr("Tick at least two pumps.");
    for (const Row &row : m_rows) {
        if (!row.checked)
            continue;
        switch (status(row)) {
        case RowStatus::NoProfile: return tr("Choose a profile for %1.").arg(row.pumpName);
        case RowStatus::Errors:
            if (!row.connected)
                return tr("%1 is not connected.").arg(row.pumpName);
            if (row.busy)
                return tr("%1 is running a profile already.").arg(row.pumpName);
            return tr("The profile for %1 does not fit it; see its check.").arg(row.pumpName);
        case RowStatus::Ready:
        case RowStatus::Warnings: break;
        }
    }
    return {};
}

bool GroupStartModel::canStart() const
{
    return blocker().isEmpty();
}

QStringList GroupStartModel::checkedWarnings() const
{
    QStringList lines;
    for (const Row &row : m_rows) {
        if (!row.checked || !row.check)
            continue;
        for (const QString &line : row.check->warningLines())
            lines.append(tr("%1: %2").arg(row.pumpName, line));
    }
    return lines;
}

QList<Services::ProfileStart> GroupStartModel::starts() const
{
    QList<Services::ProfileStart> runs;
    for (const Row &row : m_rows) {
        if (row.checked && row.check)
            runs.append({row.pumpId, row.check->profile});
    }
    return runs;
}

int GroupStartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupStartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupStartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == PumpIdRole)
        return row.pumpId;
    if (role == StatusRole)
        return int(status(row));
    switch (index.column()) {
    case Pump:
        if (role == Qt::DisplayRole)
            return row.pumpName;
        if (role == Qt::CheckStateRole)
            return row.checked ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return row.modelName;
        return {};
    case Profile:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.profileName;
        if (role == ProfileNamesRole)
            return m_profileNames;
        if (role == Qt::ToolTipRole)
            return row.problem.isEmpty() ? QVariant() : QVariant(row.problem);
        return {};
    case Check:
        if (role == Qt::DisplayRole)
            return statusText(row);
        if (role == Qt::ToolTipRole)
            return statusDetails(row);
        if (role == Qt::ForegroundRole) {
            switch (status(row)) {
            case RowStatus::Errors: return QBrush(QColor(0xb0, 0x00, 0x20));
            case RowStatus::Warnings: return QBrush(QColor(0x9a, 0x5b, 0x00));
            case RowStatus::Ready: return QBrush(QColor(0x1b, 0x7f, 0x2a));
            case RowStatus::NoProfile: return {};
            }
        }
        return {};
    default: return {};
    }
}

bool GroupStartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == Pump && role == Qt::CheckStateRole) {
        row.checked = value.value<Qt::CheckState>() == Qt::Checked;
    } else if (index.column() == Profile && role == Qt::EditRole) {
        const QString name = value.toString();
        if (!name.isEmpty() && !m_profileNames.contains(name))
            return false;
        if (name == row.profileName && (name.isEmpty() || row.checked))
            return true;
        if (name != row.profileName)
            choose(row, name);
        if (!name.isEmpty())
            row.checked = true;  // picking a profile for a pump, even the one offered, means it takes part
    } else {
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags GroupStartModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Pump)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Profile && !m_profileNames.isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant GroupStartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Pump: return tr("Pump");
    case Profile: return tr("Profile");
    case Check: return tr("Pre-run check");
    default: return {};
    }
}

} // namespace PumpStudio
