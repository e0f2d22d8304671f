// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QString>
#include <QUuid>

namespace PumpStudio::Archive {

class ArchiveConnection;

/// Writes an archived run back as a run record file (records/recordformat.h) in `folder`, under
/// the file name it had on its workstation: the same run rows, channels, blocks of samples (the
/// stored bytes, not decoded), setpoints, events and alarms, so the Records page opens it with the
/// same chart and report as a local record. A copy already there is replaced. Only complete runs
/// (every row archived); blocking, on the connection's thread. The path written.
Result<QString> fetchRun(ArchiveConnection &archive, const QUuid &run, const QString &folder);

} // namespace PumpStudio::Archive
