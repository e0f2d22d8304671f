// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Helpers for the libFuzzer targets: an invariant check that stops the run with the input kept,
// and a cheap deterministic source of decisions (chunk sizes, doubles) drawn from the input.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

/// A broken invariant: print where and what, then abort so libFuzzer saves the input.
#define PUMPSTUDIO_FUZZ_ASSERT(condition)                                                          \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace PumpStudio::Fuzz {

/// Splits the fuzz input: the first bytes steer decisions, the rest is the byte stream.
class Input
{
public:
    Input(const std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) {}

    /// The next `n` bytes as an integer (little-endian), 0 when the input is used up.
    std::uint64_t take(int n)
    {
        std::uint64_t v = 0;
        for (int i = 0; i < n && m_pos < m_size; ++i)
            v |= std::uint64_t(m_data[m_pos++]) << (8 * i);
        return v;
    }
    /// A double from 8 bytes: any bit pattern, NaN and infinities included.
    double takeDouble()
    {
        const std::uint64_t bits = take(8);
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    /// Everything not yet taken.
    QByteArrayView rest() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(m_size - m_pos));
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

/// A small PRNG (xorshift64*) seeded from the input, for chunk sizes.
class Dice
{
public:
    explicit Dice(std::uint64_t seed) : m_state(seed | 1) {}
    std::uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 2685821657736338717ULL;
    }
    int between(int low, int high) { return low + int(next() % std::uint64_t(high - low + 1)); }

private:
    std::uint64_t m_state;
};

/// Feeds `stream` to `feed` in chunks of 1 to 64 bytes chosen by `dice`.
inline void chunked(QByteArrayView stream, Dice &dice, const std::function<void(QByteArrayView)> &feed)
{
    qsizetype at = 0;
    while (at < stream.size()) {
        const qsizetype n = std::min<qsizetype>(stream.size() - at, dice.between(1, 64));
        feed(stream.sliced(at, n));
        at += n;
    }
}

/// Whether `a` and `b` agree to a relative `tolerance` (or an absolute one near zero).
inline bool close(double a, double b, double relative, double absolute)
{
    return std::abs(a - b) <= std::max(absolute, relative * std::max(std::abs(a), std::abs(b)));
}

} // namespace PumpStudio::Fuzz
