// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// New Era NE-1000, built twice: basic mode (PUMPSTUDIO_FUZZ_SAFE_MODE=0) and safe mode (=1).
// Invariants: the same packets whatever the chunking; never more packets than the bytes allow;
// bounded buffers; no packet longer than the protocol's bound; every reply and request
// re-encodes to bytes that decode to exactly it; numbers survive format-and-parse to the
// pump's 4 digits, and the formatter refuses what does not fit.
#include "fuzzsupport.h"

#include "protocol/newera.h"

using namespace PumpStudio;
using namespace PumpStudio::Protocol;

namespace {

constexpr bool kSafe = PUMPSTUDIO_FUZZ_SAFE_MODE != 0;

template <typename Decoder, typename T = decltype(Decoder().feed(QByteArrayView()))>
T decode(QByteArrayView stream, Fuzz::Dice *dice)
{
    Decoder decoder;
    decoder.setSafeMode(kSafe);
    T out;
    const auto feed = [&](QByteArrayView part) {
        for (auto &packet : decoder.feed(part))
            out.push_back(std::move(packet));
        PUMPSTUDIO_FUZZ_ASSERT(decoder.bufferedBytes() <= Decoder::kMaxPacket);
    };
    if (dice)
        Fuzz::chunked(stream, *dice, feed);
    else
        feed(stream);
    return out;
}

void checkNumber(double value)
{
    const auto text = NewEra::formatNumber(value);
    if (!text)
        return;
    PUMPSTUDIO_FUZZ_ASSERT(text->size() <= 5);  // 4 digits and a point
    const auto back = NewEra::parseNumber(*text);
    // Half a unit of the 3rd decimal or of the 4th significant digit, plus the doubles' own
    // rounding (a long run found 0.3125 -> "0.313": off by 5e-4 and 4e-19).
    PUMPSTUDIO_FUZZ_ASSERT(back && Fuzz::close(*back, value, 5e-4 * (1 + 1e-9), 5e-4 * (1 + 1e-9)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input input(data, size);
    Fuzz::Dice dice(input.take(4));
    checkNumber(input.takeDouble());
    const QByteArrayView stream = input.rest();
    // STX addr addr status ETX (5), or STX len data(>=1) crc crc ETX (6).
    const qsizetype shortestReply = kSafe ? 6 : 5;
    const qsizetype shortestRequest = kSafe ? 8 : 4;  // "RUN" + CR; STX len "RUN" crc crc ETX

    const auto replies = decode<NewEra::ReplyDecoder>(stream, nullptr);
    PUMPSTUDIO_FUZZ_ASSERT(decode<NewEra::ReplyDecoder>(stream, &dice) == replies);
    PUMPSTUDIO_FUZZ_ASSERT(qsizetype(replies.size()) * shortestReply <= stream.size());
    for (const NewEra::Reply &reply : replies) {
        PUMPSTUDIO_FUZZ_ASSERT(reply.address >= 0 && reply.address <= 99);
        const QByteArray bytes = kSafe ? NewEra::safeReply(reply) : NewEra::basicReply(reply);
        PUMPSTUDIO_FUZZ_ASSERT(bytes.size() <= NewEra::ReplyDecoder::kMaxPacket + 1);
        const auto again = decode<NewEra::ReplyDecoder>(bytes, nullptr);
        PUMPSTUDIO_FUZZ_ASSERT(again.size() == 1 && again.front() == reply);
        if (const auto dispensed = NewEra::parseDispensed(reply.data))
            PUMPSTUDIO_FUZZ_ASSERT(std::isfinite(dispensed->infusedMl) && std::isfinite(dispensed->withdrawnMl)
                                   && dispensed->infusedMl >= 0 && dispensed->withdrawnMl >= 0);
    }

    const auto requests = decode<NewEra::RequestDecoder>(stream, nullptr);
    PUMPSTUDIO_FUZZ_ASSERT(decode<NewEra::RequestDecoder>(stream, &dice) == requests);
    PUMPSTUDIO_FUZZ_ASSERT(qsizetype(requests.size()) * shortestRequest <= stream.size());
    for (const NewEra::Request &request : requests) {
        PUMPSTUDIO_FUZZ_ASSERT(request.command.size() == 3);
        const QByteArray bytes = kSafe ? NewEra::safeRequest(request) : NewEra::basicRequest(request);
        const auto again = decode<NewEra::RequestDecoder>(bytes, nullptr);
        PUMPSTUDIO_FUZZ_ASSERT(again.size() == 1 && again.front() == request);
    }
    return 0;
}
