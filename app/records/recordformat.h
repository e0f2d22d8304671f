// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

// The run record: one SQLite file per run ("<name>.psrun"), written by RunRecordWriter and read by
// RunRecordReader. Identified by PRAGMA application_id = kApplicationId and versioned by
// PRAGMA user_version = kFormatVersion (a reader refuses newer versions). Written in WAL mode with
// synchronous=NORMAL so a crash loses at most the last un-flushed second; switched to
// journal_mode=DELETE when the run finishes, so a finished record is one self-contained file.
//
// Times: run.start_utc / end_utc are ISO 8601 UTC with milliseconds; every other time (tus) is
// microseconds since the start on the monotonic clock (Records::Sample::tUs).
//
// Text the user typed may be NULL (an empty QString binds as NULL).
//
//   run(id = 1, start_utc, utc_offset_s, operator, app_version, title, notes, end_utc, end_reason)
//   channel(id PK, pump_config_id, name, model_id, model, firmware, serial, ml_per_rev, head_id,
//           tubing_id, quantity ('flow'|'pressure'|'speed'|'volume'|'other'), unit)
//   chunk(channel, idx, first_tus, last_tus, count, data)  UNIQUE(channel, idx),
//         INDEX(channel, first_tus), INDEX(channel, last_tus)
//       Chunk idx of a channel holds exactly its samples [idx * 1024, (idx + 1) * 1024)
//       (Records::kSamplesPerChunk); the last chunk may be partial and is rewritten (UPSERT) as it
//       grows. A channel's samples never go back in time, so first/last_tus are its min/max and
//       increase with idx. data is encodeChunk()'s blob.
//   setpoint(id, tus, channel, quantity, value, unit)
//   event(id, tus, channel NULL, kind, value NULL, text)
//   alarm(id, tus, action ('raise'|'clear'|'ack'), source, channel NULL, value NULL,
//         limit_value NULL, message)
//
// Chunk blob, version 1, all integers little endian:
//   u8 version (1) | LEB128 count | i64 first tUs | (count - 1) x zigzag LEB128 change of the time
//   step (step_i = tUs_i - tUs_(i-1), step_0 = 0; stored step_i - step_(i-1)) | count x IEEE 754
//   float32 value
// (a steadily polled channel packs to about 5 bytes a sample at any rate; varints also survive
// long gaps). 16 KiB pages hold three such 1024-sample rows.

#include "core/result.h"
#include "records/sample.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <span>

namespace PumpStudio::Records {

inline constexpr qint32 kApplicationId = 0x50537252;  // "PSRR": PumpStudio run record
inline constexpr int kFormatVersion = 1;
inline constexpr quint8 kChunkBlobVersion = 1;

/// The file name suffix of run records, without the dot.
QString recordSuffix();

/// The statements that create an empty version-kFormatVersion record.
QStringList schemaStatements();

QByteArray encodeChunk(std::span<const Records::Sample> samples);
Result<QList<Records::Sample>> decodeChunk(const QByteArray &blob);

/// Cheap checks before SQLite sees the file: it exists, it is an SQLite database, and it is not
/// shorter than its header says (a truncated copy).
Result<void> checkDatabaseFile(const QString &path);

} // namespace PumpStudio::Records
