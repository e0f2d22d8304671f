// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Soak: many transactions through the real QSerialPort and driver stack against the simulator,
// with unplug/replug cycles interleaved, checking that every request ends exactly once, the
// link always comes back to the same pump, and memory stays flat. Sizes from the environment:
//   SOAK_TRANSACTIONS (default 1000000), SOAK_CYCLES (default 100), SOAK_IN_FLIGHT (default 8).
#include "device/driverfactory.h"
#include "device/link.h"
#include "device/pumpdriver.h"
#include "models/modelregistry.h"
#include "support/simpumprig.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace PumpStudio;
using namespace PumpStudio::Device;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 envInt(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && v > 0 ? v : fallback;
}

double rssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

class TestSoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesManyTransactionsAndUnplugs()
    {
        const qint64 total = envInt("SOAK_TRANSACTIONS", 1'000'000);
        const qint64 cycles = envInt("SOAK_CYCLES", 100);
        const qint64 inFlightMax = envInt("SOAK_IN_FLIGHT", 8);
        const QString modelId = u"masterflex-ls-serialcomms"_s;  // 115200 baud, 4-byte request, short reply

        Test::SimPumpRig rig;  // the simulated drive, the app's real link and driver on it
        QVERIFY(rig.open(modelId));
        Sim::PtyEndpoint *pty = rig.pty;
        Link *link = rig.link.get();
        PumpDriver *driver = rig.driver.get();
        QSignalSpy reconnected(link, &Link::reconnected);

        std::optional<PumpIdentity> first;
        driver->identify([&first](Result<PumpIdentity> id) { if (id) first = *id; });
        QTRY_VERIFY(first.has_value());

        qint64 submitted = 0;
        qint64 completed = 0;
        qint64 inFlight = 0;
        std::map<int, qint64> failures;
        const qint64 perCycle = std::max<qint64>(1, total / (cycles + 1));
        qint64 nextUnplug = perCycle;
        qint64 cyclesDone = 0;
        std::vector<double> reconnectMs;
        double rssWarm = 0;
        bool unplugging = false;
        bool wrongPump = false;
        QElapsedTimer down;
        const double rssStart = rssMb();
        QElapsedTimer clock;
        clock.start();
        QEventLoop loop;

        // Event driven: each completion refills the pipeline, so throughput is the wire's and
        // the event loop's, not a polling interval's.
        std::function<void()> pump;
        const auto maybeReplug = [&] {
            if (unplugging && inFlight == 0 && link->state() == LinkState::Reconnecting)
                QTimer::singleShot(0, &loop, [&] { QVERIFY(pty->replug()); });
        };
        pump = [&] {
            if (rssWarm == 0 && completed >= total / 10)
                rssWarm = rssMb();
            if (completed >= total) {
                loop.quit();
                return;
            }
            if (!unplugging && completed >= nextUnplug && cyclesDone < cycles) {
                unplugging = true;
                nextUnplug += perCycle;
                down.start();
                QTimer::singleShot(0, &loop, [&] { pty->unplug(); });
                return;
            }
            while (!unplugging && inFlight < inFlightMax && submitted < total && link->state() == LinkState::Connected) {
                ++submitted;
                ++inFlight;
                driver->readStatus([&](Result<PumpStatus> r) {
                    --inFlight;
                    ++completed;
                    if (!r)
                        ++failures[static_cast<int>(r.error().code)];
                    if (unplugging)
                        maybeReplug();
                    else
                        QTimer::singleShot(0, &loop, [&] { pump(); });
                });
            }
        };
        connect(link, &Link::stateChanged, &loop, [&](LinkState state) {
            if (state == LinkState::Reconnecting)
                maybeReplug();
        });
        connect(link, &Link::reconnected, &loop, [&] {
            ++cyclesDone;
            reconnectMs.push_back(static_cast<double>(down.elapsed()));
            driver->identify([&](Result<PumpIdentity> id) {
                if (!id || !id->samePumpAs(*first))
                    wrongPump = true;
                unplugging = false;
                pump();
            });
        });
        qint64 lastCompleted = -1;
        QTimer watchdog;
        connect(&watchdog, &QTimer::timeout, &loop, [&] {
            if (completed == lastCompleted) {
                qWarning("soak: stuck with %lld in flight, %lld of %lld completed", inFlight, completed, total);
                loop.exit(1);
            }
            lastCompleted = completed;
        });
        watchdog.start(15000);
        QTimer::singleShot(0, &loop, [&] { pump(); });
        QCOMPARE(loop.exec(), 0);
        QVERIFY(!wrongPump);
        const double seconds = clock.elapsed() / 1000.0;
        const double rssEnd = rssMb();
        std::sort(reconnectMs.begin(), reconnectMs.end());

        QCOMPARE(completed, submitted);
        QCOMPARE(inFlight, 0);
        QCOMPARE(cyclesDone, cycles);
        qInfo("soak: %lld transactions in %.1f s = %.0f per second, %lld requests in flight", completed, seconds,
              completed / seconds, inFlightMax);
        for (const auto &[code, count] : failures)
            qInfo("soak: failed with error code %d: %lld", code, count);
        qInfo("soak: %lld unplug/replug cycles; back after min %.0f / median %.0f / max %.0f ms", cyclesDone,
              reconnectMs.empty() ? 0.0 : reconnectMs.front(), reconnectMs.empty() ? 0.0 : reconnectMs[reconnectMs.size() / 2],
              reconnectMs.empty() ? 0.0 : reconnectMs.back());
        qInfo("soak: RSS start %.1f MB, after warm-up %.1f MB, end %.1f MB", rssStart, rssWarm, rssEnd);
        const LinkStats stats = link->stats();
        qInfo("soak: link frames sent %llu received %llu timeouts %llu retries %llu disconnects %llu reconnects %llu",
              stats.framesSent, stats.framesReceived, stats.timeouts, stats.retries, stats.disconnects, stats.reconnects);
        // Only requests caught by an unplug may fail, and only as Disconnected.
        for (const auto &[code, count] : failures) {
            QCOMPARE(code, static_cast<int>(Error::Code::Disconnected));
            QVERIFY(count <= cycles * inFlightMax);
        }
        QVERIFY2(rssEnd - rssWarm < 20.0, "memory grew by more than 20 MB after warm-up");
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
