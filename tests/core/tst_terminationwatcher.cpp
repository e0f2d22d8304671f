// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/terminationwatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace PumpStudio;

class TestTerminationWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turnsSigtermIntoSignal()
    {
        TerminationWatcher watcher;
        QVERIFY(watcher.isActive());
        QSignalSpy requested(&watcher, &TerminationWatcher::terminationRequested);
        ::raise(SIGTERM);
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toInt(), SIGTERM);
        ::raise(SIGINT);
        QTRY_COMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(0).toInt(), SIGINT);
    }

    void secondWatcherStaysInactive()
    {
        TerminationWatcher first;
        TerminationWatcher second;
        QVERIFY(first.isActive());
        QVERIFY(!second.isActive());
    }
};

QTEST_GUILESS_MAIN(TestTerminationWatcher)
#include "tst_terminationwatcher.moc"
