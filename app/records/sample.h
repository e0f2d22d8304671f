// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QtGlobal>

namespace PumpStudio::Records {

/// One measured value. Time is microseconds on the monotonic clock since the run started
/// (never wall-clock: a clock change must not reorder samples; the run's UTC start time is stored
/// once in the record). Values are float32: every source we read (Modbus float32 registers,
/// 0.1/0.01 rpm integers, ASCII with at most 6 significant digits) fits one exactly.
struct Sample
{
    qint64 tUs = 0;
    float value = 0;

    friend bool operator==(const Sample &, const Sample &) = default;
};

/// Samples of one channel are stored and summarised in chunks of this many consecutive samples:
/// chunk k of a channel holds samples [k * kSamplesPerChunk, (k + 1) * kSamplesPerChunk). The run
/// record writes the same chunks, so the in-memory summary can drop raw chunks it no longer needs
/// and read them back from the record by index.
inline constexpr int kSamplesPerChunk = 1024;

} // namespace PumpStudio::Records
