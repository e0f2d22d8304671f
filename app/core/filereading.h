// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace PumpStudio {

/// Reads a whole file that a user chose or left in a data folder, safely: only a regular file
/// (a FIFO would block the open, /dev/zero never ends), at most `maxBytes` (refused unread when
/// it says it is larger, and read one byte past the limit in case it grows). Errors are
/// Error::Code::BadFile (not a file, too large) or Io, name the path and always give a reason
/// (never Qt's "Unknown error"). `what` names the kind of file in them ("a price list").
/// Resource paths (":/...") are read the same way.
Result<QByteArray> readFileLimited(const QString &path, qint64 maxBytes, const QString &what);

} // namespace PumpStudio
