// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/memorysink.h"

#include <QTest>

#include <spdlog/logger.h>

#include <thread>

using namespace PumpStudio;

class TestMemorySink final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEntriesInLoggingOrder()
    {
        auto sink = std::make_shared<MemorySink>(100);
        spdlog::logger logger("serial", sink);
        logger.set_level(spdlog::level::trace);
        for (int i = 0; i < 10; ++i)
            logger.info("line {}", i);
        const auto entries = sink->entriesAfter(0);
        QCOMPARE(entries.size(), 10u);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(entries[i].message, QStringLiteral("line %1").arg(i));
            QCOMPARE(entries[i].subsystem, QStringLiteral("serial"));
            QCOMPARE(entries[i].level, LogLevel::Info);
            if (i > 0)
                QVERIFY(entries[i].sequence > entries[i - 1].sequence);
        }
    }

    void dropsOldestBeyondCapacity()
    {
        auto sink = std::make_shared<MemorySink>(5);
        spdlog::logger logger("device", sink);
        for (int i = 0; i < 12; ++i)
            logger.warn("w{}", i);
        QCOMPARE(sink->size(), 5u);
        QCOMPARE(sink->droppedCount(), 7u);
        const auto entries = sink->entriesAfter(0);
        QCOMPARE(entries.front().message, QStringLiteral("w7"));
        QCOMPARE(entries.back().message, QStringLiteral("w11"));
        QCOMPARE(sink->lastSequence(), 12u);
    }

    void returnsOnlyEntriesAfterASequence()
    {
        auto sink = std::make_shared<MemorySink>(50);
        spdlog::logger logger("ui", sink);
        logger.info("a");
        logger.info("b");
        const quint64 seen = sink->lastSequence();
        logger.error("c");
        const auto fresh = sink->entriesAfter(seen);
        QCOMPARE(fresh.size(), 1u);
        QCOMPARE(fresh.front().message, QStringLiteral("c"));
        QCOMPARE(fresh.front().level, LogLevel::Error);
        QVERIFY(sink->entriesAfter(sink->lastSequence()).empty());
    }

    void staysBoundedAndOrderedUnderConcurrentWriters()
    {
        auto sink = std::make_shared<MemorySink>(1000);
        auto logger = std::make_shared<spdlog::logger>("load", sink);
        std::vector<std::thread> writers;
        for (int t = 0; t < 4; ++t)
            writers.emplace_back([logger, t] {
                for (int i = 0; i < 5000; ++i)
                    logger->info("t{} {}", t, i);
            });
        for (auto &w : writers)
            w.join();
        QCOMPARE(sink->size(), 1000u);
        QCOMPARE(sink->droppedCount(), 19000u);
        const auto entries = sink->entriesAfter(0);
        for (std::size_t i = 1; i < entries.size(); ++i)
            QCOMPARE(entries[i].sequence, entries[i - 1].sequence + 1);
    }

    void clearKeepsSequenceMonotonic()
    {
        auto sink = std::make_shared<MemorySink>(10);
        spdlog::logger logger("x", sink);
        logger.info("before");
        sink->clear();
        QCOMPARE(sink->size(), 0u);
        logger.info("after");
        const auto entries = sink->entriesAfter(0);
        QCOMPARE(entries.size(), 1u);
        QCOMPARE(entries.front().sequence, 2u);
    }
};

QTEST_GUILESS_MAIN(TestMemorySink)
#include "tst_memorysink.moc"
