// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Modbus RTU, both sides. Invariants: the same frames whatever the chunking; never more frames
// than the bytes allow (5 bytes for the shortest response, 8 for a request); the buffer stays
// within its bound; every frame found re-encodes to bytes that decode to exactly that frame;
// register values round-trip through encodeValue/decodeValue for every point type.
#include "fuzzsupport.h"

#include "protocol/modbusrtu.h"

#include <bit>

using namespace PumpStudio;
using namespace PumpStudio::Protocol;

namespace {

template <typename Decoder>
std::vector<Modbus::Adu> decodeWhole(QByteArrayView bytes)
{
    Decoder d;
    auto frames = d.feed(bytes);
    PUMPSTUDIO_FUZZ_ASSERT(d.bufferedBytes() <= Decoder::kMaxFrame);
    return frames;
}

template <typename Decoder>
void checkSide(QByteArrayView stream, Fuzz::Dice &dice, qsizetype shortestFrame)
{
    const std::vector<Modbus::Adu> whole = decodeWhole<Decoder>(stream);
    Decoder chunkedDecoder;
    std::vector<Modbus::Adu> pieces;
    Fuzz::chunked(stream, dice, [&](QByteArrayView part) {
        for (auto &adu : chunkedDecoder.feed(part))
            pieces.push_back(std::move(adu));
        PUMPSTUDIO_FUZZ_ASSERT(chunkedDecoder.bufferedBytes() <= Decoder::kMaxFrame);
    });
    PUMPSTUDIO_FUZZ_ASSERT(whole == pieces);
    PUMPSTUDIO_FUZZ_ASSERT(qsizetype(whole.size()) * shortestFrame <= stream.size());
    PUMPSTUDIO_FUZZ_ASSERT(chunkedDecoder.stats().frames == whole.size());
    for (const Modbus::Adu &adu : whole) {
        PUMPSTUDIO_FUZZ_ASSERT(adu.slave >= 0 && adu.slave <= 255);
        const QByteArray again = Modbus::encode(adu);
        const std::vector<Modbus::Adu> decoded = decodeWhole<Decoder>(again);
        PUMPSTUDIO_FUZZ_ASSERT(decoded.size() == 1 && decoded.front() == adu);
    }
}

void checkValue(double physical, quint8 typeByte, double scale)
{
    Modbus::Point point;
    point.type = static_cast<Modbus::Point::Type>(typeByte % 5);  // every numeric type
    point.wordOrder = (typeByte & 0x80) ? Modbus::Point::WordOrder::LowFirst : Modbus::Point::WordOrder::HighFirst;
    point.scale = scale;
    const auto words = Modbus::encodeValue(physical, point);
    if (!words)
        return;
    PUMPSTUDIO_FUZZ_ASSERT(words->size() == point.registerCount());
    const double back = Modbus::decodeValue(*words, point);
    // What was written is what reads back, to the register's resolution.
    const double raw = physical / scale;
    if (point.type == Modbus::Point::Type::Float32) {
        PUMPSTUDIO_FUZZ_ASSERT(std::isfinite(back));
        if (std::abs(raw) > 1e-30)
            PUMPSTUDIO_FUZZ_ASSERT(Fuzz::close(back / scale, raw, 1e-6, 1e-30));
    } else {
        PUMPSTUDIO_FUZZ_ASSERT(std::abs(back / scale - raw) <= 0.5 + 1e-9 * std::abs(raw));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input input(data, size);
    Fuzz::Dice dice(input.take(4));
    const double physical = input.takeDouble();
    const quint8 type = static_cast<quint8>(input.take(1));
    const double scale = input.takeDouble();
    if (std::isfinite(scale) && scale != 0 && std::abs(scale) >= 1e-6 && std::abs(scale) <= 1e6)
        checkValue(physical, type, scale);
    const QByteArrayView stream = input.rest();
    checkSide<Modbus::ResponseDecoder>(stream, dice, 5);
    checkSide<Modbus::RequestDecoder>(stream, dice, 8);
    return 0;
}
