// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QtGlobal>

namespace PumpStudio::Protocol {

/// What a streaming decoder threw away, for link statistics.
struct DecoderStats
{
    quint64 frames = 0;         ///< complete, valid frames delivered
    quint64 garbageBytes = 0;   ///< bytes skipped while resynchronising
    quint64 checksumErrors = 0; ///< frames dropped for a bad CRC/FCS
    quint64 overflows = 0;      ///< times the bounded buffer was emptied because no frame fit
};

} // namespace PumpStudio::Protocol
