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

    /// Reads the file; a missing file is an empty history. A malformed one is renamed aside
    /// (orders.damaged-<time>.json, named in the error) and the history starts empty.
    Result<void> load();
    /// Adds an entry in front and writes the whole file atomically; refuses to write over a file
    /// that load() could not read.
    Result<void> append(SentOrder order);
    const std::vector<SentOrder> &entries() const { return m_entries; }

private:
    QString m_path;
    std::vector<SentOrder> m_entries;
    bool m_writable = true;  ///< false after a load() that could not read the file
};

} // namespace PumpStudio::Catalog
