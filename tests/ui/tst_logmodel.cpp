// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "logmodel.h"

#include "core/memorysink.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <spdlog/logger.h>

using namespace PumpStudio;

class TestLogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pullsNewEntriesInOrder()
    {
        auto sink = std::make_shared<MemorySink>(100);
        spdlog::logger logger("serial", sink);
        LogModel model(sink);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        logger.info("one");
        logger.error("two");
        QCOMPARE(model.refresh(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("one"));
        QCOMPARE(model.index(1, LogModel::Level).data().toString(), QStringLiteral("error"));
        QCOMPARE(model.index(1, LogModel::Subsystem).data().toString(), QStringLiteral("serial"));
        QCOMPARE(model.refresh(), 0);
    }

    void holdsNoMoreRowsThanTheSinkCapacity()
    {
        auto sink = std::make_shared<MemorySink>(8);
        spdlog::logger logger("flood", sink);
        LogModel model(sink);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int round = 0; round < 5; ++round) {
            for (int i = 0; i < 5; ++i)
                logger.info("r{} i{}", round, i);
            model.refresh();
            QVERIFY(model.rowCount() <= 8);
        }
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(7, LogModel::Message).data().toString(), QStringLiteral("r4 i4"));
        QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("r3 i2"));
    }

    void clearEmptiesTheViewButNotLaterLines()
    {
        auto sink = std::make_shared<MemorySink>(20);
        spdlog::logger logger("ui", sink);
        LogModel model(sink);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        logger.info("old");
        model.refresh();
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        logger.info("new");
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("new"));
    }
};

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
