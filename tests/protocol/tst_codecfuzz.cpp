// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Every decoder, both sides, fed random bytes and mutated valid frames in random chunks: no
// crash (the sanitizer job runs this), no buffer beyond its bound, and valid frames still found.
#include "protocol/longere9.h"
#include "protocol/masterflex.h"
#include "protocol/modbusrtu.h"
#include "protocol/mtsics.h"
#include "protocol/newera.h"
#include "protocol/regloicc.h"
#include "protocol/sartoriussbi.h"

#include <QTest>

#include <random>

using namespace PumpStudio::Protocol;

namespace {

constexpr qsizetype kBytesPerDecoder = 1'000'000;

class Stream
{
public:
    explicit Stream(quint32 seed, std::vector<QByteArray> valid) : m_random(seed), m_valid(std::move(valid)) {}

    /// The next chunk: random bytes, a valid frame, or a mutated one (bit flip, drop, duplicate).
    QByteArray next()
    {
        std::uniform_int_distribution<int> pick(0, 9);
        const int kind = pick(m_random);
        if (kind < 3) {
            QByteArray noise(std::uniform_int_distribution<int>(1, 40)(m_random), Qt::Uninitialized);
            for (char &c : noise)
                c = static_cast<char>(m_random());
            return noise;
        }
        QByteArray frame = m_valid[std::uniform_int_distribution<std::size_t>(0, m_valid.size() - 1)(m_random)];
        if (kind < 6)
            return frame;
        const auto at = std::uniform_int_distribution<qsizetype>(0, frame.size() - 1)(m_random);
        if (kind == 6)
            frame[at] = static_cast<char>(frame[at] ^ (1 << (m_random() % 8)));
        else if (kind == 7)
            frame.remove(at, 1);
        else if (kind == 8)
            frame.insert(at, frame[at]);
        else
            frame = frame.left(at);
        return frame;
    }

    /// Splits `bytes` into random chunks (1 to 64 bytes).
    template <typename Feed>
    void chunked(const QByteArray &bytes, Feed feed)
    {
        qsizetype at = 0;
        while (at < bytes.size()) {
            const auto n = std::min<qsizetype>(bytes.size() - at, std::uniform_int_distribution<qsizetype>(1, 64)(m_random));
            feed(QByteArrayView(bytes.constData() + at, n));
            at += n;
        }
    }

private:
    std::mt19937 m_random;
    std::vector<QByteArray> m_valid;
};

template <typename Decoder>
quint64 run(Decoder &decoder, qsizetype bound, quint32 seed, std::vector<QByteArray> valid, bool &boundHeld)
{
    Stream stream(seed, std::move(valid));
    quint64 frames = 0;
    qsizetype total = 0;
    boundHeld = true;
    while (total < kBytesPerDecoder) {
        const QByteArray chunk = stream.next();
        total += chunk.size();
        stream.chunked(chunk, [&](QByteArrayView part) {
            frames += decoder.feed(part).size();
            if (decoder.bufferedBytes() > bound)
                boundHeld = false;
        });
    }
    return frames;
}

} // namespace

