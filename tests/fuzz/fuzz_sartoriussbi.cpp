// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Sartorius SBI, both sides. Invariants: the same lines and commands whatever the chunking;
// bounded buffers; a weight line that parses re-encodes (16 or 22 characters) to the same
// sign, digits, unit and ID code; special and error lines never carry a value.
#include "fuzzsupport.h"

#include "protocol/sartoriussbi.h"

using namespace PumpStudio;
using namespace PumpStudio::Protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input input(data, size);
    Fuzz::Dice dice(input.take(4));
    const QByteArrayView stream = input.rest();

    SartoriusSbi::ReplyDecoder whole;
    const std::vector<SartoriusSbi::Line> lines = whole.feed(stream);
    PUMPSTUDIO_FUZZ_ASSERT(whole.bufferedBytes() <= SartoriusSbi::ReplyDecoder::kMaxLine);
    SartoriusSbi::ReplyDecoder chunked;
    std::vector<SartoriusSbi::Line> pieces;
    Fuzz::chunked(stream, dice, [&](QByteArrayView part) {
        for (auto &l : chunked.feed(part))
            pieces.push_back(std::move(l));
        PUMPSTUDIO_FUZZ_ASSERT(chunked.bufferedBytes() <= SartoriusSbi::ReplyDecoder::kMaxLine);
    });
    PUMPSTUDIO_FUZZ_ASSERT(lines == pieces);
    PUMPSTUDIO_FUZZ_ASSERT(qsizetype(lines.size()) * 3 <= stream.size());
    for (const SartoriusSbi::Line &line : lines) {
        if (line.kind != SartoriusSbi::Line::Kind::Weight) {
            PUMPSTUDIO_FUZZ_ASSERT(line.value == Balance::Decimal{});
            PUMPSTUDIO_FUZZ_ASSERT(!line.stable());
            continue;
        }
        PUMPSTUDIO_FUZZ_ASSERT(line.value.mantissa >= 0);
        QByteArray digits = QByteArray::number(line.value.mantissa);
        if (line.value.decimals() > 0) {
            digits = digits.rightJustified(line.value.decimals() + 1, '0');
            digits.insert(digits.size() - line.value.decimals(), '.');
        }
        if (digits.size() > 8)
            continue;  // printed from position 2 (no space after the sign): weightLine keeps the space
        SartoriusSbi::ReplyDecoder again;
        const QByteArray printed = SartoriusSbi::weightLine(line.negative, digits, line.unit, line.header);
        PUMPSTUDIO_FUZZ_ASSERT(printed.size() == (line.header.isEmpty() ? 16 : 22));
        const auto back = again.feed(printed);
        PUMPSTUDIO_FUZZ_ASSERT(back.size() == 1);
        PUMPSTUDIO_FUZZ_ASSERT(back.front().kind == SartoriusSbi::Line::Kind::Weight);
        PUMPSTUDIO_FUZZ_ASSERT(back.front().value == line.value && back.front().unit == line.unit);
        PUMPSTUDIO_FUZZ_ASSERT(back.front().negative == line.negative && back.front().header == line.header);
    }

    SartoriusSbi::RequestDecoder requests;
    std::size_t commands = 0;
    Fuzz::chunked(stream, dice, [&](QByteArrayView part) {
        commands += requests.feed(part).size();
        PUMPSTUDIO_FUZZ_ASSERT(requests.bufferedBytes() <= SartoriusSbi::RequestDecoder::kMaxCommand);
    });
    PUMPSTUDIO_FUZZ_ASSERT(qsizetype(commands) * 2 <= stream.size());
    return 0;
}
