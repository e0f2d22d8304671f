// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/catalogloader.h"
#include "catalog/catalogstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace PumpStudio;
using namespace PumpStudio::Catalog;
using namespace Qt::Literals::StringLiterals;

// Issue 12 item 14: a catalog import copied only catalog.json, so pictures given by relative
// paths were lost, and absolute or ../ paths reached anywhere on the disk.
namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray item(const QString &sku, const QString &image)
{
    QByteArray json = "{\"sku\": \"" + sku.toUtf8() + "\", \"name\": {\"en\": \"n\", \"zh\": \"n\"}, "
                      "\"description\": {\"en\": \"d\", \"zh\": \"d\"}, \"category\": \"tubing\", \"applications\": []";
    if (!image.isNull())
        json += ", \"image\": \"" + image.toUtf8() + "\"";
    return json + "}";
}

QByteArray catalog(const QList<QByteArray> &items)
{
    QByteArray json = "{\"format\": 1, \"version\": \"t\", \"manufacturer\": {\"name\": {\"en\": \"M\", \"zh\": \"M\"}}, \"items\": [";
    for (qsizetype i = 0; i < items.size(); ++i)
        json += (i ? ",\n" : "\n") + items.at(i);
    return json + "\n]}";
}

QString imageOf(const Catalog::Catalog &catalog, const QString &sku)
{
    const CatalogItem *found = catalog.find(sku);
    return found ? found->image : QString();
}

} // namespace

class TestCatalogImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesPicturesWithTheCatalog()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"from-distributor"_s);
        writeFile(source + u"/images/a.svg"_s, "<svg>a</svg>");
        writeFile(source + u"/pics/sub/b.png"_s, "png b");
        writeFile(source + u"/c.svg"_s, "<svg>c</svg>");
        writeFile(source + u"/catalog.json"_s,
                  catalog({item(u"A-1"_s, u"images/a.svg"_s), item(u"B-2"_s, u"pics/./sub/../sub/b.png"_s),
                           item(u"C-3"_s, source + u"/c.svg"_s), item(u"D-4"_s, u":/catalog/images/tubing.svg"_s),
                           item(u"E-5"_s, {})}));
        const CatalogStore store(dir.filePath(u"overlay"_s));
        const auto imported = store.importCatalog(source + u"/catalog.json"_s);
        QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().message));
        // The distributor's folder may go away (a USB stick): the copies stay.
        QVERIFY(QDir(source).removeRecursively());

        const auto loaded = store.load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded->replacementCatalog);
        QCOMPARE(readFile(imageOf(loaded->catalog, u"A-1"_s)), QByteArray("<svg>a</svg>"));
        QCOMPARE(readFile(imageOf(loaded->catalog, u"B-2"_s)), QByteArray("png b"));
        QCOMPARE(readFile(imageOf(loaded->catalog, u"C-3"_s)), QByteArray("<svg>c</svg>"));
        QCOMPARE(imageOf(loaded->catalog, u"D-4"_s), u":/catalog/images/tubing.svg"_s);
        QVERIFY(imageOf(loaded->catalog, u"E-5"_s).isEmpty());
        for (const QString &sku : {u"A-1"_s, u"B-2"_s, u"C-3"_s})
            QVERIFY2(imageOf(loaded->catalog, sku).startsWith(dir.filePath(u"overlay/"_s)), qPrintable(imageOf(loaded->catalog, sku)));
    }

    void refusesPicturesOutsideTheFolder_data()
    {
        QTest::addColumn<QString>("image");
        QTest::newRow("parent") << u"../secret.png"_s;
        QTest::newRow("parent inside a path") << u"images/../../secret.png"_s;
        QTest::newRow("absolute elsewhere") << u"/etc/passwd"_s;
        QTest::newRow("sibling folder by absolute path") << u"%1/secret.png"_s;
    }

    void refusesPicturesOutsideTheFolder()
    {
        QFETCH(QString, image);
        QTemporaryDir dir;
        const QString source = dir.filePath(u"cat"_s);
        writeFile(dir.filePath(u"secret.png"_s), "secret");
        writeFile(source + u"/images/ok.svg"_s, "<svg/>");
        writeFile(source + u"/catalog.json"_s,
                  catalog({item(u"A-1"_s, u"images/ok.svg"_s), item(u"B-2"_s, image.contains(u"%1"_s) ? image.arg(dir.path()) : image)}));
        const CatalogStore store(dir.filePath(u"overlay"_s));
        const auto imported = store.importCatalog(source + u"/catalog.json"_s);
        QVERIFY(!imported.ok());
        const QString message = imported.error().message;
        QVERIFY2(message.contains(u"catalog.json"_s) && message.contains(u"B-2"_s) && message.contains(u"image"_s)
                     && message.contains(u"out of the catalog's folder"_s),
                 qPrintable(message));
        QVERIFY(!store.load()->replacementCatalog);  // nothing was kept
    }

    void refusesALinkToAFileOutsideTheFolder()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"cat"_s);
        writeFile(dir.filePath(u"secret.png"_s), "secret");
        QDir().mkpath(source + u"/images"_s);
        QVERIFY(QFile::link(dir.filePath(u"secret.png"_s), source + u"/images/linked.png"_s));
        writeFile(source + u"/catalog.json"_s, catalog({item(u"A-1"_s, u"images/linked.png"_s)}));
        const CatalogStore store(dir.filePath(u"overlay"_s));
        const auto imported = store.importCatalog(source + u"/catalog.json"_s);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(u"outside the catalog's folder"_s), qPrintable(imported.error().message));
        QVERIFY(!store.load()->replacementCatalog);
    }

    void aRefusedImportKeepsTheCatalogAndPicturesBefore()
    {
        QTemporaryDir dir;
        const CatalogStore store(dir.filePath(u"overlay"_s));
        const QString first = dir.filePath(u"first"_s);
        writeFile(first + u"/images/a.svg"_s, "first a");
        writeFile(first + u"/catalog.json"_s, catalog({item(u"A-1"_s, u"images/a.svg"_s)}));
        QVERIFY(store.importCatalog(first + u"/catalog.json"_s).ok());

        const QString second = dir.filePath(u"second"_s);
        writeFile(second + u"/images/a.svg"_s, "second a");
        writeFile(second + u"/catalog.json"_s, catalog({item(u"A-1"_s, u"images/a.svg"_s), item(u"B-2"_s, u"../x.png"_s)}));
        QVERIFY(!store.importCatalog(second + u"/catalog.json"_s).ok());
        auto loaded = store.load();
        QCOMPARE(loaded->catalog.items.size(), std::size_t(1));
        QCOMPARE(readFile(imageOf(loaded->catalog, u"A-1"_s)), QByteArray("first a"));

        // A good second import replaces the pictures too, leaving none of the first behind.
        writeFile(second + u"/catalog.json"_s, catalog({item(u"B-2"_s, u"images/a.svg"_s)}));
        QVERIFY(store.importCatalog(second + u"/catalog.json"_s).ok());
        loaded = store.load();
        QCOMPARE(readFile(imageOf(loaded->catalog, u"B-2"_s)), QByteArray("second a"));
        const QStringList left = QDir(dir.filePath(u"overlay"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QCOMPARE(left, QStringList{u"distributor"_s});
    }

    void keepsAMissingPictureAsTheCategoryPicture()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"cat"_s);
        writeFile(source + u"/catalog.json"_s, catalog({item(u"A-1"_s, u"images/gone.png"_s)}));
        const CatalogStore store(dir.filePath(u"overlay"_s));
        const auto imported = store.importCatalog(source + u"/catalog.json"_s);
        QVERIFY(imported.ok());
        QVERIFY(imageOf(store.load()->catalog, u"A-1"_s).isEmpty());
    }

    void readsOnlyRegularCatalogFiles()
    {
        // A FIFO blocked the window in open(); /dev/zero read until memory ran out.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"catalog.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const CatalogStore store(dir.filePath(u"overlay"_s));
        for (const QString &path : {fifo, u"/dev/zero"_s}) {
            const auto loaded = loadCatalogFile(path);
            QVERIFY(!loaded.ok());
            QVERIFY2(loaded.error().message.contains(path) && loaded.error().message.contains(u"not a regular file"_s),
                     qPrintable(loaded.error().message));
            QVERIFY(!store.importCatalog(path).ok());
        }
        writeFile(dir.filePath(u"huge.json"_s), QByteArray(kMaxCatalogFileBytes + 1, ' '));
        QVERIFY(loadCatalogFile(dir.filePath(u"huge.json"_s)).error().message.contains(u"too large"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
