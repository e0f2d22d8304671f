// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/appsettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

class TestAppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void givesDefaultsForAFreshFile()
    {
        QTemporaryDir dir;
        const AppSettings settings(dir.filePath(u"fresh.ini"_s));
        QCOMPARE(settings.logLevel(), LogLevel::Info);
        QVERIFY(settings.language().isEmpty());
        QVERIFY(settings.lastPage().isEmpty());
        QVERIFY(settings.mainWindowGeometry().isEmpty());
    }

    void roundTripsEveryValueThroughTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        const QByteArray geometry("\x01\x02\x00\xff", 4);
        {
            AppSettings settings(path);
            settings.setLogLevel(LogLevel::Debug);
            settings.setLanguage(u"zh_CN"_s);
            settings.setOperatorName(u"李工"_s);
            settings.setLastPage(u"catalog"_s);
            settings.setMainWindowGeometry(geometry);
            settings.setMainWindowState(QByteArray("state"));
            settings.setValue(u"catalog/cart"_s, QStringList{u"A"_s, u"B"_s});
            settings.sync();
        }
        const AppSettings reread(path);
        QCOMPARE(reread.logLevel(), LogLevel::Debug);
        QCOMPARE(reread.language(), u"zh_CN"_s);
        QCOMPARE(reread.operatorName(), u"李工"_s);
        QCOMPARE(reread.lastPage(), u"catalog"_s);
        QCOMPARE(reread.mainWindowGeometry(), geometry);
        QCOMPARE(reread.mainWindowState(), QByteArray("state"));
        QCOMPARE(reread.value(u"catalog/cart"_s).toStringList(), (QStringList{u"A"_s, u"B"_s}));
    }

    void fallsBackToInfoForAnUnknownStoredLevel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.ini"_s);
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(u"logging/level"_s, u"chatty"_s);
        }
        QCOMPARE(AppSettings(path).logLevel(), LogLevel::Info);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
