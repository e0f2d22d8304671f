// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Masterflex L/S legacy protocol, both sides. Invariants: the same frames whatever the chunking;
// never more frames than bytes; bounded buffers; nothing above 0x7F gets through a 7-bit line;
// data lines and requests re-encode to bytes that decode to exactly them; a parsed status or
// revolution count survives format-and-parse; the speed and revolution fields refuse what does
// not fit.
#include "fuzzsupport.h"

#include "protocol/masterflex.h"

using namespace PumpStudio;
using namespace PumpStudio::Protocol;
namespace M = PumpStudio::Protocol::MasterflexLegacy;

namespace {

template <typename Decoder, typename T = decltype(Decoder().feed(QByteArrayView()))>
T decode(QByteArrayView stream, Fuzz::Dice *dice)
{
    Decoder decoder;
    T out;
    const auto feed = [&](QByteArrayView part) {
        for (auto &frame : decoder.feed(part))
            out.push_back(std::move(frame));
        PUMPSTUDIO_FUZZ_ASSERT(decoder.bufferedBytes() <= Decoder::kMaxLine);
    };
    if (dice)
        Fuzz::chunked(stream, *dice, feed);
    else
        feed(stream);
    return out;
}

bool sevenBit(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](char c) { return static_cast<uchar>(c) <= 0x7F; });
}

void checkNumbers(double value)
{
    if (const auto speed = M::speedCommand(value)) {
        const auto status = M::parseStatusReply("P01I" + speed->mid(1) + ",S");
        PUMPSTUDIO_FUZZ_ASSERT(status && std::abs(status->signedRpm - value) <= 0.05 + 1e-9 * std::abs(value));
    }
    if (const auto revolutions = M::revolutionsCommand(value)) {
        bool ok = false;
        const double back = revolutions->mid(1).toDouble(&ok);
        PUMPSTUDIO_FUZZ_ASSERT(ok && back > 0 && std::abs(back - value) <= 0.005 + 1e-9 * std::abs(value));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input input(data, size);
    Fuzz::Dice dice(input.take(4));
    checkNumbers(input.takeDouble());
    const QByteArrayView stream = input.rest();

    const auto replies = decode<M::ReplyDecoder>(stream, nullptr);
    PUMPSTUDIO_FUZZ_ASSERT(decode<M::ReplyDecoder>(stream, &dice) == replies);
    PUMPSTUDIO_FUZZ_ASSERT(replies.size() <= std::size_t(stream.size()));
    for (const M::Reply &reply : replies) {
        if (reply.kind != M::Reply::Kind::Data) {
            PUMPSTUDIO_FUZZ_ASSERT(reply.text.isEmpty());
            continue;
        }
        PUMPSTUDIO_FUZZ_ASSERT(sevenBit(reply.text) && !reply.text.contains('\r') && !reply.text.contains(M::kStx));
        const auto again = decode<M::ReplyDecoder>(M::dataReply(reply.text), nullptr);
        PUMPSTUDIO_FUZZ_ASSERT(again.size() == 1 && again.front() == reply);
        if (const auto status = M::parseStatusReply(reply.text)) {
            PUMPSTUDIO_FUZZ_ASSERT(std::isfinite(status->signedRpm) && status->drive >= 0 && status->drive <= 99);
            const QByteArray line = M::statusReply(*status);
            const auto back = M::parseStatusReply(line.sliced(1, line.size() - 2));
            PUMPSTUDIO_FUZZ_ASSERT(back && back->drive == status->drive && back->running == status->running
                                   && std::abs(back->signedRpm - status->signedRpm) <= 0.05 + 1e-9 * std::abs(status->signedRpm));
        }
        for (const char letter : {'C', 'E'}) {
            if (const auto revolutions = M::parseRevolutionsReply(reply.text, letter))
                PUMPSTUDIO_FUZZ_ASSERT(std::isfinite(*revolutions));
        }
    }

    const auto requests = decode<M::RequestDecoder>(stream, nullptr);
    PUMPSTUDIO_FUZZ_ASSERT(decode<M::RequestDecoder>(stream, &dice) == requests);
    PUMPSTUDIO_FUZZ_ASSERT(requests.size() <= std::size_t(stream.size()));
    for (const M::Request &request : requests) {
        if (request.enquiry)
            continue;
        PUMPSTUDIO_FUZZ_ASSERT(request.drive >= -1 && request.drive <= 99 && sevenBit(request.command));
        if (request.drive < 0)
            continue;
        const auto again = decode<M::RequestDecoder>(M::command(request.drive, request.command), nullptr);
        PUMPSTUDIO_FUZZ_ASSERT(again.size() == 1 && again.front() == request);
    }
    return 0;
}
