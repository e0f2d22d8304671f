// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Longer E9 framing (both directions share the decoder). Invariants: the same frames whatever
// the chunking; at most one frame per 4 bytes (flag, address, length, FCS); the buffer within
// its bound; every frame re-encodes (stuffed) to bytes that decode to exactly that frame; a
// state PDU round-trips; speed counts stay in range for any rpm, NaN and infinities included.
#include "fuzzsupport.h"

#include "protocol/longere9.h"

using namespace PumpStudio;
using namespace PumpStudio::Protocol;

namespace {

constexpr qsizetype kBound = 3 + Longer::Decoder::kMaxPdu + 1;

std::vector<Longer::Frame> decodeWhole(QByteArrayView bytes)
{
    Longer::Decoder d;
    auto frames = d.feed(bytes);
    PUMPSTUDIO_FUZZ_ASSERT(d.bufferedBytes() <= kBound);
    return frames;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input input(data, size);
    Fuzz::Dice dice(input.take(4));
    const double rpm = input.takeDouble();
    const double perCount = input.takeDouble();
    if (std::isfinite(perCount) && perCount > 1e-6 && perCount < 1e6) {
        const quint16 count = Longer::speedCount(rpm, perCount);  // any rpm: never undefined
        if (std::isfinite(rpm) && rpm >= 0 && rpm / perCount <= 65535)
            PUMPSTUDIO_FUZZ_ASSERT(std::abs(Longer::speedRpm(count, perCount) - rpm) <= perCount / 2 * (1 + 1e-9));
    }

    const QByteArrayView stream = input.rest();
    const std::vector<Longer::Frame> whole = decodeWhole(stream);
    Longer::Decoder decoder;
    std::vector<Longer::Frame> pieces;
    Fuzz::chunked(stream, dice, [&](QByteArrayView part) {
        for (auto &frame : decoder.feed(part))
            pieces.push_back(std::move(frame));
        PUMPSTUDIO_FUZZ_ASSERT(decoder.bufferedBytes() <= kBound);
    });
    PUMPSTUDIO_FUZZ_ASSERT(whole == pieces);
    PUMPSTUDIO_FUZZ_ASSERT(qsizetype(whole.size()) * 4 <= stream.size());
    for (const Longer::Frame &frame : whole) {
        PUMPSTUDIO_FUZZ_ASSERT(frame.address >= 0 && frame.address <= 255);
        PUMPSTUDIO_FUZZ_ASSERT(frame.pdu.size() <= Longer::Decoder::kMaxPdu);
        const std::vector<Longer::Frame> again = decodeWhole(Longer::encode(frame.address, frame.pdu));
        PUMPSTUDIO_FUZZ_ASSERT(again.size() == 1 && again.front() == frame);
        if (const auto state = Longer::parseState(frame.pdu)) {
            const auto back = Longer::parseState(Longer::statePdu(frame.pdu.first(2), *state));
            PUMPSTUDIO_FUZZ_ASSERT(back && *back == *state);
        }
        if (const auto address = Longer::parseAddress(frame.pdu))
            PUMPSTUDIO_FUZZ_ASSERT(*address >= 0 && *address <= 255);
    }
    return 0;
}
