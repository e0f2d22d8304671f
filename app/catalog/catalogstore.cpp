// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/catalogstore.h"

#include "catalog/catalogloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)
};
} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

CatalogStore::CatalogStore(QString overlayDir, QString bundledPath)
    : m_overlayDir(std::move(overlayDir)), m_bundledPath(std::move(bundledPath))
{
}

QString CatalogStore::replacementPath() const { return QDir(m_overlayDir).filePath(u"catalog.json"_s); }

QString CatalogStore::priceOverlayPath() const { return QDir(m_overlayDir).filePath(u"prices.json"_s); }

Result<Catalog> CatalogStore::baseCatalog(QStringList *warnings) const
{
    if (QFile::exists(replacementPath())) {
        auto replacement = loadCatalogFile(replacementPath());
        if (replacement)
            return replacement;
        // A broken replacement must not leave the user without a catalog.
        if (warnings)
            warnings->append(Tr::tr("The distributor catalog was not used: %1").arg(replacement.error().message));
    }
    return loadCatalogFile(m_bundledPath);
}

Result<CatalogStore::Loaded> CatalogStore::load() const
{
    Loaded loaded;
    auto base = baseCatalog(&loaded.warnings);
    if (!base)
        return base.error();
    loaded.catalog = std::move(base).value();
    loaded.replacementCatalog = loaded.warnings.isEmpty() && QFile::exists(replacementPath());
    QFile overlay(priceOverlayPath());
    if (overlay.exists()) {
        if (!overlay.open(QIODevice::ReadOnly)) {
            loaded.warnings.append(Tr::tr("Cannot read %1: %2").arg(overlay.fileName(), overlay.errorString()));
        } else if (auto entries = parsePriceOverlay(overlay.readAll(), overlay.fileName())) {
            loaded.pricedItems = applyPriceOverlay(loaded.catalog, *entries);
        } else {
            loaded.warnings.append(entries.error().message);
        }
    }
    return loaded;
}

Result<PriceListImport> CatalogStore::importPriceList(const QString &csvPath) const
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("Cannot read %1: %2").arg(csvPath, file.errorString()));
    const auto base = baseCatalog(nullptr);
    if (!base)
        return base.error();
    PriceListImport imported = parsePriceList(file.readAll(), *base);
    if (imported.entries.empty()) {
        return makeError(Error::Code::BadFile,
                         Tr::tr("%1 has no usable price line (%n line(s) rejected); the previous prices are kept.", nullptr,
                            static_cast<int>(imported.errors.size()))
                             .arg(QFileInfo(csvPath).fileName()));
    }
    if (auto written = writeFileAtomically(priceOverlayPath(), serializePriceOverlay(imported.entries)); !written)
        return written.error();
    return imported;
}

Result<Catalog> CatalogStore::importCatalog(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const QFileInfo info(path);
    auto catalog = parseCatalog(bytes, info.fileName(), info.absolutePath());
    if (!catalog)
        return catalog;
    if (auto written = writeFileAtomically(replacementPath(), bytes); !written)
        return written.error();
    return catalog;
}

Result<void> CatalogStore::resetOverlays() const
{
    for (const QString &path : {replacementPath(), priceOverlayPath()}) {
        if (QFile::exists(path) && !QFile::remove(path))
            return makeError(Error::Code::Io, Tr::tr("Cannot remove %1").arg(path));
    }
    return {};
}

} // namespace PumpStudio::Catalog
