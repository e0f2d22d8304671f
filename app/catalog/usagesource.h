// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogfilter.h"
#include "catalog/reorderhints.h"

#include <QObject>

#include <vector>

namespace PumpStudio {
class AppSettings;
}

namespace PumpStudio::Catalog {

/// The pumps on the bench and their hours, as the catalog page sees them. For now the user lists
/// them (kept in settings, key "catalog/pumps") and enters hours; once run records exist the hours
/// come from them and the list from the configured and connected pumps.
class UsageSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageSource)

public:
    explicit UsageSource(AppSettings &settings, QObject *parent = nullptr);

    const std::vector<PumpUsage> &usage() const { return m_usage; }
    /// Replaces the list and saves it.
    void setUsage(std::vector<PumpUsage> usage);
    /// New tubing fitted on pump `index`: its tubing hours start again at 0.
    void resetTubing(std::size_t index);
    /// New head fitted on pump `index`.
    void resetHead(std::size_t index);
    /// The pumps configured on the Devices page (models, heads, tubing; no hours): they count for
    /// "fits my pumps" beside the list kept here. Not saved: the Devices page keeps them.
    void setConfiguredPumps(std::vector<PumpUsage> pumps);
    /// Models, heads and tubing of the listed and the configured pumps, for "fits my pumps".
    PumpFit fit() const;

Q_SIGNALS:
    void usageChanged();

private:
    void save();

    AppSettings &m_settings;
    std::vector<PumpUsage> m_usage;
    std::vector<PumpUsage> m_configured;
};

} // namespace PumpStudio::Catalog
