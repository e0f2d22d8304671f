// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// MT-SICS, both sides. Invariants: the same replies and requests whatever the chunking; no more
// than one reply per 3 bytes (the shortest is "ES" CR LF... and a line needs CR LF); buffers within
// their bounds; a weight that parses re-encodes to a line that parses to the same digits and
// unit; overload, underload and refusals never carry a value; numbers survive format and parse.
#include "fuzzsupport.h"

#include <cfloat>

#include "protocol/mtsics.h"

using namespace PumpStudio;
using namespace PumpStudio::Protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input input(data, size);
    Fuzz::Dice dice(input.take(4));
    const double number = input.takeDouble();
    const int decimals = int(input.take(1) % 8);
    if (std::isfinite(number) && std::abs(number) < 1e6) {
        const QByteArray text = Balance::formatFixed(number, decimals);
        const auto back = Balance::parseDecimal(text);
        PUMPSTUDIO_FUZZ_ASSERT(back);
        PUMPSTUDIO_FUZZ_ASSERT(back->decimals() == decimals);
        // Half a unit of the last decimal, plus the double's own rounding at this magnitude (a
        // long run found 535844.515625 at 5 decimals off by half a unit and 1e-10).
        PUMPSTUDIO_FUZZ_ASSERT(Fuzz::close(back->toDouble(), number, 0,
                                           std::pow(10.0, -decimals) / 2 * (1 + 1e-9) + 8 * DBL_EPSILON * std::abs(number) + 1e-12));
    }
    const QByteArrayView stream = input.rest();

    MtSics::ReplyDecoder whole;
    const std::vector<MtSics::Reply> replies = whole.feed(stream);
    PUMPSTUDIO_FUZZ_ASSERT(whole.bufferedBytes() <= MtSics::ReplyDecoder::kMaxLine);
    MtSics::ReplyDecoder chunked;
    std::vector<MtSics::Reply> pieces;
    Fuzz::chunked(stream, dice, [&](QByteArrayView part) {
        for (auto &r : chunked.feed(part))
            pieces.push_back(std::move(r));
        PUMPSTUDIO_FUZZ_ASSERT(chunked.bufferedBytes() <= MtSics::ReplyDecoder::kMaxLine);
    });
    PUMPSTUDIO_FUZZ_ASSERT(replies == pieces);
    PUMPSTUDIO_FUZZ_ASSERT(qsizetype(replies.size()) * 3 <= stream.size());
    for (const MtSics::Reply &reply : replies) {
        for (const char *id : {"S", "T"}) {
            const MtSics::WeightReply w = MtSics::parseWeight(reply, id);
            if (w.outcome != MtSics::WeightReply::Outcome::Weight) {
                PUMPSTUDIO_FUZZ_ASSERT(w.value == Balance::Decimal{});
                continue;
            }
            PUMPSTUDIO_FUZZ_ASSERT(reply.status == 'S' || reply.status == 'D');
            PUMPSTUDIO_FUZZ_ASSERT(w.stable == (reply.status == 'S'));
            // Re-encoded as the balance would print it: the same digits and unit.
            QByteArray digits = QByteArray::number(w.value.mantissa < 0 ? -w.value.mantissa : w.value.mantissa);
            if (w.value.decimals() > 0) {
                digits = digits.rightJustified(w.value.decimals() + 1, '0');
                digits.insert(digits.size() - w.value.decimals(), '.');
            }
            if (w.value.mantissa < 0)
                digits.prepend('-');
            MtSics::ReplyDecoder again;
            const auto back = again.feed(MtSics::weightReply(id, reply.status, digits, w.unit));
            PUMPSTUDIO_FUZZ_ASSERT(back.size() == 1);
            const MtSics::WeightReply w2 = MtSics::parseWeight(back.front(), id);
            PUMPSTUDIO_FUZZ_ASSERT(w2.outcome == MtSics::WeightReply::Outcome::Weight);
            PUMPSTUDIO_FUZZ_ASSERT(w2.value == w.value && w2.unit == w.unit && w2.stable == w.stable);
            if (const auto mass = Balance::toGrams(w.value, w.unit))
                PUMPSTUDIO_FUZZ_ASSERT(std::isfinite(mass->grams) && mass->resolutionG > 0);
        }
        if (reply.kind == MtSics::Reply::Kind::Response)
            (void)MtSics::parseBalanceData(MtSics::quotedFields(reply.body).value_or(QList<QByteArray>{}).value(0));
    }

    MtSics::RequestDecoder requests;
    std::size_t commands = 0;
    Fuzz::chunked(stream, dice, [&](QByteArrayView part) {
        commands += requests.feed(part).size();
        PUMPSTUDIO_FUZZ_ASSERT(requests.bufferedBytes() <= MtSics::RequestDecoder::kMaxLine);
    });
    PUMPSTUDIO_FUZZ_ASSERT(qsizetype(commands) * 2 <= stream.size());
    return 0;
}
