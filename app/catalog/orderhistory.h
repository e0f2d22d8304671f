// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/cart.h"
#include "core/result.h"

#include <QDateTime>

#include <vector>

namespace PumpStudio::Catalog {

/// An order request that was sent or exported.
struct SentOrder
{
    QString reference;
    QDateTime sentAt;
    QString recipient;
    QString how;          ///< "mail", "pdf" or "csv"
    QString totals;       ///< totals as shown when it was sent
    std::vector<CartLine> lines;
};

/// The list of sent order requests, newest first, kept as a JSON file in the data folder.
class OrderHistory final
{
public:
    explicit OrderHistory(QString path);

    /// Reads the file; a missing file is an empty history, a malformed one an error.
    Result<void> load();
    /// Adds an entry in front and writes the whole file atomically.
    Result<void> append(SentOrder order);
    const std::vector<SentOrder> &entries() const { return m_entries; }

private:
    QString m_path;
    std::vector<SentOrder> m_entries;
};

} // namespace PumpStudio::Catalog
