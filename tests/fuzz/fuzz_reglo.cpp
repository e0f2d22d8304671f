// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Reglo ICC: the client's reply decoder (with the expectations a driver queues), the pump's
// request decoder, and the number formats. Invariants: the same replies whatever the chunking;
// never more replies than bytes; bounded buffers; a data line or event re-encodes to bytes that
// decode to it again; parsed volumes and events survive format-and-parse; formatters refuse
// what does not fit instead of writing a wrong number.
#include "fuzzsupport.h"

#include "protocol/regloicc.h"

using namespace PumpStudio;
using namespace PumpStudio::Protocol;

namespace {

std::vector<AsciiReply> decodeReplies(QByteArrayView stream, const std::vector<ReplyShape> &shapes, Fuzz::Dice *dice)
{
    AsciiReplyDecoder decoder = Reglo::makeDecoder();
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

void checkVolume(QByteArrayView text)
{
    const auto volume = Reglo::parseVolume(text);
    if (!volume)
        return;
    PUMPSTUDIO_FUZZ_ASSERT(std::isfinite(*volume) && *volume >= 0);
    const auto formatted = Reglo::formatVolume(*volume);
    if (!formatted)
        return;
    const auto again = Reglo::parseVolume(*formatted);
    PUMPSTUDIO_FUZZ_ASSERT(again && Fuzz::close(*again, *volume, 1e-3, 1e-12));
}

void checkNumbers(double value)
{
    for (const auto &[result, scale, width] :
         {std::tuple{Reglo::formatSpeed(value), 100.0, 6}, std::tuple{Reglo::formatTime(value), 10.0, 8},
          std::tuple{Reglo::formatDiameter(value), 100.0, 4}}) {
        if (!result)
            continue;
        PUMPSTUDIO_FUZZ_ASSERT(result->size() == width);
        bool ok = false;
        const qlonglong digits = result->toLongLong(&ok);
        PUMPSTUDIO_FUZZ_ASSERT(ok && std::abs(double(digits) - value * scale) <= 0.5 + 1e-9 * std::abs(value * scale));
    }
    if (const auto volume = Reglo::formatVolume(value)) {
        const auto back = Reglo::parseVolume(*volume);
        PUMPSTUDIO_FUZZ_ASSERT(back && Fuzz::close(*back, value, 1e-3, 1e-12));
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
    const std::vector<AsciiReply> whole = decodeReplies(stream, shapes, nullptr);
    PUMPSTUDIO_FUZZ_ASSERT(decodeReplies(stream, shapes, &dice) == whole);
    PUMPSTUDIO_FUZZ_ASSERT(whole.size() <= std::size_t(stream.size()));
    for (const AsciiReply &reply : whole) {
        switch (reply.kind) {
        case AsciiReply::Kind::Status:
            PUMPSTUDIO_FUZZ_ASSERT(QByteArrayView("*#+-").contains(reply.status));
            break;
        case AsciiReply::Kind::Data: {
            PUMPSTUDIO_FUZZ_ASSERT(!reply.text.contains('\r') && !reply.text.contains('\n'));
            const auto again = decodeReplies(Reglo::dataReply(reply.text), {ReplyShape::Data}, nullptr);
            PUMPSTUDIO_FUZZ_ASSERT(again.size() == 1 && again.front() == reply);
            checkVolume(reply.text);
            break;
        }
        case AsciiReply::Kind::Event:
            PUMPSTUDIO_FUZZ_ASSERT(reply.text.startsWith('^'));
            if (const auto event = Reglo::parseEvent(reply.text)) {
                const auto back = Reglo::parseEvent(Reglo::encodeEvent(*event).chopped(2));
                PUMPSTUDIO_FUZZ_ASSERT(back && back->type == event->type && back->channel == event->channel
                                       && back->cause == event->cause && back->status == event->status
                                       && back->cycles == event->cycles);
            }
            break;
        }
    }

    // The pump's side of the same bytes.
    Reglo::RequestDecoder requests;
    std::size_t requestCount = 0;
    Fuzz::chunked(stream, dice, [&](QByteArrayView part) {
        for (const Reglo::Request &request : requests.feed(part)) {
            ++requestCount;
            PUMPSTUDIO_FUZZ_ASSERT(request.address >= 0);
            const auto again = Reglo::RequestDecoder().feed(Reglo::request(request.address, request.command, request.data));
            PUMPSTUDIO_FUZZ_ASSERT(again.size() == 1 && again.front() == request);
        }
        PUMPSTUDIO_FUZZ_ASSERT(requests.bufferedBytes() <= Reglo::RequestDecoder::kMaxLine);
    });
    PUMPSTUDIO_FUZZ_ASSERT(requestCount * 2 <= std::size_t(stream.size()));
    return 0;
}
