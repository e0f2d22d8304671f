// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/catalogstore.h"

#include "catalog/catalogloader.h"
#include "core/filereading.h"
#include "core/messagetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)
};

// All pictures of one catalog together: enough for a few thousand photos.
constexpr qint64 kMaxImagesBytes = 512LL * 1024 * 1024;

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

Result<QByteArray> readIfExists(const QString &path, qint64 maxBytes, const QString &what)
{
    if (!QFileInfo::exists(path))
        return QByteArray();
    return readFileLimited(path, maxBytes, what);
}

bool isInside(const QString &dir, const QString &path)
{
    const QString prefix = dir.endsWith(u'/') ? dir : dir + u'/';
    return path.startsWith(prefix) && path.size() > prefix.size();
}

} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(shown(path), file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(shown(path), file.errorString()));
    return {};
}

CatalogStore::CatalogStore(QString overlayDir, QString bundledPath)
    : m_overlayDir(std::move(overlayDir)), m_bundledPath(std::move(bundledPath))
{
}

QString CatalogStore::replacementDir() const { return QDir(m_overlayDir).filePath(u"distributor"_s); }

QString CatalogStore::replacementPath() const { return QDir(replacementDir()).filePath(u"catalog.json"_s); }

QString CatalogStore::priceOverlayPath() const { return QDir(m_overlayDir).filePath(u"prices.json"_s); }

QString CatalogStore::priceBackupPath() const { return QDir(m_overlayDir).filePath(u"prices.previous.json"_s); }

// Versions before the pictures were copied kept the file alone next to the price list.
QString CatalogStore::effectiveReplacementPath() const
{
    if (QFileInfo::exists(replacementPath()))
        return replacementPath();
    const QString legacy = QDir(m_overlayDir).filePath(u"catalog.json"_s);
    return QFileInfo::exists(legacy) ? legacy : QString();
}

