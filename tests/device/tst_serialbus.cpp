// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The transaction queue over a real QSerialPort on a pseudo-terminal, with a scripted peer
// speaking a line protocol: "A<addr>:<text>\n" replies, "!<addr>:<text>\n" events.
#include "device/serialbus.h"
#include "device/serialline.h"
#include "ptypeer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Device;
using namespace std::chrono_literals;

namespace {

class LineAdapter final : public FrameAdapter
{
public:
    std::vector<Frame> feed(QByteArrayView bytes) override
    {
        m_buffer.append(bytes.data(), bytes.size());
        std::vector<Frame> frames;
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            const qsizetype colon = line.indexOf(':');
            if (line.size() < 3 || colon < 2 || (line[0] != 'A' && line[0] != '!')) {
                m_counters.garbageBytes += static_cast<quint64>(line.size() + 1);
                continue;
            }
            Frame f;
            f.unsolicited = line[0] == '!';
            f.address = line.mid(1, colon - 1).toInt();
            f.payload = QString::fromLatin1(line.mid(colon + 1));
            frames.push_back(f);
        }
        return frames;
    }
    void reset() override { m_buffer.clear(); }
    Counters counters() const override { return m_counters; }

private:
    QByteArray m_buffer;
    Counters m_counters;
};

// Answers "Q<addr>:<text>\n" with "A<addr>:<text>!\n".
QByteArray echoResponder(QByteArray &input)
{
    QByteArray out;
    qsizetype end;
    while ((end = input.indexOf('\n')) >= 0) {
        QByteArray line = input.left(end);
        input.remove(0, end + 1);
        if (line.startsWith('Q'))
            out += 'A' + line.mid(1) + "!\n";
    }
    return out;
}

SerialBus::Request request(int address, const QByteArray &text)
{
    SerialBus::Request r;
    r.bytes = "Q" + QByteArray::number(address) + ":" + text + "\n";
    r.expectedReplyBytes = r.bytes.size() + 1;
    r.deviceTime = 20ms;
    r.matches = [address](const Frame &f) { return f.address == address; };
    r.description = QStringLiteral("test request");
    return r;
}

struct Outcome
{
    bool done = false;
    std::optional<Result<Frame>> result;
};

} // namespace

class TestSerialBus final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PtyPeer> m_peer;
    std::unique_ptr<SerialBus> m_bus;

    void openBus()
    {
        SerialSettings s;
        s.portName = m_peer->linkPath();
        s.baudRate = 115200;
        m_bus = std::make_unique<SerialBus>(s, std::make_unique<LineAdapter>());
        m_bus->open();
        QCOMPARE(m_bus->state(), LinkState::Connected);
    }

    std::shared_ptr<Outcome> submit(SerialBus::Request r)
    {
        auto outcome = std::make_shared<Outcome>();
        m_bus->submit(std::move(r), this, [outcome](Result<Frame> result) {
            outcome->done = true;
            outcome->result = std::move(result);
        });
        return outcome;
    }

