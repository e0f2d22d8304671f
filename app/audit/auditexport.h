// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/auditentry.h"
#include "core/result.h"

#include <QJsonArray>
#include <QList>

namespace PumpStudio::Audit {

/// The trail for machines: one JSON object per entry with every stored field (hashes included,
/// so the export can be checked against the chain).
QJsonObject toJson(const AuditEntry &entry);
QJsonArray toJson(const QList<AuditEntry> &entries);

/// The CSV header and one row per entry (UTF-8, RFC 4180 quoting).
QByteArray toCsv(const QList<AuditEntry> &entries);

/// Writes entries as CSV or JSON (by `json`) through QSaveFile, owner-only.
Result<void> exportEntries(const QList<AuditEntry> &entries, const QString &path, bool json);

} // namespace PumpStudio::Audit
