// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Masterflex Serial Comms: the client's reply decoder (with the expectations a driver queues)
// and the field formats. Invariants: the same replies whatever the chunking; never more
// replies than bytes; a bounded buffer; data lines re-encode to bytes that decode to them; a
// parsed `RC` status survives encode-and-parse; the rpm and percent fields refuse what does not
// fit instead of writing a wrong number.
#include "fuzzsupport.h"

#include "protocol/masterflex.h"

using namespace PumpStudio;
using namespace PumpStudio::Protocol;
namespace S = PumpStudio::Protocol::MasterflexSerialComms;

namespace {

std::vector<AsciiReply> decode(QByteArrayView stream, const std::vector<ReplyShape> &shapes, Fuzz::Dice *dice)
{
    AsciiReplyDecoder decoder = S::makeDecoder();
    for (const ReplyShape shape : shapes)
        decoder.expect(shape);
    std::vector<AsciiReply> out;
    const auto feed = [&](QByteArrayView part) {
        for (auto &reply : decoder.feed(part))
            out.push_back(std::move(reply));
        PUMPSTUDIO_FUZZ_ASSERT(decoder.bufferedBytes() <= AsciiReplyDecoder::kMaxLine);
    };
    if (dice)
        Fuzz::chunked(stream, *dice, feed);
    else
        feed(stream);
    return out;
}

void checkNumbers(double value)
{
    for (const auto &[result, scale, width] : {std::tuple{S::formatRpm(value), 100.0, 6}, std::tuple{S::formatPercent(value), 10.0, 5}}) {
        if (!result)
            continue;
        PUMPSTUDIO_FUZZ_ASSERT(result->size() == width);
        bool ok = false;
        const qlonglong digits = result->toLongLong(&ok);
        PUMPSTUDIO_FUZZ_ASSERT(ok && std::abs(double(digits) - value * scale) <= 0.5 + 1e-9 * std::abs(value * scale));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input input(data, size);
    Fuzz::Dice dice(input.take(4));
    const std::uint64_t shapeBits = input.take(8);
    checkNumbers(input.takeDouble());
    const QByteArrayView stream = input.rest();

    std::vector<ReplyShape> shapes;
    for (int i = 0; i < 64; ++i)
        shapes.push_back((shapeBits >> i) & 1 ? ReplyShape::Data : ReplyShape::Status);
    const auto whole = decode(stream, shapes, nullptr);
    PUMPSTUDIO_FUZZ_ASSERT(decode(stream, shapes, &dice) == whole);
    PUMPSTUDIO_FUZZ_ASSERT(whole.size() <= std::size_t(stream.size()));
    for (const AsciiReply &reply : whole) {
        if (reply.kind == AsciiReply::Kind::Status) {
            PUMPSTUDIO_FUZZ_ASSERT(QByteArrayView("*#~").contains(reply.status));
            continue;
        }
        PUMPSTUDIO_FUZZ_ASSERT(!reply.text.contains('\r') && !reply.text.contains('\n'));
        if (reply.kind == AsciiReply::Kind::Data) {
            const auto again = decode(reply.text + "\r\n", {ReplyShape::Data}, nullptr);
            PUMPSTUDIO_FUZZ_ASSERT(again.size() == 1 && again.front() == reply);
        }
        if (const auto status = S::parseStatus(reply.text)) {
            const auto back = S::parseStatus(S::encodeStatus(*status));
            PUMPSTUDIO_FUZZ_ASSERT(back && *back == *status);
        }
    }
    return 0;
}
