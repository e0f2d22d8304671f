// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogtypes.h"

#include <optional>
#include <vector>

namespace PumpStudio::Catalog {

/// Pump hours of one pump's wearing parts. Today entered by the user; later summed from run records.
struct PumpUsage
{
    QString modelId;
    QString headId;
    QString tubingId;
    double hours = 0.0;                 ///< hours on the tubing now mounted (reset when replaced)
    std::optional<double> headHours;    ///< hours on the head; empty: the same as `hours`
};

/// A suggestion to reorder a catalog item because a pump has used up (or nearly) its service life.
struct ReorderHint
{
    enum class Severity { DueSoon, Overdue };

    QString sku;
    QString modelId;
    QString partId;                     ///< the head or tubing id that wore
    double hours = 0.0;
    double lifeHours = 0.0;
    Severity severity = Severity::DueSoon;
};

/// Share of the service life after which a part is "due soon": time to order before the pump stops.
inline constexpr double kDueSoonFraction = 0.8;

/// Pure: for each pump, the tubing items of its tubing size and the head items of its head whose
/// service life is at least kDueSoonFraction used. Sorted by SKU, then pump; one hint per (SKU, pump).
std::vector<ReorderHint> reorderHints(const std::vector<PumpUsage> &usage, const Catalog &catalog);
/// The most severe hint for a SKU, if any.
std::optional<ReorderHint> hintFor(const std::vector<ReorderHint> &hints, const QString &sku);

} // namespace PumpStudio::Catalog
