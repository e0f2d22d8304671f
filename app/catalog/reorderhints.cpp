// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/reorderhints.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog {

std::vector<ReorderHint> reorderHints(const std::vector<PumpUsage> &usage, const Catalog &catalog)
{
    std::vector<ReorderHint> hints;
    for (const CatalogItem &item : catalog.items) {
        if (!item.serviceLifeHours)
            continue;  // only wearing parts carry a life
        const bool isTubing = item.category == u"tubing"_s;
        const bool isHead = item.category == u"peristaltic-pump-head"_s || item.category == u"pump-head"_s;
        if (!isTubing && !isHead)
            continue;
        for (const PumpUsage &pump : usage) {
            const QString &part = isTubing ? pump.tubingId : pump.headId;
            if (part.isEmpty())
                continue;
            const QStringList &ids = isTubing ? item.compatibleTubing : item.compatibleHeads;
            if (!ids.contains(part))
                continue;
            const double hours = isTubing ? pump.hours : pump.headHours.value_or(pump.hours);
            const double life = *item.serviceLifeHours;
            if (hours < life * kDueSoonFraction)
                continue;
            hints.push_back({item.sku, pump.modelId, part, hours, life,
                             hours >= life ? ReorderHint::Severity::Overdue : ReorderHint::Severity::DueSoon});
        }
    }
    std::stable_sort(hints.begin(), hints.end(), [](const ReorderHint &a, const ReorderHint &b) {
        return a.sku != b.sku ? a.sku < b.sku : a.modelId < b.modelId;
    });
    return hints;
}

std::optional<ReorderHint> hintFor(const std::vector<ReorderHint> &hints, const QString &sku)
{
    std::optional<ReorderHint> best;
    for (const ReorderHint &hint : hints) {
        if (hint.sku != sku)
            continue;
        if (!best || hint.severity > best->severity
            || (hint.severity == best->severity && hint.hours / hint.lifeHours > best->hours / best->lifeHours))
            best = hint;
    }
    return best;
}

} // namespace PumpStudio::Catalog
