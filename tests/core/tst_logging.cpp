// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/logging.h"
#include "core/memorysink.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

class TestLogging final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void init(LogLevel level)
    {
        Logging::Options options;
        options.level = level;
        options.directory = m_dir.path();
        options.console = false;
        options.memoryCapacity = 100;
        Logging::initialize(options);
    }

    static QStringList messagesOf(const QString &subsystem)
    {
        QStringList out;
        for (const auto &e : Logging::memorySink()->entriesAfter(0)) {
            if (e.subsystem == subsystem)
                out << e.message;
        }
        return out;
    }

private Q_SLOTS:
    void namedLoggersShareTheSinks()
    {
        init(LogLevel::Info);
        Logging::get("serial")->info("opened {}", u"/dev/ttyUSB0"_s);
        Logging::get("device")->warn("pump {} silent", 3);
        QCOMPARE(messagesOf(u"serial"_s), QStringList{u"opened /dev/ttyUSB0"_s});
        QCOMPARE(messagesOf(u"device"_s), QStringList{u"pump 3 silent"_s});
        Logging::get("serial")->flush();
        QFile file(Logging::logFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("[serial] opened /dev/ttyUSB0"));
        QVERIFY(text.contains("[device] pump 3 silent"));
    }

    void formatsQStringAsUtf8AndQByteArrayAsHex()
    {
        init(LogLevel::Info);
        Logging::get("fmt")->info("{} {}", u"泵 Ω"_s, QByteArray("\xE9\x01", 2));
        QCOMPARE(messagesOf(u"fmt"_s), QStringList{u"泵 Ω e9 01"_s});
    }

    void levelFiltersAndCanBeChanged()
    {
        init(LogLevel::Warning);
        const auto log = Logging::get("levels");
        log->info("hidden");
        log->warn("shown");
        Logging::setLevel(LogLevel::Debug);
        QCOMPARE(Logging::level(), LogLevel::Debug);
        log->debug("now shown");
        QCOMPARE(messagesOf(u"levels"_s), (QStringList{u"shown"_s, u"now shown"_s}));
    }

    void routesQtMessagesIntoTheQtLogger()
    {
        init(LogLevel::Debug);
        Logging::installQtMessageHandler();
        qWarning("a Qt warning %d", 42);
        qInstallMessageHandler(nullptr);
        const QStringList qt = messagesOf(u"qt"_s);
        QCOMPARE(qt.size(), 1);
        QVERIFY2(qt.constFirst().endsWith(u"a Qt warning 42"_s), qPrintable(qt.constFirst()));
        const auto entries = Logging::memorySink()->entriesAfter(0);
        QCOMPARE(entries.back().level, LogLevel::Warning);
    }

    void flushesInfoLinesToTheFileWithinASecond()
    {
        // Issue 12: below warning nothing was flushed, so the file was empty after a crash.
        init(LogLevel::Info);
        Logging::get("flush")->info("an info line that must reach the disk");
        const auto onDisk = [] {
            QFile file(Logging::logFilePath());
            return file.open(QIODevice::ReadOnly) && file.readAll().contains("an info line that must reach the disk");
        };
        QTRY_VERIFY_WITH_TIMEOUT(onDisk(), 3000);
    }

    void reinitializingKeepsEarlierLoggersWorking()
    {
        init(LogLevel::Info);
        const auto early = Logging::get("early");
        init(LogLevel::Info);  // new memory sink
        early->info("still here");
        QCOMPARE(messagesOf(u"early"_s), QStringList{u"still here"_s});
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