private Q_SLOTS:
    void init()
    {
        m_peer = std::make_unique<PtyPeer>();
        m_peer->setResponder(echoResponder);
        openBus();
    }

    void cleanup()
    {
        m_bus.reset();
        m_peer.reset();
    }

    void answersRequestsInOrderForSeveralAddresses()
    {
        const auto a = submit(request(1, "speed?"));
        const auto b = submit(request(2, "speed?"));
        const auto c = submit(request(1, "dir?"));
        QCOMPARE(m_bus->queuedCount(), 3u);
        QTRY_VERIFY(c->done);
        QVERIFY(a->done && b->done);
        QCOMPARE(a->result->value().payload.toString(), QStringLiteral("speed?!"));
        QCOMPARE(b->result->value().address, 2);
        QCOMPARE(c->result->value().payload.toString(), QStringLiteral("dir?!"));
        // One request on the wire at a time: the peer saw them in submission order.
        QCOMPARE(m_peer->received(), QByteArray("Q1:speed?\nQ2:speed?\nQ1:dir?\n"));
        QCOMPARE(m_bus->stats().transactionsOk, 3u);
        QCOMPARE(m_bus->stats().framesSent, 3u);
    }

    // Issue 12, defect 2: after a timeout, the late reply to the request that timed out was
    // taken as the answer to the next one. It is dropped, and the next request goes out only
    // once it came (or the line stayed quiet).
    void lateReplyIsDroppedNotTakenByTheNextRequest()
    {
        // The answer to "old" comes 150 ms late, after its timeout (about 90 ms here).
        m_peer->setResponder([this](QByteArray &input) {
            QByteArray out = echoResponder(input);
            if (out.startsWith("A1:old")) {
                QTimer::singleShot(150, this, [this, out] { m_peer->send(out); });
                return QByteArray();
            }
            return out;
        });
        auto first = request(1, "old");
        first.maxAttempts = 1;
        const auto a = submit(first);
        QTRY_VERIFY(a->done);
        QCOMPARE(a->result->error().code, Error::Code::Timeout);
        const auto b = submit(request(1, "new"));
        QTRY_VERIFY(b->done);
        QVERIFY(b->result->ok());
        QCOMPARE(b->result->value().payload.toString(), QStringLiteral("new!"));
        QCOMPARE(m_bus->stats().lateReplies, 1u);
    }

    // Issue 12, defect 2 across programs: a late reply to whoever had the port before (a
    // pumpctl that timed out and left) arrives after the line opened. It answers nothing.
    void bytesArrivingAsTheLineOpensAnswerNothing()
    {
        // The device takes its time (within the timeout, beyond the quiet after an answer).
        m_peer->setResponder([this](QByteArray &input) {
            const QByteArray out = echoResponder(input);
            if (!out.isEmpty())
                QTimer::singleShot(40, this, [this, out] { m_peer->send(out); });
            return QByteArray();
        });
        m_bus.reset();
        openBus();
        m_peer->send("A1:stale!\n");
        const auto a = submit(request(1, "fresh"));
        QTRY_VERIFY(a->done);
        QVERIFY(a->result->ok());
        QCOMPARE(a->result->value().payload.toString(), QStringLiteral("fresh!"));
    }

    // Issue 12, item 10: a signal during a command on a slow line waited for the request on
    // the wire and all its retries before the stop could go. Abandoned, the request and what
    // waits behind it are dropped without calling back; the answer still coming is dropped as
    // it arrives, not taken for the next request's; the next request goes out at once after it.
    void abandonedRequestsAreDroppedAndTheirAnswerIsNotTheNextOnes()
    {
        // "start" is answered within its timeout, but after it was abandoned.
        m_peer->setResponder([this](QByteArray &input) {
            const QByteArray out = echoResponder(input);
            if (out.startsWith("A1:start")) {
                QTimer::singleShot(40, this, [this, out] { m_peer->send(out); });
                return QByteArray();
            }
            return out;
        });
        const auto start = submit(request(1, "start"));
        const auto waiting = submit(request(1, "more"));
        QTRY_VERIFY(m_peer->received().contains("Q1:start\n"));
        m_bus->abandonRequests();
        QCOMPARE(m_bus->queuedCount(), 0u);
        const auto stop = submit(request(1, "stop"));
        QTRY_VERIFY(stop->done);
        QVERIFY(stop->result->ok());
        QCOMPARE(stop->result->value().payload.toString(), QStringLiteral("stop!"));
        QCOMPARE(m_bus->stats().lateReplies, 1u);
        QVERIFY(!start->done);
        QVERIFY(!waiting->done);
        QCOMPARE(m_peer->received(), QByteArray("Q1:start\nQ1:stop\n"));
    }

    // The abandoned request is never answered: it is not asked again; the next request goes
    // out once the line stayed quiet for one attempt's time.
    void anAbandonedRequestIsNotRetried()
    {
        m_peer->setResponder([](QByteArray &input) {
            const QByteArray out = echoResponder(input);
            return out.startsWith("A1:start") ? QByteArray() : out;
        });
        auto first = request(1, "start");
        first.maxAttempts = 5;
        const auto start = submit(first);
        QTRY_VERIFY(m_peer->received().contains("Q1:start\n"));
        m_bus->abandonRequests();
        const auto stop = submit(request(1, "stop"));
        QTRY_VERIFY(stop->done);
        QCOMPARE(stop->result->value().payload.toString(), QStringLiteral("stop!"));
        QVERIFY(!start->done);
        QCOMPARE(m_peer->received(), QByteArray("Q1:start\nQ1:stop\n"));
        QCOMPARE(m_bus->stats().retries, 0u);
    }

    // A late reply that never comes: the line stays quiet for the window, then the next
    // request goes out.
    void requestAfterALostReplyGoesOutOnceTheLineIsQuiet()
    {
        m_peer->setResponder([](QByteArray &input) {
            QByteArray out = echoResponder(input);
            return out.startsWith("A1:lost") ? QByteArray() : out;
        });
        auto first = request(1, "lost");
        first.maxAttempts = 2;
        const auto a = submit(first);
        QTRY_VERIFY(a->done);
        const auto b = submit(request(1, "next"));
        QTRY_VERIFY_WITH_TIMEOUT(b->done, 10000);
        QCOMPARE(b->result->value().payload.toString(), QStringLiteral("next!"));
    }

    // Issue 12, defect 3: a port that sends the request back is not a device answering.
    void portThatEchoesFailsTheRequestAsAnEcho()
    {
        m_peer->setResponder([](QByteArray &input) {
            QByteArray out = input;
            input.clear();
            return out;
        });
        auto r = request(1, "start");
        r.matches = {};  // even a request whose reply shape the echo would fit
        const auto a = submit(r);
        QTRY_VERIFY(a->done);
        QVERIFY(!a->result->ok());
        QCOMPARE(a->result->error().code, Error::Code::Protocol);
        QVERIFY2(a->result->error().message.contains(QStringLiteral("sends back what is sent")),
                 qPrintable(a->result->error().message));
    }

    void assemblesRepliesSplitIntoSingleBytes()
    {
        m_peer->setResponder([this](QByteArray &input) {
            input.clear();
            const QByteArray reply("A5:slow!\n");
            for (char ch : reply)
                QTimer::singleShot(2, this, [this, ch] { m_peer->send(QByteArray(1, ch)); });
            return QByteArray();
        });
        const auto r = submit(request(5, "x"));
        QTRY_VERIFY(r->done);
        QVERIFY(r->result->ok());
        QCOMPARE(r->result->value().payload.toString(), QStringLiteral("slow!"));
    }

    void routesAnEventArrivingBeforeTheReply()
    {
        QSignalSpy events(m_bus.get(), &SerialBus::unsolicitedFrame);
        m_peer->setResponder([](QByteArray &input) {
            input.clear();
            return QByteArray("!3:stopped\nA3:ok\n");  // glued: event, then the reply
        });
        const auto r = submit(request(3, "start"));
        QTRY_VERIFY(r->done);
        QCOMPARE(r->result->value().payload.toString(), QStringLiteral("ok"));
        QCOMPARE(events.count(), 1);
        const auto event = events.at(0).at(0).value<Frame>();
        QVERIFY(event.unsolicited);
        QCOMPARE(event.address, 3);
        QCOMPARE(event.payload.toString(), QStringLiteral("stopped"));
    }

    void ignoresAReplyFromTheWrongAddress()
    {
        m_peer->setResponder([](QByteArray &input) {
            input.clear();
            return QByteArray("A9:stray\nA4:mine\n");
        });
        const auto r = submit(request(4, "q"));
        QTRY_VERIFY(r->done);
        QCOMPARE(r->result->value().payload.toString(), QStringLiteral("mine"));
        QCOMPARE(m_bus->stats().unsolicitedFrames, 1u);
    }

    void retriesThenReportsTimeout()
    {
        m_peer->setResponder([](QByteArray &) { return QByteArray(); });  // a silent device
        auto req = request(7, "hello");
        req.maxAttempts = 3;
        const auto r = submit(req);
        QTRY_VERIFY_WITH_TIMEOUT(r->done, 5000);
        QVERIFY(!r->result->ok());
        QCOMPARE(r->result->error().code, Error::Code::Timeout);
        QVERIFY2(r->result->error().message.contains(QLatin1String("3 attempt")), qPrintable(r->result->error().message));
        QCOMPARE(m_peer->received(), QByteArray("Q7:hello\nQ7:hello\nQ7:hello\n"));
        const LinkStats stats = m_bus->stats();
        QCOMPARE(stats.timeouts, 3u);
        QCOMPARE(stats.retries, 2u);
        QCOMPARE(stats.transactionsFailed, 1u);
        // The queue moves on after a failure.
        m_peer->setResponder(echoResponder);
        const auto next = submit(request(7, "again"));
        QTRY_VERIFY(next->done);
        QVERIFY(next->result->ok());
    }

    void recoversFromACorruptReplyByRetrying()
    {
        int calls = 0;
        m_peer->setResponder([&calls](QByteArray &input) {
            input.clear();
            return ++calls == 1 ? QByteArray("#%&garbage\n") : QByteArray("A6:good\n");
        });
        const auto r = submit(request(6, "x"));
        QTRY_VERIFY_WITH_TIMEOUT(r->done, 3000);
        QVERIFY(r->result->ok());
        QCOMPARE(r->result->value().payload.toString(), QStringLiteral("good"));
        QVERIFY(m_bus->stats().garbageBytes > 0);
        QCOMPARE(m_bus->stats().retries, 1u);
    }

    void sendsBroadcastWithoutWaitingForAReply()
    {
        m_peer->setResponder([](QByteArray &input) { input.clear(); return QByteArray(); });
        auto req = request(0, "all stop");
        req.expectReply = false;
        const auto r = submit(req);
        QTRY_VERIFY(r->done);
        QVERIFY(r->result->ok());
        QCOMPARE(m_bus->stats().timeouts, 0u);
    }

    void reportsUnplugOnceAndFailsEverythingQueued()
    {
        QSignalSpy states(m_bus.get(), &SerialBus::stateChanged);
        m_peer->setResponder([](QByteArray &) { return QByteArray(); });  // the device is busy...
        const auto a = submit(request(1, "a"));
        const auto b = submit(request(1, "b"));
        QTRY_VERIFY(!m_peer->received().isEmpty());
        QElapsedTimer clock;
        clock.start();
        m_peer->unplug();  // ...and then the cable is pulled
        QTRY_VERIFY_WITH_TIMEOUT(a->done && b->done, 2000);
        QVERIFY2(clock.elapsed() < 1000, "an unplug must be noticed within a second");
        QCOMPARE(a->result->error().code, Error::Code::Disconnected);
        QCOMPARE(b->result->error().code, Error::Code::Disconnected);
        QCOMPARE(m_bus->state(), LinkState::Reconnecting);
        QTest::qWait(600);  // no storm of repeated reports while it stays away
        int lostReports = 0;
        for (const auto &args : states)
            lostReports += args.at(0).value<LinkState>() == LinkState::Reconnecting ? 1 : 0;
        QCOMPARE(lostReports, 1);
        QCOMPARE(m_bus->stats().disconnects, 1u);

        // Commands are refused, never queued to go out after a replug.
        const auto refused = submit(request(1, "start"));
        QVERIFY(refused->done);
        QCOMPARE(refused->result->error().code, Error::Code::Disconnected);
    }

    void reconnectsWhenTheDeviceComesBack()
    {
        QSignalSpy reconnected(m_bus.get(), &SerialBus::reconnected);
        m_peer->unplug();
        QTRY_COMPARE_WITH_TIMEOUT(m_bus->state(), LinkState::Reconnecting, 2000);
        QVERIFY(m_peer->plug());
        m_peer->setResponder(echoResponder);
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 3000);
        QCOMPARE(m_bus->state(), LinkState::Connected);
        const auto r = submit(request(2, "back?"));
        QTRY_VERIFY(r->done);
        QVERIFY(r->result->ok());
        QCOMPARE(m_bus->stats().reconnects, 1u);
    }

    void failsToOpenAMissingPortWithAClearMessage()
    {
        SerialSettings s;
        s.portName = QStringLiteral("/dev/does-not-exist");
        SerialBus bus(s, std::make_unique<LineAdapter>());
        bus.open();
        QCOMPARE(bus.state(), LinkState::Failed);
        QVERIFY2(bus.lastError().contains(QLatin1String("/dev/does-not-exist")), qPrintable(bus.lastError()));
    }

    void dropsTheCallbackOfADestroyedRequester()
    {
        bool called = false;
        {
            QObject owner;
            m_bus->submit(request(1, "x"), &owner, [&called](Result<Frame>) { called = true; });
        }
        const auto after = submit(request(1, "y"));
        QTRY_VERIFY(after->done);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSerialBus)
#include "tst_serialbus.moc"