Result<Catalog> CatalogStore::baseCatalog(QStringList *warnings) const
{
    if (const QString path = effectiveReplacementPath(); !path.isEmpty()) {
        auto replacement = loadCatalogFile(path);
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
    loaded.replacementCatalog = loaded.warnings.isEmpty() && !effectiveReplacementPath().isEmpty();
    auto overlay = readIfExists(priceOverlayPath(), kMaxPriceListBytes, Tr::tr("a price list"));
    if (!overlay) {
        loaded.warnings.append(overlay.error().message);
    } else if (!overlay->isEmpty()) {
        if (auto entries = parsePriceOverlay(*overlay, shown(priceOverlayPath())))
            loaded.pricedItems = applyPriceOverlay(loaded.catalog, *entries);
        else
            loaded.warnings.append(entries.error().message);
    }
    return loaded;
}

Result<PriceListPreview> CatalogStore::previewPriceList(const QString &csvPath) const
{
    auto csv = readFileLimited(csvPath, kMaxPriceListBytes, Tr::tr("a price list"));
    if (!csv)
        return csv.error();
    const auto base = baseCatalog(nullptr);
    if (!base)
        return base.error();
    auto kept = readIfExists(priceOverlayPath(), kMaxPriceListBytes, Tr::tr("a price list"));
    if (!kept)
        return kept.error();
    PriceListPreview preview;
    preview.sourcePath = csvPath;
    preview.keptBytes = *kept;
    preview.imported = parsePriceList(*csv, *base);
    // A kept list that no longer reads compares as empty; its bytes are still what the backup keeps.
    const auto keptEntries = kept->isEmpty() ? std::vector<PriceEntry>()
                                             : parsePriceOverlay(*kept, priceOverlayPath()).valueOr({});
    preview.diff = diffPriceLists(keptEntries, preview.imported);
    return preview;
}

Result<void> CatalogStore::applyPriceList(const PriceListPreview &preview) const
{
    if (!preview.applicable()) {
        return makeError(Error::Code::BadFile,
                         Tr::tr("%1 has no usable price line (%n line(s) rejected); the previous prices are kept.", nullptr,
                                static_cast<int>(preview.imported.errors.size()))
                             .arg(QFileInfo(preview.sourcePath).fileName()));
    }
    auto kept = readIfExists(priceOverlayPath(), kMaxPriceListBytes, Tr::tr("a price list"));
    if (!kept)
        return kept.error();
    if (*kept != preview.keptBytes) {
        return makeError(Error::Code::Cancelled,
                         Tr::tr("The price list changed since this import was previewed (another window?); nothing was "
                                "replaced. Import the file again."));
    }
    // The backup first: if the second write fails, the kept list is still the list.
    const QByteArray backup = kept->isEmpty() ? serializePriceOverlay({}) : *kept;
    if (auto written = writeFileAtomically(priceBackupPath(), backup); !written)
        return written.error();
    return writeFileAtomically(priceOverlayPath(), serializePriceOverlay(preview.imported.entries));
}

bool CatalogStore::canUndoPriceImport() const { return QFileInfo(priceBackupPath()).isFile(); }

Result<void> CatalogStore::undoPriceImport() const
{
    if (!canUndoPriceImport())
        return makeError(Error::Code::InvalidArgument, Tr::tr("There is no price list import to undo."));
    auto backup = readFileLimited(priceBackupPath(), kMaxPriceListBytes, Tr::tr("a price list"));
    if (!backup)
        return backup.error();
    const auto entries = parsePriceOverlay(*backup, priceBackupPath());
    if (entries && entries->empty()) {
        // There was no list before the import.
        if (QFile::exists(priceOverlayPath()) && !QFile::remove(priceOverlayPath()))
            return makeError(Error::Code::Io, Tr::tr("Cannot remove %1").arg(shown(priceOverlayPath())));
    } else if (auto written = writeFileAtomically(priceOverlayPath(), *backup); !written) {
        return written.error();
    }
    if (!QFile::remove(priceBackupPath()))
        return makeError(Error::Code::Io, Tr::tr("Cannot remove %1").arg(shown(priceBackupPath())));
    return {};
}

Result<CatalogImport> CatalogStore::importCatalog(const QString &path) const
{
    auto bytes = readFileLimited(path, kMaxCatalogFileBytes, Tr::tr("a catalog file"));
    if (!bytes)
        return bytes.error();
    const QFileInfo info(path);
    const QString sourceDir = QDir::cleanPath(info.absolutePath());
    auto parsed = parseCatalog(*bytes, info.fileName(), sourceDir);
    if (!parsed)
        return parsed.error();
    CatalogImport result;
    result.catalog = std::move(parsed).value();

    // Each picture: where it is (inside the folder, links resolved), and where the copy goes.
    const QString realSource = QFileInfo(sourceDir).canonicalFilePath();
    QHash<QString, QString> copies;  // relative path in the kept folder -> real source file
    QStringList missing;
    qint64 total = 0;
    for (std::size_t i = 0; i < result.catalog.items.size(); ++i) {
        CatalogItem &item = result.catalog.items.at(i);
        if (item.image.isEmpty() || item.image.startsWith(u':'))
            continue;
        // parseCatalog kept it inside the folder
        const QString relative = item.image.mid(sourceDir.size() + (sourceDir.endsWith(u'/') ? 0 : 1));
        const QFileInfo image(item.image);
        if (!image.exists()) {
            missing << relative;
            item.image.clear();
            continue;
        }
        const QString real = image.canonicalFilePath();
        const auto refuse = [&](const QString &problem) {
            return makeError(Error::Code::BadFile, u"%1: item %2 (%3): image: %4"_s.arg(info.fileName()).arg(i + 1).arg(item.sku, problem));
        };
        if (!isInside(realSource, real))
            return refuse(Tr::tr("\"%1\" is a link to a file outside the catalog's folder").arg(messageExcerpt(relative)));
        if (!image.isFile())
            return refuse(Tr::tr("\"%1\" is not a regular file").arg(messageExcerpt(relative)));
        if (image.size() > kMaxImageBytes)
            return refuse(Tr::tr("\"%1\" is larger than %2").arg(messageExcerpt(relative), QLocale().formattedDataSize(kMaxImageBytes)));
        if (!copies.contains(relative)) {
            total += image.size();
            if (total > kMaxImagesBytes)
                return refuse(Tr::tr("the pictures together are larger than %1").arg(QLocale().formattedDataSize(kMaxImagesBytes)));
            copies.insert(relative, real);
        }
        item.image = relative;
    }

    // Build the new folder beside the old one, then swap: a failure on the way changes nothing.
    if (!QDir().mkpath(m_overlayDir))
        return makeError(Error::Code::Io, Tr::tr("Cannot create %1").arg(shown(m_overlayDir)));
    QTemporaryDir staging(QDir(m_overlayDir).filePath(u"distributor-import-XXXXXX"_s));
    if (!staging.isValid())
        return makeError(Error::Code::Io, Tr::tr("Cannot write in %1: %2").arg(shown(m_overlayDir), staging.errorString()));
    for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
        auto picture = readFileLimited(it.value(), kMaxImageBytes, Tr::tr("a picture"));
        if (!picture)
            return picture.error();
        if (auto written = writeFileAtomically(QDir(staging.path()).filePath(it.key()), *picture); !written)
            return written.error();
    }
    // The kept file names every picture by its path inside the kept folder, so absolute paths
    // (inside the imported folder) are rewritten; a file that needs no rewriting is kept as it came.
    QByteArray kept = *bytes;
    QJsonObject root = QJsonDocument::fromJson(*bytes).object();
    QJsonArray items = root.value(u"items"_s).toArray();
    bool rewritten = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject object = items.at(i).toObject();
        const QString wanted = result.catalog.items.at(static_cast<std::size_t>(i)).image;
        const QString given = object.value(u"image"_s).toString();
        if (object.contains(u"image"_s) && given != wanted && !given.startsWith(u':')) {
            if (wanted.isEmpty())
                object.remove(u"image"_s);  // a missing picture: the category picture is shown
            else
                object.insert(u"image"_s, wanted);
            items.replace(i, object);
            rewritten = true;
        }
    }
    if (rewritten) {
        root.insert(u"items"_s, items);
        kept = QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    const QString stagedCatalog = QDir(staging.path()).filePath(u"catalog.json"_s);
    if (auto written = writeFileAtomically(stagedCatalog, kept); !written)
        return written.error();
    auto check = loadCatalogFile(stagedCatalog);
    if (!check)
        return check.error();

    const QString target = replacementDir();
    QString old;
    if (QFileInfo::exists(target)) {
        old = target + u".old-"_s + QFileInfo(staging.path()).fileName().section(u'-', -1);
        if (!QDir().rename(target, old))
            return makeError(Error::Code::Io, Tr::tr("Cannot replace %1").arg(shown(target)));
    }
    if (!QDir().rename(staging.path(), target)) {
        if (!old.isEmpty())
            QDir().rename(old, target);
        return makeError(Error::Code::Io, Tr::tr("Cannot replace %1").arg(shown(target)));
    }
    staging.setAutoRemove(false);
    if (!old.isEmpty())
        QDir(old).removeRecursively();
    QFile::remove(QDir(m_overlayDir).filePath(u"catalog.json"_s));  // the legacy copy, superseded

    // The catalog as it will be loaded, pictures in the kept folder.
    result.catalog = std::move(check).value();
    result.images = static_cast<int>(copies.size());
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &name : std::as_const(missing).mid(0, 5))
            names << messageExcerpt(name);
        result.warnings << Tr::tr("%n picture(s) named in the file do not exist, so the category picture is shown: %1",
                                  nullptr, static_cast<int>(missing.size()))
                               .arg(names.join(u", "_s) + (missing.size() > 5 ? u", …"_s : QString()));
    }
    return result;
}

Result<void> CatalogStore::resetOverlays() const
{
    for (const QString &path : {QDir(m_overlayDir).filePath(u"catalog.json"_s), priceOverlayPath(), priceBackupPath()}) {
        if (QFile::exists(path) && !QFile::remove(path))
            return makeError(Error::Code::Io, Tr::tr("Cannot remove %1").arg(shown(path)));
    }
    if (QFileInfo::exists(replacementDir()) && !QDir(replacementDir()).removeRecursively())
        return makeError(Error::Code::Io, Tr::tr("Cannot remove %1").arg(shown(replacementDir())));
    return {};
}

} // namespace PumpStudio::Catalog
