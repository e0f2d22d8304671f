// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/inprocessendpoint.h"
#include "sim/pacedwriter.h"

#include <QSignalSpy>
#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Sim;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

Device::SerialSettings wire(qint32 baud, QSerialPort::Parity parity)
{
    Device::SerialSettings settings;
    settings.baudRate = baud;
    settings.parity = parity;
    return settings;
}

/// A clock the test moves by hand, so byte counts depend on baud arithmetic only.
struct ManualClock
{
    nanoseconds now{0};
};

} // namespace

class TestPacedWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void releasesCharactersAtBaudRate_data()
    {
        QTest::addColumn<qint32>("baud");
        QTest::addColumn<int>("parity");
        QTest::addColumn<int>("bitsPerChar");
        QTest::newRow("9600 8N1") << 9600 << int(QSerialPort::NoParity) << 10;
        QTest::newRow("9600 8E1") << 9600 << int(QSerialPort::EvenParity) << 11;
        QTest::newRow("1200 8E1 (Longer)") << 1200 << int(QSerialPort::EvenParity) << 11;
        QTest::newRow("115200 8N1") << 115200 << int(QSerialPort::NoParity) << 10;
    }

    void releasesCharactersAtBaudRate()
    {
        QFETCH(qint32, baud);
        QFETCH(int, parity);
        QFETCH(int, bitsPerChar);
        InProcessEndpoint endpoint;
        PacedWriter writer(&endpoint, wire(baud, static_cast<QSerialPort::Parity>(parity)));
        ManualClock clock;
        writer.setClock([&clock] { return clock.now; });
        const QByteArray frame(2000, 'x');
        writer.enqueue(frame);

        qint64 total = 0;
        for (int tick = 1; tick <= 200 && total < frame.size(); ++tick) {
            clock.now = milliseconds(5 * tick);
            const qint64 released = writer.releaseDue(clock.now);
            // Characters whose last bit has left the wire by now, and not one more.
            const qint64 expected = std::min<qint64>(frame.size(), clock.now.count() * baud / (bitsPerChar * 1'000'000'000LL));
            QCOMPARE(total + released, expected);
            total += released;
        }
        QCOMPARE(qint64(writer.bytesReleased()), total);
        QCOMPARE(writer.pendingBytes(), frame.size() - total);
    }

    void elevenBitCharactersTakeLonger()
    {
        InProcessEndpoint endpoint;
        PacedWriter even(&endpoint, wire(9600, QSerialPort::EvenParity));
        PacedWriter none(&endpoint, wire(9600, QSerialPort::NoParity));
        ManualClock clock;
        even.setClock([&clock] { return clock.now; });
        none.setClock([&clock] { return clock.now; });
        even.enqueue(QByteArray(100, 'e'));
        none.enqueue(QByteArray(100, 'n'));
        clock.now = 100ms;
        QCOMPARE(none.releaseDue(clock.now), 96);  // 100 ms / 1.0417 ms
        QCOMPARE(even.releaseDue(clock.now), 87);  // 100 ms / 1.1458 ms
    }

    void waitsForLatencyBeforeFirstCharacter()
    {
        InProcessEndpoint endpoint;
        PacedWriter writer(&endpoint, wire(9600, QSerialPort::NoParity));
        ManualClock clock;
        writer.setClock([&clock] { return clock.now; });
        writer.setLatency(20ms);
        writer.enqueue("*"_ba, 5ms);  // plus a slow reply's extra delay
        const auto charTime = nanoseconds(10 * 1'000'000'000LL / 9600);
        QCOMPARE(writer.releaseDue(25ms + charTime - 1us), 0);
        QCOMPARE(writer.releaseDue(25ms + charTime + 1us), 1);
    }

    void queuesFramesBackToBack()
    {
        InProcessEndpoint endpoint;
        PacedWriter writer(&endpoint, wire(1000, QSerialPort::NoParity));  // 10 ms per character
        ManualClock clock;
        writer.setClock([&clock] { return clock.now; });
        writer.enqueue("abcd"_ba);          // on the wire 0..40 ms
        clock.now = 15ms;
        writer.enqueue("ef"_ba);            // ready at 15 ms, but the line is busy until 40 ms
        QCOMPARE(writer.releaseDue(39ms), 3);
        QCOMPARE(writer.releaseDue(49ms), 1);
        QCOMPARE(writer.releaseDue(50ms), 1);
        QCOMPARE(writer.releaseDue(60ms), 1);
        QCOMPARE(writer.pendingBytes(), 0);
        // The line idles, so a later frame starts when it is ready, not back-dated.
        clock.now = 100ms;
        writer.enqueue("g"_ba);
        QCOMPARE(writer.releaseDue(109ms), 0);
        QCOMPARE(writer.releaseDue(110ms), 1);
    }

    void clearForgetsQueuedBytes()
    {
        InProcessEndpoint endpoint;
        PacedWriter writer(&endpoint, wire(9600, QSerialPort::NoParity));
        ManualClock clock;
        writer.setClock([&clock] { return clock.now; });
        writer.enqueue(QByteArray(50, 'z'));
        writer.clear();
        QCOMPARE(writer.pendingBytes(), 0);
        QCOMPARE(writer.releaseDue(1s), 0);
    }

    void timerDeliversEveryByteInOrder()
    {
        InProcessEndpoint endpoint;
        PacedWriter writer(&endpoint, wire(115200, QSerialPort::NoParity));
        QByteArray received;
        connect(&endpoint, &InProcessEndpoint::toHost, this, [&received](const QByteArray &bytes) { received += bytes; });
        QByteArray sent;
        for (int i = 0; i < 300; ++i)
            sent.append(static_cast<char>(i & 0xff));
        writer.enqueue(sent.left(100));
        writer.enqueue(sent.mid(100));
        QTRY_COMPARE(received, sent);
        QCOMPARE(writer.pendingBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPacedWriter)
#include "tst_pacedwriter.moc"
