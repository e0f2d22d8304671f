// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogtypes.h"
#include "catalog/pricelist.h"
#include "core/result.h"

namespace PumpStudio::Catalog {

/// Writes a whole file or nothing (QSaveFile): a failed import never leaves half a file behind.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

/// The bundled catalog plus a distributor's overlays (replacement catalog, price list) kept in a
/// data folder.
class CatalogStore final
{
public:
    /// `overlayDir` holds the distributor's files (normally Paths::dataSubdir("catalog")).
    explicit CatalogStore(QString overlayDir, QString bundledPath = QStringLiteral(":/catalog/catalog.json"));

    struct Loaded
    {
        Catalog catalog;
        bool replacementCatalog = false;  ///< a distributor's catalog file replaced the bundled one
        int pricedItems = 0;              ///< items whose price the overlay set
        QStringList warnings;             ///< overlays that could not be used (the bundled data was)
    };

    /// The effective catalog: a valid replacement over the bundled file, then the price overlay.
    Result<Loaded> load() const;
    /// Checks a price list against the current catalog and keeps its good lines as the new overlay.
    /// Fails, keeping the old overlay, when the file cannot be read or has no good line.
    Result<PriceListImport> importPriceList(const QString &csvPath) const;
    /// Checks a whole catalog file and, if valid, keeps it as the replacement catalog.
    Result<Catalog> importCatalog(const QString &path) const;
    /// Removes both overlays: back to the bundled catalog and prices.
    Result<void> resetOverlays() const;

    QString replacementPath() const;
    QString priceOverlayPath() const;

private:
    Result<Catalog> baseCatalog(QStringList *warnings) const;

    QString m_overlayDir;
    QString m_bundledPath;
};

} // namespace PumpStudio::Catalog
