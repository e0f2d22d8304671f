// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/audittrail.h"
#include "core/result.h"

namespace PumpStudio {

/// The trail for people: an A4 landscape PDF, one line per entry (time with offset, user and
/// role, workstation, what, old -> new, reason), the filter it was made with and the chain's
/// state on the first page. Written through QSaveFile.
Result<void> writeAuditPdf(const QString &path, const QList<Audit::AuditEntry> &entries, const QString &filterText,
                           const Audit::VerifyReport &report);

} // namespace PumpStudio
