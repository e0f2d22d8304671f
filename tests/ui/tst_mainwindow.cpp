// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "logpage.h"
#include "mainwindow.h"

#include "core/appsettings.h"
#include "core/logging.h"
#include "services/workbench.h"

#include <QAction>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(u"settings.ini"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Logging::Options options;
        options.console = false;
        options.memoryCapacity = 500;
        Logging::initialize(options);
    }

    void offersEveryWorkArea()
    {
        AppSettings settings(settingsPath());
        Services::Workbench workbench(settings);
        MainWindow window(workbench);
        QCOMPARE(window.pageIds(),
                 (QStringList{u"devices"_s, u"monitor"_s, u"records"_s, u"profiles"_s, u"calibration"_s, u"catalog"_s, u"log"_s}));
    }

    void switchesEveryPageFromTheNavigationBar()
    {
        AppSettings settings(settingsPath());
        Services::Workbench workbench(settings);
        MainWindow window(workbench);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QToolBar *>(u"navigationBar"_s);
        QVERIFY(navigation);
        auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
        QVERIFY(pages);
        QSignalSpy changed(&window, &MainWindow::currentPageChanged);
        const QList<QAction *> actions = navigation->actions();
        QCOMPARE(actions.size(), window.pageIds().size());
        for (qsizetype i = actions.size() - 1; i >= 0; --i) {
            actions.at(i)->trigger();
            const QString id = window.pageIds().at(i);
            QCOMPARE(window.currentPageId(), id);
            QCOMPARE(pages->currentWidget()->objectName(), id + u"Page"_s);
            QVERIFY(pages->currentWidget()->isVisible());
            QVERIFY(actions.at(i)->isChecked());
        }
        QVERIFY(changed.count() >= actions.size() - 1);
    }

    void restoresLastPageAndGeometry()
    {
        QRect geometry;
        {
            AppSettings settings(settingsPath());
            Services::Workbench workbench(settings);
            MainWindow window(workbench);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.showPage(u"calibration"_s);
            geometry = window.geometry();
            window.close();
        }
        AppSettings settings(settingsPath());
        QCOMPARE(settings.lastPage(), u"calibration"_s);
        Services::Workbench workbench(settings);
        MainWindow reopened(workbench);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.currentPageId(), u"calibration"_s);
        QCOMPARE(reopened.size(), geometry.size());
    }

    void ignoresAnUnknownPage()
    {
        AppSettings settings(settingsPath());
        Services::Workbench workbench(settings);
        MainWindow window(workbench);
        window.showPage(u"monitor"_s);
        window.showPage(u"nonsense"_s);
        QCOMPARE(window.currentPageId(), u"monitor"_s);
    }

    void logPageShowsWhatWasLogged()
    {
        AppSettings settings(settingsPath());
        Services::Workbench workbench(settings);
        MainWindow window(workbench);
        window.show();
        window.showPage(u"log"_s);
        auto *page = window.findChild<LogPage *>();
        QVERIFY(page);
        const int before = page->visibleRowCount();
        Logging::get("device")->warn("pump 4 stopped answering");
        QTRY_COMPARE(page->visibleRowCount(), before + 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