class TestCodecFuzz final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regloClientSurvivesNoise()
    {
        AsciiReplyDecoder decoder = Reglo::makeDecoder();
        bool held = false;
        // Keep expectations flowing, as a driver would.
        std::mt19937 r(7);
        struct Wrapper {
            AsciiReplyDecoder &d; std::mt19937 &r;
            std::vector<AsciiReply> feed(QByteArrayView b) { if (r() % 4 == 0) d.expect(r() % 2 ? ReplyShape::Data : ReplyShape::Status); return d.feed(b); }
            qsizetype bufferedBytes() const { return d.bufferedBytes(); }
        } w{decoder, r};
        const quint64 frames = run(w, AsciiReplyDecoder::kMaxLine, 1, {"*", "12.30\r\n", "^X|2|A\r\n", "REGLO ICC 0208 306\r\n"}, held);
        QVERIFY(held);
        QVERIFY(frames > 1000);
    }

    void regloServerSurvivesNoise()
    {
        Reglo::RequestDecoder decoder;
        bool held = false;
        QVERIFY(run(decoder, Reglo::RequestDecoder::kMaxLine, 2, {"2S012300\r", "1xD\r", "4v3000+2\r"}, held) > 1000);
        QVERIFY(held);
    }

    void longerSurvivesNoise()
    {
        Longer::Decoder decoder;
        bool held = false;
        const quint64 frames = run(decoder, 3 + Longer::Decoder::kMaxPdu + 1, 3,
                                   {Longer::writeState(1, {233, true, false, true}), Longer::readState(4),
                                    QByteArray::fromHex("E9 01 06 52 4A 02 E8 01 01 01 F4")}, held);
        QVERIFY(held);
        QVERIFY(frames > 1000);
        QVERIFY(decoder.stats().checksumErrors > 0);
    }

    void modbusBothSidesSurviveNoise()
    {
        Modbus::RequestDecoder requests;
        Modbus::ResponseDecoder responses;
        bool held = false;
        QVERIFY(run(requests, Modbus::RequestDecoder::kMaxFrame, 4,
                    {Modbus::readRequest(1, 3, 0, 1), Modbus::writeSingleCoil(192, 0x1001, true),
                     Modbus::writeMultipleRegisters(192, 0x3001, {0x4248, 0})}, held) > 1000);
        QVERIFY(held);
        QVERIFY(run(responses, Modbus::ResponseDecoder::kMaxFrame, 5,
                    {Modbus::encode({1, 3, QByteArray::fromHex("02 03 E8")}), Modbus::exceptionReply(1, 6, Modbus::IllegalDataValue),
                     Modbus::writeSingleRegister(1, 3100, 1000)}, held) > 1000);
        QVERIFY(held);
    }

    void newEraBothModesSurviveNoise()
    {
        for (const bool safe : {false, true}) {
            NewEra::ReplyDecoder replies;
            NewEra::RequestDecoder requests;
            replies.setSafeMode(safe);
            requests.setSafeMode(safe);
            const NewEra::Reply reply{0, 'I', 0, "10.5"};
            const NewEra::Request request{1, "RAT", "10.5MM"};
            bool held = false;
            QVERIFY(run(replies, NewEra::ReplyDecoder::kMaxPacket, 6,
                        {safe ? NewEra::safeReply(reply) : NewEra::basicReply(reply),
                         safe ? NewEra::safeReply({0, 'A', 'S', {}}) : NewEra::basicReply({0, 'A', 'S', {}})}, held) > 1000);
            QVERIFY(held);
            QVERIFY(run(requests, NewEra::RequestDecoder::kMaxPacket, 7,
                        {safe ? NewEra::safeRequest(request) : NewEra::basicRequest(request)}, held) > 1000);
            QVERIFY(held);
        }
    }

    void masterflexSurvivesNoise()
    {
        MasterflexLegacy::ReplyDecoder replies;
        MasterflexLegacy::RequestDecoder requests;
        bool held = false;
        QVERIFY(run(replies, MasterflexLegacy::ReplyDecoder::kMaxLine, 8, {"\x06", "\x15", "\x02P01I+60.0\r"}, held) > 1000);
        QVERIFY(held);
        QVERIFY(run(requests, MasterflexLegacy::RequestDecoder::kMaxLine, 9,
                    {MasterflexLegacy::enquiry(), MasterflexLegacy::command(1, "S+60.0")}, held) > 1000);
        QVERIFY(held);
    }

    void mtSicsBothSidesSurviveNoise()
    {
        MtSics::ReplyDecoder replies;
        MtSics::RequestDecoder requests;
        bool held = false;
        QVERIFY(run(replies, MtSics::ReplyDecoder::kMaxLine, 10,
                    {MtSics::weightReply("S", 'S', "100.00", "g"), MtSics::statusReply("S", '+'), "ES\r\n",
                     MtSics::statusReply("I4", 'A', MtSics::quoted("B021002593"))}, held) > 1000);
        QVERIFY(held);
        QVERIFY(run(requests, MtSics::RequestDecoder::kMaxLine, 11, {MtSics::request("S"), MtSics::request("SI"), MtSics::request("I2")}, held)
                > 1000);
        QVERIFY(held);
    }

    void sartoriusBothSidesSurviveNoise()
    {
        SartoriusSbi::ReplyDecoder replies;
        SartoriusSbi::RequestDecoder requests;
        bool held = false;
        QVERIFY(run(replies, SartoriusSbi::ReplyDecoder::kMaxLine, 12,
                    {SartoriusSbi::weightLine(false, "1255.7", "g"), SartoriusSbi::weightLine(true, "0.012", {}, "N"),
                     SartoriusSbi::specialLine("H", true), SartoriusSbi::errorLine(2, false)}, held) > 1000);
        QVERIFY(held);
        QVERIFY(run(requests, SartoriusSbi::RequestDecoder::kMaxCommand, 13,
                    {SartoriusSbi::command('P'), SartoriusSbi::extendedCommand("x1")}, held) > 1000);
        QVERIFY(held);
    }
};

QTEST_GUILESS_MAIN(TestCodecFuzz)
#include "tst_codecfuzz.moc"
