// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogtypes.h"
#include "catalog/pricelist.h"
#include "core/result.h"

namespace PumpStudio::Catalog {

/// Writes a whole file or nothing (QSaveFile): a failed import never leaves half a file behind.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

/// The largest files the store reads besides the catalog (kMaxCatalogFileBytes): a price list, a picture.
inline constexpr qint64 kMaxPriceListBytes = 8 * 1024 * 1024;
inline constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024;

/// What importing a price list would do, made before anything is written.
struct PriceListPreview
{
    QString sourcePath;
    PriceListImport imported;
    PriceListDiff diff;
    QByteArray keptBytes;  ///< the kept list's file when the preview was made (empty: none)

    /// Whether the import may replace the kept list: it has at least one good line.
    bool applicable() const { return !imported.entries.empty(); }
};

/// A catalog file taken in, with what was noticed on the way.
struct CatalogImport
{
    Catalog catalog;
    int images = 0;          ///< product pictures copied along with the file
    QStringList warnings;    ///< e.g. pictures the file names that do not exist (the category picture is shown)
};

/// The bundled catalog plus a distributor's overlays (replacement catalog with its pictures,
/// price list) kept in a data folder.
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

    /// Reads a price list and compares it with the list kept now. Writes nothing. Fails only when
    /// the file cannot be read; a list whose every line is bad previews as not applicable().
    Result<PriceListPreview> previewPriceList(const QString &csvPath) const;
    /// Keeps the previewed list's good lines as the price list, the list it replaces as the
    /// backup that undoPriceImport() restores. Changes nothing and fails when the preview is not
    /// applicable or the kept list changed since the preview (another window imported meanwhile).
    Result<void> applyPriceList(const PriceListPreview &preview) const;
    /// Whether a backup from the last import is there to go back to.
    bool canUndoPriceImport() const;
    /// Puts back the list the last import replaced (none, if there was none) and drops the backup.
    Result<void> undoPriceImport() const;

    /// Checks a catalog file and, if valid, keeps it with its product pictures as the replacement
    /// catalog. Pictures are paths relative to the file's folder (or absolute paths inside it);
    /// one that leads out of the folder (../, an absolute path elsewhere, a link) refuses the
    /// file. Nothing is changed unless everything was copied.
    Result<CatalogImport> importCatalog(const QString &path) const;
    /// Removes both overlays: back to the bundled catalog and prices.
    Result<void> resetOverlays() const;

    /// The replacement catalog's folder (its catalog.json and pictures).
    QString replacementDir() const;
    QString replacementPath() const;
    QString priceOverlayPath() const;
    QString priceBackupPath() const;

private:
    Result<Catalog> baseCatalog(QStringList *warnings) const;
    QString effectiveReplacementPath() const;

    QString m_overlayDir;
    QString m_bundledPath;
};

} // namespace PumpStudio::Catalog
