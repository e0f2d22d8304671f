// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The layer picture in docs/architecture.md is the one CMake builds: every arrow of the picture
// is a dependency a layer library links, and every dependency is drawn. And every include in a
// layer's sources names its own folder or one it may use, so the picture is also what the code does.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Edges = QSet<std::pair<QString, QString>>;

/// "name:dep,dep" lines, as app/CMakeLists.txt writes them at configure time.
Edges cmakeEdges(QStringList *layers)
{
    Edges edges;
    QFile f(QStringLiteral(PUMPSTUDIO_LAYERS_FILE));
    if (!f.open(QIODevice::ReadOnly))
        return edges;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const QString name = line.section(u':', 0, 0);
        layers->append(name);
        for (const QString &dep : line.section(u':', 1).split(u',', Qt::SkipEmptyParts))
            edges.insert({name, dep});
    }
    return edges;
}

/// The arrows of the mermaid picture, leaving out the ui library (not a layer of app/).
Edges documentedEdges()
{
    Edges edges;
    QFile f(QStringLiteral(PUMPSTUDIO_SOURCE_DIR "/docs/architecture.md"));
    if (!f.open(QIODevice::ReadOnly))
        return edges;
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype start = text.indexOf(u"```mermaid"_s);
    const qsizetype end = text.indexOf(u"```"_s, start + 10);
    static const QRegularExpression arrow(u"^\\s*(\\w+)\\s*-->\\s*(\\w+)\\s*$"_s, QRegularExpression::MultilineOption);
    auto it = arrow.globalMatch(text.mid(start, end - start));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1) != u"ui"_s)
            edges.insert({m.captured(1), m.captured(2)});
    }
    return edges;
}

QString listed(const Edges &edges)
{
    QStringList out;
    for (const auto &[from, to] : edges)
        out.append(from + u" -> "_s + to);
    out.sort();
    return out.join(u", "_s);
}

} // namespace

class TestLayers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePictureIsWhatCMakeBuilds()
    {
        QStringList layers;
        const Edges built = cmakeEdges(&layers);
        QVERIFY2(!built.isEmpty(), "no layers.txt from the configure step");
        const Edges drawn = documentedEdges();
        QVERIFY2(!drawn.isEmpty(), "no mermaid picture in docs/architecture.md");
        QVERIFY2((built - drawn).isEmpty(), qPrintable(u"built but not drawn: "_s + listed(built - drawn)));
        QVERIFY2((drawn - built).isEmpty(), qPrintable(u"drawn but not built: "_s + listed(drawn - built)));
    }

    void everyIncludeNamesALayerItMayUse()
    {
        QStringList layers;
        const Edges built = cmakeEdges(&layers);
        // What each layer may reach: itself and everything below it, through its dependencies.
        QHash<QString, QSet<QString>> reach;
        std::function<QSet<QString>(const QString &)> below = [&](const QString &layer) {
            if (reach.contains(layer))
                return reach.value(layer);
            QSet<QString> out{layer};
            for (const auto &[from, to] : built) {
                if (from == layer)
                    out.unite(below(to));
            }
            reach.insert(layer, out);
            return out;
        };
        // An include of "folder/file.h"; moc reads this file too, so no raw string here.
        static const QRegularExpression include(u"^\\s*#\\s*include\\s+\"(\\w+)/"_s, QRegularExpression::MultilineOption);
        QStringList wrong;
        for (const QString &layer : std::as_const(layers)) {
            const QSet<QString> allowed = below(layer);
            QDirIterator files(QStringLiteral(PUMPSTUDIO_SOURCE_DIR "/app/") + layer, {u"*.h"_s, u"*.cpp"_s}, QDir::Files);
            while (files.hasNext()) {
                QFile f(files.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                auto it = include.globalMatch(QString::fromUtf8(f.readAll()));
                while (it.hasNext()) {
                    const QString folder = it.next().captured(1);
                    if (layers.contains(folder) && !allowed.contains(folder))
                        wrong.append(u"%1 includes %2/"_s.arg(f.fileName().section(u"/app/"_s, 1), folder));
                }
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
